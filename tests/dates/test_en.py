"""English beyond its corpus (`timeline/dates/lang/en/corpus.yaml`, read by test_corpus.py).

Spans, running text and the cases a corpus row cannot state.

Reference: Sunday 2025-07-13 (seed 004), and Wednesday 2023-05-17 for weekdays.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import Unresolvable, resolve

SUN = dt.date(2025, 7, 13)
WED = dt.date(2023, 5, 17)


def test_last_year_spans_the_calendar_year() -> None:
    got = resolve("last year", "en", SUN)
    assert got is not None
    assert (got.start, got.end) == (dt.date(2024, 1, 1), dt.date(2024, 12, 31))


def test_relative_needs_a_reference_but_iso_does_not() -> None:
    got = resolve("2024-06", "en", None)
    assert got is not None and got.value == "2024-06"
    with pytest.raises(Unresolvable):
        resolve("last year", "en", None)
