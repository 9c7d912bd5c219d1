"""Reading `events.yaml` with the line and column of every key and value, and writing it atomically.

Reading composes the YAML into nodes (libyaml's C composer when available) and
converts them here, so that every value keeps where it was written, duplicate
keys are seen (PyYAML's loader keeps the last one silently), and aliases are
refused instead of expanded (no billion-laughs). `check` works on the located
tree (`Item`); everything else asks for `Event`s.
"""

from __future__ import annotations

import bisect
import contextlib
import datetime as dt
import gc
import os
import re
import stat
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import yaml
from yaml.nodes import ScalarNode

from timeline.model import DateError, EdtfDate, Event, Source

DEFAULT_STORE = Path("data") / "events.yaml"
EVENT_KEYS = (
    "id",
    "date",
    "title",
    "status",
    "tags",
    "sources",
    "note",
    "links",
    "wikidata",
    "place",
    "kind",
    "may_be",
)
SOURCE_KEYS = ("seed", "lang", "expression", "resolved", "quote", "dispute")

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STR = "tag:yaml.org,2002:str"


class StoreError(Exception):
    """A store that cannot be read or used; `str()` names the file and line and what to do."""

    refusal = False
    """True when the store is fine but the command will not touch it (locked, read-only,
    changed meanwhile): no use sending the user to `timeline check`."""

    def __init__(
        self, path: str, message: str, line: int = 0, col: int = 0, *, refusal: bool = False
    ) -> None:
        where = path + (f":{line}" if line else "") + (f":{col}" if line and col else "")
        super().__init__(f"{where}: {message}")
        self.path = path
        self.line = line
        self.col = col
        self.message = message
        self.refusal = refusal or type(self).refusal


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


MAX_STORE_BYTES = 256 * 1024 * 1024
"""A larger store (100,000 events are about 50 MB) is refused before it is read."""


def read_text(path: str | Path) -> str:
    """The store's text, or `StoreError` (too large, not a regular file, binary, not UTF-8)."""
    return decode_store(read_bytes(path), str(path))


def read_bytes(path: str | Path) -> bytes:
    """The store file's bytes, refusing before reading what is not a store-sized regular file.

    A device, pipe or folder (`--store /dev/zero`) reports no size, so the size limit
    alone would let it be read for ever: only a regular file (or a link to one) is read.
    """
    name = str(path)
    try:
        info = Path(path).stat()
        if not stat.S_ISREG(info.st_mode):
            raise StoreError(
                name, f"{_kind(info.st_mode)}, not a store file: pass --store FILE", refusal=True
            )
        size = info.st_size
        if size > MAX_STORE_BYTES:
            raise StoreError(
                name,
                f"{size / 2**20:,.0f} MB is too large for a store (at most "
                f"{MAX_STORE_BYTES // 2**20} MB): check that it is the right file",
            )
        with open(path, "rb") as handle:
            data = handle.read(MAX_STORE_BYTES + 1)
        if len(data) > MAX_STORE_BYTES:
            raise StoreError(name, f"more than {MAX_STORE_BYTES // 2**20} MB: not a store")
    except FileNotFoundError as exc:
        raise StoreError(name, "no such store: create it or pass --store PATH") from exc
    except OSError as exc:
        raise StoreError(name, f"cannot read: {exc.strerror or exc}") from exc
    return data


def _kind(mode: int) -> str:
    """What a file that is not a regular file is, in a user's words."""
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISFIFO(mode):
        return "a pipe"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def decode_store(data: bytes, name: str) -> str:
    """UTF-8 text of a store's bytes, or `StoreError` saying what the bytes are instead."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise StoreError(name, "UTF-16 text, not UTF-8: save the store as UTF-8", 1)
    nul = data.find(b"\x00")
    if nul >= 0:
        line = data.count(b"\n", 0, nul) + 1
        raise StoreError(
            name, "a NUL byte: this is a binary file, not YAML text (is it the right file?)", line
        )
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        col = exc.start - data.rfind(b"\n", 0, exc.start)
        raise StoreError(
            name,
            f"not UTF-8 text (byte 0x{data[exc.start]:02x}): save the store as UTF-8",
            line,
            col,
        ) from exc


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
    except yaml.reader.ReaderError as exc:
        line, col = _position_of(text, chr(exc.character))
        raise StoreError(
            path,
            f"YAML syntax: the character U+{exc.character:04X} is not allowed in YAML "
            "(a control character): delete it, or write it as an escape in a double-quoted value",
            line,
            col,
        ) from exc
    except yaml.YAMLError as exc:
        raise StoreError(path, f"YAML: {exc}") from exc


_OPENED_HERE = (
    "while scanning a quoted scalar",
    "while parsing a flow",
    "while scanning a simple key",
)
"""Contexts whose mark is where the curator's mistake is: a quote or bracket left open, or
a line that is neither `key: value` nor `- item` (libyaml reads on until the next ':')."""
_HINTS = {
    "could not find expected ':'": (
        "this line is neither 'key: value' nor '- item': add the missing ': ' "
        "(or quote the value), or remove the line"
    ),
    "mapping values are not allowed in this context": (
        "a value holds ': ', or a key is indented deeper than its neighbours: "
        "quote the value, or align the key"
    ),
    "found character that cannot start any token": (
        "a tab, or a character such as '@' or '`' starts a value: indent with spaces, "
        "quote the value"
    ),
    "found a tab character that violates indentation": "indent with spaces, never tabs",
    "found a tab character where an indentation space is expected": (
        "indent with spaces, never tabs"
    ),
    "did not find expected key": (
        "check this line's indentation against its neighbours, and that nothing follows "
        "a closing quote or bracket"
    ),
    "did not find expected ',' or ']'": "close the list with ']' on this line",
    "did not find expected ',' or '}'": "close the mapping with '}' on this line",
    "but found another document": (
        "a second '---' starts another YAML document, but the store is one: remove it "
        "and keep every event under the one 'events:'"
    ),
    "did not find expected <document start>": (
        "nothing may follow '...', the end of the document: remove it or what follows"
    ),
}


def _position_of(text: str, ch: str) -> tuple[int, int]:
    """1-based line and column of the first `ch` in `text` (1, 1 when absent)."""
    pos = text.find(ch)
    if pos < 0:
        return (1, 1)
    return (text.count("\n", 0, pos) + 1, pos - text.rfind("\n", 0, pos))


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
    line, col = mark_position(mark, text)
    opened = _unclosed_quote_before(text, line)
    if opened:
        return (
            opened,
            1,
            f"{problem}: a quote opened on this line is never closed: end the value with the "
            'same quote mark (inside double quotes write \\" for a quote mark)',
        )
    if context == "while parsing a flow node" and (opener := _open_bracket(text, line, col)):
        return (
            opener[0],
            opener[1],
            f"{problem}: the bracket opened here is never closed: close it with "
            f"{']' if opener[2] == '[' else '}'!r}",
        )
    if problem.startswith(_UNEXPECTED_ITEM):
        first = _first_item_without_dash(text, line)
        if first:
            return (
                first[0],
                first[1],
                f"{problem}: this first item of the list has no '- ' (the item on line "
                f"{line} has one): write it as '- ' followed by its first key",
            )
    if problem == "mapping values are not allowed in this context":
        odd = _misaligned_key(text, line)
        if odd:
            return (
                odd[0],
                odd[1],
                f"{problem}: the keys on lines {min(odd[0], odd[2])} and {max(odd[0], odd[2])} "
                "belong to one mapping but are not aligned: indent this line like its "
                "neighbours",
            )
    if problem == "did not find expected '-' indicator":
        odd = _misaligned_key(text, line, dash=True)
        if odd:
            return (
                odd[0],
                odd[1],
                f"{problem}: the '- ' on line {odd[0]} and the key on line {odd[2]} are at "
                "one column, so the key reads as the list's next item: indent this line "
                "like its neighbours",
            )
    hint = _HINTS.get(problem)
    lines = text.split("\n")
    if 0 < line <= len(lines) and re.match(r"\s*-[^\s-]", lines[line - 1]):
        hint = "a '-' that starts a list item is followed by a space: write '- '"
    if 0 < line <= len(lines) and (pasted := _ODD_SPACE.search(lines[line - 1])):
        name = _SPACE_NAMES.get(pasted.group(1), "an unusual space")
        hint = (
            f"this line holds a U+{ord(pasted.group(1)):04X} ({name}) where YAML needs a plain "
            "space: type a plain space instead"
        )
    if problem == "but found another document":
        problem = "a second document"
    return (line, col, f"{problem}: {hint}" if hint else problem)


_KEY_LINE = re.compile(r"^( *)(- +)?([^\s#'\"\[{:-][^:#]*?):( +[^\s#].*)?$")
"""`key: value`, `- key: value` or `key:` (groups: indent, dash, key, value)."""


def _key_column(line: str) -> tuple[int, bool] | None:
    """The column (0-based) a line's key starts at, and whether the line holds a value."""
    m = _KEY_LINE.match(line)
    if m is None:
        return None
    return (len(m.group(1)) + len(m.group(2) or ""), bool(m.group(4)))


def _misaligned_key(text: str, line: int, dash: bool = False) -> tuple[int, int, int] | None:
    """(line, column, other line) of the odd one of two keys meant to be aligned, or None.

    A key indented deeper than the `key: value` above it reads as the rest of that
    value, so YAML fails on the deeper line. Which of the two is misplaced shows
    in the next line: back at the upper key's column, the deeper key is the odd
    one; at the deeper key's column, the upper one is (a `- ` line dedented).
    """
    lines = text.split("\n")
    if not 1 < line <= len(lines):
        return None
    here = _key_column(lines[line - 1])
    above = next(
        (
            n
            for n in range(line - 1, 0, -1)
            if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")
        ),
        0,
    )
    up = _key_column(lines[above - 1]) if above else None
    if here is None or up is None:
        return None
    if dash:  # `- key: value` above a `key:` written where its dash is
        m = _KEY_LINE.match(lines[above - 1])
        if m is None or not m.group(2) or len(m.group(1)) != here[0]:
            return None
        up = (len(m.group(1)), True)
    elif not up[1] or here[0] <= up[0]:
        return None
    below = next(
        (
            n
            for n in range(line + 1, len(lines) + 1)
            if lines[n - 1].strip() and not lines[n - 1].lstrip().startswith("#")
        ),
        0,
    )
    after = _key_column(lines[below - 1]) if below else None
    if after is not None and after[0] == here[0] and not lines[below - 1].lstrip().startswith("-"):
        return (above, up[0] + 1, line)
    return (line, here[0] + 1, above)


_ODD_SPACE = re.compile("(?:^[ \\t]*|[:-])([\\u00a0\\u2000-\\u200b\\u202f\\u205f\\u3000\\ufeff])")
"""Spaces pasted from web pages and word processors, which YAML takes for text."""
_SPACE_NAMES = {"\u00a0": "a no-break space", "\u200b": "a zero-width space"}


def _open_bracket(text: str, line: int, col: int) -> tuple[int, int, str] | None:
    """(line, column, bracket) of the innermost '[' or '{' still open at `end`, if any.

    Quoted values and comments are skipped, roughly (enough to find the opener a
    reader forgot to close when YAML only fails at the end of the file).
    """
    stack: list[int] = []
    i, quote = 0, ""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1 or len(text)
    end = min(start + col - 1, len(text))
    while i < end:
        ch = text[i]
        if quote:
            if ch == "\\" and quote == '"':
                i += 1
            elif ch == quote:
                quote = ""
        elif ch in "\"'" and (i == 0 or text[i - 1] in " \t\n[{,:-"):
            quote = ch
        elif ch == "#" and (i == 0 or text[i - 1] in " \t\n"):
            nl = text.find("\n", i)
            i = end if nl < 0 else nl
            continue
        elif ch in "[{":
            stack.append(i)
        elif ch in "]}" and stack:
            stack.pop()
        i += 1
    if not stack:
        return None
    at = stack[-1]
    return (text.count("\n", 0, at) + 1, at - text.rfind("\n", 0, at), text[at])


_UNEXPECTED_ITEM = ("did not find expected key", "expected <block end>, but found '<block seq")


def _first_item_without_dash(text: str, line: int) -> tuple[int, int] | None:
    """Where a list's first item lost its dash, when `line` is a later item that kept it.

    `events:` then `    id: ...` (no dash) reads as a mapping, and YAML only
    fails at the next `  - id:`, however many lines below.
    """
    lines = text.split("\n")
    if not 0 < line <= len(lines):
        return None
    item = re.match(r"( *)- ", lines[line - 1])
    if item is None:
        return None
    indent = len(item.group(1))
    for n in range(line - 1, 0, -1):
        content = lines[n - 1]
        stripped = content.lstrip(" ")
        if not stripped or stripped.startswith("#") or len(content) - len(stripped) >= indent:
            continue
        if not re.sub(r"\s+#.*$", "", stripped).rstrip().endswith(":"):
            return None
        break
    else:
        return None
    for m in range(n + 1, line):
        content = lines[m - 1]
        stripped = content.lstrip(" ")
        if not stripped or stripped.startswith("#"):
            continue
        depth = len(content) - len(stripped)
        if depth > indent and not stripped.startswith("-"):
            return (m, depth + 1)
        return None
    return None


def _unclosed_quote_before(text: str, line: int) -> int:
    """The nearest line above `line` whose quoted value is left open, or 0.

    A quoted value left open swallows the lines after it up to the next quote
    mark of its kind (an apostrophe, for single quotes); the error shows up there.
    """
    lines = text.split("\n")
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


_OTHER_BREAKS = re.compile("\r(?!\n)|[\x85\u2028\u2029]")
"""What YAML's marks count as a line break besides "\n": a lone CR, NEL, LS and PS.
Lines are "\n"-separated everywhere else (editors, `yamledit`, messages): a store
whose quoted text holds U+2028 is read with positions converted (see `_Lines`)."""


def split_lines(text: str) -> list[str]:
    """The lines of `text` with their ends kept, split on "\n" only.

    `str.splitlines` also splits on U+2028, U+2029, U+0085 and other characters that
    may sit inside a quoted value: a line cut there looks unindented and ends the list.
    """
    lines = text.split("\n")
    out = [line + "\n" for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


class _Lines:
    """1-based line and column of a YAML mark, counting "\n" only (from its character index)."""

    def __init__(self, text: str) -> None:
        self.starts = [0, *(m.end() for m in re.finditer("\n", text))]

    def __call__(self, mark: Any) -> tuple[int, int]:
        line = bisect.bisect_right(self.starts, mark.index)
        return line, mark.index - self.starts[line - 1] + 1


def mark_position(mark: Any, text: str) -> tuple[int, int]:
    """1-based line and column of a YAML mark in `text`, lines split on "\n" only."""
    return positions(text)(mark)


def positions(text: str) -> Any:
    """A function from a YAML mark of `text` to its 1-based (line, column), "\n" lines."""
    if _OTHER_BREAKS.search(text) is None:
        return lambda mark: (mark.line + 1, mark.column + 1)
    return _Lines(text)


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
        self.lines = _Lines(text) if _OTHER_BREAKS.search(text) else None
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
                if event.tag is not None and event.tag != "!":
                    _refuse_tag(event, _COLLECTION_TAGS)
                stack.append(_open(event, self.lines))
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
        else:
            _refuse_tag(event, _SCALAR_TAGS)
        value = event.value
        if tag != _STR:
            node = ScalarNode(tag, value, mark, event.end_mark, event.style)
            try:
                value = self.constructor.construct_object(node)
            except (yaml.constructor.ConstructorError, ValueError, TypeError) as exc:
                if event.tag not in (None, "!"):
                    raise yaml.constructor.ConstructorError(
                        None,
                        None,
                        f"{event.value!r} is not a valid {tag.rsplit(':', 1)[-1]}: "
                        "remove the tag or correct the value",
                        mark,
                    ) from exc
                value = event.value
        quoted = event.style in ("'", '"')
        line, col = (mark.line + 1, mark.column + 1) if self.lines is None else self.lines(mark)
        return Item(value, line, col, event.value, quoted, 0, 0, _NONE, _NONE)

    def _anchor(self, event: Any) -> None:
        if event.anchor is not None:
            self.anchors.add(event.anchor)

    def _alias(self, event: Any) -> Item:
        mark = event.start_mark
        if event.anchor not in self.anchors:
            raise yaml.composer.ComposerError(
                None, None, f"found undefined alias {event.anchor!r}", mark
            )
        where = (mark.line + 1, mark.column + 1) if self.lines is None else self.lines(mark)
        return Item(None, where[0], where[1], None, False, 0, 0, _NONE, [where])


_Y = "tag:yaml.org,2002:"
_SCALAR_TAGS = frozenset(_Y + k for k in ("str", "int", "float", "bool", "null", "timestamp"))
_COLLECTION_TAGS = frozenset((_Y + "map", _Y + "seq"))


def _refuse_tag(event: Any, allowed: frozenset[str]) -> None:
    """A tag other than YAML's plain types (`!!python/object`, `!custom`) is an error."""
    if event.tag not in allowed:
        raise yaml.constructor.ConstructorError(
            None,
            None,
            f"the tag {event.tag!r} is refused: the store is plain data; remove the tag",
            event.start_mark,
        )


def _open(event: Any, lines: _Lines | None) -> list[Any]:
    """A frame for a collection being read: [its item, its container, a pending key]."""
    mark = event.start_mark
    container: Any = {} if type(event) is yaml.MappingStartEvent else []
    line, col = (mark.line + 1, mark.column + 1) if lines is None else lines(mark)
    item = Item(container, line, col, None, False, 0, 0, _NONE, _NONE)
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
    value = item.raw if item.raw is not None and type(item.value) is not dt.date else item.value
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
    tags_item, links = item.get("tags"), item.get("links")
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
        links=[str(u.value) for u in links.value]
        if links and isinstance(links.value, list)
        else [],
        wikidata=_text(item.get("wikidata"), path, "wikidata"),
        place=_text(item.get("place"), path, "place"),
        kind=_text(item.get("kind"), path, "kind"),
        may_be=_links(item.get("may_be")),
    )


def _links(item: Item | None) -> list[tuple[str, float]]:
    """`may_be: [{id: ..., score: ...}]` as pairs; what is not of that shape is left out
    (`check` reports it)."""
    if item is None or not isinstance(item.value, list):
        return []
    out = []
    for link in item.value:
        target = link.get("id")
        score = link.get("score")
        if target is not None and isinstance(target.value, str):
            value = score.value if score is not None else 0.0
            number = float(value) if isinstance(value, (int, float)) else 0.0
            out.append((target.value, number))
    return out


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
    """Write `text` through `atomic_file`: never a half-written file."""
    with atomic_file(path) as stream:
        stream.write(text.encode("utf-8"))


@contextlib.contextmanager
def atomic_file(path: str | Path) -> Iterator[IO[bytes]]:
    """A binary file written in the same folder as `path` and renamed onto it once complete.

    On any error the temporary file is removed and `path` is left as it was. A symbolic
    link is written through: the file it leads to is replaced and the link stays a link
    (renaming over the link itself would leave its target as it was). The file's
    permission bits are kept. The store, `show --output` and archive outputs use it.
    """
    target = Path(os.path.realpath(path))
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as stream:
            yield stream
            stream.flush()
            os.fsync(stream.fileno())
        with contextlib.suppress(OSError):
            os.chmod(tmp, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        os.replace(tmp, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --- the lock every command that writes the store takes ----------------------------------


class StoreLocked(StoreError):
    """Another timeline command holds the store's lock: this one is refused, nothing written."""

    refusal = True


class StoreChanged(StoreError):
    """The store changed on disk after it was read: writing would lose that change."""

    refusal = True


def lock_path(path: str | Path) -> Path:
    """`<store>.lock` beside the file a store path leads to (a link is followed: two links
    to one store share its lock)."""
    target = Path(path)
    if target.is_symlink():
        target = Path(os.path.realpath(target))
    return target.with_name(target.name + ".lock")


@contextlib.contextmanager
def locked(path: str | Path, command: str = "timeline") -> Iterator[Path]:
    """Hold the lock of the store at `path` for the duration, or raise `StoreLocked` at once.

    The lock is `<store>.lock`, held with `flock` (released by the system when the
    holder dies, however it dies) and holding the holder's pid and command for the
    message others get. A lock file left by a killed process (its pid gone) is taken
    over; one naming a live process that is not holding it (an older timeline) is
    respected. The file is removed on release. `command` names the holder, e.g.
    "build". Yields the lock file's path.
    """
    lock = lock_path(path)
    try:
        import fcntl
    except ImportError:  # Windows: no flock, and os.kill(pid, 0) would end the process
        raise StoreError(
            str(lock),
            "this system has no POSIX file locking (fcntl): commands that write the store "
            "run on Linux, macOS or WSL; reading commands (show, check, list) work here",
            refusal=True,
        ) from None
    for _attempt in range(20):
        try:
            fd = os.open(lock, os.O_CREAT | os.O_RDWR, 0o644)
        except OSError as exc:
            raise StoreError(str(lock), f"cannot create the lock: {exc.strerror or exc}") from exc
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(fd)
            raise StoreLocked(str(lock), _held_message(lock)) from None
        try:
            same = os.fstat(fd).st_ino == os.stat(lock).st_ino
        except OSError:
            same = False
        if not same:  # removed by its last holder between our open and our flock: again
            os.close(fd)
            continue
        pid = _holder(lock)
        if pid is not None and pid != -1 and _alive(pid):
            os.close(fd)
            raise StoreLocked(str(lock), _held_message(lock))
        break
    else:
        raise StoreLocked(str(lock), _held_message(lock))
    try:
        os.ftruncate(fd, 0)
        os.write(fd, f"{os.getpid()}\n{command}\n".encode())
        yield lock
    finally:
        with contextlib.suppress(OSError):
            os.unlink(lock)
        os.close(fd)


def _held_message(lock: Path) -> str:
    pid = _holder(lock)
    try:
        lines = lock.read_text(encoding="utf-8", errors="replace").splitlines()
    except OSError:
        lines = []
    what = f"`timeline {lines[1].strip()}`" if len(lines) > 1 else "another timeline command"
    who = f" (pid {pid})" if pid not in (None, -1) else ""
    return (
        f"locked by {what}{who}: wait for it to finish and run again "
        "(delete the lock file only if no timeline command is running)"
    )


def _holder(lock: Path) -> int | None:
    """The pid written in a lock file; None when there is none, -1 when it is not a pid."""
    try:
        first = lock.read_text(encoding="ascii", errors="replace").split("\n", 1)[0].strip()
    except OSError:
        return None
    if not first:
        return None
    return int(first) if first.isdigit() else -1


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True  # a lock naming us that we do not hold: written by hand, respected
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OverflowError):
        return True
    return True


@dataclass(slots=True)
class Edit:
    """The store as one command read it under the lock; `write` replaces it once."""

    path: Path
    """The store as named (in messages)."""
    target: Path
    """The file written: the store with symbolic links followed."""
    data: bytes
    text: str
    written: bool = False

    def write(self, text: str) -> None:
        """Replace the store atomically, unless its bytes changed since they were read.

        `StoreChanged` (nothing written) when someone saved the file in between: an
        editor, or a tool that does not take the lock. `StoreError` when it cannot be
        written (read-only folder, full disk): the store is left as it was.
        """
        name = str(self.path)
        mode = stat.S_IMODE(self.target.stat().st_mode)
        if not mode & 0o222:
            raise StoreError(
                name,
                f"read-only (mode {mode:04o}): nothing written; "
                "make it writable (chmod u+w) if it is meant to change",
                refusal=True,
            )
        try:
            now = self.target.read_bytes()
        except OSError as exc:
            raise StoreError(name, f"cannot read again: {exc.strerror or exc}") from exc
        if now != self.data:
            raise StoreChanged(
                name, "changed on disk while this command ran: nothing written; run it again"
            )
        data = text.encode("utf-8")  # once: a build writes megabytes
        try:
            with atomic_file(self.target) as stream:
                stream.write(data)
        except OSError as exc:
            raise StoreError(
                name, f"cannot write: {exc.strerror or exc}; nothing changed", refusal=True
            ) from exc
        self.data = data
        self.text = text
        self.written = True


@contextlib.contextmanager
def editing(path: str | Path, command: str) -> Iterator[Edit]:
    """The one way to change the store: lock, read, let the caller write once, unlock.

    Every command that writes the store uses it (`build`, `check --fix`, `add`, and
    any curation command to come), so two of them never interleave and none writes
    over a change it has not read::

        with store.editing(path, "review") as edit:      # StoreLocked if another holds it
            new_text = change(edit.text)                 # plan from edit.text only
            edit.write(new_text)                         # StoreChanged if the file moved

    Refused (`StoreError`): a store that is not a regular file, before it is read; one
    that is read-only (mode 0444: someone meant it not to change), when there is
    something to write (a build that adds nothing succeeds). A symbolic link is
    followed: its target is locked, read and replaced, the link stays. Do slow work
    that does not need the store (reading seeds) before entering, to hold the lock
    briefly; a refusal then costs nothing but a rerun.
    """
    name = str(path)
    target = Path(os.path.realpath(path))
    try:
        info = target.stat()
    except FileNotFoundError:
        raise StoreError(name, "no such store: create it or pass --store PATH") from None
    except OSError as exc:
        raise StoreError(name, f"cannot read: {exc.strerror or exc}") from exc
    if not stat.S_ISREG(info.st_mode):  # before a lock file is made beside /dev/zero
        raise StoreError(
            name, f"{_kind(info.st_mode)}, not a store file: pass --store FILE", refusal=True
        )
    with locked(path, command):
        data = read_bytes(target)
        yield Edit(Path(path), target, data, decode_store(data, name))
