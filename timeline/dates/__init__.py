"""Resolving one date expression in a language against a reference date.

Each language is its data, `lang/<code>/` (words, phrase shapes, a corpus of examples): a
language with no module of its own (Bulgarian) is built from it alone; one that still writes
rules by hand (`ro.py`, `pl.py`, `pt.py`, `en.py`) exposes `LANGUAGE`, a `core.Language`, its
rules before its shapes. The engine in `core.py` knows none of them. Adding a language is
adding its data.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
from functools import cache

from timeline import search_path

__path__[:0] = search_path(__name__)  # the compiled engine, while it is current

from timeline.dates.core import Context, Direction, Language, Match, Unresolvable, scan  # noqa: E402  (after the search path: the compiled core first)
from timeline.dates.core import resolve as _resolve  # noqa: E402
from timeline.model import EdtfDate  # noqa: E402

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
    name = f"timeline.dates.{code}"
    if importlib.util.find_spec(name) is None:
        from timeline.dates import shapes

        return shapes.data_language(code)
    module = importlib.import_module(name)
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


def context(
    ref: dt.date | None,
    prefer: Direction | None,
    *,
    tensed: bool = False,
    antecedent: dt.date | None = None,
    antecedent_near: bool = False,
) -> Context:
    """The context for a direction, None meaning "whichever is nearer"; `tensed`: the
    direction is a sentence's tense, not a bare phrase's default (`Context.tensed`);
    `antecedent`: the date mentioned before, what "that month" refers to."""
    return Context(
        ref,
        prefer or "past",
        nearest=prefer is None,
        tensed=tensed,
        antecedent=antecedent,
        antecedent_near=antecedent_near,
    )
