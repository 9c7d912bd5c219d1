"""Terminal text as paragraphs, and their plain layout, made without importing rich.

`show` and `check` print paragraphs (`Para`): in colour on a terminal through rich
(`render.rich_paragraphs`), and as plain text for a file, a pipe or `--color never`
laid out here. Importing rich costs as much as the rest of `show`'s start, and
plain text needs none of it. The layout is rich's own, to the character
(tests/test_layout.py compares the two on random text at every width): a line
breaks between words as rich breaks it, a word longer than the line is folded,
or in a column with `overflow="ellipsis"` cut to end in `…`, and trailing spaces
are dropped as `render.plain` drops them.

Only text whose every character takes one terminal cell is laid out here (Latin,
Greek, Cyrillic, the usual punctuation and arrows); a title in CJK, an emoji or a
combining mark (whose width rich measures with its Unicode tables) makes `plain`
return None, and the caller lays the paragraphs out with rich instead.
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

GAP = 2
"""Cells between the columns of a paragraph (rich's `Table.grid(padding=(0, 2))`)."""

NARROW = re.compile(
    "[\x20-\x7e\xa0-\xac\xae-\u02ff\u0370-\u0482\u048a-\u052f\u1e00-\u1eff"
    "\u2010-\u2027\u2030-\u205e\u20a0-\u20c0\u2100-\u214f\u2190-\u21ff]*"
)
"""Characters one cell wide in every terminal and in rich's measure (tested exhaustively)."""

_WORD = re.compile(r"\s*\S+\s*")
"""A word and the white space after it: where rich may break a line (`rich._wrap`)."""
_TRAILING_SPACE = re.compile(r"\s+$")


@dataclass(frozen=True)
class Cell:
    """A fixed-width column left of a paragraph's text (a date, a position, a level)."""

    text: str
    style: str
    width: int


@dataclass(frozen=True)
class Para:
    """A paragraph: `text` in `style`, then `spans` each in its own style, wrapped to the
    width left after `indent` and `cells`; a newline in the text starts a new line.

    Text is shown as it is: callers pass untrusted text through `textsafe.visible`.
    """

    text: str = ""
    style: str = ""
    spans: tuple[tuple[str, str], ...] = ()
    indent: int = 0
    cells: tuple[Cell, ...] = ()
    overflow: Literal["fold", "ellipsis"] = "fold"

    @property
    def plain(self) -> str:
        """The paragraph's characters, without styles."""
        return self.text + "".join(text for text, _ in self.spans)


def width(is_tty: bool) -> int | None:
    """The width of text output: COLUMNS, else the terminal's (None: rich asks it), else 100."""
    if os.environ.get("COLUMNS", "").isdigit():
        return int(os.environ["COLUMNS"])
    return None if is_tty else 100


def plain(paras: Sequence[Para], width: int | None) -> str | None:
    """The paragraphs laid out at `width` cells, lines without trailing spaces, as rich
    would print them without colour; None when rich must lay them out (see above)."""
    if width is None:
        return None
    out: list[str] = []
    for para in paras:
        lines = _lines(para, width)
        if lines is None:
            return None
        out.extend(lines)
    return "".join(line + "\n" for line in out)


def _lines(para: Para, width: int) -> list[str] | None:
    cells = para.cells
    room = width - para.indent - sum(cell.width + GAP for cell in cells)
    lines = para.plain.split("\n")
    if room < 2 or any(len(cell.text) > cell.width for cell in cells):
        return None
    if any(NARROW.fullmatch(part) is None for part in (*lines, *(c.text for c in cells))):
        return None
    ellipsis = bool(cells) and para.overflow == "ellipsis"
    body = [piece for line in lines for piece in _wrap(line, room, ellipsis)]
    left = [
        " " * para.indent + "".join(cell.text.ljust(cell.width + GAP) for cell in cells)
        if row == 0
        else " " * (width - room)
        for row in range(len(body))
    ]
    return [(margin + piece).rstrip() for margin, piece in zip(left, body, strict=True)]


def _wrap(line: str, width: int, ellipsis: bool) -> list[str]:
    """One line of text broken into lines of at most `width` cells (`rich.text.Text.wrap`)."""
    starts = [0, *_breaks(line, width, fold=not ellipsis), len(line)]
    pieces = [line[a:b] for a, b in pairwise(starts)]
    if not ellipsis:
        return [piece[:width] for piece in pieces]
    return [_ellipsis(_rstrip_end(piece, width), width) for piece in pieces]


def _breaks(text: str, width: int, fold: bool) -> list[int]:
    """Where rich breaks `text` at `width` (`rich._wrap.divide_line`, one-cell characters)."""
    breaks: list[int] = []
    offset = 0
    for match in _WORD.finditer(text):
        start, word = match.start(), match.group()
        length = len(word.rstrip())
        if width - offset >= length:
            offset += len(word)
        elif length > width and fold:
            for at in range(start, start + len(word), width):
                if at:
                    breaks.append(at)
            offset = len(word) - (len(word) - 1) // width * width
        elif length > width:
            if start:
                breaks.append(start)
            offset = len(word)
        elif offset and start:
            breaks.append(start)
            offset = len(word)
    return breaks


def _rstrip_end(text: str, width: int) -> str:
    """White space beyond `width` removed from the end (`rich.text.Text.rstrip_end`)."""
    excess = len(text) - width
    trailing = _TRAILING_SPACE.search(text)
    if excess <= 0 or trailing is None:
        return text
    return text[: len(text) - min(len(trailing.group()), excess)]


def _ellipsis(text: str, width: int) -> str:
    """A line longer than `width` cut to end in `…` (`rich.text.Text.truncate`)."""
    return text if len(text) <= width else text[: width - 1] + "…"
