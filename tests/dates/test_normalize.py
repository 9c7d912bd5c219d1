"""Normalisation keeps one character for one, so mention offsets point into the original."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from timeline.dates import core

news_text = st.text(
    alphabet=st.sampled_from(list("aAăĂșȘțȚîÎâÂłŁśŚęĘçÇãÃéÉ żŻЖжИи-–—‘’ʼ\u00a0\u2009\t\n\rİ1º"))
    | st.characters(),
    max_size=80,
)


@given(news_text)
def test_default_normalize_is_the_character_table(text: str) -> None:
    normal = core.default_normalize(text)
    assert normal == text.translate(core._NORMAL)
    assert len(normal) == len(text)


@given(news_text)
def test_fold_accents_is_the_character_table(text: str) -> None:
    folded = core.fold_accents(text)
    assert folded == text.translate(core._FOLDED)
    assert len(folded) == len(text)


def test_examples() -> None:
    assert core.default_normalize("Em Junho – 1º\u00a0Dia") == "em junho - 1º dia"
    assert core.fold_accents("março, sâmbătă, środę, 1º") == "marco, sambata, srode, 1o"
