"""Bulgarian beyond its corpus (`timeline/dates/lang/bg/corpus.yaml`, read by test_corpus.py).

Spans, running text and the cases a corpus row cannot state.

Reference dates: the Bulgarian seed (001: Wednesday 2025-09-03), Friday 2024-03-01 (a leap
year, the first of a month) and Sunday 2023-12-31 (the last day of a year).
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import Context, Unresolvable, language, resolve, scan

SEED_001 = dt.date(2025, 9, 3)
FRI = dt.date(2024, 3, 1)
EVE = dt.date(2023, 12, 31)


def test_bounds_of_a_week_and_an_interval() -> None:
    week = resolve("преди две седмици", "bg", SEED_001)
    assert week is not None
    assert (week.start, week.end) == (dt.date(2025, 8, 18), dt.date(2025, 8, 24))
    span = resolve("от 13 до 15 юли", "bg", SEED_001)
    assert span is not None
    assert (span.start, span.end) == (dt.date(2025, 7, 13), dt.date(2025, 7, 15))


def test_absolute_dates_need_no_reference_and_relative_ones_do() -> None:
    got = resolve("3.09.2025 г.", "bg", None)
    assert got is not None and got.value == "2025-09-03"
    with pytest.raises(Unresolvable):
        resolve("по-рано тази година", "bg", None)


def test_scan_of_the_seed_sentences_finds_only_the_dates() -> None:
    text = (
        "Двете страни са обвързани с договор за взаимна отбрана от 2024 г. и са подложени на "
        "санкции. Напоследък отношенията придобиха специален характер. Войските помогнаха "
        "по-рано тази година. Май е така, каза той. Всеки петък имаше 2024 души."
    )
    ctx = Context(SEED_001, "past")
    found = [(text[m.start : m.end], m.resolve(ctx)) for m in scan(language("bg"), text)]
    assert [(t, v.value) for t, v in found if v is not None] == [
        ("от 2024 г.", "2024"),
        ("по-рано тази година", "2025"),
    ]


def test_streets_named_after_dates_are_not_dates() -> None:
    """ "ул. „6-и септември“" is an address, "на 6 септември" a date."""
    text = "На ул. „6-и септември“ и на бул. 6 септември имаше протест на 6 септември."
    found = [text[m.start : m.end] for m in scan(language("bg"), text)]
    assert found == ["на 6 септември"]
