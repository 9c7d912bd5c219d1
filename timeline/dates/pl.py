"""Polish (pl) date expressions: the words as data, then the rules over them.

Polish inflects everything a date is made of: "wrzesień" (nominative), "3 września"
(genitive), "we wrześniu" (locative); "środa", "w środę", "do środy"; "w zeszłym
tygodniu", "zeszłego tygodnia". So the words below are tables of every form, and a
rule accepts any form where Polish would put one. Writers also drop diacritics
("sroda", "pazdziernika"), so each word is accepted as written or folded WHOLE:
"mają" (the verb) is still not "maja" (of May), and "się" is not "sie" (Aug.).

Conventions (see shared/docs/dates.md), where they differ from Duckling's corpus:
- "N dni/tygodni/miesięcy/lat temu" and "za N ..." are at the unit's precision
  (day, ISO week, month, year), not Duckling's day or month grain.
- "tydzień później" ("a week later") counts from the event just told, not from the
  publication date: it is not resolved. Neither is "kilka" ("a few") of anything.
- A bare weekday includes the reference day in either direction: "w środę" in a
  Wednesday article is that day, even in a sentence about the future ("spotka się w
  środę"); "next Wednesday" is "w przyszłą środę". Duckling reads a bare "wtorek" on a
  Tuesday as a week later.
- Seasons are astronomical, as Duckling has them (summer 21 June - 22 September),
  and resolve to a day interval.

Not dates (None): "się", "nie", durations ("blisko 19 miesięcy", "od 3 lat"), vague
times ("w ostatnich tygodniach", "w najbliższych dniach"), a count that looks like a
year ("2022 osób"), a bare time ("o 15:00").

Shaped from `lang/pl/words.yaml` (`timeline.dates.shapes`, each meaning written once):
units ago / ahead, relative days and their adjectives, this/last/next period, weekends, a
month last/this/next (and "po następnym"), weekday ranges and pairs, year-first numeric
dates, a part of this month/year/week ("pod koniec roku"), date adjectives.

Still written here, and why (what the shapes cannot yet say, and what is not yet moved):
- ordinal days written as words ("dwudziestego pierwszego"), with a month or alone
  ("dwudziestego."): a stem table read by adding (`_ordinal`), which the shapes' word
  tables (one word, one number) cannot say;
- numeric dates read day first unless the second number cannot be a month, and Roman
  months ("3 IX 2025"): a reading with a fallback, not a table;
- day/month/year ranges ("w dniach 12-15 maja", "od marca do maja 2024"): two of a slot in
  one shape need first/last slots;
- dates with a year said as a phrase ("ubiegłego roku", "br.", "ub. r."), quarters, halves,
  seasons, holidays, the n-th weekday of a month, the last/next N units: the year phrase
  carries an offset of its own, and "the n-th" needs an ordinal reader (above);
- "br." / "ub. r." keeps a hand-given prefilter hint (`Rule.needs`) the shapes cannot give;
- a weekday with its week ("wtorek w przyszłym tygodniu", "piątek po następnym"), bare
  months and years: not yet moved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterable, Mapping

from timeline.dates import core, data, regexcache, shapes
from timeline.dates.core import (
    Context,
    Rule,
    Unit,
    alternation,
    calendar_day,
    default_normalize,
    full_year,
    named_alone,
    nearest_day_month,
    nearest_half,
    nearest_month,
    nearest_quarter,
    next_periods,
    span,
)
from timeline.model import EdtfDate, day, interval, month, quarter, year

# --- words ---------------------------------------------------------------------------

WORDS = data.words("pl")
NOT_HABIT = "".join(rf"(?<!(?<!\w){re.escape(w)} )" for w in WORDS.not_a_weekday_after)
"""No weekday after "every" ("w każdą sobotę", "co piątek": a habit): lookbehinds, tried
only where the rule's words are (an extra step in its resolver was 1% of extraction)."""
"""The words of Polish dates: `lang/pl/words.yaml` (forms in the order nominative,
genitive, locative, dative, instrumental)."""

MONTHS: dict[int, tuple[str, ...]] = WORDS.forms(WORDS.months)
# Only next to a day number or a year: alone, "lis" is a fox and "list" a letter.
MONTH_ABBREVIATIONS: dict[int, tuple[str, ...]] = WORDS.forms(WORDS.month_abbreviations)
ROMAN_MONTHS = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")

WEEKDAYS: dict[int, tuple[str, ...]] = WORDS.forms(WORDS.weekdays)
# Not "nie" (no) nor "pn." (północny, "northern"); "pt" only after "w" (`abbreviation_guard`:
# "pt." alone is "pod tytułem", "titled").
WEEKDAY_ABBREVIATIONS: dict[int, tuple[str, ...]] = WORDS.forms(WORDS.weekday_abbreviations)

# Ordinal stems, folded; a word is a stem plus an adjective ending ("trzec-iego").
ORDINAL_STEMS: dict[str, int] = {
    "pierwsz": 1, "drug": 2, "trzec": 3, "czwart": 4, "piat": 5, "szost": 6, "siodm": 7,
    "osm": 8, "dziewiat": 9, "dziesiat": 10, "jedenast": 11, "dwunast": 12, "trzynast": 13,
    "czternast": 14, "pietnast": 15, "szesnast": 16, "siedemnast": 17, "osiemnast": 18,
    "dziewietnast": 19, "dwudziest": 20, "trzydziest": 30,
}  # fmt: skip
ORDINAL_STEMS_WRITTEN = (
    "piąt", "szóst", "siódm", "ósm", "dziewiąt", "dziesiąt", "piętnast", "dziewiętnast",
)  # fmt: skip

CARDINALS: dict[str, int] = WORDS.cardinals

UNITS: dict[Unit, tuple[str, ...]] = WORDS.forms(WORDS.units)

SEASONS: dict[str, tuple[str, ...]] = WORDS.forms(WORDS.seasons)
SEASON_CODES: dict[str, int] = data.SEASON_CODES
"""EDTF season codes; the model dates them (astronomical seasons)."""

YearlyDay = Callable[[int], dt.date]


HOLIDAYS: tuple[tuple[tuple[str, ...], YearlyDay], ...] = WORDS.yearly_days()

# --- folding and lookups ---------------------------------------------------------------

_FOLD = str.maketrans("ąćęłńóśźż", "acelnoszz")


def fold(text: str) -> str:
    """Polish letters without their diacritics, one for one ("źródło" -> "zrodlo")."""
    return text.translate(_FOLD)


def _words(forms: Iterable[str]) -> str:
    """A non-capturing alternation of the forms, each as written and folded whole."""
    return "(?:" + alternation({f for w in forms for f in (w, fold(w))}) + ")"


def _index(table: Mapping[int, Iterable[str]]) -> dict[str, int]:
    """Every folded form of a table of words -> the table's key."""
    return {fold(w): key for key, forms in table.items() for w in forms}


_MONTH_OF = _index(MONTHS) | _index(MONTH_ABBREVIATIONS)
_MONTH_OF |= {r: i + 1 for i, r in enumerate(ROMAN_MONTHS)}
_WEEKDAY_OF = _index(WEEKDAYS) | _index(WEEKDAY_ABBREVIATIONS)
_CARDINAL_OF = {fold(w): n for w, n in CARDINALS.items()}
_DURING = {f for w in WORDS.period_during for f in (w, fold(w))}
"""The prepositions that make a quarter or a half the time of its clause's event."""
_SEASON_OF = {fold(w): s for s, forms in SEASONS.items() for w in forms} | {"lata": "summer"}
_HOLIDAY_OF = {fold(name): on for names, on in HOLIDAYS for name in names}
_ORDINALS_BY_LENGTH = sorted(ORDINAL_STEMS.items(), key=lambda kv: -len(kv[0]))


def _first(m: re.Match[str], *names: str) -> str:
    """The first of a rule's alternative groups that took part in the match."""
    for name in names:
        value = m.groupdict().get(name)
        if value:
            return value
    return ""


def _month_of(text: str) -> int:
    return _MONTH_OF[fold(text.rstrip("."))]


def _weekday_of(text: str) -> int:
    return _WEEKDAY_OF[fold(text.rstrip("."))]


def _unit_of(text: str) -> Unit:
    """A unit from any of its forms ("tygodni" -> week): their first letters tell them apart."""
    f = fold(text)
    if f.startswith("d"):
        return "day"
    if f.startswith("ty"):
        return "week"
    if f.startswith("mi"):
        return "month"
    if f.startswith("kw"):
        return "quarter"
    return "year"


def _number(text: str) -> int:
    return int(text) if text.isdigit() else _CARDINAL_OF[fold(text)]


def _ordinal(text: str) -> int | None:
    """A day number as written: "trzeciego" 3, "dwudziestego pierwszego" 21, "18-tego" 18."""
    digits = re.match(r"\d+", text)
    if digits:
        return int(digits.group())
    total = 0
    for word in fold(text).split():
        value = next((v for stem, v in _ORDINALS_BY_LENGTH if word.startswith(stem)), None)
        if value is None:
            return None
        total += value
    return total


def _direction(word: str) -> int:
    """-1 for "zeszły"/"ostatni"/"ubiegły"..., +1 for "przyszły"/"następny"..., 0 for "ten"."""
    f = fold(word)
    if f.startswith(("ostatni", "poprzedni", "po przedni", "zeszl", "ubiegl", "minion", "przeszl")):
        return -1
    if f.startswith(("nastepn", "kolejn", "przyszl", "nadchodzac", "najblizsz")):
        return 1
    return 0


def _relative_year(text: str, ref: dt.date) -> int:
    """The year a relative phrase names: "ubiegłego roku", "ub.r." -> last; "br." -> this."""
    f = fold(text)
    if f.startswith("ub") and not f.startswith("ubiegl"):
        return ref.year - 1
    if f.startswith("b"):
        return ref.year
    modifier = f.split()[1] if f.startswith("roku ") else f.split()[0]
    return ref.year + _direction(modifier)


# --- pattern pieces (over normalised, lower-case text) ------------------------------------

L = r"(?<!\w)"
R = r"(?!\w)"
MONTH_FULL = _words(w for forms in MONTHS.values() for w in forms)
MONTH_NOM = _words(forms[0] for forms in MONTHS.values())
MONTH_NOM_GEN = _words(w for forms in MONTHS.values() for w in forms[:2])
MONTH_LOC = _words(forms[2] for forms in MONTHS.values() if len(forms) > 2)
JOINED = "|".join(rf"(?<= {re.escape(w)} )" for w in WORDS.or_words)
"""Right after "or" ("w lipcu lub sierpniu"): a month in the locative there is the second of
two, its "w" said once for both (`_bare_month`). Not after "and": the blind sets' writers
disagree on "w lipcu i sierpniu" (one interval or two months), left as it was."""
_MONTH_BEFORE = re.compile(rf"{L}{MONTH_FULL} \w+ \Z")
MONTH_ANY = (
    "(?:" + MONTH_FULL + "|" + _words(w for f in MONTH_ABBREVIATIONS.values() for w in f)
    + r"\.?)"
)  # fmt: skip
MONTH_NG_ABBR = (
    "(?:" + MONTH_NOM_GEN + "|" + _words(w for f in MONTH_ABBREVIATIONS.values() for w in f)
    + r"\.?)"
)  # fmt: skip
ROMAN = "(?:" + alternation(ROMAN_MONTHS) + ")"
WEEKDAY_FULL = _words(w for forms in WEEKDAYS.values() for w in forms)
WEEKDAY_ANY = (
    "(?:" + WEEKDAY_FULL + "|(?:" + shapes.fragment("pl", "abbreviation_guard") + ")(?:"
    + _words(w for f in WEEKDAY_ABBREVIATIONS.values() for w in f) + r")\.?)"
)  # fmt: skip

_END = r"(?:iego|ego|iej|ej|ym|im|ią|ia|ą|a|y|i|e)"
_STEMS = _words([*ORDINAL_STEMS, *ORDINAL_STEMS_WRITTEN])
_UNIT_STEMS = (
    _words(s for s, v in ORDINAL_STEMS.items() if v < 10)
    + "|"
    + _words(s for s in ORDINAL_STEMS_WRITTEN if ORDINAL_STEMS.get(fold(s), 10) < 10)
)
ORDINAL = rf"(?:{_words(['dwudziest', 'trzydziest'])}{_END} (?:{_UNIT_STEMS}){_END}|{_STEMS}{_END})"
DAY_NUMBER = (
    r"(?:[12]\d|3[01]|0?[1-9])(?:-?(?:szego|szy|giego|gi|ciego|ci|tego|ty|mego|my|go|ego|y))?"
)
DAY = rf"(?:{DAY_NUMBER}|{ORDINAL})"
_END_DAY = r"(?:iego|ego|ym|im|y|i)"
ORDINAL_DAY = (
    rf"(?:{_words(['dwudziest', 'trzydziest'])}{_END_DAY} (?:{_UNIT_STEMS}){_END_DAY}"
    rf"|{_STEMS}{_END_DAY})"
)
"""An ordinal of "dzień" (masculine: "marzec pierwszy", "luty piętnastego"); a feminine one
after a month is a noun's ("7 kwietnia. Druga tura"), not the day."""
NUMBER = rf"(?:\d{{1,3}}|{_words(CARDINALS)})"

YEAR4 = r"(?:1\d{3}|20\d{2}|21\d{2}|[1-9]\d\d(?!\d)(?= ?(?:roku|rok|r\.?)(?!\w)))"
"""A year in digits; one of three digits only with its year word ("966 r.", "992 roku")."""
YEAR_SUFFIX = r"(?: ?(?:roku|rok|r\.?)(?!\w))?"
YEAR_AFTER_ROKU = r"[1-9]\d\d(?!\d)(?![.,]\d)"
"""A year of three digits after a preposition and "roku" ("w roku 966", "od roku 1025" has
four): the year word before it says it is one, as "966 r." after it does."""
THIS = r"(?:ten|ta|tę|tą|tego|tej|tym|obecn\w*|bieżąc\w*|biezac\w*|aktualn\w*)"
NEXT = r"(?:nast[eę]pn\w*|kolejn\w*|przysz[lł](?!oroczn)\w*|nadchodz[aą]c\w*|najbli[zż]sz\w*)"
LAST = (
    r"(?:ostatni\w*|poprzedni\w*|po przedni\w*|zesz[lł](?!oroczn)\w*|ubieg[lł](?!oroczn)\w*"
    r"|minion\w*|przesz[lł]\w*)"
)
"""Words of "next" and "last"; not the year's adjectives ("przyszłoroczna jesień" is next
year's autumn, not the next one: the shapes' `{year_adjective}`)."""
MODIFIER = rf"(?:{THIS}|{NEXT}|{LAST})"
RELATIVE_YEAR = rf"(?:{MODIFIER} roku|roku {MODIFIER}|ub\. roku|u?b\.? ?r\.?)"
TIME_OPT = shapes.fragment("pl", "time")
ON = r"(?:(?:w|we|na|z|ze|dnia|w dniu) )?"
WITHIN = shapes.fragment("pl", "within")


def _year_spec(name: str) -> str:
    """A year after a date: "2025", "2025 r.", "2025 roku", "ubiegłego roku", "br."."""
    return rf"(?:(?P<{name}>{YEAR4}){YEAR_SUFFIX}|(?P<{name}r>{RELATIVE_YEAR}))"


def _year(m: re.Match[str], ctx: Context, name: str = "y") -> int | None:
    """The year a `_year_spec` group names; a relative one needs the reference."""
    digits = m.group(name)
    if digits:
        return full_year(digits, ctx.ref)
    relative = m.groupdict().get(name + "r")
    if relative:
        if fold(relative.split()[0]) in _POINTING_BACK:
            return core.this_or_that_year(ctx)  # "we wrześniu tego roku" after 1939
        return _relative_year(relative, ctx.today)
    return None


_POINTING_BACK = frozenset(fold(w) for w in WORDS.pointing_back)
"""Words of "this year" that also say "that year" (`Words.pointing_back`: "tego roku")."""


def _rule(
    name: str, pattern: str, resolve: Callable[[re.Match[str], Context], EdtfDate | None]
) -> Rule:
    return Rule(name, regexcache.compile(f"{L}(?:{pattern}){R}"), resolve)


# --- resolvers -------------------------------------------------------------------------


def _by_weekday(ref: dt.date, month_: int, day_: int, weekday: int, prefer: str) -> dt.date | None:
    """For "sobota, 2 lutego": the year nearest the reference in which that day is that weekday."""
    signs = (1, -1) if prefer == "future" else (-1, 1)
    for k in range(12):
        for sign in signs:
            d = calendar_day(ref.year + sign * k, month_, day_)
            if d is not None and d.weekday() == weekday:
                return d
    return None


def _calendar_date(ctx: Context, y: int | None, m: int, d: int, wd: int | None) -> EdtfDate | None:
    """A day and month, with a year or read against the reference (and a weekday, if named)."""
    if y is not None:
        found = calendar_day(y, m, d)
    elif wd is not None:
        found = _by_weekday(ctx.today, m, d, wd, ctx.prefer)
        found = found or nearest_day_month(ctx.today, m, d, ctx.prefer)
    else:
        found = nearest_day_month(ctx.today, m, d, ctx.prefer)
    return day(found) if found else None


def _day_month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    d = _ordinal(m.group("d"))
    if d is None:
        return None
    wd = _weekday_of(m.group("wd")) if m.group("wd") else None
    y = _year(m, ctx)
    if y is None and m.groupdict().get("y2"):
        y = full_year(m.group("y2"), ctx.ref)
    return _calendar_date(ctx, y, _month_of(m.group("m")), d, wd)


def _day_alone(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """A day of the month alone: of the month of the date before it, else the nearest in
    the direction."""
    d = _ordinal(m.group("d") or m.group("d1"))
    if d is None or not 1 <= d <= 31:
        return None
    found = core.day_after_antecedent(ctx, d) or core.nearest_day_of_month(ctx.today, d, ctx.prefer)
    return None if found is None else day(found)


def _numeric_date(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """Numeric dates ("3.09.2025"): day first as in Polish, month first only when it must be."""
    a, b = int(m.group("a")), int(m.group("b"))
    y = full_year(m.group("y"), ctx.ref)
    if b > 12 >= a:
        a, b = b, a
    found = calendar_day(y, b, a)
    return day(found) if found else None


def _numeric_range(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "12.05. – 30.06.2025": day first, the first day in the last one's year."""
    year_ = int(m.group("y1")) if m.group("y1") else None
    first = (year_, int(m.group("b")), int(m.group("a")))
    return core.numeric_span(first, (int(m.group("y")), int(m.group("b2")), int(m.group("a2"))))


def _roman_date(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    found = calendar_day(int(m.group("y")), _month_of(m.group("m")), int(m.group("d")))
    return day(found) if found else None


def _numeric_day_month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """No year: "03/09" (day first), "2/15" (month first), "do 31.10" (after a preposition,
    ending its clause); "1/3", "24/7" are not dates.

    Month first only as a whole expression: in running text "K 2/24" is a case number
    (a court's signature, number/year), and Polish never writes the month first."""
    a, b = int(_first(m, "a", "a1", "a2", "a3")), int(_first(m, "b", "b1", "b2", "b3"))
    if b > 12 >= a:
        a, b = b, a
    if b > 12 or a == 0 or b == 0:
        return None
    this = m.groupdict().get("abbr")
    return _calendar_date(ctx, _relative_year(this, ctx.today) if this else None, b, a, None)


def _numeric_month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    return month(int(m.group("y")), int(m.group("m")))


def _day_interval(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """Days from one to another ("od 13 do 15 lipca"); the year comes from either end."""
    d1, d2 = _ordinal(m.group("d1")), _ordinal(m.group("d2"))
    if d1 is None or d2 is None:
        return None
    m2 = _month_of(_first(m, "m2", "m1"))
    m1 = _month_of(_first(m, "m1", "m2"))
    if m1 == m2 and d1 > d2:
        if m.groupdict().get("m1") or m.groupdict().get("both"):
            return None
        m1 = 12 if m2 == 1 else m2 - 1  # "od 29 do 4 stycznia": 29 December
    y1 = _year(m, ctx, "y1") if "y1" in m.groupdict() else None
    y2 = _year(m, ctx, "y2")
    if y1 is None and y2 is None:
        ref = ctx.today
        if ctx.prefer == "future":
            end = nearest_day_month(ref, m2, d2, "future")
            y2 = end.year if end else ref.year
        else:
            start = nearest_day_month(ref, m1, d1, "past")
            y1 = start.year if start else ref.year
    if y1 is None and y2 is not None:
        y1 = y2 if (m1, d1) <= (m2, d2) else y2 - 1
    if y2 is None and y1 is not None:
        y2 = y1 if (m1, d1) <= (m2, d2) else y1 + 1
    assert y1 is not None and y2 is not None
    first, last = calendar_day(y1, m1, d1), calendar_day(y2, m2, d2)
    if first is None or last is None or last < first:
        return None
    if m.groupdict().get("both") and (last - first).days != 1:
        return day(last)  # "3 i 10 marca": two days, not a run; the second one is dated
    return interval(first, last)


def _month_interval(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """A run of months: "od marca do maja 2024", "marzec-maj"."""
    m1, m2 = _month_of(m.group("m1")), _month_of(m.group("m2"))
    y1 = int(m.group("y1")) if m.group("y1") else None
    y2 = _year(m, ctx, "y2")
    if y1 is None and y2 is None:
        y1 = nearest_month(ctx.today, m1, ctx.prefer)[0]
    if y1 is None:
        assert y2 is not None
        y1 = y2 if m1 <= m2 else y2 - 1
    if y2 is None:
        y2 = y1 if m1 <= m2 else y1 + 1
    if (y2, m2) <= (y1, m1):
        return None
    return span(month(y1, m1), month(y2, m2))


def _year_interval(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """A run of years ("w latach 2020-2022", "2020-22", "2019 i 2020": a list `extract` splits
    unless the years follow each other); "22" takes the first year's century."""
    y1, text = int(m.group("y1")), m.group("y2")
    y2 = int(text) if len(text) == 4 else y1 // 100 * 100 + int(text)
    if y2 <= y1:
        return None
    return span(year(y1), year(y2))


def _nth_in_month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """The nth or last weekday, day or week of a month ("pierwszy wtorek października")."""
    mo = _month_of(m.group("m"))
    y = _year(m, ctx)
    if y is None:
        y = nearest_month(ctx.today, mo, ctx.prefer)[0]
    which = m.group("o")
    n = -1 if fold(which).startswith("ostatni") else _ordinal(which)
    if n is None or n == 0:
        return None
    what = fold(m.group("what").rstrip("."))
    if what.startswith("d"):
        last = month(y, mo).end
        return day(last) if n == -1 else (day(d) if (d := calendar_day(y, mo, n)) else None)
    if what.startswith("ty"):
        return core.nth_week(y, mo, n)
    found = core.nth_weekday(y, mo, _weekday_of(what), n)
    return None if found is None else day(found)


def _month_year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    y = _year(m, ctx)
    return month(y, _month_of(m.group("m"))) if y is not None else None


def _bare_month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "w marcu", "marzec", and a month in the locative after another and "or" ("w lipcu
    lub sierpniu": two months, each a mention); not after any other word ("lub sierpniu"
    after a noun)."""
    if m.group("m3") and not _MONTH_BEFORE.search(m.string, max(0, m.start() - 30), m.start()):
        return None
    mo = _month_of(m.group("m1") or m.group("m2") or m.group("m3"))
    return month(*nearest_month(ctx.today, mo, ctx.prefer))


def _quarter_number(m: re.Match[str], end: str = "") -> int | None:
    groups = m.groupdict()
    if groups.get("o" + end):
        return _ordinal(groups["o" + end])
    if groups.get("r" + end):
        return ROMAN_MONTHS.index(groups["r" + end]) + 1
    return int(groups["n" + end]) if groups.get("n" + end) else None


def _quarter(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """A quarter: "drugi kwartał 2024", "w III kw. br.", "Q1 2024", "4ty kwartał"; two of
    them, a range or two in a row joined by "and" ("w I-II kw. 2024 r.", "w trzecim i
    czwartym kwartale"), are one interval of quarters."""
    q = _quarter_number(m)
    if q is None or not 1 <= q <= 4:
        return None
    y = _year(m, ctx)
    last = (
        quarter(y, q)
        if y is not None
        else nearest_quarter(ctx.today, q, ctx.prefer, not core.said_during(m, _DURING))
    )
    if m.groupdict().get("join0") is None:
        return last
    first = _quarter_number(m, "0")
    dashed = m.group("join0").strip() in ("-", "–")
    if first is None or not 1 <= first < q or (not dashed and q != first + 1):
        return None  # "w pierwszym i trzecim kwartale": two quarters apart, no interval
    return core.span(quarter(last.start.year, first), last)


def _half_year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """Six months: "w pierwszej połowie 2024", "drugie półrocze ubiegłego roku"."""
    y = _year(m, ctx)
    if y is None:
        return None
    return span(month(y, 6 * _half(m) - 5), month(y, 6 * _half(m)))


def _half(m: re.Match[str]) -> int:
    """Which half the words name: the second ("drugiej", "II", "2.", "H2") or the first."""
    return 2 if fold(m.group("h")).startswith(("drug", "ii", "2", "h2")) else 1


_EVE_CUES = _words(WORDS.eve_cues)
"""The cues that name a holiday's eve (`eve_cues`)."""
_YEAR_ADJECTIVES = "|".join(WORDS.year_adjectives)
"""The stems of the year's adjectives ("tegoroczn-"), before a holiday: "po tegorocznej
Wielkanocy" is this year's Easter."""


def _holiday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    feast = _HOLIDAY_OF.get(fold(" ".join(m.group("h").split())))
    if feast is None:
        return None
    on = feast
    if m.group("eve"):  # "w przeddzień Trzech Króli": the day before the feast
        on = lambda y: feast(y) - dt.timedelta(days=1)  # noqa: E731
    y = _year(m, ctx)
    if m.group("yadj"):
        y = ctx.today.year + WORDS.year_adjectives[m.group("yadj").lower()]
    if named_alone(m, m.group("cue") or m.group("eve"), y):
        return None
    if m.group("cue") in ("z", "ze") and _INSTRUMENTAL.search(m.group("h")):
        return None  # "z Wielkanocą wiąże się...": "with" the feast, a topic; "z Wigilii", from it
    return core.holiday_date(ctx, on, y)


_INSTRUMENTAL = re.compile(r"(?:ą|em|mi)(?!\w)")
"""A word in the instrumental (its endings: "Wielkanocą", "Bożym Narodzeniem", "Wszystkimi
Świętymi"): after "z" a holiday so named is what something goes with, not a time."""


def _season(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    name = _SEASON_OF[fold(m.group("s") or "lata")]
    modifier = m.group("mod") or m.group("mod2")
    step = _direction(modifier) if modifier else 0
    code = SEASON_CODES[name]
    return core.season_date(ctx, code, step or None, _year(m, ctx))


def _weekday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """A weekday: "w środę", "wtorek w przyszłym tygodniu", "piątek po następnym".

    Looking back the reference day counts ("powitał w środę" in Wednesday's paper is that
    day), and forward when a sentence's tense says so ("zagłosuje w piątek" in Friday's);
    a bare weekday read forward is the next one, as on its own day one says "dziś"
    (`core.weekday_date`).
    """
    ref, wd = ctx.today, _weekday_of(m.group("wd"))
    if m.group("wkmod"):
        return day(core.weekday_date(ref, wd, ctx.prefer, week=_direction(m.group("wkmod"))))
    if m.group("za"):
        return day(core.weekday_date(ref, wd, ctx.prefer, week=1))
    step = 2 if m.group("pn") else _direction(m.group("mod")) if m.group("mod") else None
    if step == 1 and fold(m.group("mod")).startswith(_FOLLOWING):
        after = core.weekday_after_antecedent(ctx, wd)
        if after is not None:
            return day(after)  # "wstrzymano w poniedziałek 20 października, ... w następny"
    return day(core.weekday_date(ref, wd, ctx.prefer, step, own_day=ctx.tensed))


_FOLLOWING = tuple(fold(w) for w in WORDS.following)
"""`following`: "next" that may count from the day told before ("w kolejną środę")."""


def _relative_year_abbr(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "w br." (this year), "ub. r." (last year)."""
    return year(_relative_year(m.group("abbr"), ctx.today))


def _last_next_n(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """Whole units before or after the current: "ostatnie 2 dni", "następne trzy miesiące"."""
    n = _number(m.group("n"))
    if n == 0:
        return None
    step = _direction(m.group("mod"))
    return next_periods(ctx.today, _unit_of(m.group("u")), n if step > 0 else -n)


def _year_only(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    return year(int(m.group("y1") or m.group("y2") or m.group("y3") or m.group("y4")))


# --- rules -------------------------------------------------------------------------------

_DASH = r"(?: ?- ?| do | a )"
_HOLIDAY_NAMES = _words(name for names, _ in HOLIDAYS for name in names)
_SEASON_NAMES = _words(w for forms in SEASONS.values() for w in forms)
_LATA_MODIFIER = (
    r"(?:tego|zesz[lł]ego|ubieg[lł]ego|przysz[lł]ego|ostatniego|nast[eę]pnego|poprzedniego"
    r"|kolejnego|minionego)"
)
_PART_OF = (
    "(?:"
    + "|".join(f"(?<={w} )" for w in ("koniec", "końcem", "początku", "połowie", "końca"))
    + ")"
)
"""After the start, end or middle of, "lata" is the summer ("pod koniec lata"), not years."""
_WEEK_SPEC = (
    rf"(?:(?:(?:w|we|z|ze) )?(?P<wkmod>{MODIFIER}) (?:tygodni[au]|tyg\.?)"
    r"|(?P<za>za tydzie[nń])|(?P<pn>po nast[eę]pnym))"
)
_EARLIER = r"(?:(?:wcze[sś]niej|p[oó][zź]niej|jeszcze) )?"
_YEAR_APPOSED = r"(?: ?(?:roku|rok|r\.?)(?!\w)|(?=\s*(?:$|[,;:!?)\]\"'”»–—]|-(?!\d)|\.(?!\d))))"
"""After a comma, a year ends its clause or has its mark ("12 kwietnia, w 1961 roku,"): a
number going on ("do 5 maja, 1500 osób") is a count, not the year."""
_YEAR_DM = (
    rf"(?:(?: |,(?: w)? (?={YEAR4}{_YEAR_APPOSED})|, (?!\d))"
    rf"(?:{_year_spec('y')}|(?P<y2>\d{{2}})(?! ?\w)(?!\. ?[^\W\d])))?"
)

SCHOOL_YEAR = r"(?<=(?:19|20)\d\d)/(?=(?:19|20)?\d\d(?!\d))"
"""A year over the next ("rok szkolny 2024/2025", "2024/25"): the years it runs over; only
years of the last two centuries ("sygn. 1523/2024" is a case number)."""
DOTTED_BEFORE = r"do|od|na|po|przed|dnia|w dniu|z dniem|począwszy od|poczawszy od"
"""The prepositions before a day and month written with a dot and no year ("do 31.10"):
"o 8.05" is a time, "o 6.12 zł" an amount, so "o" is not one of them."""
BARE_DOTTED = r"(?<=[^\W\d_] )"
"""A day and month with a dot and no preposition, after a word ("Proces ruszy 12.05"):
found here, kept by extraction only right after a verb (`tense.verb_just_before`), as
"punkt 12.05", "o 12.05" are no dates; never a whole expression."""
CLAUSE_END = r"(?=\s*(?:$|[,;:!?)–—]|\.(?!\d)))"
"""A day and month written with a dot end their clause: "12.05 proc." is a figure."""
CLOCK = shapes.fragment("pl", "clock")
"""Or a clock's time follows them ("14.12 o 19:30"), kept in the mention: a date then,
whatever stands before it."""

_GENITIVE_DAY = (
    rf"(?:(?:[12]\d|3[01]|0?[1-9])-?(?:go|ego|tego|ciego|giego|szego|mego)"
    rf"|{_words(['dwudziest', 'trzydziest'])}(?:ego|iego) (?:{_UNIT_STEMS})(?:ego|iego)"
    rf"|{_STEMS}(?:ego|iego))"
)
"""A day of the month alone, its ordinal in the genitive of "dnia" ("dwudziestego", "10-go")."""
_SENTENCE_OPENS = r"(?:(?<=\A)|(?<=[.!?:;\"„“«(–—]\s))"

NOT_A_NUMBER_S_YEAR = r"(?<![\d№]/)(?<!\d\s/)(?<!\d/\s)(?<!\d\.)"
"""A year after a number and a slash is a case's or a document's ("sygn. akt II K
1523/2024", "poz. 1234/2024"): a school year ("2024/2025") and a month ("07/2019") have rules
of their own, read first. So is a year after a number and a dot that no date took
("AB-IP.185.6.2026", a file's mark: "1.6.2026", a day, is read first)."""

RULES: tuple[Rule, ...] = (
    _rule(
        "day_range",
        rf"(?:(?:od|w dniach|mi[eę]dzy|pomi[eę]dzy) )?(?<!\d\.)"
        rf"(?P<d1>{DAY_NUMBER}|{ORDINAL}(?! ?[-–] ?\d))"
        rf"(?:(?<=\d)\.(?=[ -–]))?(?:{_DASH}|/|(?P<both> i | oraz ))(?P<d2>{DAY})(?:(?<=\d)\.)? ?"
        rf"(?P<m2>{MONTH_ANY})(?:,? {_year_spec('y2')})?",
        _day_interval,
    ),
    _rule(
        "day_range",
        rf"(?:od )?(?:{WEEKDAY_ANY},? )?(?P<d1>{DAY}) ?(?P<m1>{MONTH_ANY})"
        rf"(?: {_year_spec('y1')})?{_DASH}(?:{WEEKDAY_ANY},? )?(?P<d2>{DAY}) ?(?P<m2>{MONTH_ANY})"
        rf"(?:,? {_year_spec('y2')})?",
        _day_interval,
    ),
    _rule(
        "day_range",
        rf"(?:od )?(?P<m1>{MONTH_NG_ABBR}) (?P<d1>{DAY}){_DASH}(?:(?P<m2>{MONTH_NG_ABBR}) ?)?"
        rf"(?P<d2>{DAY})(?:,? {_year_spec('y2')})?",
        _day_interval,
    ),
    _rule(
        "month_range",
        rf"(?:od )?(?P<m1>{MONTH_FULL})(?: (?P<y1>{YEAR4}))?(?: ?- ?| (?:aż )?do )"
        rf"(?P<m2>{MONTH_FULL})(?: {_year_spec('y2')})?",
        _month_interval,
    ),
    _rule(  # the turn of two months: "na przełomie maja i czerwca"
        "month_range",
        rf"na (?:przełomie|przelomie) (?P<m1>{MONTH_FULL})(?: (?P<y1>{YEAR4}))?"
        rf" i (?P<m2>{MONTH_FULL})(?: {_year_spec('y2')})?",
        _month_interval,
    ),
    _rule(  # between two months, in the instrumental: "między wrześniem 2024 r. a majem 2025 r."
        "month_range",
        rf"(?:po)?mi[eę]dzy (?P<m1>{MONTH_FULL})(?: (?P<y1>{YEAR4}){YEAR_SUFFIX})?"
        rf" (?:a|i) (?P<m2>{MONTH_FULL})(?: {_year_spec('y2')})?",
        _month_interval,
    ),
    _rule(  # between two years: "między 2019 a 2021 rokiem", "między rokiem 2019 a 2021"
        "year_range",
        rf"(?:po)?mi[eę]dzy (?:rokiem )?(?P<y1>{YEAR4})(?: ?(?:rokiem|r\.))?"
        rf" (?:a|i) (?:rokiem )?(?P<y2>{YEAR4})(?: ?(?:rokiem|r\.|roku)(?!\w))?",
        _year_interval,
    ),
    _rule(
        "year_range",
        rf"(?:(?P<od>od) (?:roku )?|(?:w latach|latach|z lat|na lata) )?(?P<y1>{YEAR4})"
        rf"(?: ?- ?| do | i (?=\d{{4}})|{SCHOOL_YEAR}"
        r"|(?(od) ?(?:roku|r\.) do (?:roku )?(?=\d{4})| do roku (?=\d{4})))"
        rf"(?P<y2>{YEAR4}|\d{{2}}){YEAR_SUFFIX}",
        _year_interval,
    ),
    _rule(
        "numeric_date",
        rf"{ON}(?:{WEEKDAY_ANY},? )?(?P<a>\d{{1,2}})(?P<s>[-./])(?:(?<=\.)\s)?"
        rf"(?P<b>\d{{1,2}})(?P=s)"
        rf"(?:(?<=\.)\s(?=\d{{4}}))?(?P<y>{YEAR4}|\d{{2}})"
        rf"{YEAR_SUFFIX}{TIME_OPT}",
        _numeric_date,
    ),
    _rule(  # the first day leaves its year to the last: "od 12.05. do 30.06.2025 r."
        "numeric_range",
        rf"(?:(?:od|w dniach|w okresie od|w terminie od) )?(?P<a>\d{{1,2}})\.(?P<b>\d{{1,2}})"
        rf"(?:\.(?P<y1>{YEAR4}){YEAR_SUFFIX}|\.)?(?: ?[–—-] ?| do )"
        rf"(?P<a2>\d{{1,2}})\.(?P<b2>\d{{1,2}})\.(?P<y>{YEAR4}){YEAR_SUFFIX}",
        _numeric_range,
    ),
    _rule(
        "numeric_date",
        rf"{ON}(?P<d>\d{{1,2}})(?P<s>[ .])(?P<m>{ROMAN})(?P=s)(?P<y>{YEAR4}){YEAR_SUFFIX}",
        _roman_date,
    ),
    _rule(
        "numeric_month",
        rf"(?<!\d[./-])(?P<y>{YEAR4})-(?P<m>0[1-9]|1[0-2])(?![./-]\d)",
        _numeric_month,
    ),
    _rule(
        "numeric_month",
        rf"(?<!\d[./-])(?P<m>0[1-9]|1[0-2])[./](?P<y>{YEAR4})(?![./-]\d){YEAR_SUFFIX}",
        _numeric_month,
    ),
    _rule(
        "numeric_day_month",
        rf"(?:(?:(?<!\w)(?:{DOTTED_BEFORE}) |{BARE_DOTTED}(?<!\bo\s))(?P<a2>[12]\d|3[01]|0?[1-9])\."
        r"(?P<b2>0[1-9]|1[0-2])"
        rf"(?:{CLAUSE_END}|\s+{CLOCK})|"
        # its year said as "this year" or "last year" ("do 30.06 br.", "4.03 ub.r."): a date
        # wherever it stands
        rf"(?:(?<!\w)(?:{DOTTED_BEFORE}) |(?<![\w./,-]))(?P<a3>[12]\d|3[01]|0?[1-9])\."
        r"(?P<b3>0[1-9]|1[0-2])\.? (?P<abbr>u?b\.? ?r\.?)(?!\w)|"
        r"(?<![\d/.,])(?:(?P<a>\d\d)/(?P<b>\d\d)|\A(?P<a1>\d{1,2})/(?P<b1>1[3-9]|2\d|3[01])\Z)"
        r"(?![\d/%]| ?%))",
        _numeric_day_month,
    ),
    # a day of the month alone, the ordinal's genitive ending its clause ("spłyną
    # dwudziestego.", "do 10-go"; not after a noun in -u it agrees with, "z peronu
    # drugiego"), or opening its sentence before a word in a consonant, a subject in the
    # nominative no genitive ordinal agrees with ("Dziesiątego Sejm uchwalił";
    # "Dziesiątego dnia", "Pierwszego kandydata" are an ordinal and its noun)
    _rule(
        "day_of_month",
        rf"(?:(?:dnia|do|od|z dniem) |(?<![^\W\d]u ))(?P<d>{_GENITIVE_DAY}){CLAUSE_END}"
        rf"|{_SENTENCE_OPENS}(?P<d1>{_GENITIVE_DAY})(?= [^\W\d]*[^\W\daeiouyąęó](?!\w))",
        _day_alone,
    ),
    _rule(
        "day_month",
        rf"{ON}(?:(?P<wd>{WEEKDAY_ANY}),? )?(?:(?:dnia|dniu) )?(?P<d>{DAY}) ?(?P<m>{MONTH_ANY})"
        rf"{_YEAR_DM}{TIME_OPT}",
        _day_month,
    ),
    _rule(
        "month_day",
        rf"{ON}(?:(?P<wd>{WEEKDAY_ANY}),? )?(?P<m>{MONTH_NG_ABBR}) ?"
        rf"(?P<d>{DAY_NUMBER}|{ORDINAL_DAY})"
        rf"(?:,? (?P<y>{YEAR4}){YEAR_SUFFIX})?{TIME_OPT}",
        _day_month,
    ),
    _rule(
        "ordinal_in_month",
        rf"{ON}(?P<o>{ORDINAL}|ostatni\w*) (?P<what>{WEEKDAY_FULL}|dzie[nń]|dnia|tydzie[nń]"
        rf"|tygodni[au]|tydz\.?) (?:(?:w|we|z|ze) )?(?P<m>{MONTH_FULL})"
        rf"(?:,? {_year_spec('y')})?",
        _nth_in_month,
    ),
    _rule(
        "month_year",
        rf"{WITHIN}?(?P<m>{MONTH_ANY})(?: |, (?={YEAR4}{_YEAR_APPOSED})|, (?!\d)){_year_spec('y')}",
        _month_year,
    ),
    _rule(  # a month in Roman numerals and its year, after a preposition: "w III 1948"
        "month_year",
        rf"(?:w|we|od|do|po|przed|z|ze) (?P<m>{ROMAN}) (?P<y>{YEAR4}){YEAR_SUFFIX}",
        _month_year,
    ),
    _rule(
        "quarter",
        rf"(?:(?:w|we|z|ze|na|od|do|za) )?(?:(?:(?P<o0>{ORDINAL})|(?P<n0>[1-4])"
        rf"|(?P<r0>i{{1,3}}|iv))(?P<join0>\s*[-–]\s*| i | oraz ))?(?:(?P<o>{ORDINAL})|(?P<n>[1-4])"
        rf"(?:-?(?:szy|gi|ci|ty|y)|\.)?|(?P<r>i{{1,3}}|iv)) (?:kwarta[lł]\w*|kw\.?)"
        rf"(?:,? {_year_spec('y')})?",
        _quarter,
    ),
    _rule(
        "quarter",
        rf"(?:(?:w|we|z|ze|na|od|do|za) )?q(?P<n>[1-4])(?:[ /-]?{_year_spec('y')})?",
        _quarter,
    ),
    _rule(
        "quarter",
        rf"(?:(?:w|we|z|ze|na|od|do|za) )?(?P<n>[1-4])q[ /-]?"
        rf"(?:(?P<y>{YEAR4}|\d{{2}}(?!\d)){YEAR_SUFFIX}|(?P<yr>{RELATIVE_YEAR}))",
        _quarter,
    ),
    Rule(
        "half_year",
        re.compile(
            rf"{L}(?:(?:(?:w|we|z|ze|na) )?(?P<h>pierwsz\w*|drugi\w*|drug[aą]|i{{1,2}}|[12]\.) "
            rf"(?:p[oó][lł]rocz\w*|p[oó][lł]r\.|po[lł]owi[ea]|po[lł]owa|po[lł]owy)(?: roku)? "
            rf"{_year_spec('y')}){R}"
        ),
        _half_year,
        needs=frozenset({"rocz", "łowi", "łowa", "łowy", "lowi", "lowa", "lowy", "łr.", "lr."}),
    ),
    _rule(
        "half_year",
        rf"(?:(?:w|we|z|ze|na|od|do) )?(?P<h>h[12])[ /-]?{_year_spec('y')}",
        _half_year,
    ),
    Rule(
        "half_year",
        re.compile(
            rf"{L}(?:(?:w|we|z|ze|na|za) )?(?P<h>pierwsz\w*|drugi\w*|drug[aą]|i{{1,2}}|[12]\.) "
            rf"(?:p[oó][lł]rocz\w*{R}|p[oó][lł]r\.|po[lł]ow(?:ie|a|y|ę) roku{R}(?! \d)"
            r"(?! (?:szkoln|akademick|liturgiczn|budżetow|obrotow)\w*))"
        ),
        lambda m, ctx: nearest_half(
            ctx.today,
            _half(m),
            ctx.prefer,
            not core.said_during(m, _DURING),
        ),
        needs=frozenset({"rocz", "łr.", "lr.", "łowie", "łowa", "łowy", "łowę", "lowie", "lowa"}),
    ),
    _rule(
        "holiday",
        rf"(?:(?P<eve>{_EVE_CUES}) |(?P<cue>w|we|na|z|ze|do|od|po|przed|poza|oprócz) )?"
        rf"(?:(?P<yadj>{_YEAR_ADJECTIVES})\w* )?"
        rf"(?P<h>{_HOLIDAY_NAMES})"
        rf"(?:,? {_year_spec('y')})?{TIME_OPT}",
        _holiday,
    ),
    _rule(
        "season",
        rf"(?:(?:w|we|na|z|ze|od|do|pod koniec|na koniec|z końcem|na początku|w połowie"
        r"|do końca) )?"
        rf"(?:(?:(?P<mod>{MODIFIER}|to) )?(?P<s>{_SEASON_NAMES})"
        rf"|(?P<mod2>{_LATA_MODIFIER}) lata|{_PART_OF}lata)(?: {_year_spec('y')})?",
        _season,
    ),
    _rule(
        "weekday",
        rf"(?:(?:w|we|na|z|ze|od|do) )?(?:(?P<mod>{MODIFIER}) )?{NOT_HABIT}(?P<wd>{WEEKDAY_ANY})"
        rf"(?:,? {_WEEK_SPEC})?{TIME_OPT}",
        _weekday,
    ),
    # Its own rule, so that the shaped one runs only near its unit words (see prefilter.py).
    Rule(
        "period_offset",
        re.compile(rf"{L}(?:{_EARLIER}(?:{WITHIN}|przez )?(?P<abbr>u?b\.? ?r\.?)){R}"),
        _relative_year_abbr,
        # "br.", "ub. r.", "b.r.": b, then ".", " " or r; and "ub.", a word of its own in the
        # offsets, which would hide the "b." inside it
        needs=frozenset({"b.", "b ", "br", "ub."}),
    ),
    _rule(
        "last_next_n",
        rf"(?:(?:w|przez|w ci[aą]gu|na|z) )?(?P<mod>{LAST}|{NEXT}) (?P<n>{NUMBER}) "
        rf"(?P<u>{_words(w for f in UNITS.values() for w in f)})",
        _last_next_n,
    ),
    _rule(
        "month",
        rf"(?:{WITHIN}(?P<m1>{MONTH_FULL})|(?P<m2>{MONTH_NOM})|(?:{JOINED})(?P<m3>{MONTH_LOC}))",
        _bare_month,
    ),
    _rule(
        "year",
        rf"(?:w|we|z|ze|od|do|przed|po) roku (?P<y3>{YEAR_AFTER_ROKU})"
        rf"|(?:(?!po \d+ (?!roku|rok|r\.|r(?!\w))[^\W\d])(?:{WITHIN}|(?:roku|rokiem|rok) )"
        r"(?:(?:roku|rokiem) )?"
        rf"(?P<y1>{YEAR4})(?![.,]\d){YEAR_SUFFIX}"
        rf"|{NOT_A_NUMBER_S_YEAR}(?P<y2>(?:19|20)\d\d)(?![.,]\d)"
        r"(?: ?(?:roku|rok|r\.?)(?!\w)|(?! ?[^\W\d])(?![”\"»]))"
        # a year of an earlier century, its year word after it ("sięgają 1711 r."): a year
        rf"|{NOT_A_NUMBER_S_YEAR}(?P<y4>1[0-8]\d\d)(?![.,]\d) ?(?:roku|r\.?)(?!\w))",
        _year_only,
    ),
)
"""The rules written here; `shapes.language` puts the shapes of `lang/pl/words.yaml` after them."""


def normalize(text: str) -> str:
    """Lower-case and unify punctuation (core's); same length, so offsets are kept."""
    return default_normalize(text)


LANGUAGE = shapes.language("pl", RULES, normalize)
"""The rules above, then the shapes of `lang/pl/words.yaml`; names, abbreviations and tense
words from the language's data."""
