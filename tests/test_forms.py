"""Precision labels of the contract (interval, season, decade) and decades end to end.

docs/dates.md: a range of two dates is one mention of precision `interval` whatever its
ends' grain, a season is `season`, a decade `decade` (EDTF `199X`). `parse`, `extract`, the
library, the store, `check` and every renderer say the same. Sentences here are written for
these tests (none from the Duckling corpora or the eval sets).
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import json
import sys
import time
from pathlib import Path

import edtf
import pytest

from tests.conftest import ROOT, Invoke
from timeline import resolve
from timeline.dates import core
from timeline.model import DateError, EdtfDate
from timeline.schema import EDTF_PATTERN

sys.path.insert(0, str(ROOT / "benchmarks"))

import duckling_labels

REF = dt.date(2024, 10, 9)


def parse(cli: Invoke, lang: str, ref: str, *texts: str) -> list[tuple[object, ...]]:
    result = cli("parse", "--lang", lang, "--ref", ref, "--format", "jsonl", *texts)
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    return [(r["value"], r["precision"], r["start"], r["end"]) for r in rows]


def test_parse_names_ranges_seasons_and_decades_as_the_contract_does(cli: Invoke) -> None:
    assert parse(
        cli, "pl", "2024-10-09", "od 2 do 6 września", "zimą zeszłego roku", "w latach 70."
    ) == [
        ("2024-09-02/2024-09-06", "interval", "2024-09-02", "2024-09-06"),
        ("2023-24", "season", "2023-12-21", "2024-03-19"),
        ("197X", "decade", "1970-01-01", "1979-12-31"),
    ]
    assert parse(cli, "pt", "2024-10-09", "de março a maio de 2023", "na década de 1960") == [
        ("2023-03/2023-05", "interval", "2023-03-01", "2023-05-31"),
        ("196X", "decade", "1960-01-01", "1969-12-31"),
    ]
    assert parse(cli, "bg", "2024-10-09", "2018-2021 г.", "през 80-те години") == [
        ("2018/2021", "interval", "2018-01-01", "2021-12-31"),
        ("198X", "decade", "1980-01-01", "1989-12-31"),
    ]
    assert parse(cli, "ro", "2024-10-09", "în vara lui 2019", "în anii '60") == [
        ("2019-22", "season", "2019-06-21", "2019-09-22"),
        ("196X", "decade", "1960-01-01", "1969-12-31"),
    ]


def test_extract_and_the_library_give_the_same_labels(cli: Invoke, tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(
        "---\nlang: pl\npublished: 2024-10-09\n---\n"
        "Fabryka działała w latach 60. XX wieku. Targi odbędą się w dniach 14-16 listopada.\n",
        encoding="utf-8",
    )
    result = cli("extract", "--format", "jsonl", str(article))
    assert result.exit_code == 0, result.output
    rows = [json.loads(line) for line in result.stdout.splitlines()]
    assert [(r["text"], r["value"], r["precision"], r["sentence"]) for r in rows] == [
        (
            "w latach 60. XX wieku",
            "196X",
            "decade",
            "Fabryka działała w latach 60. XX wieku.",
        ),
        (
            "w dniach 14-16 listopada",
            "2024-11-14/2024-11-16",
            "interval",
            "Targi odbędą się w dniach 14-16 listopada.",
        ),
    ]
    found = resolve("w latach 60. XX wieku", "pl", REF)
    assert found is not None and (found.value, found.precision) == ("196X", "decade")


@pytest.mark.parametrize(
    ("lang", "text", "value"),
    [
        ("pl", "z lat 50. XX wieku", "195X"),
        ("pl", "lata 2000", "200X"),
        ("pl", "w latach 20. XXI wieku", "202X"),
        ("bg", "1970-те години", "197X"),
        ("bg", "през 70-те", "197X"),
        ("ro", "anii 1980", "198X"),
        ("ro", "anilor '70 ai secolului XX", "197X"),
        ("pt", "dos anos 50", "195X"),
        ("pt", "nos anos 2010", "201X"),
        ("pt", "anos 30 do século XX", "193X"),
    ],
)
def test_decades_in_each_language(lang: str, text: str, value: str) -> None:
    found = resolve(text, lang, REF)
    assert found is not None and (found.value, found.precision) == (value, "decade")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("bg", "70-те депутати"),  # "the 70 deputies": a count with its article
        ("ro", "anii 2017"),  # not a decade: no year ending in 0
        ("pl", "w latach 2012-2020"),  # a range of years, not the 2010s
        ("pt", "há 70 anos"),  # 70 years ago, a year
    ],
)
def test_what_is_not_a_decade(lang: str, text: str) -> None:
    found = resolve(text, lang, REF)
    assert found is None or found.precision != "decade"


def test_two_digits_without_a_century() -> None:
    """The 1900s, except the 2000s and 2010s; with a century, of that century."""
    got = {d: core.decade_of(d) for d in ("'00", "10", "20", "60", "90")}
    assert {d: v.value if v else None for d, v in got.items()} == {
        "'00": "200X",
        "10": "201X",
        "20": "192X",
        "60": "196X",
        "90": "199X",
    }
    assert core.decade_of("20", 21) == EdtfDate.parse("202X")
    assert core.decade_of("1995") is None
    assert core.roman("xxi") == 21 and core.roman("xix") == 19 and core.roman("abc") is None


def test_the_model_reads_decades_as_the_edtf_package_does() -> None:
    for text in ("199X", "180X", "202X"):
        ours = EdtfDate.parse(text)
        theirs = edtf.parse_edtf(text)
        assert (ours.start.isoformat(), ours.end.isoformat()) == (
            time.strftime("%Y-%m-%d", theirs.lower_strict()),
            time.strftime("%Y-%m-%d", theirs.upper_strict()),
        )
        assert ours.precision == "decade"
    assert EdtfDate.parse("199X").display() == "1990s"
    assert EdtfDate.parse("197X~").display() == "c. 1970s"
    assert EdtfDate.parse("197X/198X").display() == "1970s – 1980s"
    assert EdtfDate.parse("197X/1985").display() == "1970s – 1985"
    with pytest.raises(DateError, match="has no month"):
        EdtfDate.parse("199X-05")
    import re

    assert re.fullmatch(EDTF_PATTERN, "199X") and re.fullmatch(EDTF_PATTERN, "197X/198X")
    assert not re.fullmatch(EDTF_PATTERN, "19XX")


def test_duckling_names_a_range_by_its_ends_grain() -> None:
    """The benchmark wrapper renames only what Duckling names otherwise."""
    grain = duckling_labels.duckling_grain
    assert grain("2013-07-13/2013-07-15", "interval") == "day"
    assert grain("2013-W08/2013-W10", "interval") == "week"
    assert grain("2017-33/2017-35", "interval") == "quarter"
    assert grain("2012-12/2013-01", "interval") == "month"
    assert grain("2011/2012", "interval") == "year"
    assert grain("2013-22", "season") == "day"
    assert grain("2013-02", "month") == "month"
    line = '{"input": "x", "value": "2011/2012", "precision": "interval"}'
    assert json.loads(duckling_labels.relabel(line))["precision"] == "year"


def test_a_decade_through_the_store_check_and_every_format(cli: Invoke, project: Path) -> None:
    """An article dating a happening by its decade: build proposes it, check passes it,
    and every format shows it over its ten years."""
    article = project / "mills.txt"
    article.write_text(
        "Przędzalnie w Żyrardowie zamknięto w latach 90. XX wieku, a maszyny sprzedano.\n",
        encoding="utf-8",
    )
    assert cli("add", str(article), "--published", "2024-10-09", "--lang", "pl").exit_code == 0
    assert cli("build").exit_code == 0
    store = (project / "data" / "events.yaml").read_text(encoding="utf-8")
    assert 'date: "199X"' in store and 'resolved: "199X"' in store
    [event_id] = [line.split("id: ")[1] for line in store.splitlines() if "id: 199x" in line]
    assert cli("confirm", event_id, "--title", "Mills close").exit_code == 0
    checked = cli("check")
    assert checked.exit_code == 0, checked.output
    assert "0 errors, 0 warnings" in checked.output

    text = cli("show", "--until", "2000").stdout
    assert "1990s  Mills close" in text
    data = json.loads(cli("show", "--until", "2000", "--format", "json").stdout)["events"]
    assert [(e["date"], e["precision"], e["start"], e["end"], e["display"]) for e in data] == [
        ("199X", "decade", "1990-01-01", "1999-12-31", "1990s")
    ]
    rows = list(
        csv.DictReader(io.StringIO(cli("show", "--until", "2000", "--format", "csv").stdout))
    )
    assert [(r["date"], r["precision"], r["start"], r["end"]) for r in rows] == [
        ("199X", "decade", "1990-01-01", "1999-12-31")
    ]
    tl = json.loads(cli("show", "--until", "2000", "--format", "timelinejs").stdout)["events"]
    assert [(e["start_date"], e["end_date"], e["display_date"]) for e in tl] == [
        (
            {"year": 1990, "month": 1, "day": 1},
            {"year": 1999, "month": 12, "day": 31},
            "1990s",
        )
    ]
    assert (
        "- **1990s**: Mills close" in cli("show", "--until", "2000", "--format", "markdown").stdout
    )
    page = cli("show", "--until", "2000", "--format", "html").stdout
    assert '>1990s</time><span class="range">1 Jan 1990 – 31 Dec 1999</span>' in page


def found(text: str, lang: str, ref: dt.date = REF) -> list[tuple[str, str | None]]:
    """(words, value) of each mention extraction finds in a text."""
    from timeline.extract import mentions_in

    return [(m.text, m.value.value if m.value else None) for m in mentions_in(text, lang, ref)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # bylines, wire datelines and stamp lines date the page, not a happening
        (
            "ro",
            "Publicat: 08.10.2024, 16:40\nGuvernul a aprobat ieri bugetul.",
            [("ieri", "2024-10-08")],
        ),
        # ... a byline word after a time, a year or a dash, and before its date a preposition
        (
            "ro",
            "Publicat la 08:30 12 Mar 2026 Actualizat la 09:45 12 Mar 2026\n"
            "Guvernul a aprobat ieri bugetul.",
            [("ieri", "2024-10-08")],
        ),
        (
            "pt",
            "12/03/2026 08:30 - Atualizado há 2 horas\nO Governo aprovou ontem o orçamento.",
            [("ontem", "2024-10-08")],
        ),
        (
            "bg",
            "Публикувана на 12 март 2026 в 08:30\nПравителството прие бюджета вчера.",
            [("вчера", "2024-10-08")],
        ),
        (
            "pl",
            "12.03.2026 08:30 - Aktualizacja: 12.03.2026 09:45\nRząd przyjął wczoraj budżet.",
            [("wczoraj", "2024-10-08")],
        ),
        # ... but a report published on a day, in running text, is a date
        (
            "ro",
            "Raportul, publicat pe 3 martie, arată o creștere.",
            [("pe 3 martie", "2024-03-03")],
        ),
        (
            "ro",
            "Studiul din 2024 actualizat la 5 martie arată creșterea.",
            [("din 2024", "2024"), ("la 5 martie", "2024-03-05")],
        ),
        (
            "pl",
            "Gdańsk, 8.10.2024 (PAP) – Port otworzy nowy terminal w piątek.",
            [("w piątek", "2024-10-11")],
        ),
        (
            "bg",
            "Варна, 8 октомври /Петя Иванова, БТА/ – Пристанището ще бъде затворено утре.",
            [("утре", "2024-10-10")],
        ),
        (
            "pt",
            "Joana Reis, 08/10/2024 16:40\nO parlamento reúne-se amanhã.",
            [("amanhã", "2024-10-10")],
        ),
        (
            "pt",
            "Coimbra, 8 out 2024 (Lusa) – A universidade abre amanhã.",
            [("amanhã", "2024-10-10")],
        ),
        (
            "bg",
            "Петър Колев, 08.10.2024 г. 16:40\nСъдът ще обяви присъдата утре.",
            [("утре", "2024-10-10")],
        ),
        (
            "pt",
            "qua, 9 out 2024 16:40\nO Governo aprovou ontem o diploma.",
            [("ontem", "2024-10-08")],
        ),
        # the same date in a sentence is a mention
        ("ro", "Joi, 10.10.2024, Senatul votează legea.", [("Joi, 10.10.2024", "2024-10-10")]),
        # "the last N years" is a span
        ("pl", "Przez ostatnie cztery lata liczba turystów się podwoiła.", []),
        ("pt", "Nos últimos quatro anos o número de turistas duplicou.", []),
        # a weekday and its numeric date with no comma: one mention, the date decides
        (
            "pt",
            "Segunda-feira 14/10/2024 – abertura das candidaturas.",
            [("Segunda-feira 14/10/2024", "2024-10-14")],
        ),
        # a day written with its ordinal dot, a hyphenated abbreviated month
        ("pl", "Rozprawa odbędzie się 17. października.", [("17. października", "2024-10-17")]),
        ("ro", "Ofertele se depun până la 18-Oct-2024.", [("18-Oct-2024", "2024-10-18")]),
        # pt-PT "para a semana" is next week; ro "the start of <year>" is that year
        ("pt", "A ministra só decide para a semana.", [("para a semana", "2024-W42")]),
        (
            "ro",
            "Podul va fi gata spre sfârșitul anului 2027.",
            [("spre sfârșitul anului 2027", "2027")],
        ),
        # a month a figure is compared with is a month, its latest one, whatever the tense
        ("pl", "Zużycie gazu spadło względem sierpnia.", [("względem sierpnia", "2024-08")]),
        ("pl", "Obroty portu wzrosną wobec listopada.", [("wobec listopada", "2023-11")]),
        ("ro", "Consumul de gaz va scădea raportat la noiembrie.", [("la noiembrie", "2023-11")]),
        ("bg", "Потреблението на газ ще спадне спрямо ноември.", [("ноември", "2023-11")]),
        ("pt", "O consumo de gás vai descer frente a novembro.", [("a novembro", "2023-11")]),
        # the first of a month with its ordinal mark, before the month's name or number
        ("pt", "As novas tarifas vigoram desde 1º/9.", [("desde 1º/9", "2024-09-01")]),
        ("pt", "O concurso fechou a 1.º de agosto.", [("a 1.º de agosto", "2024-08-01")]),
        ("pt", "A obra parou em 1°/7/2024.", [("em 1°/7/2024", "2024-07-01")]),
        # idioms: "nowadays", "year after year"
        ("pt", "Nos dias de hoje ninguém escreve cartas.", []),
        ("bg", "Месец след месец цените се качват.", []),
        ("pl", "W dzisiejszych czasach mało kto pisze listy.", []),
        # issue 11: "today" as "nowadays" (after an era, before a generic present) is no
        # date, with its time of day it is the day; habits ("co sobotę", the ro definite
        # weekday, pt plural weekends, "em dois dias": within); quoted names and places
        # named by a date word; a day and month with a dot after a preposition; school and
        # sports years over two years (a case number is none); a weekday after a score
        (
            "ro",
            "În anii '70 satul avea o școală. Astăzi, copiii fac naveta la oraș.",
            [("În anii '70", "197X")],
        ),
        ("pl", "Dziś coraz mniej osób kupuje gazety papierowe.", []),
        ("bg", "Днес повечето семейства имат кола.", []),
        ("pt", "Antigamente ia-se a pé; hoje quase todos vão de carro.", []),
        ("ro", "Azi, la ora 11, Guvernul se reunește.", [("Azi, la ora 11", "2024-10-09")]),
        ("pl", "Dziś o godz. 9 ruszy zapis do żłobków.", [("Dziś o godz. 9", "2024-10-09")]),
        ("pl", "Apteka dyżuruje co sobotę i w niedziele.", []),
        ("ro", "Târgul are loc joia, în piața centrală.", []),
        ("pt", "As aulas de natação são aos fins de semana.", []),
        ("pt", "O relatório ficou pronto em dois dias.", []),
        ("pt", "A decisão sai daqui a dois dias.", [("daqui a dois dias", "2024-10-11")]),
        ("ro", "Fundația a lansat campania „Noiembrie Albastru”.", []),
        ("pl", "Festiwal „Lipiec w Parku” przyciągnął tłumy.", []),
        ("pt", "O evento decorreu na Quinta dos Ingleses.", []),
        ("ro", "Ofertele se primesc până pe 25.10.", [("până pe 25.10", "2024-10-25")]),
        ("pl", "Konsultacje potrwają do 20.11.", [("do 20.11", "2024-11-20")]),
        ("bg", "Кандидатури се приемат до 30.10.", [("до 30.10", "2024-10-30")]),
        ("pt", "A consulta pública termina a 31.10.", [("a 31.10", "2024-10-31")]),
        ("pl", "Pociąg odjedzie o 7.15.", []),
        ("ro", "Structura anului școlar 2024/2025 a fost aprobată.", [("2024/2025", "2024/2025")]),
        ("bg", "Учебната 2024/2025 година започна.", [("2024/2025 година", "2024/2025")]),
        ("pt", "A época 2023/2024 terminou.", [("2023/2024", "2023/2024")]),
        ("bg", "Делото № 1412/2023 г. е спряно.", []),
        (
            "pl",
            "Górnik wygrał z Piastem 2:1 w niedzielę wieczorem.",
            [("w niedzielę wieczorem", "2024-10-06")],
        ),
        (
            "bg",
            "Ботев и Славия завършиха 1:1 в събота вечерта.",
            [("в събота вечерта", "2024-10-05")],
        ),
    ],
)
def test_forms_and_not_dates_in_running_text(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    assert found(text, lang) == expected
