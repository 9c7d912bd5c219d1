"""Romanian beyond its corpus (`timeline/dates/lang/ro/corpus.yaml`, read by test_corpus.py).

Spans, running text and the cases a corpus row cannot state.

Reference dates: the Romanian seed (000: Wednesday 2025-09-03), Friday 2024-03-01 (a leap
year, the first of a month) and Sunday 2023-12-31 (the last day of a year).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import Context, Unresolvable, language, resolve, scan

SEED_000 = dt.date(2025, 9, 3)
FRI = dt.date(2024, 3, 1)
EVE = dt.date(2023, 12, 31)


def test_bounds_of_a_week_an_interval_and_a_season() -> None:
    week = resolve("săptămâna trecută", "ro", SEED_000)
    assert week is not None and (week.start, week.end) == (
        dt.date(2025, 8, 25),
        dt.date(2025, 8, 31),
    )
    span = resolve("3-5 martie 2024", "ro", SEED_000)
    assert span is not None and (span.start, span.end) == (dt.date(2024, 3, 3), dt.date(2024, 3, 5))
    winter = resolve("iarna aceasta", "ro", EVE)
    assert winter is not None and (winter.start, winter.end) == (
        dt.date(2023, 12, 21),
        dt.date(2024, 3, 19),
    )


def test_absolute_dates_need_no_reference_and_relative_ones_do() -> None:
    got = resolve("3 septembrie 2025", "ro", None)
    assert got is not None and got.value == "2025-09-03"
    with pytest.raises(Unresolvable):
        resolve("duminică", "ro", None)


def test_scan_of_the_seed_sentences_finds_only_the_dates() -> None:
    text = (
        "pe marginea celei mai mari parade militare, la o ceremonie care a marcat 80 de ani. "
        "O întâlnire care a durat mai bine de două ore. Ucraina, în 2022. Anul trecut, Rusia "
        "a semnat un acord. Summitul din Tianjin, duminică. Se estimează că 500 de drone."
    )
    ctx = Context(SEED_000, "past")
    found = [(text[m.start : m.end], m.resolve(ctx)) for m in scan(language("ro"), text)]
    assert [(t, v.value) for t, v in found if v is not None] == [
        ("în 2022", "2022"),
        ("Anul trecut", "2024"),
        ("duminică", "2025-08-31"),
    ]


def test_names_and_things_named_after_days_are_not_dates() -> None:
    """A street named after a date is an address; "târgul de Crăciun" is a fair."""
    text = (
        "Pe strada 1 Decembrie 1918 a ars o casă. Târgul de Crăciun și primele de Crăciun "
        "vin de Crăciun, pe bulevardul 1 Mai."
    )
    ctx = Context(SEED_000, "future")
    found = [(text[m.start : m.end], m.resolve(ctx)) for m in scan(language("ro"), text)]
    assert [(t, v.value) for t, v in found if v is not None] == [("de Crăciun", "2025-12-25")]
