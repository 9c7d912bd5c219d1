"""The optional `links`, `wikidata` and `place` of an event: in the schema, checked, loaded."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml

from tests.conftest import Invoke
from timeline.schema import json_schema
from timeline.store import load_events

EVENT = """\
events:
  - id: lavrov-visit-2025
    date: "2025-07-12"
    title: Kim receives Lavrov
    status: rejected
{extra}"""


def check(cli: Invoke, tmp_path: Path, extra: str) -> tuple[int, list[tuple[int, str, str]]]:
    store = tmp_path / "data" / "events.yaml"
    store.parent.mkdir(exist_ok=True)
    store.write_text(EVENT.format(extra=extra), encoding="utf-8")
    (tmp_path / "seeds").mkdir(exist_ok=True)
    result = cli("check", "--store", str(store), "--format", "json")
    doc = json.loads(result.stdout)
    return result.exit_code, [(p["line"], p["rule"], p["message"]) for p in doc["problems"]]


GOOD = """\
    links: [https://www.kcna.kp/en, "http://example.org/a?b=c"]
    wikidata: Q110999040
    place: Wonsan, North Korea
"""


def test_the_fields_are_accepted_and_loaded(cli: Invoke, tmp_path: Path) -> None:
    assert check(cli, tmp_path, GOOD) == (0, [])
    [event] = load_events(tmp_path / "data" / "events.yaml")
    assert event.links == ["https://www.kcna.kp/en", "http://example.org/a?b=c"]
    assert (event.wikidata, event.place) == ("Q110999040", "Wonsan, North Korea")


@pytest.mark.parametrize(
    ("extra", "line", "message"),
    [
        ("    links: https://www.kcna.kp/en\n", 6, "'links' of event 'lavrov-visit-2025' must be"),
        (
            "    links: [www.kcna.kp]\n",
            6,
            "must hold http or https URLs, not the text 'www.kcna.kp'",
        ),
        ("    links: [javascript:alert(1)]\n", 6, "must hold http or https URLs"),
        ("    links: [1]\n", 6, "must hold text only, not the number 1"),
        ('    links: ["https://example.org/a b"]\n', 6, "must hold http or https URLs"),
        ("    wikidata: 110999040\n", 6, "must be text, not the number 110999040"),
        ("    wikidata: q42\n", 6, "must be a Wikidata item id such as Q110999040"),
        ("    wikidata: Q0\n", 6, "must be a Wikidata item id"),
        ("    place: [Wonsan]\n", 6, "must be text, not a list"),
        ("    plce: Wonsan\n", 6, "did you mean 'place'?"),
    ],
)
def test_wrong_values_are_reported_on_their_line(
    cli: Invoke, tmp_path: Path, extra: str, line: int, message: str
) -> None:
    code, problems = check(cli, tmp_path, extra)
    assert code == 1
    assert len(problems) == 1
    got_line, _, got = problems[0]
    assert got_line == line and message in got, problems


def test_the_json_schema_agrees_with_check() -> None:
    validator = jsonschema.Draft202012Validator(json_schema())
    good = yaml.safe_load(EVENT.format(extra=GOOD))
    assert list(validator.iter_errors(good)) == []
    for bad in ("    links: [www.kcna.kp]\n", "    wikidata: q42\n", "    place: [Wonsan]\n"):
        doc = yaml.safe_load(EVENT.format(extra=bad))
        assert list(validator.iter_errors(doc)) != [], bad
