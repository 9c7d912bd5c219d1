"""Portuguese beyond its corpus (`timeline/dates/lang/pt/corpus.yaml`, read by test_corpus.py).

Spans, running text and the cases a corpus row cannot state.

Reference dates: the two Portuguese seeds (003: Sunday 2024-12-01; 004: Sunday 2025-07-13)
and Wednesday 2023-05-17 for the forward-looking rows.
"""

from __future__ import annotations

import datetime as dt

import pytest

from timeline.dates import Context, Unresolvable, language, resolve, scan

SEED_003 = dt.date(2024, 12, 1)
SEED_004 = dt.date(2025, 7, 13)
WED = dt.date(2023, 5, 17)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("de 29 de novembro a 1 de dezembro", "2024-11-29", "2024-12-01"),
        ("no verão passado", "2024-06-21", "2024-09-22"),
        ("segundo trimestre de 2013", "2013-04-01", "2013-06-30"),
        ("no mês passado", "2024-11-01", "2024-11-30"),
    ],
)
def test_spans(text: str, start: str, end: str) -> None:
    got = resolve(text, "pt", SEED_003)
    assert got is not None
    assert (got.start.isoformat(), got.end.isoformat()) == (start, end)


def test_absolute_dates_need_no_reference() -> None:
    got = resolve("em fevereiro de 2022", "pt", None)
    assert got is not None and got.value == "2022-02"


def test_relative_dates_need_a_reference() -> None:
    with pytest.raises(Unresolvable):
        resolve("no sábado", "pt", None)


@pytest.mark.parametrize(
    ("text", "found"),
    [
        (
            "Pyongyang enviou cerca de 11.000 soldados à Rússia no último ano para lutar.",
            [],
        ),
        ("Kim e Lavrov se conheceram no sábado em Wonsan.", ["no sábado"]),
        ("É a segunda maior economia; a quarta colocada.", []),
        ("Morreram 2022 pessoas; a quinta posição.", []),
        ("Uma maioria de 2/3 dos deputados; a ponte 25 de Abril; a Rua 1º de Maio.", []),
        (  # "segunda" is no Monday there: the second half of the year
            "Na segunda metade do ano a revista Sábado saiu no domingo uma vez.",
            ["Na segunda metade do ano", "no domingo"],
        ),
        (
            "Trump disse na quinta -feira que o acordo de junho do ano passado vale.",
            ["na quinta -feira", "de junho do ano passado"],
        ),
        (
            "O encontro foi de 29 de novembro a 1 de dezembro.",
            ["de 29 de novembro a 1 de dezembro"],
        ),
        ("As celebrações da Páscoa e o feriado do Natal; depois da Páscoa.", ["depois da Páscoa"]),
        ("A PF prendeu nesta quinta (3º) um suspeito.", ["nesta quinta (3º)"]),
        ("Há sol no sábado e domingo; a segunda e a quarta fases.", ["no sábado e domingo"]),
    ],
)
def test_mentions_in_running_text(text: str, found: list[str]) -> None:
    assert [text[m.start : m.end] for m in scan(language("pt"), text)] == found


def test_a_bare_sunday_is_a_date_and_the_surname_is_not() -> None:
    """ "domingo" in lower case is Sunday with no article before it ("joga domingo"); the
    rules match "Domingo" too, and extraction drops it after a first name."""
    import datetime as dt

    from timeline.extract import mentions_in

    text = "O Benfica joga domingo em casa. O tenor Plácido Domingo cantou em Natal."
    found = [(m.text, str(m.value)) for m in mentions_in(text, "pt", dt.date(2026, 2, 18))]
    assert found == [("domingo", "2026-02-22")]


def test_ago_after_a_present_state_is_a_duration() -> None:
    """ "está preso há dois anos", "há três anos que vive" are "for"; "morreu há um ano" is
    a date."""
    text = "Está preso há dois anos, há três anos que vive aqui e o irmão morreu há um ano."
    ctx = Context(SEED_004, "past")
    found = [(text[m.start : m.end], m.resolve(ctx)) for m in scan(language("pt"), text)]
    assert [(t, v.value) for t, v in found if v is not None] == [("há um ano", "2024")]
