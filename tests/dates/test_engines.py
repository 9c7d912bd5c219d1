"""The engines know no language: no word of any article language in their code.

`core.py`, `shapes.py`, `extract.py` and `tense.py` read every word from
`timeline/dates/lang/<code>/` (tense.py through `tense.yaml`). This reads
each engine's string literals (docstrings excluded: their examples are documentation)
and fails on a letter outside ASCII or a word that any ro, bg, pl or pt data file holds.
English words stay allowed: they are the code's own identifiers ("day", "month"). No class
is exempt: `core.TenseWords` has no language word among its defaults.
"""

from __future__ import annotations

import ast
import re
import unicodedata
from pathlib import Path

import pytest

from tests.conftest import ROOT
from timeline.dates import SUPPORTED, core, data

ENGINES = (
    "timeline/dates/core.py",
    "timeline/dates/shapes.py",
    "timeline/extract.py",
    "timeline/tense.py",
)
EXEMPT_CLASSES: frozenset[str] = frozenset()
"""Classes whose literals are not read; none since the tense words moved to data."""
ENGLISH = frozenset({"to", "no", "do", "on", "in", "at", "of", "by", "as", "an", "or", "is", "it"})
"""English function words of the code's own messages that some article language spells alike
(pl "to", pt "no"): the code is written in English."""
CODE_NAMES = core.MEANINGS | {"day", "week", "month", "quarter", "year"}
"""The engine's own names (a meaning, a unit) that a language may also write: "weekend" is
a word of ro and pl, and the name of a meaning."""
_LETTER_CATEGORIES = frozenset({"Lu", "Ll", "Lt", "Lo"})
"""Letters of an alphabet; modifier letters (the apostrophe ʼ) are punctuation here."""
_ESCAPE = re.compile(r"\\[A-Za-z]")
_WORD = re.compile(r"[^\W\d_]{2,}")
_SLOT = re.compile(r"\{[a-z_]+\}")
_GROUP = re.compile(r"\(\?P(?:<\w+>|=\w+\))")
_IDENTIFIER = re.compile(r"[a-z]+(?:_[a-z]+)+")


def language_words() -> set[str]:
    """Every word of every article language's data files, lower case."""
    found: set[str] = set()

    def add(text: str) -> None:
        # a shape's {slot} and a group's name ("(?P<month_unit>)") are no words
        text = _SLOT.sub(" ", _ESCAPE.sub(" ", _GROUP.sub(" ", text)))
        found.update(w.lower() for w in _WORD.findall(text))

    def walk(value: object) -> None:
        """Words are the keys of a word table and the items of a list; a mapping's other
        values are meanings (a number, "day", "spring") or settings ("latin")."""
        if isinstance(value, list):
            for item in value:
                if isinstance(item, str):
                    add(item)
                else:
                    walk(item)
        elif isinstance(value, dict):
            for item in value.values():
                walk(item)

    for code in SUPPORTED:
        for path in sorted((data.LANG_DIR / code).glob("*.yaml")):
            for key, table in data.read_yaml(path).items():
                if key == "fragments":  # names of regex pieces: their text holds the words
                    for piece in table.values():
                        add(piece)
                    continue
                if isinstance(table, dict) and all(
                    isinstance(v, (int, str)) for v in table.values()
                ):
                    for word in table:
                        add(str(word))
                walk(table)
    return found


def literals(path: Path) -> list[tuple[int, str]]:
    """(line, text) of each string literal that is not a docstring."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name in EXEMPT_CLASSES:
            docstrings.update(id(n) for n in ast.walk(node) if isinstance(n, ast.Constant))
        body = getattr(node, "body", None)
        if isinstance(body, list):
            for stmt in body:
                if isinstance(stmt, ast.Expr) and isinstance(stmt.value, ast.Constant):
                    docstrings.add(id(stmt.value))
    return [
        (node.lineno, node.value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant)
        and isinstance(node.value, str)
        and id(node) not in docstrings
    ]


def test_the_language_data_is_not_empty() -> None:
    words = language_words()
    assert {"ianuarie", "styczeń", "janeiro", "януари", "față"} <= words
    assert {"orele", "часа", "pelas", "rankiem"} <= words  # a fragment's words
    assert not {"prep", "time"} & words  # a fragment's name is no word


@pytest.mark.parametrize("engine", ENGINES)
def test_an_engine_holds_no_word_of_any_language(engine: str) -> None:
    words = language_words()
    found = []
    for line, text in literals(ROOT / engine):
        if _IDENTIFIER.fullmatch(text) or text in CODE_NAMES:
            continue  # a name in the code ("units_ago", "week"), not text
        if any(unicodedata.category(ch) in _LETTER_CATEGORIES for ch in text if not ch.isascii()):
            found.append(f"{engine}:{line}: letters of an alphabet: {text!r}")
        hits = sorted(
            {w for w in _WORD.findall(_ESCAPE.sub(" ", text)) if w.lower() in words - ENGLISH}
        )
        if hits:
            found.append(f"{engine}:{line}: {', '.join(hits)} in {text!r}")
    assert found == []
