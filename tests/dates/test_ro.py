"""Romanian date expressions: the corpus `timeline/dates/ro.py` must resolve, exactly.

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

# (expression, reference, prefer, value, precision)
CASES: list[tuple[str, dt.date, str, str | None, str | None]] = [
    # the seed, as the seed README reads it
    ("duminică", SEED_000, "past", "2025-08-31", "day"),
    ("Anul trecut", SEED_000, "past", "2024", "year"),
    ("în 2022", SEED_000, "past", "2022", "year"),
    ("mai bine de două ore", SEED_000, "past", None, None),
    ("cele mai mari", SEED_000, "past", None, None),
    ("80 de ani", SEED_000, "past", None, None),
    ("2022 de persoane", SEED_000, "past", None, None),
    ("recent", SEED_000, "past", None, None),
    # today, yesterday, tomorrow, with and without diacritics
    ("azi", SEED_000, "past", "2025-09-03", "day"),
    ("astăzi", SEED_000, "past", "2025-09-03", "day"),
    ("astazi", SEED_000, "past", "2025-09-03", "day"),
    ("ieri", FRI, "past", "2024-02-29", "day"),
    ("mâine", EVE, "past", "2024-01-01", "day"),
    ("maine dimineata la ora 9", SEED_000, "past", "2025-09-04", "day"),
    ("poimâine", SEED_000, "past", "2025-09-05", "day"),
    ("alaltăieri", FRI, "future", "2024-02-28", "day"),
    ("aseară", SEED_000, "past", "2025-09-02", "day"),
    ("ziua de azi", SEED_000, "past", None, None),
    # weekdays: the day itself counts looking back, not looking forward
    ("miercuri", SEED_000, "past", "2025-09-03", "day"),
    ("miercuri", SEED_000, "future", "2025-09-10", "day"),
    ("marţi", SEED_000, "past", "2025-09-02", "day"),
    ("sâmbătă", SEED_000, "future", "2025-09-06", "day"),
    ("lunea", SEED_000, "past", "2025-09-01", "day"),
    ("vinerea trecută", SEED_000, "future", "2025-08-29", "day"),
    ("joia viitoare", SEED_000, "past", "2025-09-04", "day"),
    ("vineri din săptămâna trecută", SEED_000, "past", "2025-08-29", "day"),
    ("vi", SEED_000, "past", "2025-08-29", "day"),
    ("fiecare vineri", SEED_000, "past", None, None),
    ("trei luni", SEED_000, "past", None, None),
    ("luni de zile", SEED_000, "past", None, None),
    # day and month, the weekday may turn the year
    ("pe 3 septembrie", SEED_000, "past", "2025-09-03", "day"),
    ("9 septembrie", SEED_000, "past", "2024-09-09", "day"),
    ("marți, 9 septembrie", SEED_000, "past", "2025-09-09", "day"),
    ("întâi martie", SEED_000, "future", "2026-03-01", "day"),
    ("29 februarie", SEED_000, "past", "2024-02-29", "day"),
    ("18 feb.", FRI, "past", "2024-02-18", "day"),
    ("3 mai", SEED_000, "past", "2025-05-03", "day"),
    ("1 mai 2024", SEED_000, "past", "2024-05-01", "day"),
    ("3 mai mulți", SEED_000, "past", None, None),
    ("31 aprilie 2024", SEED_000, "past", None, None),
    # months, "mai" only where it is May
    ("în iunie", SEED_000, "past", "2025-06", "month"),
    ("în octombrie", SEED_000, "past", "2024-10", "month"),
    ("în octombrie", SEED_000, "future", "2025-10", "month"),
    ("în mai 2024", SEED_000, "past", "2024-05", "month"),
    ("luna mai", SEED_000, "future", "2026-05", "month"),
    ("mai 2024", SEED_000, "past", "2024-05", "month"),
    ("mai mult", SEED_000, "past", None, None),
    ("mai", SEED_000, "past", None, None),
    ("în mai", SEED_000, "past", "2025-05", "month"),
    ("în iunie anul trecut", SEED_000, "past", "2024-06", "month"),
    ("septembrie trecut", SEED_000, "past", "2024-09", "month"),
    # numeric
    ("3.09.2025", SEED_000, "past", "2025-09-03", "day"),
    ("03/09/2025", SEED_000, "past", "2025-09-03", "day"),
    ("2023-12-31", SEED_000, "past", "2023-12-31", "day"),
    ("31.10.74", SEED_000, "past", "1974-10-31", "day"),
    # calendar units and "N units ago / in N units"
    ("luna trecută", FRI, "past", "2024-02", "month"),
    ("anul acesta", SEED_000, "past", "2025", "year"),
    ("acest an", SEED_000, "past", "2025", "year"),
    ("anul viitor", EVE, "past", "2024", "year"),
    ("săptămâna trecută", SEED_000, "past", "2025-W35", "week"),
    ("săptămâna viitoare", EVE, "past", "2024-W01", "week"),
    ("trimestrul trecut", SEED_000, "past", "2025-34", "quarter"),
    ("acum 3 zile", FRI, "past", "2024-02-27", "day"),
    ("acum o lună", FRI, "past", "2024-02", "month"),
    ("acum trei luni", SEED_000, "past", "2025-06", "month"),
    ("acum 80 de ani", SEED_000, "past", "1945", "year"),
    ("cu două săptămâni în urmă", SEED_000, "past", "2025-W34", "week"),
    ("peste 2 săptămâni", SEED_000, "past", "2025-W38", "week"),
    ("mai devreme anul acesta", SEED_000, "past", "2025", "year"),
    ("la începutul anului trecut", SEED_000, "past", "2024", "year"),
    # years
    ("din 2019", SEED_000, "past", "2019", "year"),
    ("2014", SEED_000, "past", "2014", "year"),
    # intervals
    ("între 3 și 5 martie", SEED_000, "past", "2025-03-03/2025-03-05", "interval"),
    ("3-5 martie 2024", SEED_000, "past", "2024-03-03/2024-03-05", "interval"),
    ("iunie 19-20", SEED_000, "future", "2026-06-19/2026-06-20", "interval"),
    ("de la 28 februarie la 2 martie", FRI, "past", "2024-02-28/2024-03-02", "interval"),
    ("din iunie până în august 2024", SEED_000, "past", "2024-06/2024-08", "interval"),
    # a part of a named month is the month
    ("la mijlocul lunii iulie", SEED_000, "future", "2026-07", "month"),
    ("față de 2023", SEED_000, "past", "2023", "year"),
    ("spre sfârșitul lui mai 2024", SEED_000, "past", "2024-05", "month"),
    ("între 2020 și 2022", SEED_000, "past", "2020/2022", "interval"),
    # quarters and seasons
    ("trimestrul al doilea", SEED_000, "past", "2025-34", "quarter"),
    ("trimestrul IV", SEED_000, "past", "2024-36", "quarter"),
    ("primul trimestru al anului trecut", SEED_000, "past", "2024-33", "quarter"),
    ("vara lui 2024", SEED_000, "past", "2024-22", "season"),
    ("iarna aceasta", EVE, "past", "2023-24", "season"),
    ("vara trecută", FRI, "past", "2023-22", "season"),
    # holidays (Orthodox Easter)
    ("Crăciun", SEED_000, "future", "2025-12-25", "day"),
    ("ziua de Crăciun", SEED_000, "past", "2024-12-25", "day"),
    ("de Paște", SEED_000, "past", "2025-04-20", "day"),
    ("Paștele din 2024", SEED_000, "past", "2024-05-05", "day"),
    ("de Anul Nou", EVE, "future", "2024-01-01", "day"),
    ("Rusalii", SEED_000, "past", "2025-06-08", "day"),
    # a weekday range, a bare season, a weekend
    ("de joi până sâmbătă", dt.date(2025, 1, 8), "future", "2025-01-09/2025-01-11", "interval"),
    ("în primăvară", dt.date(2024, 2, 29), "future", "2024-21", "season"),
    ("în weekend", dt.date(2025, 12, 30), "past", "2025-12-27/2025-12-28", "interval"),
    ("weekendul viitor", dt.date(2025, 12, 30), "past", "2026-01-03/2026-01-04", "interval"),
    # half-years; the eve of a feast; a quarter in the genitive
    ("în semestrul I", dt.date(2023, 9, 27), "past", "2023-01/2023-06", "interval"),
    ("primul semestru al anului 2024", FRI, "past", "2024-01/2024-06", "interval"),
    ("În Ajunul Crăciunului", dt.date(2024, 12, 29), "past", "2024-12-24", "day"),
    ("trimestrului al patrulea", dt.date(2024, 12, 29), "future", "2024-36", "quarter"),
]


@pytest.mark.parametrize(("text", "ref", "prefer", "value", "precision"), CASES)
def test_resolves_exactly(
    text: str, ref: dt.date, prefer: str, value: str | None, precision: str | None
) -> None:
    got = resolve(text, "ro", ref, prefer)  # type: ignore[arg-type]
    assert (got.value if got else None, got.precision if got else None) == (value, precision)


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
