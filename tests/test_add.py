"""`timeline add`: a new article into the seeds, once, byte for byte, with its front matter."""

from __future__ import annotations

import datetime as dt
import hashlib
from pathlib import Path

from tests.conftest import ROOT, Invoke
from timeline.seeds import read_article
from timeline.store import load_events

ARTICLE = (
    "Kim Jong Un recebeu o ministro russo na segunda-feira em Pyongyang, informou a KCNA.\r\n"
    "Os dois países assinaram um novo acordo em março de 2025, disse a agência.\r\n"
)


def seeds() -> list[str]:
    return sorted(p.name for p in Path("seeds").glob("*.txt"))


def test_add_then_build_brings_the_article_s_mentions_in(cli: Invoke, project: Path) -> None:
    assert cli("build").exit_code == 0
    Path("kim.txt").write_bytes(ARTICLE.encode("utf-8"))
    result = cli("add", "kim.txt", "--published", "2025-07-16", "--lang", "pt", "--title", "Kim")
    assert result.exit_code == 0, result.stderr
    digest = hashlib.sha256(ARTICLE.encode("utf-8")).hexdigest()
    name = f"005_{digest[:16]}.txt"
    assert seeds()[-1] == name
    assert f"added seeds/{name} (pt, 2025-07-16)" in result.stdout
    article = read_article(Path("seeds") / name)
    assert article.body_bytes == ARTICLE.encode("utf-8")
    assert article.declared_sha256 == digest
    assert article.meta == {
        "published": dt.date(2025, 7, 16),
        "lang": "pt",
        "title": "Kim",
        "sha256": digest,
    }
    build = cli("build")
    assert build.exit_code == 0, build.stderr
    assert "2 new became 2 candidates" in build.stdout
    mine = [
        (s.expression, s.resolved.value if s.resolved else None)
        for e in load_events(Path("data/events.yaml"))
        for s in e.sources
        if s.seed == name
    ]
    assert sorted(mine, key=str) == [
        ("em março de 2025", "2025-03"),
        ("na segunda-feira", "2025-07-14"),
    ]


def test_adding_twice_is_refused(cli: Invoke, project: Path) -> None:
    Path("kim.txt").write_bytes(ARTICLE.encode("utf-8"))
    assert cli("add", "kim.txt", "--published", "2025-07-16").exit_code == 0
    before = seeds()
    again = cli("add", "kim.txt")  # with --published it sets the date (tests/test_curate.py)
    assert again.exit_code == 2
    assert "kim.txt: already in the seeds as 005_" in again.stderr
    assert len(again.stderr.strip().splitlines()) == 1
    assert seeds() == before


def test_an_original_seed_text_is_recognised(cli: Invoke, project: Path) -> None:
    original = ROOT.parent / "shared" / "seeds" / "004_8969fe9032fab421.txt"
    source = original if original.exists() else Path("seeds/004_8969fe9032fab421.txt")
    result = cli("add", str(source))
    assert result.exit_code == 2
    assert "already in the seeds as 004_8969fe9032fab421.txt" in result.stderr


def test_text_that_is_not_utf8_binary_or_empty_is_refused(cli: Invoke, project: Path) -> None:
    before = seeds()
    Path("latin2.txt").write_bytes("Spotkanie w środę w Moskwie.\n".encode("iso-8859-2"))
    Path("photo.jpg").write_bytes(b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + bytes(200))
    Path("empty.txt").write_bytes(b"\n \n")
    for name, words in (
        ("latin2.txt", "not UTF-8"),
        ("photo.jpg", "binary"),
        ("empty.txt", "empty"),
    ):
        result = cli("add", name, "--lang", "pl")
        assert result.exit_code == 2, name
        assert name in result.stderr and words in result.stderr
        assert len(result.stderr.strip().splitlines()) == 1
    assert seeds() == before


def test_one_bad_file_adds_nothing(cli: Invoke, project: Path) -> None:
    Path("kim.txt").write_bytes(ARTICLE.encode("utf-8"))
    Path("latin2.txt").write_bytes("Spotkanie w środę.\n".encode("iso-8859-2"))
    before = seeds()
    assert cli("add", "kim.txt", "latin2.txt", "--lang", "pt").exit_code == 2
    assert seeds() == before


def test_language_detected_and_missing_date_warned(cli: Invoke, project: Path) -> None:
    text = "Prezydent Rosji powitał w środę przywódcę Korei Północnej w ośrodku kosmicznym.\n"
    result = cli("add", "-", input=text)
    assert result.exit_code == 0, result.stderr
    assert "language detected as pl" in result.stderr
    assert "relative dates" in result.stderr and "unresolved" in result.stderr
    added = read_article(Path("seeds") / seeds()[-1])
    assert added.lang == "pl" and added.published is None
    assert added.body == text


def test_an_unknown_or_unsupported_language_is_refused(cli: Invoke, project: Path) -> None:
    Path("short.txt").write_text("Hello.\n", encoding="utf-8")
    result = cli("add", "short.txt")
    assert result.exit_code == 2 and "pass --lang" in result.stderr
    Path("kim.txt").write_bytes(ARTICLE.encode("utf-8"))
    result = cli("add", "kim.txt", "--lang", "ru")
    assert result.exit_code == 2 and "not supported" in result.stderr


def test_an_article_with_its_own_front_matter_keeps_it(cli: Invoke, project: Path) -> None:
    Path("fm.txt").write_text(
        "---\npublished: 2025-07-16\nlang: pt\noutlet: KCNA\n---\n" + ARTICLE, encoding="utf-8"
    )
    result = cli("add", "fm.txt", "--url", "https://example.org/a")
    assert result.exit_code == 0, result.stderr
    added = read_article(Path("seeds") / seeds()[-1])
    assert added.meta["outlet"] == "KCNA" and added.meta["url"] == "https://example.org/a"
    assert added.body_bytes == ARTICLE.encode("utf-8")
