"""Rules from data: a language's phrase shapes, filled with its words, read by shared meanings.

A language's `words.yaml` may list, under `shapes`, the shapes its phrases take for an idea
of `core.MEANINGS` ("{count} {unit} ago" for `units_ago`). A shape is a regular expression
over normalised text in which a space stands for any run of spaces and each `{slot}` is
filled with the language's words as a named group:

    {weekday} {weekday_pair} {offset} {relative_day} {day} {month} {year} {count} {unit}
    {period_unit} {season} {holiday} {month_number} {month_abbreviation} {decade} {century},
    and adjectives written as stems that any ending may follow: {relative_day_adjective}
    {weekday_adjective} {month_adjective} {year_adjective}

What the filled shape means is written once here, for every language, with the helpers of
`core` (`weekday_date`, `season_date`, `holiday_date`, `units_from`). A language can be
data alone (`language_from`, used by the test that builds a toy language), or add shaped
rules to the rules of its module (Polish takes its two coordinated weekdays this way).
"""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from pathlib import Path

from timeline.dates import core, data
from timeline.dates.core import Context, Language, Rule
from timeline.model import EdtfDate, day, month, year

SLOTS: dict[str, str] = {
    "weekday": "weekday",
    "weekday_pair": "pair",
    "offset": "offset",
    "relative_day": "relative_day",
    "day": "day",
    "month": "month",
    "year": "year",
    "count": "count",
    "unit": "unit",
    "period_unit": "unit",
    "season": "season",
    "holiday": "holiday",
    "relative_day_adjective": "relative_day_adjective",
    "weekday_adjective": "weekday_adjective",
    "month_adjective": "month_adjective",
    "year_adjective": "year_adjective",
    "month_number": "month_number",
    "decade": "decade",
    "century": "century",
    "month_abbreviation": "month_abbreviation",
}
"""Each slot of a shape and the group its words are captured in."""

_SLOT = re.compile(r"\{([a-z_]+)\}")


def _alternatives(words: data.Words) -> dict[str, str]:
    """The regex each slot stands for, from the language's words."""
    pair = ""
    if words.and_words:
        pair = core.weekday_pairs(words.weekdays, core.alternation(words.and_words))
    holidays = [name for h in words.holidays for name in h.names]
    return {
        "weekday": core.alternation(words.weekdays),
        "weekday_pair": pair,
        "offset": core.alternation(words.offsets),
        "relative_day": core.alternation(words.relative_days),
        "day": _either(r"(?:3[01]|[12]\d|0?[1-9])(?!\d)", core.alternation(words.ordinals)),
        "month": core.alternation(words.months),
        "year": r"[12]\d{3}(?!\d)",
        "count": _either(r"\d{1,3}(?!\d)", core.alternation(words.cardinals)),
        "unit": core.alternation(words.units),
        "period_unit": core.alternation(words.period_units),
        "season": core.alternation(words.seasons),
        "holiday": core.alternation(holidays),
        "month_number": r"1[0-2]|0?[1-9](?!\d)",
        "decade": r"'?(?:1\d|20)?\d0(?!\d)(?![-/]\d)",
        "century": r"[ivx]{1,5}|\d{2}",
        "month_abbreviation": core.alternation(words.month_abbreviations),
        **{
            f"{table}_adjective": core.alternation(getattr(words, f"{table}_adjectives"))
            for table in ("relative_day", "weekday", "month", "year")
        },
    }


def _either(*parts: str) -> str:
    """Alternatives, leaving out a table the language does not have (an empty one would
    match nothing at all)."""
    return "|".join(part for part in parts if part)


def pattern(shape: str, alternatives: dict[str, str]) -> re.Pattern[str]:
    """A shape compiled: slots filled as named groups, spaces as runs of spaces, the whole
    bounded by word edges."""

    def fill(m: re.Match[str]) -> str:
        slot = m.group(1)
        if slot not in SLOTS:
            raise data.LanguageDataError(f"shape {shape!r}: no slot {{{slot}}}")
        words = alternatives[slot].strip("|")
        if not words:
            raise data.LanguageDataError(f"shape {shape!r}: the language has no {slot} words")
        ending = r"[^\W\d_]*" if slot.endswith("_adjective") else ""  # a stem's ending
        return f"(?P<{SLOTS[slot]}>{words}){ending}"

    body = _SLOT.sub(fill, shape.replace(" ", r"\s+"))
    return re.compile(rf"(?<!\w)(?:{body})(?!\w)")


def rules(words: data.Words) -> tuple[Rule, ...]:
    """The rules of a language's shapes, in the order the file gives them."""
    alternatives = _alternatives(words)
    meanings = _Meanings(words)
    out: list[Rule] = []
    for meaning, shapes in words.shapes.items():
        resolve = meanings.resolver(meaning)
        out.extend(Rule(meaning, pattern(shape, alternatives), resolve) for shape in shapes)
    return tuple(out)


@cache
def shaped_rules(code: str) -> tuple[Rule, ...]:
    """The shaped rules of a shipped language."""
    return rules(data.words(code))


def language_from(folder: Path) -> Language:
    """A language from its data alone: `words.yaml` in `folder`, its shapes as its rules."""
    words = data.load_words(folder / "words.yaml")
    normalize = _fold_normalize if words.fold else core.default_normalize
    return Language(words.code, words.name, rules(words), normalize)


def _fold_normalize(text: str) -> str:
    return core.fold_accents(core.default_normalize(text))


class _Meanings:
    """What each idea means, given the language's words for it."""

    def __init__(self, words: data.Words) -> None:
        self.words = words
        self.holidays = words.holiday_days()
        self.seasons = words.season_codes()

    def resolver(self, meaning: str) -> core.Resolver:
        found: core.Resolver | None = getattr(self, meaning, None)
        if found is None:
            raise data.LanguageDataError(f"{self.words.code}: no shapes for {meaning!r} yet")
        return found

    def _count(self, m: re.Match[str]) -> int:
        text = " ".join(m["count"].split())
        return int(text) if text.isdigit() else self.words.cardinals[text]

    def _offset(self, m: re.Match[str]) -> int | None:
        found = m.groupdict().get("offset")
        return None if found is None else self.words.offsets[" ".join(found.split())]

    def _year(self, m: re.Match[str]) -> int | None:
        found = m.groupdict().get("year")
        return None if found is None else int(found)

    def _day(self, m: re.Match[str]) -> int:
        text = m["day"]
        return int(text) if text.isdigit() else self.words.ordinals[" ".join(text.split())]

    def weekday(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        """ "this Friday" is the current week's; "last"/"next" the one strictly before or
        after; alone, the nearest in the direction (`core.weekday_date`)."""
        adjective = m.groupdict().get("weekday_adjective")
        if adjective is not None:
            wd = self.words.weekday_adjectives[adjective]
            return day(core.weekday_date(ctx.today, wd, ctx.prefer))
        wd = self.words.weekdays[m["weekday"]]
        return day(core.weekday_date(ctx.today, wd, ctx.prefer, self._offset(m)))

    def weekday_pair(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        return core.weekday_pair(self.words.weekdays)(m, ctx)

    def relative_day(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        adjective = m.groupdict().get("relative_day_adjective")
        if adjective is not None:
            shift = self.words.relative_day_adjectives[adjective]
        else:
            shift = self.words.relative_days[" ".join(m["relative_day"].split())]
        return day(ctx.today + dt.timedelta(days=shift))

    def _month(self, m: re.Match[str]) -> int:
        """The month of a `{month}` or a `{month_abbreviation}` slot."""
        abbreviation = m.groupdict().get("month_abbreviation")
        if abbreviation is not None:
            return self.words.month_abbreviations[abbreviation]
        return self.words.months[m["month"]]

    def day_month(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        month_, day_, year_ = self._month(m), self._day(m), self._year(m)
        if year_ is not None:
            return core.dated_day(year_, month_, day_)
        return core.day_month_near(ctx, month_, day_, None)

    def numeric_date(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        """A day in digits, year first ("2019/03/07", "2019.3.7")."""
        year_ = self._year(m)
        month_ = int(m["month_number"])
        return None if year_ is None else core.dated_day(year_, month_, self._day(m))

    def numeric_month(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        """A month in digits with its year ("în 03/2024")."""
        year_ = self._year(m)
        return None if year_ is None else month(year_, int(m["month_number"]))

    def month_year(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        year_ = self._year(m)
        return None if year_ is None else month(year_, self.words.months[m["month"]])

    def month(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        adjective = m.groupdict().get("month_adjective")
        if adjective:
            number = self.words.month_adjectives[adjective]
        else:
            number = self.words.months[m["month"]]
        found = core.nearest_month(ctx.today, number, ctx.prefer)
        return month(*found)

    def units_ago(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        unit = self.words.units[m["unit"]]
        return core.units_from(ctx.today, unit, -self._count(m))

    def units_ahead(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        unit = self.words.units[m["unit"]]
        return core.units_from(ctx.today, unit, self._count(m))

    def period_offset(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        adjective = m.groupdict().get("year_adjective")
        if adjective is not None:
            return core.units_from(ctx.today, "year", self.words.year_adjectives[adjective])
        step = self._offset(m)
        unit = self.words.period_units[m["unit"]]
        return None if step is None else core.units_from(ctx.today, unit, step)

    def season(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        code = self.seasons[m["season"]]
        return core.season_date(ctx, code, self._offset(m), self._year(m))

    def holiday(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        on = self.holidays[" ".join(m["holiday"].split())]
        return core.holiday_date(ctx, on, self._year(m), self._offset(m))

    def year(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        year_ = self._year(m)
        return None if year_ is None else year(year_)

    def decade(self, m: re.Match[str], ctx: Context) -> EdtfDate | None:
        """ "w latach 90.", "nos anos 1990", "lata 80. XX wieku" (`core.decade_of`)."""
        written = m.groupdict().get("century")
        century = None
        if written is not None:
            century = int(written) if written.isdigit() else core.roman(written)
            if century is None:
                return None
        return core.decade_of(m["decade"], century)
