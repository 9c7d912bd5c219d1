"""The CI quality gates: a score under its floor, or a floor with no score, fails."""

from __future__ import annotations

import json
import sys
from pathlib import Path

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))

import gates


def test_a_number_under_its_floor_and_a_missing_set_are_named() -> None:
    floors = {
        "duckling": {"pt": {"correct": 250.0}, "ro": {"correct": 35.0}},
        "extract_eval": {"pl_9": {"right": 0.95}},
    }
    scores = {"duckling": {"pt": {"correct": 249.0}, "ro": {"correct": 36.0}}}
    assert gates.below(scores, floors) == [
        "duckling pt correct: 249 < floor 250",
        "extract_eval pl_9 right: no score (floor 0.95)",
    ]


def test_floors_cover_every_blind_set_and_language() -> None:
    floors = json.loads(gates.FLOORS.read_text(encoding="utf-8"))
    sets = {p.stem for p in (ROOT / "benchmarks" / "extract_eval").glob("*.jsonl")}
    assert set(floors["extract_eval"]) == sets
    assert (
        set(floors["duckling"]) == set(floors["duckling --check-end"]) == {"ro", "bg", "pl", "pt"}
    )


def test_a_missing_scorer_is_a_usage_error(tmp_path: Path, capsys) -> None:  # type: ignore[no-untyped-def]
    assert gates.main(["--shared", str(tmp_path)]) == 2
    assert "the Duckling scorer is missing" in capsys.readouterr().err


def test_a_gold_mention_is_placed_where_it_stands_as_a_word() -> None:
    """The scorer places "ieri" at the word, not at the end of "negocierile" before it;
    a gold text found only inside a word is still placed, and a repeated one in order."""
    import extract_eval

    text = "După negocierile de ieri, acordul a fost semnat ieri seară."
    first, second = extract_eval.gold_spans(
        text, [{"text": "ieri", "value": "x", "precision": "day"}] * 2
    )
    assert (first.start, second.start) == (text.index(" ieri,") + 1, text.index("ieri seară"))
    (inside,) = extract_eval.gold_spans(
        "w2024 r.", [{"text": "2024", "value": "2024", "precision": "year"}]
    )
    assert inside.start == 1
