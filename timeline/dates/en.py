"""English (en) date expressions, for the command line rather than for articles.

`timeline show --since "last year"` and friends take English words; no article is in
English, so this is a small set: relative days and periods, "N units ago", "in N units",
month names with or without a year, weekdays, quarters, years and ISO forms.

Resolve (reference Sunday 2025-07-13, prefer past):
    "last year" -> 2024         "3 months ago" -> 2025-04     "June last year" -> 2024-06
    "in June" -> 2025-06        "next week" -> 2025-W29       "2024-06-01" -> 2024-06-01
Not dates (None): "for 3 days" (a duration), "recently", "3 days" (no direction).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from timeline.dates import core, data, shapes
from timeline.dates.core import Context, Rule
from timeline.model import EdtfDate, day, month, quarter, year

WORDS = data.words("en")
"""The words of English dates: `lang/en/words.yaml`."""


def _alt(words: Iterable[str]) -> str:
    """An alternation of words and phrases; a space in a phrase takes any run of spaces."""
    return "(?:" + core.alternation(words).replace("\\ ", r"\s+") + ")"


_B, _E = r"(?<![\w])", r"(?![\w])"
YEAR = r"[12]\d{3}(?!\d)"
MONTH = _alt(WORDS.months)
WEEKDAY = _alt(WORDS.weekdays)
UNIT = _alt(WORDS.units)
COUNT = rf"(?:\d{{1,3}}|{_alt(WORDS.cardinals)})"
OFFSET = _alt(WORDS.offsets)
LEAD = r"(?:(?:in|on|since|from|until|till|before|after|during|by|of)\s+)?"
"""Prepositions a command-line expression may carry ("since last year")."""


def _rule(name: str, pattern: str, fn: core.Resolver) -> Rule:
    return Rule(name, re.compile(_B + LEAD + pattern + _E), fn)


def _count(text: str) -> int:
    return int(text) if text.isdigit() else WORDS.cardinals[text]


def _iso(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "2024-06-01", "2024-06", "2024": themselves, at their precision."""
    y, mo, d = m.group("y"), m.group("m"), m.group("d")
    if d:
        found = core.calendar_day(int(y), int(mo), int(d))
        return None if found is None else day(found)
    if mo:
        return month(int(y), int(mo)) if 1 <= int(mo) <= 12 else None
    return year(int(y))


def _relative_day(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    offset = WORDS.relative_days[re.sub(r"\s+", " ", m.group("w"))]
    return day(ctx.today + dt.timedelta(days=offset))


def _period(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "last year", "this month", "next week": whole calendar units from the reference."""
    unit = WORDS.units[m.group("u")]
    return core.period(core.shift(ctx.today, unit, WORDS.offsets[m.group("o")]), unit)


def _earlier_this_year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "earlier this year" is the reference year (shared/docs/dates.md, rule 6)."""
    return year(ctx.today.year)


def _shifted(sign: int) -> core.Resolver:
    def resolve(m: re.Match[str], ctx: Context) -> EdtfDate | None:
        unit = WORDS.units[m.group("u")]
        return core.period(core.shift(ctx.today, unit, sign * _count(m.group("n"))), unit)

    resolve.__doc__ = "N units ago / in N units: the day, ISO week, month or year that far."
    return resolve


def _month_year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    return month(int(m.group("y")), WORDS.months[m.group("m")])


def _month_offset(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "June last year" (that month of the previous year), "last June" (strictly before)."""
    mo, ref = WORDS.months[m.group("m") or m.group("m2")], ctx.today
    if m.group("yo"):
        return month(ref.year + WORDS.offsets[m.group("yo")], mo)
    offset = WORDS.offsets[m.group("o")]
    if offset < 0:
        return month(ref.year if mo < ref.month else ref.year - 1, mo)
    if offset > 0:
        return month(ref.year if mo > ref.month else ref.year + 1, mo)
    return month(ref.year, mo)


def _month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "in June": the nearest June in the direction, the current month included."""
    return month(*core.nearest_month(ctx.today, WORDS.months[m.group("m")], ctx.prefer))


def _day_month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "5 June 2024", "June 5, 2024", "June 5" (nearest in the direction)."""
    mo, d = (
        WORDS.months[m.group("m") or m.group("m2")],
        int((m.group("d") or m.group("d2")).rstrip("stndrh")),
    )
    y = m.group("y") or m.group("y2")
    found = (
        core.calendar_day(int(y), mo, d)
        if y
        else core.nearest_day_month(ctx.today, mo, d, ctx.prefer)
    )
    return None if found is None else day(found)


def _weekday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "on Monday" (nearest in the direction), "last Monday" / "next Monday" (strictly)."""
    wd, o = WORDS.weekdays[m.group("wd")], m.group("o")
    if o in ("last", "previous", "past"):
        return day(core.strict_weekday(ctx.today, wd, "past"))
    if o == "next":
        return day(core.strict_weekday(ctx.today, wd, "future"))
    if o == "this":
        return day(core.weekday_of_week(ctx.today, wd, 0))
    return day(core.nearest_weekday(ctx.today, wd, ctx.prefer))


def _quarter(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "Q2 2024", "2024-Q2"; "Q2" alone is the nearest second quarter."""
    q, y = int(m.group("q") or m.group("q2")), m.group("y") or m.group("y2")
    if not 1 <= q <= 4:
        return None
    return quarter(int(y), q) if y else core.nearest_quarter(ctx.today, q, ctx.prefer)


_DAY = r"(?:3[01]|[12]\d|0?[1-9])(?:st|nd|rd|th)?"
RULES: list[Rule] = [
    _rule("iso_date", r"(?P<y>[12]\d{3})(?:-(?P<m>[01]\d)(?:-(?P<d>[0-3]\d))?)?(?![\d-])", _iso),
    _rule("relative_day", rf"(?P<w>{_alt(WORDS.relative_days)})", _relative_day),
    _rule("part_of_period", r"(?:earlier|later)\s+this\s+year", _earlier_this_year),
    _rule("period_offset", rf"(?:the\s+)?(?P<o>{OFFSET})\s+(?P<u>{UNIT})", _period),
    _rule("units_ago", rf"(?P<n>{COUNT})\s+(?P<u>{UNIT})\s+ago", _shifted(-1)),
    _rule("units_ahead", rf"(?:in\s+)?(?P<n>{COUNT})\s+(?P<u>{UNIT})\s+from\s+now", _shifted(1)),
    _rule("units_ahead", rf"in\s+(?P<n>{COUNT})\s+(?P<u>{UNIT})", _shifted(1)),
    _rule(
        "day_month",
        rf"(?:(?P<d>{_DAY})\s+(?:of\s+)?(?P<m>{MONTH})\.?(?:,?\s+(?P<y>{YEAR}))?"
        rf"|(?P<m2>{MONTH})\.?\s+(?P<d2>{_DAY})(?!\d)(?:,?\s+(?P<y2>{YEAR}))?)",
        _day_month,
    ),
    _rule("month_year", rf"(?P<m>{MONTH})\.?,?\s+(?:of\s+)?(?P<y>{YEAR})", _month_year),
    _rule(
        "month_offset",
        rf"(?:(?P<m>{MONTH})\s+(?P<yo>{OFFSET})\s+year|(?P<o>{OFFSET})\s+(?P<m2>{MONTH}))",
        _month_offset,
    ),
    _rule("month", rf"(?P<m>{MONTH})", _month),
    _rule("weekday", rf"(?:(?P<o>{OFFSET})\s+)?(?P<wd>{WEEKDAY})", _weekday),
    _rule(
        "quarter",
        rf"(?:q(?P<q>\d)(?:\s+(?P<y>{YEAR}))?|(?P<y2>{YEAR})-?q(?P<q2>\d))",
        _quarter,
    ),
]


LANGUAGE = shapes.language("en", RULES, core.default_normalize)
"""The rules above, then the shapes of `lang/en/words.yaml`; names, abbreviations and tense
words from the language's data."""
