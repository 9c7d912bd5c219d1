"""Agreement between an event and its sources: the date, its precision, its support.

Rejected events are skipped: rejecting an event is how a curator records that
its sources do not support it.
"""

from __future__ import annotations

from collections.abc import Iterator

from timeline.check.context import Context, EventView, SourceView, value_position
from timeline.check.problem import Finding
from timeline.check.rules import rule


def _dated(ctx: Context) -> Iterator[EventView]:
    for event in ctx.events:
        if event.date is not None and event.effective_status != "rejected":
            yield event


def _undisputed(event: EventView) -> Iterator[SourceView]:
    for source in event.sources:
        if source.resolved is not None and not source.dispute:
            yield source


@rule("date-within-source")
def date_within_source(ctx: Context) -> Iterator[Finding]:
    """An event's date lies within what each source resolves to, unless the source disputes it.

    A source whose words mean another date (a mistranslation, a wrong day) says
    why in `dispute:`.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrov.txt
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-14"  # <-
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrov.txt
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.
    """
    for event in _dated(ctx):
        assert event.date is not None
        for source in _undisputed(event):
            assert source.resolved is not None
            if not source.resolved.contains(event.date):
                yield Finding(
                    *event.where("date"),
                    f"date {event.date} is outside {source.resolved}, what the source on line "
                    f"{source.item.line} ({source.seed}) resolves to: correct the date, or say "
                    "why in that source's dispute",
                )


@rule("precision")
def precision(ctx: Context) -> Iterator[Finding]:
    """An event is no more precise than its most precise source: June is not 1 June.

    Passes:

        events:
          - id: beijing-visit-2025
            date: "2025-08"
            title: Lavrov to visit Beijing
            sources:
              - seed: lavrov.txt
                expression: em agosto
                resolved: "2025-08"
                quote: Lavrov vai visitar Pequim em agosto.

    Fails:

        events:
          - id: beijing-visit-2025
            date: "2025-08-01"  # <-
            title: Lavrov to visit Beijing
            sources:
              - seed: lavrov.txt
                expression: em agosto
                resolved: "2025-08"
                quote: Lavrov vai visitar Pequim em agosto.
    """
    for event in _dated(ctx):
        assert event.date is not None
        best = min(
            _undisputed(event), key=lambda s: s.resolved.days if s.resolved else 0, default=None
        )
        if best is None or best.resolved is None or event.date.days >= best.resolved.days:
            continue
        yield Finding(
            *event.where("date"),
            f"date {event.date} is more precise than any source: the most precise, on line "
            f"{best.item.line}, gives {best.resolved}; write {best.resolved.store_value()} or "
            "add a source that gives the day",
        )


@rule("confirmed-has-source")
def confirmed_has_source(ctx: Context) -> Iterator[Finding]:
    """A confirmed event has at least one source: confirming is checking the sources.

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
            status: confirmed  # <-
    """
    for event in ctx.events:
        if event.status != "confirmed" or event.sources:
            continue
        sources = event.item.get("sources")
        if sources is not None:
            where = sources.where
        else:
            status = event.item.get("status")
            assert status is not None
            where = value_position(status)
        yield Finding(
            *where,
            "a confirmed event needs at least one source: add one under "
            "sources, or set status: candidate",
        )
