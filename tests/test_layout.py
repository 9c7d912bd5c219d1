"""The plain layout of paragraphs (`timeline.layout`) is rich's own, to the character.

`show` and `check` write text for a file or a pipe without importing rich; what
they write must be what rich would have printed (the golden files were made by
rich). Hypothesis draws paragraphs of the shapes the commands print (a heading, a
title beside a date, an indented quote, a message beside its position and level)
with words of every length, runs of spaces, and widths from 12 up.
"""

from __future__ import annotations

import sys

from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from timeline import layout, render
from timeline.layout import Cell, Para


def rich_plain(paras: list[Para], width: int) -> str:
    return render.plain(render.rich_paragraphs(paras), width=width)


def test_every_narrow_character_is_one_cell_for_rich() -> None:
    narrow = [chr(c) for c in range(sys.maxunicode + 1) if layout.NARROW.fullmatch(chr(c))]
    assert len(narrow) > 1500
    assert [ch for ch in narrow if cell_len(ch) != 1] == []


LETTERS = "abcdefghijklmnopqrstuvwxyzșțąłźжщъ“”…·→—-,.'\"0123456789"
word = st.one_of(
    st.text(alphabet=LETTERS, min_size=1, max_size=12),
    st.text(alphabet=LETTERS, min_size=20, max_size=240),
)
space = st.sampled_from([" ", " ", " ", "  ", "   ", "\xa0"])


def _line(lead: str, words: list[str], gaps: list[str], tail: str) -> str:
    return lead + "".join(w + g for w, g in zip(words, gaps[: len(words)], strict=True)) + tail


line = st.builds(
    _line,
    st.sampled_from(["", "", " ", "   "]),
    st.lists(word, max_size=14),
    st.lists(space, min_size=14, max_size=14),
    st.sampled_from(["", "", " ", "    "]),
)
styles = st.sampled_from(["", "bold", "dim", "italic", "green"])
spans = st.lists(st.tuples(st.one_of(line, st.just("\n")), styles), max_size=4).map(tuple)
cell = st.builds(
    lambda text, extra, style: Cell(text, style, len(text) + extra),
    st.text(alphabet=LETTERS + " ", max_size=14),
    st.integers(0, 3),
    styles,
)
para = st.builds(
    Para,
    text=line,
    style=styles,
    spans=spans,
    indent=st.sampled_from([0, 2, 4, 6]),
    cells=st.lists(cell, max_size=2).map(tuple),
    overflow=st.sampled_from(["fold", "ellipsis"]),
)


@settings(max_examples=400, deadline=None)
@given(st.lists(para, max_size=4), st.integers(12, 140))
def test_plain_layout_is_richs(paras: list[Para], width: int) -> None:
    plain = layout.plain(paras, width)
    if plain is not None:
        assert plain == rich_plain(paras, width)


@settings(max_examples=100, deadline=None)
@given(st.lists(para, min_size=1, max_size=3), st.integers(40, 140))
def test_narrow_paragraphs_are_laid_out_without_rich(paras: list[Para], width: int) -> None:
    """The fast layout is taken (not only allowed) whenever the text and room allow it."""
    room = min(w for w in (width - p.indent - sum(c.width + 2 for c in p.cells) for p in paras))
    assert (layout.plain(paras, width) is not None) == (room >= 2)


def test_wide_characters_are_left_to_rich() -> None:
    for text in ("東京で会談", "e\u0301", "🙂 ok"):
        assert layout.plain([Para(text)], 80) is None


def test_a_long_word_in_a_title_column_ends_in_an_ellipsis() -> None:
    para = Para("a" * 31 + " b", cells=(Cell("Jun 2024", "", 8),), overflow="ellipsis")
    assert layout.plain([para], 40) == "Jun 2024  " + "a" * 29 + "…\n          b\n"
    assert layout.plain([para], 40) == rich_plain([para], 40)
