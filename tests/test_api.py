"""The library: `timeline.resolve` and `timeline.extract`, as the README shows them."""

from __future__ import annotations

import datetime as dt
import doctest
import re
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import timeline
from tests.conftest import ROOT

README = (ROOT / "README.md").read_text(encoding="utf-8")


def test_the_readme_examples_run_as_shown() -> None:
    blocks = re.findall(r"```pycon\n(.*?)```", README, re.DOTALL)
    assert blocks, "README has no pycon example"
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for i, block in enumerate(blocks):
        test = parser.get_doctest(block, {}, f"README.md pycon block {i}", "README.md", 0)
        assert test.examples
        runner.run(test)
    assert runner.failures == 0
    assert runner.tries >= 8


def test_the_issue_s_example() -> None:
    value = timeline.resolve("em junho do ano passado", "pt", dt.date(2025, 7, 13))
    assert value is not None
    assert (value.value, value.precision) == ("2024-06", "month")
    assert (value.start, value.end) == (dt.date(2024, 6, 1), dt.date(2024, 6, 30))


@pytest.mark.parametrize(
    ("text", "lang", "ref", "expected"),
    [
        ("w ubiegłym miesiącu", "pl", dt.date(2025, 3, 14), "2025-02"),
        ("luna trecută", "ro", dt.date(2025, 1, 20), "2024-12"),
        ("миналата година", "bg", dt.date(2025, 5, 1), "2024"),
        ("em março", "pt", dt.date(2025, 7, 13), "2025-03"),
        ("ontem", "pt", dt.date(2024, 3, 1), "2024-02-29"),
        ("last year", "en", dt.date(2025, 7, 13), "2024"),
        ("Warszawa", "pl", dt.date(2025, 7, 13), None),
    ],
)
def test_resolve_in_every_language(
    text: str, lang: str, ref: dt.date, expected: str | None
) -> None:
    value = timeline.resolve(text, lang, ref)
    assert (value.value if value else None) == expected


def test_a_datetime_reference_counts_as_its_day() -> None:
    when = dt.datetime(2025, 7, 13, 23, 59)
    assert timeline.resolve("no sábado", "pt", when) == timeline.resolve(
        "no sábado", "pt", when.date()
    )


def test_bad_arguments_are_errors_that_say_what_to_do() -> None:
    with pytest.raises(ValueError, match="unknown language 'de': choose one of ro, bg, pl, pt"):
        timeline.resolve("gestern", "de", dt.date(2025, 1, 1))
    with pytest.raises(ValueError, match="prefer must be 'past' or 'future'"):
        timeline.resolve("no sábado", "pt", dt.date(2025, 1, 1), prefer="soon")  # type: ignore[arg-type]
    with pytest.raises(TypeError, match=r"ref must be a datetime\.date, not str"):
        timeline.resolve("no sábado", "pt", "2025-01-01")  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="unknown language 'en'"):
        timeline.extract("last year", "en", dt.date(2025, 1, 1))


def test_extract_reads_each_clause_s_tense() -> None:
    text = (
        "Na terça-feira, o ministro disse que visitou Pequim na segunda-feira "
        "e que vai a Moscou na sexta-feira."
    )
    found = timeline.extract(text, "pt", dt.date(2025, 7, 16))
    assert [(m.text, m.value.value if m.value else None) for m in found] == [
        ("Na terça-feira", "2025-07-15"),
        ("na segunda-feira", "2025-07-14"),
        ("na sexta-feira", "2025-07-18"),
    ]
    for m in found:
        assert text[m.start : m.end] == m.text
        assert m.sentence == text


def test_extract_detects_the_language() -> None:
    text = "Miniștrii s-au întâlnit joi la București, iar summitul va avea loc în octombrie."
    found = timeline.extract(text, ref=dt.date(2025, 9, 3))
    assert [(m.lang, m.text) for m in found] == [("ro", "joi"), ("ro", "în octombrie")]


PHRASES = [
    ("pt", "em junho do ano passado", "2024-06"),
    ("ro", "anul trecut", "2024"),
    ("pl", "w zeszłym roku", "2024"),
    ("bg", "миналата година", "2024"),
]


@settings(max_examples=60, deadline=None)
@given(
    st.sampled_from(PHRASES),
    st.text(alphabet="abcdefghij ", min_size=0, max_size=30),
)
def test_extract_s_offsets_point_at_the_words(phrase: tuple[str, str, str], filler: str) -> None:
    """Any text before it (in a paragraph of its own, so it cannot join the words)."""
    lang, words, value = phrase
    text = f"Xyz {filler.strip()}.\n\n{words}."
    found = timeline.extract(text, lang, dt.date(2025, 7, 13))
    assert [(text[m.start : m.end], m.value.value if m.value else None) for m in found] == [
        (words, value)
    ]


def test_the_module_behind_extract_stays_reachable() -> None:
    from timeline import extract as module_or_call

    assert callable(module_or_call)
    assert module_or_call.detect_language("Kim e Lavrov se conheceram no sábado.") == "pt"
    import timeline.extract

    assert timeline.extract("no sábado", "pt", dt.date(2025, 7, 13))[0].text == "no sábado"
    assert timeline.Mention.__name__ == "Mention" and timeline.EdtfDate.__name__ == "EdtfDate"


def test_importing_timeline_imports_no_resolver() -> None:
    probe = (
        "import sys, timeline\n"
        "print(sorted(m for m in sys.modules if m.startswith(('timeline.', 'dateparser'))))\n"
        "import datetime as dt\n"
        "timeline.resolve('em junho', 'pt', dt.date(2025, 7, 13))\n"
        "print('dateparser' in sys.modules, 'timeline.dates' in sys.modules)\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe],
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.splitlines() in (
        ["[]", "False True"],
        ["['timeline._version']", "False True"],
    )
