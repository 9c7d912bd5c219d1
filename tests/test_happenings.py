"""Happenings: fewer, better candidates, measured on 30 real articles written blind, and names
that meet across scripts."""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from tests.conftest import Invoke
from timeline import happenings
from timeline.build import Found, extract_seed
from timeline.model import day, month, year
from timeline.names import key, names, skeleton
from timeline.seeds import list_articles
from timeline.store import load_events

ARTICLES = Path(__file__).resolve().parent / "data" / "articles"


def test_thirty_articles_give_a_third_fewer_candidates_and_keep_every_date(
    cli: Invoke, tmp_path: Path, monkeypatch: object
) -> None:
    """Today's build (main before issue 12) proposed one candidate per resolved finding."""
    shutil.copytree(ARTICLES, tmp_path / "seeds")
    (tmp_path / "data").mkdir()
    store = tmp_path / "data" / "events.yaml"
    store.write_text("events:\n", encoding="utf-8")
    paths = list_articles(ARTICLES)
    assert len(paths) == 30
    before: set[tuple[str, str | None, str, str]] = set()
    for path in paths:
        _, found = extract_seed(path)
        before |= {(f.seed, f.expression, f.quote, f.value.store_value()) for f in found if f.value}
    baseline = len(before)
    result = cli("build", "--store", str(store), "--seeds", str(tmp_path / "seeds"))
    assert result.exit_code == 0, result.stderr
    events = load_events(store)
    after = [
        (s.seed, s.expression, s.quote, s.resolved.value)
        for e in events
        for s in e.sources
        if s.resolved
    ]
    assert len(after) == len(set(after)), "a mention in two candidates"
    assert set(after) == before, "every date today's candidates carry is carried"
    # 249 since bylines and wire datelines are no mentions (extract_eval/README.md); 244
    # since main's extraction of 5 Dec (shapes3 merge) finds five fewer, one more candidate;
    # 150 candidates since a weekday read forward on its own weekday is that day (issue 11):
    # "Joi, vântul va avea" in Thursday's 04_ro and "przesunięto na piątek" in Friday's 20_pl
    # now date the publication day and join its candidates
    # 149 since tense4 reads "să preia joi dimineață" (08_ro, a plan in "să") forward: that
    # Thursday is now the day after the article, as the article means, not the week before
    # 245 since session 5: "23 e 25 de janeiro" (27_pt, two adjournments) is two days, not
    # the span between them; 12_bg's "втората половина на октомври" is now that half-month and
    # 20_pl's "planowane było na wtorek" (a plan given up) is read ahead, as "for" a day is
    # 246 and 150 since session 6: 15_bg's "През май президентът ... предложи" is May ("май"
    # after a time preposition is the month, never "it seems")
    # 245 and 152 since: "noaptea de marți spre miercuri" (01_ro) and "нощта срещу неделя"
    # (12_bg) are each one night, the two days it spans (a mention fewer, and two intervals
    # that no longer join their days' candidates)
    # 248: bg "днешното заседание" (13_bg), "Днешното решение" (15_bg) and "днешният" (16_bg,
    # election day) are today's, the publication day's candidates
    # 247 and 151: 08_ro's stamp line "Economica.net - mie, 04 ian. 2017, 19:46" dates the
    # page, not a happening (an outlet with a dot in its name)
    # 245 and 152 since session 7: 19_pl's "Dziś w nocy i jutro rano" is the two days, and
    # 28_pt's "Na semana passada, na quinta-feira (22)" is the Thursday (a week and a day of
    # it side by side are the day)
    # 246: 05_ro's "în primele șapte luni ale anului" is the months January to July, and
    # 27_pt's "adiada para os dias 9, 23 e 25 de janeiro", told in a past clause, is January
    # 2023, the month before the article, no longer the next one
    # 245 and 153: 07_ro's "În fiecare an, pe 24 februarie, ambasada ... organizează un marș"
    # is a habit, no date (its candidate had joined the invasion's anniversary)
    # 245 and 152 since session 8: "Путин е в Китай от 31 август" (10_bg), "przebywa w
    # Chinach od niedzieli" (18_pl) and "Ulewy trwają od czwartku" (19_pl) are "since", the
    # days behind the article (a state before its date), no longer the ones ahead
    # 244 and 151 since session 12: 08_ro's "programul de guvernare 2017-2020" is the
    # programme's name (a span of years after a programme's noun, extract_eval/README.md), no
    # date; and in "le-a cerut ... să preia joi dimineață ministerele, urmând ca vineri să
    # aibă loc următoarea ședință" (a request told in the past) Friday is the day after that
    # Thursday, the Friday of the next government meeting, whose candidate it joins
    # 245 and 151 since session 15: 27_pt's "adiada para os dias 9, 23 e 25 de janeiro" holds
    # three days, the first no longer missed (it joins January's candidates)
    # 150 since session 20 (tense29r): 05_ro's "în ședința extraordinară a Guvernului de
    # vineri, au fost adoptate" is the Friday before the article ("extraordinară", the
    # meeting's adjective, is no present read forward), joining that day's candidates
    assert (baseline, len(events)) == (245, 150)
    assert len(events) / 30 <= (2 / 3) * baseline / 30
    again = cli("build", "--store", str(store), "--seeds", str(tmp_path / "seeds"))
    assert "0 new candidates, 245 already cited" in again.stdout
    for event in events:  # each candidate's date is what its undisputed sources allow
        for s in event.sources:
            assert s.resolved is not None
            assert s.dispute or s.resolved.contains(event.date), (event.id, s.expression)


def found(text: str, expression: str, value: object, seed: str = "x.txt") -> Found:
    start = text.index(expression)
    sentence_start = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    quote = text[sentence_start : end if end >= 0 else len(text)]
    return Found(seed, "pt", expression, value, quote, start, start + len(expression))  # type: ignore[arg-type]


def test_a_date_line_and_a_quoted_today_are_marked_and_grouped() -> None:
    published = dt.date(2025, 7, 16)
    body = (
        "Lisboa, 16 de julho de 2025, 10:45\n"
        "O governo aprovou o orçamento na segunda-feira, disse o ministro.\n"
        "“Hoje é um dia histórico”, afirmou. “Hoje vencemos.”\n"
        "Atualizado 16 de julho de 2025 às 12:30\n"
    )
    paragraphs = happenings.Paragraphs(body)
    mentions = [
        found(body, "16 de julho de 2025, 10:45", day(published)),
        found(body, "segunda-feira", day(dt.date(2025, 7, 14))),
        found(body, "Hoje é", day(published)),
        found(body, "Hoje vencemos", day(published)),
        found(body, "16 de julho de 2025 às", day(published)),
    ]
    groups = happenings.group(mentions, paragraphs, published)
    kinds = sorted((g.kind or "-", len(g.found)) for g in groups)
    assert kinds == [("-", 1), ("dateline", 2), ("quoted", 2)]


def test_date_lines_with_a_clock_time_in_other_words() -> None:
    published = dt.date(2025, 3, 12)
    lines = [
        ("Publicat: 12 martie 2025, 18:40 | Actualizat 19:05", "12 martie 2025, 18:40"),
        ("Opublikowano 12 marca 2025 o 10:15, aktualizacja o 11:30", "12 marca 2025 o 10:15"),
        ("Обновена на 12 март 2025 в 09:05 часа от редакцията", "12 март 2025 в 09:05"),
    ]
    for line, expression in lines:
        mention = found(line, expression, day(published))
        assert happenings.kind_of(mention, happenings.Paragraphs(line), published) == "dateline"
    told = "O ministro chegou a Kiev em 12 de março de 2025 às 10h15 para assinar o acordo de paz."
    mention = found(told, "em 12 de março de 2025 às 10h15", day(published))
    assert happenings.kind_of(mention, happenings.Paragraphs(told), published) is None


def test_quotes_of_every_language() -> None:
    assert happenings.inside_quotes("Putin a spus: „azi semnăm", 24)
    assert happenings.inside_quotes("Путин каза: „Днес подписваме“ и", 15)
    assert not happenings.inside_quotes("Путин каза: „Днес подписваме“ и днес", 33)
    assert happenings.inside_quotes('Kim disse: "hoje', 15)
    assert not happenings.inside_quotes("«Hoje não», disse hoje", 18)


@given(
    st.lists(
        st.tuples(st.integers(0, 5), st.integers(1, 28), st.sampled_from(["d", "m", "y"])),
        min_size=1,
        max_size=12,
    )
)
def test_every_mention_is_in_exactly_one_happening(spec: list[tuple[int, int, str]]) -> None:
    lines = [f"Linha {i} do artigo com palavras suficientes aqui." for i in range(6)]
    body = "\n".join(lines)
    starts = [0]
    for line in lines[:-1]:
        starts.append(starts[-1] + len(line) + 1)
    mentions = []
    for n, (line, d, kind) in enumerate(spec):
        value = {"d": day(dt.date(2024, 6, d)), "m": month(2024, 6), "y": year(2024)}[kind]
        at = starts[line] + (n % 5)
        mentions.append(Found("x.txt", "pt", "palavras", value, lines[line], at, at + 1))
    groups = happenings.group(mentions, happenings.Paragraphs(body), dt.date(2025, 1, 1))
    held = [(f.start, f.end) for g in groups for f in g.found]
    assert sorted(held) == sorted({(m.start, m.end) for m in mentions})
    for g in groups:
        for f in g.found:
            assert f.value is not None
            assert f.value.contains(g.value) or happenings.dispute_of(f, g)


def test_names_meet_across_scripts_spellings_and_declensions() -> None:
    same = [
        ("Путин", "Putin", "Putina", "Putinem", "Putinul"),
        ("Пхенян", "Phenian", "Phenianul"),
        ("Pjongjang", "Pyongyang", "Pjongjangu"),
        ("Лавров", "Lavrov", "Ławrow", "Ławrowa"),
        ("Белоусов", "Belousov", "Biełousow"),
        ("Песков", "Peskov", "Pieskow"),
        ("Корея", "Coreea", "Korea", "Korei", "Coréia"),
        ("Украйна", "Ucraina", "Ukraina", "Ucrânia", "Ukrainy"),
    ]
    for group in same:
        assert len({key(w) for w in group}) == 1, group
    assert names("Ким Чен Ун") & names("Kim Jong-un") & names("Kim Dzong Una") == {"kim", "~km"}
    assert key("Phenian") != key("Pyongyang")  # the phonetic key keeps vowels...
    assert key("Rusia") != key("Rosji")
    same_bones = [  # ...the skeleton (consonants, `names.skeleton`) joins them
        ("Пхенян", "Phenian", "Phenianul", "Pyongyang", "Pjongjang", "Pjongjangu"),
        ("Rusia", "Rusiei", "Rosja", "Rosji", "Русия", "Rússia"),
        ("Kijów", "Kijowem", "Kyiv", "Kiev", "Kievul", "Киев"),
    ]
    for group in same_bones:
        assert len({skeleton(w) for w in group}) == 1, group
        assert len(set.intersection(*(set(names(w)) for w in group))) == 1, group
