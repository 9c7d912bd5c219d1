"""Choosing the events a reader asked for: a window of time, statuses, languages, tags.

A window bound may be EDTF ("2024", "2024-06", "2024-06-01"), or words in any
supported language or English ("iunie 2024", "em junho do ano passado",
"last year"), read against today. An event is in the window when its period
overlaps it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from timeline.model import STATUSES, DateError, EdtfDate, Event


class QueryError(ValueError):
    """A filter that cannot be understood; the message says what to write instead."""


@dataclass(frozen=True, slots=True)
class Query:
    since: dt.date | None = None
    until: dt.date | None = None
    statuses: frozenset[str] = frozenset({"confirmed"})
    langs: frozenset[str] = frozenset()
    tags: frozenset[str] = frozenset()

    def accepts(self, event: Event) -> bool:
        if self.statuses and event.status not in self.statuses:
            return False
        if not event.date.overlaps(self.since, self.until):
            return False
        if self.langs and not self.langs.intersection(event.languages):
            return False
        return not (self.tags and not self.tags.intersection(event.tags))


def window(since: str | None, until: str | None) -> tuple[dt.date | None, dt.date | None]:
    """`--since` and `--until`: the first and the last day they allow (None: no bound)."""
    return (
        window_bound(since, "--since").start if since else None,
        window_bound(until, "--until").end if until else None,
    )


def window_bound(text: str, option: str, today: dt.date | None = None) -> EdtfDate:
    """An EDTF value, else an expression in en, ro, bg, pl or pt resolved against today."""
    try:
        return EdtfDate.parse(text)
    except DateError:
        pass
    from timeline import dates

    ref = today or dt.date.today()
    for code in ("en", *dates.SUPPORTED):
        value = dates.resolve(text, code, ref, "past")
        if value is not None:
            return value
    raise QueryError(
        f"{option} {text!r} is not a date: write 2024, 2024-06, 2024-06-01 "
        f"or words such as 'last year' or 'iunie 2024'"
    )


def statuses(values: Iterable[str]) -> frozenset[str]:
    """Status names from repeated or comma-separated options; 'all' means every status."""
    chosen: set[str] = set()
    for value in values:
        for part in value.split(","):
            name = part.strip().lower()
            if not name:
                continue
            if name == "all":
                return frozenset(STATUSES)
            if name not in STATUSES:
                raise QueryError(
                    f"--status {name!r} is not a status: choose {', '.join(STATUSES)} or all"
                )
            chosen.add(name)
    return frozenset(chosen) or frozenset({"confirmed"})


def words(values: Iterable[str]) -> frozenset[str]:
    return frozenset(p.strip() for v in values for p in v.split(",") if p.strip())


def named(events: Sequence[Event], ids: Sequence[str]) -> list[Event]:
    """The events with these ids (`show --id`), or `QueryError` for the first unknown one."""
    wanted = set(ids)
    found = [e for e in events if e.id in wanted]
    missing = wanted - {e.id for e in found}
    if missing:
        first = next(i for i in ids if i in missing)
        raise QueryError(f"no event with the id {first!r} (`timeline list --status all` shows ids)")
    return found


def select(events: Sequence[Event], query: Query) -> list[Event]:
    """The events the query accepts, in the timeline's order."""
    return sorted((e for e in events if query.accepts(e)), key=Event.sort_key)
