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
# A past verb of scheduling or postponing ("amânat pentru", "насрочи", "adiado para",
# "wyznaczył termin ... na") still points forward: what is set is yet to come. So do
# "is expected" ("se așteaptă", "се очаква", "spodziewana jest") and "enters into force",
# which news writes in the present for what is to come.
_FUTURE: dict[str, re.Pattern[str]] = {
    "pl": re.compile(
        r"(?<!\w)(będzie|będą|będziemy|będę|odwiedzi|odwiedzą|przybędzie|spotka|spotkają|"
        r"podpisze|podpiszą|pojedzie|pojadą|przyjedzie|przyjadą|przyleci|przylecą|poleci|"
        r"polecą|zostanie|zostaną|planuje|planują|zamierza|zamierzają|odbędzie|odbędą|"
        r"wejdzie|wejdą|wzrośnie|wzrosną|spadnie|spadną|rozpocznie|rozpoczną|zakończy|"
        r"zakończą|potrwa|potrwają|ogłosi|ogłoszą|przedstawi|przedstawią|zbierze|zbiorą|"
        r"wybierze|wybiorą|zagłosuje|zagłosują|ruszy|ruszą|nastąpi|nastąpią|otworzy|"
        r"otworzą|ma\s+się\s+odbyć|mają\s+się\s+odbyć|ma\s+zostać|mają\s+zostać|"
        r"zaplanowan\w*|zaplanowano|przewidzian\w*\s+na|zagra|zagrają|wystąpi|wystąpią|"
        r"wyznaczy\w*\s+termin|(?:przełoż|przesunię|przesunął|odrocz|przeniesi)\w*\s+na|"
        r"(?:spodziewan|oczekiwan)[aey]|oczekuje\s+się)(?!\w)",
        re.IGNORECASE,
    ),
    "pt": re.compile(
        r"(?<!\w)(vai|vão|irá|irão|deverá|deverão|visitará|visitarão|será|serão|"
        r"pretende|pretendem|planeja|planeia|deve|devem|"
        r"(?!verão|pará)\w+[aei](?:rá|rão)|"
        r"(?:marcad|agendad|previst|programad|prevista|convocad|adiad|remarcad)[oa]s?\s+para|"
        r"(?:marcou|agendou|adiou|remarcou)\s+para|entram?\s+em\s+vigor|"
        r"espera-se|prev[êe]-se|(?:é|são)\s+esperad[oa]s?)(?!\w)",
        re.IGNORECASE,
    ),
    "ro": re.compile(
        r"(?<!\w)(va|vor|vom|voi|vei|urmează să|urmeaza sa|o să|o sa|ar urma să|ar urma sa|"
        r"(?:programat|convocat|prevăzut|prevazut|planificat|stabilit|fixat|amânat|amanat|"
        r"reprogramat)(?:ă|a|e|i)?\s+pentru|se\s+(?:așteaptă|asteapta|preconizează)|"
        r"(?:intră|intra)\s+în\s+vigoare)(?!\w)",
        re.IGNORECASE,
    ),
    "bg": re.compile(
        r"(?<!\w)(ще|предстои|(?:насрочен|планиран|предвиден|отложен)[оаи]?\s+за|"
        r"насрочи|насрочиха|отложи\s+за|отложиха\s+за|се\s+очаква|очаква\s+се|"
        r"влиза\s+в\s+сила)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(r"(?<!\w)(will|shall|is to|are to|plans to|is going to)(?!\w)", re.IGNORECASE),
}

# Past markers, for the languages whose news writes what is scheduled in the present
# ("O FC Porto recebe o Arouca no sábado", "Revelionul începe miercuri seara"): a clause
# with neither a future nor a past marker is read forward. The lists over-match on
# purpose (a noun in "-eu" or "-at" reads as past): a false past marker only keeps the
# default reading, a missed one would turn a past event forward. Capitalised words are
# names ("Museu Gulbenkian"), not verbs.
_PAST: dict[str, re.Pattern[str]] = {
    "pt": re.compile(
        r"(?<!\w)(?:foi|foram|era|eram|esteve|estiveram|teve|tiveram|tinha|tinham|havia|"
        r"houve|fez|fizeram|disse|disseram|deu|deram|veio|vieram|pôs|puseram|quis|trouxe|"
        r"soube|viu|viram|morreu|nasceu|"
        r"(?!(?:museu|europeu|troféu|chapéu|judeu|liceu|coliseu|ilhéu|apogeu|pneu)(?!\w))"
        r"(?-i:[a-zà-ÿ])\w+(?:ou|eu|iu|aram|eram|iram|ava|avam|ado|ada|ados|adas|ido|ida|idos|"
        r"idas))(?!\w)",
        re.IGNORECASE,
    ),
    "ro": re.compile(
        r"(?<!\w)(?:era|erau|fost|fusese|avea|aveau|ieri|aseară|"
        r"(?:a|au|am|ați|ai)\s+(?:mai\s+|și\s+)?\w+s|"
        r"(?-i:[a-zăâîșțş])\w+(?:at|ată|ați|ate|it|ită|iți|ite|ut|ută|uți|ute|ât|ase|ise|use|au))"
        r"(?!\w)",
        re.IGNORECASE,
    ),
}
_SINCE: dict[str, re.Pattern[str]] = {"pt": re.compile(r"desde\b|há\s", re.IGNORECASE)}
"""A mention that opens on "since" looks back, whatever the verb: "veste a amarela desde
quinta-feira"."""

# Words that open a reported or relative clause: "a declarat marți că guvernul va ...".
_OPENERS: dict[str, str] = {
    "pl": r"że|który|która|które|którzy|których|gdy|kiedy",
    "pt": r"que|quando|onde",
    "ro": r"că|ca|care|când|cand|iar",
    "bg": r"че|който|която|което|които|когато",
    "en": r"that|which|who|when",
}
_STRONG = r"[;:()\"“”„«»]|\s[–—-]\s"
_WEAK = r",(?!\d)"
"""A comma, but not the decimal one of "5,17%"."""


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
    lets a clause that holds only the mention borrow the tense of its neighbour; in pt and
    ro a clause with no past marker either is present tense, which news uses for what is
    scheduled ("regressa a Lisboa na segunda-feira"), so it is read forward.
    """
    pattern = _FUTURE.get(lang)
    if pattern is None:
        return "past"
    if at is None:
        return "future" if pattern.search(sentence) else "past"
    stop = at if end is None else end
    since = _SINCE.get(lang)
    if since is not None and end is not None and since.match(sentence, at, end):
        return "past"
    text = clause(sentence, at, stop, lang)
    if end is not None and not _WORD.search(text.replace(sentence[at:end], " ", 1)):
        text = clause(sentence, at, stop, lang, weak=False)
    if pattern.search(text):
        return "future"
    past = _PAST.get(lang)
    if past is None or end is None or past.search(text.replace(sentence[at:end], " ", 1)):
        return "past"
    return "future"


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
