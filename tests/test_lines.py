"""A mention never runs from one line into the next (issue 11: a Bulgarian time at the end
of one line and a date opening the next were read as one mention, "в 08:30\\n12.03").

A saved article's line ends a headline, a byline, a timestamp or a paragraph: the seeds and
the thirty test articles hold no hard-wrapped sentence, and `extract.sentences` ends a
sentence at every line break. So no mention's text holds a line break. The texts here are
made of each language's own date words (`lang/<code>/words.yaml`), numbers that write
days, years and times, and the spaces and line breaks between them.
"""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline.dates import ALL, data
from timeline.extract import mentions_in

REF = dt.date(2025, 3, 12)
NUMBERS = ("5", "12", "1-", "31.", "2024", "2025 г.", "12.03", "12.03.2025", "3/9", "08:30", "18h")
GAPS = (" ", " ", "\n", "\n\n", ", ", " – ", ".\n", "\r\n")


def _tokens(lang: str) -> list[str]:
    words = data.words(lang)
    found = [
        *words.months,
        *words.weekdays,
        *words.month_abbreviations,
        *words.relative_days,
        *words.offsets,
        *words.units,
        *NUMBERS,
    ]
    return sorted(found)


def _texts(lang: str) -> st.SearchStrategy[str]:
    pieces = st.lists(
        st.tuples(st.sampled_from(_tokens(lang)), st.sampled_from(GAPS)), min_size=2, max_size=14
    )
    return pieces.map(lambda parts: "".join(token + gap for token, gap in parts))


@pytest.mark.parametrize("lang", ALL)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_no_mention_runs_past_a_line_break(lang: str, data: st.DataObject) -> None:
    text = data.draw(_texts(lang))
    for mention in mentions_in(text, lang, REF):
        assert "\n" not in mention.text, (mention.text, text)
        assert "\n\n" not in mention.text
        assert text[mention.start : mention.end] == mention.text


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "bg",
            "Изслушването на министъра в комисията е днес в 09:15\n14 април ще бъде денят на вота.",
            ["днес в 09:15", "14 април"],
        ),
        ("bg", "Обновена днес в 09:15\n14 април ще бъде денят на вота.", ["14 април"]),
        (
            "pl",
            "Obrady komisji sejmowej do spraw energii zaczną się jutro o 10:15\n"
            "2024 rok był rekordowy.",
            ["jutro o 10:15", "2024 rok"],
        ),
        (
            "ro",
            "Conferința miniștrilor de externe din regiune începe mâine la ora 11:00\n"
            "14 aprilie este ziua votului.",
            ["mâine la ora 11:00", "14 aprilie"],
        ),
        (
            "pt",
            "A sessão solene da assembleia municipal abre amanhã às 10h\n"
            "Em 2026 será votada a reforma.",
            ["amanhã às 10h", "Em 2026"],
        ),
    ],
)
def test_a_time_ending_a_line_does_not_take_the_next_line(
    lang: str, text: str, expected: list[str]
) -> None:
    """Each line's date on its own; a short stamp line ("Обновена днес в 09:15") is a
    byline and no mention, and the date opening the next line still is one."""
    assert [m.text for m in mentions_in(text, lang, REF)] == expected
