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

import bisect
import functools
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from itertools import accumulate, chain, compress, repeat
from operator import attrgetter, is_, itemgetter
from typing import Any

import yaml
from yaml.events import (
    AliasEvent,
    DocumentEndEvent,
    DocumentStartEvent,
    MappingEndEvent,
    MappingStartEvent,
    ScalarEvent,
    SequenceEndEvent,
    SequenceStartEvent,
    StreamEndEvent,
    StreamStartEvent,
)

from timeline.store import (
    Item,
    StoreError,
    event_items,
    parse_document,
    positions,
    split_lines,
)

_BLANK = " \t\r\n"
"""What makes a line blank to YAML (str.strip would also take U+2028 and other spaces)."""

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
    lines = split_lines(text)
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
        not lines[j].strip(_BLANK)
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
        if not line.strip(_BLANK) or line[0] in " \t#":
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
        not lines[gap_start - 1].strip(_BLANK) or _is_comment(lines[gap_start - 1])
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
    if isinstance(value, (int, float)) and not isinstance(value, bool) and not quoted:
        return repr(value)
    text = str(value)
    if not quoted and _plain_ok(text):
        return text
    return _double_quoted(text)


def _flow_scalar(value: object) -> str:
    """A scalar inside `[...]`: quoted also when it holds a flow indicator (`,[]{}`)."""
    text = scalar(value)
    if text.startswith('"') or not any(ch in text for ch in ",[]{}"):
        return text
    return _double_quoted(str(value))


@functools.lru_cache(maxsize=4096)
def _plain_ok(text: str) -> bool:
    """Plain text that YAML reads back as this very string (not a date, number, bool or null)."""
    if not text or _PLAIN_UNSAFE.search(text) or "\n" in text or "\r" in text:
        return False
    if _NONPRINTABLE.search(text):
        return False
    return _resolves_to_str(text)


def _double_quoted(text: str) -> str:
    """YAML double-quoted text; every character YAML would not keep literally is escaped.

    Most text (a build's quotes) needs no escape: every character Python calls printable
    is one YAML keeps (`_ESCAPE` matches none of them but the quote and the backslash,
    tests/test_yamledit.py checks each code point), and `isprintable` is a sixth of
    the regular expression's time.
    """
    if text.isprintable() and '"' not in text and "\\" not in text:
        return f'"{text}"'
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
    lines: list[str] = []
    _render(data, dash_col, key_col, "", lines)
    return lines


@functools.lru_cache(maxsize=64)
def _pads(dash_col: int, key_col: int) -> tuple[str, str]:
    """What starts an entry's first key line ('- ' at `dash_col`), and its other key lines."""
    return " " * dash_col + "- " + " " * (key_col - dash_col - 2), " " * key_col


def _render(
    data: Mapping[str, Any],
    dash_col: int,
    key_col: int,
    nl: str,
    out: list[str],
    expect: Expect | None = None,
) -> None:
    """`render_mapping`, each line ended by `nl`, appended to `out`; with `expect`, what the
    mapping must read back as is noted in the same walk (`Expect`)."""
    head, pad = _pads(dash_col, key_col)
    if expect is not None:
        kinds, values = expect.kinds, expect.values
        kinds.append(MappingStartEvent)
    for key, value in data.items():
        if value.__class__ is str:
            if expect is not None:
                kinds += _KEY_AND_TEXT
                values += (key, value)
            if key in ALWAYS_QUOTED or not _plain_ok(value):
                value = _double_quoted(value)
            out.append(f"{head}{key}: {value}{nl}")
        elif isinstance(value, list) and value and isinstance(value[0], dict):
            out.append(f"{head}{key}:{nl}")
            if expect is not None:
                kinds += _KEY_AND_LIST
                values.append(key)
            for child in value:
                _render(child, key_col + dash_col, key_col + key_col, nl, out, expect)
            if expect is not None:
                kinds.append(SequenceEndEvent)
        elif value.__class__ is float and key not in ALWAYS_QUOTED:  # a link's score
            text = repr(value)  # `scalar`'s number, as `_expected` notes it
            if expect is not None:
                kinds += _KEY_AND_TEXT
                values += (key, text)
                expect.numbers.add(text)
            out.append(f"{head}{key}: {text}{nl}")
        elif value.__class__ is list and not value:  # a candidate's `tags: []`
            if expect is not None:
                kinds += _KEY_AND_EMPTY
                values.append(key)
            out.append(f"{head}{key}: []{nl}")
        else:
            if expect is not None:
                kinds.append(ScalarEvent)
                values.append(key)
                _expected(value, kinds, values, expect.numbers)
            if isinstance(value, list):
                out.append(f"{head}{key}: [{', '.join(map(_flow_scalar, value))}]{nl}")
            else:
                out.append(f"{head}{key}: {scalar(value, key in ALWAYS_QUOTED)}{nl}")
        head = pad
    if expect is not None:
        kinds.append(MappingEndEvent)


@dataclass(slots=True)
class Expect:
    """What rendered mappings must read back as: libyaml's event classes in order, the scalar
    values in order (numbers as written), and the numbers' texts (see `_expected`).

    Noted by `blocks` while it renders, from the mappings' values (never from the text it
    writes), so `verify` need not walk every candidate a second time.
    """

    kinds: list[type] = field(default_factory=list)
    values: list[Any] = field(default_factory=list)
    numbers: set[str] = field(default_factory=set)


# --- splicing -------------------------------------------------------------------------


def blocks(
    where: Layout,
    inserts: Sequence[tuple[int, Mapping[str, Any]]],
    expect: Expect | None = None,
) -> dict[int, list[str]]:
    """The lines to insert before each line index of the file, separators included (with
    `expect`, what they must read back as, in the order of their positions: `verify`)."""
    nl = where.newline
    out: dict[int, list[str]] = {}
    for position, event in sorted(inserts, key=lambda pair: pair[0]):
        block = out.get(where.gaps[position])
        if block is None:
            block = out[where.gaps[position]] = []
        if where.blank_between and (block or position > 0):
            block.append(nl)
        _render(event, where.dash_col, where.key_col, nl, block, expect)
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
    out: list[str] = []
    done = 0
    for at, block in sorted(added.items()):
        out += lines[done:at]
        out += block
        done = at
    out += lines[done:]
    return "".join(out)


# --- verifying ------------------------------------------------------------------------

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_STARTS = (MappingStartEvent, SequenceStartEvent)
_STEP = {MappingStartEvent: 1, SequenceStartEvent: 1, MappingEndEvent: -1, SequenceEndEvent: -1}


def _nothing(event: Any) -> tuple[Any, ...]:
    return ()


_PROPERTIES: dict[type, Callable[[Any], tuple[Any, ...]]] = {
    StreamStartEvent: _nothing,
    StreamEndEvent: _nothing,
    DocumentStartEvent: attrgetter("explicit", "version", "tags"),
    DocumentEndEvent: attrgetter("explicit"),
    MappingStartEvent: attrgetter("anchor", "tag", "implicit", "flow_style"),
    SequenceStartEvent: attrgetter("anchor", "tag", "implicit", "flow_style"),
    MappingEndEvent: _nothing,
    SequenceEndEvent: _nothing,
    ScalarEvent: attrgetter("anchor", "tag", "implicit", "style", "value"),
    AliasEvent: attrgetter("anchor"),
}
"""What an event means, marks (positions) aside: what `_meaning` compares."""
_ANCHOR = attrgetter("anchor")
_TAG = attrgetter("tag")


def verify(
    old: Item | None,
    new_text: str,
    inserts: Sequence[tuple[int, Mapping[str, Any]]],
    added: dict[int, list[str]],
    path: str,
    *,
    before: str | None = None,
    expect: Expect | None = None,
) -> None:
    """Prove that the new text is the old store plus the candidates, or raise `SpliceError`.

    `old` is the store as parsed (from `before`, its text, when given); `inserts` are
    the candidates with their list positions, `added` the lines `blocks` made of them
    (and `expect`, what `blocks` noted they must read back as, when it was asked to).

    1. Bytes. Taking each block of `added` out of the new text at its line must
       leave the old text: every line a curator wrote, comments and blank lines
       included, byte for byte (`insert` may only end an unterminated last line
       and take the `[]` out of an empty `events: []`, keeping its comment).
    2. Meaning. The new text is parsed (libyaml's events), and so is the old. The
       new `events:` list must hold exactly the old items plus one per candidate,
       at the candidates' positions. Without the candidates' events, the new
       stream must be the old stream event for event (class, anchor, tag,
       implicitness, style, value, flow style: everything but the marks). What
       SafeLoader builds from a stream depends on nothing else (it has no path
       resolvers), so the old events, and everything around the list, read back
       exactly as before. Each candidate's events must be, value for value,
       the mapping it was rendered from: strings that resolve as strings (a plain
       scalar is checked with the resolver), no tags, no anchors, no aliases.
       Old items must also still start on their old lines, moved down by the
       lines inserted above them.

    Why the whole new text is parsed, not only the blocks: a block that parses
    alone can still change the old text around it. A curator's `note: |+` keeps
    the blank lines after it as part of its value; a block inserted before those
    lines takes them away (such a splice is refused here, by step 2). An anchor
    defined in a block would change what a later alias in the old text means.
    Parsing libyaml's events without composing nodes costs about half of
    `yaml.compose` (no node objects, no resolver call per scalar), and every
    comparison runs over flat lists.

    Without `before` (tests of the editing layer), the old text is what step 1
    leaves, and it must parse to the same values as `old`.
    """
    ordered = sorted(inserts, key=lambda pair: pair[0])
    items = event_items(old, path)
    if before is None:
        reference = "".join(_without_blocks(new_text, added))
        _same_store(old, reference, path)
    else:
        reference = before
        if not _spliced(before, added, new_text):
            _same_lines(before, _without_blocks(new_text, added), old)
    new_events = _parse(new_text)
    old_events = _parse(reference)
    new_types = list(map(type, new_events))
    new_depth = _depths(new_types)
    old_depth = _depths(list(map(type, old_events)))
    new_span = _list_span(new_events, new_depth)
    old_span = _list_span(old_events, old_depth)
    first, last = new_span
    if new_events[first].__class__ is not SequenceStartEvent:
        raise SpliceError("the new store's 'events:' is not a list")
    level = new_depth[first]
    ends = _item_ends(new_depth, first, last, level)
    starts = [first + 1, *(end + 1 for end in ends[:-1])]
    if len(ends) != len(items) + len(ordered):
        raise SpliceError("the new store does not hold the old events plus the candidates")
    fresh = [position + k for k, (position, _) in enumerate(ordered)]
    if any(not 0 <= position <= len(items) for position, _ in ordered):
        raise SpliceError("a candidate's position is outside the list")
    spans = [(starts[j], ends[j] + 1) for j in fresh]
    _check_candidates(new_events, new_types, spans, ordered, expect, new_text)
    _check_lines(new_events, starts, fresh, items, added, _positions(new_text))
    cuts = [0, *chain.from_iterable(spans), len(new_events)]
    rest = list(
        chain.from_iterable(new_events[a:b] for a, b in zip(cuts[::2], cuts[1::2], strict=True))
    )
    if items:
        if _meaning(rest) != _meaning(old_events):
            raise SpliceError("the old store would not read back as it was")
        return
    # The list was empty (`events:` or `events: []`): it is now a block list of candidates
    # only, and all around it must read as before.
    end = last - (len(new_events) - len(rest))
    if rest[end].__class__ is not SequenceEndEvent or (rest[first].anchor, rest[first].tag) != (
        None,
        None,
    ):
        raise SpliceError("the new 'events:' list is not a plain block list")
    was_first, was_last = old_span
    if _meaning(rest[:first]) != _meaning(old_events[:was_first]) or _meaning(
        rest[end + 1 :]
    ) != _meaning(old_events[was_last + 1 :]):
        raise SpliceError("the store around the 'events:' list would not read back as it was")


def _positions(text: str) -> Callable[[Any], tuple[int, int]]:
    """`store.positions`, with the common case (no line break but "\n") found by four
    substring searches instead of a regular expression over the whole text (a tenth of
    `verify` on a build's 3 MB store)."""
    if not any(ch in text for ch in "\r\x85\u2028\u2029"):
        return lambda mark: (mark.line + 1, mark.column + 1)
    return positions(text)


def _spliced(before: str, added: dict[int, list[str]], new_text: str) -> bool:
    """Whether the new text is exactly the old lines with each block of whole lines before
    its line: step 1 in its common case, proven by one comparison of the whole text
    instead of cutting the new text into lines (a build's new text is megabytes of
    candidates around a few old lines). When it is not so (an unterminated last line,
    `events: []`), `_same_lines` tells whether the difference is one `insert` may make.
    """
    lines = split_lines(before)
    if lines and not lines[-1].endswith("\n"):
        return False  # `insert` ends it first
    pieces: list[str] = []
    done = 0
    for at, block in sorted(added.items()):
        whole = "".join(block)
        if at > len(lines) or whole.count("\n") != len(block) or not _whole_lines(block):
            return False  # a block's lines must each end with one line break, and only there
        pieces += lines[done:at]
        pieces.append(whole)
        done = at
    pieces += lines[done:]
    return "".join(pieces) == new_text


def _whole_lines(block: list[str]) -> bool:
    """Every line of the block ends with a line break (its last character, one look-up each)."""
    try:
        return set(map(_LAST, block)) <= {"\n"}
    except IndexError:  # an empty line
        return False


_LAST = itemgetter(-1)


def _without_blocks(new_text: str, added: dict[int, list[str]]) -> list[str]:
    """The new text's lines without the inserted blocks, each found where it was inserted."""
    lines = split_lines(new_text)
    kept: list[str] = []
    done = 0
    for at, block in sorted(added.items()):
        take = at - len(kept)
        kept += lines[done : done + take]
        done += take
        if len(kept) != at or lines[done : done + len(block)] != block:
            raise SpliceError(f"the lines inserted before line {at + 1} are not where they belong")
        done += len(block)
    kept += lines[done:]
    return kept


def _same_lines(before: str, kept: list[str], old: Item | None) -> None:
    """Every line of the old text is kept byte for byte (see `verify`, step 1)."""
    lines = split_lines(before)
    if kept == lines:
        return
    if len(kept) != len(lines):
        raise SpliceError("the new store does not keep every line of the old one")
    events = old.get("events") if old is not None else None
    key_line = events.key_line - 1 if events is not None else -1
    for i, (was, now) in enumerate(zip(lines, kept, strict=True)):
        if was == now:
            continue
        if i == len(lines) - 1 and now in (was + "\n", was + "\r\n"):
            continue  # a last line without its line break
        was_empty = _EMPTY_EVENTS.match(was.rstrip("\r\n"))
        now_empty = _EMPTY_EVENTS.match(now.rstrip("\r\n"))
        if (
            i == key_line
            and was_empty
            and now_empty
            and was_empty.group("comment") == now_empty.group("comment")
        ):
            continue  # `events: []` without its `[]`, its comment kept
        raise SpliceError(f"line {i + 1} of the old store would be changed")


def _same_store(old: Item | None, text: str, path: str) -> None:
    """The text `_without_blocks` left reads as `old` (`events: []` may have become empty)."""
    try:
        tree = parse_document(text, path)
    except StoreError as exc:
        raise SpliceError(f"the old store does not parse without the candidates: {exc}") from exc

    def values(item: Item | None) -> Any:
        value = item.plain() if item is not None else None
        if isinstance(value, dict) and not value.get("events"):
            value["events"] = []
        return value

    if values(tree) != values(old):
        raise SpliceError("the new store without the candidates is not the old store")


def _parse(text: str) -> list[Any]:
    """libyaml's events for `text` (a single document: the store was read as one)."""
    loader = _Loader(text)
    try:
        return list(iter(loader.get_event, None))
    except yaml.YAMLError as exc:
        raise SpliceError(f"the new store does not parse: {exc}") from exc
    finally:
        loader.dispose()


def _item_ends(depth: list[int], first: int, last: int, level: int) -> list[int]:
    """The last event of each item of the list whose events run from `first` to `last`:
    those after which the nesting is back at the list's `level`.

    Found with `bytes.find` when every depth fits in a byte (a store nests about five
    deep): a fifth of the time of comparing each of a build's 190,000 depths in Python.
    """
    try:
        inner = bytes(depth[first + 1 : last])
        if not 0 <= level < 256:
            raise ValueError(level)
    except ValueError:  # deeper than a byte holds
        return list(compress(range(first + 1, last), map(level.__eq__, depth[first + 1 : last])))
    out = []
    at = inner.find(level)
    while at >= 0:
        out.append(first + 1 + at)
        at = inner.find(level, at + 1)
    return out


def _depths(types: list[type]) -> list[int]:
    """Nesting after each event, given the events' classes (collections opened minus closed)."""
    return list(accumulate(map(_STEP.get, types, repeat(0))))


def _end(events: list[Any], depth: list[int], i: int) -> int:
    """The index of the last event of the node starting at `i`."""
    return depth.index(depth[i] - 1, i) if isinstance(events[i], _STARTS) else i


def _list_span(events: list[Any], depth: list[int]) -> tuple[int, int]:
    """The first and last event of the root mapping's `events` value."""
    if len(events) < 6 or not isinstance(events[2], MappingStartEvent):
        raise SpliceError("the store is not a mapping")
    root_end = _end(events, depth, 2)
    if root_end != len(events) - 3:
        raise SpliceError("the store is not a single document")
    span: tuple[int, int] | None = None
    i = 3
    while i < root_end:
        value = _end(events, depth, i) + 1
        value_end = _end(events, depth, value)
        key = events[i]
        if isinstance(key, ScalarEvent) and key.value == "events":
            if span is not None:
                raise SpliceError("the store has two 'events:' keys")
            span = (value, value_end)
        i = value_end + 1
    if span is None:
        raise SpliceError("the new store has no 'events:' list")
    return span


def _meaning(events: list[Any]) -> list[tuple[type, tuple[Any, ...]]]:
    return [(e.__class__, _PROPERTIES[e.__class__](e)) for e in events]


def _check_candidates(
    events: list[Any],
    types: list[type],
    spans: list[tuple[int, int]],
    ordered: list[tuple[int, Mapping[str, Any]]],
    expect: Expect | None = None,
    text: str | None = None,
) -> None:
    """The candidates' events (`types`: their classes) are the mappings they were rendered
    from (see `verify`); `text`, the text they were read from (see `_marked`)."""
    runs = _runs(spans)
    got = list(chain.from_iterable(events[a:b] for a, b in runs))
    got_types = list(chain.from_iterable(types[a:b] for a, b in runs))
    if expect is None:
        expect = Expect()
        for _, event in ordered:
            _expected(event, expect.kinds, expect.values, expect.numbers)
    if text is None:
        read = _reads_as(got, expect, got_types)
    else:
        read = _reads_as(got, expect, got_types, properties=False) and all(
            _bare(events[a:b], types[a:b]) for a, b in _marked(events, spans, text)
        )
    if read:
        return
    for (a, b), (_, event) in zip(spans, ordered, strict=True):
        one = Expect()
        _expected(event, one.kinds, one.values, one.numbers)
        if not _reads_as(events[a:b], one):
            line = events[a].start_mark.line + 1
            raise SpliceError(f"the candidate at line {line} would not read back as written")
    raise SpliceError("the candidates would not read back as written")


def _runs(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Adjacent spans joined: a build's candidates mostly follow one another, and a few long
    slices cost less than thousands of short ones."""
    out: list[tuple[int, int]] = []
    for a, b in spans:
        if out and out[-1][1] == a:
            out[-1] = (out[-1][0], b)
        else:
            out.append((a, b))
    return out


_NODES = frozenset({ScalarEvent, MappingStartEvent, SequenceStartEvent})


def _marked(events: list[Any], spans: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """The spans whose text holds an '&' or a '!': only there can libyaml have read an anchor
    or a tag, which it reads only from those indicators.

    Each span's text runs from the end of the event before it (where the properties of
    its first node would start) to the end of its last event (marks count characters).
    Looking for two characters in each candidate's text costs a fifth of reading the
    anchor and the tag of each of its nodes.
    """
    out = []
    for a, b in spans:
        start, end = events[a - 1].end_mark.index, events[b - 1].end_mark.index
        if text.find("&", start, end) >= 0 or text.find("!", start, end) >= 0:
            out.append((a, b))
    return out


def _bare(events: list[Any], types: list[type]) -> bool:
    """No node among these events has an anchor or a tag."""
    nodes = list(compress(events, map(_NODES.__contains__, types)))
    return not any(map(_ANCHOR, nodes)) and not any(map(_TAG, nodes))


def _reads_as(
    got: list[Any], expect: Expect, types: list[type] | None = None, properties: bool = True
) -> bool:
    """These events are these mappings of strings: same shape, same strings, no tag or anchor
    (unless `properties` is False: the caller has looked for them, `_marked`).

    Quoted scalars are strings; a plain one is a string when the resolver says so.
    Everything is compared in flat lists, selected with `compress` and `map` (no Python
    call per value: a build checks a few hundred thousand of them).
    """
    if types is None:
        types = list(map(type, got))
    if types != expect.kinds:
        return False
    values: list[Any] = []
    plain: set[str] = set()
    keep, note = values.append, plain.add
    for scalar in compress(got, map(is_, types, repeat(ScalarEvent))):
        value = scalar.value  # each event read once: a second pass over 100,000 of them
        keep(value)  # (values, then which are plain) cost half as much again
        if scalar.implicit[0]:
            note(value)
    if values != expect.values:
        return False
    if properties and not _bare(got, types):
        return False
    numbers = expect.numbers
    plain -= numbers
    return all(map(_resolves_to_str, plain)) and all(map(_resolves_to_number, numbers))


def _expected(value: Any, kinds: list[type], values: list[Any], numbers: set[str]) -> None:
    """The event classes and scalar values a rendered value must read back as.

    A number (a link's score) is written plain and must read back as that number.
    """
    if value.__class__ is dict or isinstance(value, Mapping):
        kinds.append(MappingStartEvent)
        for key, item in value.items():
            if item.__class__ is str:
                kinds += _KEY_AND_TEXT
                values += (key, item)
            elif item.__class__ is list and all(child.__class__ is str for child in item):
                kinds += (ScalarEvent, SequenceStartEvent)
                kinds += (ScalarEvent,) * len(item)
                kinds.append(SequenceEndEvent)
                values.append(key)
                values += item
            elif item.__class__ is float or item.__class__ is int:
                kinds += _KEY_AND_TEXT
                text = scalar(item)
                values += (key, text)
                numbers.add(text)
            else:
                kinds.append(ScalarEvent)
                values.append(key)
                _expected(item, kinds, values, numbers)
        kinds.append(MappingEndEvent)
    elif isinstance(value, list):
        kinds.append(SequenceStartEvent)
        for item in value:
            _expected(item, kinds, values, numbers)
        kinds.append(SequenceEndEvent)
    elif isinstance(value, (int, float)) and not isinstance(value, bool):
        kinds.append(ScalarEvent)
        values.append(scalar(value))
        numbers.add(scalar(value))
    else:
        kinds.append(ScalarEvent)
        values.append(value)


def _resolves_to_number(text: str) -> bool:
    tag = _RESOLVER.resolve(yaml.ScalarNode, text, (True, False))
    return tag in ("tag:yaml.org,2002:float", "tag:yaml.org,2002:int")


_KEY_AND_TEXT = (ScalarEvent, ScalarEvent)
_KEY_AND_LIST = (ScalarEvent, SequenceStartEvent)
_KEY_AND_EMPTY = (ScalarEvent, SequenceStartEvent, SequenceEndEvent)


@functools.lru_cache(maxsize=16384)
def _resolves_to_str(text: str) -> bool:
    """A plain scalar SafeLoader reads as a string (not null, a bool, a number or a date).

    Remembered: `verify` asks it again of every plain value `_plain_ok` let `blocks`
    write plain (a build's ids, titles and expressions), and the resolver's regular
    expressions were a twentieth of a build's own time.
    """
    return bool(_RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR)


def _check_lines(
    events: list[Any],
    starts: list[int],
    fresh: list[int],
    items: list[Item],
    added: dict[int, list[str]],
    position: Callable[[Any], tuple[int, int]],
) -> None:
    """Each old item starts on its old line moved down by the lines inserted above it."""
    ats = sorted(added)
    below = list(accumulate(len(added[at]) for at in ats))
    new = set(fresh)
    olds = (j for j in range(len(starts)) if j not in new)
    for item, j in zip(items, olds, strict=False):
        shift = bisect.bisect_right(ats, item.line - 1)
        want = item.line + (below[shift - 1] if shift else 0)
        line = position(events[starts[j]].start_mark)[0]
        if line != want:
            raise SpliceError(f"the event now at line {line} was expected at line {want}")


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
    while start < len(block) and not block[start].strip(_BLANK):
        start += 1
    return block[start:]
