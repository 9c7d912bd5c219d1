"""Decisions on candidates as commands: confirm, reject, merge, edit.

Each decision is one edit of the store's text, made under the store's lock and
written atomically (`store.write_atomic`): only the lines of the keys it sets,
the sources it moves and the event it removes change; every other line, comments
and blank lines included, stays byte for byte. Before anything is written the
new text is parsed and must hold exactly the events expected (the old ones with
the decision applied, in chronological order), so a decision either leaves a
store `check` can pass or writes nothing.

Why line edits and not a YAML round trip: see `timeline.yamledit`.
"""

from __future__ import annotations

import copy
import difflib
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline import regions as regions_
from timeline import yamledit
from timeline.model import DateError, EdtfDate, Event, Source
from timeline.store import (
    EVENT_KEYS,
    Item,
    StoreError,
    event_from_item,
    event_items,
    parse_document,
    read_text,
)


class CurateError(Exception):
    """A decision that cannot be made as asked; `str()` is one line saying what to do instead."""


@dataclass(slots=True)
class Loaded:
    """The store as read: its text, its lines, its located events and their layout."""

    path: Path
    text: str
    items: Sequence[Item]
    events: list[Event]
    where: yamledit.Layout
    by_id: dict[str, int] = field(default_factory=dict)
    regions: regions_.Regions | None = None
    """The store cut into its events' regions: a decision then reads and proves only the
    regions it changes (`timeline.regions`); None: the whole store is read back."""
    pending: regions_.Regions | None = None
    """The regions of the text the decision made (kept for the next decision once written)."""
    pending_outcome: tuple[str, str] = ("", "")
    """What the decision said and the text it made (`decide`)."""

    def index(self, event_id: str) -> int:
        """The position of an event, or `CurateError` naming the closest ids."""
        found = self.by_id.get(event_id)
        if found is None:
            close = difflib.get_close_matches(event_id, list(self.by_id), n=1, cutoff=0.6)
            hint = f": did you mean {close[0]}?" if close else ""
            raise CurateError(
                f"{self.path}: no event with the id {event_id!r}{hint} "
                "(`timeline list` shows the ids)"
            )
        return found

    def plain(self) -> list[dict[str, Any]]:
        return [item.plain() for item in self.items]

    def value(self, i: int) -> Any:
        """Event `i` as plain values (from the regions' events as read, when cut in regions)."""
        return (self.regions.items[i] if self.regions else self.items[i]).plain()


class Expected:
    """The events a decision expects to read back: each made plain when the decision first
    touches it (`expected[i]`, by its index in the store as read), `del` for a deleted one.

    Why not `Loaded.plain()`: making 10,000 events plain to change one was a third of a
    decision's time.
    """

    def __init__(self, store: Loaded) -> None:
        self.store = store
        self.values: dict[int, Any] = {}
        self.deleted: set[int] = set()

    def __getitem__(self, i: int) -> Any:
        if i not in self.values:
            self.values[i] = self.store.value(i)
        return self.values[i]

    def __delitem__(self, i: int) -> None:
        self.deleted.add(i)

    def get(self, i: int) -> Any:
        """Event `i` as expected, or None when deleted."""
        return None if i in self.deleted else self[i]

    def full(self) -> list[Any]:
        return [self[i] for i in range(len(self.store.events)) if i not in self.deleted]


def located(path: Path, text: str, regions: regions_.Regions) -> Loaded:
    """The store as `load` gives it, from its regions (events located when asked for)."""
    where = regions.layout()
    items = regions_.LazyItems(regions, where.gaps)
    return Loaded(path, text, items, regions.events, where, regions.ids(), regions)


def load(path: Path, text: str | None = None) -> Loaded:
    """Read and locate the store (`StoreError` when it cannot be read or is not a list)."""
    name = str(path)
    text = read_text(path) if text is None else text
    tree = parse_document(text, name)
    items = event_items(tree, name)
    events = [event_from_item(item, name) for item in items]
    where = yamledit.layout(text, tree, name)
    by_id: dict[str, int] = {}
    for i, event in enumerate(events):
        by_id.setdefault(event.id, i)
    return Loaded(path, text, items, events, where, by_id)


# --- line edits -------------------------------------------------------------------------

Edit = tuple[int, int, list[str]]
"""Replace lines [start, end) (0-based) with these lines."""


def _own_lines(store: Loaded, i: int) -> tuple[int, int]:
    """The lines of event `i` itself: its '-' line to its last line (deeper comments included)."""
    lines = store.where.lines
    item = store.items[i]
    start = item.line - 1
    if not lines[start][: item.col - 1].strip().startswith("-"):
        while start > 0 and lines[start].strip() != "-":
            start -= 1
    return start, store.where.gaps[i + 1]


def _key_span(store: Loaded, i: int, key: str) -> tuple[int, int] | None:
    """The lines of one key of event `i` (without comments or blank lines after it)."""
    item = store.items[i]
    assert isinstance(item.value, dict)
    keys = list(item.value)
    if key not in keys:
        return None
    child = item.value[key]
    start = (child.key_line or child.line) - 1
    after = keys.index(key) + 1
    if after < len(keys):
        nxt = item.value[keys[after]]
        end = (nxt.key_line or nxt.line) - 1
    else:
        end = _own_lines(store, i)[1]
    lines = store.where.lines
    while end > start + 1 and (
        not lines[end - 1].strip() or lines[end - 1].lstrip().startswith("#")
    ):
        end -= 1
    return start, end


def _key_col(store: Loaded, i: int) -> int:
    item = store.items[i]
    return item.col - 1


def render_key(key: str, value: Any, key_col: int, newline: str) -> list[str]:
    """One `key: value` of a mapping at `key_col`, as the store writes it (yamledit's rendering)."""
    rendered = yamledit.render_mapping({key: value}, max(key_col - 2, 0), key_col)
    rendered[0] = " " * key_col + rendered[0][key_col:]
    return [line + newline for line in rendered]


def set_key(store: Loaded, i: int, key: str, value: Any) -> Edit:
    """Write `key: value` in event `i`: over the key's lines, or where the key order puts it."""
    nl = store.where.newline
    lines = render_key(key, value, _key_col(store, i), nl)
    span = _key_span(store, i, key)
    if span is not None:
        return (span[0], span[1], lines)
    item = store.items[i]
    assert isinstance(item.value, dict)
    order = list(EVENT_KEYS)
    rank = order.index(key) if key in order else len(order)
    before = [k for k in item.value if (order.index(k) if k in order else len(order)) <= rank]
    anchor = before[-1] if before else list(item.value)[-1]
    anchor_span = _key_span(store, i, anchor)
    assert anchor_span is not None
    return (anchor_span[1], anchor_span[1], lines)


def drop_key(store: Loaded, i: int, key: str) -> Edit | None:
    span = _key_span(store, i, key)
    return None if span is None else (span[0], span[1], [])


def append_sources(store: Loaded, i: int, sources: list[dict[str, Any]]) -> Edit:
    """The sources added at the end of event `i`'s `sources:` list, as its sources are written."""
    item = store.items[i]
    nl = store.where.newline
    existing = item.get("sources")
    if existing is None or not isinstance(existing.value, list) or not existing.value:
        return set_key(store, i, "sources", sources)
    first = existing.value[0]
    line = store.where.lines[first.line - 1]
    dash = line.find("-")
    key_col = first.col - 1
    rendered: list[str] = []
    for source in sources:
        rendered += [text + nl for text in yamledit.render_mapping(source, dash, key_col)]
    span = _key_span(store, i, "sources")
    assert span is not None
    return (span[1], span[1], rendered)


def delete_event(store: Loaded, i: int) -> Edit:
    """Event `i`'s own lines, with the blank lines that separate it from its neighbour."""
    start, end = _own_lines(store, i)
    lines = store.where.lines
    region = store.where.gaps[i]
    while start > region and not lines[start - 1].strip():
        start -= 1
    if start == store.where.key_line + 1 or i == 0:
        # the first event: take the blank lines after it instead, so the list starts as before
        while end < len(lines) and not lines[end].strip() and i + 1 < len(store.items):
            end += 1
    return (start, end, [])


def apply(text: str, lines: list[str], edits: Iterable[Edit | None], newline: str = "\n") -> str:
    """The text with non-overlapping line edits applied (a last line gains its line break when
    lines are added after it)."""
    chosen = sorted((e for e in edits if e is not None), key=lambda e: (e[0], e[1]))
    lines = list(lines)
    if lines and not lines[-1].endswith(("\n", "\r")) and any(e[0] >= len(lines) for e in chosen):
        lines[-1] += newline
    out: list[str] = []
    done = 0
    for start, end, new in chosen:
        if start < done:
            raise CurateError("internal error: two edits of one line; nothing was written")
        out += lines[done:start]
        out += new
        done = end
    out += lines[done:]
    return "".join(out)


# --- dates --------------------------------------------------------------------------------


def parse_date(text: str, option: str = "--date") -> EdtfDate:
    try:
        return EdtfDate.parse(text)
    except DateError as exc:
        raise CurateError(f"{option}: {exc}") from exc


def _undisputed(sources: Iterable[Source]) -> list[Source]:
    return [s for s in sources if s.resolved is not None and not s.dispute]


def date_problem(date: EdtfDate, sources: Sequence[Source]) -> str:
    """Why `date` cannot be an event's date with these sources ("" when it can; see check's
    `date-within-source` and `precision`)."""
    undisputed = _undisputed(sources)
    for source in undisputed:
        assert source.resolved is not None
        if not source.resolved.contains(date):
            words = f"“{source.expression}”" if source.expression else "its publication date"
            return (
                f"{date} is outside {source.resolved.store_value()}, what {source.seed} "
                f"({words}) resolves to"
            )
    if undisputed:
        best = min(undisputed, key=lambda s: s.resolved.days if s.resolved else 0)
        assert best.resolved is not None
        if date.days < best.resolved.days:
            return (
                f"{date} is more precise than any source: the most precise gives "
                f"{best.resolved.store_value()}"
            )
    return ""


def fitting_date(current: EdtfDate, sources: Sequence[Source]) -> EdtfDate | None:
    """`current` if every source allows it, else the most precise source value all allow."""
    if not date_problem(current, sources):
        return current
    values = sorted(
        {s.resolved.store_value(): s.resolved for s in _undisputed(sources) if s.resolved}.values(),
        key=lambda v: v.days,
    )
    return next((v for v in values if not date_problem(v, sources)), None)


# --- committing -----------------------------------------------------------------------------


@dataclass(slots=True)
class Outcome:
    """What a decision did: a line for the user, and the store's text before and after."""

    message: str
    before: str
    after: str


def _commit(
    store: Loaded,
    edits: Sequence[Edit | None],
    expected: list[dict[str, Any]] | Expected,
    moved: str | Sequence[str] | None = None,
) -> str:
    """The new text: edits applied, `moved` re-placed in order, read back and compared
    (only the changed regions and their neighbours, when the store is cut in regions;
    `regions.Unsettled` when they cannot prove it, and the caller reads the whole store)."""
    if isinstance(expected, Expected):
        if store.regions is not None:
            return _commit_regions(store, edits, expected, moved)
        expected = expected.full()
    text = apply(store.text, store.where.lines, edits, store.where.newline)
    name = str(store.path)
    try:
        tree = parse_document(text, name)
        items = event_items(tree, name)
        if moved:
            events = [event_from_item(item, name) for item in items]
            order = _placed(events, [moved] if isinstance(moved, str) else list(moved))
            if order != list(range(len(events))):
                text = yamledit.reorder(text, name, order)
                expected = [expected[k] for k in order]
                items = event_items(parse_document(text, name), name)
        got = [item.plain() for item in items]
    except (StoreError, yamledit.SpliceError) as exc:
        raise CurateError(
            f"{name}: the decision cannot be written safely ({exc}); nothing was written"
        ) from exc
    if got != expected:
        raise CurateError(
            f"{name}: the decision would not read back as intended; nothing was written"
        )
    return text


def _commit_regions(
    store: Loaded,
    edits: Sequence[Edit | None],
    expected: Expected,
    moved: str | Sequence[str] | None = None,
) -> str:
    """`_commit` for a store cut in regions: each changed region is read in a window (see
    `timeline.regions`) and must hold the events expected, in chronological order."""
    regions = store.regions
    assert regions is not None
    name = str(store.path)
    chosen = [e for e in edits if e is not None]
    draft = regions_.edited(regions, chosen, list(store.where.gaps), expected.get)
    new = regions_.settled(regions, draft, name)
    if moved:
        ids = {moved} if isinstance(moved, str) else set(moved)
        order = _placed(new.events, list(ids))
        if order != list(range(len(new.events))):
            movers = {k for k, e in enumerate(new.events) if e.id in ids}
            new = regions_.settled(new, regions_.moved(new, order, movers), name)
    new.text = new.joined()
    store.pending = new
    return new.text


def _placed(events: list[Event], moved: list[str]) -> list[int]:
    """The order with each `moved` event before the first other event that sorts after it."""
    ids = set(moved)
    order = [i for i, e in enumerate(events) if e.id not in ids]
    for at in (i for i, e in enumerate(events) if e.id in ids):
        key = events[at].sort_key()
        position = next((k for k, i in enumerate(order) if events[i].sort_key() > key), len(order))
        order.insert(position, at)
    return order


def decide(
    path: Path, action: Callable[[Loaded], tuple[str, str]], command: str = "curate"
) -> Outcome:
    """Run one decision under the store's lock (`store.editing`): read, edit, verify, write.

    `editing` refuses at once when another command holds the lock, and refuses to
    write over a store whose bytes changed since it was read. `command` names the holder in
    the message another command gets ("locked by `timeline confirm`").
    """
    from timeline.store import StoreError, editing, gc_paused

    try:
        with editing(path, command) as edit, gc_paused():  # no full collection mid-decision
            store = _decided(path, edit.text, action)
            message, text = store.pending_outcome
            if text != store.text:
                edit.write(text)
            regions_.keep(path, store.pending if text != store.text else store.regions)
            return Outcome(message, store.text, text)
    except StoreError as exc:
        raise CurateError(str(exc)) from exc
    except OSError as exc:
        raise CurateError(f"{path}: cannot write: {exc.strerror or exc}") from exc


def _decided(path: Path, text: str, action: Callable[[Loaded], tuple[str, str]]) -> Loaded:
    """The store the action decided on, its outcome in `pending_outcome`: cut in regions
    (the last decision's, when the file still holds its text) unless they cannot prove the
    decision, then read whole."""
    regions = regions_.of(path, text)
    if regions is not None:
        store = located(path, text, regions)
        try:
            store.pending_outcome = action(store)
            return store
        except regions_.Unsettled:
            pass
        finally:
            regions_.keep(path, None)  # kept again once written
    store = load(path, text)
    store.pending_outcome = action(store)
    return store


# --- the decisions --------------------------------------------------------------------------


def confirm(
    store: Loaded, event_id: str, title: str, tags: list[str], date: str | None = None
) -> tuple[str, str]:
    """Set a candidate's English title, tags, status confirmed (and date, when given)."""
    i = store.index(event_id)
    event = store.events[i]
    if event.status == "confirmed":
        raise CurateError(
            f"{event_id} is already confirmed: change it with `timeline edit {event_id}`"
        )
    if not event.sources:
        raise CurateError(
            f"{event_id} has no source to confirm: merge it into an event, or reject it"
        )
    title = " ".join(title.split())
    if not title:
        raise CurateError("--title is empty: give the event an English title")
    expected = Expected(store)
    data = expected[i]
    edits: list[Edit | None] = [
        set_key(store, i, "title", title),
        set_key(store, i, "status", "confirmed"),
        set_key(store, i, "tags", tags),
        drop_key(store, i, "kind"),
        drop_key(store, i, "may_be"),
    ]
    data.update(title=title, status="confirmed", tags=tags)
    data.pop("kind", None)
    data.pop("may_be", None)
    moved = None
    if date is not None:
        value = parse_date(date)
        if problem := date_problem(value, event.sources):
            raise CurateError(f"--date {problem}: give a date within every source")
        edits.append(set_key(store, i, "date", value.store_value()))
        data["date"] = value.store_value()
        moved = event_id
    return (f"confirmed {event_id}: {title}", _commit(store, edits, expected, moved))


def reject(store: Loaded, ids: Sequence[str], note: str) -> tuple[str, str]:
    """Set each candidate's status rejected with a note saying why."""
    note = " ".join(note.split())
    if not note:
        raise CurateError("--note is empty: say why the candidates are rejected")
    if not ids:
        raise CurateError("nothing to reject: name candidate ids, or use --all-from or --kind")
    expected = Expected(store)
    edits: list[Edit | None] = []
    seen: set[int] = set()
    for event_id in ids:
        i = store.index(event_id)
        if i in seen:
            continue
        seen.add(i)
        if store.events[i].status == "confirmed":
            raise CurateError(
                f"{event_id} is confirmed, not a candidate: only candidates are rejected "
                f"(change a confirmed event with `timeline edit {event_id}`)"
            )
        edits += [
            set_key(store, i, "status", "rejected"),
            set_key(store, i, "note", note),
            drop_key(store, i, "may_be"),
        ]
        expected[i].update(status="rejected", note=note)
        expected[i].pop("may_be", None)
    n = len(seen)
    return (f"rejected {n} candidate{'s' if n != 1 else ''}", _commit(store, edits, expected))


def merge(store: Loaded, event_id: str, into: str, dispute: str | None = None) -> tuple[str, str]:
    """Move a candidate's sources under an event and delete the candidate.

    The event keeps its date when every source allows it; else it takes the most
    precise date all its sources allow; else the moved sources that do not allow
    it record `dispute`, which must then be given.
    """
    if event_id == into:
        raise CurateError(f"cannot merge {event_id} into itself: name another event with --into")
    i, j = store.index(event_id), store.index(into)
    candidate, target = store.events[i], store.events[j]
    if candidate.status == "confirmed":
        raise CurateError(
            f"{event_id} is confirmed: merge a candidate into it instead "
            f"(`timeline merge CANDIDATE --into {event_id}`)"
        )
    if target.status == "rejected":
        raise CurateError(f"{into} is rejected: merge into a confirmed event or a candidate")
    expected = Expected(store)
    target_data = expected[j]
    have = {(s.seed, s.expression, s.quote) for s in target.sources}
    moving = [
        (source, raw)
        for source, raw in zip(candidate.sources, expected[i].get("sources") or [], strict=False)
        if (source.seed, source.expression, source.quote) not in have
    ]
    sources = [*target.sources, *(s for s, _ in moving)]
    date = fitting_date(target.date, sources)
    disputed: list[str] = []
    if date is None:
        dispute = " ".join((dispute or "").split())
        if not dispute:
            problem = date_problem(target.date, sources)
            raise CurateError(
                f'cannot merge {event_id} into {into}: {problem}; pass --dispute "why" to '
                f"keep {into}'s date, or confirm {event_id} on its own"
            )
        date = target.date
        for source, raw in moving:
            if source.resolved is not None and not source.resolved.contains(date):
                raw["dispute"] = dispute
                source.dispute = dispute
                disputed.append(source.expression or source.seed)
    raws = [copy.deepcopy(raw) for _, raw in moving]
    edits: list[Edit | None] = [delete_event(store, i)]
    if raws:
        edits.append(append_sources(store, j, raws))
        target_data["sources"] = [*(target_data.get("sources") or []), *raws]
    moved = None
    if date.store_value() != target.date.store_value():
        edits.append(set_key(store, j, "date", date.store_value()))
        target_data["date"] = date.store_value()
        moved = into
    edits += _relink(store, expected, event_id, into, skip={i, j})
    del expected[i]
    text = _commit(store, edits, expected, moved)
    said = f"merged {event_id} into {into} ({len(raws)} source{'s' if len(raws) != 1 else ''} moved"
    if moved:
        said += f"; date now {date.store_value()}"
    if disputed:
        said += f"; disputed: {', '.join(disputed)}"
    return (said + ")", text)


def _relink(
    store: Loaded, expected: Expected, old: str, new: str, skip: set[int]
) -> list[Edit | None]:
    """Suggestions naming `old` (now merged) name `new` instead, once; the rest stay."""
    edits: list[Edit | None] = []
    for k, event in enumerate(store.events):
        if k in skip or not any(target == old for target, _ in event.may_be):
            continue
        links = expected[k].get("may_be") or []
        kept: list[dict[str, Any]] = []
        for link in links:
            target = new if link.get("id") == old else link.get("id")
            if target == event.id or any(x.get("id") == target for x in kept):
                continue
            kept.append({**link, "id": target})
        if kept:
            edits.append(set_key(store, k, "may_be", kept))
            expected[k]["may_be"] = kept
        else:
            edits.append(drop_key(store, k, "may_be"))
            expected[k].pop("may_be", None)
    return edits


def edit(
    store: Loaded,
    event_id: str,
    date: str | None = None,
    title: str | None = None,
    tags: list[str] | None = None,
) -> tuple[str, str]:
    """Change an event's date (re-placed in the chronology), title or tags."""
    i = store.index(event_id)
    event = store.events[i]
    if date is None and title is None and tags is None:
        raise CurateError("nothing to change: give --date, --title or --tag")
    expected = Expected(store)
    edits: list[Edit | None] = []
    moved = None
    changed = []
    if date is not None:
        value = parse_date(date)
        if problem := date_problem(value, event.sources):
            raise CurateError(
                f"--date {problem}: give a date within every source, or record why in the "
                "source's dispute"
            )
        edits.append(set_key(store, i, "date", value.store_value()))
        expected[i]["date"] = value.store_value()
        moved = event_id
        changed.append(f"date {value.store_value()}")
    if title is not None:
        title = " ".join(title.split())
        if not title:
            raise CurateError("--title is empty: give the event a title")
        edits.append(set_key(store, i, "title", title))
        expected[i]["title"] = title
        changed.append("title")
    if tags is not None:
        edits.append(set_key(store, i, "tags", tags))
        expected[i]["tags"] = tags
        changed.append("tags")
    return (f"edited {event_id}: {', '.join(changed)}", _commit(store, edits, expected, moved))


def tag_list(values: Iterable[str]) -> list[str]:
    """Tags from repeated or comma-separated options, in order, once each."""
    out: list[str] = []
    for value in values:
        for part in value.split(","):
            tag = " ".join(part.split())
            if tag and tag not in out:
                out.append(tag)
    return out
