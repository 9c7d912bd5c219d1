"""Romanian (ro) date expressions: the words as data, then the rules that read them.

Text is lower-cased and folded to plain letters before matching ("mâine" -> "maine",
"marți" and "marţi" -> "marti", "astăzi" -> "astazi"), so the patterns are written
without diacritics and accept text with or without them, in either comma or cedilla form.

Resolve (reference Wednesday 2025-09-03, prefer past):
    "duminică" -> 2025-08-31        "Anul trecut" -> 2024        "în 2022" -> 2022
    "în iunie anul trecut" -> 2024-06  "săptămâna trecută" -> 2025-W35
    "acum 3 zile" -> 2025-08-31     "între 3 și 5 martie" -> 2025-03-03/2025-03-05
Not dates (None): "mai bine de două ore", "cele mai mari" ("mai" is "more"),
"80 de ani" (a duration), "2022 de persoane" (a count), "recent" (vague).

Words that are also common words need a cue in running text: "mai" is May only with a
day ("3 mai"), a year ("mai 2024") or "luna"/"în" before it and nothing after; "luni"
(Monday, and "months") is not a day after a number ("trei luni") or before "de zile";
"Paște" folds to "paste" (pasta) and "Anul Nou" is any new year, so both need "de" or
"ziua de" before them; weekday abbreviations ("jo", "vi", "du") only stand alone.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from timeline.dates import core, tensedata
from timeline.dates.core import Context, Language, Rule, Unit
from timeline.model import EdtfDate, day, month, quarter, season, year

# --- words (written folded: lower case, no diacritics) ---------------------------------

MONTHS: dict[str, int] = {
    "ianuarie": 1, "februarie": 2, "martie": 3, "aprilie": 4, "mai": 5, "iunie": 6,
    "iulie": 7, "august": 8, "septembrie": 9, "octombrie": 10, "noiembrie": 11,
    "decembrie": 12,
}  # fmt: skip
MONTH_ABBREVIATIONS: dict[str, int] = {
    "ian": 1, "feb": 2, "febr": 2, "mar": 3, "mart": 3, "apr": 4, "iun": 6, "iul": 7,
    "aug": 8, "sep": 9, "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
"""Only next to a day number ("18 feb."): alone "mar" is an apple. "noi" (we) is left out."""

NOT_MAY_AFTER: tuple[str, ...] = (
    "mult", "multa", "multe", "multi", "putin", "putina", "putine", "putini", "bine",
    "mare", "mari", "mic", "mica", "mici", "toate", "tot", "toti", "toata", "ales",
    "departe", "tarziu", "devreme", "repede", "curand", "degraba", "aproape", "greu",
    "usor", "sus", "jos", "presus", "inainte", "apoi", "incolo", "exista", "este", "sunt",
    "era", "erau", "avea", "au", "are", "fi", "fost", "ramas", "ramane", "vechi", "nou",
    "noua", "noi", "tare", "important", "importanta", "importante", "ca", "decat",
    "cu seama",
)  # fmt: skip
"""Words after "mai" that make it "more"/"still" ("3 mai mulți", "mai bine de"), not May."""

WEEKDAYS: dict[str, int] = {
    "luni": 0, "lunea": 0, "marti": 1, "martea": 1, "miercuri": 2, "miercurea": 2,
    "joi": 3, "joia": 3, "vineri": 4, "vinerea": 4, "sambata": 5, "duminica": 6,
}  # fmt: skip
"""Bare and articulated forms ("vinerea trecută"); "sâmbătă"/"sâmbăta" fold alike."""
WEEKDAY_ABBREVIATIONS: dict[str, int] = {
    "lun": 0, "mar": 1, "mie": 2, "jo": 3, "vi": 4, "vin": 4, "sam": 5, "du": 6, "dum": 6,
}  # fmt: skip
"""Only as a whole expression: "vi" and "du" are common words ("vi se pare", "du-te")."""

RELATIVE_DAYS: dict[str, int] = {
    "azi": 0, "astazi": 0, "diseara": 0, "asta-seara": 0, "ieri": -1, "aseara": -1,
    "maine": 1, "poimaine": 2, "alaltaieri": -2, "alalta-ieri": -2, "alaltaseara": -2,
}  # fmt: skip

_ONES: dict[str, int] = {
    "unu": 1, "una": 1, "doi": 2, "doua": 2, "trei": 3, "patru": 4, "cinci": 5, "sase": 6,
    "sapte": 7, "opt": 8, "noua": 9,
}  # fmt: skip
_TENS: dict[str, int] = {
    "douazeci": 20, "treizeci": 30, "patruzeci": 40, "cincizeci": 50, "saizeci": 60,
    "saptezeci": 70, "optzeci": 80, "nouazeci": 90,
}  # fmt: skip
CARDINALS: dict[str, int] = {
    **_ONES, "un": 1, "o": 1, "zece": 10, "unsprezece": 11, "doisprezece": 12,
    "douasprezece": 12, "treisprezece": 13, "paisprezece": 14, "cincisprezece": 15,
    "saisprezece": 16, "saptesprezece": 17, "optsprezece": 18, "nouasprezece": 19,
    **_TENS, **{f"{t} si {o}": tv + ov for t, tv in _TENS.items() for o, ov in _ONES.items()},
    "o suta": 100,
}  # fmt: skip
"""Counts for "acum trei zile", "peste două săptămâni" ("un"/"o" is "a": "acum o lună")."""
DAY_WORDS: dict[str, int] = {
    "intai": 1, **{w: n for w, n in CARDINALS.items() if 1 <= n <= 31 and w not in ("un", "o")},
}  # fmt: skip
"""Days of the month in words: "întâi martie", "douăzeci și unu iunie"."""

UNITS: dict[str, Unit] = {
    "zi": "day", "zile": "day", "saptamana": "week", "saptamani": "week",
    "saptamina": "week", "saptamini": "week", "luna": "month", "luni": "month",
    "trimestru": "quarter", "trimestre": "quarter", "an": "year", "ani": "year",
}  # fmt: skip
PERIOD_UNITS: dict[str, Unit] = {
    "saptamana": "week", "saptamina": "week", "luna": "month", "trimestrul": "quarter",
    "anul": "year", "an": "year", "anului": "year", "lunii": "month", "saptamanii": "week",
    "trimestru": "quarter", "trimestrului": "quarter",
}  # fmt: skip
"""The units "this/last/next <unit>" can name, articulated and genitive forms included."""

OFFSETS: dict[str, int] = {
    "trecut": -1, "trecuta": -1, "trecute": -1, "precedent": -1, "precedenta": -1,
    "anterior": -1, "anterioara": -1, "care a trecut": -1,
    "acesta": 0, "aceasta": 0, "asta": 0, "curent": 0, "curenta": 0, "in curs": 0,
    "viitor": 1, "viitoare": 1, "urmator": 1, "urmatoare": 1, "care vine": 1,
    "care urmeaza": 1,
}  # fmt: skip
"""What "last/this/next" says after a noun: "anul trecut", "luna aceasta", "joia viitoare"."""
THIS_BEFORE: tuple[str, ...] = ("acest", "aceasta", "acestui", "acestei")
""""this" before its noun: "acest an", "această săptămână", "la începutul acestui an"."""

QUARTER_NAMES: dict[str, int] = {
    "i": 1, "1": 1, "intai": 1, "unu": 1, "ii": 2, "2": 2, "doi": 2, "al doilea": 2,
    "al ii-lea": 2, "al 2-lea": 2, "iii": 3, "3": 3, "trei": 3, "al treilea": 3,
    "al iii-lea": 3, "al 3-lea": 3, "iv": 4, "4": 4, "patru": 4, "al patrulea": 4,
    "al iv-lea": 4, "al 4-lea": 4,
}  # fmt: skip
"""After "trimestrul": "trimestrul II", "trimestrul al doilea", "trimestrul 3"."""
QUARTER_ORDINALS: dict[str, int] = {
    "primul": 1, "al doilea": 2, "al treilea": 3, "al patrulea": 4, "ultimul": 4,
}  # fmt: skip
"""Before "trimestru": "primul trimestru", "ultimul trimestru al anului trecut"."""

SEASONS: dict[str, int] = {"primavara": 21, "vara": 22, "toamna": 23, "iarna": 24}

PARTS_OF_DAY: tuple[str, ...] = (
    "dimineata", "seara", "noaptea", "la pranz", "dupa-amiaza", "dupa amiaza",
    "dupa-masa", "dupa masa", "in zori", "la amiaza", "pe seara", "devreme", "tarziu",
)  # fmt: skip
"""Dropped after a day: "mâine dimineață", "ieri seară", "azi-noapte" is not among them."""


def _fixed(month_: int, day_: int) -> Callable[[int], dt.date]:
    return lambda y: dt.date(y, month_, day_)


def _after_easter(days: int) -> Callable[[int], dt.date]:
    return lambda y: core.orthodox_easter(y) + dt.timedelta(days=days)


HOLIDAYS: dict[str, Callable[[int], dt.date]] = {
    "craciun": _fixed(12, 25), "craciunul": _fixed(12, 25), "craciunului": _fixed(12, 25),
    "ajunul craciunului": _fixed(12, 24), "anul nou": _fixed(1, 1), "anului nou": _fixed(1, 1),
    "revelion": _fixed(12, 31), "revelionul": _fixed(12, 31), "revelionului": _fixed(12, 31),
    "boboteaza": _fixed(1, 6), "sfantul ion": _fixed(1, 7), "ziua unirii": _fixed(1, 24),
    "mica unire": _fixed(1, 24), "dragobete": _fixed(2, 24),
    "ziua indragostitilor": _fixed(2, 14), "ziua femeii": _fixed(3, 8),
    "ziua muncii": _fixed(5, 1), "ziua copilului": _fixed(6, 1),
    "sfanta maria": _fixed(8, 15), "sfanta maria mare": _fixed(8, 15),
    "sfantul andrei": _fixed(11, 30), "ziua nationala": _fixed(12, 1),
    "ziua nationala a romaniei": _fixed(12, 1), "marea unire": _fixed(12, 1),
    "sfantul nicolae": _fixed(12, 6), "mos nicolae": _fixed(12, 6),
    "paste": _after_easter(0), "pastele": _after_easter(0), "pastelui": _after_easter(0),
    "pasti": _after_easter(0), "pastile": _after_easter(0), "pastilor": _after_easter(0),
    "vinerea mare": _after_easter(-2), "floriile": _after_easter(-7),
    "florii": _after_easter(-7), "inaltarea": _after_easter(39),
    "rusalii": _after_easter(49), "rusaliile": _after_easter(49),
    "rusaliilor": _after_easter(49),
}  # fmt: skip
"""Named days. Easter and the feasts tied to it are Orthodox (the Romanian calendar)."""
HOLIDAY_CUES: tuple[str, ...] = (
    "ziua de", "zilei de", "de", "de la", "inainte de", "dupa", "pana de", "in ziua de",
    "noaptea de", "sarbatorile de", "sarbatoarea de", "in preajma", "in ajunul",
)  # fmt: skip
NOT_A_HOLIDAY_AFTER: frozenset[str] = frozenset(
    {"targ", "targul", "targuri", "targurile", "targului", "brad", "bradul", "brazi",
     "minivacanta", "minivacantei",
     "cadou", "cadoul", "cadouri", "cadourile", "prima", "prime", "primele", "bonus",
     "bonusul", "bonusuri", "colind", "colinde", "colindele", "meniu", "meniul", "decor",
     "decoruri", "decoratiuni", "decoratiunile", "ornamente", "film", "filme", "filmul",
     "cantec", "cantece", "spiritul", "atmosfera", "oferta", "oferte", "ofertele",
     "cumparaturi", "cumparaturile", "masa", "mesele", "mesaj", "mesajul", "mesaje",
     "felicitari", "concert", "concertul", "concerte", "traditii", "traditiile",
     "iluminat", "iluminatul", "oua", "ouale", "cozonac", "cozonaci", "miel",
     "vacanta", "vacantei", "sezonul", "sezon", "campania", "program", "programul",
     "slujba", "slujbele", "slujbei", "slujbe", "liturghia", "liturghiei", "artificii",
     "artificiile", "petrecerea", "petrecerile", "spectacolul", "spectacolele", "balul",
     "postul", "postului"}
)  # fmt: skip
"""Nouns that a bare "de <holiday>" qualifies: "târgul de Crăciun" (the Christmas fair),
"prime de Crăciun" (bonuses), "ouă de Paște", "slujba de Crăciun" (the service), "focul de
artificii de la Revelion" name things, not a day."""

AMBIGUOUS_HOLIDAYS: frozenset[str] = frozenset(
    {"paste", "pastele", "pastelui", "anul nou", "anului nou", "florii", "inaltarea"}
)
"""Also common words (pasta, a new year, flowers, the rise): a day only after a cue."""

NOT_A_DAY_BEFORE: frozenset[str] = frozenset(
    {*CARDINALS, "cateva", "cativa", "multe", "multi", "ultimele", "urmatoarele",
     "primele", "cele", "doar", "fiecare", "cate", "doua-trei", "noua", "sase"}
)  # fmt: skip
"""Words that make the next weekday not a date: "trei luni" (months), "fiecare vineri"."""
NOT_A_DAY_AFTER = r"(?!\s+(?:de\s+zile|la\s+rand|intregi|bune|de-a\s+randul|in\s+urma|in\s+sir))"


def fold(text: str) -> str:
    """The normal form patterns are written in: lower case, no diacritics, same length."""
    return core.fold_accents(core.default_normalize(text))


# --- pattern pieces ------------------------------------------------------------------

_B = r"(?<!\w)"
_E = r"(?!\w)"
_PREP = (
    r"(?:(?:pe|la|in|din|de|de la|de pe|pana|pana in|pana la|pana pe|inca din|inca de|"
    r"incepand cu|incepand din|incepand de|dupa|inainte de|in cursul|in timpul|spre|"
    r"in ziua de|incepand de la|chiar)\s+)?"
)
_MAY = rf"mai(?!\s+(?:{core.alternation(NOT_MAY_AFTER)}){_E})"
_MONTH_FULL = rf"(?:{core.alternation(w for w in MONTHS if w != 'mai')}|{_MAY})"
_MONTH_NO_MAY = core.alternation(w for w in MONTHS if w != "mai")
_MONTH_DAY_CONTEXT = rf"(?:{_MONTH_FULL}|(?:{core.alternation(MONTH_ABBREVIATIONS)})(?:\.|{_E}))"
_WEEKDAY = core.alternation(WEEKDAYS)
_DAY_NUM = r"(?:0?[1-9]|[12]\d|3[01])(?!\d)"
_DAY = rf"(?:{_DAY_NUM}|{core.alternation(DAY_WORDS)})"
_YEAR = r"(?:1[5-9]\d\d|20\d\d|21\d\d)(?![\d])(?![.,/]\d)"
_NUM = rf"(?:\d{{1,3}}|{core.alternation(CARDINALS)})"
_UNIT = core.alternation(UNITS)
_OFFSET = core.alternation(OFFSETS)
_WD_PREFIX = rf"(?:(?P<pwd>{_WEEKDAY})\s*,?\s+(?:pe\s+)?)?"
_CLOCK = (
    r"(?:(?:la|pe la|in jurul|incepand cu|de la|dupa|inainte de)\s+)?"
    r"(?:(?:ora|orele|orei)\s+)?(?:[01]?\d|2[0-3])[:.][0-5]\d"
    r"|(?:(?:la|pe la|in jurul|incepand cu|de la|dupa|inainte de)\s+)?(?:ora|orele|orei)\s+"
    r"(?:[01]?\d|2[0-3])(?!\d)"
)
_TAIL = rf"(?:(?:\s*,\s*|\s+|-)(?:{core.alternation(PARTS_OF_DAY)}|{_CLOCK})){{0,2}}{_E}"
"""A time of day after a day: kept in the match, dropped from the value."""


def _year_rel(p: str) -> str:
    """ "anul trecut", "din anul trecut", "a anului trecut", "acestui an" -> group `<p>yr`."""
    return (
        rf"(?:(?:din|al|a|pe)\s+)?(?:anul|anului)\s+(?P<{p}yr>{_OFFSET})"
        rf"|(?:(?:din|al|a)\s+)?(?P<{p}yt>acest|acestui)\s+an"
    )


def _year_or_rel(p: str) -> str:
    """A year in digits ("2024", "anul 2024", "din 2024") or relative ("anul trecut")."""
    return (
        rf"(?:\s*,?\s+(?:(?:din|al|a|pe)\s+)?(?:(?:anul|anului|lui)\s+)?(?P<{p}y>{_YEAR})"
        rf"|\s+(?:{_year_rel(p)}))"
    )


# --- reading matched words -----------------------------------------------------------


def _number(text: str) -> int:
    text = re.sub(r"\s+", " ", text)
    return int(text) if text.isdigit() else CARDINALS[text]


def _day_number(text: str) -> int:
    return int(text) if text.isdigit() else DAY_WORDS[re.sub(r"\s+", " ", text)]


def _month_number(text: str) -> int:
    text = text.rstrip(".")
    return MONTHS.get(text) or MONTH_ABBREVIATIONS[text]


def _offset(text: str) -> int:
    return OFFSETS[re.sub(r"\s+", " ", text)]


def _year_of(m: re.Match[str], ctx: Context, p: str = "") -> int | None:
    """The year a match names ("2024", "anul trecut"), or None when it names none."""
    groups = m.groupdict()
    if groups.get(f"{p}y"):
        return int(groups[f"{p}y"])
    if groups.get(f"{p}yr"):
        return ctx.today.year + _offset(groups[f"{p}yr"])
    if groups.get(f"{p}yt"):
        return ctx.today.year
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


def _weekday_dom(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    found = core.nearest_weekday_dom(ctx.today, WEEKDAYS[m["wd"]], int(m["d"]), ctx.prefer)
    return None if found is None else day(found)


_RANGES = core.Ranges(_month_number, _day_number, _year_of)
_day_range = _RANGES.day_range
_month_range = _RANGES.month_range
_year_range = _RANGES.year_range
_month_year = _RANGES.month_year


def _month_last_next(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "iunie trecut": the most recent June strictly before the reference month."""
    mo, ref = _month_number(m["m"]), ctx.today
    if _offset(m["rel"]) < 0:
        y = ref.year if mo < ref.month else ref.year - 1
    else:
        y = ref.year if mo > ref.month else ref.year + 1
    return month(y, mo)


def _month_bare(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    y, mo = core.nearest_month(ctx.today, _month_number(m["m"]), ctx.prefer)
    return month(y, mo)


def _weekday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """A named day: "trecută"/"viitoare" strictly before/after; else nearest in the direction.

    Looking back the reference day itself counts (news name the publication day by its
    weekday: "duminică" in a Sunday article); looking forward it does not, as the day
    itself would be "azi" (Duckling's reading too).
    """
    word = m["wd"]
    if core.previous_word(m).lstrip("\"'(«„“") in NOT_A_DAY_BEFORE:
        return None  # also inside a quote: "„multe luni”" is months
    wd, ref = WEEKDAYS.get(word, WEEKDAY_ABBREVIATIONS.get(word, 0)), ctx.today
    if m.groupdict().get("wk"):
        return day(core.weekday_of_week(ref, wd, _offset(m["wk"])))
    rel = m.groupdict().get("rel")
    if rel is not None and _offset(rel) != 0:
        return day(core.strict_weekday(ref, wd, "past" if _offset(rel) < 0 else "future"))
    if ctx.prefer == "future":
        return day(core.strict_weekday(ref, wd, "future"))
    return day(core.nearest_weekday(ref, wd, "past"))


def _relative_day(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    return day(ctx.today + dt.timedelta(days=RELATIVE_DAYS[m["w"]]))


def _unit_of(text: str) -> Unit:
    return PERIOD_UNITS.get(text) or UNITS[text]


def _this_last_next(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "anul trecut", "luna aceasta", "acest an", "săptămâna viitoare": a calendar unit."""
    unit = _unit_of(m["u"])
    n = _offset(m["rel"]) if m.groupdict().get("rel") else 0
    return core.period(core.shift(ctx.today, unit, n), unit)


def _ago(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    unit = UNITS[m["u"]]
    return core.period(core.shift(ctx.today, unit, -_number(m["n"])), unit)


def _in(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    unit = UNITS[m["u"]]
    return core.period(core.shift(ctx.today, unit, _number(m["n"])), unit)


def _half(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "semestrul I", "primul semestru al anului 2024": six months."""
    h = 1 if (m["q1"] or m["q2"]) in ("primul", "i", "1", "intai") else 2
    y = _year_of(m, ctx)
    return core.half_year(y, h) if y is not None else core.nearest_half(ctx.today, h, ctx.prefer)


def _year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    return year(int(m["y"]))


def _quarter(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    if m["q1"]:
        q = QUARTER_ORDINALS[re.sub(r"\s+", " ", m["q1"])]
    else:
        q = QUARTER_NAMES[re.sub(r"\s+", " ", m["q2"])]
    y = _year_of(m, ctx)
    if y is not None:
        return quarter(y, q)
    if m["q1"] and m["q1"] == "ultimul":
        return None  # "ultimul trimestru" alone is "the latest quarter", not Q4
    return core.nearest_quarter(ctx.today, q, ctx.prefer)


def _season(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    code = SEASONS[m["s"]]
    y = _year_of(m, ctx)
    if y is not None:
        return season(y, code)
    ref, n = ctx.today, _offset(m["rel"])
    this = season(core.season_year(ref, code), code)
    if n < 0:
        return this if this.end < ref else season(this.start.year - 1, code)
    if n > 0:
        return this if this.start > ref else season(this.start.year + 1, code)
    return this


def _holiday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    name = re.sub(r"\s+", " ", m["h"])
    if m["cue"] in ("de", "de la") and core.previous_word(m) in NOT_A_HOLIDAY_AFTER:
        return None
    whole = m.start() == 0 and m.end() == len(m.string)
    if name in AMBIGUOUS_HOLIDAYS and not (m["cue"] or whole):
        return None
    if core.named_alone(m, m["cue"], _year_of(m, ctx)):
        return None
    feast = HOLIDAYS[name]
    on = feast
    if re.sub(r"\s+", " ", m["cue"] or "") == "in ajunul":
        # "În Ajunul Crăciunului", "în ajunul Paștelui": the eve, the day before the feast
        on = lambda y: feast(y) - dt.timedelta(days=1)  # noqa: E731
    y = _year_of(m, ctx)
    if y is not None:
        return day(on(y))
    return day(core.nearest_yearly(ctx.today, on, ctx.prefer))


def _month_part(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "la mijlocul lunii iulie", "spre sfârșitul lui mai 2024": the month itself."""
    y = _year_of(m, ctx)
    if y is not None:
        return month(y, _month_number(m["m"]))
    return _month_bare(m, ctx)


def _year_part(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "mai devreme anul acesta", "la începutul anului trecut": the year (or month) itself."""
    unit = _unit_of(m["u"])
    n = _offset(m["rel"]) if m["rel"] else 0
    return core.period(core.shift(ctx.today, unit, n), unit)


# --- rules ---------------------------------------------------------------------------


def _rule(
    name: str, pattern: str, resolve: Callable[[re.Match[str], Context], EdtfDate | None]
) -> Rule:
    return Rule(name, re.compile(pattern), resolve)


_HOLIDAY_CUE = rf"(?:(?P<cue>{core.alternation(HOLIDAY_CUES)})\s+)?"
_RANGE_START = r"(?:(?:intre|de la|din|de pe|pe|in perioada)\s+)?"
_RANGE_JOIN = r"(?:\s*-\s*|\s+(?:si|la|pana\s+(?:la|in|pe)|-)\s+)"

RULES: list[Rule] = [
    _rule(
        "numeric date",
        rf"{_B}{_PREP}{_WD_PREFIX}(?P<d>\d{{1,2}})(?P<sep>[./-])(?P<m>\d{{1,2}})(?P=sep)"
        rf"(?P<y>\d{{4}}|\d{{2}})(?!\d|[./-]\d){_TAIL}",
        core.numeric_day,
    ),
    _rule(
        "iso date",
        rf"{_B}{_PREP}(?P<y>\d{{4}})-(?P<m>\d{{2}})-(?P<d>\d{{2}})(?!\d){_TAIL}",
        core.numeric_day,
    ),
    _rule(
        "day range in one month",
        rf"{_B}{_RANGE_START}(?P<d1>{_DAY_NUM}){_RANGE_JOIN}(?P<d2>{_DAY_NUM})\s+"
        rf"(?P<m1>)?(?P<y1>)?(?P<m2>{_MONTH_DAY_CONTEXT})(?:{_year_or_rel('')})?{_E}",
        _day_range,
    ),
    _rule(
        "month, day range",
        rf"{_B}{_RANGE_START}(?P<m2>{_MONTH_NO_MAY}|mai)\s+(?P<d1>{_DAY_NUM})\s*-\s*"
        rf"(?P<d2>{_DAY_NUM})(?P<m1>)?(?P<y1>)?(?:{_year_or_rel('')})?{_E}",
        _day_range,
    ),
    _rule(
        "day-month range",
        rf"{_B}{_RANGE_START}(?P<d1>{_DAY_NUM})\s+(?P<m1>{_MONTH_DAY_CONTEXT})"
        rf"(?:\s+(?P<y1>{_YEAR}))?{_RANGE_JOIN}(?P<d2>{_DAY_NUM})\s+(?P<m2>{_MONTH_DAY_CONTEXT})"
        rf"(?:{_year_or_rel('')})?{_E}",
        _day_range,
    ),
    _rule(
        "month range",
        rf"{_B}{_RANGE_START}(?:luna\s+|lunile\s+)?(?P<m1>{_MONTH_NO_MAY}|mai)"
        rf"(?:\s+(?P<y1>{_YEAR}))?{_RANGE_JOIN}(?:luna\s+)?(?P<m2>{_MONTH_NO_MAY}|mai)"
        rf"(?:{_year_or_rel('')})?{_E}",
        _month_range,
    ),
    _rule(
        "year range",
        rf"{_B}{_RANGE_START}(?:anii\s+)?(?P<y1>{_YEAR}){_RANGE_JOIN}(?P<y2>{_YEAR})"
        rf"(?!\s+de\s){_E}",
        _year_range,
    ),
    _rule(
        "day month [year]",
        rf"{_B}{_PREP}{_WD_PREFIX}(?:ziua\s+de\s+)?(?P<d>{_DAY})(?:-a|-lea)?\s+"
        rf"(?:(?:a|al)\s+lunii\s+)?(?P<m>{_MONTH_DAY_CONTEXT})(?:{_year_or_rel('')})?{_TAIL}",
        _day_month,
    ),
    _rule(
        "month day [year]",
        rf"{_B}{_PREP}{_WD_PREFIX}(?P<m>{_MONTH_NO_MAY})\s+(?P<d>{_DAY_NUM})(?!\s*-\s*\d)"
        rf"(?:\s*,?\s+(?P<y>{_YEAR}))?{_TAIL}",
        _day_month,
    ),
    _rule(
        "weekday day",
        rf"{_B}{_PREP}(?P<wd>{_WEEKDAY})\s*,?\s+(?:pe\s+)?(?P<d>{_DAY_NUM})"
        rf"(?=\s*(?:$|[,;:!?)]|\.(?!\d))){_TAIL}",
        _weekday_dom,
    ),
    _rule(
        "month year",
        rf"{_B}{_PREP}(?:luna\s+)?(?P<m>{_MONTH_FULL})\s*,?\s+(?:(?:a|al|din)\s+)?"
        rf"(?:(?:anul|anului|lui)\s+)?(?P<y>{_YEAR})(?!\s+de\s){_E}",
        _month_year,
    ),
    _rule(
        "month, last/this/next year",
        rf"{_B}{_PREP}(?:luna\s+)?(?P<m>{_MONTH_FULL})\s+(?:{_year_rel('')}){_E}",
        _month_year,
    ),
    _rule(
        "month last/next",
        rf"{_B}{_PREP}(?:luna\s+)?(?P<m>{_MONTH_NO_MAY})\s+"
        rf"(?P<rel>trecut|trecuta|viitor|viitoare|care vine){_E}",
        _month_last_next,
    ),
    _rule(
        "month",
        rf"{_B}{_PREP}(?:luna\s+)?(?P<m>{_MONTH_NO_MAY}){_E}(?!\s+\d)",
        _month_bare,
    ),
    _rule(
        "may",
        rf"{_B}(?:(?:in|din|pana in|incepand cu|inca din)\s+(?P<m>mai)(?=\s*(?:$|[.,;:!?)»”\"]))"
        rf"|(?:(?:in|din|pana in|incepand cu|inca din)\s+)?luna\s+mai"
        r"(?!\s+(?:mult|multe|putin|mare|mica|mic|buna|bun|rea|calda|rece|lunga|scurta|"
        r"grea|usoara|ploioasa|secetoasa|dificila)(?!\w)))",
        lambda m, ctx: month(*core.nearest_month(ctx.today, 5, ctx.prefer)),
    ),
    _rule(
        "weekday range",
        rf"{_B}(?:de|din|de\s+la)\s+(?P<wd1>{_WEEKDAY})\s+pana\s+(?:(?:la|pe|in)\s+)?"
        rf"(?P<wd2>{_WEEKDAY}){_E}",
        lambda m, ctx: core.weekday_range(
            ctx.today, WEEKDAYS[m["wd1"]], WEEKDAYS[m["wd2"]], ctx.prefer
        ),
    ),
    _rule(
        "two weekdays",
        rf"{_B}{_PREP}(?P<pair>{core.weekday_pairs(WEEKDAYS, r'si|și')}){_E}",
        lambda m, ctx: core.pair_of(m["pair"], WEEKDAYS, ctx),
    ),
    _rule(
        "weekday of last/next week",
        rf"{_B}{_PREP}(?P<wd>{_WEEKDAY})\s+(?:din|de)\s+saptamana\s+(?P<wk>{_OFFSET}){_TAIL}",
        _weekday,
    ),
    _rule(
        "weekday",
        rf"{_B}(?:(?<!\d\s)|(?<=\d[-:]\d\s)(?!luni)){_PREP}(?:ziua\s+de\s+)?(?P<wd>{_WEEKDAY})"
        rf"(?:\s+(?P<rel>{_OFFSET}))?{NOT_A_DAY_AFTER}{_TAIL}",
        _weekday,
    ),
    _rule(
        "weekday abbreviation",
        rf"\A(?P<wd>{core.alternation(WEEKDAY_ABBREVIATIONS)})\.?\Z",
        _weekday,
    ),
    _rule(
        "today, yesterday, tomorrow",
        rf"{_B}(?<!ziua de ){_PREP}(?<!ziua de )(?P<w>{core.alternation(RELATIVE_DAYS)})"
        rf"(?:(?:\s*,\s*|\s+|-)(?:{core.alternation(PARTS_OF_DAY)}|{_CLOCK})){{0,2}}(?![\w-])",
        _relative_day,
    ),
    _rule(
        "last/this/next unit",
        rf"{_B}{_PREP}(?P<u>saptamana|saptamina|luna|anul|trimestrul)\s+(?P<rel>{_OFFSET}){_E}",
        _this_last_next,
    ),
    _rule(
        "this unit",
        rf"{_B}{_PREP}(?:{core.alternation(THIS_BEFORE)})\s+"
        rf"(?P<u>saptamana|saptamanii|luna|lunii|an|anului|trimestru|trimestrului){_E}",
        _this_last_next,
    ),
    _rule(
        "earlier/later in a year or month",
        rf"{_B}(?:mai devreme|mai tarziu|la inceputul|la sfarsitul|la finalul|la mijlocul|"
        rf"in prima parte a|in a doua parte a|pe parcursul|in cursul|spre sfarsitul)\s+"
        rf"(?:(?:in|din)\s+)?(?:(?:{core.alternation(THIS_BEFORE)})\s+)?"
        rf"(?P<u>anul|anului|an|luna|lunii|saptamana|saptamanii)(?:\s+(?P<rel>{_OFFSET}))?{_E}",
        _year_part,
    ),
    _rule(
        "part of a named month",
        rf"{_B}(?:pana\s+)?(?:la|spre|catre|in)\s+(?:inceputul|mijlocul|sfarsitul|finalul|"
        rf"jumatatea|prima\s+parte\s+a|a\s+doua\s+parte\s+a)\s+(?:lunii|lui)\s+"
        rf"(?P<m>{_MONTH_FULL})(?:{_year_or_rel('')})?{_E}",
        _month_part,
    ),
    _rule(
        "N units ago",
        rf"{_B}(?:acum|in urma cu)\s+(?:aproximativ\s+|circa\s+|aproape\s+|doar\s+)?"
        rf"(?P<n>{_NUM})\s+(?:de\s+)?(?P<u>{_UNIT}){_E}(?:\s+in\s+urma{_E})?",
        _ago,
    ),
    _rule(
        "N units back",
        rf"{_B}(?:cu\s+)?(?P<n>{_NUM})\s+(?:de\s+)?(?P<u>{_UNIT})\s+in\s+urma{_E}",
        _ago,
    ),
    _rule(
        "in N units",
        rf"{_B}(?<!de ){_B}peste\s+(?P<n>{_NUM})\s+(?:de\s+)?(?P<u>{_UNIT}){_E}",
        _in,
    ),
    _rule(
        "quarter",
        rf"{_B}{_PREP}(?:(?P<q1>{core.alternation(QUARTER_ORDINALS)})\s+trimestru"
        rf"|trimestrul(?:ui)?\s+(?P<q2>{core.alternation(QUARTER_NAMES)})){_E}"
        rf"(?:\s+(?:al|din|a|pe)?\s*(?:(?:anului|anul)\s+)?(?P<y>{_YEAR})"
        rf"|\s+(?:{_year_rel('')}))?{_E}",
        _quarter,
    ),
    _rule(
        "half year",
        rf"{_B}{_PREP}(?:(?P<q1>primul|al doilea)\s+semestru"
        rf"|semestrul(?:ui)?\s+(?P<q2>i|ii|1|2|intai|al doilea|al ii-lea|al 2-lea)){_E}"
        rf"(?:\s+(?:al|din|a|pe)?\s*(?:(?:anului|anul)\s+)?(?P<y>{_YEAR})"
        rf"|\s+(?:{_year_rel('')}))?{_E}",
        _half,
    ),
    _rule(
        "season",
        rf"{_B}{_PREP}(?P<s>{core.alternation(SEASONS)})\s+"
        rf"(?:(?:(?:lui|anului|din|din anul|anul)\s+)?(?P<y>{_YEAR})|{_year_rel('')}"
        rf"|(?P<rel>{_OFFSET})){_E}",
        _season,
    ),
    _rule(
        "season, bare",
        rf"{_B}in\s+(?P<s>{core.alternation(SEASONS)}){_E}",
        lambda m, ctx: core.nearest_season(ctx.today, SEASONS[m["s"]], ctx.prefer),
    ),
    _rule(
        "weekend",
        rf"{_B}{_PREP}week-?end(?:ul)?(?:\s+(?P<rel>{_OFFSET}))?{_E}",
        lambda m, ctx: core.weekend(ctx.today, _offset(m["rel"]) if m["rel"] else None, ctx.prefer),
    ),
    _rule(
        "holiday",
        rf"{_B}{_HOLIDAY_CUE}(?P<h>{core.alternation(HOLIDAYS)})"
        rf"(?:{_year_or_rel('')})?{_E}",
        _holiday,
    ),
    _rule(
        "year",
        rf"{_B}(?:(?:in|din|pana in|inca din|incepand cu|incepand din|dupa|inainte de|"
        rf"in anul|din anul|anul|pana in anul|pentru|pe parcursul lui|in cursul lui|"
        rf"la inceputul lui|la sfarsitul lui|spre sfarsitul lui|la finalul lui|fata de|"
        rf"comparativ cu|in comparatie cu|raportat la)\s+"
        rf"|pe\s+(?=20\d\d(?!\s*(?:m|km|kg|lei|euro|dolari|locuri|%)(?!\w)))|\A)(?P<y>{_YEAR})(?!\s*-\s*\d)(?!\s+de\s)(?!\w)",
        _year,
    ),
]

NAMES = re.compile(
    r"(?<!\w)(?:strada|str\.|strazii|bulevardul|bulevardului|bd\.|b-dul|calea|caii|piata|"
    r"pietei|aleea|soseaua|splaiul|podul|cartierul|liceul|scoala|colegiul|stadionul)\s+$"
)
"""Streets, squares and schools named after dates: "strada 1 Decembrie 1918" is an address."""


ABBREVIATIONS: frozenset[str] = frozenset(
    [
        "apr",
        "aug",
        "col",
        "dec",
        "dl",
        "dlui",
        "dna",
        "dnei",
        "dr",
        "etc",
        "feb",
        "gen",
        "ian",
        "iul",
        "iun",
        "mar",
        "mil",
        "mld",
        "noi",
        "nr",
        "oct",
        "pag",
        "prof",
        "sept",
        "str",
    ]
)
"""Words after which a full stop does not end a sentence ("r.", "Sr.", "г.")."""

# --- tense: the words that tell which way a clause looks (see timeline.tense) ---------

TENSE = tensedata.load("ro")
"""The words and verb forms that tell past from future: `lang/ro/tense.yaml`."""

LANGUAGE = Language("ro", "Romanian", RULES, fold, NAMES, tense=TENSE, abbreviations=ABBREVIATIONS)
