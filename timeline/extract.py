"""Finding the date mentions of an article: exact words, span, sentence, resolved value.

The language's rules (`timeline.dates`) find candidate expressions in the text;
each is resolved against the article's publication date in the direction of its
clause's tense (`timeline.tense`), or, with no tense to go on, in whichever
direction gives the date nearer the publication. A relative expression in an
article with no publication date is reported with no value, never read against today.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass

from timeline import dates, tense
from timeline.dates.core import Context, Unresolvable
from timeline.model import EdtfDate
from timeline.seeds import Article


class LanguageError(ValueError):
    """A text whose language is not one of ours, or too short to tell."""


@dataclass(frozen=True, slots=True)
class Sentence:
    start: int
    end: int
    text: str


@dataclass(frozen=True, slots=True)
class Mention:
    """One date expression in an article and what it resolves to."""

    text: str
    start: int
    end: int
    value: EdtfDate | None
    sentence: str
    lang: str
    sentence_start: int = 0

    @property
    def unresolvable(self) -> bool:
        return self.value is None


# --- sentences ----------------------------------------------------------------------

_BOUNDARY = re.compile(r"[.!?…]+[\"”»’)]*(?=\s)|\n+")
_WORD_BEFORE = re.compile(r"([\w.-]+)$")
_NEXT_START = re.compile(r"\s*[\"“„«(\-–—]*\s*(\S)")


def sentences(text: str, lang: str) -> list[Sentence]:
    """Split running news text into sentences, respecting abbreviations and initials."""
    out: list[Sentence] = []
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if m.group().startswith("\n") or _ends_sentence(text, m.start(), end, lang):
            _add(out, text, start, end)
            start = end
    _add(out, text, start, len(text))
    return out


def _abbreviations(lang: str) -> frozenset[str]:
    """Words after which a full stop does not end a sentence (the language's own list)."""
    return dates.language(lang).abbreviations if lang in dates.ALL else frozenset()


def _ends_sentence(text: str, dot: int, end: int, lang: str) -> bool:
    nxt = _NEXT_START.match(text, end)
    if nxt is None:
        return True
    if text[dot] != ".":
        return nxt.group(1)[0].isupper() or nxt.group(1)[0] in '"“„«'
    word = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    before = word.group(1) if word else ""
    if len(before) == 1 and before.isalpha() and before.isupper():
        return False  # an initial: "A. Belousov"
    if before.lower() in _abbreviations(lang):
        return False
    first = nxt.group(1)
    return first[0].isupper() or first[0].isdigit() or first[0] in '"“„«'


LONGEST = 1000
"""A sentence longer than this (no writer's sentence is: a list, a table or a paste run
together) is read in pieces of at most this many characters, cut at a space: reading a
mention's clause looks at its whole sentence, and must stay linear in the text's length."""


def _add(out: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk.rstrip())
    if trail - lead > LONGEST:
        cut = text.rfind(" ", start + lead + LONGEST // 2, start + lead + LONGEST)
        cut = start + lead + LONGEST if cut < 0 else cut
        _add(out, text, start + lead, cut)
        _add(out, text, cut, start + trail)
    elif trail > lead:
        out.append(Sentence(start + lead, start + trail, text[start + lead : start + trail]))


def lead_sentence(article: Article) -> str:
    """The article's first real sentence: the one a story's lead event is dated by.

    A headline (the first paragraph when it is a single line without a final full
    stop) and photo captions ("(Foto: ...)") are skipped.
    """
    lang = article.lang or "en"
    paragraphs = [p for p in article.body.split("\n") if p.strip()]
    skip_first = bool(paragraphs) and not paragraphs[0].rstrip().endswith((".", "!", "?", "”", '"'))
    seen_first = False
    for s in sentences(article.body, lang):
        if skip_first and not seen_first and paragraphs[0].strip().startswith(s.text):
            seen_first = True
            continue
        if "Foto:" in s.text or len(s.text.split()) < 6:
            continue
        return s.text
    return ""


# --- language -----------------------------------------------------------------------

_MARKERS: dict[str, tuple[str, frozenset[str]]] = {
    "ro": (
        "ăâîșşțţ",
        frozenset(
            [
                "și",
                "în",
                "de",
                "la",
                "care",
                "pentru",
                "că",
                "cu",
                "din",
                "este",
                "au",
                "fost",
                "pe",
                "lui",
                "unei",
                "acest",
                "această",
                "sunt",
            ]
        ),
    ),
    "pl": (
        "ąćęłńśźż",
        frozenset(
            [
                "się",
                "nie",
                "w",
                "z",
                "że",
                "jest",
                "na",
                "do",
                "to",
                "jak",
                "oraz",
                "przez",
                "który",
                "która",
                "także",
                "po",
                "od",
            ]
        ),
    ),
    "pt": (
        "ãõçêôà",
        frozenset(
            [
                "de",
                "que",
                "o",
                "a",
                "em",
                "não",
                "da",
                "do",
                "com",
                "os",
                "as",
                "para",
                "uma",
                "um",
                "por",
                "se",
                "ao",
                "foi",
                "mais",
                "também",
            ]
        ),
    ),
    "bg": (
        "ъщ",
        frozenset(
            [
                "и",
                "на",
                "в",
                "за",
                "се",
                "от",
                "да",
                "че",
                "са",
                "с",
                "по",
                "това",
                "той",
                "тя",
                "като",
                "ще",
                "беше",
            ]
        ),
    ),
}
_RUSSIAN = re.compile(r"[ыэё]")
_LETTER = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """ro, bg, pl or pt from letters and common words; `LanguageError` when it cannot tell."""
    sample = text[:20000]
    words = [w.lower() for w in _LETTER.findall(sample)]
    if len(words) < 6:
        raise LanguageError("the text is too short to tell its language: pass --lang")
    cyrillic = sum(1 for ch in sample if "\u0400" <= ch <= "\u04ff")
    letters = sum(len(w) for w in words)
    if cyrillic > letters / 2:
        if len(_RUSSIAN.findall(sample.lower())) > max(2, cyrillic // 500):
            raise LanguageError("the text looks Russian, which is not supported (ro, bg, pl, pt)")
        return "bg"
    scores = {}
    lower = sample.lower()
    for code, (letters_, stopwords) in _MARKERS.items():
        if code == "bg":
            continue
        hits = sum(1 for w in words if w in stopwords)
        marks = sum(lower.count(ch) for ch in letters_)
        scores[code] = hits / len(words) + 2 * marks / max(letters, 1)
    best = max(scores, key=lambda c: scores[c])
    if scores[best] < 0.08:
        raise LanguageError("cannot tell the language (not ro, bg, pl or pt?): pass --lang")
    return best


# --- mentions -----------------------------------------------------------------------


def find_mentions(
    article: Article, lang: str | None = None, ref: dt.date | None = None
) -> list[Mention]:
    """Every date mention of the article, in the order of the text."""
    code = lang or article.lang or detect_language(article.body)
    reference = ref if ref is not None else article.published
    return list(mentions_in(article.body, code, reference))


def mentions_in(text: str, lang: str, ref: dt.date | None) -> Iterator[Mention]:
    """The mentions of a text, a relative day or weekday in apposition to the date it names
    taken as one (`_apposed`)."""
    held: Mention | None = None
    for mention in _mentions(text, lang, ref):
        if held is not None:
            joined = _apposed(text, held, mention)
            if joined is not None:
                yield joined
                held = None
                continue
            yield held
        held = mention
    if held is not None:
        yield held


_COMMA = re.compile(r"\s*,\s*")


def _apposed(text: str, first: Mention, then: Mention) -> Mention | None:
    """ "Mâine, 29 februarie", "amanhã, 1 de janeiro", "Sâmbătă și duminică, 6 și 7
    ianuarie": words with no digits, a comma, then a written date that falls on the same
    weekdays and spans as many days are one mention, dated by the written date (the words
    were read against the reference and may have taken the wrong week)."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or a.precision != b.precision
        or a.precision not in ("day", "interval")
        or first.sentence_start != then.sentence_start
        or any(ch.isdigit() for ch in first.text)
        or not any(ch.isdigit() for ch in then.text)
        or _COMMA.fullmatch(text, first.end, then.start) is None
        or a.start.weekday() != b.start.weekday()
        or a.end - a.start != b.end - b.start
    ):
        return None
    return Mention(
        text[first.start : then.end],
        first.start,
        then.end,
        b,
        then.sentence,
        then.lang,
        then.sentence_start,
    )


def _mentions(text: str, lang: str, ref: dt.date | None) -> Iterator[Mention]:
    language = dates.language(lang)
    paragraphs: dict[int, list[Sentence]] = {}
    years: list[tuple[int, int, int]] = []
    """(sentence start, mention start, year) of the year mentions seen, for `_in_year`."""
    for match in dates.scan(language, text):
        sentence = _sentence_at(text, match.start, lang, paragraphs)
        offset = match.start - sentence.start
        prefer = tense.direction(sentence.text, lang, offset, offset + match.end - match.start)
        words = text[match.start : match.end]
        try:
            value = match.resolve(dates.context(ref, prefer))
            if (
                ref is not None
                and value is not None
                and prefer != "future"
                and _until(text, match.start)
            ):
                value = match.resolve(Context(ref, nearest=True))
        except Unresolvable:
            value = None
        else:
            if value is None:
                continue  # the rule looked closer and found no date
            if (
                _habitual(text, match.start, match.end, value, words)
                or _name(text, match)
                or _compared(text, match.start, words)
                or (lang == "pt" and _holiday_name(text, match.start, match.end))
            ):
                continue
            if (
                value.precision == "month"
                and ref is not None
                and _stat_month(text, match, value, ref)
            ):
                value = match.resolve(Context(ref, "past")) or value
            if value.precision in ("month", "day") and years:
                value = _in_year(match, value, sentence, years, lang) or value
            elif value.precision == "year" and (
                not _NO_ANCHOR.match(words) or _OF_YEAR.match(words)
            ):
                years.append((sentence.start, match.start, value.start.year))
        yield Mention(words, match.start, match.end, value, sentence.text, lang, sentence.start)


_CAPITAL = "[A-ZÀ-ÖØ-ÞĂÂÎȘȚŁŚŻŹĆŃÓА-Я]"
_CAPITALISED_PAIR = re.compile(rf"{_CAPITAL}[^\W\d_]*\s+{_CAPITAL}")


def _name(text: str, match: dates.Match) -> bool:
    """A mention that ends on a capitalised word running into another one inside a
    sentence is a person's or a place's name: "a casa de Domingo Silva", "Santo Domingo"
    after "de"."""
    if match.match.group()[:1].isdigit():
        return False
    last = text.rfind(" ", match.start, match.end) + 1 or match.start
    before = text[max(0, match.start - 12) : match.start].rstrip()[-1:]
    if last == match.start and before in ("", *'.!?:;\n"„“«(–—-'):
        return False  # a capital that opens a sentence or a headline says nothing
    return bool(_CAPITALISED_PAIR.match(text, last))


_COMPARED = re.compile(
    r"(?:față\s+de|fata\s+de|comparativ\s+cu|face\s+ao?|em\s+relação\s+ao?|relativamente\s+ao?|"
    r"спрямо|в\s+сравнение\s+с|w\s+porównaniu\s+z|wobec|względem)\s+(?:[^\W\d]+\s+){0,2}?"
    r"(?:anterio|precedent|предходн|предишн|poprzedni)\w*(?:\s+[^\W\d]+)?\Z",
    re.IGNORECASE,
)


def _compared(text: str, start: int, words: str) -> bool:
    """ "Compared with the month before" ("față de luna anterioară", "face ao mês anterior",
    "спрямо предходния месец", "w porównaniu z poprzednim miesiącem") is the base of a
    statistic, named by the month it speaks of, not a date of its own."""
    return bool(_COMPARED.search(text[max(0, start - 30) : start] + words))


_CAPITAL_MONTH = re.compile(
    r"(?<!\w)(?:Janeiro|Fevereiro|Março|Abril|Maio|Junho|Julho|Agosto|Setembro|Outubro|"
    r"Novembro|Dezembro)(?!\w)"
)
_HOLIDAY_BEFORE = re.compile(
    r"(?:(?<!\w)(?:o|do|ao|pelo|dos|este|deste)|(?!(?:No|Na|Em|Até|Desde|Para)\s)(?-i:[A-ZÀ-Ý][^\W\d]+))\s+\d{1,2}"
    r"(?:\.?\s?[ºo°])?\s+de\s+\Z",
    re.IGNORECASE,
)


_WITH_YEAR = re.compile(r"\s*,?\s+(?:de\s+)?[12]\d{3}(?!\d)")


def _holiday_name(text: str, start: int, end: int) -> bool:
    """pt writes months in lower case; a capitalised one after a day is a holiday's or a
    street's name: "as celebrações do 25 de Abril", "O 1.º de Maio é amanhã", "Rua 1.º de
    Dezembro". After "no dia" or "no" it is the day, a time adverbial ("No dia 25 de
    Abril, ..."). With its year it is the day of the event: "o 25 de Novembro de 1975"."""
    month = _CAPITAL_MONTH.search(text, start, end)
    if month is not None and _WITH_YEAR.match(text, month.end()):
        return False  # "o 25 de Novembro de 1975": a historic event named by its full date
    return month is not None and bool(
        _HOLIDAY_BEFORE.search(text, max(0, month.start() - 30), month.start())
    )


_UNTIL_BEFORE = re.compile(
    r"(?<!\w)(?:até|ate|până|pana|до|do)\s+(?:(?:a|ao|à|o|la|pe|în|in)\s+)?\Z", re.IGNORECASE
)
_UNTIL_AT = re.compile(r"(?:até|ate|până|pana|до|do)(?!\w)", re.IGNORECASE)


def _until(text: str, start: int) -> bool:
    """ "Until" opens the mention or stands just before it ("do 2 stycznia", where the rule
    leaves the preposition out)."""
    return bool(
        _UNTIL_AT.match(text, start) or _UNTIL_BEFORE.search(text, max(0, start - 12), start)
    )


_FOR_MONTH = re.compile(
    r"(?<!\w)(?:din|pentru|za|за|de|do|(?:relativ|referent)[eoa]s?\s+a)\s+(?:luna\s+|o\s+mês\s+de\s+|miesiąc\s+)?[^\W\d]+\Z",
    re.IGNORECASE,
)


def _stat_month(text: str, match: dates.Match, value: EdtfDate, ref: dt.date) -> bool:
    """A month a figure is for ("a inflação de dezembro", "dane za listopad", "inflația din
    decembrie", "инфлацията за декември") read ten months or more ahead: the clause that
    announces the release is future, but the figures are those of a month just ended, as
    with quarters. "In December" ("em dezembro", "w grudniu") is no "for" and keeps its
    reading."""
    ahead = (value.start.year - ref.year) * 12 + value.start.month - ref.month
    if ahead < 10:
        return False
    return bool(_FOR_MONTH.search(text, max(0, match.start - 16), match.end))


_NO_ANCHOR = re.compile(
    r"(?:para|pe|за|na|do|até|ate|până|pana|до|desde|din|от|od|de|since|for|until)(?!\w)",
    re.IGNORECASE,
)
"""A year a plan is for, a deadline or a start ("bugetul pe 2026", "até 2030", "desde 2019")
does not date the months after it ("o orçamento para 2026 foi aprovado em novembro")."""


_OTHER_WORD = re.compile(r"[^\W\d_]{3,}")
_OF_YEAR = re.compile(r"d[oe]\s+(?:pr[óo]ximo\s+ano|ano\s+(?:passado|anterior|seguinte))", re.I)
"""pt "do próximo ano", "do ano passado" is "of next/last year", no preposition: "A cimeira
do próximo ano vai realizar-se em julho" is July of next year, as after "no ano passado"."""


def _in_year(
    match: dates.Match,
    value: EdtfDate,
    sentence: Sentence,
    years: list[tuple[int, int, int]],
    lang: str,
) -> EdtfDate | None:
    """A month or day-month with no year of its own, after "last year" or "in 2019" in the
    same clause, is of that year: "mas no ano passado o aumento só chegou em março" on
    2024-12-29 is 2023-03, not the March nearest the reference.

    Only expressions that name a date within a year move (read against the last day of the
    year and against its first, they agree); a weekday or "last month" keeps its value.
    """
    for sentence_start, at, year_ in reversed(years):
        if sentence_start != sentence.start:
            return None
        at_, stop = match.start - sentence.start, match.end - sentence.start
        first, last = tense.clause_span(sentence.text, at_, stop, lang)
        if not _OTHER_WORD.search(sentence.text[first:at_] + " " + sentence.text[stop:last]):
            # a clause that is only the mention ("Anul trecut, în iulie, ...") runs on
            first, _ = tense.clause_span(sentence.text, at_, stop, lang, weak=False)
        if at - sentence.start < first:
            return None
        try:
            late = match.resolve(Context(dt.date(year_, 12, 31), "past"))
            early = match.resolve(Context(dt.date(year_, 1, 1), "future"))
        except Unresolvable:
            return None
        if late is None or late != early or late.start.year != year_:
            return None
        return late if late != value else None
    return None


_HOURS = re.compile(r"\d\s*h\b|\d\s*ч\.|godz|orele|\d:\d\d|das\s+\d|от\s+\d", re.IGNORECASE)
_OPEN = re.compile(
    r"(?<!\w)(?:abre|aberto|aberta|deschis|deschisă|funcționează|работи|отворен|czynne|czynny|"
    r"otwarte)(?!\w)",
    re.IGNORECASE,
)
_RANGE_ON = re.compile(r"\s+(?:a|até|ate)\s+\w+")


def _habitual(text: str, start: int, end: int, value: EdtfDate, words: str) -> bool:
    """Opening hours ("de terça a domingo, das 10h às 18h", "od wtorku do niedzieli w godz.
    10–18", "Muzeul este deschis de marți până duminică"): a weekday range that recurs every
    week is no date. A range of weekdays (no digits) followed by hours, or after "open"."""
    if any(ch.isdigit() for ch in words) or value.precision not in ("interval", "day"):
        return False
    if value.precision == "day":
        tail = _RANGE_ON.match(text, end)
        if tail is None:
            return False
        end = tail.end()
    elif (value.end - value.start).days > 6:
        return False
    return bool(_HOURS.search(text, end, end + 30) or _OPEN.search(text, max(0, start - 40), start))


def _sentence_at(text: str, at: int, lang: str, paragraphs: dict[int, list[Sentence]]) -> Sentence:
    """The sentence around a position; only the paragraphs that hold mentions are split."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    if start not in paragraphs:
        paragraphs[start] = [
            Sentence(s.start + start, s.end + start, s.text)
            for s in sentences(text[start:end], lang)
        ]
    found = paragraphs[start]
    i = bisect.bisect_right(found, at, key=lambda s: s.start) - 1
    if i >= 0 and at < found[i].end:
        return found[i]
    return Sentence(start, end, text[start:end])
