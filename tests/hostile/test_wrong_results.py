"""Issue 14, items 15-18 (item 14 is test_build_check_agree.py), and the dry run's
display of hidden characters (item 6, `build --dry-run`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import ROOT, Invoke
from tests.hostile.helpers import article, one_error_line, snapshot
from timeline.seeds import ArticleError, guess_encoding, parse_article
from timeline.textsafe import has_hidden, visible

STORE = Path("data/events.yaml")


def _fresh(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "events.yaml").write_text("events:\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path


# --- 15. front matter: quoted dates, a BOM, legacy encodings ---------------------------------

BODY = "Kim e Lavrov se conheceram no sábado em Wonsan.\n"


@pytest.mark.parametrize("published", ['"2025-07-13"', "'2025-07-13'", "2025-07-13"])
def test_a_quoted_publication_date_is_the_reference(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, published: str
) -> None:
    _fresh(tmp_path, monkeypatch)
    Path("seeds/000_a.txt").write_text(
        article(BODY, f"published: {published}\nlang: pt\n"), encoding="utf-8"
    )
    result = cli("extract", "--format", "jsonl", "seeds/000_a.txt")
    assert json.loads(result.stdout)["value"] == "2025-07-12"
    assert cli("build").exit_code == 0
    assert 'resolved: "2025-07-12"' in STORE.read_text(encoding="utf-8")
    assert '"error"' not in cli("check", "--format", "json").stdout


def test_a_byte_order_mark_before_the_front_matter_is_accepted(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh(tmp_path, monkeypatch)
    Path("seeds/000_a.txt").write_bytes(b"\xef\xbb\xbf" + article(BODY).encode("utf-8"))
    result = cli("extract", "--format", "jsonl", "seeds/000_a.txt")
    assert json.loads(result.stdout)["value"] == "2025-07-12"
    assert cli("build").exit_code == 0
    store = STORE.read_text(encoding="utf-8")
    assert "published:" not in store and store.count("  - id: ") == 1
    assert '"error"' not in cli("check", "--format", "json").stdout


ENCODED = {"pt": "cp1252", "bg": "cp1251", "pl": "cp1250", "ro": "iso-8859-2"}
ACCEPTED = {"pt": {"CP1252"}, "bg": {"CP1251"}, "pl": {"CP1250", "ISO-8859-2"}}
ACCEPTED["ro"] = ACCEPTED["pl"]
CEDILLA = str.maketrans("șțȘȚ", "şţŞŢ")


@pytest.mark.parametrize("lang", ENCODED)
def test_legacy_encodings_are_told_apart_on_the_evaluation_sentences(lang: str) -> None:
    """Sentences the guess was not written on (the blind sets), in the encoding a
    newsroom of that language would use: Latin-1 Portuguese was called CP1251."""
    path = ROOT / "benchmarks" / "extract_eval" / f"{lang}_7.jsonl"
    texts = [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines()]
    wrong = []
    for text in texts:
        legacy = text.translate(CEDILLA) if lang == "ro" else text  # ș, ț before Unicode 3
        data = legacy.encode(ENCODED[lang], errors="replace")
        if all(ch.isascii() or ch in "–—„”“«»…" for ch in legacy):
            continue  # no letter beyond ASCII: nothing to tell the encodings apart by
        if guess_encoding(data) not in ACCEPTED[lang]:
            wrong.append((guess_encoding(data), text))
    assert wrong == []


def test_a_latin1_article_is_said_to_be_latin1(tmp_path: Path) -> None:
    data = "Ontem, o ministro anunciou a decisão à população.".encode("latin-1")
    with pytest.raises(
        ArticleError, match=r"looks like CP1252\): convert it, e.g. iconv -f CP1252"
    ):
        parse_article(data, "a.txt")


@pytest.mark.parametrize(
    ("front", "message"),
    [
        ("published: 13/07/2025\n", "'13/07/2025' is not a date"),
        ("published: yesterday\n", "'yesterday' is not a date"),
        ("published: 2025\n", "2025 is not a date"),
    ],
)
def test_other_forms_of_date_are_refused_with_a_message(front: str, message: str) -> None:
    with pytest.raises(ArticleError, match=message):
        parse_article(article(BODY, front).encode(), "a.txt")


# --- 16. line separators inside a quoted value --------------------------------------------


def test_line_separators_in_a_quoted_value_are_kept_by_build_and_fix(
    cli: Invoke, project: Path
) -> None:
    text = STORE.read_text(encoding="utf-8")
    note = '    note: "Line\u2028separator, paragraph\u2029separator, next\u0085line"\n'
    blocks = text.split("\n  - id: ")
    blocks[1], blocks[2] = blocks[2], blocks[1]
    blocks[1] = blocks[1].rstrip("\n") + "\n" + note
    del blocks[-1]
    STORE.write_text("\n  - id: ".join(blocks) + "\n", encoding="utf-8")
    assert cli("check", "--format", "parsable").stdout.count("[error]") == 1  # the order
    fixed = cli("check", "--fix")
    assert "fixed: 2 events" in fixed.stderr, fixed.stderr
    built = cli("build")
    assert built.exit_code == 0, built.stderr
    assert "2 new became 2 candidates" in built.stdout
    after = STORE.read_text(encoding="utf-8")
    assert note in after
    assert "[error]" not in cli("check", "--format", "parsable").stdout


# --- 17. a link in seeds/ leading out ---------------------------------------------------------


def test_build_refuses_a_seed_that_links_outside_the_seeds(
    cli: Invoke, project: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    secret = tmp_path_factory.mktemp("elsewhere") / "private.txt"
    secret.write_text(article("Segredo: o acordo foi assinado no sábado.\n"), encoding="utf-8")
    Path("seeds/005_link.txt").symlink_to(secret)
    before = snapshot(project)
    for args in (("build",), ("build", "--dry-run")):
        result = cli(*args)
        assert result.exit_code == 2
        one_error_line(result.stderr, "seeds/005_link.txt", "a link that leads outside the seeds")
        assert "Segredo" not in result.stdout
    assert snapshot(project) == before


# --- 18. check --seeds missing; file names build accepts -----------------------------------------


def test_check_with_a_missing_seeds_folder_is_one_line(cli: Invoke, project: Path) -> None:
    result = cli("check", "--seeds", "/nonexistent")
    assert result.exit_code == 2
    one_error_line(result.stderr, "/nonexistent: no such seeds folder: pass --seeds DIR")
    assert result.stdout == ""


@pytest.mark.parametrize("name", ["a: b.txt", "~.txt", "~draft.md", "c:d.txt", "#1 [x].txt"])
def test_file_names_build_accepts_are_accepted_by_check(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str
) -> None:
    _fresh(tmp_path, monkeypatch)
    (tmp_path / "seeds" / name).write_text(article(BODY), encoding="utf-8")
    assert cli("build").exit_code == 0
    assert (
        f"seed: {name}" in STORE.read_text(encoding="utf-8")
        or f'"{name}"' in STORE.read_text(encoding="utf-8")
        or f"'{name}'" in STORE.read_text(encoding="utf-8")
    )
    report = json.loads(cli("check", "--format", "json").stdout)
    assert [p for p in report["problems"] if p["level"] == "error"] == []


@pytest.mark.parametrize(
    ("name", "shown"),
    [
        ("a\x1b[31mb.txt", "a<U+001B>[31mb.txt"),
        ("a\nb.txt", "a<U+000A>b.txt"),
        ("a\tb.txt", "a<U+0009>b.txt"),
        ("a\x85b.txt", "a<U+0085>b.txt"),
        ("a\\b.txt", "a\\b.txt"),
    ],
)
def test_file_names_check_refuses_are_refused_by_build(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, shown: str
) -> None:
    """A seed whose name `check` would refuse as a `seed:` (control characters, a backslash)
    stops `build` (and its dry run) in one line that shows the name, before anything is
    written; the same article renamed builds and checks clean."""
    _fresh(tmp_path, monkeypatch)
    (tmp_path / "seeds" / name).write_text(article(BODY), encoding="utf-8")
    before = snapshot(tmp_path)
    for args in (("build",), ("build", "--dry-run")):
        result = cli(*args)
        assert result.exit_code == 2
        line = one_error_line(result.stderr, f"seeds/{shown}: refused as a seed's name (")
        assert "rename the file" in line
        assert "\x1b" not in result.stderr and "\x85" not in result.stderr
    assert snapshot(tmp_path) == before
    (tmp_path / "seeds" / name).rename(tmp_path / "seeds" / "renamed.txt")
    assert cli("build").exit_code == 0
    report = json.loads(cli("check", "--format", "json").stdout)
    assert [p for p in report["problems"] if p["level"] == "error"] == []


@pytest.mark.parametrize("seed", ["~/x.txt", "~root/x.txt", "/etc/passwd", "C:/x.txt", "../x.txt"])
def test_paths_that_leave_the_seeds_are_still_refused(
    cli: Invoke, project: Path, seed: str
) -> None:
    STORE.write_text(
        STORE.read_text(encoding="utf-8").replace(
            "seed: 004_8969fe9032fab421.txt", f'seed: "{seed}"', 1
        ),
        encoding="utf-8",
    )
    assert "(seed-path)" in cli("check", "--format", "parsable").stdout


# --- 6, the dry run's part: hidden characters are shown -----------------------------------------

HIDDEN = "\u202e\u200b\u2066\u2028\x1b[31m\x9b\u00ad"


def test_the_dry_run_diff_shows_hidden_characters(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _fresh(tmp_path, monkeypatch)
    body = f"O acordo foi assinado no sábado por {HIDDEN}Kim\u202c e Lavrov.\n"
    Path("seeds/000_a.txt").write_text(article(body), encoding="utf-8")
    before = snapshot(tmp_path)
    result = cli("build", "--dry-run")
    assert result.exit_code == 0
    quote = '"O acordo foi assinado no sábado por <U+202E><U+200B><U+2066>\\u2028\\x1b[31m\\x9b'
    assert quote + '<U+00AD>Kim<U+202C> e Lavrov."\n' in result.stdout  # YAML escapes the rest
    assert not has_hidden(result.stdout.replace("\n", ""))
    assert snapshot(tmp_path) == before


@given(st.text())
def test_visible_leaves_nothing_hidden_and_hides_nothing(text: str) -> None:
    shown = visible(text)
    assert not has_hidden(shown.replace("\n", "").replace("\t", ""))
    assert [ch for ch in text if not has_hidden(ch)] == [
        ch for ch in shown.replace("<U+", "\0").split("\0")[0] if False
    ] or all(ch in shown for ch in text if not has_hidden(ch))
