"""Warnings: what looks wrong to a careful editor but may be right.

They never fail a run unless `--strict` is given.
"""

from __future__ import annotations

import datetime as dt
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path

from timeline.check.context import Context, EventView, value_position
from timeline.check.problem import Finding
from timeline.check.rules import Option, option, rule, short
from timeline.tense import direction_of


def _live(ctx: Context) -> Iterator[EventView]:
    """Events with a usable date that are not rejected."""
    for event in ctx.events:
        if event.date is not None and event.effective_status != "rejected":
            yield event


@rule("same-happening", "warning")
def same_happening(ctx: Context) -> Iterator[Finding]:
    """Two events with overlapping dates that quote the same sentence may be one happening.

    Events are grouped by the article sentence their quotes come from, and each
    group is swept in date order, so the rule costs O(n log n), never all pairs.

    Passes:

        events:
          - id: lavrov-visit-2025
            date: "2025-07-12"
            title: Kim receives Lavrov
            sources:
              - seed: lavrov.txt
                expression: no sábado
                resolved: "2025-07-12"
                quote: Kim e Lavrov se conheceram no sábado em Wonsan.
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrov.txt
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.

    Fails:

        events:
          - id: lavrov-visit-2025
            date: "2025-07-12"
            title: Kim receives Lavrov
            sources:
              - seed: lavrov.txt
                expression: no sábado
                resolved: "2025-07-12"
                quote: Kim e Lavrov se conheceram no sábado em Wonsan.
          - id: lavrov-wonsan-2025  # <-
            date: "2025-07-12"
            title: Kim and Lavrov meet in Wonsan
            sources:
              - seed: lavrov.txt
                expression: no sábado
                resolved: "2025-07-12"
                quote: Kim e Lavrov se conheceram no sábado
    """
    groups: dict[tuple[Path, int], dict[int, EventView]] = defaultdict(dict)
    for event in _live(ctx):
        for source in event.sources:
            if source.info is not None and source.file is not None and source.quote_at >= 0:
                sentence = source.info.sentence_of(source.quote_at)
                groups[(source.file, sentence)][event.index] = event
    reported: set[tuple[int, int]] = set()
    for (file, _), members in groups.items():
        if len(members) < 2:
            continue
        for first, second in _overlapping(list(members.values())):
            pair = (first.index, second.index)
            if pair in reported:
                continue
            reported.add(pair)
            yield Finding(
                second.item.line,
                second.item.col,
                f"{_label(second)} may be the same happening as {_label(first)} (line "
                f"{first.item.line}): overlapping dates and the same sentence of {file.name}; "
                "merge them, or reject one",
            )


def _overlapping(events: list[EventView]) -> Iterator[tuple[EventView, EventView]]:
    """Each event that overlaps an earlier one, with the earlier one reaching furthest."""
    events.sort(key=lambda e: (e.date.start, e.date.end, e.index) if e.date else (0, 0, 0))
    reach: EventView | None = None
    for event in events:
        assert event.date is not None
        if reach is not None and reach.date is not None and event.date.start <= reach.date.end:
            first, second = sorted((reach, event), key=lambda e: e.index)
            yield first, second
        if reach is None or reach.date is None or event.date.end > reach.date.end:
            reach = event


def _label(event: EventView) -> str:
    return short(event.id, 40) if event.id else f"the event on line {event.item.line}"


@rule(
    "future-after-report",
    "warning",
    options={
        "window": Option(
            0,
            "Days after the article's publication date an event may still begin "
            "(an agency's date in another time zone, a paper dated the next morning).",
        )
    },
)
def future_after_report(ctx: Context) -> Iterator[Finding]:
    """An event dated after an article that reports it in the past tense is suspicious.

    An article cannot report as done what had not happened when it was published;
    the date, or the source, is probably wrong. The `window` option (days, default
    0) lets an event begin that many days after the publication date unreported.

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
          - id: lavrov-visit-2025
            date: "2025-07-20"  # <-
            title: Kim receives Lavrov
            sources:
              - seed: lavrov.txt
                expression: no sábado
                resolved: "2025-07-12"
                quote: Kim e Lavrov se conheceram no sábado em Wonsan.
                dispute: the agency's date is wrong
    """
    window = dt.timedelta(days=option(ctx, "future-after-report", "window"))
    for event in _live(ctx):
        assert event.date is not None
        for source in event.sources:
            article = source.article
            published = article.published if article else None
            if published is None or not source.quote or event.date.start <= published + window:
                continue
            if direction_of(source.expression, source.quote, source.language or "") == "past":
                yield Finding(
                    *event.where("date"),
                    f"date {event.date} is after {published.isoformat()}, when {source.seed} "
                    f"(source on line {source.item.line}) reported it in the past tense",
                )


@rule("undecided", "warning", strict_error=True)
def undecided(ctx: Context) -> Iterator[Finding]:
    """Candidates left undecided: confirm or reject them (an error under --strict).

    An event without a status is a candidate.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            status: rejected

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            status: candidate  # <-
    """
    for event in ctx.events:
        if event.effective_status != "candidate":
            continue
        status = event.item.get("status")
        line, col = value_position(status) if status else (event.item.line, event.item.col)
        yield Finding(line, col, f"{_label(event)} is still a candidate: {_decide(event)}")


def _decide(event: EventView) -> str:
    """What to do with a candidate: confirm or reject it, or merge it into what it may be."""
    links = event.item.get("may_be")
    targets = [
        f"{short(str(t.value), 40)} ({s.value})" if s is not None else short(str(t.value), 40)
        for link in (links.value if links is not None and isinstance(links.value, list) else [])
        if (t := link.get("id")) is not None
        for s in [link.get("score")]
    ]
    if not targets:
        return "confirm or reject it"
    return (
        f"it may be the same happening as {', '.join(targets)}: merge it "
        "(`timeline merge ID --into EVENT`), confirm or reject it"
    )
