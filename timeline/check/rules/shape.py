"""The store's shape: required keys, types, unknown keys, statuses, ids, languages.

The fields and what they hold come from `timeline.schema`, the table that
`timeline schema` prints as JSON Schema, so the two always agree.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator

from timeline.check.context import Context, is_alias, value_position
from timeline.check.problem import Finding
from timeline.check.rules import did_you_mean, rule, short
from timeline.model import STATUSES
from timeline.schema import (
    EVENT_FIELDS,
    ID_PATTERN,
    LANGS,
    SOURCE_FIELDS,
    TOP_FIELDS,
    URL_PATTERN,
    WIKIDATA_PATTERN,
    Field,
)
from timeline.store import Item

_ID = re.compile(ID_PATTERN)
_URL = re.compile(URL_PATTERN)
_WIKIDATA = re.compile(WIKIDATA_PATTERN)
Mapping = tuple[Item, dict[str, Field], str]


def _mappings(ctx: Context) -> Iterator[Mapping]:
    """The store's mappings with their fields: the top level, each event, each source."""
    tree = ctx.tree
    if tree is None or not isinstance(tree.value, dict):
        return
    yield tree, TOP_FIELDS, "the store"
    for event in ctx.events:
        yield event.item, EVENT_FIELDS, _name(event.id)
        for source in event.sources:
            yield source.item, SOURCE_FIELDS, "a source"


def _name(event_id: str | None) -> str:
    return f"event {short(event_id)}" if event_id else "an event"


@rule("schema-required")
def schema_required(ctx: Context) -> Iterator[Finding]:
    """Every event has an id, a date and a title; every source a seed, resolved and quote.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit

    Fails:

        events:
          - id: kcna-report-2025  # <-
            date: "2025-07-13"
          - id: kcna-report-2025-b
            date: "2025-07-13"
            title:  # <-
    """
    tree = ctx.tree
    if tree is None or tree.value is None:
        yield Finding(1, 1, "the store is empty: it holds an 'events:' list")
        return
    for item, fields, name in _mappings(ctx):
        for key, spec in fields.items():
            child = item.get(key)
            if not spec.required or (child is not None and is_alias(child)):
                continue
            if child is None:
                yield Finding(item.line, item.col, f"{name} has no {key!r}")
            elif not spec.nullable and (
                child.value is None or (isinstance(child.value, str) and not child.value.strip())
            ):
                yield Finding(*child.where, f"{key!r} of {name} is empty")


@rule("schema-type")
def schema_type(ctx: Context) -> Iterator[Finding]:
    """Each value has the type its key needs: text, a date, a list of tags, a list of sources.

    Unquoted values that YAML reads as something else are caught here: `title: 2024`
    is a number and `lang: no` a boolean; quote them.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            tags: [diplomacy]

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            tags: diplomacy  # <-
    """
    tree = ctx.tree
    if tree is None or tree.value is None:
        return
    if not isinstance(tree.value, dict):
        yield Finding(tree.line, tree.col, "the store must be a mapping: start it with 'events:'")
        return
    for item, fields, name in _mappings(ctx):
        for key, child in item.value.items():
            spec = fields.get(key)
            if spec is None or is_alias(child):
                continue
            problem, at = _type_problem(spec, child)
            if problem:
                # A mapping where a list belongs has lost its '- ': point at its first key.
                where = (at.line, at.col) if isinstance(at.value, dict) else value_position(at)
                yield Finding(*where, f"{key!r} of {name} {problem}")


def _type_problem(spec: Field, item: Item) -> tuple[str, Item]:
    """Why the value does not fit its field ("" when it does), and the value to point at."""
    value = item.value
    if value is None:
        return ("" if spec.nullable or spec.required else "is empty", item)
    kind = spec.kind
    if kind == "edtf":
        if isinstance(value, (bool, dict, list)):
            return (f'must be a date such as "2025-07-12", not {_describe(value)}', item)
        return ("", item)
    if kind in _LISTS:
        problem, at = _list_problem(kind, item)
        if not problem and kind == "urls":
            return _url_problem(item)
        return problem, at
    if not isinstance(value, str):
        hint = ": quote it" if not isinstance(value, (dict, list)) else ""
        return (f"must be text, not {_describe(value)}{hint}", item)
    if kind == "wikidata" and not _WIKIDATA.match(value):
        return (f"must be a Wikidata item id such as Q110999040, not {_describe(value)}", item)
    if kind == "text" and not value.strip() and not spec.required:
        return ("is empty: write it, or remove the key", item)
    return ("", item)


_LISTS = {
    "tags": ("a list such as [diplomacy]", "text", str),
    "sources": ("a list of sources (- seed: ...)", "mappings (- seed: ...)", dict),
    "events": ("a list of events (- id: ...)", "mappings (- id: ...)", dict),
    "urls": ("a list of web addresses such as [https://...]", "text", str),
    "links": ("a list of suggestions (- id: ...)", "mappings (- id: ..., score: ...)", dict),
}


def _url_problem(item: Item) -> tuple[str, Item]:
    """Each link is an http or https address (a typo'd scheme or a bare name is caught)."""
    for element in item.value:
        if not _URL.match(element.value):
            return (f"must hold http or https URLs, not {_describe(element.value)}", element)
    return ("", item)


def _list_problem(kind: str, item: Item) -> tuple[str, Item]:
    """A list field: the list itself, then the first element of the wrong type."""
    what, elements, expected = _LISTS[kind]
    if isinstance(item.value, dict) and kind not in ("tags", "urls"):
        return (f"must be {what}, not a mapping: begin each item with '- '", item)
    if not isinstance(item.value, list):
        return (f"must be {what}, not {_describe(item.value)}", item)
    for element in item.value:
        if not isinstance(element.value, expected) and not is_alias(element):
            return (f"must hold {elements} only, not {_describe(element.value)}", element)
    return ("", item)


def _describe(value: object) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, (int, float)):
        return f"the number {value}"
    if isinstance(value, dt.date):
        return f"the date {value.isoformat()}"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, list):
        return "a list"
    if value is None:
        return "an empty value"
    return f"the text {short(str(value))}"


@rule("unknown-key")
def unknown_key(ctx: Context) -> Iterator[Finding]:
    """Keys the store does not define are typos until proven otherwise.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit

    Fails:

        events:
          - id: kcna-report-2025
            dat: "2025-07-13"  # <-
            title: KCNA reports Lavrov's visit
    """
    for item, fields, name in _mappings(ctx):
        for key, child in item.value.items():
            if key not in fields:
                line, col = child.where
                yield Finding(
                    line, col, f"unknown key {short(key)} in {name}{did_you_mean(key, fields)}"
                )


@rule("status-value")
def status_value(ctx: Context) -> Iterator[Finding]:
    """A status is candidate, confirmed or rejected.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            status: candidate

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            status: confirmd  # <-
    """
    for event in ctx.events:
        if event.status is not None and event.status not in STATUSES:
            item = event.item.get("status")
            assert item is not None
            yield Finding(
                item.line,
                item.col,
                f"status {short(event.status)} is not one of {', '.join(STATUSES)}"
                f"{did_you_mean(event.status, STATUSES)}",
            )


@rule("id-format")
def id_format(ctx: Context) -> Iterator[Finding]:
    """Ids are lower-case letters, digits and hyphens, so they are stable in URLs and files.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit

    Fails:

        events:
          - id: KCNA_report 2025  # <-
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
    """
    for event in ctx.events:
        if event.id and not _ID.match(event.id):
            item = event.item.get("id")
            assert item is not None
            slug = re.sub(r"[^a-z0-9]+", "-", event.id.lower()).strip("-")
            hint = f": write it as {slug!r}" if slug else ": use [a-z0-9-]"
            yield Finding(
                item.line, item.col, f"id {short(event.id)} is not made of a-z, 0-9 and '-'{hint}"
            )


@rule("id-unique")
def id_unique(ctx: Context) -> Iterator[Finding]:
    """Two events with one id cannot both be referred to.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
          - id: kcna-report-2025  # <-
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit, again
    """
    first: dict[str, int] = {}
    for event in ctx.events:
        if not event.id:
            continue
        item = event.item.get("id")
        assert item is not None
        if event.id in first:
            yield Finding(
                item.line,
                item.col,
                f"id {short(event.id)} is already used on line {first[event.id]}",
            )
        else:
            first[event.id] = item.line


@rule("source-lang")
def source_lang(ctx: Context) -> Iterator[Finding]:
    """A source's lang is a supported language and the language of its article.

    The language chooses the rules an expression is resolved with, so a wrong one
    would re-resolve the expression in the wrong language.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrov.txt
                lang: pt
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrov.txt
                lang: ro  # <-
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.
    """
    for event in ctx.events:
        for source in event.sources:
            if source.lang is None:
                continue
            item = source.item.get("lang")
            assert item is not None
            article_lang = source.article.lang if source.article else None
            if source.lang not in LANGS:
                yield Finding(
                    item.line,
                    item.col,
                    f"lang {short(source.lang)} is not one of "
                    f"{', '.join(LANGS)}{did_you_mean(source.lang, LANGS)}",
                )
            elif article_lang and source.lang != article_lang:
                yield Finding(
                    item.line,
                    item.col,
                    f"lang {source.lang!r} but the article "
                    f"{source.seed} is {article_lang!r} (its front matter's lang)",
                )
