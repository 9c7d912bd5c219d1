"""Which way a sentence looks: past or future, from its verbs, per language.

Underspecified dates ("w środę", "no sábado") take the direction of their
sentence's tense: "powitał w środę" is the Wednesday on or before the reference,
"odwiedzi w piątek" the Friday on or after it. The markers are deliberately few
and specific; with none found, news prose is read as past.

Wire copy packs two tenses into one sentence ("X said on Tuesday that Y will
...", "the meeting, scheduled for 18 March, ..."), so the tense is read from
the mention's own clause: commas, dashes, quotes and the words that open a
reported or relative clause ("că", "że", "que", "че") bound it. A clause that is
nothing but the mention ("Începând de la 1 iulie, TVA va crește", "No Natal, as
lojas vão abrir") is a fronted adverbial: it takes the tense of the clause it
belongs to, up to the nearest strong bound (not a comma).
"""

from __future__ import annotations

import re

from timeline.dates.core import Direction

# Future markers: auxiliaries, future forms and "scheduled for" that news prose uses.
_FUTURE: dict[str, re.Pattern[str]] = {
    "pl": re.compile(
        r"(?<!\w)(będzie|będą|będziemy|będę|odwiedzi|odwiedzą|przybędzie|spotka|spotkają|"
        r"podpisze|podpiszą|pojedzie|pojadą|przyjedzie|przyjadą|przyleci|przylecą|poleci|"
        r"polecą|zostanie|zostaną|planuje|planują|zamierza|zamierzają|odbędzie|odbędą|"
        r"wejdzie|wejdą|wzrośnie|wzrosną|spadnie|spadną|rozpocznie|rozpoczną|zakończy|"
        r"zakończą|potrwa|potrwają|ogłosi|ogłoszą|przedstawi|przedstawią|zbierze|zbiorą|"
        r"wybierze|wybiorą|zagłosuje|zagłosują|ruszy|ruszą|nastąpi|nastąpią|otworzy|"
        r"otworzą|ma\s+się\s+odbyć|mają\s+się\s+odbyć|ma\s+zostać|mają\s+zostać|"
        r"zaplanowan\w*|zaplanowano|przewidzian\w*\s+na)(?!\w)",
        re.IGNORECASE,
    ),
    "pt": re.compile(
        r"(?<!\w)(vai|vão|irá|irão|deverá|deverão|visitará|visitarão|será|serão|"
        r"pretende|pretendem|planeja|planeia|deve|devem|"
        r"(?!verão|pará)\w+[aei](?:rá|rão)|"
        r"(?:marcad|agendad|previst|programad|prevista|convocad)[oa]s?\s+para)(?!\w)",
        re.IGNORECASE,
    ),
    "ro": re.compile(
        r"(?<!\w)(va|vor|vom|voi|vei|urmează să|urmeaza sa|o să|o sa|ar urma să|ar urma sa|"
        r"(?:programat|convocat|prevăzut|prevazut|planificat|stabilit|fixat)(?:ă|a|e|i)?"
        r"\s+pentru)(?!\w)",
        re.IGNORECASE,
    ),
    "bg": re.compile(
        r"(?<!\w)(ще|предстои|(?:насрочен|планиран|предвиден)[оаи]?\s+за)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(r"(?<!\w)(will|shall|is to|are to|plans to|is going to)(?!\w)", re.IGNORECASE),
}

# Words that open a reported or relative clause: "a declarat marți că guvernul va ...".
_OPENERS: dict[str, str] = {
    "pl": r"że|który|która|które|którzy|których|gdy|kiedy",
    "pt": r"que|quando|onde",
    "ro": r"că|ca|care|când|cand|iar",
    "bg": r"че|който|която|което|които|когато",
    "en": r"that|which|who|when",
}
_STRONG = r"[;:()\"“”„«»]|\s[–—-]\s"
_WEAK = r"[,]"


def _breaks(lang: str, weak: bool) -> re.Pattern[str]:
    openers = _OPENERS.get(lang)
    parts = [_STRONG, *([_WEAK] if weak else [])]
    if openers:
        parts.append(rf"(?<!\w)(?:{openers})(?!\w)")
    return re.compile("|".join(parts), re.IGNORECASE)


_BREAKS: dict[tuple[str, bool], re.Pattern[str]] = {}
_WORD = re.compile(r"[^\W\d_]{3,}")


def direction(sentence: str, lang: str, at: int | None = None, end: int | None = None) -> Direction:
    """ "future" when the clause around position `at` (else the whole sentence) speaks of
    what is to come, else "past".

    The clause matters: in "Kim będzie kontynuował podróż ... – powiedział w środę Putin"
    the Wednesday belongs to "powiedział", not to "będzie". `end` (the end of the mention)
    lets a clause that holds only the mention borrow the tense of its neighbour.
    """
    pattern = _FUTURE.get(lang)
    if pattern is None:
        return "past"
    if at is None:
        return "future" if pattern.search(sentence) else "past"
    stop = at if end is None else end
    text = clause(sentence, at, stop, lang)
    if end is not None and not _WORD.search(text.replace(sentence[at:end], " ", 1)):
        text = clause(sentence, at, stop, lang, weak=False)
    return "future" if pattern.search(text) else "past"


def clause(
    sentence: str, at: int, end: int | None = None, lang: str = "", *, weak: bool = True
) -> str:
    """The stretch of the sentence around a mention, between commas, dashes, quotes and
    (in `lang`) the words that open a clause; with `weak=False` commas do not bound it.

    Bounds inside the mention itself ("na semana que vem") are not bounds.
    """
    stop = at if end is None else end
    key = (lang, weak)
    breaks = _BREAKS.get(key)
    if breaks is None:
        breaks = _BREAKS[key] = _breaks(lang, weak)
    start, finish = 0, len(sentence)
    for m in breaks.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= stop and m.start() > at:
            finish = m.start()
            break
    return sentence[start:finish]


def direction_of(expression: str | None, sentence: str, lang: str) -> Direction:
    """The direction of an expression where it first occurs in its sentence (a source's quote):
    the same reading extraction gave it, so that `check` re-resolves it the same way."""
    at = sentence.find(expression) if expression else -1
    if at < 0:
        return direction(sentence, lang)
    return direction(sentence, lang, at, at + len(expression or ""))
