"""The n-th or last weekday or week of a month, read the same way in every language.

The convention (`core.nth_week`): the n-th week of a month is the ISO week whose Monday is
the month's n-th Monday, the last the week ending on its last Sunday; a fifth weekday the
month lacks is no date. Values computed here with `datetime`, not written by hand.
"""

from __future__ import annotations

import calendar
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

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


@given(
    st.dates(dt.date(1990, 1, 1), dt.date(2060, 12, 31)),
    st.sampled_from([(2, 6), (3, 4), (6, 2)]),
    st.data(),
)
def test_a_part_of_a_year_without_its_year_is_the_nearest_in_its_direction(
    ref: dt.date, sizes: tuple[int, int], data: st.DataObject
) -> None:
    """`core.nearest_part` (halves, "quadrimestres", "bimestres"): looking back, the latest
    such part that has begun by the reference date; looking forward, the first that has
    not ended, or, closed, the one just ended in the three months after it."""
    from timeline.dates import core

    parts, size = sizes
    n = data.draw(st.integers(1, parts))
    past = core.nearest_part(ref, n, size, "past")
    assert past.start <= ref and past == core.part_of_year(past.start.year, n, size)
    assert core.part_of_year(past.start.year + 1, n, size).start > ref
    ahead = core.nearest_part(ref, n, size, "future", closed=False)
    assert ahead.end >= ref and core.part_of_year(ahead.start.year - 1, n, size).end < ref
    closed = core.nearest_part(ref, n, size, "future")
    if closed != ahead:
        assert closed == core.part_of_year(ref.year, n, size)
        assert 1 <= ref.month - size * n <= 3  # ended one to three months before
