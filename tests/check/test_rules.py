"""Every rule's own examples: the passing store is quiet, the failing one is reported
by exactly that rule on exactly the lines marked `# <-` (run through the real CLI)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.check.examples import SEEDS, examples
from tests.conftest import Invoke
from timeline.check import REGISTRY, all_rules

RULES = sorted(REGISTRY)


def run_json(cli: Invoke, store: Path, *extra: str) -> tuple[int, dict]:
    result = cli("check", "--store", str(store), "--seeds", str(SEEDS), "--format", "json", *extra)
    return result.exit_code, json.loads(result.stdout)


def write(tmp_path: Path, text: str) -> Path:
    store = tmp_path / "data" / "events.yaml"
    store.parent.mkdir(parents=True, exist_ok=True)
    store.write_text(text, encoding="utf-8")
    return store


@pytest.mark.parametrize("rule_id", RULES)
def test_failing_example_is_reported_on_the_marked_lines(
    rule_id: str, tmp_path: Path, cli: Invoke
) -> None:
    _, failing = examples(REGISTRY[rule_id])
    code, doc = run_json(cli, write(tmp_path, failing.text))
    lines = {p["line"] for p in doc["problems"] if p["rule"] == rule_id}
    assert lines == failing.marked
    level = REGISTRY[rule_id].level
    assert code == (1 if level == "error" else 0)


@pytest.mark.parametrize("rule_id", RULES)
def test_passing_example_is_clean(rule_id: str, tmp_path: Path, cli: Invoke) -> None:
    passing, _ = examples(REGISTRY[rule_id])
    code, doc = run_json(cli, write(tmp_path, passing.text))
    assert [p for p in doc["problems"] if p["level"] == "error"] == []
    assert rule_id not in {p["rule"] for p in doc["problems"]}
    assert code == 0


def test_every_rule_is_documented_with_both_examples() -> None:
    for rule in all_rules():
        passing, failing = examples(rule)
        assert passing.text.startswith("events:") or rule.id == "yaml-syntax", rule.id
        assert failing.marked, f"{rule.id}: mark the failing line with '# <-'"
        assert rule.doc.splitlines()[0].strip(), f"{rule.id}: say why in the first line"


def test_the_issue_s_rules_are_all_there() -> None:
    wanted = {
        "yaml-syntax", "duplicate-key", "alias", "schema-required", "schema-type",
        "unknown-key", "status-value", "id-format", "id-unique", "edtf", "calendar-day",
        "order", "seed-exists", "seed-path", "seed-hash", "quote-in-article",
        "expression-in-quote", "expression-resolves", "date-within-source", "precision",
        "confirmed-has-source", "same-happening", "future-after-report", "undecided",
    }  # fmt: skip
    assert wanted <= set(REGISTRY)
    warnings = {r.id for r in all_rules() if r.level == "warning"}
    assert warnings == {"same-happening", "future-after-report", "undecided"}


def test_undecided_is_an_error_under_strict(tmp_path: Path, cli: Invoke) -> None:
    _, failing = examples(REGISTRY["undecided"])
    store = write(tmp_path, failing.text)
    code, doc = run_json(cli, store, "--strict")
    assert code == 1
    assert [(p["rule"], p["level"], p["line"]) for p in doc["problems"]] == [
        ("undecided", "error", 5)
    ]


def test_warnings_fail_only_under_strict(tmp_path: Path, cli: Invoke) -> None:
    _, failing = examples(REGISTRY["same-happening"])
    store = write(tmp_path, failing.text)
    assert run_json(cli, store)[0] == 0
    code, doc = run_json(cli, store, "--strict")
    assert code == 1
    levels = {(p["rule"], p["level"]) for p in doc["problems"]}
    assert levels == {("same-happening", "warning"), ("undecided", "error")}
