"""The store as one region of lines per event, so a decision reads and verifies only what
it changes.

Why: a decision (`timeline.curate`) changes one or two events of a store that may hold
10,000, and `review` writes hundreds of them in a session. Reading the whole store
(about a second at 10,000 events), and reading the whole new text back to prove the
edit, made each decision take seconds. Here the store is read in full once per
process; afterwards each decision starts from the regions the last one left (when the
file still holds exactly that text), edits the lines of the events it names, and
parses only *windows*: each changed region with the unchanged region on either side,
as a small store of its own (the file's `events:` line, then those lines).

Why a window proves the whole file: a region runs from the blank lines and comments
that open an event to the line before the next event's '-' (`yamledit.layout`), and
every region starts with a '-' at the list's column. libyaml ends an entry at the next
'-' of that column whatever came before it, so an entry's meaning depends on its own
lines and on one thing after it: the blank lines that follow it, which a keep-chomped
block scalar (`note: |+`) takes into its value. A window is therefore read as the whole
file would read it when it is bounded by regions whose text and neighbours did not
change, when its last entry means the same with blank lines added after it (checked:
the window is read twice), and when no alias or anchor reaches across it (a store with
an alias is never edited here). Each window must read back as exactly the events the
decision expects, in order; everything outside the windows is the same text, with the
same neighbours, as the file the decision read.

When any of this does not hold (an alias, an odd `events:` line, an empty list, a
window that reads differently with blank lines after it), `Unsettled` is raised and
`curate` makes the decision the slow way, reading and verifying the whole file.
"""

from __future__ import annotations

import bisect
import re
import threading
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain
from pathlib import Path
from typing import Any

from timeline import yamledit
from timeline.model import Event
from timeline.store import Item, StoreError, event_from_item, event_items, parse_document

KEY_LINE = re.compile(r"events:[ \t]*(?:#[^\n]*)?\r?\n")
"""The `events:` line a window is read under: the key at column 0, nothing but a comment."""


class Unsettled(Exception):
    """The decision cannot be proved from windows: `curate` reads the whole store instead."""


@dataclass(slots=True)
class Regions:
    """A store's text cut into its events' regions, with each event as read."""

    text: str
    head: list[str]
    """The lines before the first region (up to the `events:` line)."""
    regions: list[list[str]]
    tail: list[str]
    """The lines after the list (other keys, or nothing)."""
    items: list[Item]
    """Each region's event as read (its positions are not used: see `Located.items`)."""
    events: list[Event]
    key_line: str
    dash_col: int
    key_col: int
    blank_between: bool
    newline: str

    @classmethod
    def read(cls, text: str, name: str) -> Regions | None:
        """The regions of a store read in full, or None when windows cannot prove its edits."""
        try:
            tree = parse_document(text, name)
            where = yamledit.layout(text, tree, name)
            items = event_items(tree, name)
            events = [event_from_item(item, name) for item in items]
        except (StoreError, yamledit.SpliceError):
            return None
        assert tree is not None
        lines = where.lines
        if (
            tree.aliases
            or where.empty_form
            or not items
            or not KEY_LINE.fullmatch(lines[where.key_line])
            or not lines[-1].endswith("\n")
        ):
            return None
        gaps = where.gaps
        return cls(
            text,
            lines[: gaps[0]],
            [lines[gaps[i] : gaps[i + 1]] for i in range(len(items))],
            lines[gaps[-1] :],
            items,
            events,
            lines[where.key_line],
            where.dash_col,
            where.key_col,
            where.blank_between,
            where.newline,
        )

    def gaps(self) -> list[int]:
        """Each region's first line (0-based), and the line after the last."""
        return list(accumulate(map(len, self.regions), initial=len(self.head)))

    def lines(self) -> list[str]:
        return [*self.head, *chain.from_iterable(self.regions), *self.tail]

    def layout(self) -> yamledit.Layout:
        """The `yamledit.Layout` of the text (what `curate`'s line edits work on)."""
        return yamledit.Layout(
            self.lines(),
            len(self.head) - 1,
            self.gaps(),
            self.dash_col,
            self.key_col,
            self.blank_between,
            self.newline,
            False,
        )

    def item(self, i: int, first_line: int) -> Item:
        """Event `i` located in the file (its region read alone, lines moved to `first_line`)."""
        text = self.key_line + "".join(self.regions[i])
        try:
            items = event_items(parse_document(text, "region"), "region")
        except StoreError as exc:
            raise Unsettled(str(exc)) from exc
        if len(items) != 1:
            raise Unsettled("a region does not hold one event")
        return _moved(items[0], first_line - 2)  # the window's line 2 is `first_line`


def _moved(item: Item, delta: int) -> Item:
    """The item with every line number `delta` lines further down (in place)."""
    stack = [item]
    while stack:
        it = stack.pop()
        it.line += delta
        if it.key_line:
            it.key_line += delta
        if it.duplicates:
            it.duplicates = [(k, line + delta, col) for k, line, col in it.duplicates]
        if isinstance(it.value, dict):
            stack.extend(it.value.values())
        elif isinstance(it.value, list):
            stack.extend(it.value)
    return item


class LazyItems(Sequence[Item]):
    """`Loaded.items` for regions: an event is located (its region read) when asked for."""

    def __init__(self, regions: Regions, gaps: list[int]) -> None:
        self.regions = regions
        self.gaps = gaps
        self.done: dict[int, Item] = {}

    def __len__(self) -> int:
        return len(self.regions.regions)

    def __iter__(self) -> Iterator[Item]:
        return (self[i] for i in range(len(self)))

    def __getitem__(self, i: int) -> Item:  # type: ignore[override]
        if i < 0:
            i += len(self)
        if i not in self.done:
            self.done[i] = self.regions.item(i, self.gaps[i] + 1)
        return self.done[i]


# --- a decision's new regions ---------------------------------------------------------------


@dataclass(slots=True)
class Chunk:
    """Lines of the new list: one unchanged region, or changed lines with the events they
    must read as."""

    lines: list[str]
    expected: list[Any]
    """The plain events these lines must read as."""
    item: Item | None = None
    """The unchanged region's event (None for changed lines)."""
    event: Event | None = None
    changed: bool = True


def edited(
    regions: Regions,
    edits: list[tuple[int, int, list[str]]],
    gaps: list[int],
    expected: Callable[[int], Any],
) -> list[Chunk]:
    """The list with the line edits applied: runs of regions the edits touch become one
    changed chunk each, holding the events `expected` gives for them (None: deleted)."""
    count = len(regions.regions)
    touched: set[int] = set()
    for start, end, _ in edits:
        if start < gaps[0] or end > gaps[-1]:
            raise Unsettled("an edit outside the events list")
        first = max(0, bisect.bisect_right(gaps, start) - 1)
        last = max(first, bisect.bisect_right(gaps, max(start, end - 1)) - 1)
        if start == gaps[first] and first > 0:
            first -= 1
        touched.update(range(first, min(last, count - 1) + 1))
    chunks: list[Chunk] = []
    i = 0
    ordered = sorted(edits)
    applied = 0
    while i < count:
        if i not in touched:
            chunks.append(_clean(regions, i))
            i += 1
            continue
        j = i
        while j + 1 < count and j + 1 in touched:
            j += 1
        lines, n = _apply(regions.regions[i : j + 1], gaps[i], ordered)
        applied += n
        want = [v for v in map(expected, range(i, j + 1)) if v is not None]
        chunks.append(Chunk(lines, want))
        i = j + 1
    if applied != len(edits):
        raise Unsettled("an edit falls outside the regions it touches")
    return chunks


def _clean(regions: Regions, i: int) -> Chunk:
    item = regions.items[i]
    return Chunk(regions.regions[i], [], item, regions.events[i], changed=False)


def _apply(
    parts: list[list[str]], offset: int, edits: list[tuple[int, int, list[str]]]
) -> tuple[list[str], int]:
    """These regions' lines (the first at line `offset`) with the edits that fall in them,
    and how many did."""
    lines = list(chain.from_iterable(parts))
    end_of = offset + len(lines)
    out: list[str] = []
    done = n = 0
    for start, end, new in edits:
        if not offset <= start <= end <= end_of:
            continue
        a, b = start - offset, end - offset
        if a < done:
            raise Unsettled("two edits of one line")
        out += lines[done:a]
        out += new
        done = b
        n += 1
    out += lines[done:]
    return out, n


def moved(regions: Regions, order: list[int], movers: set[int]) -> list[Chunk]:
    """The regions in a new `order`; the moved ones, and those with a new neighbour before
    them, are marked changed (so `settled` reads them in a window).

    A moved region leaves its opening blank lines behind and takes one, as the file
    separates events, where it lands (`yamledit.reorder` does the same for the whole
    list); the first region of the list opens with no blank line.
    """
    nl = regions.newline
    out: list[Chunk] = []
    before = -1
    for position, i in enumerate(order):
        chunk = _clean(regions, i)
        if i in movers or (position == 0) != (i == 0):
            lines = _without_leading_blanks(chunk.lines)
            if position and regions.blank_between:
                lines = [nl, *lines]
            chunk = Chunk(lines, [_plain(chunk)])
        elif before != i - 1:
            chunk = Chunk(chunk.lines, [_plain(chunk)])
        out.append(chunk)
        before = i
    return out


def _plain(chunk: Chunk) -> Any:
    assert chunk.item is not None
    return chunk.item.plain()


def _without_leading_blanks(lines: list[str]) -> list[str]:
    start = 0
    while start < len(lines) and not lines[start].strip(" \t\r\n"):
        start += 1
    return lines[start:]


def settled(regions: Regions, chunks: list[Chunk], name: str) -> Regions:
    """The new regions, each changed chunk proved by reading its window (see the module's
    docstring), or `Unsettled`."""
    count = len(chunks)
    wanted: set[int] = set()
    for c, chunk in enumerate(chunks):
        if chunk.changed:
            wanted.update(k for k in (c - 1, c, c + 1) if 0 <= k < count)
    new_regions: list[list[str]] = []
    items: list[Item] = []
    events: list[Event] = []
    c = 0
    while c < count:
        if c not in wanted:
            chunk = chunks[c]
            assert chunk.item is not None and chunk.event is not None
            new_regions.append(chunk.lines)
            items.append(chunk.item)
            events.append(chunk.event)
            c += 1
            continue
        d = c
        while d + 1 < count and d + 1 in wanted:
            d += 1
        window = chunks[c : d + 1]
        read = _window(regions, window, name)
        for lines, item in read:
            new_regions.append(lines)
            items.append(item)
            events.append(event_from_item(item, name))
        c = d + 1
    if not new_regions:
        raise Unsettled("the list would be empty")
    return Regions(
        "",
        regions.head,
        new_regions,
        regions.tail,
        items,
        events,
        regions.key_line,
        regions.dash_col,
        regions.key_col,
        regions.blank_between,
        regions.newline,
    )


def _window(regions: Regions, window: list[Chunk], name: str) -> list[tuple[list[str], Item]]:
    """A window's regions and events, read as a store of their own and compared with what
    the decision expects (`Unsettled` when they differ or the reading is not sound)."""
    lines = list(chain.from_iterable(chunk.lines for chunk in window))
    expected = [
        value
        for chunk in window
        for value in (chunk.expected if chunk.changed else [_plain(chunk)])
    ]
    text = regions.key_line + "".join(lines)
    try:
        tree = parse_document(text, name)
        items = event_items(tree, name)
        where = yamledit.layout(text, tree, name) if items else None
        padded = event_items(parse_document(text + regions.newline * 2, name), name)
    except (StoreError, yamledit.SpliceError) as exc:
        raise Unsettled(str(exc)) from exc
    assert tree is not None
    if tree.aliases or where is None or where.empty_form:
        raise Unsettled("a window holds an alias, or no event")
    got = [item.plain() for item in items]
    if got != expected or [item.plain() for item in padded] != got:
        raise Unsettled("a window does not read back as the decision expects")
    gaps = [g - 1 for g in where.gaps]
    if gaps[0] != 0 or gaps[-1] != len(lines):
        raise Unsettled("a window's regions do not cover its lines")
    return [(lines[gaps[k] : gaps[k + 1]], item) for k, item in enumerate(items)]


# --- the last regions a decision left, by store ------------------------------------------------


@dataclass(slots=True)
class _Cache:
    lock: threading.Lock = field(default_factory=threading.Lock)
    path: str = ""
    regions: Regions | None = None


_CACHE = _Cache()


def of(path: Path, text: str) -> Regions | None:
    """The regions of this store's `text`: those the last decision of this process left when
    the file still holds them, else read from the text (None when windows cannot be used)."""
    key = str(path.resolve())
    with _CACHE.lock:
        if _CACHE.path == key and _CACHE.regions is not None and _CACHE.regions.text == text:
            return _CACHE.regions
    return Regions.read(text, str(path))


def keep(path: Path, regions: Regions | None) -> None:
    """Remember the regions of the text just written (None forgets)."""
    with _CACHE.lock:
        _CACHE.path = str(path.resolve())
        _CACHE.regions = regions
