"""`timeline list`: the events a curator works on, with the ids every decision command takes.

Filters: status (candidates by default), a seed, a date window, text in the id,
title, expressions or quotes, a `kind` a build marked. Each event is two or three
lines: id, date, status and sources; its title; its suggestions (`may_be`) or its
mark. Naming ids shows those events in full: every source with its quote.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from rich.console import Group, RenderableType
from rich.padding import Padding
from rich.text import Text

from timeline.model import Event
from timeline.render import clean, highlighted_quote, safe
from timeline.words import part_of


@dataclass(frozen=True, slots=True)
class Filter:
    """What `list` (and `reject`'s filters) select."""

    statuses: frozenset[str] = frozenset({"candidate"})
    seed: str | None = None
    since: dt.date | None = None
    until: dt.date | None = None
    text: str | None = None
    kind: str | None = None

    def accepts(self, event: Event) -> bool:
        if self.statuses and event.status not in self.statuses:
            return False
        if self.seed is not None and not any(
            matches_seed(s.seed, self.seed) for s in event.sources
        ):
            return False
        if not event.date.overlaps(self.since, self.until):
            return False
        if self.kind is not None and event.kind != self.kind:
            return False
        return self.text is None or self.text.casefold() in _haystack(event)


def matches_seed(name: str, wanted: str) -> bool:
    """A seed named in full, without its folder, or by its number ("004")."""
    wanted = wanted.rsplit("/", 1)[-1]
    return name == wanted or name.split("_", 1)[0] == wanted


def _haystack(event: Event) -> str:
    parts = [event.id, event.title, event.note or ""]
    for s in event.sources:
        parts += [s.expression or "", s.quote or ""]
    return " ".join(parts).casefold()


def select(events: Iterable[Event], wanted: Filter) -> list[Event]:
    return [e for e in events if wanted.accepts(e)]


def _head(event: Event) -> Text:
    langs = ", ".join(event.languages)
    n = len(event.sources)
    sources = f"{n} source{'s' if n != 1 else ''}" + (f" ({langs})" if langs else "")
    head = Text()
    head.append(clean(event.id), style="bold cyan")
    head.append(f" · {event.date.display()} · {clean(event.status)} · {clean(sources)}")
    return head


def _links(event: Event, titles: dict[str, str]) -> list[RenderableType]:
    out: list[RenderableType] = []
    if event.kind:
        from timeline.happenings import KINDS

        why = KINDS.get(event.kind, "")
        mark = Text("marked ", style="yellow").append(clean(event.kind))
        if why:
            mark.append(f": {why}")
        out.append(Padding(mark, (0, 0, 0, 2), expand=False))
    for target, score in event.may_be:
        line = Text("may be ", style="magenta")
        line.append(clean(target), style="bold")
        line.append(f" ({score:.2f})")
        if target in titles:
            line.append(" ").append_text(safe(titles[target], "dim"))
        out.append(Padding(line, (0, 0, 0, 2), expand=False))
    return out


def brief(event: Event, titles: dict[str, str]) -> Group:
    """An event in two or three lines: what `list` prints for each."""
    return Group(
        _head(event), Padding(safe(event.title), (0, 0, 0, 2), expand=False), *_links(event, titles)
    )


def full(event: Event, titles: dict[str, str]) -> Group:
    """An event with every source: what `list ID` prints."""
    parts: list[RenderableType] = [brief(event, titles)]
    if event.tags:
        parts.append(Padding(safe("tags: " + ", ".join(event.tags)), (0, 0, 0, 2), expand=False))
    if event.note:
        parts.append(Padding(safe("note: " + event.note), (0, 0, 0, 2), expand=False))
    for source in event.sources:
        head = Text()
        head.append(clean(source.lang or "??"), style="cyan")
        head.append(" · " + clean(source.seed))
        if source.expression:
            head.append(" · “").append(clean(source.expression), style="bold").append("”")
        if source.resolved is not None:
            head.append(f" → {source.resolved.store_value()}")
        parts.append(Padding(head, (0, 0, 0, 4), expand=False))
        if source.quote:
            quote = Text("“").append_text(highlighted_quote(source.quote, source.expression))
            parts.append(Padding(quote.append("”"), (0, 0, 0, 6), expand=False))
        if source.dispute:
            parts.append(
                Padding(safe("dispute: " + source.dispute, "yellow"), (0, 0, 0, 6), expand=False)
            )
    return Group(*parts)


def listing(
    events: Sequence[Event], chosen: Sequence[Event], limit: int | None, detail: bool = False
) -> Group:
    """The chosen events (at most `limit`), blank lines between, and a count at the end."""
    titles = {e.id: e.title for e in events}
    shown = chosen[:limit] if limit is not None else chosen
    parts: list[RenderableType] = []
    for event in shown:
        parts.append(full(event, titles) if detail else brief(event, titles))
        parts.append(Text(""))
    parts.append(Text(part_of(len(shown), len(chosen), "event")))  # as `show --limit` says it
    return Group(*parts)
