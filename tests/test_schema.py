"""`timeline schema`: a valid JSON Schema (draft 2020-12) that the shipped store satisfies.

Validated with `jsonschema`, the reference implementation that check-jsonschema
and editors' YAML plugins build on: a hand-written validator would only test
itself, not whether editors read the schema as we mean it.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import jsonschema
import pytest
import yaml

from tests.conftest import STORE, Invoke
from timeline import store
from timeline.schema import EVENT_FIELDS, SOURCE_FIELDS, json_schema


def as_json(value: Any) -> Any:
    """What an editor reading YAML 1.2 sees: unquoted dates are strings."""
    if isinstance(value, dict):
        return {k: as_json(v) for k, v in value.items()}
    if isinstance(value, list):
        return [as_json(v) for v in value]
    if isinstance(value, dt.date):
        return value.isoformat()
    return value


def errors(doc: Any) -> list[str]:
    validator = jsonschema.Draft202012Validator(json_schema())
    return [e.message for e in validator.iter_errors(as_json(doc))]


@pytest.fixture
def shipped() -> dict[str, Any]:
    doc: dict[str, Any] = yaml.safe_load(STORE.read_text(encoding="utf-8"))
    return doc


def test_the_command_prints_a_valid_draft_2020_12_schema(cli: Invoke) -> None:
    result = cli("schema")
    assert result.exit_code == 0
    schema = json.loads(result.stdout)
    jsonschema.Draft202012Validator.check_schema(schema)
    assert schema == json_schema()


def test_the_shipped_store_validates(shipped: dict[str, Any]) -> None:
    assert errors(shipped) == []


def test_unquoted_dates_and_years_validate(shipped: dict[str, Any]) -> None:
    shipped["events"][0]["date"] = dt.date(2023, 9, 13)
    shipped["events"][1]["sources"][0]["resolved"] = 2024
    assert errors(shipped) == []


@pytest.mark.parametrize(
    ("path", "value", "words"),
    [
        (("dat",), "2024", "'dat' was unexpected"),
        (("status",), "confirmd", "is not one of"),
        (("id",), "Lavrov_Visit", "does not match"),
        (("date",), "June 2024", "is not valid"),
        (("sources", 0, "quote"), 2024, "is not of type 'string'"),
        (("sources", 0, "lang"), "xx", "is not one of"),
        (("tags",), "diplomacy", "is not of type 'array', 'null'"),
    ],
)
def test_broken_events_do_not(
    shipped: dict[str, Any], path: tuple[Any, ...], value: Any, words: str
) -> None:
    target = shipped["events"][0]
    for key in path[:-1]:
        target = target[key]
    target[path[-1]] = value
    assert any(words in e for e in errors(shipped)), errors(shipped)


def test_a_confirmed_event_needs_a_source(shipped: dict[str, Any]) -> None:
    del shipped["events"][0]["sources"]
    assert errors(shipped) == ["'sources' is a required property"]
    shipped["events"][0]["status"] = "candidate"
    assert errors(shipped) == []


def test_required_fields(shipped: dict[str, Any]) -> None:
    del shipped["events"][0]["title"]
    del shipped["events"][1]["sources"][0]["quote"]
    assert sorted(errors(shipped)) == [
        "'quote' is a required property",
        "'title' is a required property",
    ]


def test_the_schema_and_the_store_reader_know_the_same_keys() -> None:
    assert tuple(EVENT_FIELDS) == store.EVENT_KEYS
    assert tuple(SOURCE_FIELDS) == store.SOURCE_KEYS
