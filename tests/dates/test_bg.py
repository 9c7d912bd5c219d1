"""Bulgarian date expressions: the corpus `timeline/dates/bg.py` must resolve, exactly.

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

# (expression, reference, prefer, value, precision)
CASES: list[tuple[str, dt.date, str, str | None, str | None]] = [
    # the seed, as the seed README reads it
    ("от 2024 г.", SEED_001, "past", "2024", "year"),
    ("по-рано тази година", SEED_001, "past", "2025", "year"),
    ("напоследък", SEED_001, "past", None, None),
    ("три години", SEED_001, "past", None, None),
    ("един хотел", SEED_001, "past", None, None),
    ("следващи 5", SEED_001, "past", None, None),
    # today, yesterday, tomorrow
    ("днес", SEED_001, "past", "2025-09-03", "day"),
    ("вчера", FRI, "past", "2024-02-29", "day"),
    ("утре", EVE, "past", "2024-01-01", "day"),
    ("вдругиден", SEED_001, "past", "2025-09-05", "day"),
    ("завчера", FRI, "future", "2024-02-28", "day"),
    ("снощи", SEED_001, "past", "2025-09-02", "day"),
    ("утре в 15:00 часа", SEED_001, "past", "2025-09-04", "day"),
    # weekdays: the day itself counts looking back, not looking forward
    ("в сряда", SEED_001, "past", "2025-09-03", "day"),
    ("в сряда", SEED_001, "future", "2025-09-10", "day"),
    ("във вторник", SEED_001, "past", "2025-09-02", "day"),
    ("в неделя", SEED_001, "past", "2025-08-31", "day"),
    ("в събота", SEED_001, "future", "2025-09-06", "day"),
    ("миналата сряда", SEED_001, "future", "2025-08-27", "day"),
    ("следващия петък", SEED_001, "past", "2025-09-05", "day"),
    ("по-следващия петък", SEED_001, "past", "2025-09-12", "day"),
    ("нед.", SEED_001, "past", "2025-08-31", "day"),
    ("всеки петък", SEED_001, "past", None, None),
    # day and month
    ("на 3 септември", SEED_001, "past", "2025-09-03", "day"),
    ("9 септември", SEED_001, "past", "2024-09-09", "day"),
    ("вторник, 9 септември", SEED_001, "past", "2025-09-09", "day"),
    ("първи март", SEED_001, "future", "2026-03-01", "day"),
    ("29 февруари", SEED_001, "past", "2024-02-29", "day"),
    ("на петнадесети", SEED_001, "past", "2025-08-15", "day"),
    ("на петнадесети", SEED_001, "future", "2025-09-15", "day"),
    ("3 септември 2025 г.", SEED_001, "past", "2025-09-03", "day"),
    ("юли 4, 2021", SEED_001, "past", "2021-07-04", "day"),
    ("31 април 2024 г.", SEED_001, "past", None, None),
    # months
    ("през юни", SEED_001, "past", "2025-06", "month"),
    ("през октомври", SEED_001, "past", "2024-10", "month"),
    ("през октомври", SEED_001, "future", "2025-10", "month"),
    ("юни 2024", SEED_001, "past", "2024-06", "month"),
    ("през юни миналата година", SEED_001, "past", "2024-06", "month"),
    ("миналия юни", FRI, "past", "2023-06", "month"),
    ("следващия март", FRI, "past", "2025-03", "month"),
    ("през май", SEED_001, "past", "2025-05", "month"),
    ("май 2024 г.", SEED_001, "past", "2024-05", "month"),
    # numeric
    ("3.09.2025", SEED_001, "past", "2025-09-03", "day"),
    ("3.09.2025 г.", SEED_001, "past", "2025-09-03", "day"),
    ("31.10.74", SEED_001, "past", "1974-10-31", "day"),
    # calendar units and "N units ago / in N units"
    ("миналия месец", FRI, "past", "2024-02", "month"),
    ("следващия месец", EVE, "past", "2024-01", "month"),
    ("миналата година", SEED_001, "past", "2024", "year"),
    ("тази година", SEED_001, "past", "2025", "year"),
    ("следващата година", EVE, "past", "2024", "year"),
    ("лани", SEED_001, "past", "2024", "year"),
    ("миналата седмица", SEED_001, "past", "2025-W35", "week"),
    ("следващата седмица", EVE, "past", "2024-W01", "week"),
    ("по-миналата седмица", SEED_001, "past", "2025-W34", "week"),
    ("преди две седмици", SEED_001, "past", "2025-W34", "week"),
    ("преди 3 дни", FRI, "past", "2024-02-27", "day"),
    ("преди месец", SEED_001, "past", "2025-08", "month"),
    ("след 2 седмици", SEED_001, "past", "2025-W38", "week"),
    ("след 3 години", SEED_001, "past", "2028", "year"),
    ("в края на миналата година", SEED_001, "past", "2024", "year"),
    # years
    ("2024 година", SEED_001, "past", "2024", "year"),
    ("през 2023", SEED_001, "past", "2023", "year"),
    ("2024 души", SEED_001, "past", None, None),
    # intervals
    ("от 13 до 15 юли", SEED_001, "past", "2025-07-13/2025-07-15", "interval"),
    ("13-15 юли", SEED_001, "future", "2026-07-13/2026-07-15", "interval"),
    ("между 13 и 15 юли 2024 г.", SEED_001, "past", "2024-07-13/2024-07-15", "interval"),
    ("от 29 ноември до 1 декември", EVE, "past", "2023-11-29/2023-12-01", "interval"),
    ("от юни до август 2024 г.", SEED_001, "past", "2024-06/2024-08", "interval"),
    ("2020-2022 г.", SEED_001, "past", "2020/2022", "interval"),
    # quarters and seasons
    ("второто тримесечие на 2024 г.", SEED_001, "past", "2024-34", "quarter"),
    ("четвъртото тримесечие", SEED_001, "past", "2024-36", "quarter"),
    ("миналото тримесечие", SEED_001, "past", "2025-34", "quarter"),
    ("това лято", FRI, "past", "2024-22", "season"),
    ("тази зима", EVE, "past", "2023-24", "season"),
    ("миналото лято", SEED_001, "past", "2024-22", "season"),  # summer 2025 runs to 22 Sep
    ("през лятото на 2024 г.", SEED_001, "past", "2024-22", "season"),
    # holidays (Orthodox Easter)
    ("Коледа", SEED_001, "future", "2025-12-25", "day"),
    ("на Коледа", SEED_001, "past", "2024-12-25", "day"),
    ("Нова година", EVE, "future", "2024-01-01", "day"),
    ("Великден", SEED_001, "past", "2025-04-20", "day"),
    ("Великден 2024", SEED_001, "past", "2024-05-05", "day"),
    ("Гергьовден", SEED_001, "past", "2025-05-06", "day"),
    # a weekday range, a bare season, a weekend
    ("от четвъртък до събота", dt.date(2025, 1, 8), "future", "2025-01-09/2025-01-11", "interval"),
    ("през пролетта", dt.date(2024, 2, 29), "future", "2024-21", "season"),
    ("през уикенда", dt.date(2025, 12, 30), "past", "2025-12-27/2025-12-28", "interval"),
    ("миналия уикенд", dt.date(2025, 12, 30), "future", "2025-12-27/2025-12-28", "interval"),
    # half-years; a quarter just ended, looking forward, is still this year's
    ("през първото полугодие", dt.date(2023, 9, 27), "past", "2023-01/2023-06", "interval"),
    ("второто полугодие на 2024 г.", FRI, "past", "2024-07/2024-12", "interval"),
    ("за първото тримесечие", dt.date(2025, 5, 15), "future", "2025-33", "quarter"),
]


@pytest.mark.parametrize(("text", "ref", "prefer", "value", "precision"), CASES)
def test_resolves_exactly(
    text: str, ref: dt.date, prefer: str, value: str | None, precision: str | None
) -> None:
    got = resolve(text, "bg", ref, prefer)  # type: ignore[arg-type]
    assert (got.value if got else None, got.precision if got else None) == (value, precision)


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
