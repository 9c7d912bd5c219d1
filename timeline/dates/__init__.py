"""Resolving one date expression in a language against a reference date.

Each language lives in its own module (`ro.py`, `bg.py`, `pl.py`, `pt.py`, `en.py`)
exposing `LANGUAGE`, a `core.Language`; the engine in `core.py` knows none of them.
Adding a language is adding its module and its table of examples in `tests/`.
"""

from __future__ import annotations

import datetime as dt
import importlib
from functools import cache

from timeline.dates.core import Context, Direction, Language, Match, Unresolvable, scan
from timeline.dates.core import resolve as _resolve
from timeline.model import EdtfDate

SUPPORTED: tuple[str, ...] = ("ro", "bg", "pl", "pt")
"""Languages of articles. English is understood too, for `show --since "last year"`."""
ALL: tuple[str, ...] = (*SUPPORTED, "en")

__all__ = [
    "ALL",
    "SUPPORTED",
    "Context",
    "Direction",
    "Language",
    "Match",
    "UnknownLanguage",
    "Unresolvable",
    "context",
    "language",
    "resolve",
    "scan",
]


class UnknownLanguage(ValueError):
    """A language code this tool has no rules for."""

    def __init__(self, code: str) -> None:
        super().__init__(f"unknown language {code!r}: choose one of {', '.join(SUPPORTED)}")
        self.code = code


@cache
def language(code: str) -> Language:
    """The rules of one language, imported on first use."""
    if code not in ALL:
        raise UnknownLanguage(code)
    module = importlib.import_module(f"timeline.dates.{code}")
    lang: Language = module.LANGUAGE
    return lang


def resolve(
    expression: str, lang: str, ref: dt.date | None, prefer: Direction | None = "past"
) -> EdtfDate | None:
    """The date an expression means, at its precision, or None when it holds no date.

    `prefer` None: no tense to go on, the reading nearer `ref` is taken. Raises
    `Unresolvable` when the expression is relative and `ref` is None.
    """
    return _resolve(language(lang), expression, context(ref, prefer))


def context(ref: dt.date | None, prefer: Direction | None) -> Context:
    """The context for a direction, None meaning "whichever is nearer"."""
    return Context(ref, prefer or "past", nearest=prefer is None)
