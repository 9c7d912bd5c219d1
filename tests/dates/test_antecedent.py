"""A value found without an antecedent is reused with one only where the rule never asked
for it (`core.Match.apart`): two helpers of `core` alone read a context's antecedent, and
they count their reads."""

from __future__ import annotations

import datetime as dt
import re

from tests.conftest import ROOT
from timeline import dates
from timeline.dates import core

REF = dt.date(2025, 6, 10)
BEFORE = dt.date(2024, 3, 3)


def _resolved(text: str) -> tuple[object, object]:
    [match] = core.scan(dates.language("pt"), text)
    plain = core.shared_context(REF, "past", False, True, None, False)
    after = core.shared_context(REF, "past", False, True, BEFORE, True)
    return match.resolve(plain), match.resolve(after)


def test_a_rule_that_reads_the_antecedent_is_read_again_with_one() -> None:
    assert _resolved("no mesmo mês") == (None, core.month(2024, 3))
    assert _resolved("nesse mês") == (core.month(2025, 6), core.month(2024, 3))
    assert _resolved("a 19 do mesmo mês") == (None, core.day(dt.date(2024, 3, 19)))


def test_a_rule_that_does_not_keeps_its_value() -> None:
    assert _resolved("em 3 de março de 2024") == (core.day(BEFORE), core.day(BEFORE))


def test_a_day_alone_after_a_month_said_alone_is_of_that_month() -> None:
    """`Context.antecedent_month`: however far the month is from the reference."""
    [match] = core.scan(dates.language("pt"), "no dia 14")
    of_month = core.shared_context(REF, "past", False, True, BEFORE.replace(day=1), True, True)
    assert match.resolve(of_month) == core.day(dt.date(2024, 3, 14))


def test_only_core_reads_a_contexts_antecedent() -> None:
    for path in sorted((ROOT / "timeline").rglob("*.py")):
        if path == ROOT / "timeline" / "dates" / "core.py":
            continue
        text = path.read_text(encoding="utf-8")
        assert not re.search(
            r"\b(?!Context\b)\w+\.antecedent(?:_near|_month)?\b|\b(?:ctx|context)\.anchor\b", text
        ), path


def test_the_following_weekday_counts_from_the_day_told_before() -> None:
    """`core.weekday_after_antecedent`: "the following Wednesday" after a day in its
    sentence is the first Wednesday after that day; with none, the next one."""
    plain, after = _resolved("na quarta-feira seguinte")
    assert plain == core.day(dt.date(2025, 6, 11))  # REF is a Tuesday
    assert after == core.day(dt.date(2024, 3, 6))  # BEFORE is a Sunday


def _anchored(text: str, lang: str, anchor: core.Anchor | None) -> object:
    [match] = core.scan(dates.language(lang), text)
    ctx = core.shared_context(REF, "past", False, True, None, False, False, anchor)
    return match.resolve(ctx)


FAR = core.Anchor(dt.date(1994, 5, 1), dt.date(1994, 5, 31), "month", True)
"""A month of 1994 told before, in the same sentence."""


def test_years_later_count_from_the_date_told_before_and_are_none_without_one() -> None:
    """`core.units_after_anchor`: the anchor's year plus the count, at year precision."""
    assert _anchored("trzy lata później", "pl", FAR) == core.year(1997)
    assert _anchored("três anos depois", "pt", FAR) == core.year(1997)
    assert _anchored("trzy lata później", "pl", None) is None


def test_the_same_year_is_the_anchors_and_none_across_years() -> None:
    """`core.anaphoric_year`: one year only; a span of years gives no date."""
    assert _anchored("w tym samym roku", "pl", FAR) == core.year(1994)
    span = core.Anchor(dt.date(1994, 1, 1), dt.date(1996, 12, 31), "interval", True)
    assert _anchored("no mesmo ano", "pt", span) is None


def test_the_following_year_counts_from_a_past_date_in_its_sentence_only() -> None:
    """`core.following_period`: the word also says "next"; read from the reference when
    the date before is in another sentence, or none was told."""
    assert _anchored("w następnym roku", "pl", FAR) == core.year(1995)
    elsewhere = FAR._replace(near=False)
    assert _anchored("w następnym roku", "pl", elsewhere) == core.year(2026)
    assert _anchored("w następnym roku", "pl", None) == core.year(2026)


def test_the_previous_month_counts_back_from_a_date_in_its_sentence_only() -> None:
    """`core.preceding_period`: the word also says "last"; read from the reference when the
    date before is in another sentence, spans more than one such period, or opens a span."""
    assert _anchored("w poprzednim miesiącu", "pl", FAR) == core.month(1994, 4)
    assert _anchored("no ano anterior", "pt", FAR) == core.year(1993)
    elsewhere = FAR._replace(near=False)
    assert _anchored("w poprzednim miesiącu", "pl", elsewhere) == core.month(2025, 5)
    assert _anchored("no ano anterior", "pt", FAR._replace(opened=True)) == core.year(2024)
    span = core.Anchor(dt.date(1994, 1, 1), dt.date(1996, 12, 31), "interval", True)
    assert _anchored("no ano anterior", "pt", span) == core.year(2024)


def test_a_day_later_is_not_read_from_the_anchor() -> None:
    """`core.ANCHORED_UNITS`: years only (the eval sets' convention for days and weeks)."""
    day_before = core.Anchor(dt.date(2024, 3, 3), dt.date(2024, 3, 3), "day", True)
    assert _anchored("dzień później", "pl", day_before) is None


def test_this_year_words_that_also_say_that_year() -> None:
    """`core.this_or_that_year`: the year told before in the sentence when it lies two years
    back or more and the clause is past; the reference's year with a year just before it
    (news contrasting last year with this one), in a future clause, across sentences, or
    with nothing told before."""
    story = core.Anchor(dt.date(1939, 1, 1), dt.date(1939, 12, 31), "year", True)
    assert _anchored("we wrześniu tego roku", "pl", story) == core.month(1939, 9)
    assert _anchored("през септември тази година", "bg", story) == core.month(1939, 9)
    last_year = core.Anchor(dt.date(2024, 1, 1), dt.date(2024, 12, 31), "year", True)
    assert _anchored("we wrześniu tego roku", "pl", last_year) == core.month(2025, 9)
    assert _anchored("we wrześniu tego roku", "pl", story._replace(near=False)) == core.month(
        2025, 9
    )
    assert _anchored("we wrześniu tego roku", "pl", None) == core.month(2025, 9)
    [match] = core.scan(dates.language("pl"), "we wrześniu tego roku")
    ahead = core.shared_context(REF, "future", False, True, None, False, False, story)
    assert match.resolve(ahead) == core.month(2025, 9)


def test_only_the_anchored_meanings_read_an_anchor() -> None:
    """`extract` gives an anchor told in an earlier sentence only to the meanings of
    `extract.ANCHORED`: every method of `shapes` and every language module that calls a
    reader of such an anchor is one (`core.this_or_that_year` reads only one of its own
    sentence, which every rule is given)."""
    from timeline.extract import ANCHORED

    readers = ("units_after_anchor", "anaphoric_year", "following_period", "preceding_period")
    callers: set[str] = set()
    for path in sorted((ROOT / "timeline" / "dates").glob("*.py")):
        if path.name == "core.py":
            continue
        method = ""
        for line in path.read_text(encoding="utf-8").splitlines():
            found = re.match(r"\s*def (\w+)\(", line)
            if found:
                method = found.group(1)
            if any(f"core.{name}(" in line for name in readers):
                callers.add(method)
    assert callers == set(ANCHORED)
