"""Dates: valid EDTF, real calendar days, and the timeline's chronological order."""

from __future__ import annotations

from collections.abc import Iterator

from timeline.check.context import Context, EventView, value_position
from timeline.check.problem import Finding
from timeline.check.rules import rule, short
from timeline.model import DateError
from timeline.store import Item


def _date_errors(ctx: Context) -> Iterator[tuple[Item, str, DateError]]:
    """(value, key, error) of every event date and source `resolved` that does not parse."""
    for event in ctx.events:
        if event.date_error is not None:
            item = event.item.get("date")
            assert item is not None
            yield item, "date", event.date_error
        for source in event.sources:
            if source.resolved_error is not None:
                item = source.item.get("resolved")
                assert item is not None
                yield item, "resolved", source.resolved_error


def is_calendar_error(error: DateError) -> bool:
    """Well-formed, but no such day or month (2024-02-30, 2024-13)."""
    text = str(error)
    return "calendar day" in text or "does not exist" in text


@rule("edtf")
def edtf(ctx: Context) -> Iterator[Finding]:
    """Dates are EDTF: YYYY, YYYY-MM, YYYY-MM-DD, decade YYYX or START/END, ? and ~ qualifiers.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07"
            title: KCNA reports Lavrov's visit

    Fails:

        events:
          - id: kcna-report-2025
            date: 13 July 2025  # <-
            title: KCNA reports Lavrov's visit
    """
    for item, key, error in _date_errors(ctx):
        if not is_calendar_error(error):
            yield Finding(*value_position(item), f"{key}: {error}")


@rule("calendar-day")
def calendar_day(ctx: Context) -> Iterator[Finding]:
    """A well-formed date must still exist: there is no 30 February and no month 13.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2024-02-29"
            title: A leap day

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-02-29"  # <-
            title: Not a leap year
    """
    for item, key, error in _date_errors(ctx):
        if is_calendar_error(error):
            yield Finding(*value_position(item), f"{key}: {error}")


@rule("order")
def order(ctx: Context) -> Iterator[Finding]:
    """Events are in chronological order: by first day, then last day, then id.

    `timeline check --fix` restores the order (comments are kept).

    Passes:

        events:
          - id: pact-2024
            date: "2024-06"
            title: The pact
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
          - id: pact-2024  # <-
            date: "2024-06"
            title: The pact
    """
    previous: EventView | None = None
    for event in ctx.events:
        if event.date is None:
            continue
        if previous is not None and sort_key(event) < sort_key(previous):
            assert previous.date is not None
            yield Finding(
                event.item.line,
                event.item.col,
                f"{_label(event)} ({event.date}) comes after {_label(previous)} "
                f"({previous.date}, line {previous.item.line}): keep the events in "
                "chronological order; timeline check --fix restores it",
            )
        previous = event


def sort_key(event: EventView) -> tuple[object, object, str]:
    """The timeline's order (`Event.sort_key`); only for events whose date parsed."""
    assert event.date is not None
    return (event.date.start, event.date.end, event.id or "")


def _label(event: EventView) -> str:
    return short(event.id, 40) if event.id else f"the event on line {event.item.line}"
