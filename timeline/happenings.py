"""From an article's mentions to its happenings: what `build` proposes, one candidate each.

A candidate is a happening, not a mention. An article names the day of its story
again and again ("w środę" four times in one report), names one period twice in
one sentence, and carries dates that are no event at all: its own date line, a
live report's timestamps, "today" inside a speaker's quote. So, for the mentions
of one article that no event cites yet:

- mentions of one day, wherever they sit in the article, are one happening (the
  lead, dated by publication, included): a report rarely tells two things of one
  day, and when it does the curator splits them off (`timeline split`);
- mentions of a coarser period (a month, a year, a season) are one happening when
  they sit in one paragraph: "2024" in two paragraphs is often two things;
- marked mentions (`kind`) are one happening per kind and period in the
  article, so one decision rejects them all: `dateline` for a date standing
  alone on a short line or heading a line with a clock time (the article's date
  line, a live report's timestamps), `quoted` for the publication day named
  inside quotation marks (a speaker's "today").

A mention is never in two happenings: a repeated span is dropped.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import datetime as dt

    from timeline.build import Found
    from timeline.model import EdtfDate

DATELINE = "dateline"
QUOTED = "quoted"
KINDS = {
    DATELINE: "a date line or a live report's timestamp, not an event",
    QUOTED: "the publication day inside a quotation (a speaker's 'today'), rarely an event",
}
"""What a build marks, with the reason `list`, `check` and `review` show."""

DATELINE_WORDS = 3
"""A line with at most this many words besides its date is a date line."""
_WORD = re.compile(r"[^\W\d_]{2,}")
_CLOCK = re.compile(r"^\W{0,3}(?:ora|às|as|o|в|at|godz\.?|h)?\s*\d{1,2}[:.h]\d{2}\b", re.I)
_NEWLINE = re.compile("\n")
_OPEN = "„«‹"
_CLOSE = "”»›"


@dataclass(slots=True)
class Happening:
    """One candidate's worth of mentions of one article: same period, same happening."""

    value: EdtfDate
    found: list[Found] = field(default_factory=list)
    kind: str | None = None


class Paragraphs:
    """An article body's lines (sentences never cross them), found by offset."""

    def __init__(self, body: str) -> None:
        self.body = body
        self.starts = [0, *(m.end() for m in _NEWLINE.finditer(body))]

    def index(self, pos: int) -> int:
        return bisect.bisect_right(self.starts, pos) - 1

    def text(self, index: int) -> str:
        start = self.starts[index]
        end = self.starts[index + 1] - 1 if index + 1 < len(self.starts) else len(self.body)
        return self.body[start:end]


def kind_of(found: Found, paragraphs: Paragraphs, published: dt.date | None) -> str | None:
    """`dateline`, `quoted` or None (see the module's docstring)."""
    if found.expression is None or found.start < 0:
        return None
    index = paragraphs.index(found.start)
    line = paragraphs.text(index)
    at = found.start - paragraphs.starts[index]
    rest = line[:at] + " " + line[at + found.end - found.start :]
    after = line[at + found.end - found.start :]
    if len(_WORD.findall(rest)) <= DATELINE_WORDS or _CLOCK.match(after):
        return DATELINE
    value = found.value
    if (
        published is not None
        and value is not None
        and value.start == value.end == published
        and inside_quotes(line, at)
    ):
        return QUOTED
    return None


def inside_quotes(line: str, at: int) -> bool:
    """Whether offset `at` of a line is inside quotation marks ("...", „...”, «...», “...”)."""
    depth = 0
    straight = False
    for ch in line[:at]:
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif ch == "“":  # opens in pt and en, closes „...“ in bg
            depth = depth - 1 if depth and line.count("„") else depth + 1
        elif ch == '"':
            straight = not straight
    return depth > 0 or straight


def group(found: list[Found], paragraphs: Paragraphs, published: dt.date | None) -> list[Happening]:
    """The happenings of one article's new, resolved findings, in the order of the text."""
    seen: set[tuple[int, int]] = set()
    groups: dict[tuple[object, ...], Happening] = {}
    for f in sorted(found, key=lambda f: f.start):
        if f.value is None or (f.start >= 0 and (f.start, f.end) in seen):
            continue
        seen.add((f.start, f.end))
        kind = kind_of(f, paragraphs, published)
        value = f.value.store_value()
        key: tuple[object, ...]
        if kind is not None:
            key = (kind, value)
        elif f.value.precision == "day":
            key = (None, value)
        else:
            key = (None, value, paragraphs.index(f.start))
        happening = groups.get(key)
        if happening is None:
            happening = groups[key] = Happening(f.value, kind=kind)
        happening.found.append(f)
    return list(groups.values())
