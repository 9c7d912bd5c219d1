"""Reading `events.yaml` with the line and column of every key and value, and writing it atomically.

Reading composes the YAML into nodes (libyaml's C composer when available) and
converts them here, so that every value keeps where it was written, duplicate
keys are seen (PyYAML's loader keeps the last one silently), and aliases are
refused instead of expanded (no billion-laughs). `check` works on the located
tree (`Item`); everything else asks for `Event`s.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import gc
import os
import re
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from yaml.nodes import ScalarNode

from timeline.model import DateError, EdtfDate, Event, Source

DEFAULT_STORE = Path("data") / "events.yaml"
EVENT_KEYS = ("id", "date", "title", "status", "tags", "sources", "note")
SOURCE_KEYS = ("seed", "lang", "expression", "resolved", "quote", "dispute")

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"


class StoreError(Exception):
    """A store that cannot be read or used; `str()` names the file and line and what to do."""

    def __init__(self, path: str, message: str, line: int = 0, col: int = 0) -> None:
        where = path + (f":{line}" if line else "") + (f":{col}" if line and col else "")
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.col = col
        self.message = message


@dataclass(slots=True)
class Item:
    """A value of the store and where it was written (1-based line and column)."""

    value: Any
    """dict[str, Item] for a mapping, list[Item] for a sequence, else a Python scalar."""
    line: int
    col: int
    raw: str | None = None
    """The scalar as written (so `date: 2024` and `date: "2024"` mean the same)."""
    quoted: bool = False
    key_line: int = 0
    key_col: int = 0
    duplicates: list[tuple[str, int, int]] = field(default_factory=list)
    """Keys of this mapping written more than once: (key, line, col) of each repeat."""
    aliases: list[tuple[int, int]] = field(default_factory=list)
    """Where an alias (*name) was used inside this item; aliases are never expanded."""

    def get(self, key: str) -> Item | None:
        if isinstance(self.value, dict):
            item: Item | None = self.value.get(key)
            return item
        return None

    @property
    def where(self) -> tuple[int, int]:
        """The key's position for a mapping value, else the value's own."""
        return (self.key_line, self.key_col) if self.key_line else (self.line, self.col)

    def plain(self) -> Any:
        """The Python value without positions."""
        if isinstance(self.value, dict):
            return {k: v.plain() for k, v in self.value.items()}
        if isinstance(self.value, list):
            return [v.plain() for v in self.value]
        return self.value


def read_text(path: str | Path) -> str:
    name = str(path)
    try:
        data = Path(path).read_bytes()
    except FileNotFoundError as exc:
        raise StoreError(name, "no such store: create it or pass --store PATH") from exc
    except OSError as exc:
        raise StoreError(name, f"cannot read: {exc.strerror or exc}") from exc
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise StoreError(name, "not UTF-8 text: save the store as UTF-8", line) from exc


@contextlib.contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while many acyclic objects are made.

    Why: a store of 100,000 events is millions of node and `Item` objects, none
    in a reference cycle; with the collector on, each generation-2 pass walks
    all of them, and reading grows faster than the file (10x the events took
    14x the time). Paused, reading is linear and about 2.5x faster; a build and
    a check, which keep every seed's findings alive, gain as much.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def parse_document(text: str, path: str) -> Item | None:
    """The located tree of a YAML document, or None for an empty one."""
    with gc_paused():
        return _parse_document(text, path)


MAX_DEPTH = 200
"""Deepest nesting read. A store is about five levels deep; deeper text is refused
before it is parsed, because `Item.plain()` and other walkers recurse (and
libyaml's own composer, used elsewhere, crashes the interpreter with a
segmentation fault on a flow collection nested some tens of thousands deep)."""

_BRACKETS = re.compile(r"[^\[\]{}]+")
_DEEP_BLOCK = re.compile(rf"(?:-[ \t]+){{{MAX_DEPTH}}}|^[ \t]{{{2 * MAX_DEPTH}}}", re.M)


def _too_deep(text: str) -> int:
    """The line where nesting may pass `MAX_DEPTH`, or 0 (brackets in quotes count too)."""
    if m := _DEEP_BLOCK.search(text):
        return text.count("\n", 0, m.start()) + 1
    brackets = _BRACKETS.sub("", text)
    if len(brackets) <= 2 * MAX_DEPTH:
        return 0
    depth = 0
    for i, ch in enumerate(brackets):
        depth += 1 if ch in "[{" else -1
        if depth > MAX_DEPTH:
            opener = "[" if ch == "[" else "{"
            return _line_of_nth(text, opener, brackets[: i + 1].count(opener))
    return 0


def _line_of_nth(text: str, ch: str, n: int) -> int:
    pos = -1
    for _ in range(n):
        pos = text.find(ch, pos + 1)
    return text.count("\n", 0, pos) + 1


def _parse_document(text: str, path: str) -> Item | None:
    if line := _too_deep(text):
        raise StoreError(path, f"YAML nested more than {MAX_DEPTH} levels deep", line)
    try:
        return _Builder(text).build()
    except yaml.MarkedYAMLError as exc:
        line, col, problem = _syntax_position(exc, text)
        raise StoreError(path, f"YAML syntax: {problem}", line, col) from exc
    except yaml.YAMLError as exc:
        raise StoreError(path, f"YAML: {exc}") from exc


_OPENED_HERE = ("while scanning a quoted scalar", "while parsing a flow")


def _syntax_position(exc: yaml.MarkedYAMLError, text: str) -> tuple[int, int, str]:
    """Where a curator should look: the line that opened what never closed, when known.

    libyaml reports where it gave up, which for an unclosed quote or bracket is
    lines later (often the end of the file); the context mark says where the
    scalar or the flow collection began.
    """
    problem = exc.problem or exc.context or "invalid YAML"
    context = exc.context or ""
    mark = exc.problem_mark or exc.context_mark
    if exc.context_mark is not None and context.startswith(_OPENED_HERE):
        mark = exc.context_mark
    if mark is None:
        return (0, 0, problem)
    line, col = mark.line + 1, mark.column + 1
    opened = _unclosed_quote_before(text, line)
    if opened:
        return (opened, 1, f"{problem} (a quote opened on this line is never closed)")
    return (line, col, problem)


def _unclosed_quote_before(text: str, line: int) -> int:
    """The nearest line above `line` whose quoted value is left open, or 0.

    A quoted value left open swallows the lines after it up to the next quote
    mark of its kind (an apostrophe, for single quotes); the error shows up there.
    """
    lines = text.splitlines()
    for n in range(min(line, len(lines) + 1) - 1, max(0, line - 500), -1):
        found = _QUOTED_VALUE.match(lines[n - 1])
        if found is None:
            continue
        mark = found.group("q")
        rest = lines[n - 1][found.end() :]
        if mark == '"':
            rest = rest.replace("\\\\", "").replace('\\"', "")
        if rest.count(mark) % 2 == 0:
            return n
    return 0


_QUOTED_VALUE = re.compile(r"""^\s*(?:-\s+)?(?:[^\s:#"'][^:#]*:\s+)?(?P<q>["'])""")
"""A line whose value opens with a quote: `key: "...`, `- '...` or `- key: "...`."""


_NONE: list[Any] = []
"""Shared empty `duplicates`/`aliases` of parsed items (most have none): never appended to."""


class _Builder:
    """`Item`s straight from libyaml's event stream, without composing nodes first.

    Why not `yaml.compose` then a conversion: composing keeps a node (and two
    marks) per value alive beside the items, three times the memory, and a
    store of 100,000 events read that way took 15 times as long as one of
    10,000. From events, reading is linear, about twice as fast, and iterative
    (no recursion however deep the nesting). An alias is never expanded: it
    becomes an empty item recorded where it was written.
    """

    def __init__(self, text: str) -> None:
        self.loader = _Loader(text)
        self.constructor = yaml.constructor.SafeConstructor()
        self.anchors: set[str] = set()

    def build(self) -> Item | None:
        try:
            get = self.loader.get_event
            get()  # stream start
            event = get()
            if isinstance(event, yaml.StreamEndEvent):
                return None
            root = self._document()
            event = get()
            if not isinstance(event, yaml.StreamEndEvent):
                raise yaml.composer.ComposerError(
                    "expected a single document in the stream",
                    None,
                    "but found another document",
                    event.start_mark,
                )
            return root
        finally:
            self.loader.dispose()

    def _document(self) -> Item:
        """From after DocumentStart to DocumentEnd: a stack of open collections."""
        get = self.loader.get_event
        stack: list[list[Any]] = []  # [item, container, pending key item or None]
        root: Item | None = None
        while True:
            event = get()
            kind = type(event)
            if kind is yaml.ScalarEvent:
                item = self._scalar(event)
            elif kind is yaml.MappingStartEvent or kind is yaml.SequenceStartEvent:
                self._anchor(event)
                stack.append(_open(event))
                continue
            elif kind is yaml.MappingEndEvent or kind is yaml.SequenceEndEvent:
                item = stack.pop()[0]
            elif kind is yaml.AliasEvent:
                item = self._alias(event)
            else:  # DocumentEndEvent: a document always holds a node
                assert root is not None
                return root
            if not stack:
                root = item
            else:
                _attach(stack[-1], item)

    def _scalar(self, event: Any) -> Item:
        self._anchor(event)
        mark = event.start_mark
        tag = event.tag
        if tag is None or tag == "!":
            tag = self.loader.resolve(ScalarNode, event.value, event.implicit)
        value = event.value
        if tag != _STR:
            node = ScalarNode(tag, value, mark, event.end_mark, event.style)
            try:
                value = self.constructor.construct_object(node)
            except (yaml.constructor.ConstructorError, ValueError):
                value = event.value
        quoted = event.style in ("'", '"')
        return Item(value, mark.line + 1, mark.column + 1, event.value, quoted, 0, 0, _NONE, _NONE)

    def _anchor(self, event: Any) -> None:
        if event.anchor is not None:
            self.anchors.add(event.anchor)

    def _alias(self, event: Any) -> Item:
        mark = event.start_mark
        if event.anchor not in self.anchors:
            raise yaml.composer.ComposerError(
                None, None, f"found undefined alias {event.anchor!r}", mark
            )
        where = (mark.line + 1, mark.column + 1)
        return Item(None, where[0], where[1], None, False, 0, 0, _NONE, [where])


def _open(event: Any) -> list[Any]:
    """A frame for a collection being read: [its item, its container, a pending key]."""
    mark = event.start_mark
    container: Any = {} if type(event) is yaml.MappingStartEvent else []
    item = Item(container, mark.line + 1, mark.column + 1, None, False, 0, 0, _NONE, _NONE)
    return [item, container, None]


def _attach(frame: list[Any], item: Item) -> None:
    """Put a finished value in the open collection: a list item, a key, or a key's value."""
    parent: Item = frame[0]
    if item.aliases:
        parent.aliases = [*parent.aliases, *item.aliases]
    container = frame[1]
    if type(container) is list:
        container.append(item)
        return
    key_item: Item | None = frame[2]
    if key_item is None:
        frame[2] = item
        return
    frame[2] = None
    key = key_item.raw if key_item.raw is not None else "?"
    item.key_line, item.key_col = key_item.line, key_item.col
    if key in container:
        parent.duplicates = [*parent.duplicates, (key, key_item.line, key_item.col)]
    container[key] = item


def load_tree(path: str | Path) -> Item | None:
    """The store file's located tree (None when empty); `StoreError` when unreadable."""
    return parse_document(read_text(path), str(path))


def event_items(tree: Item | None, path: str) -> list[Item]:
    """The items of the top-level `events:` list."""
    if tree is None:
        return []
    if not isinstance(tree.value, dict):
        raise StoreError(path, "the store must be a mapping with an 'events:' list", tree.line)
    events = tree.get("events")
    if events is None:
        raise StoreError(path, "no 'events:' key: start the file with 'events:'", tree.line)
    if events.value is None:
        return []
    if not isinstance(events.value, list):
        raise StoreError(path, "'events' must be a list of events", *events.where)
    return list(events.value)


def load_events(path: str | Path) -> list[Event]:
    """Every event of the store, or `StoreError` at the first value that is not usable."""
    name = str(path)
    return [event_from_item(item, name) for item in event_items(load_tree(path), name)]


def _text(item: Item | None, path: str, what: str, required: bool = False) -> str | None:
    if item is None or item.value is None:
        if required:
            raise StoreError(path, f"missing {what}", item.line if item else 0)
        return None
    if isinstance(item.value, (dict, list)):
        raise StoreError(path, f"{what} must be text", item.line, item.col)
    return str(item.raw if item.raw is not None else item.value)


def date_of(item: Item, path: str, what: str = "date") -> EdtfDate:
    """An EDTF date from a scalar however YAML typed it (2024 int, 2024-06-01 date, or text)."""
    value = item.raw if item.raw is not None and not isinstance(item.value, dt.date) else item.value
    try:
        return EdtfDate.from_yaml(value if not isinstance(value, (dict, list)) else repr(value))
    except DateError as exc:
        raise StoreError(path, f"{what}: {exc}", item.line, item.col) from exc


def event_from_item(item: Item, path: str) -> Event:
    if not isinstance(item.value, dict):
        raise StoreError(path, "each event must be a mapping (id:, date:, title:, ...)", item.line)
    event_id = _text(item.get("id"), path, "id") or ""
    if not event_id:
        raise StoreError(path, "event without an id", item.line, item.col)
    date_item = item.get("date")
    if date_item is None:
        raise StoreError(path, f"event {event_id!r} has no date", item.line, item.col)
    tags_item = item.get("tags")
    tags = [str(t.value) for t in tags_item.value] if tags_item and tags_item.value else []
    sources_item = item.get("sources")
    sources = [
        source_from_item(s, path)
        for s in (
            sources_item.value if sources_item and isinstance(sources_item.value, list) else []
        )
    ]
    return Event(
        id=event_id,
        date=date_of(date_item, path),
        title=_text(item.get("title"), path, "title") or "",
        status=_text(item.get("status"), path, "status") or "candidate",
        tags=tags,
        sources=sources,
        note=_text(item.get("note"), path, "note"),
        line=item.line,
    )


def source_from_item(item: Item, path: str) -> Source:
    if not isinstance(item.value, dict):
        raise StoreError(path, "each source must be a mapping (seed:, quote:, ...)", item.line)
    resolved = item.get("resolved")
    return Source(
        seed=_text(item.get("seed"), path, "seed", required=True) or "",
        lang=_text(item.get("lang"), path, "lang"),
        expression=_text(item.get("expression"), path, "expression"),
        resolved=date_of(resolved, path, "resolved")
        if resolved is not None and resolved.value is not None
        else None,
        quote=_text(item.get("quote"), path, "quote"),
        dispute=_text(item.get("dispute"), path, "dispute"),
        line=item.line,
    )


def find_store(explicit: str | Path | None) -> Path:
    """The store to use: the one given, else `data/events.yaml` here or in a parent folder."""
    if explicit is not None:
        return Path(explicit)
    here = Path.cwd()
    for folder in (here, *here.parents):
        candidate = folder / DEFAULT_STORE
        if candidate.is_file():
            return Path(os.path.relpath(candidate))
    return DEFAULT_STORE


def write_atomic(path: str | Path, text: str) -> None:
    """Write through a temporary file in the same folder, then rename: never a half-written file."""
    target = Path(path)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, Path(path).stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
