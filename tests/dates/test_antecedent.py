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
        assert not re.search(r"\b(?!Context\b)\w+\.antecedent(?:_near|_month)?\b", text), path


def test_the_following_weekday_counts_from_the_day_told_before() -> None:
    """`core.weekday_after_antecedent`: "the following Wednesday" after a day in its
    sentence is the first Wednesday after that day; with none, the next one."""
    plain, after = _resolved("na quarta-feira seguinte")
    assert plain == core.day(dt.date(2025, 6, 11))  # REF is a Tuesday
    assert after == core.day(dt.date(2024, 3, 6))  # BEFORE is a Sunday
