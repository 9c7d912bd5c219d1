"""The store's format as data: the fields `check` enforces and the JSON Schema editors use.

One table (`EVENT_FIELDS`, `SOURCE_FIELDS`) drives both `timeline check`'s
schema rules and `timeline schema`, so the two cannot disagree about which keys
exist, which are required and what they hold.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from timeline.dates import ALL
from timeline.model import STATUSES

Kind = Literal[
    "id", "text", "edtf", "status", "lang", "tags", "sources", "events", "urls", "wikidata", "links"
]

ID_PATTERN = r"^[a-z0-9-]+$"
URL_PATTERN = r"^https?://[^\s/?#]+[^\s]*$"
"""A web address: http or https, a host, no spaces."""
WIKIDATA_PATTERN = r"^Q[1-9][0-9]*$"
"""A Wikidata item id (a Q-id), e.g. Q110999040."""
_DAY = r"(\d{4}(-\d{2}(-\d{2})?)?|\d{3}X)[?~%]?"
EDTF_PATTERN = rf"^({_DAY}(/{_DAY})?|\d{{4}}-W\d{{2}})$"
"""The EDTF subset of `model.EdtfDate`, for editors; `check` parses values exactly."""
LANGS: tuple[str, ...] = ALL
"""Languages a source may be written in: the languages `timeline.dates` reads."""


@dataclass(frozen=True, slots=True)
class Field:
    """One key of an event or a source: what it holds, whether it must be there, what it means."""

    kind: Kind
    description: str
    required: bool = False
    nullable: bool = False


EVENT_FIELDS: dict[str, Field] = {
    "id": Field("id", "Unique, [a-z0-9-]+, stable once written.", required=True),
    "date": Field(
        "edtf",
        "EDTF: YYYY, YYYY-MM, YYYY-MM-DD, a decade YYYX or START/END, with ? and ~ qualifiers.",
        required=True,
    ),
    "title": Field("text", "What happened, in one line.", required=True),
    "status": Field("status", "candidate (the default), confirmed or rejected."),
    "tags": Field("tags", "Free labels, e.g. [diplomacy, military].", nullable=True),
    "sources": Field(
        "sources", "Articles that report it; required for confirmed events.", nullable=True
    ),
    "note": Field("text", "Free text for curators.", nullable=True),
    "links": Field("urls", "Web pages about the event: http or https URLs.", nullable=True),
    "wikidata": Field("wikidata", "The event's Wikidata item, a Q-id such as Q110999040."),
    "place": Field("text", "Where it happened, e.g. Wonsan, North Korea."),
    "kind": Field(
        "text",
        "What `build` took a candidate for when it is probably no event: dateline or quoted.",
        nullable=True,
    ),
    "may_be": Field(
        "links",
        "Events and candidates `build` found that this one may be the same happening as.",
        nullable=True,
    ),
}

SOURCE_FIELDS: dict[str, Field] = {
    "seed": Field("text", "The article's file name inside seeds/.", required=True),
    "lang": Field("lang", "The article's language (its front matter's lang).", nullable=True),
    "expression": Field(
        "text",
        "The article's words for the date; absent when it is the article's publication date.",
        nullable=True,
    ),
    "resolved": Field(
        "edtf",
        "What the expression resolves to against the article's published date.",
        required=True,
    ),
    "quote": Field("text", "The sentence, verbatim from the article.", required=True),
    "dispute": Field(
        "text", "Why the event's date differs from resolved, when it does.", nullable=True
    ),
}

TOP_FIELDS: dict[str, Field] = {
    "events": Field(
        "events", "The timeline, in chronological order.", required=True, nullable=True
    ),
}


def _kind_schema(field: Field) -> dict[str, Any]:
    """One field's schema; a nullable field takes null in its type (no anyOf: clearer errors)."""
    kind, null = field.kind, field.nullable
    schema: dict[str, Any]
    if kind == "id":
        schema = {"type": "string", "pattern": ID_PATTERN}
    elif kind == "text":
        schema = {"type": ["string", "null"] if null else "string", "minLength": 1}
    elif kind == "edtf":
        schema = {
            "anyOf": [
                {"type": "string", "pattern": EDTF_PATTERN},
                {"type": "integer", "minimum": 0, "maximum": 9999},
            ]
        }
    elif kind == "status":
        schema = {"enum": list(STATUSES), "default": "candidate"}
    elif kind == "lang":
        schema = {"enum": [*LANGS, None] if null else list(LANGS)}
    elif kind == "wikidata":
        schema = {"type": "string", "pattern": WIKIDATA_PATTERN}
    elif kind == "urls":
        url = {"type": "string", "pattern": URL_PATTERN}
        schema = {"type": ["array", "null"] if null else "array", "items": url}
    elif kind == "links":
        link = {
            "type": "object",
            "required": ["id"],
            "additionalProperties": False,
            "properties": {
                "id": {"type": "string", "pattern": ID_PATTERN},
                "score": {"type": "number", "minimum": 0, "maximum": 1},
            },
        }
        schema = {"type": ["array", "null"] if null else "array", "items": link}
    else:
        refs = {"sources": "#/$defs/source", "events": "#/$defs/event"}
        items = {"$ref": refs[kind]} if kind in refs else {"type": "string", "minLength": 1}
        schema = {"type": ["array", "null"] if null else "array", "items": items}
    return {"description": field.description, **schema}


def _object(fields: dict[str, Field], title: str) -> dict[str, Any]:
    return {
        "title": title,
        "type": "object",
        "required": [k for k, f in fields.items() if f.required],
        "additionalProperties": False,
        "properties": {k: _kind_schema(f) for k, f in fields.items()},
    }


def json_schema() -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of `data/events.yaml`."""
    event = _object(EVENT_FIELDS, "event")
    event["if"] = {"required": ["status"], "properties": {"status": {"const": "confirmed"}}}
    event["then"] = {
        "required": ["sources"],
        "properties": {"sources": {"type": "array", "minItems": 1}},
    }
    events = _kind_schema(TOP_FIELDS["events"])
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$id": "urn:timeline:events.yaml",
        "title": "timeline store (data/events.yaml)",
        "description": "A sourced timeline of events; `timeline check` verifies the rest.",
        "type": "object",
        "required": ["events"],
        "additionalProperties": False,
        "properties": {"events": events},
        "$defs": {"event": event, "source": _object(SOURCE_FIELDS, "source")},
    }
