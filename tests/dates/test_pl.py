"""Polish date expressions: what each must resolve to, against fixed reference dates.

Written for this project (not taken from any benchmark). SEED is the publication date
of seeds/002 (Wednesday 13 September 2023); SUNDAY is Sunday 1 December 2024.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from timeline.dates import Context, Unresolvable, language, resolve, scan
from timeline.dates.core import Direction, easter
from timeline.seeds import read_article

SEED = dt.date(2023, 9, 13)
SUNDAY = dt.date(2024, 12, 1)
P: Direction = "past"
F: Direction = "future"

# (expression, reference, direction, value, precision); None value = not a date.
CASES: list[tuple[str, dt.date, Direction, str | None, str | None]] = [
    # the seed article's own expressions
    ("w środę", SEED, P, "2023-09-13", "day"),
    ("we wtorek", SEED, P, "2023-09-12", "day"),
    ("blisko 19 miesięcy", SEED, P, None, None),
    ("w ostatnich tygodniach", SEED, P, None, None),
    # weekdays, with and without a week
    ("W środę wieczorem", SEED, P, "2023-09-13", "day"),
    ("w srode", SEED, P, "2023-09-13", "day"),
    ("w środę", SEED, F, "2023-09-20", "day"),  # looking forward: the next Wednesday
    ("w przyszłą środę", SEED, F, "2023-09-20", "day"),
    ("w tę środę", SEED, F, "2023-09-13", "day"),
    ("w niedzielę", SEED, P, "2023-09-10", "day"),
    ("w niedzielę", SEED, F, "2023-09-17", "day"),
    ("w poniedziałek", SEED, F, "2023-09-18", "day"),
    ("w przyszły wtorek", SEED, P, "2023-09-19", "day"),
    ("w zeszły piątek", SEED, F, "2023-09-08", "day"),
    ("czwartek w przyszłym tygodniu", SEED, P, "2023-09-21", "day"),
    ("poniedziałek tego tygodnia", SEED, F, "2023-09-11", "day"),
    ("w niedzielę", SUNDAY, P, "2024-12-01", "day"),
    ("w sobotę", SUNDAY, P, "2024-11-30", "day"),
    # today and around it; times of day are dropped
    ("dzisiaj", SEED, P, "2023-09-13", "day"),
    ("dziś rano", SEED, F, "2023-09-13", "day"),
    ("jutro o 15:00", SEED, P, "2023-09-14", "day"),
    ("pojutrze", SEED, P, "2023-09-15", "day"),
    ("wczoraj", SEED, F, "2023-09-12", "day"),
    ("przedwczoraj", SEED, P, "2023-09-11", "day"),
    # full dates, written out and numeric
    ("3 września 2025 r.", SEED, P, "2025-09-03", "day"),
    ("w dniu 3 września 2025 roku", SEED, P, "2025-09-03", "day"),
    ("3.09.2025", SEED, P, "2025-09-03", "day"),
    ("03/09/2025", SEED, F, "2025-09-03", "day"),
    ("3 IX 2025", SEED, P, "2025-09-03", "day"),
    ("2025-09-03", SEED, P, "2025-09-03", "day"),
    ("13 września br.", SEED, F, "2023-09-13", "day"),
    # day and month without a year: the direction decides, a weekday overrides
    ("12 września", SEED, P, "2023-09-12", "day"),
    ("12 września", SEED, F, "2024-09-12", "day"),
    ("14 września", SEED, P, "2022-09-14", "day"),
    ("pierwszego października", SEED, F, "2023-10-01", "day"),
    ("sobota, 2 września", SEED, F, "2023-09-02", "day"),
    ("w poniedziałek 18 września", SEED, P, "2023-09-18", "day"),
    ("30 listopada", SUNDAY, P, "2024-11-30", "day"),
    ("pierwszy wtorek października", SEED, F, "2023-10-03", "day"),
    ("ostatni dzień lutego 2024", SEED, P, "2024-02-29", "day"),
    # months
    ("w czerwcu", SEED, P, "2023-06", "month"),
    ("w czerwcu", SEED, F, "2024-06", "month"),
    ("we wrześniu", SEED, P, "2023-09", "month"),
    ("w czerwcu ubiegłego roku", SEED, P, "2022-06", "month"),
    ("w czerwcu 2024 r.", SEED, P, "2024-06", "month"),
    ("pazdziernik 2021", SEED, P, "2021-10", "month"),
    ("w zeszłym marcu", SEED, F, "2023-03", "month"),
    ("w przyszłym marcu", SEED, P, "2024-03", "month"),
    ("w przyszłym miesiącu", SEED, P, "2023-10", "month"),
    ("w ubiegłym miesiącu", SEED, F, "2023-08", "month"),
    # weeks and years relative to the reference
    ("w zeszłym tygodniu", SEED, P, "2023-W36", "week"),
    ("w tym tygodniu", SEED, F, "2023-W37", "week"),
    ("w zeszłym tygodniu", SUNDAY, P, "2024-W47", "week"),
    ("w tym roku", SEED, P, "2023", "year"),
    ("wcześniej w tym roku", SEED, P, "2023", "year"),
    ("ubiegłego roku", SEED, F, "2022", "year"),
    ("w przyszłym roku", SUNDAY, P, "2025", "year"),
    ("w ub.r.", SEED, P, "2022", "year"),
    ("na początku 2024 r.", SEED, F, "2024", "year"),
    ("w czerwcu ub. roku", SEED, P, "2022-06", "month"),
    ("pod koniec sierpnia", SEED, P, "2023-08", "month"),
    ("w minioną sobotę", SEED, P, "2023-09-09", "day"),
    ("w 2022 roku", SEED, F, "2022", "year"),
    ("roku 2019", SEED, P, "2019", "year"),
    # so long ago, so far ahead: at that unit's precision
    ("5 dni temu", SEED, P, "2023-09-08", "day"),
    ("dwa tygodnie temu", SEED, P, "2023-W35", "week"),
    ("trzy miesiące temu", SEED, F, "2023-06", "month"),
    ("dwa lata temu", SEED, P, "2021", "year"),
    ("rok temu", SEED, P, "2022", "year"),
    ("przed tygodniem", SEED, P, "2023-W36", "week"),
    ("za 3 dni", SEED, P, "2023-09-16", "day"),
    ("za tydzień", SEED, P, "2023-W38", "week"),
    ("za dwa lata", SEED, P, "2025", "year"),
    # intervals
    ("od 13 do 15 lipca", SEED, P, "2023-07-13/2023-07-15", "interval"),
    ("13-15 lipca 2024", SEED, P, "2024-07-13/2024-07-15", "interval"),
    ("od 29 listopada do 1 grudnia 2024", SEED, P, "2024-11-29/2024-12-01", "interval"),
    ("od 29 listopada do 1 grudnia", SEED, P, "2022-11-29/2022-12-01", "interval"),
    ("od marca do maja 2024", SEED, P, "2024-03/2024-05", "interval"),
    ("w latach 2020-2022", SEED, P, "2020/2022", "interval"),
    ("ostatnie 3 dni", SEED, P, "2023-09-10/2023-09-12", "interval"),
    ("ostatnie dwa miesiące", SEED, P, "2023-07/2023-08", "interval"),
    ("w weekend", SEED, P, "2023-09-09/2023-09-10", "interval"),
    # a part of the current month or year is that month or year
    ("na początku miesiąca", SEED, P, "2023-09", "month"),
    ("pod koniec roku", SEED, F, "2023", "year"),
    # quarters and halves
    ("pierwszy kwartał", SEED, P, "2023-33", "quarter"),
    ("pierwszy kwartał", SEED, F, "2024-33", "quarter"),
    ("w drugim kwartale 2024", SEED, P, "2024-34", "quarter"),
    ("III kw. 2022", SEED, P, "2022-35", "quarter"),
    ("w czwartym kwartale ubiegłego roku", SEED, P, "2022-36", "quarter"),
    ("Q3 2023", SEED, P, "2023-35", "quarter"),
    ("w pierwszej połowie 2024", SEED, P, "2024-01/2024-06", "interval"),
    # holidays (Easter by the computus)
    ("Boże Narodzenie", SEED, P, "2022-12-25", "day"),
    ("Boże Narodzenie", SEED, F, "2023-12-25", "day"),
    ("Wigilia 2024", SEED, P, "2024-12-24", "day"),
    ("w Wigilię", SUNDAY, F, "2024-12-24", "day"),
    ("Wielkanoc 2024", SEED, P, "2024-03-31", "day"),
    ("w Wielki Piątek 2025", SEED, P, "2025-04-18", "day"),
    ("Boże Ciało 2024", SEED, P, "2024-05-30", "day"),
    ("Nowy Rok", SEED, P, "2023-01-01", "day"),
    ("Nowy Rok", SEED, F, "2024-01-01", "day"),
    ("Sylwester", SEED, P, "2022-12-31", "day"),
    ("Święto Niepodległości", SEED, F, "2023-11-11", "day"),
    # astronomical seasons
    ("latem", SEED, P, "2023-22", "season"),
    ("zeszłej zimy", SEED, P, "2022-24", "season"),
    ("zeszłej zimy", SUNDAY, P, "2023-24", "season"),
    # not dates: words, durations, vague or anaphoric times, counts, bare times
    ("się", SEED, P, None, None),
    ("nie", SEED, P, None, None),
    ("mają", SEED, P, None, None),
    ("pierwszy", SEED, P, None, None),
    ("trzeci", SEED, F, None, None),
    ("2022 osób", SEED, P, None, None),
    ("od 3 lat", SEED, P, None, None),
    ("kilka dni temu", SEED, P, None, None),
    ("w najbliższych dniach", SEED, F, None, None),
    ("ostatnie lata", SEED, P, None, None),
    ("tydzień później", SEED, P, None, None),
    ("o 15:00", SEED, P, None, None),
    ("9:30", SEED, P, None, None),
    ("1/3", SEED, P, None, None),
    ("od 31 do 30 maja", SEED, P, None, None),
    ("31 lutego", SEED, P, None, None),
    # a weekday range; "od jutra"; a weekday before a numeric date; month first only alone
    ("od czwartku do soboty", dt.date(2025, 1, 8), "future", "2025-01-09/2025-01-11", "interval"),
    ("od jutra", dt.date(2023, 4, 3), "past", "2023-04-04", "day"),
    ("w poniedziałek, 26.02.2024 r.", dt.date(2024, 2, 29), "past", "2024-02-26", "day"),
    # a half-year without its year
    ("w pierwszym półroczu", dt.date(2023, 9, 27), P, "2023-01/2023-06", "interval"),
    ("w drugim półroczu", dt.date(2023, 3, 1), "future", "2023-07/2023-12", "interval"),
]


@pytest.mark.parametrize(("text", "ref", "prefer", "value", "precision"), CASES)
def test_resolves(
    text: str, ref: dt.date, prefer: Direction, value: str | None, precision: str | None
) -> None:
    got = resolve(text, "pl", ref, prefer)
    if value is None:
        assert got is None
    else:
        assert got is not None
        assert (got.value, got.precision) == (value, precision)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("w zeszłym tygodniu", "2023-09-04", "2023-09-10"),
        ("od 13 do 15 lipca", "2023-07-13", "2023-07-15"),
        ("od marca do maja 2024", "2024-03-01", "2024-05-31"),
        ("w drugim kwartale 2024", "2024-04-01", "2024-06-30"),
        ("we wrześniu", "2023-09-01", "2023-09-30"),
    ],
)
def test_covers_whole_days(text: str, start: str, end: str) -> None:
    got = resolve(text, "pl", SEED, "past")
    assert got is not None
    assert (got.start.isoformat(), got.end.isoformat()) == (start, end)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("3 września 2025 r.", "2025-09-03"),
        ("3.09.2025", "2025-09-03"),
        ("w czerwcu 2024", "2024-06"),
        ("drugi kwartał 2024", "2024-34"),
        ("Wielkanoc 2024", "2024-03-31"),
        ("w latach 2020-2022", "2020/2022"),
    ],
)
def test_absolute_dates_need_no_reference(text: str, value: str) -> None:
    got = resolve(text, "pl", None)
    assert got is not None
    assert got.value == value


@pytest.mark.parametrize("text", ["w środę", "w zeszłym tygodniu", "w czerwcu", "3 września"])
def test_relative_dates_without_reference_are_unresolvable(text: str) -> None:
    with pytest.raises(Unresolvable):
        resolve(text, "pl", None)


def test_scan_finds_the_seed_mentions() -> None:
    seed = Path(__file__).resolve().parents[2] / "seeds" / "002_df6dc53cd25a6e55.txt"
    article = read_article(seed)
    assert article.published == SEED
    text = article.body
    found = [
        (text[m.start : m.end], v.value if (v := m.resolve(Context(SEED, "past"))) else None)
        for m in scan(language("pl"), text)
    ]
    assert found == [
        ("w środę", "2023-09-13"),
        ("w środę", "2023-09-13"),
        ("w środę", "2023-09-13"),
        ("we wtorek", "2023-09-12"),
        ("w środę", "2023-09-13"),
    ]


def test_scan_keeps_counts_fractions_and_names_out() -> None:
    text = "Zginęło 2022 osób, 1/3 mieszkańców; Maja Kowalska mówi, że się uda, od 3 lat."
    assert scan(language("pl"), text) == []


@pytest.mark.parametrize(
    ("y", "sunday"), [(2013, "2013-03-31"), (2019, "2019-04-21"), (2025, "2025-04-20")]
)
def test_easter(y: int, sunday: str) -> None:
    assert easter(y).isoformat() == sunday


def test_streets_named_after_dates_are_not_dates() -> None:
    """ "ulicy 3 Maja" is an address and "Konstytucji 3 Maja" a document; the holiday is not."""
    text = "Na ulicy 3 Maja i przy al. 11 Listopada świętowano Święto Konstytucji 3 Maja."
    found = [text[m.start : m.end] for m in scan(language("pl"), text)]
    assert found == ["Święto Konstytucji 3 Maja"]
