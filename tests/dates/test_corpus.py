"""One test for every language's corpus: `timeline/dates/lang/<code>/corpus.yaml`.

Each corpus is a list of expressions with the value and precision they must resolve to
(Duckling keeps its corpora the same way), and a negative corpus of expressions that are
no date. The same code reads them all, and a toy language built from data alone
(`tests/dates/toy/`: words, phrase shapes, corpus; no Python) must pass it too.

A row's `prefer` is the direction a bare phrase is read in (`timeline parse --prefer`); its
`tense` instead is a sentence's tense, as `extract` reads it (`core.Context.tensed`: read
forward, a weekday on the reference's own weekday is that day, shared/docs/dates.md rule
2). `sentences` are running text: the mention named in each must be found by `extract`
with the value and precision given.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from timeline import dates
from timeline.dates import core, data, shapes
from timeline.dates.core import Language
from timeline.extract import mentions_in

TOY = Path(__file__).resolve().parent / "toy"


@dataclass(frozen=True)
class Case:
    lang: str
    text: str
    ref: dt.date
    prefer: core.Direction
    value: str | None
    precision: str | None
    tensed: bool = False

    def __str__(self) -> str:
        return f"{self.lang}:{self.text}@{self.ref}:{self.prefer}{':tense' if self.tensed else ''}"


@cache
def toy() -> Language:
    return shapes.language_from(TOY)


def language(code: str) -> Language:
    return toy() if code == "tq" else dates.language(code)


def corpus_path(code: str) -> Path:
    return TOY / "corpus.yaml" if code == "tq" else data.LANG_DIR / code / "corpus.yaml"


def cases(code: str) -> list[Case]:
    raw: dict[str, Any] = data.read_yaml(corpus_path(code))
    out = []
    for key in ("examples", "negatives"):
        for row in raw.get(key) or ():
            out.append(
                Case(
                    code,
                    str(row["text"]),
                    row.get("ref", raw["ref"]),
                    row.get("tense", row.get("prefer", "past")),
                    row.get("value"),
                    row.get("precision"),
                    "tense" in row,
                )
            )
    return out


CODES = (*dates.ALL, "tq")
CASES = [case for code in CODES for case in cases(code)]


@pytest.mark.parametrize("case", CASES, ids=str)
def test_resolves_as_the_corpus_says(case: Case) -> None:
    ctx = dates.context(case.ref, case.prefer, tensed=case.tensed)
    got = core.resolve(language(case.lang), case.text, ctx)
    assert (got.value if got else None, got.precision if got else None) == (
        case.value,
        case.precision,
    )


@pytest.mark.parametrize("code", CODES)
def test_every_language_has_a_corpus_and_a_negative_corpus(code: str) -> None:
    found = cases(code)
    assert sum(c.value is not None for c in found) >= 25
    assert sum(c.value is None for c in found) >= 3
    assert len({(c.text, c.ref, c.prefer, c.tensed) for c in found}) == len(found), "a row twice"


@dataclass(frozen=True)
class Sentence:
    lang: str
    text: str
    ref: dt.date
    mention: str
    value: str | None
    precision: str | None

    def __str__(self) -> str:
        return f"{self.lang}:{self.mention}@{self.ref}:{self.text[:40]}"


def sentences(code: str) -> list[Sentence]:
    raw: dict[str, Any] = data.read_yaml(corpus_path(code))
    return [
        Sentence(
            code,
            str(row["text"]),
            row.get("ref", raw["ref"]),
            str(row["mention"]),
            row.get("value"),
            row.get("precision"),
        )
        for row in raw.get("sentences") or ()
    ]


SENTENCES = [case for code in dates.SUPPORTED for case in sentences(code)]


@pytest.mark.parametrize("case", SENTENCES, ids=str)
def test_finds_in_running_text_as_the_corpus_says(case: Sentence) -> None:
    """The mention is found where the row says and dated in its clause's tense."""
    found = [m for m in mentions_in(case.text, case.lang, case.ref) if m.text == case.mention]
    assert len(found) == 1, [m.text for m in mentions_in(case.text, case.lang, case.ref)]
    got = found[0].value
    assert (got.value if got else None, got.precision if got else None) == (
        case.value,
        case.precision,
    )


@pytest.mark.parametrize("code", dates.SUPPORTED)
def test_every_article_language_has_sentences_with_a_tense(code: str) -> None:
    """Running text, where the tense a mention is read in comes from its clause."""
    assert len(sentences(code)) >= 5
    assert sum(c.tensed for c in cases(code)) >= 3


def test_the_toy_language_is_data_alone() -> None:
    language = toy()
    assert (language.code, language.name) == ("tq", "Toy")
    assert sorted({r.name for r in language.rules}) == sorted(
        data.load_words(TOY / "words.yaml").shapes
    )
    assert not list(TOY.glob("*.py"))


def test_the_toy_language_finds_its_dates_in_running_text() -> None:
    text = (
        "Hieru la ministro diris ke je sabzo kaj dimzo, antau tri tagoj, ni vidis"
        " gis morgu vespere."
    )
    found = [text[m.start : m.end] for m in core.scan(toy(), text)]
    assert found == ["Hieru", "je sabzo kaj dimzo", "antau tri tagoj", "gis morgu vespere"]


def test_a_duration_word_beside_units_ago_makes_it_no_date() -> None:
    """Before it (the meaning's rule, written once) and after it (the toy's shape)."""
    text = "Li estas antau du jaroj en la urbo; antau du jaroj ke dauras la strikon."
    found = [m.resolve(dates.context(dt.date(2025, 9, 3), "past")) for m in core.scan(toy(), text)]
    assert found == [None]


def test_a_shape_with_a_slot_the_language_has_no_words_for_is_refused(tmp_path: Path) -> None:
    words = (TOY / "words.yaml").read_text(encoding="utf-8").replace("and_words: [kaj]\n", "")
    (tmp_path / "words.yaml").write_text(words, encoding="utf-8")
    with pytest.raises(data.LanguageDataError, match="no weekday_pair words"):
        shapes.language_from(tmp_path)


def test_the_toy_language_reads_running_text_by_its_data() -> None:
    """In running text the toy's data decides what is no date: a word that makes a weekday
    a habit ("ciu venzo": every Friday), a holiday named with no cue and no year (a name),
    one that is also a common word ("pasko") without its cue, even with a year."""
    text = "ciu venzo kaj je venzo; kristnasko estas bela; kristnasko 2024; pasko 2024; je pasko"
    ctx = dates.context(dt.date(2025, 9, 3), "past")
    found = [(m.match.group(), m.resolve(ctx)) for m in core.scan(toy(), text)]
    assert [(words, value.value if value else None) for words, value in found] == [
        ("venzo", None),
        ("je venzo", "2025-08-29"),
        ("kristnasko", None),
        ("kristnasko 2024", "2024-12-25"),
        ("pasko 2024", None),
        ("je pasko", "2025-04-20"),
    ]
