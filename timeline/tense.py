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


def direction(sentence: str, lang: str) -> Direction:
    """ "future" when the sentence speaks of what is to come, else "past"."""
    pattern = _FUTURE.get(lang)
    if pattern is not None and pattern.search(sentence):
        return "future"
    return "past"
