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
    by_id: dict[str, int] | None = None
    """Each id's first position (made when first asked for, kept while no event moves)."""

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

    def joined(self) -> str:
        """The store's text."""
        return "".join([*self.head, *map("".join, self.regions), *self.tail])

    def ids(self) -> dict[str, int]:
        if self.by_id is None:
            self.by_id = {}
            for i, event in enumerate(self.events):
                self.by_id.setdefault(event.id, i)
        return self.by_id

    def layout(self) -> yamledit.Layout:
        """The `yamledit.Layout` of the text (what `curate`'s line edits work on); its lines
        are looked up in the regions, not copied (`Lines`)."""
        gaps = self.gaps()
        return yamledit.Layout(
            Lines(self, gaps),  # type: ignore[arg-type]  # a read-only list of the lines
            len(self.head) - 1,
            gaps,
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


class Lines(Sequence[str]):
    """The store's lines, by number, looked up in its regions (a decision reads a few)."""

    def __init__(self, regions: Regions, gaps: list[int]) -> None:
        self.regions = regions
        self.gaps = gaps
        self.size = gaps[-1] + len(regions.tail)

    def __len__(self) -> int:
        return self.size

    def __iter__(self) -> Iterator[str]:
        return iter(
            [*self.regions.head, *chain.from_iterable(self.regions.regions), *self.regions.tail]
        )

    def __getitem__(self, i: int) -> str:  # type: ignore[override]
        if i < 0:
            i += self.size
        if not 0 <= i < self.size:
            raise IndexError(i)
        gaps = self.gaps
        if i < gaps[0]:
            return self.regions.head[i]
        if i >= gaps[-1]:
            return self.regions.tail[i - gaps[-1]]
        k = bisect.bisect_right(gaps, i) - 1
        return self.regions.regions[k][i - gaps[k]]


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
class Draft:
    """The new list being made: regions, their events, and the positions whose lines
    changed (or whose neighbour before them did), each with the plain events it must read as.

    Unchanged positions keep their region's item and event; a changed one has None there
    until `settled` reads its window.
    """

    regions: list[list[str]]
    items: list[Item | None]
    events: list[Event | None]
    dirty: dict[int, list[Any]]
    same_ids: bool
    """No event was deleted or moved (the ids keep their positions)."""


def edited(
    regions: Regions,
    edits: list[tuple[int, int, list[str]]],
    gaps: list[int],
    expected: Callable[[int], Any],
) -> Draft:
    """The list with the line edits applied: each run of regions the edits touch becomes
    one changed position, holding the events `expected` gives for them (None: deleted)."""
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
    ordered = sorted(edits)
    draft = Draft([], [], [], {}, True)
    applied = done = 0
    for i, j in _runs(sorted(touched)):
        draft.regions += regions.regions[done:i]
        draft.items += regions.items[done:i]
        draft.events += regions.events[done:i]
        lines, n = _apply(regions.regions[i : j + 1], gaps[i], ordered)
        applied += n
        want = [v for v in map(expected, range(i, j + 1)) if v is not None]
        draft.same_ids &= len(want) == j + 1 - i
        draft.dirty[len(draft.regions)] = want
        draft.regions.append(lines)
        draft.items.append(None)
        draft.events.append(None)
        done = j + 1
    draft.regions += regions.regions[done:]
    draft.items += regions.items[done:]
    draft.events += regions.events[done:]
    if applied != len(edits):
        raise Unsettled("an edit falls outside the regions it touches")
    return draft


def _runs(indexes: list[int]) -> list[tuple[int, int]]:
    """Sorted indexes as runs of consecutive ones, (first, last) each."""
    runs: list[tuple[int, int]] = []
    for i in indexes:
        if runs and runs[-1][1] >= i - 1:
            runs[-1] = (runs[-1][0], max(runs[-1][1], i))
        else:
            runs.append((i, i))
    return runs


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


def moved(regions: Regions, order: list[int], movers: set[int]) -> Draft:
    """The regions in a new `order`; the moved ones, and those with a new neighbour before
    them, are marked changed (so `settled` reads them in a window).

    A moved region leaves its opening blank lines behind and takes one, as the file
    separates events, where it lands (`yamledit.reorder` does the same for the whole
    list); the first region of the list opens with no blank line.
    """
    nl = regions.newline
    draft = Draft(
        [regions.regions[i] for i in order],
        [regions.items[i] for i in order],
        [regions.events[i] for i in order],
        {},
        False,
    )
    before = -1
    for position, i in enumerate(order):
        if i in movers or (position == 0) != (i == 0):
            lines = _without_leading_blanks(regions.regions[i])
            if position and regions.blank_between:
                lines = [nl, *lines]
            draft.regions[position] = lines
            draft.dirty[position] = [regions.items[i].plain()]
        elif before != i - 1:
            draft.dirty[position] = [regions.items[i].plain()]
        before = i
    return draft


def _without_leading_blanks(lines: list[str]) -> list[str]:
    start = 0
    while start < len(lines) and not lines[start].strip(" \t\r\n"):
        start += 1
    return lines[start:]


def settled(regions: Regions, draft: Draft, name: str) -> Regions:
    """The new regions, each changed position proved by reading its window (itself and the
    unchanged position on either side: see the module's docstring), or `Unsettled`."""
    count = len(draft.regions)
    wanted = sorted({k for p in draft.dirty for k in (p - 1, p, p + 1) if 0 <= k < count})
    new_regions, items, events = draft.regions, draft.items, draft.events
    for a, b in reversed(_runs(wanted)):
        read = _window(regions, draft, a, b, name)
        new_regions[a : b + 1] = [lines for lines, _ in read]
        items[a : b + 1] = [item for _, item in read]
        events[a : b + 1] = [event_from_item(item, name) for _, item in read]
    if not new_regions:
        raise Unsettled("the list would be empty")
    out = Regions(
        "",
        regions.head,
        new_regions,
        regions.tail,
        items,  # type: ignore[arg-type]  # every None was replaced by its window's item
        events,  # type: ignore[arg-type]
        regions.key_line,
        regions.dash_col,
        regions.key_col,
        regions.blank_between,
        regions.newline,
    )
    if draft.same_ids:
        out.by_id = regions.by_id
    return out


def _window(
    regions: Regions, draft: Draft, a: int, b: int, name: str
) -> list[tuple[list[str], Item]]:
    """Positions a..b of the draft, read as a store of their own and compared with what the
    decision expects (`Unsettled` when they differ or the reading is not sound)."""
    lines = list(chain.from_iterable(draft.regions[a : b + 1]))
    expected: list[Any] = []
    for k in range(a, b + 1):
        if k in draft.dirty:
            expected += draft.dirty[k]
        else:
            item = draft.items[k]
            assert item is not None
            expected.append(item.plain())
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
