"""`timeline parse`: the machine contract of shared/docs/dates.md, and its errors."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from tests.conftest import Invoke

# Every date expression of the five seeds, resolved as shared/seeds/README.md says.
SEED_EXPRESSIONS = [
    ("ro", "2025-09-03", "duminică", "2025-08-31", "day"),
    ("ro", "2025-09-03", "Anul trecut", "2024", "year"),
    ("ro", "2025-09-03", "în 2022", "2022", "year"),
    ("bg", "2025-09-03", "от 2024 г.", "2024", "year"),
    ("bg", "2025-09-03", "по-рано тази година", "2025", "year"),
    ("pl", "2023-09-13", "w środę", "2023-09-13", "day"),
    ("pl", "2023-09-13", "we wtorek", "2023-09-12", "day"),
    ("pt", "2024-12-01", "em 30 de novembro", "2024-11-30", "day"),
    ("pt", "2024-12-01", "em junho", "2024-06", "month"),
    ("pt", "2024-12-01", "em setembro passado", "2024-09", "month"),
    ("pt", "2025-07-13", "no sábado", "2025-07-12", "day"),
    ("pt", "2025-07-13", "na quinta-feira", "2025-07-10", "day"),
    ("pt", "2025-07-13", "na quinta -feira", "2025-07-10", "day"),
    ("pt", "2025-07-13", "em abril", "2025-04", "month"),
    ("pt", "2025-07-13", "no mês passado", "2025-06", "month"),
    ("pt", "2025-07-13", "em junho do ano passado", "2024-06", "month"),
    ("pt", "2025-07-13", "em fevereiro de 2022", "2022-02", "month"),
]


def jsonl(cli: Invoke, *args: str, input: str | None = None) -> list[dict[str, object]]:
    result = cli("parse", "--format", "jsonl", *args, input=input)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize(("lang", "ref", "text", "value", "precision"), SEED_EXPRESSIONS)
def test_seed_expressions(
    cli: Invoke, lang: str, ref: str, text: str, value: str, precision: str
) -> None:
    [row] = jsonl(cli, "--lang", lang, "--ref", ref, text)
    assert (row["input"], row["value"], row["precision"]) == (text, value, precision)


def test_contract_fields_and_order_from_stdin(cli: Invoke) -> None:
    rows = jsonl(
        cli, "--lang", "pt", "--ref", "2025-07-13", input="em junho do ano passado\n\nno sábado\n"
    )
    assert rows == [
        {"input": "em junho do ano passado", "value": "2024-06", "precision": "month",
         "start": "2024-06-01", "end": "2024-06-30"},
        {"input": "", "value": None, "precision": None, "start": None, "end": None},
        {"input": "no sábado", "value": "2025-07-12", "precision": "day",
         "start": "2025-07-12", "end": "2025-07-12"},
    ]  # fmt: skip


def test_prefer_future(cli: Invoke) -> None:
    [past] = jsonl(cli, "--lang", "pt", "--ref", "2025-07-13", "em abril")
    [future] = jsonl(cli, "--lang", "pt", "--ref", "2025-07-13", "--prefer", "future", "em abril")
    assert (past["value"], future["value"]) == ("2025-04", "2026-04")


def test_week_interval_and_quarter_values(cli: Invoke) -> None:
    rows = jsonl(cli, "--lang", "pl", "--ref", "2023-09-13", "w zeszłym tygodniu",
                 "od 13 do 15 lipca", "w drugim kwartale 2024")  # fmt: skip
    assert [(r["value"], r["precision"]) for r in rows] == [
        ("2023-W36", "week"),
        ("2023-07-13/2023-07-15", "interval"),
        ("2024-34", "quarter"),
    ]
    assert (rows[0]["start"], rows[0]["end"]) == ("2023-09-04", "2023-09-10")


def test_json_document(cli: Invoke) -> None:
    result = cli("parse", "--lang", "ro", "--ref", "2025-09-03", "--format", "json", "ieri")
    doc = json.loads(result.stdout)
    assert doc["ref"] == "2025-09-03" and doc["prefer"] == "past" and doc["lang"] == "ro"
    assert doc["results"][0]["value"] == "2025-09-02"


def test_text_table_says_the_reference(cli: Invoke) -> None:
    out = cli("parse", "--lang", "bg", "--ref", "2025-09-03", "вчера", "напоследък").stdout
    assert out.startswith("bg: resolved against 2025-09-03, underspecified dates read as past\n")
    assert "2025-09-02" in out and "no date" in out


def test_default_reference_is_today(cli: Invoke) -> None:
    today = dt.date.today()
    out = cli("parse", "--lang", "pl", "dzisiaj").stdout
    assert f"resolved against {today.isoformat()} (today)" in out
    [row] = jsonl(cli, "--lang", "pl", "dzisiaj")
    assert row["value"] == today.isoformat()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--lang", "ru", "x"], "unknown language 'ru': choose one of ro, bg, pl, pt"),
        (["--lang", "pl", "--ref", "2023-02-30", "x"], "--ref '2023-02-30' is not a date"),
        (["--lang", "pl", "--ref", "yesterday", "x"], "--ref 'yesterday' is not a date"),
    ],
)
def test_usage_errors(cli: Invoke, args: list[str], message: str) -> None:
    result = cli("parse", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_show_window_in_words(cli: Invoke, project: Path) -> None:
    def ids(*args: str) -> list[str]:
        out = cli("show", "--format", "json", *args).stdout
        return [e["id"] for e in json.loads(out)["events"]]

    assert ids("--since", "iunie 2024", "--until", "noiembrie 2024") == [
        "russia-north-korea-pact-2024", "belousov-visit-2024"]  # fmt: skip
    assert ids("--since", "septembrie 2025", "--tag", "summit") == ["beijing-parade-2025"]
    assert ids("--until", "czerwiec 2024", "--tag", "summit") == ["vostochny-summit-2023"]
    assert ids("--since", "julho de 2025", "--until", "julho de 2025", "--tag", "diplomacy") == [
        "trump-patriot-deal-2025", "lavrov-visit-2025"]  # fmt: skip
    in_pt = ["workers-to-rebuild-kursk-2025", "trump-patriot-deal-2025", "lavrov-visit-2025"]
    assert ids("--since", "June 2025", "--until", "July 2025", "--lang", "pt") == in_pt


@pytest.mark.parametrize(
    ("lang", "texts"),
    [
        ("ro", ["vineri", "în această vineri", "vinerea viitoare"]),
        ("bg", ["в петък", "този петък", "следващия петък"]),
        ("pl", ["w piątek", "w ten piątek", "w przyszły piątek"]),
        ("pt", ["na sexta-feira", "nesta sexta-feira", "na próxima sexta-feira"]),
    ],
)
def test_a_bare_weekday_read_forward_on_its_own_weekday(
    cli: Invoke, lang: str, texts: list[str]
) -> None:
    """A bare phrase has no tense: read forward (`--prefer future`) a weekday on its own
    weekday is next week's (Duckling's corpora), "this" one is the day itself and "next"
    one next week's; read back it is the day itself. In a sentence the tense decides
    (`extract`: a future clause's weekday is that very day, tests/test_extract.py)."""
    rows = jsonl(cli, "--lang", lang, "--ref", "2025-10-17", "--prefer", "future", *texts)
    assert [r["value"] for r in rows] == ["2025-10-24", "2025-10-17", "2025-10-24"]
    [past] = jsonl(cli, "--lang", lang, "--ref", "2025-10-17", texts[0])
    assert past["value"] == "2025-10-17"
