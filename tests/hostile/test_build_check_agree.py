"""Issue 14, item 14: `build` and `check` resolve every source the same way.

Every sentence of every evaluation set (benchmarks/extract_eval, four languages, text
the tool was scored on blind) becomes an article with its reference date as
`published`; a build proposes each mention as a candidate, and `check` must accept
every one of them: zero errors. Before the fix, `check` re-resolved an expression
alone ("în luna mai" → the May nearest the publication) where the build had read it
in its sentence ("semnat în urmă cu doi ani, în luna mai" → May two years back).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, Invoke
from timeline.seeds import body_sha256

EVAL = ROOT / "benchmarks" / "extract_eval"


def _articles(folder: Path) -> int:
    """One article per evaluation sentence, with front matter and the body's sha256."""
    count = 0
    for path in sorted(EVAL.glob("*.jsonl")):
        lang = path.stem.split("_")[0]
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines()):
            if not line.strip():
                continue
            item = json.loads(line)
            body = item["text"] + "\n"
            front = (
                f"---\npublished: {item['ref']}\nlang: {lang}\n"
                f"sha256: {body_sha256(body.encode())}\n---\n"
            )
            (folder / f"{path.stem}_{number:03d}.txt").write_text(front + body, encoding="utf-8")
            count += 1
    return count


@pytest.fixture
def eval_project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, int]:
    (tmp_path / "seeds").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "events.yaml").write_text("events:\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    return tmp_path, _articles(tmp_path / "seeds")


def test_every_candidate_a_build_writes_passes_check(
    cli: Invoke, eval_project: tuple[Path, int]
) -> None:
    _root, articles = eval_project
    assert articles > 1500
    built = cli("build")
    assert built.exit_code == 0, built.stderr
    summary = built.stdout.strip().splitlines()[-1]
    assert summary.startswith(f"{articles:,} seeds read")
    match = re.search(r"new became ([\d,]+) candidates", summary)
    assert match, summary
    new = int(match.group(1).replace(",", ""))
    assert new > 1500
    result = cli("check", "--format", "json")
    report = json.loads(result.stdout)
    errors = [p for p in report["problems"] if p["level"] == "error"]
    assert errors == []
    assert report["summary"]["events"] == new


def test_the_reported_case_agrees(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's sentence: a month after "two years ago" in one clause is of that year
    (since session 11 the two are one mention, as the blind sets' writers mark them)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "events.yaml").write_text("events:\n", encoding="utf-8")
    body = "Acordul de cooperare militară a fost semnat în urmă cu doi ani, în luna mai.\n"
    front = f"---\npublished: 2024-07-01\nlang: ro\nsha256: {body_sha256(body.encode())}\n---\n"
    (tmp_path / "seeds" / "000_acord.txt").write_text(front + body, encoding="utf-8")
    assert cli("build").exit_code == 0
    store = (tmp_path / "data" / "events.yaml").read_text(encoding="utf-8")
    assert 'expression: în urmă cu doi ani, în luna mai\n        resolved: "2022-05"' in store
    result = cli("check", "--format", "json")
    assert [p for p in json.loads(result.stdout)["problems"] if p["level"] == "error"] == []


TWICE = {
    "pl": "Rano w poniedziałek wojewoda zapowiedział, że w poniedziałek otworzy nowy most.",
    "ro": "Primarul a spus marți că marți va semna contractul pentru noul spital.",
    "pt": "A ministra garantiu na sexta-feira que na sexta-feira vai abrir o concurso.",
    "bg": "Кметът каза в четвъртък, че в четвъртък ще открие новия мост.",
}
"""The same words twice in one sentence, once past and once future: two dates. Other
wording than the sentence that showed it (blind set 10, pl). None names the reference's
own weekday, which read forward is that day too (shared/docs/dates.md rule 2)."""


def _write_seeds(folder: Path, texts: dict[str, str], published: str) -> None:
    for number, (lang, text) in enumerate(texts.items()):
        body = text + "\n"
        sha = body_sha256(body.encode())
        front = f"---\npublished: {published}\nlang: {lang}\nsha256: {sha}\n---\n"
        (folder / f"{number:02d}_{lang}.txt").write_text(front + body, encoding="utf-8")


def test_the_same_words_twice_with_two_dates_agree(
    cli: Invoke, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A source names its mention by words and quote only: with the words twice in the
    quote, check reads the one whose date the source holds (it read the first one and
    called the second source an error), and a second build reports no changed resolution
    (it compared each mention with both sources)."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "seeds").mkdir()
    (tmp_path / "data").mkdir()
    store = tmp_path / "data" / "events.yaml"
    store.write_text("events:\n", encoding="utf-8")
    _write_seeds(tmp_path / "seeds", TWICE, "2025-03-12")  # a Wednesday
    assert cli("build").exit_code == 0
    events = yaml.safe_load(store.read_text(encoding="utf-8"))["events"]
    got = {
        e["sources"][0]["lang"]: [(s["expression"], s["resolved"]) for s in e["sources"]]
        for e in events
    }
    assert got == {
        "pl": [("w poniedziałek", "2025-03-10"), ("w poniedziałek", "2025-03-17")],
        "ro": [("marți", "2025-03-11"), ("marți", "2025-03-18")],
        "pt": [("na sexta-feira", "2025-03-07"), ("na sexta-feira", "2025-03-14")],
        "bg": [("в четвъртък", "2025-03-06"), ("в четвъртък", "2025-03-13")],
    }
    checked = cli("check", "--format", "json")
    assert [p for p in json.loads(checked.stdout)["problems"] if p["level"] == "error"] == []
    before = store.read_text(encoding="utf-8")
    again = cli("build")
    assert again.exit_code == 0
    assert (
        again.stdout.strip()
        .splitlines()[-1]
        .endswith("0 new candidates, 8 already cited, 0 unresolvable, 0 changed resolutions")
    )
    assert store.read_text(encoding="utf-8") == before

    # A date neither mention reads is still an error, named on the source's line.
    store.write_text(before.replace('resolved: "2025-03-18"', 'resolved: "2025-03-25"'), "utf-8")
    problems = json.loads(cli("check", "--format", "json").stdout)["problems"]
    assert [p["message"] for p in problems if p["level"] == "error"] == [
        "'marți' resolves to 2025-03-11 in ro against 2025-03-12, read as past, not 2025-03-25"
    ]
