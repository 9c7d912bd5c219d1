"""Which way a sentence looks: past or future, from its verbs, per language.

Underspecified dates ("w środę", "no sábado") take the direction of their
sentence's tense: "powitał w środę" is the Wednesday on or before the reference,
"odwiedzi w piątek" the Friday on or after it. The markers are deliberately few
and specific; with none found, news prose is read as past.
"""

from __future__ import annotations

import re

from timeline.dates.core import Direction

# Future markers: auxiliaries and future forms that news prose uses.
_FUTURE: dict[str, re.Pattern[str]] = {
    "pl": re.compile(
        r"(?<!\w)(będzie|będą|będziemy|będę|odwiedzi|przybędzie|spotka|podpisze|pojedzie|"
        r"przyjedzie|zostanie|zostaną|planuje|zamierza)(?!\w)",
        re.IGNORECASE,
    ),
    "pt": re.compile(
        r"(?<!\w)(vai|vão|irá|irão|deverá|deverão|visitará|visitarão|será|serão|"
        r"pretende|planeja|planeia)(?!\w)",
        re.IGNORECASE,
    ),
    "ro": re.compile(
        r"(?<!\w)(va|vor|vom|voi|vei|urmează să|o să)(?!\w)",
        re.IGNORECASE,
    ),
    "bg": re.compile(r"(?<!\w)(ще|предстои)(?!\w)", re.IGNORECASE),
    "en": re.compile(r"(?<!\w)(will|shall|is to|are to|plans to|is going to)(?!\w)", re.IGNORECASE),
}


_CLAUSE_BREAK = re.compile(r"[,;:()\"“”„«»]|\s[–—-]\s")


def direction(sentence: str, lang: str, at: int | None = None) -> Direction:
    """ "future" when the clause around position `at` (else the whole sentence) speaks of
    what is to come, else "past".

    The clause matters: in "Kim będzie kontynuował podróż ... – powiedział w środę Putin"
    the Wednesday belongs to "powiedział", not to "będzie".
    """
    pattern = _FUTURE.get(lang)
    if pattern is None:
        return "past"
    text = sentence if at is None else clause(sentence, at)
    return "future" if pattern.search(text) else "past"


def clause(sentence: str, at: int) -> str:
    """The stretch of the sentence around a position, between commas, dashes and quotes."""
    start, end = 0, len(sentence)
    for m in _CLAUSE_BREAK.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() > at:
            end = m.start()
            break
    return sentence[start:end]
