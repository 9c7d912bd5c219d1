"""The EDTF date: parsing, precision, the days it covers, display and order."""

from __future__ import annotations

import datetime as dt

import edtf
import pytest
from hypothesis import given
from hypothesis import strategies as st

from timeline.model import DateError, EdtfDate, Event, day, month, year


@pytest.mark.parametrize(
    ("text", "precision", "start", "end", "display"),
    [
        ("2024", "year", "2024-01-01", "2024-12-31", "2024"),
        ("2024-06", "month", "2024-06-01", "2024-06-30", "Jun 2024"),
        ("2024-02", "month", "2024-02-01", "2024-02-29", "Feb 2024"),
        ("2023-09-13", "day", "2023-09-13", "2023-09-13", "13 Sep 2023"),
        ("2024-11-29/2024-12-01", "interval", "2024-11-29", "2024-12-01", "29 Nov – 1 Dec 2024"),
        ("2025-07-10/2025-07-12", "interval", "2025-07-10", "2025-07-12", "10–12 Jul 2025"),
        ("2024-06/2024-08", "interval", "2024-06-01", "2024-08-31", "Jun – Aug 2024"),
        ("2022/2023", "interval", "2022-01-01", "2023-12-31", "2022 – 2023"),
        ("2024-06~", "month", "2024-06-01", "2024-06-30", "c. Jun 2024"),
        ("2024?", "year", "2024-01-01", "2024-12-31", "2024?"),
        ("2024-06-01%", "day", "2024-06-01", "2024-06-01", "c. 1 Jun 2024?"),
        ("2024-33", "quarter", "2024-01-01", "2024-03-31", "Q1 2024"),
        ("2024-36", "quarter", "2024-10-01", "2024-12-31", "Q4 2024"),
        ("2024-22", "season", "2024-06-21", "2024-09-22", "Summer 2024"),
        ("2024-24", "season", "2024-12-21", "2025-03-19", "Winter 2024"),
        ("2024-W25", "week", "2024-06-17", "2024-06-23", "week 25 2024"),
        ("2024-W25/2024-W26", "interval", "2024-06-17", "2024-06-30", "17–30 Jun 2024"),
    ],
)
def test_parse(text: str, precision: str, start: str, end: str, display: str) -> None:
    d = EdtfDate.parse(text)
    assert (d.value, d.precision) == (text, precision)
    assert (d.start.isoformat(), d.end.isoformat()) == (start, end)
    assert d.display() == display


@pytest.mark.parametrize(
    "text",
    [
        "2023-02-29",
        "2024-13",
        "2024-00",
        "2024-06-31",
        "24",
        "June 2024",
        "2024-6-1",
        "2024-12-01/2024-11-29",
        "",
        "2024-W54",
        "2024-06-01T10:00",
    ],
)
def test_refused(text: str) -> None:
    with pytest.raises(DateError):
        EdtfDate.parse(text)


def test_yaml_typed_values_mean_the_same() -> None:
    assert EdtfDate.from_yaml(2024) == EdtfDate.parse("2024")
    assert EdtfDate.from_yaml(dt.date(2025, 7, 12)) == EdtfDate.parse("2025-07-12")
    assert EdtfDate.from_yaml(dt.datetime(2025, 7, 12, 10, 0)) == EdtfDate.parse("2025-07-12")
    with pytest.raises(DateError):
        EdtfDate.from_yaml(True)


def test_week_store_value_is_an_interval() -> None:
    assert EdtfDate.parse("2024-W25").store_value() == "2024-06-17/2024-06-23"


def test_total_order_first_day_then_last_day_then_id() -> None:
    events = [
        Event("b", month(2024, 6), "t"),
        Event("a", day(dt.date(2024, 6, 1)), "t"),
        Event("c", year(2024), "t"),
        Event("a2", month(2024, 6), "t"),
    ]
    assert [e.id for e in sorted(events, key=Event.sort_key)] == ["c", "a", "a2", "b"]


days = st.dates(min_value=dt.date(1000, 1, 1), max_value=dt.date(2999, 12, 31))


@given(days)
def test_day_round_trip_agrees_with_edtf_package(d: dt.date) -> None:
    ours = EdtfDate.parse(d.isoformat())
    theirs = edtf.parse_edtf(d.isoformat())
    assert ours.start == ours.end == d
    assert dt.date(*theirs.lower_strict()[:3]) == ours.start


@given(st.integers(1000, 2999), st.integers(1, 12))
def test_month_covers_the_same_days_as_edtf_package(y: int, m: int) -> None:
    text = f"{y:04d}-{m:02d}"
    ours = EdtfDate.parse(text)
    theirs = edtf.parse_edtf(text)
    assert ours.start == dt.date(*theirs.lower_strict()[:3])
    assert ours.end == dt.date(*theirs.upper_strict()[:3])


@given(days, days)
def test_intervals_agree_with_edtf_package(a: dt.date, b: dt.date) -> None:
    lo, hi = min(a, b), max(a, b)
    text = f"{lo.isoformat()}/{hi.isoformat()}"
    ours = EdtfDate.parse(text)
    theirs = edtf.parse_edtf(text)
    assert (ours.start, ours.end) == (lo, hi)
    assert dt.date(*theirs.lower_strict()[:3]) == lo
    assert ours.contains(EdtfDate.parse(lo.isoformat()))


@given(st.text(max_size=30))
def test_arbitrary_text_parses_or_raises_date_error(text: str) -> None:
    try:
        d = EdtfDate.parse(text)
    except DateError:
        return
    assert d.start <= d.end
