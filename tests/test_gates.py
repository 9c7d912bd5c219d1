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
