"""The engine that applies a language's rules; it knows no language itself.

A language (one module under `timeline.dates`, e.g. `pl.py`) is a list of
`Rule`s: a compiled regular expression over normalised text and a function that
turns a match into an `EdtfDate`, given the reference date and the direction in
which underspecified dates are read. The same rules serve two jobs:

- `resolve()` (for `timeline parse`): one expression, which a rule must match
  whole;
- `scan()` (for `timeline extract`): running text, where the longest
  non-overlapping matches are the mentions.

Rules receive a `Context` and return None when the match is not a date after
all (a count that looks like a year, a month that does not have that day).
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from timeline.model import EdtfDate

Direction = Literal["past", "future"]


class Unresolvable(Exception):
    """A relative or underspecified expression and no reference date to read it against."""


@dataclass(frozen=True, slots=True)
class Context:
    """What an expression is read against: the reference date and the direction."""

    ref: dt.date | None
    prefer: Direction = "past"

    @property
    def today(self) -> dt.date:
        """The reference date; raise `Unresolvable` when there is none."""
        if self.ref is None:
            raise Unresolvable("no reference date")
        return self.ref


Resolver = Callable[[re.Match[str], Context], EdtfDate | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of a language and how its matches become dates."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver


@dataclass(frozen=True, slots=True)
class Language:
    """A language's rules and the words that make a sentence past or future."""

    code: str
    name: str
    rules: Sequence[Rule]
    normalize: Callable[[str], str]


@dataclass(frozen=True, slots=True)
class Match:
    """A rule's match in normalised text, not yet resolved."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]

    def resolve(self, ctx: Context) -> EdtfDate | None:
        return self.rule.resolve(self.match, ctx)


def default_normalize(text: str) -> str:
    """Lower-case, NFC, unify dashes, apostrophes and spaces; keep offsets (same length)."""
    text = unicodedata.normalize("NFC", text)
    out = []
    for ch in text:
        if ch in "\u2010\u2011\u2012\u2013\u2014\u2212":
            out.append("-")
        elif ch in "\u2018\u2019\u02bc":
            out.append("'")
        elif ch in "\u00a0\u2009\u202f\t\n\r":
            out.append(" ")
        else:
            low = ch.lower()
            out.append(low if len(low) == 1 else ch)
    return "".join(out)


def resolve(language: Language, expression: str, ctx: Context) -> EdtfDate | None:
    """Resolve one whole expression: the first rule that matches all of it and gives a date."""
    text = language.normalize(expression).strip(" \t.,;:!?")
    text = re.sub(r" {2,}", " ", text)
    if not text:
        return None
    for rule in language.rules:
        m = rule.pattern.fullmatch(text)
        if m is not None:
            value = rule.resolve(m, ctx)
            if value is not None:
                return value
    return None


def scan(language: Language, text: str) -> list[Match]:
    """Every rule's matches in running text, keeping the longest where they overlap."""
    norm = language.normalize(text)
    found: list[Match] = []
    for rule in language.rules:
        for m in rule.pattern.finditer(norm):
            if m.end() > m.start():
                found.append(Match(m.start(), m.end(), rule, m))
    return _longest_first(found)


def _longest_first(found: Iterable[Match]) -> list[Match]:
    chosen: list[Match] = []
    taken: list[tuple[int, int]] = []
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        if all(cand.end <= s or cand.start >= e for s, e in taken):
            chosen.append(cand)
            taken.append((cand.start, cand.end))
    return sorted(chosen, key=lambda c: c.start)


# --- calendar arithmetic shared by every language --------------------------------


def add_months(d: dt.date, months: int) -> dt.date:
    """Move by calendar months, clamping the day to the target month's length."""
    total = d.year * 12 + (d.month - 1) + months
    y, m = divmod(total, 12)
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def nearest_weekday(ref: dt.date, weekday: int, prefer: Direction) -> dt.date:
    """The weekday (0 = Monday) nearest the reference in the direction, the day itself included."""
    delta = (weekday - ref.weekday()) % 7
    if prefer == "future":
        return ref + dt.timedelta(days=delta)
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def nearest_month(ref: dt.date, month: int, prefer: Direction) -> tuple[int, int]:
    """(year, month) of the month nearest the reference in the direction, the current included."""
    if prefer == "future":
        return (ref.year if month >= ref.month else ref.year + 1, month)
    return (ref.year if month <= ref.month else ref.year - 1, month)


def nearest_day_month(ref: dt.date, month: int, day: int, prefer: Direction) -> dt.date | None:
    """The day-and-month nearest the reference in the direction (29 Feb looks for a leap year)."""
    step = 1 if prefer == "future" else -1
    y = ref.year
    for _ in range(9):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            if day > 29 or month != 2:
                return None
            y += step
            continue
        if (prefer == "future" and d >= ref) or (prefer == "past" and d <= ref):
            return d
        y += step
    return None
