"""The domain: an EDTF date with its precision, a source, an event.

The store, the resolver and the renderers all speak `EdtfDate`, so precision
travels with every value: "Jun 2024" is a month, never 2024-06-01.

Why not the `edtf` package from PyPI: it is a complete EDTF implementation built
on pyparsing, which costs about 100 ms to import and about 4 ms per value parsed
(measured here, edtf 5.0.2). `timeline check` must read a store of 10,000
events faster than PyYAML loads it, so the subset news needs (level 0, level 1
qualifiers and seasons, level 2 quarters, closed intervals) is parsed here with
one regular expression; the test-suite uses `edtf` as an oracle to keep the two
in agreement.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Literal

Precision = Literal["decade", "year", "season", "quarter", "month", "week", "day", "interval"]
PRECISIONS: tuple[str, ...] = (
    "decade",
    "year",
    "season",
    "quarter",
    "month",
    "week",
    "day",
    "interval",
)
STATUSES: tuple[str, ...] = ("candidate", "confirmed", "rejected")

MONTH_ABBR = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
# EDTF level 1 seasons (21-24) and level 2 quarters (33-36).
SEASONS = {21: "Spring", 22: "Summer", 23: "Autumn", 24: "Winter"}
QUARTERS = {33: 1, 34: 2, 35: 3, 36: 4}

_SINGLE = r"(?P<{p}y>\d{{3}}[\dX])(?:-(?P<{p}m>\d{{2}})(?:-(?P<{p}d>\d{{2}}))?)?(?P<{p}q>[?~%])?"
_SINGLE_RE = re.compile(_SINGLE.format(p=""))
_WEEK_RE = re.compile(r"(?P<y>\d{4})-W(?P<w>\d{2})")
_INTERVAL_RE = re.compile(_SINGLE.format(p="a") + "/" + _SINGLE.format(p="b"))
_WEEKS_RE = re.compile(r"(?P<a>\d{4}-W\d{2})/(?P<b>\d{4}-W\d{2})")


class DateError(ValueError):
    """A value that is not a date this tool understands; the message says why."""


@dataclass(frozen=True, slots=True)
class EdtfDate:
    """A calendar period written in EDTF, at the precision its words carry.

    `start` and `end` are the first and last calendar day covered, inclusive.
    """

    value: str
    precision: Precision
    start: dt.date
    end: dt.date
    uncertain: bool = False
    approximate: bool = False

    @classmethod
    def parse(cls, text: str) -> EdtfDate:
        """Parse the EDTF subset the store allows; raise `DateError` with the reason."""
        text = text.strip()
        if m := _SINGLE_RE.fullmatch(text):
            return _single(text, m.group("y"), m.group("m"), m.group("d"), m.group("q"))
        if m := _INTERVAL_RE.fullmatch(text):
            a = _single(text, m.group("ay"), m.group("am"), m.group("ad"), m.group("aq"))
            b = _single(text, m.group("by"), m.group("bm"), m.group("bd"), m.group("bq"))
            if b.end < a.start:
                raise DateError(f"interval {text!r} ends before it starts")
            return cls(
                text,
                "interval",
                a.start,
                b.end,
                a.uncertain or b.uncertain,
                a.approximate or b.approximate,
            )
        if m := _WEEK_RE.fullmatch(text):
            return week(int(m.group("y")), int(m.group("w")))
        if m := _WEEKS_RE.fullmatch(text):
            first, last = cls.parse(m.group("a")), cls.parse(m.group("b"))
            if last.end < first.start:
                raise DateError(f"interval {text!r} ends before it starts")
            return cls(text, "interval", first.start, last.end)
        raise DateError(
            f"{text!r} is not an EDTF date: write YYYY, YYYY-MM, YYYY-MM-DD, a decade YYYX "
            "or START/END"
        )

    @classmethod
    def from_yaml(cls, value: object) -> EdtfDate:
        """Accept what curators write unquoted: YAML reads 2024 as int, 2024-06-01 as date."""
        if isinstance(value, bool):
            raise DateError(f"{value!r} is not a date")
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            return day(value)
        if isinstance(value, int):
            return cls.parse(f"{value:04d}")
        if isinstance(value, str):
            return cls.parse(value)
        raise DateError(f"{value!r} is not a date")

    @property
    def days(self) -> int:
        """How many calendar days the value covers: a coarse measure of precision."""
        return (self.end - self.start).days + 1

    def contains(self, other: EdtfDate) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, start: dt.date | None, end: dt.date | None) -> bool:
        return (start is None or self.end >= start) and (end is None or self.start <= end)

    def store_value(self) -> str:
        """The value as the store writes it: ISO weeks become EDTF intervals of days."""
        if self.precision == "week" or "W" in self.value:
            return f"{self.start.isoformat()}/{self.end.isoformat()}"
        return self.value

    def display(self) -> str:
        """The value for a reader, at its precision: "13 Sep 2023", "Jun 2024", "2024"."""
        text = _display_span(self)
        if self.approximate and self.uncertain:
            return f"c. {text}?"
        if self.approximate:
            return f"c. {text}"
        if self.uncertain:
            return f"{text}?"
        return text

    def __str__(self) -> str:
        return self.value


def day(d: dt.date) -> EdtfDate:
    return EdtfDate(d.isoformat(), "day", d, d)


def decade(first_year: int) -> EdtfDate:
    """The ten years from a year ending in 0 ("w latach 90." is 1990-1999), EDTF `199X`."""
    if first_year % 10:
        raise DateError(f"{first_year} does not start a decade (a year ending in 0)")
    return EdtfDate(
        f"{first_year // 10:03d}X",
        "decade",
        dt.date(first_year, 1, 1),
        dt.date(first_year + 9, 12, 31),
    )


def month(year: int, month_: int) -> EdtfDate:
    last = calendar.monthrange(year, month_)[1]
    return EdtfDate(
        f"{year:04d}-{month_:02d}", "month", dt.date(year, month_, 1), dt.date(year, month_, last)
    )


def year(year_: int) -> EdtfDate:
    return EdtfDate(f"{year_:04d}", "year", dt.date(year_, 1, 1), dt.date(year_, 12, 31))


def quarter(year_: int, q: int) -> EdtfDate:
    first = dt.date(year_, 3 * q - 2, 1)
    last_month = 3 * q
    last = dt.date(year_, last_month, calendar.monthrange(year_, last_month)[1])
    return EdtfDate(f"{year_:04d}-{32 + q}", "quarter", first, last)


def week(iso_year: int, iso_week: int) -> EdtfDate:
    try:
        monday = dt.date.fromisocalendar(iso_year, iso_week, 1)
    except ValueError as exc:
        raise DateError(f"{iso_year}-W{iso_week:02d} is not an ISO week") from exc
    return EdtfDate(
        f"{iso_year:04d}-W{iso_week:02d}", "week", monday, monday + dt.timedelta(days=6)
    )


def interval(start: dt.date, end: dt.date) -> EdtfDate:
    if end < start:
        raise DateError(f"interval {start}/{end} ends before it starts")
    return EdtfDate(f"{start.isoformat()}/{end.isoformat()}", "interval", start, end)


SEASON_STARTS = {21: (3, 20), 22: (6, 21), 23: (9, 23), 24: (12, 21)}
"""Astronomical seasons of the northern hemisphere, from equinox or solstice (Duckling's
convention too); each ends the day before the next begins, winter in the next year."""


def season(year_: int, code: int) -> EdtfDate:
    """EDTF season 21-24 of a year: spring, summer, autumn, winter (which spans the new year)."""
    start = dt.date(year_, *SEASON_STARTS[code])
    following = 21 if code == 24 else code + 1
    end = dt.date(year_ + (code == 24), *SEASON_STARTS[following]) - dt.timedelta(days=1)
    return EdtfDate(f"{year_:04d}-{code}", "season", start, end)


def _single(text: str, y: str, m: str | None, d: str | None, q: str | None) -> EdtfDate:
    uncertain = q in ("?", "%")
    approximate = q in ("~", "%")
    if y.endswith("X"):  # EDTF's unspecified last digit: a decade, which has no months
        if m is not None:
            raise DateError(f"{text!r}: a decade ({y}) has no month: write {y} alone")
        base = decade(int(y[:3]) * 10)
        if q is None:
            return base
        return EdtfDate(base.value + q, "decade", base.start, base.end, uncertain, approximate)
    yi = int(y)
    try:
        if m is None:
            base = year(yi)
        elif d is None:
            mi = int(m)
            if mi in SEASONS:
                base = season(yi, mi)
            elif mi in QUARTERS:
                base = quarter(yi, QUARTERS[mi])
            elif 1 <= mi <= 12:
                base = month(yi, mi)
            else:
                raise DateError(f"{text!r}: month {m} does not exist (01-12)")
        else:
            base = day(dt.date(yi, int(m), int(d)))
    except ValueError as exc:
        if isinstance(exc, DateError):
            raise
        raise DateError(f"{text!r} is not a real calendar day ({exc})") from exc
    if q is None:
        return base
    return EdtfDate(base.value + q, base.precision, base.start, base.end, uncertain, approximate)


def _display_span(d: EdtfDate) -> str:
    s = d.start
    if d.precision == "day":
        return f"{s.day} {MONTH_ABBR[s.month - 1]} {s.year}"
    if d.precision == "month":
        return f"{MONTH_ABBR[s.month - 1]} {s.year}"
    if d.precision == "year":
        return str(s.year)
    if d.precision == "decade":
        return f"{s.year}s"
    if d.precision == "quarter":
        return f"Q{(s.month + 2) // 3} {s.year}"
    if d.precision == "season":
        return f"{SEASONS[int(d.value[5:7])]} {s.year}"
    if d.precision == "week":
        iso = s.isocalendar()
        return f"week {iso.week} {iso.year}"
    return _display_interval(d)


def _year_or_decade(end: str) -> str:
    """One end of a range of years or decades as a reader says it: "1990s", "2004"."""
    return f"{end[:3]}0s" if end.endswith("X") else end


def _dmy(d: dt.date) -> str:
    return f"{d.day} {MONTH_ABBR[d.month - 1]} {d.year}"


def _display_interval(d: EdtfDate) -> str:
    """Intervals keep the coarsest form that is exact: "29 Nov – 1 Dec 2024", "Jun – Aug 2024"."""
    left, right = d.value.rstrip("?~%").split("/")
    if left.endswith("X") or right.endswith("X"):  # decades, or a decade and a year
        return f"{_year_or_decade(left)} – {_year_or_decade(right)}"
    if len(left) == 4 and len(right) == 4:
        return f"{left} – {right}"
    s, e = d.start, d.end
    if len(left) == 7 and len(right) == 7:
        if s.year == e.year:
            return f"{MONTH_ABBR[s.month - 1]} – {MONTH_ABBR[e.month - 1]} {e.year}"
        return f"{MONTH_ABBR[s.month - 1]} {s.year} – {MONTH_ABBR[e.month - 1]} {e.year}"
    if s.year != e.year:
        return f"{_dmy(s)} – {_dmy(e)}"
    if s.month != e.month:
        return f"{s.day} {MONTH_ABBR[s.month - 1]} – {e.day} {MONTH_ABBR[e.month - 1]} {e.year}"
    return f"{s.day}–{e.day} {MONTH_ABBR[e.month - 1]} {e.year}"


@dataclass(slots=True)
class Source:
    """Where an event is reported: an article, the words that date it, and the quote."""

    seed: str
    lang: str | None = None
    expression: str | None = None
    resolved: EdtfDate | None = None
    quote: str | None = None
    dispute: str | None = None
    line: int = 0


@dataclass(slots=True)
class Event:
    """One happening on the timeline, with every source that reports it."""

    id: str
    date: EdtfDate
    title: str
    status: str = "candidate"
    tags: list[str] = field(default_factory=list)
    sources: list[Source] = field(default_factory=list)
    note: str | None = None
    line: int = 0
    links: list[str] = field(default_factory=list)
    """Web pages about the event (optional)."""
    wikidata: str | None = None
    """The event's Wikidata item, a Q-id (optional)."""
    place: str | None = None
    """Where it happened (optional)."""
    kind: str | None = None
    """What `build` took a candidate for when it is probably no event (`happenings.KINDS`)."""
    may_be: list[tuple[str, float]] = field(default_factory=list)
    """The events and candidates `build` found this one may be, with their scores."""

    def sort_key(self) -> tuple[dt.date, dt.date, str]:
        """The timeline's total order: first day, then last day, then id."""
        return (self.date.start, self.date.end, self.id)

    @property
    def languages(self) -> list[str]:
        seen: dict[str, None] = {}
        for s in self.sources:
            if s.lang:
                seen.setdefault(s.lang, None)
        return list(seen)
