"""English date expressions, as `timeline show --since/--until` takes them.

Reference: Sunday 2025-07-13 (seed 004), and Wednesday 2023-05-17 for weekdays.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import Unresolvable, resolve

SUN = dt.date(2025, 7, 13)
WED = dt.date(2023, 5, 17)

# (expression, reference, prefer, value, precision)
CASES: list[tuple[str, dt.date, str, str | None, str | None]] = [
    ("today", SUN, "past", "2025-07-13", "day"),
    ("yesterday", SUN, "past", "2025-07-12", "day"),
    ("tomorrow", SUN, "past", "2025-07-14", "day"),
    ("the day before yesterday", SUN, "past", "2025-07-11", "day"),
    ("the day after tomorrow", SUN, "past", "2025-07-15", "day"),
    ("last year", SUN, "past", "2024", "year"),
    ("this year", SUN, "past", "2025", "year"),
    ("next year", SUN, "past", "2026", "year"),
    ("since last year", SUN, "past", "2024", "year"),
    ("Last Month", SUN, "past", "2025-06", "month"),
    ("this month", SUN, "past", "2025-07", "month"),
    ("next month", SUN, "past", "2025-08", "month"),
    ("last week", SUN, "past", "2025-W27", "week"),
    ("this week", SUN, "past", "2025-W28", "week"),
    ("next week", SUN, "past", "2025-W29", "week"),
    ("last quarter", SUN, "past", "2025-34", "quarter"),
    ("earlier this year", SUN, "past", "2025", "year"),
    ("3 days ago", SUN, "past", "2025-07-10", "day"),
    ("two weeks ago", SUN, "past", "2025-W26", "week"),
    ("6 months ago", SUN, "past", "2025-01", "month"),
    ("a year ago", SUN, "past", "2024", "year"),
    ("10 years ago", SUN, "past", "2015", "year"),
    ("in 3 days", SUN, "past", "2025-07-16", "day"),
    ("in 2 weeks", SUN, "past", "2025-W30", "week"),
    ("in four months", SUN, "past", "2025-11", "month"),
    ("in 2 years", SUN, "past", "2027", "year"),
    ("5 days from now", SUN, "past", "2025-07-18", "day"),
    ("June 2024", SUN, "past", "2024-06", "month"),
    ("Sept 2019", SUN, "past", "2019-09", "month"),
    ("in June", SUN, "past", "2025-06", "month"),
    ("in October", SUN, "past", "2024-10", "month"),
    ("in October", SUN, "future", "2025-10", "month"),
    ("June last year", SUN, "past", "2024-06", "month"),
    ("June next year", SUN, "past", "2026-06", "month"),
    ("last July", SUN, "past", "2024-07", "month"),
    ("next March", SUN, "past", "2026-03", "month"),
    ("2024", SUN, "past", "2024", "year"),
    ("2024-06", SUN, "past", "2024-06", "month"),
    ("2024-06-01", SUN, "past", "2024-06-01", "day"),
    ("5 June 2024", SUN, "past", "2024-06-05", "day"),
    ("June 5, 2024", SUN, "past", "2024-06-05", "day"),
    ("3rd of March", SUN, "past", "2025-03-03", "day"),
    ("on Monday", WED, "past", "2023-05-15", "day"),
    ("on Wednesday", WED, "past", "2023-05-17", "day"),
    ("last Friday", WED, "past", "2023-05-12", "day"),
    ("next Friday", WED, "past", "2023-05-19", "day"),
    ("Q2 2024", SUN, "past", "2024-34", "quarter"),
    ("2024-Q3", SUN, "past", "2024-35", "quarter"),
    ("for 3 days", SUN, "past", None, None),
    ("recently", SUN, "past", None, None),
    ("3 days", SUN, "past", None, None),
    ("2024-02-30", SUN, "past", None, None),
]


@pytest.mark.parametrize(("text", "ref", "prefer", "value", "precision"), CASES)
def test_resolves(text: str, ref: dt.date, prefer: str, value: str | None, precision: str) -> None:
    got = resolve(text, "en", ref, prefer)  # type: ignore[arg-type]
    if value is None:
        assert got is None
    else:
        assert got is not None
        assert (got.value, got.precision) == (value, precision)


def test_last_year_spans_the_calendar_year() -> None:
    got = resolve("last year", "en", SUN)
    assert got is not None
    assert (got.start, got.end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_relative_needs_a_reference_but_iso_does_not() -> None:
    got = resolve("2024-06", "en", None)
    assert got is not None and got.value == "2024-06"
    with pytest.raises(Unresolvable):
        resolve("last year", "en", None)
