"""A language's words as data: `timeline/dates/lang/<code>/words.yaml`, checked when loaded.

The engine (`core`) knows no language; each language's months, weekdays, relative days,
numbers, units, seasons and holidays live in a YAML file beside its rules, the way
dateparser keeps its language data and HeidelTime its resources. A file is checked against
`lang/schema.yaml` (a JSON Schema) on first use, so a typo in a contributed language is a
one-line error naming the file and the key, never a wrong date later; loaded tables are
cached for the life of the process.

The check is a small interpreter of the JSON Schema keywords the schema uses (the
`jsonschema` package takes longer to import than every language takes to load); the tests
check that `jsonschema` itself agrees on every shipped file.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

from timeline.dates import regexcache

LANG_DIR = Path(__file__).resolve().parent / "lang"
SCHEMA = LANG_DIR / "schema.yaml"

Unit = Literal["day", "week", "month", "quarter", "year"]
YearlyDay = Callable[[int], dt.date]

SEASON_CODES: dict[str, int] = {"spring": 21, "summer": 22, "autumn": 23, "winter": 24}
"""EDTF season codes; the model dates them (astronomical seasons)."""


class LanguageDataError(ValueError):
    """A language's data file that is missing, not YAML, or not what the schema says."""


@dataclass(frozen=True, slots=True)
class Holiday:
    """A named day: fixed (`date` "MM-DD"), a number of days after Easter, or the n-th
    weekday of a month (Thanksgiving)."""

    names: tuple[str, ...]
    date: tuple[int, int] | None = None
    easter: int | None = None
    nth_weekday: tuple[int, int, int] | None = None


@dataclass(frozen=True, slots=True)
class Words:
    """One language's word tables, as `words.yaml` gives them (order kept)."""

    code: str
    name: str
    months: dict[str, int]
    weekdays: dict[str, int]
    month_abbreviations: dict[str, int] = field(default_factory=dict)
    weekday_abbreviations: dict[str, int] = field(default_factory=dict)
    relative_days: dict[str, int] = field(default_factory=dict)
    relative_day_adjectives: dict[str, int] = field(default_factory=dict)
    weekday_adjectives: dict[str, int] = field(default_factory=dict)
    month_adjectives: dict[str, int] = field(default_factory=dict)
    year_adjectives: dict[str, int] = field(default_factory=dict)
    week_adjectives: dict[str, int] = field(default_factory=dict)
    offset_adjectives: dict[str, int] = field(default_factory=dict)
    """Adjectives are stems: "piątkow" reads "piątkowe", "piątkowy", "piątkowej"."""
    adjective_endings: str = ""
    """The regex of the endings an adjective's stem takes, where any letters would make
    other words of a stem ("środow" is "środowy", never "środowisko"); default any letters."""
    offsets: dict[str, int] = field(default_factory=dict)
    offsets_before: dict[str, int] = field(default_factory=dict)
    """"this"/"last"/"next" where a language writes them before the noun in another form
    ("acest an" but "anul acesta"; "este ano" but "o ano atual")."""
    further: tuple[str, ...] = ()
    """Words before "last"/"next" that go one step further ("по-миналата": before last)."""
    period_during: tuple[str, ...] = ()
    """Prepositions that make a quarter or a half of a year the time of its clause's event
    ("no terceiro trimestre", "w drugim kwartale"): read forward it lies ahead, though the
    one just ended bears its number (`core.nearest_quarter`'s `closed`)."""
    following: tuple[str, ...] = ()
    """Words of "next" that also say "the one after the day told before" ("miercurea
    următoare", "w kolejną środę", "в следващата сряда"): after a day in its sentence, a
    weekday with one is the first after that day (`core.weekday_after_antecedent`)."""
    preceding: tuple[str, ...] = ()
    """Words of "last" that also say "the one before the date told before" ("luna
    precedentă", "o trimestre anterior", "w poprzednim roku", "предходния месец"): after a
    date in its sentence, a month, quarter or year with one is the one before that date's
    (`core.preceding_period`)."""
    cardinals: dict[str, int] = field(default_factory=dict)
    ordinals: dict[str, int] = field(default_factory=dict)
    decade_words: dict[str, int] = field(default_factory=dict)
    """The tens said as a decade's name ("w latach sześćdziesiątych", "nos anos setenta"),
    read in the `{decade}` slot as their two digits are (`core.decade_of`)."""
    units: dict[str, Unit] = field(default_factory=dict)
    single_units: dict[str, Unit] = field(default_factory=dict)
    """Units that count one with no number before them ("преди месец", "za rok")."""
    decade_units: tuple[str, ...] = ()
    """The words of a decade as a unit counted ("trzy dekady temu", "há três décadas"),
    read in the `{decade_unit}` slot: N decades back is a decade."""
    duration_words: tuple[str, ...] = ()
    """Words beside "N units ago" that make it a span ("está preso há dois anos")."""
    not_a_weekday_after: tuple[str, ...] = ()
    """Words just before a weekday that make it no date: a count ("trei luni" are three
    months), "every" ("всеки петък" is a habit)."""
    period_units: dict[str, Unit] = field(default_factory=dict)
    seasons: dict[str, str] = field(default_factory=dict)
    quarters: dict[str, int] = field(default_factory=dict)
    """Words naming a quarter by its number ("trimestrul II", "второто тримесечие")."""
    halves: dict[str, int] = field(default_factory=dict)
    """Words naming a half of a year by its number ("semestrul I", "първото полугодие")."""
    nths: dict[str, int] = field(default_factory=dict)
    """Ordinal words counting weekdays or weeks within a month or year ("prima luni din
    martie", "a segunda semana de 2026"): 1 to 5, and -1 for "last" ("последния петък")."""
    parts_of_day: tuple[str, ...] = ()
    holiday_cues: tuple[str, ...] = ()
    eve_cues: tuple[str, ...] = ()
    """Cues before a holiday that name the day before it ("в навечерието на Коледа", "w
    przeddzień Trzech Króli", "na véspera da Páscoa"): the eve, not the feast."""
    spent_stems: tuple[str, ...] = ()
    """Stems of the verbs of spending or meeting a time ("прекара", "посрещна"): a holiday
    right after one with no cue is the time spent ("ще прекара Великден в манастира"), no
    name (`core.named_alone`)."""
    ambiguous_holidays: frozenset[str] = frozenset()
    easter: str = "western"
    holidays: tuple[Holiday, ...] = ()
    and_words: tuple[str, ...] = ()
    or_words: tuple[str, ...] = ()
    pointing_back: tuple[str, ...] = ()
    """Words of "this" before "year" that also say "that" of a year told before (bg "тази
    година", pl "tego roku"): in a story of an earlier year, that year
    (`core.this_or_that_year`)."""
    fold: bool = False
    """Patterns match text folded to plain letters ("março" -> "marco"); shapes fold the words."""
    plain_letters: dict[str, str] = field(default_factory=dict)
    """Letters a writer may drop the diacritic of; shapes read each word also with all of
    them plain ("miesiecy" for "miesięcy"), never half-plain."""
    fragments: dict[str, str] = field(default_factory=dict)
    """Named pieces of regex the shapes share (the prepositions a mention may open with, a
    time of day after a day), written `{name}` in a shape; their slots take no group."""
    shapes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    """Phrase shapes per idea of `core.MEANINGS`, read by `timeline.dates.shapes`."""
    year_pattern: str = ""
    """The regex of a year in digits, where the language's shapes read fewer than any four
    digits from 1000 ("between 1200 and 1400 employees" is no range of years)."""
    abbreviations: frozenset[str] = frozenset()
    """Words after which a full stop does not end a sentence ("nr.", "prof.", "г.")."""
    names: str = ""
    """A regex over the normalised text before a date, reaching it (`$`): words that make the
    date part of a name ("strada 1 Decembrie", "ulicy 3 Maja"), `core.Language.names`."""

    def forms(self, table: Mapping[str, Any]) -> dict[Any, tuple[str, ...]]:
        """A table turned round: each meaning with its words in the file's order."""
        out: dict[Any, list[str]] = {}
        for word, meaning in table.items():
            out.setdefault(meaning, []).append(word)
        return {meaning: tuple(words) for meaning, words in out.items()}

    def season_codes(self) -> dict[str, int]:
        """Each season word with its EDTF code (21 spring .. 24 winter)."""
        return {word: SEASON_CODES[name] for word, name in self.seasons.items()}

    def yearly_days(self) -> tuple[tuple[tuple[str, ...], YearlyDay], ...]:
        """Each holiday's names with the function giving its day in a year."""
        return tuple((h.names, yearly_day(h, self.easter)) for h in self.holidays)

    def holiday_days(self) -> dict[str, YearlyDay]:
        """Each holiday name with the function giving its day in a year."""
        return {name: on for names, on in self.yearly_days() for name in names}


def yearly_day(holiday: Holiday, computus: str) -> YearlyDay:
    """The day a holiday falls on in a given year."""
    from timeline.dates.core import orthodox_easter, western_easter

    if holiday.date is not None:
        month_, day_ = holiday.date
        return lambda y: dt.date(y, month_, day_)
    if holiday.easter is not None:
        sunday = orthodox_easter if computus == "orthodox" else western_easter
        days = holiday.easter
        return lambda y: sunday(y) + dt.timedelta(days=days)
    assert holiday.nth_weekday is not None
    month_, weekday, n = holiday.nth_weekday

    def nth(y: int) -> dt.date:
        first = dt.date(y, month_, 1)
        return first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))

    return nth


# --- loading --------------------------------------------------------------------------


def words_path(code: str) -> Path:
    return LANG_DIR / code / "words.yaml"


@cache
def words(code: str) -> Words:
    """The word tables of a shipped language, checked once per process."""
    return load_words(words_path(code))


def load_words(path: Path) -> Words:
    """Read, check and convert one `words.yaml` (also a toy language's, in tests)."""
    raw = read_yaml(path)
    check(raw, schema(), path)
    if raw["code"] != path.parent.name and path.parent.parent == LANG_DIR:
        raise LanguageDataError(f"{path}: code {raw['code']!r} is not its folder's name")
    holidays = tuple(_holiday(h) for h in raw.get("holidays", ()))
    tables = {k: v for k, v in raw.items() if k != "holidays"}
    if "shapes" in tables:
        tables["shapes"] = {k: tuple(v) for k, v in tables["shapes"].items()}
    lists = (
        "parts_of_day",
        "holiday_cues",
        "eve_cues",
        "spent_stems",
        "and_words",
        "or_words",
        "pointing_back",
        "duration_words",
        "decade_units",
        "further",
        "following",
        "preceding",
        "period_during",
    )
    for key in (*lists, "not_a_weekday_after"):
        if key in tables:
            tables[key] = tuple(tables[key])
    for key in ("ambiguous_holidays", "abbreviations"):
        if key in tables:
            tables[key] = frozenset(tables[key])
    return Words(**tables, holidays=holidays)


def _holiday(raw: dict[str, Any]) -> Holiday:
    names = tuple(raw["names"])
    if "date" in raw:
        month_, day_ = (int(part) for part in raw["date"].split("-"))
        return Holiday(names, date=(month_, day_))
    if "easter" in raw:
        return Holiday(names, easter=raw["easter"])
    nth = raw["nth_weekday"]
    return Holiday(names, nth_weekday=(nth["month"], nth["weekday"], nth["n"]))


def read_yaml(path: Path) -> Any:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as err:
        raise LanguageDataError(f"{path}: cannot be read: {err}") from err
    try:
        return yaml.load(text, Loader=loader)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        raise LanguageDataError(f"{path}{where}: not valid YAML: {err}") from err


@cache
def schema() -> dict[str, Any]:
    loaded: dict[str, Any] = read_yaml(SCHEMA)
    return loaded


# --- the JSON Schema keywords the schema uses -------------------------------------------

_TYPES: dict[str, Callable[[Any], bool]] = {
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "string": lambda v: isinstance(v, str),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
    "boolean": lambda v: isinstance(v, bool),
}


def check(value: Any, node: dict[str, Any], path: Path, where: str = "", root: Any = None) -> None:
    """Raise `LanguageDataError` at the first place `value` breaks the schema `node`."""
    root = node if root is None else root
    if "$ref" in node:
        ref = node["$ref"].removeprefix("#/").split("/")
        target = root
        for part in ref:
            target = target[part]
        node = {**target, **{k: v for k, v in node.items() if k != "$ref"}}

    def fail(problem: str) -> None:
        raise LanguageDataError(f"{path}: {where or 'the file'}: {problem}")

    kind = node.get("type")
    if kind is not None and not _TYPES[kind](value):
        fail(f"{value!r} is not {'an' if kind[0] in 'aeiou' else 'a'} {kind}")
    if "enum" in node and value not in node["enum"]:
        fail(f"{value!r} is not one of {', '.join(map(str, node['enum']))}")
    if isinstance(value, int) and not isinstance(value, bool):
        if "minimum" in node and value < node["minimum"]:
            fail(f"{value} is less than {node['minimum']}")
        if "maximum" in node and value > node["maximum"]:
            fail(f"{value} is more than {node['maximum']}")
    if isinstance(value, str):
        if len(value) < node.get("minLength", 0):
            fail("is empty")
        if "pattern" in node and not re.search(node["pattern"], value):
            fail(f"{value!r} does not match {node['pattern']}")
    if isinstance(value, list):
        _check_array(value, node, path, where, root, fail)
    if isinstance(value, dict):
        _check_object(value, node, path, where, root, fail)


def _check_array(
    value: list[Any], node: dict[str, Any], path: Path, where: str, root: Any, fail: Any
) -> None:
    if len(value) < node.get("minItems", 0):
        fail(f"has {len(value)} items, fewer than {node['minItems']}")
    if node.get("uniqueItems"):
        seen: set[Any] = set()
        for item in value:
            key = repr(item)
            if key in seen:
                fail(f"{item!r} is listed twice")
            seen.add(key)
    if "items" in node:
        for i, item in enumerate(value):
            check(item, node["items"], path, f"{where}[{i}]", root)


def _check_object(
    value: dict[Any, Any], node: dict[str, Any], path: Path, where: str, root: Any, fail: Any
) -> None:
    for key in node.get("required", ()):
        if key not in value:
            fail(f"'{key}' is missing")
    if len(value) < node.get("minProperties", 0):
        fail(f"has {len(value)} entries, fewer than {node['minProperties']}")
    if len(value) > node.get("maxProperties", len(value)):
        fail(f"has {len(value)} entries, more than {node['maxProperties']}")
    properties = node.get("properties", {})
    extra = node.get("additionalProperties", True)
    for key, item in value.items():
        inner = f"{where}.{key}" if where else str(key)
        if not isinstance(key, str):
            fail(f"the key {key!r} is not text")
        if key in properties:
            check(item, properties[key], path, inner, root)
        elif extra is False:
            fail(f"unknown key '{key}'")
        elif isinstance(extra, dict):
            check(item, extra, path, inner, root)


# --- the words extraction reads around a mention ---------------------------------------

EXTRACT_SCHEMA = LANG_DIR / "extract.schema.yaml"


@dataclass(frozen=True, slots=True)
class Detection:
    """How a text in this language is told from the others."""

    script: str
    letters: str
    stopwords: frozenset[str]
    foreign_name: str = ""
    foreign_letters: str = ""


@dataclass(frozen=True, slots=True)
class Cues:
    """One language's `extract.yaml`: plain words, and pattern fragments (see the schema)."""

    code: str
    detection: Detection | None = None
    captions: tuple[str, ...] = ()
    patterns: dict[str, tuple[str, ...]] = field(default_factory=dict)
    day_names: dict[str, Any] | None = None
    lower_case_calendar: bool = False
    """Months and weekdays are written in lower case: a capitalised one inside a sentence
    is a name (a club, a person, a brand), not a date."""
    letter_variants: dict[str, str] = field(default_factory=dict)
    """Letters written in place of others (ro "ş" with a cedilla for "ș" with a comma): read
    as the letter the cues are written with, so that one spelling of a cue is enough."""
    capital_days_are_names: bool = False
    """A day and a capitalised month inside a sentence is a name (pl "ulicami: Lipową, 29
    Listopada"): a street's, a school's, a monument's. Not where writers capitalise their
    holidays' dates (ro "de 1 Decembrie")."""
    calendar_case_by_text: bool = False
    """Each text tells whether it writes its months in lower case (pt: the 1990 spelling
    agreement lowered them, older and Brazilian-era pages capitalise): in a text that writes
    one in lower case, a capitalised one inside a sentence is a name ("os capitães de Abril")."""
    inside_letter_variants: dict[str, str] = field(default_factory=dict)
    """Letters written in place of others inside a word only (ro "î" for "â" in the spelling
    before 1993 and in Moldova: "sîmbătă", "pînă mîine"); a word's first and last letters
    stay as written ("în", "întîi" read "întâi")."""


_NOT_PATTERNS = frozenset(
    {
        "code",
        "detection",
        "captions",
        "day_names",
        "lower_case_calendar",
        "letter_variants",
        "capital_days_are_names",
        "calendar_case_by_text",
        "inside_letter_variants",
    }
)
"""The keys of `extract.yaml` that hold no pattern fragments."""


@cache
def cues(code: str) -> Cues:
    """The extraction cues of a shipped language, checked once per process."""
    return load_cues(LANG_DIR / code / "extract.yaml")


def load_cues(path: Path) -> Cues:
    raw = read_yaml(path)
    check(raw, _extract_schema(), path)
    patterns = {key: tuple(value) for key, value in raw.items() if key not in _NOT_PATTERNS}
    for key, fragments in patterns.items():
        for fragment in fragments:
            try:
                regexcache.compile(fragment)
            except re.error as err:
                problem = f"{path}: {key}: {fragment!r} is no pattern: {err}"
                raise LanguageDataError(problem) from err
    found = raw.get("detection")
    detection = None
    if found is not None:
        foreign = found.get("foreign", {})
        detection = Detection(
            found["script"],
            found["letters"],
            frozenset(found["stopwords"]),
            foreign.get("name", ""),
            foreign.get("letters", ""),
        )
    captions = tuple(raw.get("captions", ()))
    return Cues(
        raw["code"],
        detection,
        captions,
        patterns,
        raw.get("day_names"),
        bool(raw.get("lower_case_calendar", False)),
        dict(raw.get("letter_variants", {})),
        bool(raw.get("capital_days_are_names", False)),
        bool(raw.get("calendar_case_by_text", False)),
        dict(raw.get("inside_letter_variants", {})),
    )


@cache
def _extract_schema() -> dict[str, Any]:
    loaded: dict[str, Any] = read_yaml(EXTRACT_SCHEMA)
    return loaded
