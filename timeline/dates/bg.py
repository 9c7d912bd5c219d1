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
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from timeline.dates import core, tensedata
from timeline.dates.core import Context, Language, Rule, Unit
from timeline.model import EdtfDate, day, month, quarter, season, year

# --- words ---------------------------------------------------------------------------

MONTHS: dict[str, int] = {
    "януари": 1, "февруари": 2, "март": 3, "април": 4, "май": 5, "юни": 6, "юли": 7,
    "август": 8, "септември": 9, "октомври": 10, "ноември": 11, "декември": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS: dict[str, int] = {
    "ян": 1, "яну": 1, "фев": 2, "февр": 2, "мар": 3, "апр": 4, "авг": 8, "сеп": 9,
    "септ": 9, "окт": 10, "ное": 11, "ноем": 11, "дек": 12,
}  # fmt: skip
"""Only next to a day number ("18 февр.")."""

WEEKDAYS: dict[str, int] = {
    "понеделник": 0, "понеделника": 0, "вторник": 1, "вторника": 1, "сряда": 2,
    "срядата": 2, "четвъртък": 3, "четвъртъка": 3, "петък": 4, "петъка": 4, "събота": 5,
    "съботата": 5, "неделя": 6, "неделята": 6,
}  # fmt: skip
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "пон": 0, "вт": 1, "ср": 2, "чет": 3, "съб": 5, "нед": 6,
}  # fmt: skip
"""Only as a whole expression ("пон."). "пет" is left out: it is the number five."""

RELATIVE_DAYS: dict[str, int] = {
    "днес": 0, "довечера": 0, "тази сутрин": 0, "тази вечер": 0, "тази нощ": 0,
    "вчера": -1, "снощи": -1, "утре": 1, "вдругиден": 2, "в другиден": 2,
    "другиден": 2, "завчера": -2, "онзи ден": -2, "оня ден": -2,
}  # fmt: skip

MODIFIERS: dict[str, int] = {
    "миналия": -1, "миналият": -1, "миналата": -1, "миналото": -1,
    "предишния": -1, "предишният": -1, "предишната": -1, "предишното": -1,
    "последния": -1, "последният": -1, "последната": -1, "последното": -1,
    "изминалия": -1, "изминалият": -1, "изминалата": -1, "изминалото": -1,
    "този": 0, "тази": 0, "това": 0, "тоя": 0, "тая": 0, "настоящия": 0, "настоящата": 0,
    "настоящото": 0, "текущия": 0, "текущата": 0, "текущото": 0,
    "следващия": 1, "следващият": 1, "следващата": 1, "следващото": 1,
    "идния": 1, "идният": 1, "идната": 1, "идното": 1, "идващия": 1, "идващата": 1,
    "идващото": 1, "предстоящия": 1, "предстоящата": 1, "предстоящото": 1,
}  # fmt: skip
"""Last/this/next in every gender; "по-" before a last/next one goes one further."""
WHOLE_YEARS: dict[str, int] = {"лани": -1, "догодина": 1}
"""One-word years: "лани" is last year, "догодина" next year."""

_UNITS_1_TO_9: dict[str, int] = {
    "един": 1, "една": 1, "едно": 1, "два": 2, "две": 2, "три": 3, "четири": 4, "пет": 5,
    "шест": 6, "седем": 7, "осем": 8, "девет": 9,
}  # fmt: skip
_TENS: dict[str, int] = {
    "двадесет": 20, "двайсет": 20, "тридесет": 30, "трийсет": 30, "четиридесет": 40,
    "четирийсет": 40, "петдесет": 50, "шестдесет": 60, "седемдесет": 70, "осемдесет": 80,
    "деветдесет": 90,
}  # fmt: skip
CARDINALS: dict[str, int] = {
    **_UNITS_1_TO_9, "десет": 10, "единадесет": 11, "единайсет": 11, "дванадесет": 12,
    "дванайсет": 12, "тринадесет": 13, "тринайсет": 13, "четиринадесет": 14,
    "четиринайсет": 14, "петнадесет": 15, "петнайсет": 15, "шестнадесет": 16,
    "шестнайсет": 16, "седемнадесет": 17, "седемнайсет": 17, "осемнадесет": 18,
    "осемнайсет": 18, "деветнадесет": 19, "деветнайсет": 19, **_TENS,
    **{f"{t} и {o}": tv + ov for t, tv in _TENS.items() for o, ov in _UNITS_1_TO_9.items()},
    "сто": 100,
}  # fmt: skip

_ORDINALS_1_TO_9: dict[str, int] = {
    "първи": 1, "втори": 2, "трети": 3, "четвърти": 4, "пети": 5, "шести": 6, "седми": 7,
    "осми": 8, "девети": 9,
}  # fmt: skip
ORDINAL_DAYS: dict[str, int] = {
    **_ORDINALS_1_TO_9, "десети": 10, "единадесети": 11, "единайсти": 11,
    "дванадесети": 12, "дванайсти": 12, "тринадесети": 13, "тринайсти": 13,
    "четиринадесети": 14, "четиринайсти": 14, "петнадесети": 15, "петнайсти": 15,
    "шестнадесети": 16, "шестнайсти": 16, "седемнадесети": 17, "седемнайсти": 17,
    "осемнадесети": 18, "осемнайсти": 18, "деветнадесети": 19, "деветнайсти": 19,
    "двадесети": 20, "двайсти": 20, "тридесети": 30, "трийсти": 30,
    **{f"{t} и {o}": 20 + n for t in ("двадесет", "двайсет") for o, n in _ORDINALS_1_TO_9.items()},
    "тридесет и първи": 31, "трийсет и първи": 31,
}  # fmt: skip
"""Days of the month as ordinals: "първи март", "на петнадесети"."""

UNITS: dict[str, Unit] = {
    "ден": "day", "дни": "day", "дена": "day", "седмица": "week", "седмици": "week",
    "месец": "month", "месеца": "month", "месеци": "month", "тримесечие": "quarter",
    "тримесечия": "quarter", "година": "year", "години": "year",
}  # fmt: skip
SINGULAR_UNITS: tuple[str, ...] = ("ден", "седмица", "месец", "година")
"""Units that count one without a number: "преди месец" is a month ago."""
PERIOD_UNITS: dict[str, Unit] = {
    "седмица": "week", "седмицата": "week", "месец": "month", "месеца": "month",
    "тримесечие": "quarter", "тримесечието": "quarter", "година": "year",
    "годината": "year",
}  # fmt: skip

QUARTERS: dict[str, int] = {
    "първото": 1, "първо": 1, "второто": 2, "второ": 2, "третото": 3, "трето": 3,
    "четвъртото": 4, "четвърто": 4, "последното": 4, "i": 1, "ii": 2, "iii": 3, "iv": 4,
    "1": 1, "2": 2, "3": 3, "4": 4, "1-во": 1, "2-ро": 2, "3-то": 3, "4-то": 4,
}  # fmt: skip

SEASONS: dict[str, int] = {
    "пролет": 21, "пролетта": 21, "лято": 22, "лятото": 22, "есен": 23, "есента": 23,
    "зима": 24, "зимата": 24,
}  # fmt: skip

PARTS_OF_DAY: tuple[str, ...] = (
    "сутринта", "сутрин", "рано сутринта", "вечерта", "късно вечерта", "вечер", "следобед",
    "следобяд", "на обяд", "по обяд", "през нощта", "през деня", "призори", "по-късно",
)  # fmt: skip


def _fixed(month_: int, day_: int) -> Callable[[int], dt.date]:
    return lambda y: dt.date(y, month_, day_)


def _after_easter(days: int) -> Callable[[int], dt.date]:
    return lambda y: core.orthodox_easter(y) + dt.timedelta(days=days)


def _days_of(name: str, on: Callable[[int], dt.date]) -> dict[str, Callable[[int], dt.date]]:
    """ "ден на труда" in its three forms: "ден", "денят", "деня"."""
    return {f"{form} на {name}": on for form in ("ден", "денят", "деня")}


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "коледа": _fixed(12, 25), "рождество христово": _fixed(12, 25),
    "бъдни вечер": _fixed(12, 24), "нова година": _fixed(1, 1), "васильовден": _fixed(1, 1),
    "новогодишната нощ": _fixed(12, 31), "йордановден": _fixed(1, 6),
    "богоявление": _fixed(1, 6), "ивановден": _fixed(1, 7), "бабинден": _fixed(1, 21),
    "трифон зарезан": _fixed(2, 14), "свети валентин": _fixed(2, 14),
    "баба марта": _fixed(3, 1), "трети март": _fixed(3, 3), "гергьовден": _fixed(5, 6),
    "еньовден": _fixed(6, 24), "петровден": _fixed(6, 29), "димитровден": _fixed(10, 26),
    "архангеловден": _fixed(11, 8), "никулден": _fixed(12, 6), "игнажден": _fixed(12, 20),
    "великден": _after_easter(0), "велики петък": _after_easter(-2),
    "цветница": _after_easter(-7), "спасовден": _after_easter(39),
    "петдесетница": _after_easter(49),
    **_days_of("труда", _fixed(5, 1)), **_days_of("жената", _fixed(3, 8)),
    **_days_of("съединението", _fixed(9, 6)), **_days_of("независимостта", _fixed(9, 22)),
    **_days_of("народните будители", _fixed(11, 1)),
    **_days_of("славянската писменост", _fixed(5, 24)),
    **_days_of("освобождението", _fixed(3, 3)),
}  # fmt: skip
"""Named days. Easter and the feasts tied to it are Orthodox (the Bulgarian calendar)."""
HOLIDAY_CUES: tuple[str, ...] = (
    "на", "за", "по", "след", "преди", "до", "от", "в навечерието на", "около",
)  # fmt: skip
AMBIGUOUS_HOLIDAYS: frozenset[str] = frozenset({"нова година"})
"""Also a common phrase (a new year): a day only after a cue or alone."""

NOT_A_DAY_BEFORE: frozenset[str] = frozenset({"всеки", "всяка", "всяко", "всички"})
"""Words that make the next weekday a habit, not a date: "всеки петък"."""


def normalize(text: str) -> str:
    """Lower case, NFC, one kind of dash and space; same length (see `core`)."""
    return core.default_normalize(text)


# --- pattern pieces ------------------------------------------------------------------

_B = r"(?<!\w)"
_E = r"(?!\w)"
_PREP = (
    r"(?:(?:в|във|на|през|от|до|за|към|около|по|още от|още на|още през|още в|чак|едва|"
    r"считано от|от началото на|в началото на|в края на|в средата на|до края на)\s+)?"
)
_MONTH_NO_MAY = core.alternation(w for w in MONTHS if w != "май")
_MONTH_FULL = core.alternation(MONTHS)
_MONTH_DAY_CONTEXT = rf"(?:{_MONTH_FULL}|(?:{core.alternation(MONTH_ABBREVIATIONS)})(?:\.|{_E}))"
_WEEKDAY = core.alternation(WEEKDAYS)
_DAY_NUM = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_DAY = rf"(?:{_DAY_NUM}(?:-?(?:ви|ри|ти|ми|и)(?!\w))?|{core.alternation(ORDINAL_DAYS)})"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?!\d)(?![.,/]\d)"
_YEAR_MARK = r"(?:-?(?:та|а)(?!\w))?(?:\s*(?:г\.|г(?!\w)|год\.|година(?:та)?(?!\w)))"
"""What makes a number a year: "2024 г.", "2024 г", "2024-та година"."""
_NUM = rf"(?:\d{{1,3}}|{core.alternation(CARDINALS)})"
_MOD = core.alternation(MODIFIERS)
_PO = r"(?P<po>по-\s*)?"
_WD_PREFIX = rf"(?:(?P<pwd>{_WEEKDAY})\s*,?\s+(?:на\s+)?)?"
_CLOCK = (
    r"(?:(?:в|във|около|към|от|след|до|преди)\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d"
    r"(?:\s*(?:ч\.|ч(?!\w)|часа))?"
    r"|(?:(?:в|във|около|към|от)\s+)?(?:[01]?\d|2[0-3])\s*(?:ч\.|ч(?!\w)|часа)"
)
_TAIL = rf"(?:(?:\s*,\s*|\s+)(?:{core.alternation(PARTS_OF_DAY)}|{_CLOCK})){{0,2}}{_E}"
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


def _number(text: str) -> int:
    text = _words(text)
    return int(text) if text.isdigit() else CARDINALS[text]


def _day_number(text: str) -> int:
    text = _words(text)
    if text in ORDINAL_DAYS:
        return ORDINAL_DAYS[text]
    return int(re.match(r"\d+", text)[0])  # type: ignore[index]


def _month_number(text: str) -> int:
    text = text.rstrip(".")
    return MONTHS.get(text) or MONTH_ABBREVIATIONS[text]


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


def _weekday_number(word: str | None) -> int | None:
    """The weekday written with a date ("marți, 9 septembrie"), if any, as 0 = Monday."""
    return None if word is None else WEEKDAYS[word]


def _day_month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    d, mo = _day_number(m["d"]), _month_number(m["m"])
    y = _year_of(m, ctx)
    if y is not None:
        return core.dated_day(y, mo, d)
    return core.day_month_near(ctx, mo, d, _weekday_number(m.groupdict().get("pwd")))


def _day_of_month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "на петнадесети": the 15th nearest in the direction."""
    found = core.nearest_day_of_month(ctx.today, _day_number(m["d"]), ctx.prefer)
    return None if found is None else day(found)


_RANGES = core.Ranges(_month_number, _day_number, _year_of)
_day_range = _RANGES.day_range
_month_range = _RANGES.month_range
_year_range = _RANGES.year_range
_month_year = _RANGES.month_year


def _month_modified(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "миналия юни": the latest June strictly before this month; "следващия март" the next."""
    mo, ref, n = _month_number(m["m"]), ctx.today, _modifier(m)
    if n == 0:
        return month(ref.year, mo)
    if n < 0:
        y = ref.year if mo < ref.month else ref.year - 1
        return month(y + n + 1, mo)
    y = ref.year if mo > ref.month else ref.year + 1
    return month(y + n - 1, mo)


def _month_bare(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    y, mo = core.nearest_month(ctx.today, _month_number(m["m"]), ctx.prefer)
    return month(y, mo)


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
    n = _modifier(m) if m.groupdict().get("mod") else 0
    if n:
        found = core.strict_weekday(ref, wd, "past" if n < 0 else "future")
        return day(found + dt.timedelta(weeks=n - 1 if n > 0 else n + 1))
    if ctx.prefer == "future":
        return day(core.strict_weekday(ref, wd, "future"))
    return day(core.nearest_weekday(ref, wd, "past"))


def _relative_day(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    return day(ctx.today + dt.timedelta(days=RELATIVE_DAYS[_words(m["w"])]))


def _this_last_next(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "миналата година", "тази седмица", "следващия месец": a calendar unit."""
    unit = PERIOD_UNITS[m["u"]]
    n = _modifier(m) if m.groupdict().get("mod") else 0
    return core.period(core.shift(ctx.today, unit, n), unit)


def _whole_year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    return year(ctx.today.year + WHOLE_YEARS[m["w"]])


def _shifted(m: re.Match[str], ctx: Context, sign: int) -> EdtfDate | None:
    if m["n"]:
        unit, n = UNITS[m["u"]], _number(m["n"])
    else:
        unit, n = UNITS[m["u1"]], 1
    return core.period(core.shift(ctx.today, unit, sign * n), unit)


def _ago(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    return _shifted(m, ctx, -1)


def _in(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    return _shifted(m, ctx, 1)


def _year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    return year(int(m["y"]))


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
    code, ref, n = SEASONS[m["s"]], ctx.today, _modifier(m)
    this = season(core.season_year(ref, code), code)
    if n < 0:
        last = this if this.end < ref else season(this.start.year - 1, code)
        return season(last.start.year + n + 1, code)
    if n > 0:
        following = this if this.start > ref else season(this.start.year + 1, code)
        return season(following.start.year + n - 1, code)
    return this


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
    if y is not None:
        return day(on(y))
    return day(core.nearest_yearly(ctx.today, on, ctx.prefer))


def _year_part(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "по-рано тази година", "в края на миналия месец": the year (or month, week) itself."""
    unit = PERIOD_UNITS[m["u"]]
    n = _modifier(m) if m["mod"] else 0
    return core.period(core.shift(ctx.today, unit, n), unit)


# --- rules ---------------------------------------------------------------------------


def _rule(
    name: str, pattern: str, resolve: Callable[[re.Match[str], Context], EdtfDate | None]
) -> Rule:
    return Rule(name, re.compile(pattern), resolve)


_HOLIDAY_CUE = rf"(?:(?P<cue>{core.alternation(HOLIDAY_CUES)})\s+)?"
_RANGE_START = r"(?:(?:от|между|в периода от|в периода|за периода от)\s+)?"
_RANGE_JOIN = r"(?:\s*-\s*|\s+(?:до|и)\s+)"
_UNIT = core.alternation(UNITS)

RULES: list[Rule] = [
    _rule(
        "numeric date",
        rf"{_B}{_PREP}{_WD_PREFIX}(?P<d>\d{{1,2}})(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)"
        rf"(?P<y>\d{{4}}|\d{{2}})(?!\d|[./-]\d)(?:{_YEAR_MARK})?{_TAIL}",
        core.numeric_day,
    ),
    _rule(
        "numeric range",
        rf"{_B}(?:между|от|в периода от|в периода между)\s+(?P<d1>\d{{1,2}})(?P<sep>[./-])"
        rf"(?P<m1>\d{{1,2}})(?P=sep)(?P<y1>\d{{4}})(?:{_YEAR_MARK})?\s+(?:и|до)\s+"
        rf"(?P<d2>\d{{1,2}})(?P=sep)(?P<m2>\d{{1,2}})(?P=sep)(?P<y2>\d{{4}})(?!\d|[./-]\d)"
        rf"(?:{_YEAR_MARK})?{_E}",
        core.numeric_range,
    ),
    _rule(
        "iso date",
        rf"{_B}{_PREP}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?!\d){_TAIL}",
        core.numeric_day,
    ),
    _rule(
        "day range in one month",
        rf"{_B}{_RANGE_START}(?P<d1>{_DAY}){_RANGE_JOIN}(?P<d2>{_DAY})\s+"
        rf"(?P<m1>)?(?P<y1>)?(?P<m2>{_MONTH_DAY_CONTEXT})(?:{_year_or_rel('')})?{_E}",
        _day_range,
    ),
    _rule(
        "day-month range",
        rf"{_B}{_RANGE_START}(?P<d1>{_DAY})\s+(?P<m1>{_MONTH_DAY_CONTEXT})"
        rf"(?:\s+(?P<y1>{_YEAR})(?:{_YEAR_MARK})?)?{_RANGE_JOIN}(?P<d2>{_DAY})\s+"
        rf"(?P<m2>{_MONTH_DAY_CONTEXT})(?:{_year_or_rel('')})?{_E}",
        _day_range,
    ),
    _rule(
        "month range",
        rf"{_B}{_RANGE_START}(?P<m1>{_MONTH_FULL})(?:\s+(?P<y1>{_YEAR})(?:{_YEAR_MARK})?)?"
        rf"{_RANGE_JOIN}(?P<m2>{_MONTH_FULL})(?:{_year_or_rel('')})?{_E}",
        _month_range,
    ),
    _rule(
        "year range",
        rf"{_B}{_RANGE_START}(?P<y1>{_YEAR})(?:{_YEAR_MARK})?{_RANGE_JOIN}(?P<y2>{_YEAR})"
        rf"(?:{_YEAR_MARK})?{_E}",
        _year_range,
    ),
    _rule(
        "day month [year]",
        rf"{_B}{_PREP}{_WD_PREFIX}(?P<d>{_DAY})\s+(?P<m>{_MONTH_DAY_CONTEXT})"
        rf"(?:{_year_or_rel('')})?{_TAIL}",
        _day_month,
    ),
    _rule(
        "month day [year]",
        rf"{_B}{_PREP}{_WD_PREFIX}(?P<m>{_MONTH_FULL})\s+(?P<d>{_DAY_NUM})(?!\s*-\s*\d)"
        rf"(?:\s*,?\s+(?P<y>{_YEAR})(?:{_YEAR_MARK})?)?{_TAIL}",
        _day_month,
    ),
    _rule(
        "day of month",
        rf"{_B}(?:на\s+|\A)(?P<d>{_DAY}){_END}(?!(?:\s*(?:,|-|–|и|или)\s*\d{{1,3}})*\s+годин)",
        _day_of_month,
    ),
    _rule(
        "month year",
        rf"{_B}{_PREP}(?:месец\s+)?(?P<m>{_MONTH_FULL})\s*,?\s+(?:(?:на|от)\s+)?"
        rf"(?P<y>{_YEAR})(?:{_YEAR_MARK})?{_E}",
        _month_year,
    ),
    _rule(
        "month, last/this/next year",
        rf"{_B}{_PREP}(?:месец\s+)?(?P<m>{_MONTH_FULL})\s+(?:{_year_rel('')})",
        _month_year,
    ),
    _rule(
        "last/this/next month name",
        rf"{_B}{_PREP}{_PO}(?P<mod>{_MOD})\s+(?:месец\s+)?(?P<m>{_MONTH_FULL}){_E}",
        _month_modified,
    ),
    _rule(
        "month",
        rf"{_B}{_PREP}(?:месец\s+)?(?P<m>{_MONTH_NO_MAY}){_E}(?!\s+\d)",
        _month_bare,
    ),
    _rule(
        "may",
        rf"{_B}(?:(?:през|в|от|до|месец|през месец|в началото на|в края на|в средата на|"
        rf"от началото на|до края на)\s+|\A)(?P<m>май){_END}",
        _month_bare,
    ),
    _rule(
        "weekday range",
        rf"{_B}от\s+(?P<wd1>{_WEEKDAY})\s+до\s+(?P<wd2>{_WEEKDAY}){_E}",
        lambda m, ctx: core.weekday_range(
            ctx.today, WEEKDAYS[m["wd1"]], WEEKDAYS[m["wd2"]], ctx.prefer
        ),
    ),
    _rule(
        "two weekdays",
        rf"{_B}{_PREP}(?P<pair>{core.weekday_pairs(WEEKDAYS, r'и')}){_E}",
        lambda m, ctx: core.pair_of(m["pair"], WEEKDAYS, ctx),
    ),
    _rule(
        "weekday",
        rf"{_B}{_PREP}(?:{_PO}(?P<mod>{_MOD})\s+)?(?P<wd>{_WEEKDAY}){_TAIL}",
        _weekday,
    ),
    _rule(
        "weekday abbreviation",
        rf"\A(?P<wd>{core.alternation(WEEKDAY_ABBREVIATIONS)})\.?\Z",
        _weekday,
    ),
    _rule(
        "today, yesterday, tomorrow",
        rf"{_B}{_PREP}(?P<w>{core.alternation(RELATIVE_DAYS)}){_TAIL}",
        _relative_day,
    ),
    _rule(
        "last/this/next unit",
        rf"{_B}{_PREP}{_PO}(?P<mod>{_MOD})\s+(?P<u>седмица|месец|тримесечие|година){_E}",
        _this_last_next,
    ),
    _rule(
        "last/next year in one word",
        rf"{_B}(?P<w>{core.alternation(WHOLE_YEARS)}){_E}",
        _whole_year,
    ),
    _rule(
        "earlier/later in a year, month, week",
        rf"{_B}(?:по-рано|по-късно|в началото на|в края на|в средата на|от началото на|"
        rf"до края на|през първата половина на|през втората половина на)\s+"
        rf"(?:(?:през|на)\s+)?(?:{_PO}(?P<mod>{_MOD})\s+)?"
        rf"(?P<u>годината|година|месеца|месец|седмицата|седмица){_E}",
        _year_part,
    ),
    _rule(
        "N units ago",
        rf"{_B}преди\s+(?:около\s+|близо\s+|почти\s+|едва\s+|само\s+|цели\s+)?"
        rf"(?:(?P<n>{_NUM})\s+(?P<u>{_UNIT})|(?P<u1>{core.alternation(SINGULAR_UNITS)})){_E}",
        _ago,
    ),
    _rule(
        "in N units",
        rf"{_B}след\s+(?:около\s+|близо\s+|почти\s+|още\s+|само\s+)?"
        rf"(?:(?P<n>{_NUM})\s+(?P<u>{_UNIT})|(?P<u1>{core.alternation(SINGULAR_UNITS)})){_E}"
        r"(?!\s+[а-я]+(?:не|ния)(?!\w))",
        _in,
    ),
    _rule(
        "quarter",
        rf"{_B}{_PREP}(?P<q>{core.alternation(QUARTERS)})\s+тримесечие(?:то)?{_E}"
        rf"(?:\s+(?:(?:на|от)\s+)?(?:(?P<y>{_YEAR})(?:{_YEAR_MARK})?|(?P<yr>{_MOD})\s+година"
        rf"|(?P<yt>годината)))?{_E}",
        _quarter,
    ),
    _rule(
        "half year",
        rf"{_B}{_PREP}(?P<q>първото|второто)\s+полугодие(?:то)?{_E}"
        rf"(?:\s+(?:(?:на|от)\s+)?(?:(?P<y>{_YEAR})(?:{_YEAR_MARK})?|(?P<yr>{_MOD})\s+година"
        rf"|(?P<yt>годината)))?{_E}",
        _half,
    ),
    _rule(
        "last/this/next season",
        rf"{_B}{_PREP}{_PO}(?P<mod>{_MOD})\s+(?P<s>{core.alternation(SEASONS)}){_E}",
        _season_modified,
    ),
    _rule(
        "season of a year",
        rf"{_B}{_PREP}(?P<s>{core.alternation(SEASONS)})\s+(?:(?:на|от|през)\s+)?"
        rf"(?:(?P<y>{_YEAR})(?:{_YEAR_MARK})?|(?P<yr>{_MOD})\s+година){_E}",
        _season_year,
    ),
    _rule(
        "season, bare",
        rf"{_B}през\s+(?P<s>пролетта|лятото|есента|зимата){_E}",
        lambda m, ctx: core.nearest_season(ctx.today, SEASONS[m["s"]], ctx.prefer),
    ),
    _rule(
        "weekend",
        rf"{_B}{_PREP}(?:(?P<mod>{_MOD})\s+)?уикенд(?:а|ът)?{_E}",
        lambda m, ctx: core.weekend(ctx.today, _modifier(m) if m["mod"] else None, ctx.prefer),
    ),
    _rule(
        "holiday",
        rf"{_B}{_HOLIDAY_CUE}(?P<h>{core.alternation(HOLIDAYS)})(?:{_year_or_rel('')})?{_E}",
        _holiday,
    ),
    _rule(
        "year with г.",
        rf"{_B}(?<![\d№]/)(?<!\d\s/)(?<!\d/\s){_PREP}(?P<y>{_YEAR}){_YEAR_MARK}",
        _year,
    ),
    _rule(
        "year after a preposition",
        rf"{_B}(?:(?:през|в|във)\s+(?P<y>{_YEAR})(?!\s*-\s*\d)(?!\s+(?:души|човека|хора)){_E}"
        rf"|(?:от|до|след|преди|към|около|още от|считано от)\s+(?P<y2>{_YEAR}){_END}"
        rf"|\A(?P<y3>{_YEAR})\Z)",
        lambda m, ctx: year(int(m["y"] or m["y2"] or m["y3"])),
    ),
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
