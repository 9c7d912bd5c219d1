"""`timeline extract` on the real seeds, and its behaviour on bad input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tests.conftest import SEEDS, Invoke
from timeline.extract import (
    LanguageError,
    detect_language,
    iter_sentences,
    lead_sentence,
    sentences,
)
from timeline.seeds import read_article

# Every date mention of every seed: (words, value, precision), in the order of the text.
EXPECTED = {
    "000_70c3e496522568a5.txt": [
        ("în 2022", "2022", "year"),
        ("Anul trecut", "2024", "year"),
        ("duminică", "2025-08-31", "day"),
    ],
    "001_6d008dd6f1349301.txt": [
        ("от 2024 г.", "2024", "year"),
        ("по-рано тази година", "2025", "year"),
    ],
    "002_df6dc53cd25a6e55.txt": [
        ("w środę", "2023-09-13", "day"),
        ("w środę", "2023-09-13", "day"),
        ("w środę", "2023-09-13", "day"),
        ("we wtorek", "2023-09-12", "day"),
        ("w środę", "2023-09-13", "day"),
    ],
    "003_b11bf649713d4806.txt": [
        ("em 30 de novembro", "2024-11-30", "day"),
        ("em junho", "2024-06", "month"),
        ("em setembro passado", "2024-09", "month"),
    ],
    "004_8969fe9032fab421.txt": [
        ("em fevereiro de 2022", "2022-02", "month"),
        ("no sábado", "2025-07-12", "day"),
        ("na quinta -feira", "2025-07-10", "day"),
        ("em abril", "2025-04", "month"),
        ("em junho do ano passado", "2024-06", "month"),
        ("no mês passado", "2025-06", "month"),
    ],
}


def records(cli: Invoke, *args: str, input: str | None = None) -> list[dict[str, object]]:
    result = cli("extract", "--format", "jsonl", *args, input=input)
    assert result.exit_code == 0, result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_every_mention_of_each_seed(cli: Invoke, project: Path, name: str) -> None:
    found = records(cli, f"seeds/{name}")
    assert [(r["text"], r["value"], r["precision"]) for r in found] == EXPECTED[name]
    body = read_article(SEEDS / name).body
    for r in found:
        start, end = int(str(r["start_char"])), int(str(r["end_char"]))
        assert body[start:end] == r["text"]
        assert str(r["text"]) in str(r["sentence"]) and str(r["sentence"]) in body
        assert r["file"] == f"seeds/{name}"


def test_no_false_mentions_from_traps(cli: Invoke, project: Path) -> None:
    texts = {str(r["text"]) for r in records(cli, *sorted(f"seeds/{n}" for n in EXPECTED))}
    for trap in ("mai", "się", "nie", "19 miesięcy", "80 de ani", "Shanshan", "dziesięcioleci"):
        assert not any(trap in t for t in texts), trap


def test_ref_overrides_front_matter(cli: Invoke, project: Path) -> None:
    found = records(cli, "--ref", "2024-07-14", "seeds/004_8969fe9032fab421.txt")
    assert found[1]["text"] == "no sábado" and found[1]["value"] == "2024-07-13"


def test_article_without_published_keeps_relative_mentions_unresolved(
    cli: Invoke, project: Path
) -> None:
    body = read_article(SEEDS / "004_8969fe9032fab421.txt").body
    path = project / "plain.txt"
    path.write_text(body, encoding="utf-8")
    found = records(cli, "--lang", "pt", str(path))
    values = [(r["text"], r["value"], r["precision"]) for r in found]
    assert values[0] == ("em fevereiro de 2022", "2022-02", "month")
    assert all(v is None and p is None for _, v, p in values[1:])
    assert len(values) == 6


def test_standard_input(cli: Invoke, project: Path) -> None:
    text = (SEEDS / "003_b11bf649713d4806.txt").read_text(encoding="utf-8")
    found = records(cli, "-", input=text)
    assert [r["text"] for r in found] == [t for t, _, _ in EXPECTED["003_b11bf649713d4806.txt"]]
    assert {r["file"] for r in found} == {"-"}


def test_text_format_highlights_sentences(cli: Invoke, project: Path) -> None:
    out = cli("extract", "seeds/004_8969fe9032fab421.txt").stdout
    assert out.startswith("seeds/004_8969fe9032fab421.txt (reference 2025-07-13)\n")
    assert "“no sábado” → 2025-07-12 (day)" in out
    assert "“em junho do ano passado” → 2024-06 (month)" in out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "the file is empty"),
        (b"\x00\x01binary\x00", "binary file"),
        ("Wizyta premiera w środę w Warszawie.".encode("cp1250"), "not UTF-8"),
        (b"---\npublished: [2025\n---\nText", "front matter"),
        (b"Hello there, this is an English text about nothing much.", "cannot tell"),
        ("Встреча прошла в среду в Москве, и это было событие года для всех.".encode(), "Russian"),
        (b"Ok.", "too short"),
    ],
)
def test_bad_input_is_a_one_line_error(
    cli: Invoke, project: Path, content: bytes, message: str
) -> None:
    path = project / "bad.txt"
    path.write_bytes(content)
    result = cli("extract", str(path))
    assert result.exit_code == 2
    assert message in result.stderr
    assert str(path) in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_very_large_file_is_refused_without_reading_it(cli: Invoke, project: Path) -> None:
    path = project / "huge.txt"
    with path.open("wb") as handle:
        handle.truncate(50 * 1024 * 1024)
    result = cli("extract", "--lang", "pl", str(path))
    assert result.exit_code == 2
    assert "50 MB is too large for an article" in result.stderr


def test_unknown_language(cli: Invoke, project: Path) -> None:
    result = cli("extract", "--lang", "ru", "seeds/002_df6dc53cd25a6e55.txt")
    assert result.exit_code == 2
    assert "unknown language 'ru': choose one of ro, bg, pl, pt" in result.stderr


@pytest.mark.parametrize(
    ("name", "lang"),
    [
        ("000_70c3e496522568a5.txt", "ro"),
        ("001_6d008dd6f1349301.txt", "bg"),
        ("002_df6dc53cd25a6e55.txt", "pl"),
        ("003_b11bf649713d4806.txt", "pt"),
        ("004_8969fe9032fab421.txt", "pt"),
    ],
)
def test_language_detected_from_text(name: str, lang: str) -> None:
    assert detect_language(read_article(SEEDS / name).body) == lang


def test_short_text_language_error() -> None:
    with pytest.raises(LanguageError, match="too short"):
        detect_language("w środę")


@pytest.mark.parametrize(
    ("text", "lang", "expected"),
    [
        ("Disse o Sr. Kim. Depois saiu.", "pt", ["Disse o Sr. Kim.", "Depois saiu."]),
        (
            "Spotkanie 3 września 2025 r. w Pekinie. Potem obiad.",
            "pl",
            ["Spotkanie 3 września 2025 r. w Pekinie.", "Potem obiad."],
        ),
        (
            "Договорът от 2024 г. е в сила. Путин дойде.",
            "bg",
            ["Договорът от 2024 г. е в сила.", "Путин дойде."],
        ),
        (
            "Kim met A. Belousov there. Then he left.",
            "en",
            ["Kim met A. Belousov there.", "Then he left."],
        ),
        (
            "„Ne vedem curând”, a spus Kim. Apoi a plecat.",
            "ro",
            ["„Ne vedem curând”, a spus Kim.", "Apoi a plecat."],
        ),
        ("Ele disse: “Vamos.” E foi.", "pt", ["Ele disse: “Vamos.”", "E foi."]),
        ("Mais de 10.000 soldados. Foram.", "pt", ["Mais de 10.000 soldados.", "Foram."]),
    ],
)
def test_sentences(text: str, lang: str, expected: list[str]) -> None:
    assert [s.text for s in sentences(text, lang)] == expected


def test_iter_sentences_is_sentences_one_at_a_time() -> None:
    """`lead_sentence` reads `iter_sentences`, the rest `sentences`: one split, two forms."""
    for path in sorted(SEEDS.glob("*.txt")):
        article = read_article(path)
        lang = article.lang or "en"
        for text in (article.body, article.body.replace("\n", " "), article.body[:3000]):
            assert list(iter_sentences(text, lang)) == sentences(text, lang)
    long = "Kim a plecat " + "foarte " * 400 + "departe. Apoi"
    assert list(iter_sentences(long, "ro")) == sentences(long, "ro")


def test_lead_sentence_skips_headline_and_captions() -> None:
    ro = read_article(SEEDS / "000_70c3e496522568a5.txt")
    assert lead_sentence(ro).startswith("Vladimir Putin l-a invitat pe Kim Jong-un")
    pt = read_article(SEEDS / "003_b11bf649713d4806.txt")
    assert lead_sentence(pt).startswith("O líder norte-coreano, Kim Jong-un, encontrou-se")


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # "until" a date with no year: the nearer of the two readings
        (
            "Guvernul a aprobat joi un plan valabil până la sfârșitul lui martie.",
            "ro",
            "2020-02-29",
            {"joi": "2020-02-27", "până la sfârșitul lui martie": "2020-03"},
        ),
        ("Trybunał ma czas do 2 stycznia.", "pl", "2024-12-29", {"2 stycznia": "2025-01-02"}),
        # a month after "last year" in its clause is of last year
        (
            "Mas no ano passado o aumento só chegou em março.",
            "pt",
            "2024-12-29",
            {"no ano passado": "2023", "em março": "2023-03"},
        ),
        # a year after "since" (or "for", "until") dates nothing after it
        (
            "Desde 2019 a empresa cresce e abriu uma fábrica em novembro.",
            "pt",
            "2025-12-31",
            {"Desde 2019": "2019", "em novembro": "2025-11"},
        ),
        # opening hours are no date
        ("Muzeum jest czynne od wtorku do niedzieli w godz. 10–18.", "pl", "2025-12-31", {}),
        ("O museu abre de terça a domingo, das 10h às 18h.", "pt", "2025-12-31", {}),
        # a clause that is only the mention runs on to "last year" before it
        (
            "Anul trecut, în august, seceta a lovit Moldova.",
            "ro",
            "2025-08-20",
            {"Anul trecut": "2024", "în august": "2024-08"},
        ),
        # the month a figure is for, announced ahead, is the month just ended
        (
            "O INE publica na terça-feira os números do desemprego de novembro.",
            "pt",
            "2025-12-01",
            {"na terça-feira": "2025-12-02", "de novembro": "2025-11"},
        ),
        ("NBP opublikuje dane za październik.", "pl", "2025-11-03", {"październik": "2025-10"}),
        (
            "Безработицата за октомври ще бъде обявена.",
            "bg",
            "2025-11-03",
            {"за октомври": "2025-10"},
        ),
        # ... "in" a month keeps the reading ahead
        (
            "NBP opublikuje raport w październiku.",
            "pl",
            "2025-11-03",
            {"w październiku": "2026-10"},
        ),
        # a holiday that is no time adverbial (subject, object, a noun's complement)
        (
            "Ziua Unirii va fi sărbătorită vineri la Iași.",
            "ro",
            "2025-01-20",
            {"vineri": "2025-01-24"},
        ),
        ("Хората празнуват Гергьовден с агнешко.", "bg", "2025-05-01", {}),
        ("Ulicami przeszły orszaki Wielkiej Nocy.", "pl", "2025-04-20", {}),
        (
            "O concerto de Natal realiza-se no domingo.",
            "pt",
            "2025-12-17",
            {"no domingo": "2025-12-21"},
        ),
        # ... but one after a preposition of time is a day
        ("Na Páscoa, as igrejas encheram.", "pt", "2025-04-25", {"Na Páscoa": "2025-04-20"}),
        # two weekdays in a row, and two days of one month, are one interval
        (
            "Sâmbătă și duminică se așteaptă ploi.",
            "ro",
            "2025-10-15",
            {"Sâmbătă și duminică": "2025-10-18/2025-10-19"},
        ),
        (
            "В петък и събота се очаква сняг.",
            "bg",
            "2025-10-15",
            {"В петък и събота": "2025-10-17/2025-10-18"},
        ),
        (
            "A greve está marcada para 9 e 10 de abril.",
            "pt",
            "2025-03-01",
            {"para 9 e 10 de abril": "2025-04-09/2025-04-10"},
        ),
        (
            "Strajk zaplanowano na 9 i 10 kwietnia.",
            "pl",
            "2025-03-01",
            {"9 i 10 kwietnia": "2025-04-09/2025-04-10"},
        ),
        # ... days that do not follow each other stay apart: the second one is dated
        (
            "Sesiuni luni și miercuri.",
            "ro",
            "2025-10-15",
            {"luni": "2025-10-13", "miercuri": "2025-10-15"},
        ),
        # a number with a year after its slash is a case number
        ("Делото № 245/2023 г. е прекратено.", "bg", "2025-10-15", {}),
        # a weekday ending in a name that runs on is the name
        ("O tenor Plácido Domingo cantou em Lisboa.", "pt", "2025-10-15", {}),
        ("A fundação de Domingo Ferreira abriu.", "pt", "2025-10-15", {}),
        ("A equipa perdeu o jogo de domingo.", "pt", "2025-10-17", {"de domingo": "2025-10-12"}),
        # "em N anos" in running text is an age or a span, not "in N years"
        ("A lei fixa em 16 anos a idade mínima.", "pt", "2025-10-15", {}),
        ("O ministro fala ao país esta noite.", "pt", "2025-10-15", {"esta noite": "2025-10-15"}),
        # what a budget is for, "luna mai", the end of the week
        (
            "Bugetul pe 2026 va fi votat în decembrie.",
            "ro",
            "2025-10-15",
            {"pe 2026": "2026", "în decembrie": "2025-12"},
        ),
        (
            "O Orçamento do Estado para 2026 foi entregue.",
            "pt",
            "2025-10-15",
            {"para 2026": "2026"},
        ),
        (
            "Alegerile din luna mai au fost anulate.",
            "ro",
            "2025-10-15",
            {"din luna mai": "2025-05"},
        ),
        ("A fost o lună mai ploioasă decât media.", "ro", "2025-10-15", {}),
        (
            "Ploile continuă până la sfârșitul săptămânii.",
            "ro",
            "2025-10-15",
            {"până la sfârșitul săptămânii": "2025-W42"},
        ),
        # an elided verb after "a": a word after a preposition is no verb of the clause
        (
            "Kadra zagra w środę z Litwą, a w piątek z Estonią na wyjeździe.",
            "pl",
            "2025-06-07",
            {"w środę": "2025-06-11", "w piątek": "2025-06-13"},
        ),
        # ages are no day, a comparison with the month before no month
        ("Задържани са двама мъже на 25 и 31 години.", "bg", "2025-06-04", {}),
        ("O desemprego subiu face ao mês anterior.", "pt", "2025-06-04", {}),
        ("Exporturile au crescut față de luna anterioară.", "ro", "2025-06-04", {}),
        # "after N years of <doing>" is a duration; "há N anos" after a state is "for"
        ("Акордът дойде след пет години преговаряне.", "bg", "2025-06-04", {}),
        ("A greve, que se prolonga há dois anos, continua.", "pt", "2025-06-04", {}),
        # pt capitalised months after a day name a holiday or a street; "No dia" dates it
        (
            "A manifestação do 1.º de Maio juntou milhares na Rua 5 de Outubro.",
            "pt",
            "2025-06-04",
            {},
        ),
        ("No 25 de Abril houve desfile.", "pt", "2025-06-04", {"No 25 de Abril": "2025-04-25"}),
        (
            "Upały potrwają do końca tygodnia.",
            "pl",
            "2025-10-15",
            {"do końca tygodnia": "2025-W42"},
        ),
        # a relative day or weekdays in apposition to the date they name are one mention
        ("Azi, 3 iunie, e grevă.", "ro", "2025-06-03", {"Azi, 3 iunie": "2025-06-03"}),
        (
            "Vineri și sâmbătă, 13 și 14 iunie, sunt concerte.",
            "ro",
            "2025-06-11",
            {"Vineri și sâmbătă, 13 și 14 iunie": "2025-06-13/2025-06-14"},
        ),
        (
            "O museu fecha depois de amanhã, 5 de junho.",
            "pt",
            "2025-06-03",
            {"depois de amanhã, 5 de junho": "2025-06-05"},
        ),
        # a weekday with its date in brackets, or a lone weekday after its date
        (
            "Ședința va avea loc joi (12 martie).",
            "ro",
            "2026-03-09",
            {"joi (12 martie)": "2026-03-12"},
        ),
        (
            "Meciul s-a jucat pe 7 martie, sâmbătă.",
            "ro",
            "2026-03-09",
            {"pe 7 martie, sâmbătă": "2026-03-07"},
        ),
        (
            "Срещата е насрочена за петък (13 март).",
            "bg",
            "2026-03-09",
            {"за петък (13 март)": "2026-03-13"},
        ),
        (
            "Протестът ще е на 15 март, неделя.",
            "bg",
            "2026-03-09",
            {"на 15 март, неделя": "2026-03-15"},
        ),
        (
            "Posłowie zebrali się 6 marca (piątek).",
            "pl",
            "2026-03-09",
            {"6 marca (piątek)": "2026-03-06"},
        ),
        (
            "Mecz odbędzie się w piątek (13 marca).",
            "pl",
            "2026-03-09",
            {"w piątek (13 marca)": "2026-03-13"},
        ),
        (
            "A reunião decorre na quinta-feira (12 de março).",
            "pt",
            "2026-03-09",
            {"na quinta-feira (12 de março)": "2026-03-12"},
        ),
        # ... and the weekday says the year of a date that writes none (read back, 20 March
        # 2025 is a Thursday)
        (
            "Termenul limită este 20 martie (vineri).",
            "ro",
            "2026-03-09",
            {"20 martie (vineri)": "2026-03-20"},
        ),
        # ... but a holiday's name after a date is a mention of its own
        (
            "Alegerile sunt pe 1 decembrie, de Ziua Națională.",
            "ro",
            "2024-11-20",
            {"pe 1 decembrie": "2024-12-01", "de Ziua Națională": "2024-12-01"},
        ),
        # the two ends of a range kept apart by times of day are one interval
        (
            "Drumul va fi închis de vineri, de la ora 20:00, până duminică, la ora 6:00.",
            "ro",
            "2026-03-09",
            {"de vineri, de la ora 20:00, până duminică, la ora 6:00": "2026-03-13/2026-03-15"},
        ),
        (
            "Ремонтът ще продължи от събота, 8:00 ч., до понеделник, 5:00 ч.",
            "bg",
            "2026-03-09",
            {"от събота, 8:00 ч., до понеделник, 5:00 ч.": "2026-03-14/2026-03-16"},
        ),
        (
            "Festiwal odbędzie się między 3 lipca, od godz. 18, a 6 lipca.",
            "pl",
            "2026-03-09",
            {"3 lipca, od godz. 18, a 6 lipca": "2026-07-03/2026-07-06"},
        ),
        (
            "A estrada vai estar cortada entre as 20h de sexta-feira e as 06h de domingo.",
            "pt",
            "2026-03-09",
            {"sexta-feira e as 06h de domingo": "2026-03-13/2026-03-15"},
        ),
        # ... not two dates of two clauses, nor words with no time before a dash
        (
            "Ploaia care a început vineri noaptea în vestul țării continuă până luni.",
            "ro",
            "2026-02-12",
            {"vineri noaptea": "2026-02-06", "până luni": "2026-02-09"},
        ),
        (
            "Prima tură e pe 18 mai, iar a doua – pe 1 iunie.",
            "ro",
            "2026-02-12",
            {"pe 18 mai": "2026-05-18", "pe 1 iunie": "2026-06-01"},
        ),
        # two days in a row, each with its preposition, joined by 'and': one interval
        (
            "Dez distritos vão estar no domingo e na segunda-feira sob aviso.",
            "pt",
            "2025-01-03",
            {"no domingo e na segunda-feira": "2025-01-05/2025-01-06"},
        ),
        (
            "Protesty odbędą się w sobotę i w niedzielę.",
            "pl",
            "2025-01-03",
            {"w sobotę i w niedzielę": "2025-01-04/2025-01-05"},
        ),
        (
            "Протестите ще са в събота и в неделя.",
            "bg",
            "2025-01-03",
            {"в събота и в неделя": "2025-01-04/2025-01-05"},
        ),
        (
            "Ședințele sunt programate pe marți și pe miercuri.",
            "ro",
            "2025-01-03",
            {"pe marți și pe miercuri": "2025-01-07/2025-01-08"},
        ),
        # ... but two days apart stay two mentions
        (
            "As urgências fecham na segunda e na quarta-feira.",
            "pt",
            "2025-01-03",
            {"na segunda": "2025-01-06", "na quarta-feira": "2025-01-08"},
        ),
        # a weekend and a written day: that day's weekend
        (
            "Мачът ще се играе в уикенда на 16 май.",
            "bg",
            "2026-04-20",
            {"в уикенда на 16 май": "2026-05-16/2026-05-17"},
        ),
        (
            "O jogo será disputado no fim de semana de 16 de maio.",
            "pt",
            "2026-04-20",
            {"no fim de semana de 16 de maio": "2026-05-16/2026-05-17"},
        ),
        (
            "No fim de semana, 16 pessoas foram detidas.",
            "pt",
            "2026-04-20",
            {"No fim de semana": "2026-04-18/2026-04-19"},
        ),
        # postponed to a date, with words between the verb and the date: the date is ahead;
        # "yesterday" then "until a date" is no range (only a weekday takes the other's week)
        (
            "Guvernul a amânat ieri până pe 3 februarie decizia.",
            "ro",
            "2026-04-20",
            {"ieri": "2026-04-19", "până pe 3 februarie": "2027-02-03"},
        ),
        (
            "Procesul a fost amânat de instanță pentru 5 februarie.",
            "ro",
            "2026-04-20",
            {"5 februarie": "2027-02-05"},
        ),
        (
            "Meciul amânat a fost jucat pe 3 februarie.",
            "ro",
            "2026-04-20",
            {"pe 3 februarie": "2026-02-03"},
        ),
        # ... not a day that differs from the date after it
        (
            "Ontem, 9 de maio, choveu.",
            "pt",
            "2025-06-09",
            {"Ontem": "2025-06-08", "9 de maio": "2025-05-09"},
        ),
        # two full dates joined as a range are one interval
        (
            "Кметството ще е затворено между 03.03.2025 г. и 05.03.2025 г.",
            "bg",
            "2025-02-20",
            {"между 03.03.2025 г. и 05.03.2025 г.": "2025-03-03/2025-03-05"},
        ),
        (
            "As inscrições decorrem entre 10/09/2024 e 20/09/2024.",
            "pt",
            "2024-09-01",
            {"entre 10/09/2024 e 20/09/2024": "2024-09-10/2024-09-20"},
        ),
        # a capitalised month with its year is a historic day, not a holiday's name
        (
            "O Parlamento evoca o 5 de Outubro de 1910.",
            "pt",
            "2025-10-04",
            {"o 5 de Outubro de 1910": "1910-10-05"},
        ),
        ("O voo para o Rio de Janeiro atrasou.", "pt", "2025-06-04", {}),
        # a date after a street word, opening on a preposition, is the clause's time
        (
            "A câmara vai alcatroar a rua em outubro.",
            "pt",
            "2025-06-04",
            {"em outubro": "2025-10"},
        ),
        # ro holidays qualifying a noun ("the Christmas service") are no day
        ("Preotul a oficiat slujba de Paști la catedrală.", "ro", "2025-04-22", {}),
        # bg: a holiday right after a verb of spending a time is the time spent (spent_stems)
        (
            "Рибарите ще дочакат Никулден в открито море.",
            "bg",
            "2024-01-15",
            {"Никулден": "2024-12-06"},
        ),
        (
            "Туристите изкараха Гергьовден в хижите на Рила.",
            "bg",
            "2025-04-20",
            {"Гергьовден": "2024-05-06"},
        ),
        # ro: a "din" month ten months ahead in an explicit future opens a change, after no
        # figure's noun (figure_before); after one it is the figure's month, gone by
        (
            "Abonații vor deconta facturi mai mici din aprilie.",
            "ro",
            "2024-06-10",
            {"din aprilie": "2025-04"},
        ),
        (
            "Institutul va recalcula inflația din martie.",
            "ro",
            "2025-05-10",
            {"din martie": "2025-03"},
        ),
        # ... and with no explicit future, a "since"
        (
            "Fabrica de mobilă stagnează din septembrie.",
            "ro",
            "2024-11-27",
            {"din septembrie": "2024-09"},
        ),
    ],
)
def test_clause_level_readings(text: str, lang: str, ref: str, expected: dict[str, str]) -> None:
    """Rules that look beyond the mention: "until", the year of the clause, opening hours."""
    import datetime as dt

    from timeline.extract import mentions_in

    found = {
        m.text: m.value.value
        for m in mentions_in(text, lang, dt.date.fromisoformat(ref))
        if m.value is not None
    }
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # no tense to go on: the reading nearer the reference
        ("O FC Porto recebe o Arouca no sábado.", "pt", "2025-07-09", "2025-07-12"),
        ("Porto – Arouca, no sábado.", "pt", "2025-07-14", "2025-07-12"),
        ("Festivalul începe miercuri seara.", "ro", "2025-12-29", "2025-12-31"),
        ("Deputații se reunesc pe 8 ianuarie pentru pachet.", "ro", "2025-12-31", "2026-01-08"),
        ("Wybory w niedzielę.", "pl", "2025-05-16", "2025-05-18"),
        ("O Museu Gulbenkian abre até 30 de março.", "pt", "2025-03-01", "2025-03-30"),
        # a tense decides even when the other reading is nearer
        ("Kim e Lavrov se conheceram no sábado.", "pt", "2025-07-11", "2025-07-05"),
        ("Lavrov vai visitar Pyongyang no sábado.", "pt", "2025-07-14", "2025-07-19"),
        # the present of a schedule is a verb form that reads forward
        ("O Benfica defronta o Braga no sábado.", "pt", "2025-07-14", "2025-07-19"),
        ("Meciul se dispută duminică pe Arena Națională.", "ro", "2025-02-18", "2025-02-23"),
        ("Camera a votat bugetul, iar Senatul îl discută luni.", "ro", "2024-12-19", "2024-12-23"),
        ("Consiliul votează luni bugetul.", "ro", "2024-12-19", "2024-12-23"),
        ("Campania de vaccinare începe luni.", "ro", "2025-06-05", "2025-06-09"),
        # a pl perfective present is a future
        ("Kandydaci poznają wyniki w piątek.", "pl", "2025-06-10", "2025-06-13"),
        ("Pochód przejdzie ulicami miasta w sobotę.", "pl", "2025-06-10", "2025-06-14"),
        # a conditional and a promise with its object look forward
        ("Examenul ar putea fi mutat în martie.", "ro", "2026-01-03", "2026-03"),
        ("O Governo tinha prometido baixar em março o IVA.", "pt", "2024-12-30", "2025-03"),
        ("Premierul a promis majorarea salariilor în ianuarie.", "ro", "2024-12-30", "2025-01"),
        # ... but the day the promise was made is past
        ("O Governo prometeu na segunda-feira baixar o IVA.", "pt", "2025-07-16", "2025-07-14"),
        # a plan that fell through looks back; "set X for <date>" looks forward
        ("A obra estava prevista para a primavera.", "pt", "2024-07-10", "2024-21"),
        ("O clube marcou a assembleia geral para 3 de março.", "pt", "2025-01-10", "2025-03-03"),
        # present schedules and modals: verbs that read forward
        ("A seleção pode ser apurada no domingo.", "pt", "2025-06-04", "2025-06-08"),
        (
            "O Banco de Portugal publica na quinta-feira o boletim.",
            "pt",
            "2025-06-06",
            "2025-06-12",
        ),
        ("Steaua joacă vineri la Cluj.", "ro", "2025-06-03", "2025-06-06"),
        ("Левски гостува на Славия в четвъртък.", "bg", "2025-06-06", "2025-06-12"),
        ("Komisja może rozpatrzyć projekt 3 marca.", "pl", "2025-12-20", "2026-03-03"),
        ("Wyrok zapadnie w czwartek.", "pl", "2025-06-06", "2025-06-12"),
        ("Do finału zostało 10 dni, a mecz 20 lipca.", "pl", "2025-07-10", "2025-07-20"),
        # a weather warning is for the days to come
        (
            "ANM a emis o avertizare cod galben de joi până sâmbătă.",
            "ro",
            "2025-06-06",
            "2025-06-12/2025-06-14",
        ),
        # a past verb the clause ends on ("след като спечели") is not the clause's
        ("Отборът посреща Лудогорец в петък, след като спечели.", "bg", "2025-06-04", "2025-06-06"),
        # a bg aorist is past; after "ще" it is a future
        ("Съветът даде съгласието си в четвъртък.", "bg", "2025-06-09", "2025-06-05"),
        ("Съветът ще даде съгласието си в четвъртък.", "bg", "2025-06-09", "2025-06-12"),
        # ro "din" after a noun with its article names an event: "of", not "since"
        ("Mai sunt zece zile până la finala din 30 mai.", "ro", "2025-05-20", "2025-05-30"),
        # a headline's participles are no tense: the nearer reading
        ("Referendum convocat pe 14 septembrie", "ro", "2025-06-01", "2025-09-14"),
        # "until" a day in a clause that looks forward stays forward
        ("Sklepy będą zamknięte do niedzieli.", "pl", "2025-06-03", "2025-06-08"),
    ],
)
def test_direction_from_tense_else_the_nearer_reading(
    text: str, lang: str, ref: str, expected: str
) -> None:
    import datetime as dt

    from timeline.extract import mentions_in

    [mention] = list(mentions_in(text, lang, dt.date.fromisoformat(ref)))
    assert mention.value is not None and mention.value.value == expected


@pytest.mark.parametrize(
    ("lang", "ref", "text", "expected"),
    [
        # an ordinal after a day-month is no two-digit year
        (
            "pl",
            "2024-05-20",
            "Polska została 12 maja 25. państwem w tym rankingu.",
            [("12 maja", "2024-05-12")],
        ),
        # "po N <noun>" is a distributive count, not "after the year N"
        ("pl", "2024-05-20", "Obie armie straciły po 1500 żołnierzy.", []),
        ("pl", "2024-05-20", "Po 1989 roku wszystko się zmieniło.", [("Po 1989 roku", "1989")]),
        # a year closing a quoted name is the name's
        ("pl", "2024-05-20", "Rząd ogłosił strategię „Polska 2035” w Sejmie.", []),
        # a paper named after a weekday is no date
        ("pt", "2024-05-20", "A revista Sábado publicou a entrevista.", []),
        # a month after "of next year" in the same clause is of next year
        (
            "pt",
            "2023-07-14",
            "O congresso do próximo ano terá lugar em Lisboa, em março.",
            [("do próximo ano", "2024"), ("em março", "2024-03")],
        ),
    ],
)
def test_set7_rules(lang: str, ref: str, text: str, expected: list[tuple[str, str]]) -> None:
    import datetime as dt

    from timeline.extract import _mentions

    found = [(m.text, str(m.value)) for m in _mentions(text, lang, dt.date.fromisoformat(ref))]
    assert found == expected


HABITS_AND_SURNAMES = [
    # a month that comes back every year is a habit (sentences written before the rule)
    ("ro", "În fiecare an, în mai, apicultorii din Vrancea scot stupii la salcâm.", []),
    ("ro", "În luna iulie a fiecărui an, stațiunile sunt pline.", []),
    ("bg", "Всяка година през юли морето се затопля до 26 градуса.", []),
    ("bg", "Ежегодно през октомври градът посреща джаз фестивал.", []),
    ("pl", "Każdego roku w lipcu nad Bałtyk przyjeżdżają tłumy turystów.", []),
    ("pl", "Corocznie w październiku miasto organizuje festiwal jazzowy.", []),
    ("pt", "Todos os anos, em agosto, milhares de emigrantes regressam às aldeias.", []),
    ("pt", "Anualmente, em outubro, a cidade recebe um festival de jazz.", []),
    # a weekday, counted or not, before "of every month" recurs (session 16, forms batch 503)
    ("pt", "A biblioteca fecha no terceiro sábado de cada mês.", []),
    ("ro", "Piața de vechituri se ține în prima sâmbătă a fiecărei luni.", []),
    ("pl", "Klub spotyka się w drugi wtorek każdego miesiąca.", []),
    ("bg", "Клубът се събира в първия вторник на всеки месец.", []),
    # a capitalised date word after a first name is a surname
    ("pl", "Poseł Jan Czerwiec zabrał głos w debacie.", []),
    ("pl", "Burmistrz Anna Sobota otworzyła nowy most.", []),
    ("ro", "Deputatul Ion Marți a cerut demisia ministrului.", []),
    # ... and the same words stay dates where nothing says so
    (
        "pl",
        "Sejm zbierze się w lipcu, a w sobotę odbędzie się wiec.",
        [("w lipcu", "2025-07"), ("w sobotę", "2025-06-14")],
    ),
    (
        "bg",
        "През юли парламентът прие бюджета, а в неделя имаше избори.",
        [("През юли", "2024-07"), ("в неделя", "2025-06-08")],
    ),
    ("pl", "Anna Kowalska przyjechała w Sobotę.", [("w Sobotę", "2025-06-07")]),
    # a capitalised month or weekday alone inside a sentence is a name (a club, a firm)
    ("bg", "Отборите на Ботев и Септември завършиха наравно.", []),
    ("pl", "Spółka Marzec Invest wygrała przetarg.", []),
    ("ro", "Derby-ul dintre Rapid și Aprilie Cluj s-a încheiat.", []),
    ("pl", "Czwartek przyniesie ochłodzenie.", [("Czwartek", "2025-06-12")]),
    ("ro", "Guvernul pregătește reforma / Marți se votează moțiunea", [("Marți", "2025-06-10")]),
    ("ro", "„Vineri vom anunța decizia”, a spus ministrul.", [("Vineri", "2025-06-13")]),
    ("bg", "Ботев Враца е домакин на Септември.", []),
    ("pl", "Schronisko odwiedziło w ciągu jednego weekendu 2024 turystów.", []),
    ("pl", "W każdy weekend jest targ.", []),
    # "май" after a time preposition is May, never "it seems"
    ("bg", "Той каза, че през май ще има избори.", [("през май", "2026-05")]),
    ("bg", "Той май не разбра въпроса.", []),
    # a bare weekday or month in a sentence of a habit or a lasting state recurs; "as always"
    # keeps this one, and so does a clause with a past of its own
    ("pl", "Na basenie zwykle najwięcej osób jest w sobotę.", []),
    ("pt", "No sábado, como sempre, a feira vai abrir às nove.", [("No sábado", "2025-06-14")]),
    ("pl", "Zwykle milczy, ale w piątek zabrał głos.", [("w piątek", "2025-06-06")]),
    ("pt", "A loja fecha portas para sempre no sábado.", [("no sábado", "2025-06-14")]),
    (
        "pt",
        "O comércio fecha normalmente às 19h, mas no sábado abre até às 23h.",
        [("no sábado", "2025-06-14")],
    ),
    # a weekend ranked or measured is no date; after a preposition it is one
    ("ro", "A fost cel mai călduros weekend din ultimii ani.", []),
    (
        "pl",
        "Przez weekend i dwa kolejne dni trwały prace.",
        [("Przez weekend", "2025-06-07/2025-06-08")],
    ),
    # pl: a day and a capitalised month inside a sentence is a street
    ("pl", "Utrudnienia obejmą ulice Polną, 3 Maja i Leśną.", []),
    # "today" after "who", present, in a past sentence: nowadays; with a future, the day
    ("pl", "Posłowie, którzy dziś tworzą koalicję, startowali z różnych list.", []),
    ("bg", "Сградата, която днес ще бъде открита, струва милиони.", [("днес", "2025-06-10")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), HABITS_AND_SURNAMES)
def test_habits_and_surnames(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    import datetime as dt

    from timeline.extract import mentions_in

    found = [(m.text, str(m.value)) for m in mentions_in(text, lang, dt.date(2025, 6, 10))]
    assert found == expected


DATE_ADJECTIVES = [
    # written before the rule, with other words than the eighth set's
    ("pl", "Zeszłoroczna powódź zniszczyła trzy mosty.", [("Zeszłoroczna", "2024")]),
    (
        "pl",
        "Poniedziałkowa sesja na giełdzie przyniosła wzrosty.",
        [("Poniedziałkowa", "2025-06-09")],
    ),
    ("pl", "Grudniowy szczyt UE odbędzie się w Brukseli.", [("Grudniowy", "2025-12")]),
    ("bg", "Миналогодишната реколта беше рекордна.", [("Миналогодишната", "2024")]),
    ("bg", "Неделната служба беше отслужена от патриарха.", [("Неделната", "2025-06-08")]),
    ("bg", "Септемврийският пленум ще обсъди бюджета.", [("Септемврийският", "2025-09")]),
]


@pytest.mark.parametrize(("lang", "text", "expected"), DATE_ADJECTIVES)
def test_date_adjectives(lang: str, text: str, expected: list[tuple[str, str]]) -> None:
    import datetime as dt

    from timeline.extract import mentions_in

    found = [(m.text, str(m.value)) for m in mentions_in(text, lang, dt.date(2025, 6, 11))]
    assert found == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # written before the rule: "marco" (a landmark, the Deutsche Mark) is not "março"
        ("A vitória foi um marco histórico para o clube.", []),
        ("O novo marco regulatório entra em vigor no próximo ano.", [("no próximo ano", "2026")]),
        # the month itself, and a text that writes no accents at all, keep their dates
        ("Em março, o Governo aprovou o plano.", [("Em março", "2025-03")]),
        ("Em marco de 2020 a pandemia chegou ao pais.", [("Em marco de 2020", "2020-03")]),
    ],
)
def test_a_month_without_its_accent_is_another_word(
    text: str, expected: list[tuple[str, str]]
) -> None:
    import datetime as dt

    from timeline.extract import mentions_in

    found = [(m.text, str(m.value)) for m in mentions_in(text, "pt", dt.date(2025, 6, 11))]
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        # written before the rule
        ("pl", "Babie lato potrwa do piątku.", [("do piątku", "2025-10-10")]),
        ("bg", "Цените се промениха от днес за утре.", []),
        ("ro", "Guvernul a schimbat regulile de azi pe mâine.", []),
        ("pt", "As regras mudaram de hoje para amanhã.", []),
        # the words alone keep their dates (today and tomorrow joined: the two days)
        ("ro", "Azi și mâine va ploua.", [("Azi și mâine", "2025-10-08/2025-10-09")]),
    ],
)
def test_date_words_in_an_idiom_are_no_date(
    lang: str, text: str, expected: list[tuple[str, str]]
) -> None:
    import datetime as dt

    from timeline.extract import mentions_in

    found = [(m.text, str(m.value)) for m in mentions_in(text, lang, dt.date(2025, 10, 8))]
    assert found == expected


# Each article is published on a Friday; its weekdays are read in their clause's tense.
OWN_WEEKDAY = {
    "ro": (
        "2025-10-17",
        "Consiliul Județean va aproba vineri bugetul. Primarul a semnat vineri contractul."
        " Cod galben de polei până luni. Târgul se va ține de vineri până duminică.",
    ),
    "bg": (
        "2025-10-17",
        "Общинският съвет ще приеме в петък бюджета. Кметът подписа в петък договора."
        " Пътят затворен до понеделник. Панаирът ще се проведе от петък до неделя.",
    ),
    "pl": (
        "2025-10-17",
        "Rada Powiatu przyjmie w piątek budżet. Burmistrz podpisał w piątek umowę."
        " Droga zamknięta do poniedziałku. Jarmark potrwa od piątku do niedzieli.",
    ),
    "pt": (
        "2025-10-17",
        "A Câmara aprovará na sexta-feira o orçamento. O autarca assinou na sexta-feira o"
        " contrato. Estrada cortada até segunda-feira. A feira decorre de sexta-feira a domingo.",
    ),
}


@pytest.mark.parametrize("lang", sorted(OWN_WEEKDAY))
def test_cli_reads_a_weekday_forward_on_its_own_weekday_as_that_day(
    cli: Invoke, project: Path, lang: str
) -> None:
    """shared/docs/dates.md rule 2: a future sentence takes the nearest weekday on or after
    the reference, the reference day included; a past one on or before; "until" a weekday
    in a clause with no tense is the coming one; a range opening on it starts that day."""
    ref, body = OWN_WEEKDAY[lang]
    path = project / f"own_{lang}.txt"
    path.write_text(f"---\npublished: {ref}\nlang: {lang}\n---\n{body}\n", encoding="utf-8")
    assert [r["value"] for r in records(cli, str(path))] == [
        "2025-10-17",
        "2025-10-17",
        "2025-10-20",
        "2025-10-17/2025-10-19",
    ]


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # ro: a day of the month named as a date, in the clause's direction
        (
            "Contractul a fost reziliat pe data de 12, la Cluj.",
            "ro",
            "2025-03-20",
            {"pe data de 12": "2025-03-12"},
        ),
        ("Bursele se plătesc în data de 5.", "ro", "2025-03-20", {"în data de 5": "2025-04-05"}),
        # ro: with its month it is a day and month (read from "de"), not a day of the month
        (
            "Școlile se redeschid pe data de 9 ianuarie.",
            "ro",
            "2025-03-20",
            {"de 9 ianuarie": "2026-01-09"},
        ),
        # bg: "на 8-и" before a preposition or a verb is a day; before a noun an ordinal
        (
            "Паметникът беше открит на 4-ти в Габрово.",
            "bg",
            "2025-03-20",
            {"на 4-ти": "2025-03-04"},
        ),
        ("Офисът е на 3-ти етаж.", "bg", "2025-03-20", {}),
        # ... and before the да of a verb's complement (held22)
        (
            "Общинарите се разбраха на 7-и да гласуват таксите.",
            "bg",
            "2025-03-20",
            {"на 7-и": "2025-03-07"},
        ),
        # pl: a habit's word in a later clause with a past of its own is that clause's
        # ("dla wielu" = for many regions), no habit of the coming Saturday's clause
        (
            "W sobotę przyjdą ulewy, synoptycy wydali alerty dla wielu powiatów.",
            "pl",
            "2025-03-20",
            {"W sobotę": "2025-03-22"},
        ),
        # ro: "în mai" before a noun with its article is May, before an adjective "more"
        ("Tribunalul respinsese în mai apelul firmei.", "ro", "2025-08-20", {"în mai": "2025-05"}),
        ("Oamenii trăiesc în mai multe orașe.", "ro", "2025-08-20", {}),
        # bg, ro: a number with its thousands after a month is no day of it
        ("Фондацията събра през юни 15 000 лева.", "bg", "2025-08-20", {"през юни": "2025-06"}),
    ],
)
def test_days_of_the_month_and_months_before_numbers(
    text: str, lang: str, ref: str, expected: dict[str, str]
) -> None:
    """Shapes added with the eighteenth tense probes: a day of the month alone ("pe data de
    12", "на 4-ти"), "în mai" where it is a month, a month before a number that is a count."""
    import datetime as dt

    from timeline.extract import mentions_in

    found = {
        m.text: m.value.value
        for m in mentions_in(text, lang, dt.date.fromisoformat(ref))
        if m.value is not None
    }
    assert found == expected


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # a warning noun reads forward the dates after it; a date before it, or a verb between
        # the noun and the date, is read from the verb
        (
            "IMGW wydał w środę ostrzeżenia przed wichurami.",
            "pl",
            "2025-02-07",
            {"w środę": "2025-02-05"},
        ),
        (
            "IMGW wydał ostrzeżenia przed wichurami od soboty do niedzieli.",
            "pl",
            "2025-02-06",
            {"od soboty do niedzieli": "2025-02-08/2025-02-09"},
        ),
        (
            "Avisos amarelos estiveram em vigor no sábado.",
            "pt",
            "2025-02-04",
            {"no sábado": "2025-02-01"},
        ),
        # a plan told in the past: its day is the nearer one, the day it was moved to the
        # weekday nearest the planned day
        (
            "A votação estava prevista para sexta-feira, mas foi antecipada para quarta-feira.",
            "pt",
            "2025-02-08",
            {"para sexta-feira": "2025-02-07", "para quarta-feira": "2025-02-05"},
        ),
        (
            "Концертът беше насрочен за петък, но беше отложен за неделя.",
            "bg",
            "2025-02-05",
            {"за петък": "2025-02-07", "за неделя": "2025-02-09"},
        ),
        # the present of prever looks ahead; the participle after its object is an adjective
        (
            "O IPMA prevê céu encoberto e mar agitado no sábado.",
            "pt",
            "2025-02-05",
            {"no sábado": "2025-02-08"},
        ),
        # that month: the month of the date before it; a pure anaphor alone is no date, a
        # deictic one ("nesse mês" without a date before it in its sentence) this month
        (
            "O contrato foi assinado em fevereiro e nesse mês chegaram as máquinas.",
            "pt",
            "2025-10-06",
            {"em fevereiro": "2025-02", "nesse mês": "2025-02"},
        ),
        ("Nesse mês, as vendas caíram.", "pt", "2025-10-06", {"Nesse mês": "2025-10"}),
        ("W tym samym miesiącu odszedł z klubu.", "pl", "2025-10-06", {}),
        (
            "Ședința a avut loc pe 4 martie, iar a doua pe 19 ale aceleiași luni.",
            "ro",
            "2025-10-06",
            {"pe 4 martie": "2025-03-04", "pe 19 ale aceleiași luni": "2025-03-19"},
        ),
        # a countdown: the holiday is the date, the count of days before "until" none
        (
            "Mai sunt 40 de zile până la Crăciun.",
            "ro",
            "2025-11-15",
            {"până la Crăciun": "2025-12-25"},
        ),
        ("Faltam dez dias para o Natal.", "pt", "2025-12-15", {"para o Natal": "2025-12-25"}),
    ],
)
def test_warnings_moved_plans_anaphoric_months_and_countdowns(
    text: str, lang: str, ref: str, expected: dict[str, str]
) -> None:
    """Forms batches 46 and 47: warning nouns, plans told in the past and moved, the
    present of prever with an adjectival participle, "that month", countdowns."""
    import datetime as dt

    from timeline.extract import mentions_in

    found = {
        m.text: m.value.value
        for m in mentions_in(text, lang, dt.date.fromisoformat(ref))
        if m.value is not None
    }
    assert found == expected


@pytest.mark.parametrize(
    ("lang", "ref", "text", "expected"),
    [
        # a holiday opening its sentence with its preposition, then its subject: no name
        ("bg", "2025-01-10", "За Коледа АПИ ще почисти пътищата.", [("За Коледа", "2025-12-25")]),
        ("pl", "2025-01-10", "W Wigilię MPK puści nocne tramwaje.", [("W Wigilię", "2025-12-24")]),
        ("pt", "2025-01-10", "No Natal Évora acende as luzes.", [("No Natal", "2025-12-25")]),
        # a weekday word before a capitalised one is a town's name
        ("ro", "2025-01-10", "La Miercurea Ciuc, echipa a pierdut.", []),
        # a day of the month alone
        ("bg", "2025-03-10", "На 14-и НЕК изключи тока.", [("На 14-и", "2025-02-14")]),
        ("ro", "2025-03-10", "Pe 14, ANRE a scumpit gazul.", [("Pe 14", "2025-02-14")]),
        ("pl", "2025-03-10", "Pensje wypłacono czternastego.", [("czternastego", "2025-02-14")]),
        ("pl", "2025-03-10", "Czternastego Sejm przyjął ustawę.", [("Czternastego", "2025-02-14")]),
        ("pl", "2025-03-10", "Pierwszego kandydata wybrano szybko.", []),
        # a holiday after a place one goes to
        (
            "ro",
            "2025-01-10",
            "Microbuzele către Oltenia de Crăciun vor avea locuri noi.",
            [("de Crăciun", "2025-12-25")],
        ),
    ],
)
def test_held13_families(lang: str, ref: str, text: str, expected: list[tuple[str, str]]) -> None:
    import datetime as dt

    from timeline.extract import _mentions

    found = [(m.text, str(m.value)) for m in _mentions(text, lang, dt.date.fromisoformat(ref))]
    assert found == expected


def test_a_languages_cues_are_compiled_once() -> None:
    """`_cues` compiles hundreds of patterns: extraction asks for them at every article, so
    they must be built once per language (a lost `@cache` made extraction 30 times slower)."""
    from timeline import extract

    assert extract._cues("ro") is extract._cues("ro")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("bg", "14:30 ч. – Среща с кметовете на селата"),  # a clock time opening a line
        ("pl", "Chór obchodzi w maju swoje 60-lecie."),  # a date word glued to a number
        ("pt", "Os autocarros de fim de semana passam de hora a hora."),  # a weekend's kind
        ("ro", "Orele de weekend sunt plătite suplimentar."),
        ("pl", "Co tydzień gazeta streszcza wydarzenia z poprzedniego tygodnia."),  # each week's
        ("bg", "Анализаторите нарекоха деня „кървав вторник”."),  # a qualified day in a quote
        ("pt", "Hoje, a vila é uma das poucas da região com hospital."),  # nowadays
    ],
)
def test_no_date_in_kinds_of_time(lang: str, text: str) -> None:
    """Words of a date that name a kind of time, a time of day or nowadays (session 18,
    forms batches 610 to 629): the sentence holds no day, week or weekend of its own."""
    import datetime as dt

    from timeline.extract import mentions_in

    found = [m.text for m in mentions_in(text, lang, dt.date(2025, 9, 29))]
    assert not [t for t in found if t not in ("w maju",)], found


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        # a telegraphic headline's date takes its lede's tense
        (
            "Vameșii sigilează joi depozitul din Giurgiu. Anchetatorii au confiscat țigările.",
            "ro",
            "2025-03-17",
            "2025-03-13",
        ),
        ("Inspekcja w czwartek. Kontrolerzy sprawdzą magazyny.", "pl", "2025-03-14", "2025-03-20"),
        # a lede with a date of its own tells another event: the headline keeps its own tense
        (
            "Vameșii sigilează joi depozitul din Giurgiu. Ancheta a început pe 3 martie.",
            "ro",
            "2025-03-17",
            "2025-03-20",
        ),
        # a longer first sentence is the story's own opening
        (
            "Vameșii din Giurgiu sigilează joi depozitul de țigări al firmei de transport "
            "anchetate de procurori. Anchetatorii au confiscat țigările.",
            "ro",
            "2025-03-17",
            "2025-03-20",
        ),
    ],
)
def test_headline_told_by_its_lede(text: str, lang: str, ref: str, expected: str) -> None:
    import datetime as dt

    from timeline.extract import mentions_in

    found = list(mentions_in(text, lang, dt.date.fromisoformat(ref)))
    assert found[0].value is not None and found[0].value.value == expected
