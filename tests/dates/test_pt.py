"""Portuguese date expressions: the corpus `timeline/dates/pt.py` must resolve, exactly.

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

# (expression, reference, prefer, value, precision)
CASES: list[tuple[str, dt.date, str, str | None, str | None]] = [
    # the seeds, as the seed README reads them
    ("em 30 de novembro", SEED_003, "past", "2024-11-30", "day"),
    ("em junho", SEED_003, "past", "2024-06", "month"),
    ("em setembro passado", SEED_003, "past", "2024-09", "month"),
    ("no sábado", SEED_004, "past", "2025-07-12", "day"),
    ("na quinta -feira", SEED_004, "past", "2025-07-10", "day"),
    ("na quinta-feira", SEED_004, "past", "2025-07-10", "day"),
    ("em abril", SEED_004, "past", "2025-04", "month"),
    ("no mês passado", SEED_004, "past", "2025-06", "month"),
    ("em junho do ano passado", SEED_004, "past", "2024-06", "month"),
    ("em fevereiro de 2022", SEED_004, "past", "2022-02", "month"),
    ("no último ano", SEED_004, "past", None, None),
    ("no réveillon", SEED_004, "past", "2024-12-31", "day"),
    ("réveillon", dt.date(2013, 2, 12), "future", "2013-12-31", "day"),
    # absolute
    ("12 de outubro de 2019", SEED_004, "past", "2019-10-12", "day"),
    ("1º de maio de 2020", SEED_004, "past", "2020-05-01", "day"),
    ("primeiro de março de 2021", SEED_004, "past", "2021-03-01", "day"),
    ("03/09/2025", SEED_004, "past", "2025-09-03", "day"),
    ("3.9.2025", SEED_004, "past", "2025-09-03", "day"),
    ("07/11/98", SEED_004, "past", "1998-11-07", "day"),
    ("2023-09-13", SEED_004, "past", "2023-09-13", "day"),
    ("julho de 2023", SEED_004, "past", "2023-07", "month"),
    ("no ano de 2014", SEED_004, "past", "2014", "year"),
    ("terceiro trimestre de 2021", SEED_004, "past", "2021-35", "quarter"),
    ("último trimestre de 2020", SEED_004, "past", "2020-36", "quarter"),
    ("31 de abril de 2024", SEED_004, "past", None, None),
    # underspecified, both directions
    ("3/9", SEED_004, "past", "2024-09-03", "day"),
    ("3/9", SEED_004, "future", "2025-09-03", "day"),
    ("primeiro de março", SEED_004, "past", "2025-03-01", "day"),
    ("em outubro", SEED_004, "past", "2024-10", "month"),
    ("em outubro", SEED_004, "future", "2025-10", "month"),
    ("na quarta-feira", WED, "past", "2023-05-17", "day"),
    ("na quarta-feira", WED, "future", "2023-05-24", "day"),
    ("na segunda", WED, "past", "2023-05-15", "day"),
    ("no início deste mês", SEED_004, "past", "2025-07", "month"),
    ("face a 2023", SEED_004, "past", "2023", "year"),
    ("até ao final de 2026", SEED_004, "past", "2026", "year"),
    ("no final deste ano", SEED_004, "past", "2025", "year"),
    ("no dia 20", WED, "past", "2023-04-20", "day"),
    ("no dia 20", WED, "future", "2023-05-20", "day"),
    ("segundo trimestre", WED, "past", "2023-34", "quarter"),
    ("quarto trimestre", WED, "past", "2022-36", "quarter"),
    ("na próxima sexta-feira", WED, "past", "2023-05-19", "day"),
    ("sexta passada", WED, "future", "2023-05-12", "day"),
    ("quinta da semana que vem", WED, "past", "2023-05-25", "day"),
    # relative
    ("hoje", WED, "past", "2023-05-17", "day"),
    ("ontem à tarde", WED, "past", "2023-05-16", "day"),
    ("amanhã às 15h", WED, "past", "2023-05-18", "day"),
    ("anteontem", WED, "past", "2023-05-15", "day"),
    ("depois de amanhã", WED, "past", "2023-05-19", "day"),
    ("na semana passada", WED, "past", "2023-W19", "week"),
    ("na semana que vem", WED, "past", "2023-W21", "week"),
    ("na próxima semana", WED, "past", "2023-W21", "week"),
    ("no ano passado", WED, "past", "2022", "year"),
    ("este trimestre", WED, "past", "2023-34", "quarter"),
    ("no trimestre passado", WED, "past", "2023-33", "quarter"),
    ("há 3 dias", WED, "past", "2023-05-14", "day"),
    ("há duas semanas", WED, "past", "2023-W18", "week"),
    ("há cinco meses", WED, "past", "2022-12", "month"),
    ("daqui a 2 semanas", WED, "past", "2023-W22", "week"),
    ("em 2 anos", WED, "past", "2025", "year"),
    ("nos últimos 3 meses", WED, "past", "2023-02/2023-04", "interval"),
    ("nos próximos dois anos", WED, "past", "2024/2025", "interval"),
    ("maio deste ano", SEED_004, "past", "2025-05", "month"),
    # intervals
    ("no fim de semana passado", SEED_004, "past", "2025-07-05/2025-07-06", "interval"),
    ("no próximo fim de semana", WED, "past", "2023-05-20/2023-05-21", "interval"),
    ("de 29 de novembro a 1 de dezembro", SEED_003, "past", "2024-11-29/2024-12-01", "interval"),
    ("entre 3 e 5 de março", SEED_004, "past", "2025-03-03/2025-03-05", "interval"),
    ("29-30 de novembro", SEED_003, "past", "2024-11-29/2024-11-30", "interval"),
    ("de 28 de dezembro a 2 de janeiro", SEED_004, "past", "2024-12-28/2025-01-02", "interval"),
    ("de março a maio de 2022", SEED_004, "past", "2022-03/2022-05", "interval"),
    ("entre 2014 e 2016", SEED_004, "past", "2014/2016", "interval"),
    ("do segundo ao quarto trimestre de 2019", SEED_004, "past", "2019-34/2019-36", "interval"),
    # seasons (astronomical, as the model) and named days
    ("no verão passado", SEED_003, "past", "2024-22", "season"),
    ("no inverno de 2023", SEED_004, "past", "2023-24", "season"),
    ("no Natal", SEED_004, "past", "2024-12-25", "day"),
    ("na véspera de Natal", SEED_004, "future", "2025-12-24", "day"),
    ("no Ano Novo", SEED_004, "past", "2025-01-01", "day"),
    ("na Páscoa de 2024", SEED_004, "past", "2024-03-31", "day"),
    ("na Páscoa", SEED_004, "future", "2026-04-05", "day"),
    ("Sexta-feira Santa de 2025", SEED_004, "past", "2025-04-18", "day"),
    # not dates
    ("um", SEED_004, "past", None, None),
    ("ter", SEED_004, "past", None, None),
    ("recentemente", SEED_004, "past", None, None),
    ("após a pandemia", SEED_004, "past", None, None),
    ("por 3 dias", SEED_004, "past", None, None),
    ("2022 pessoas", SEED_004, "past", None, None),
    ("às 15h", SEED_004, "past", None, None),
    ("em Natal", SEED_004, "past", None, None),
    ("hoje em dia", SEED_004, "past", None, None),
    # a weekday written with a day and month picks the year; a bracketed day names the day
    ("sábado, 31 de agosto", dt.date(2024, 8, 25), "past", "2024-08-31", "day"),
    ("na quarta-feira (29)", dt.date(2025, 10, 24), "past", "2025-10-29", "day"),
    ("de sexta-feira a domingo", WED, "future", "2023-05-19/2023-05-21", "interval"),
    # half-years; the quarter just ended, looking forward
    ("no primeiro semestre", dt.date(2023, 9, 27), "past", "2023-01/2023-06", "interval"),
    ("no segundo semestre de 2024", SEED_003, "past", "2024-07/2024-12", "interval"),
    ("do terceiro trimestre", dt.date(2026, 10, 6), "future", "2026-35", "quarter"),
]


@pytest.mark.parametrize(("text", "ref", "prefer", "value", "precision"), CASES)
def test_resolves(text: str, ref: dt.date, prefer: str, value: str | None, precision: str) -> None:
    got = resolve(text, "pt", ref, prefer)  # type: ignore[arg-type]
    if value is None:
        assert got is None
    else:
        assert got is not None
        assert (got.value, got.precision) == (value, precision)


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
        ("É a segunda maior economia; Plácido Domingo cantou em Natal.", []),
        ("Morreram 2022 pessoas; a quinta posição.", []),
        ("Uma maioria de 2/3 dos deputados; a ponte 25 de Abril; a Rua 1º de Maio.", []),
        ("Na segunda metade do ano a revista Sábado saiu no domingo uma vez.", ["no domingo"]),
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


def test_ago_after_a_present_state_is_a_duration() -> None:
    """ "está preso há dois anos", "há três anos que vive" are "for"; "morreu há um ano" is
    a date."""
    text = "Está preso há dois anos, há três anos que vive aqui e o irmão morreu há um ano."
    ctx = Context(SEED_004, "past")
    found = [(text[m.start : m.end], m.resolve(ctx)) for m in scan(language("pt"), text)]
    assert [(t, v.value) for t, v in found if v is not None] == [("há um ano", "2024")]
