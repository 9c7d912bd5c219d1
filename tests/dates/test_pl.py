"""Polish beyond its corpus (`timeline/dates/lang/pl/corpus.yaml`, read by test_corpus.py).

Spans, running text and the cases a corpus row cannot state.

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
