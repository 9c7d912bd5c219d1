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
- mentions in one sentence are one happening whatever their periods ("planned
  for Tuesday, moved to Friday"; "between 2017 and 2018"), and so are two in one
  paragraph when one's period holds the other's ("in 2017 ... by the end of
  January"): the happening is dated by the most precise period all of them hold,
  else by its first mention, and the others record why in their `dispute`;
- marked mentions (`kind`) are one happening per kind and period in the
  article, so one decision rejects them all: `dateline` for a date standing
  alone on a short line, heading a line with a clock time, or holding one on a
  line of a few words ("Publicado em 3 de setembro de 2025 às 14h38."): the
  article's date line, a live report's timestamps; `quoted` for the publication
  day named
  inside quotation marks (a speaker's "today").

A mention is never in two happenings: a repeated span is dropped.
"""

from __future__ import annotations

import bisect
import itertools
import re
from dataclasses import dataclass, field
from operator import attrgetter
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
_TIME = re.compile(r"\b\d{1,2}[:h]\d{2}\b")
_START = attrgetter("start")
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
        self._names: dict[int, frozenset[str]] = {}

    def names(self, index: int) -> frozenset[str]:
        """The name keys of a paragraph (`timeline.names`), found once per article: its
        happenings often share a paragraph, and linking wants each one's names."""
        found = self._names.get(index)
        if found is None:
            from timeline.names import names

            found = self._names[index] = names(self.text(index))
        return found

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
    words = len(list(itertools.islice(_WORD.finditer(rest), 2 * DATELINE_WORDS + 1)))
    if words <= DATELINE_WORDS or _CLOCK.match(after):
        return DATELINE
    if words <= 2 * DATELINE_WORDS and _TIME.search(
        found.expression
    ):  # "Publicado em ... às 14h38"
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
    kinds = {id(f): kind_of(f, paragraphs, published) for f in found}
    told = {(paragraphs.index(f.start), f.quote) for f in found if kinds[id(f)] is None}
    for f in sorted(found, key=_START):
        if f.value is None or (f.start >= 0 and (f.start, f.end) in seen):
            continue
        seen.add((f.start, f.end))
        kind = kinds[id(f)]
        if (paragraphs.index(f.start), f.quote) in told:
            kind = None  # a sentence that tells something: its "today" is that happening's
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
    return _joined(list(groups.values()), paragraphs)


def _joined(happenings: list[Happening], paragraphs: Paragraphs) -> list[Happening]:
    """Unmarked happenings that share a sentence, or a paragraph where one's period holds the
    other's, joined into one (union-find, in the order of the text)."""
    parent = list(range(len(happenings)))

    def root(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    by_sentence: dict[tuple[int, str], int] = {}
    for i, h in enumerate(happenings):
        if h.kind is not None:
            continue
        for f in h.found:
            at = (paragraphs.index(f.start), f.quote)
            if at in by_sentence:
                parent[root(i)] = root(by_sentence[at])
            else:
                by_sentence[at] = i
    plain = [i for i, h in enumerate(happenings) if h.kind is None]
    where = {i: {paragraphs.index(f.start) for f in happenings[i].found} for i in plain}
    for n, i in enumerate(plain):
        for j in plain[n + 1 :]:
            a, b = happenings[i].value, happenings[j].value
            if (a.contains(b) or b.contains(a)) and where[i] & where[j]:
                parent[root(j)] = root(i)
    joined: dict[int, Happening] = {}
    for i, h in enumerate(happenings):
        r = root(i)
        if r not in joined:
            joined[r] = Happening(h.value, [], h.kind)
        joined[r].found.extend(h.found)
    out = list(joined.values())
    for h in out:
        if len(h.found) > 1:
            h.found.sort(key=_START)
        h.value = dated_by(h.found)
    return out


def dated_by(found: list[Found]) -> EdtfDate:
    """A happening's date: the most precise period every mention's period holds, else the
    first mention's (the others then say why in a `dispute`, see `dispute_of`)."""
    values = [f.value for f in found if f.value is not None]
    if len(values) == 1:  # most happenings: one mention
        return values[0]
    for value in sorted(values, key=lambda v: v.days):
        if all(v.contains(value) for v in values):
            return value
    return values[0]


def dispute_of(found: Found, happening: Happening) -> str | None:
    """Why a mention's period does not hold its happening's date (None when it does)."""
    value = found.value
    if value is None or value.contains(happening.value):
        return None
    first = next(
        f for f in happening.found if f.value is not None and f.value.contains(happening.value)
    )
    words = f"“{first.expression}”" if first.expression else "the publication date"
    return (
        f"another date of the same passage: the candidate is dated by {words} "
        f"({happening.value.store_value()}); confirm it with --date, or reject it"
    )
