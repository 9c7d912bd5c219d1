"""The n-th or last weekday or week of a month, read the same way in every language.

The convention (`core.nth_week`): the n-th week of a month is the ISO week whose Monday is
the month's n-th Monday, the last the week ending on its last Sunday; a fifth weekday the
month lacks is no date. Values computed here with `datetime`, not written by hand.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest

from timeline import dates


def _nth(year: int, month: int, weekday: int, n: int) -> dt.date:
    days = [
        dt.date(year, month, d)
        for d in range(1, calendar.monthrange(year, month)[1] + 1)
        if dt.date(year, month, d).weekday() == weekday
    ]
    return days[n - 1] if n > 0 else days[-1]


def _iso(d: dt.date) -> str:
    year, week, _ = d.isocalendar()
    return f"{year}-W{week:02d}"


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("ro", "a cincea vineri din mai 2026", _nth(2026, 5, 4, 5).isoformat()),
        ("bg", "петия петък на май 2026 г.", _nth(2026, 5, 4, 5).isoformat()),
        ("pt", "a primeira segunda-feira de junho de 2026", _nth(2026, 6, 0, 1).isoformat()),
        ("pl", "ostatni piątek miesiąca", _nth(2026, 4, 4, -1).isoformat()),
        # March 2026 opens on a Sunday: its first week is the one of Monday the 2nd
        ("pt", "a primeira semana de março de 2026", _iso(_nth(2026, 3, 0, 1))),
        # December 2025 ends on a Wednesday: its last week is the last whole one
        ("ro", "ultima săptămână din decembrie 2025", _iso(_nth(2025, 12, 6, -1))),
        ("bg", "последната седмица на 2026 г.", _iso(dt.date(2026, 12, 28))),
    ],
)
def test_an_ordinal_in_a_month_or_year(lang: str, text: str, expected: str) -> None:
    found = dates.resolve(text, lang, dt.date(2026, 4, 15))
    assert found is not None
    assert found.value == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("ro", "a cincea luni din februarie 2026"),
        ("pt", "a quinta sexta-feira de fevereiro de 2026"),
    ],
)
def test_a_fifth_weekday_the_month_lacks_is_no_date(lang: str, text: str) -> None:
    assert dates.resolve(text, lang, dt.date(2026, 4, 15)) is None
