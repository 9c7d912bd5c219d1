"""Bulgarian (bg) date expressions: the words as data, then the rules that read them.

Text is lower-cased before matching; Bulgarian spelling has no variants to fold. The
words are Bulgarian only: Russian look-alikes ("сегодня", "вчера" is shared, "неделя" is
Sunday here, not "week") are not added.

Resolve (reference Wednesday 2025-09-03, prefer past):
    "от 2024 г." -> 2024            "по-рано тази година" -> 2025
    "в неделя" -> 2025-08-31        "през юни миналата година" -> 2024-06
    "преди две седмици" -> 2025-W34 "от 13 до 15 юли" -> 2025-07-13/2025-07-15
Not dates (None): "три години" (a duration), "напоследък" (vague), "един хотел",
"следващи 5" (counts).

Words that are also common words need a cue in running text: "май" (May; "it seems")
only with a day, a year or "през"/"в"/"месец" before it and nothing after (alone, as the
whole expression, it is May); "Нова година"
(any new year) needs "на"/"за"/"по"/"след"/"преди" before it; a bare year needs "г."/
"година" or a preposition; weekday abbreviations ("пон.", "нед.") only stand alone.

Shaped from `lang/bg/words.yaml` (`timeline.dates.shapes`, each meaning written once):
units ago / ahead, relative days, this/last/next period (with "по-"), one-word years,
weekends, a month last/this/next, weekday ranges and pairs, numeric dates (day first, year
first, ISO), numeric months, a part of this/last/next period ("по-рано тази година"), date
adjectives, ranges of days, months and years and two numeric dates as one span ("от 13 до
15 юли", "от 1-ви до 5-ти май", "между 31.12.2025 и 02.01.2026"), a month of last/this/next
year ("юни миналата година"), a month with its year, a month alone ("май" only where it
cannot be "it seems"), seasons ("по-миналата зима", "лятото на 2024 г."), years with their
mark or a preposition, a day and its month with the weekday written before it ("вторник, 9
септември", "1-ви март"), the month first ("март 12"), a day of the month alone ("на
петнадесети"), weekday abbreviations. Names (streets, quarters) and
abbreviations are data too.

Still written here, and why (what the shapes cannot yet say, and what is not yet moved):
- quarters and halves ("второто тримесечие на миналата година"): they need ordinal readers
  (`QUARTERS`); holidays: a cue or the whole expression for an ambiguous name;
- "всеки петък" (a habit) reads the word before the weekday.
"""

from __future__ import annotations

import re

from timeline.dates import core, data, shapes
from timeline.dates.core import Context, Rule
from timeline.model import EdtfDate, day, quarter

# --- words ---------------------------------------------------------------------------

WORDS = data.words("bg")
"""The words of Bulgarian dates: `lang/bg/words.yaml`."""


QUARTERS: dict[str, int] = {
    "първото": 1, "първо": 1, "второто": 2, "второ": 2, "третото": 3, "трето": 3,
    "четвъртото": 4, "четвърто": 4, "последното": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
    "1": 1, "2": 2, "3": 3, "4": 4, "1-во": 1, "2-ро": 2, "3-то": 3, "4-то": 4,
}  # fmt: skip


NOT_A_DAY_BEFORE: frozenset[str] = frozenset({"всеки", "всяка", "всяко", "всички"})
"""Words that make the next weekday a habit, not a date: "всеки петък"."""


def normalize(text: str) -> str:
    """Lower case, NFC, one kind of dash and space; same length (see `core`)."""
    return core.default_normalize(text)


# --- pattern pieces ------------------------------------------------------------------

_B = r"(?<!\w)"
_E = r"(?!\w)"
_PREP = rf"(?:{shapes.fragment('bg', 'prep')})?"
_WEEKDAY = shapes.slot("bg", "weekday")
_YEAR = rf"{shapes.slot('bg', 'year')}(?![.,/]\d)"
"""A year as its news writes one (`year_pattern`), not followed by decimals."""
_YEAR_MARK = shapes.fragment("bg", "year_mark")
"""What makes a number a year: "2024 г.", "2024 г", "2024-та година"."""
_MOD = core.alternation(WORDS.offsets)
_PO = r"(?P<po>по-\s*)?"
_TAIL = rf"{shapes.fragment('bg', 'time')}{_E}"
"""A time of day after a day: kept in the match, dropped from the value."""


def _year_rel(p: str) -> str:
    """ "миналата година", "на тази година", "от следващата година" -> group `<p>yr`."""
    return rf"(?:(?:на|от|през)\s+)?(?P<{p}yr>{_MOD})\s+година{_E}"


def _year_or_rel(p: str) -> str:
    """A year in digits ("2024", "2024 г.", "на 2024 г.") or relative ("миналата година")."""
    return (
        rf"(?:\s*,?\s+(?:(?:на|от|през)\s+)?(?P<{p}y>{_YEAR})(?:{_YEAR_MARK})?"
        rf"|\s+(?:{_year_rel(p)}))"
    )


# --- reading matched words -----------------------------------------------------------


def _words(text: str) -> str:
    return re.sub(r"\s+", " ", text)


def _modifier(m: re.Match[str], name: str = "mod") -> int:
    """The offset of "миналата"/"тази"/"следващия", doubled by "по-" ("по-миналата")."""
    n = WORDS.offsets[m[name]]
    if m.groupdict().get("po") and n:
        n += 1 if n > 0 else -1
    return n


def _year_of(m: re.Match[str], ctx: Context, p: str = "") -> int | None:
    """The year a match names ("2024", "миналата година"), or None when it names none."""
    groups = m.groupdict()
    if groups.get(f"{p}y"):
        return int(groups[f"{p}y"])
    if groups.get(f"{p}yr"):
        return ctx.today.year + WORDS.offsets[groups[f"{p}yr"]]
    return None


# --- resolvers -------------------------------------------------------------------------


def _weekday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """A named day: last/next strictly before/after; else nearest in the direction.

    Looking back the reference day itself counts (news name the publication day by its
    weekday); looking forward it does not, as the day itself would be "днес" (Duckling's
    reading too). "по-следващия петък" is the Friday after next Friday.
    """
    if core.previous_word(m) in NOT_A_DAY_BEFORE:
        return None
    word, ref = m["wd"], ctx.today
    wd = WORDS.weekdays[word]
    n = _modifier(m) if m.groupdict().get("mod") else None
    return day(core.weekday_date(ref, wd, ctx.prefer, n))


def _half(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "първото полугодие (на 2024 г.)": six months."""
    h = 1 if m["q"] == "първото" else 2
    y = ctx.today.year if m.groupdict().get("yt") else _year_of(m, ctx)
    return core.half_year(y, h) if y is not None else core.nearest_half(ctx.today, h, ctx.prefer)


def _quarter(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    q = QUARTERS[m["q"]]
    if m.groupdict().get("yt"):
        return quarter(ctx.today.year, q)
    y = _year_of(m, ctx)
    if y is not None:
        return quarter(y, q)
    if m["q"] == "последното":
        return None  # "последното тримесечие" alone is "the latest quarter", not Q4
    return core.nearest_quarter(ctx.today, q, ctx.prefer)


def _holiday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    name = _words(m["h"])
    whole = m.start() == 0 and m.end() == len(m.string)
    if name in WORDS.ambiguous_holidays and not (m["cue"] or whole):
        return None
    on = WORDS.holiday_days()[name]
    y = _year_of(m, ctx)
    if core.named_alone(m, m["cue"], y):
        return None
    return core.holiday_date(ctx, on, y)


# --- rules ---------------------------------------------------------------------------


_HOLIDAY_CUE = rf"(?:(?P<cue>{core.alternation(WORDS.holiday_cues)})\s+)?"
RULES: list[Rule] = [
    core.compiled(
        "weekday",
        rf"{_B}{_PREP}(?:{_PO}(?P<mod>{_MOD})\s+)?(?P<wd>{_WEEKDAY}){_TAIL}",
        _weekday,
    ),
    core.compiled(
        "quarter",
        rf"{_B}{_PREP}(?P<q>{core.alternation(QUARTERS)})\s+тримесечие(?:то)?{_E}"
        rf"(?:\s+(?:(?:на|от)\s+)?(?:(?P<y>{_YEAR})(?:{_YEAR_MARK})?|(?P<yr>{_MOD})\s+година"
        rf"|(?P<yt>годината)))?{_E}",
        _quarter,
    ),
    core.compiled(
        "half_year",
        rf"{_B}{_PREP}(?P<q>първото|второто)\s+полугодие(?:то)?{_E}"
        rf"(?:\s+(?:(?:на|от)\s+)?(?:(?P<y>{_YEAR})(?:{_YEAR_MARK})?|(?P<yr>{_MOD})\s+година"
        rf"|(?P<yt>годината)))?{_E}",
        _half,
    ),
    core.compiled(
        "holiday",
        rf"{_B}{_HOLIDAY_CUE}(?P<h>{core.alternation(WORDS.holiday_days())})(?:{_year_or_rel('')})?{_E}",
        _holiday,
    ),
]


LANGUAGE = shapes.language("bg", RULES, normalize)
"""The rules above, then the shapes of `lang/bg/words.yaml`; names, abbreviations and tense
words from the language's data."""
