"""The direction of underspecified dates comes from the tense of the mention's clause."""

from __future__ import annotations

import pytest

from timeline.tense import clause, direction


@pytest.mark.parametrize(
    ("sentence", "lang", "word", "expected"),
    [
        ("Putin powitał w środę Kima.", "pl", "w środę", "past"),
        ("Kim odwiedzi w piątek fabrykę.", "pl", "w piątek", "future"),
        ("Kim będzie kontynuował podróż – powiedział w środę Putin.", "pl", "w środę", "past"),
        ("Lavrov vai visitar Pyongyang no sábado.", "pt", "no sábado", "future"),
        ("Kim e Lavrov se conheceram no sábado.", "pt", "no sábado", "past"),
        ("Putin va vizita Beijingul joi.", "ro", "joi", "future"),
        ("Putin a vizitat Beijingul duminică.", "ro", "duminică", "past"),
        ("Путин ще посети Пхенян в сряда.", "bg", "в сряда", "future"),
        ("Путин посети Пхенян в сряда.", "bg", "в сряда", "past"),
        ("Kim will visit Moscow on Friday.", "en", "on Friday", "future"),
    ],
)
def test_direction_of_the_clause(sentence: str, lang: str, word: str, expected: str) -> None:
    assert direction(sentence, lang, sentence.index(word)) == expected


def test_whole_sentence_without_a_position() -> None:
    assert direction("Kim będzie w Moskwie, w środę.", "pl") == "future"
    assert direction("Kim był w Moskwie.", "pl") == "past"
    assert direction("anything", "xx") == "past"


def test_clause_bounds() -> None:
    sentence = "Ele disse, no sábado, que vai voltar"
    assert clause(sentence, sentence.index("no sábado")) == " no sábado"
    assert clause(sentence, 0) == "Ele disse"
