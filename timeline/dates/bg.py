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
weekends, a month last/this/next, weekday ranges and pairs, ISO and year-first numeric
dates, numeric months, date adjectives.

Still written here, and why (what the shapes cannot yet say, and what is not yet moved):
- day/month/year ranges and two numeric dates as one span ("от 13 до 15 юли",
  "между 31.12.2025 и 02.01.2026"): two of a slot in one shape need first/last slots;
- dates with a year said as a phrase ("юни миналата година", "лятото на 2024 г.",
  quarters, halves, seasons, holidays): the year phrase carries an offset of its own, and
  a shape has one offset group; years need the "г."/"година" mark (`_YEAR_MARK`);
- day + month, month + day, month + year, day of month ("на петнадесети"): the weekday
  written before them and ordinal days with endings ("1-ви") through `core.Ranges`;
- "май" (May, and "it seems") and weekday abbreviations: whole-expression-only rules;
  "всеки петък" (a habit) reads the word before the weekday;
- part of a period ("по-рано тази година"), bare years: not yet moved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from timeline.dates import core, data, shapes, tensedata
from timeline.dates.core import Context, Language, Rule, Unit
from timeline.model import EdtfDate, day, quarter, season, year

# --- words ---------------------------------------------------------------------------

WORDS = data.words("bg")
"""The words of Bulgarian dates: `lang/bg/words.yaml`."""

MONTHS: dict[str, int] = WORDS.months
MONTH_ABBREVIATIONS: dict[str, int] = WORDS.month_abbreviations
"""Only next to a day number ("18 февр.")."""

WEEKDAYS: dict[str, int] = WORDS.weekdays
WEEKDAY_ABBREVIATIONS: dict[str, int] = WORDS.weekday_abbreviations
"""Only as a whole expression ("пон."). "пет" is left out: it is the number five."""

MODIFIERS: dict[str, int] = WORDS.offsets
"""Last/this/next in every gender; "по-" before a last/next one goes one further."""

CARDINALS: dict[str, int] = WORDS.cardinals

ORDINAL_DAYS: dict[str, int] = WORDS.ordinals
"""Days of the month as ordinals: "първи март", "на петнадесети"."""

UNITS: dict[str, Unit] = WORDS.units
PERIOD_UNITS: dict[str, Unit] = WORDS.period_units

QUARTERS: dict[str, int] = {
    "първото": 1, "първо": 1, "второто": 2, "второ": 2, "третото": 3, "трето": 3,
    "четвъртото": 4, "четвърто": 4, "последното": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
    "1": 1, "2": 2, "3": 3, "4": 4, "1-во": 1, "2-ро": 2, "3-то": 3, "4-то": 4,
}  # fmt: skip

SEASONS: dict[str, int] = WORDS.season_codes()


HOLIDAYS: dict[str, Callable[[int], dt.date]] = WORDS.holiday_days()
"""Named days. Easter and the feasts tied to it are Orthodox (the Bulgarian calendar)."""
HOLIDAY_CUES: tuple[str, ...] = WORDS.holiday_cues
AMBIGUOUS_HOLIDAYS: frozenset[str] = WORDS.ambiguous_holidays
"""Also a common phrase (a new year): a day only after a cue or alone."""

NOT_A_DAY_BEFORE: frozenset[str] = frozenset({"всеки", "всяка", "всяко", "всички"})
"""Words that make the next weekday a habit, not a date: "всеки петък"."""


def normalize(text: str) -> str:
    """Lower case, NFC, one kind of dash and space; same length (see `core`)."""
    return core.default_normalize(text)


# --- pattern pieces ------------------------------------------------------------------

_B = r"(?<!\w)"
_E = r"(?!\w)"
_PREP = rf"(?:{shapes.fragment('bg', 'prep')})?"
_MONTH_NO_MAY = core.alternation(w for w in MONTHS if w != "май")
_MONTH_FULL = core.alternation(MONTHS)
_MONTH_DAY_CONTEXT = rf"(?:{_MONTH_FULL}|(?:{core.alternation(MONTH_ABBREVIATIONS)})(?:\.|{_E}))"
_WEEKDAY = core.alternation(WEEKDAYS)
_DAY_NUM = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_DAY = rf"(?:{_DAY_NUM}(?:-?(?:ви|ри|ти|ми|и)(?!\w))?|{core.alternation(ORDINAL_DAYS)})"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?!\d)(?![.,/]\d)"
_YEAR_MARK = r"(?:-?(?:та|а)(?!\w))?(?:\s*(?:г\.|г(?!\w)|год\.|година(?:та)?(?!\w)))"
"""What makes a number a year: "2024 г.", "2024 г", "2024-та година"."""
_MOD = core.alternation(MODIFIERS)
_PO = r"(?P<po>по-\s*)?"
_WD_PREFIX = rf"(?:(?P<pwd>{_WEEKDAY})\s*,?\s+(?:на\s+)?)?"
_TAIL = rf"{shapes.fragment('bg', 'time')}{_E}"
"""A time of day after a day: kept in the match, dropped from the value."""
_END = r"(?=\s*(?:$|[.,;:!?)»“\"]))"


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


def _day_number(text: str) -> int:
    text = _words(text)
    if text in ORDINAL_DAYS:
        return ORDINAL_DAYS[text]
    return int(re.match(r"\d+", text)[0])  # type: ignore[index]


_month_number = core.numbers_of(MONTHS, MONTH_ABBREVIATIONS)


def _modifier(m: re.Match[str], name: str = "mod") -> int:
    """The offset of "миналата"/"тази"/"следващия", doubled by "по-" ("по-миналата")."""
    n = MODIFIERS[m[name]]
    if m.groupdict().get("po") and n:
        n += 1 if n > 0 else -1
    return n


def _year_of(m: re.Match[str], ctx: Context, p: str = "") -> int | None:
    """The year a match names ("2024", "миналата година"), or None when it names none."""
    groups = m.groupdict()
    if groups.get(f"{p}y"):
        return int(groups[f"{p}y"])
    if groups.get(f"{p}yr"):
        return ctx.today.year + MODIFIERS[groups[f"{p}yr"]]
    return None


# --- resolvers -------------------------------------------------------------------------


def _day_of_month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "на петнадесети": the 15th nearest in the direction."""
    found = core.nearest_day_of_month(ctx.today, _day_number(m["d"]), ctx.prefer)
    return None if found is None else day(found)


_RANGES = core.Ranges(_month_number, _day_number, _year_of, WEEKDAYS)


def _weekday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """A named day: last/next strictly before/after; else nearest in the direction.

    Looking back the reference day itself counts (news name the publication day by its
    weekday); looking forward it does not, as the day itself would be "днес" (Duckling's
    reading too). "по-следващия петък" is the Friday after next Friday.
    """
    if core.previous_word(m) in NOT_A_DAY_BEFORE:
        return None
    word, ref = m["wd"], ctx.today
    wd = WEEKDAYS.get(word, WEEKDAY_ABBREVIATIONS.get(word, 0))
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


def _season_modified(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "това лято", "миналата зима": the season now (or this year's), the last ended, the next."""
    return core.season_date(ctx, SEASONS[m["s"]], _modifier(m))


def _season_year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    y = _year_of(m, ctx)
    return None if y is None else season(y, SEASONS[m["s"]])


def _holiday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    name = _words(m["h"])
    whole = m.start() == 0 and m.end() == len(m.string)
    if name in AMBIGUOUS_HOLIDAYS and not (m["cue"] or whole):
        return None
    on = HOLIDAYS[name]
    y = _year_of(m, ctx)
    if core.named_alone(m, m["cue"], y):
        return None
    return core.holiday_date(ctx, on, y)


def _year_part(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "по-рано тази година", "в края на миналия месец": the year (or month, week) itself."""
    unit = PERIOD_UNITS[m["u"]]
    n = _modifier(m) if m["mod"] else 0
    return core.period(core.shift(ctx.today, unit, n), unit)


# --- rules ---------------------------------------------------------------------------


_HOLIDAY_CUE = rf"(?:(?P<cue>{core.alternation(HOLIDAY_CUES)})\s+)?"
_RANGE_START = r"(?:(?:от|между|в периода от|в периода|за периода от)\s+)?"
_RANGE_JOIN = r"(?:\s*-\s*|\s+(?:до|и)\s+)"

RULES: list[Rule] = [
    core.compiled(
        "numeric_date",
        rf"{_B}{_PREP}{_WD_PREFIX}(?P<d>\d{{1,2}})(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)"
        rf"(?P<y>\d{{4}}|\d{{2}})(?!\d|[./-]\d)(?:{_YEAR_MARK})?{_TAIL}",
        core.numeric_day,
    ),
    core.compiled(
        "numeric_range",
        rf"{_B}(?:между|от|в периода от|в периода между)\s+(?P<d1>\d{{1,2}})(?P<sep>[./-])"
        rf"(?P<m1>\d{{1,2}})(?P=sep)(?P<y1>\d{{4}})(?:{_YEAR_MARK})?\s+(?:и|до)\s+"
        rf"(?P<d2>\d{{1,2}})(?P=sep)(?P<m2>\d{{1,2}})(?P=sep)(?P<y2>\d{{4}})(?!\d|[./-]\d)"
        rf"(?:{_YEAR_MARK})?{_E}",
        core.numeric_range,
    ),
    core.compiled(
        "day_range",
        rf"{_B}{_RANGE_START}(?P<d1>{_DAY}){_RANGE_JOIN}(?P<d2>{_DAY})\s+"
        rf"(?P<m1>)?(?P<y1>)?(?P<m2>{_MONTH_DAY_CONTEXT})(?:{_year_or_rel('')})?{_E}",
        _RANGES.day_range,
    ),
    core.compiled(
        "day_range",
        rf"{_B}{_RANGE_START}(?P<d1>{_DAY})\s+(?P<m1>{_MONTH_DAY_CONTEXT})"
        rf"(?:\s+(?P<y1>{_YEAR})(?:{_YEAR_MARK})?)?{_RANGE_JOIN}(?P<d2>{_DAY})\s+"
        rf"(?P<m2>{_MONTH_DAY_CONTEXT})(?:{_year_or_rel('')})?{_E}",
        _RANGES.day_range,
    ),
    core.compiled(
        "month_range",
        rf"{_B}{_RANGE_START}(?P<m1>{_MONTH_FULL})(?:\s+(?P<y1>{_YEAR})(?:{_YEAR_MARK})?)?"
        rf"{_RANGE_JOIN}(?P<m2>{_MONTH_FULL})(?:{_year_or_rel('')})?{_E}",
        _RANGES.month_range,
    ),
    core.compiled(
        "year_range",
        rf"{_B}{_RANGE_START}(?P<y1>{_YEAR})(?:{_YEAR_MARK})?{_RANGE_JOIN}(?P<y2>{_YEAR})"
        rf"(?:{_YEAR_MARK})?{_E}",
        _RANGES.year_range,
    ),
    core.compiled(
        "day_month",
        rf"{_B}{_PREP}{_WD_PREFIX}(?P<d>{_DAY})\s+(?P<m>{_MONTH_DAY_CONTEXT})"
        rf"(?:{_year_or_rel('')})?{_TAIL}",
        _RANGES.day_month,
    ),
    core.compiled(
        "month_day",
        rf"{_B}{_PREP}{_WD_PREFIX}(?P<m>{_MONTH_FULL})\s+(?P<d>{_DAY_NUM})(?!\s*-\s*\d)"
        rf"(?:\s*,?\s+(?P<y>{_YEAR})(?:{_YEAR_MARK})?)?{_TAIL}",
        _RANGES.day_month,
    ),
    core.compiled(
        "day_of_month",
        rf"{_B}(?:на\s+|\A)(?P<d>{_DAY}){_END}(?!(?:\s*(?:,|-|–|и|или)\s*\d{{1,3}})*\s+годин)",
        _day_of_month,
    ),
    core.compiled(
        "month_year",
        rf"{_B}{_PREP}(?:месец\s+)?(?P<m>{_MONTH_FULL})\s*,?\s+(?:(?:на|от)\s+)?"
        rf"(?P<y>{_YEAR})(?:{_YEAR_MARK})?{_E}",
        _RANGES.month_year,
    ),
    core.compiled(
        "month_relative_year",
        rf"{_B}{_PREP}(?:месец\s+)?(?P<m>{_MONTH_FULL})\s+(?:{_year_rel('')})",
        _RANGES.month_year,
    ),
    core.compiled(
        "month",
        rf"{_B}{_PREP}(?:месец\s+)?(?P<m>{_MONTH_NO_MAY}){_E}(?!\s+\d)",
        _RANGES.month_bare,
    ),
    core.compiled(
        "month",
        rf"{_B}(?:(?:през|в|от|до|месец|през месец|в началото на|в края на|в средата на|"
        rf"от началото на|до края на)\s+|\A)(?P<m>май){_END}",
        _RANGES.month_bare,
    ),
    core.compiled(
        "weekday",
        rf"{_B}{_PREP}(?:{_PO}(?P<mod>{_MOD})\s+)?(?P<wd>{_WEEKDAY}){_TAIL}",
        _weekday,
    ),
    core.compiled(
        "weekday_abbreviation",
        rf"\A(?P<wd>{core.alternation(WEEKDAY_ABBREVIATIONS)})\.?\Z",
        _weekday,
    ),
    core.compiled(
        "part_of_period",
        rf"{_B}(?:по-рано|по-късно|в началото на|в края на|в средата на|от началото на|"
        rf"до края на|през първата половина на|през втората половина на)\s+"
        rf"(?:(?:през|на)\s+)?(?:{_PO}(?P<mod>{_MOD})\s+)?"
        rf"(?P<u>годината|година|месеца|месец|седмицата|седмица){_E}",
        _year_part,
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
        "season",
        rf"{_B}{_PREP}{_PO}(?P<mod>{_MOD})\s+(?P<s>{core.alternation(SEASONS)}){_E}",
        _season_modified,
    ),
    core.compiled(
        "season",
        rf"{_B}{_PREP}(?P<s>{core.alternation(SEASONS)})\s+(?:(?:на|от|през)\s+)?"
        rf"(?:(?P<y>{_YEAR})(?:{_YEAR_MARK})?|(?P<yr>{_MOD})\s+година){_E}",
        _season_year,
    ),
    core.compiled(
        "season",
        rf"{_B}през\s+(?P<s>пролетта|лятото|есента|зимата){_E}",
        lambda m, ctx: core.nearest_season(ctx.today, SEASONS[m["s"]], ctx.prefer),
    ),
    core.compiled(
        "holiday",
        rf"{_B}{_HOLIDAY_CUE}(?P<h>{core.alternation(HOLIDAYS)})(?:{_year_or_rel('')})?{_E}",
        _holiday,
    ),
    core.compiled(
        "year",
        rf"{_B}(?<![\d№]/)(?<!\d\s/)(?<!\d/\s){_PREP}(?P<y>{_YEAR}){_YEAR_MARK}",
        core.year_group,
    ),
    core.compiled(
        "year",
        rf"{_B}(?:(?:през|в|във)\s+(?P<y>{_YEAR})(?!\s*-\s*\d)(?!\s+(?:души|човека|хора)){_E}"
        rf"|(?:от|до|след|преди|към|около|още от|считано от)\s+(?P<y2>{_YEAR}){_END}"
        rf"|\A(?P<y3>{_YEAR})\Z)",
        lambda m, ctx: year(int(m["y"] or m["y2"] or m["y3"])),
    ),
    *shapes.shaped_rules("bg"),
]

NAMES = re.compile(
    r"(?<!\w)(?:ул\.|улица|улицата|бул\.|булевард|булевардът|булеварда|пл\.|площад|"
    r"площада|кв\.|квартал|квартала|училище|училището)\s*[„\"“«]?\s*$"
)
"""Streets, squares and quarters named after dates: "ул. „6-и септември“" is an address."""


ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "бул",
        "в",
        "вж",
        "г",
        "ген",
        "гр",
        "д-р",
        "др",
        "млн",
        "млрд",
        "напр",
        "проф",
        "с",
        "стр",
        "т.е",
        "ул",
        "хил",
    ]
)
"""Words after which a full stop does not end a sentence ("r.", "Sr.", "г.")."""

# --- tense: the words that tell which way a clause looks (see timeline.tense) ---------

TENSE = tensedata.load("bg")
"""The words and verb forms that tell past from future: `lang/bg/tense.yaml`."""

LANGUAGE = Language(
    "bg", "Bulgarian", RULES, normalize, NAMES, tense=TENSE, abbreviations=ABBREVIATIONS
)
