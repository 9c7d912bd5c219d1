"""Inserting events into a curated `events.yaml` without rewriting a byte a curator wrote.

Why a line splice and not a YAML round trip: the store is a human document under
git, and a build may only *add* to it. ruamel.yaml's round trip was measured on
the shipped store's layout: it re-emits every line (so any style it does not
model, such as an odd indentation or spacing, is normalized), it attaches a
comment written above an event to the *previous* event, so a new event lands
between a header comment ("# --- 2024 ---") and the event it heads, it drops
the blank line between events, and it takes about 15 s to load and dump a store
of 4,000 events (PyYAML's C composer reads it in about 1 s). Here the file is
never re-emitted: the new events are rendered as text in the file's own
indentation and inserted as whole lines between existing events, and the result
is parsed again and compared with the original before anything is written.

Where a new event goes between events A and B: after A's last line and after the
comment lines indented deeper than the list's dashes (they belong to A), before
the blank lines and shallower comments that open B (they belong to B).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import yaml
from yaml.nodes import MappingNode, Node, ScalarNode, SequenceNode

from timeline.store import Item, StoreError, event_items, parse_document

ALWAYS_QUOTED = frozenset({"date", "resolved", "quote"})
"""Keys whose values are always written double-quoted, as in the shipped store.

A date left plain would be read back by YAML as a date or an integer; quotes are
sentences full of colons and quotation marks, and quoting them all keeps the file
uniform for the people who read it.
"""

_EMPTY_EVENTS = re.compile(
    r"^(?P<key>events\s*:)[ \t]*(?:\[\s*\]|~|null|Null|NULL)?[ \t]*(?P<comment>#.*)?$"
)
_PLAIN_UNSAFE = re.compile(r"^[-?:,\[\]{}#&*!|>'\"%@`\s]|:\s|\s#|:$|\s$|[\x00-\x1f\x7f-\x9f]")
_PRINTABLE_SET = "\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff"
_ESCAPE = re.compile(f'["\\\\]|[^{_PRINTABLE_SET}]')
"""What a double-quoted scalar must escape: the quote, the backslash, and what YAML would not
keep literally (control characters, NEL, the line and paragraph separators, a BOM)."""
_NONPRINTABLE = re.compile(f"[^{_PRINTABLE_SET}]")


_RESOLVER = yaml.resolver.Resolver()
_STR = "tag:yaml.org,2002:str"


class SpliceError(Exception):
    """The new text would not read back as the old store plus the new events: nothing is written."""


@dataclass(slots=True)
class Layout:
    """Where the events list sits in the file and how it is indented."""

    lines: list[str]
    key_line: int
    """0-based index of the `events:` line."""
    gaps: list[int]
    """gaps[i]: the line before which an event inserted at list position i goes."""
    dash_col: int
    key_col: int
    blank_between: bool
    newline: str
    empty_form: bool
    """The list is written `events: []` (or `events:` with nothing): the key line is rewritten."""


def layout(text: str, tree: Item | None, path: str) -> Layout:
    """The events list's position, indentation and separators in `text` (parsed as `tree`)."""
    lines = text.splitlines(keepends=True)
    newline = "\r\n" if "\r\n" in text[: text.find("\n") + 1 or len(text)] else "\n"
    if tree is None or not isinstance(tree.value, dict) or tree.get("events") is None:
        raise StoreError(path, "no 'events:' key: start the file with 'events:'")
    events = tree.get("events")
    assert events is not None
    key_line = events.key_line - 1
    items = event_items(tree, path)
    if not items:
        return _empty_layout(lines, key_line, newline, path)
    if not isinstance(events.value, list) or events.line - 1 == key_line:
        raise StoreError(
            path,
            "build adds to a block list: write 'events:' then one '- id:' per line",
            events.line,
        )
    dashes = [_dash_line(lines, item) for item in items]
    dash_col = len(lines[dashes[0]]) - len(lines[dashes[0]].lstrip(" "))
    first = items[0]
    key_col = first.col - 1 if first.line - 1 == dashes[0] else dash_col + 2
    end = _list_end(lines, key_line, dash_col)
    starts = [*dashes, end]
    gaps = [key_line + 1] + [
        _split(lines, starts[i], starts[i + 1], dash_col) for i in range(len(items))
    ]
    blank = len(items) < 2 or any(
        not lines[j].strip()
        for i in range(len(items) - 1)
        for j in range(gaps[i + 1], dashes[i + 1])
    )
    return Layout(lines, key_line, gaps, dash_col, key_col, blank, newline, False)


def _empty_layout(lines: list[str], key_line: int, newline: str, path: str) -> Layout:
    if not _EMPTY_EVENTS.match(lines[key_line].rstrip("\r\n")):
        raise StoreError(
            path, "build adds to a block list: write 'events:' or 'events: []'", key_line + 1
        )
    return Layout(lines, key_line, [key_line + 1], 2, 4, True, newline, True)


def _dash_line(lines: list[str], item: Item) -> int:
    """The line of an item's '-': its own line, or the nearest line above holding only '-'."""
    line = item.line - 1
    if lines[line][: item.col - 1].strip().startswith("-"):
        return line
    while line > 0:
        line -= 1
        if lines[line].strip() == "-":
            return line
    raise SpliceError(f"no '-' found for the event at line {item.line}")


def _list_end(lines: list[str], key_line: int, dash_col: int) -> int:
    """The first line after the list: a top-level key or a document marker, else the end."""
    for i in range(key_line + 1, len(lines)):
        line = lines[i]
        if not line.strip() or line[0] in " \t#":
            continue
        if dash_col == 0 and line[0] == "-" and line[1:2] in ("", " ", "\t", "\r", "\n"):
            continue
        return i
    return len(lines)


def _is_comment(line: str) -> bool:
    return line.lstrip().startswith("#")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip(" \t"))


def _split(lines: list[str], start: int, end: int, dash_col: int) -> int:
    """Where an event after the item spanning [start, end) goes (see the module's docstring)."""
    gap_start = end
    while gap_start > start + 1 and (
        not lines[gap_start - 1].strip() or _is_comment(lines[gap_start - 1])
    ):
        gap_start -= 1
    split = gap_start
    for j in range(gap_start, end):
        if _is_comment(lines[j]) and _indent(lines[j]) > dash_col:
            split = j + 1
    return split


# --- rendering ------------------------------------------------------------------------


def scalar(value: object, quoted: bool = False) -> str:
    """A scalar as YAML text: plain when it reads back as the same string, else double-quoted."""
    if value is None:
        return "null"
    text = str(value)
    if not quoted and _plain_ok(text):
        return text
    return _double_quoted(text)


@functools.lru_cache(maxsize=4096)
def _plain_ok(text: str) -> bool:
    """Plain text that YAML reads back as this very string (not a date, number, bool or null)."""
    if not text or _PLAIN_UNSAFE.search(text) or "\n" in text or "\r" in text:
        return False
    if _NONPRINTABLE.search(text):
        return False
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    return bool(tag == "tag:yaml.org,2002:str")


def _double_quoted(text: str) -> str:
    """YAML double-quoted text; every character YAML would not keep literally is escaped."""
    return '"' + _ESCAPE.sub(_escape, text) + '"'


def _escape(match: re.Match[str]) -> str:
    ch = match.group()
    if ch in '"\\':
        return "\\" + ch
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    code = ord(ch)
    if code <= 0xFF:
        return f"\\x{code:02x}"
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def render_mapping(data: Mapping[str, Any], dash_col: int, key_col: int) -> list[str]:
    """A mapping as a block sequence entry, '-' at `dash_col`, keys at `key_col` (no newlines).

    Values are text, lists of text (written in flow style, `[]` when empty) or
    lists of mappings (block style, indented the same way one level deeper).
    """
    first = " " * dash_col + "- " + " " * (key_col - dash_col - 2)
    pad = " " * key_col
    lines: list[str] = []
    for key, value in data.items():
        head = f"{pad if lines else first}{key}:"
        if isinstance(value, list):
            if not value or not isinstance(value[0], dict):
                lines.append(head + " [" + ", ".join(scalar(v) for v in value) + "]")
                continue
            lines.append(head)
            for child in value:
                lines.extend(render_mapping(child, key_col + dash_col, key_col + key_col))
        else:
            lines.append(f"{head} {scalar(value, key in ALWAYS_QUOTED)}")
    return lines


# --- splicing -------------------------------------------------------------------------


def blocks(where: Layout, inserts: Sequence[tuple[int, Mapping[str, Any]]]) -> dict[int, list[str]]:
    """The lines to insert before each line index of the file, separators included."""
    nl = where.newline
    out: dict[int, list[str]] = {}
    for position, event in sorted(inserts, key=lambda pair: pair[0]):
        rendered = [line + nl for line in render_mapping(event, where.dash_col, where.key_col)]
        block = out.setdefault(where.gaps[position], [])
        if where.blank_between and (block or position > 0):
            block.append(nl)
        block.extend(rendered)
    head = where.key_line + 1
    if where.blank_between and head in out and not where.empty_form:
        out[head].append(nl)
    return out


def insert(text: str, where: Layout, added: dict[int, list[str]]) -> str:
    """`text` with the `blocks` inserted (an empty `events: []` loses its `[]`)."""
    if not added:
        return text
    lines = list(where.lines)
    if lines and not lines[-1].endswith("\n"):
        lines[-1] += where.newline
    if where.empty_form:
        match = _EMPTY_EVENTS.match(lines[where.key_line].rstrip("\r\n"))
        assert match is not None
        comment = f"  {match.group('comment')}" if match.group("comment") else ""
        lines[where.key_line] = match.group("key") + comment + where.newline
    for at, block in sorted(added.items(), reverse=True):
        lines[at:at] = block
    return "".join(lines)


def verify(
    old: Item | None,
    new_text: str,
    inserts: Sequence[tuple[int, Mapping[str, Any]]],
    added: dict[int, list[str]],
    path: str,
) -> None:
    """Read the new text back: each new event as rendered, each old one where it was.

    Old events are untouched bytes: each must start on its old line moved down by
    the lines inserted above it, and the list must hold exactly the old events
    plus the new ones; each new one is compared value by value with what was
    rendered. The C composer's nodes are compared directly, as converting a large
    store to items would cost more than all the rest of the build.
    """
    events = _events_node(_compose(new_text))
    if events is None:
        raise SpliceError("the new store has no 'events:' list")
    shifts = sorted(added.items())
    expected: list[int | Mapping[str, Any]] = []
    for item in event_items(old, path):
        expected.append(item.line + sum(len(b) for at, b in shifts if at <= item.line - 1))
    for offset, (position, event) in enumerate(sorted(inserts, key=lambda pair: pair[0])):
        expected.insert(position + offset, event)
    if len(events.value) != len(expected):
        raise SpliceError("the new store does not hold the old events plus the candidates")
    for node, want in zip(events.value, expected, strict=True):
        line = node.start_mark.line + 1
        if isinstance(want, int) and line != want:
            raise SpliceError(f"the event now at line {line} was expected at line {want}")
        if not isinstance(want, int) and not same(node, want):
            raise SpliceError(f"the candidate at line {line} would not read back as written")


def _compose(text: str) -> Node | None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.compose(text, Loader=loader)
    except yaml.YAMLError as exc:
        raise SpliceError(f"the new store does not parse: {exc}") from exc


def _events_node(root: Node | None) -> SequenceNode | None:
    if not isinstance(root, MappingNode):
        return None
    for key, value in root.value:
        if isinstance(key, ScalarNode) and key.value == "events":
            return value if isinstance(value, SequenceNode) else None
    return None


def same(node: Node, want: Any) -> bool:
    """A composed node equals the plain value it was rendered from (strings stay strings)."""
    if isinstance(node, MappingNode):
        return (
            isinstance(want, dict)
            and len(node.value) == len(want)
            and all(
                isinstance(k, ScalarNode) and k.value == key and same(v, want[key])
                for (k, v), key in zip(node.value, want, strict=True)
            )
        )
    if isinstance(node, SequenceNode):
        return (
            isinstance(want, list)
            and len(node.value) == len(want)
            and all(map(same, node.value, want))
        )
    return isinstance(want, str) and node.tag == _STR and node.value == want


# --- reordering (check --fix) ---------------------------------------------------------


def reorder(text: str, path: str, order: Sequence[int]) -> str:
    """The store with its events moved into `order`, each with its own lines, none rewritten.

    An event moves with the comments and blank lines that open it and the deeper
    comments that close it (as `layout` divides the list); events are then separated
    the way the file separates them. The result is read back and must hold the same
    events, in the new order, or nothing is returned.
    """
    tree = parse_document(text, path)
    where = layout(text, tree, path)
    lines = list(where.lines)
    if lines and not lines[-1].endswith(("\n", "\r")):
        lines[-1] += where.newline
    gaps = where.gaps
    blocks = [_without_leading_blanks(lines[gaps[i] : gaps[i + 1]]) for i in range(len(gaps) - 1)]
    if sorted(order) != list(range(len(blocks))):
        raise SpliceError("the new order must name every event once")
    body: list[str] = []
    for position, index in enumerate(order):
        if position and where.blank_between:
            body.append(where.newline)
        body.extend(blocks[index])
    new_text = "".join(lines[: gaps[0]] + body + lines[gaps[-1] :])
    old = [item.plain() for item in event_items(tree, path)]
    new = [item.plain() for item in event_items(parse_document(new_text, path), path)]
    if new != [old[i] for i in order]:
        raise SpliceError("the reordered store would not read back as the same events")
    return new_text


def _without_leading_blanks(block: list[str]) -> list[str]:
    start = 0
    while start < len(block) and not block[start].strip():
        start += 1
    return block[start:]
