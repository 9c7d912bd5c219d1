"""Finding the date mentions of an article: exact words, span, sentence, resolved value.

The language's rules (`timeline.dates`) find candidate expressions in the text;
each is resolved against the article's publication date in the direction of its
clause's tense (`timeline.tense`), or, with no tense to go on, in whichever
direction gives the date nearer the publication. A relative expression in an
article with no publication date is reported with no value, never read against today.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from typing import Final

from timeline import dates, model, tense
from timeline.dates import data, leading
from timeline.dates.core import (
    Anchor,
    Context,
    Direction,
    Unresolvable,
    calendar_day,
    fold_accents,
    shared_context,
    span,
)
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
    meaning: str = field(default="", compare=False, repr=False)
    """The meaning of the rule that found it (`core.MEANINGS`; empty for two mentions
    taken as one), for the checks that look at mentions side by side."""

    @property
    def unresolvable(self) -> bool:
        return self.value is None


# --- sentences ----------------------------------------------------------------------

_BOUNDARY: Final = re.compile(r"[.!?…\n](?:(?<=\n)\n*|(?<=[.!?…])[.!?…]*[\"”»’)\]]*(?=\s))")
"""Where a sentence may end: a run of full stops, question or exclamation marks (then any
closing quotes or brackets, and an editor's cut "[...]") before a space, or a run of line
breaks. Written to open on
the one class of the characters either may start with, which lets the engine skip to
them: the plain alternation of the two (the run of marks, or the run of line breaks)
matches the same, but is tried at every character."""
_WORD_BEFORE: Final = re.compile(r"([\w.-]+)$")
_NEXT_START: Final = re.compile(r"\s*[\"“„«(\-–—]*\s*(\S)")
_SPACED_DATE: Final = re.compile(r"(?<!\d)\d{1,2}\.\s?\d{1,2}\.\s?[12]\d{3}(?!\d)")
"""A day, month and year in digits with a space after a dot ("13.05. 2020", "4. 03. 2021"),
as official notices write them: its dots end no sentence."""


def sentences(text: str, lang: str) -> list[Sentence]:
    """Split running news text into sentences, respecting abbreviations and initials."""
    return list(iter_sentences(text, lang))


def iter_sentences(text: str, lang: str) -> Iterator[Sentence]:
    """`sentences` one at a time: `lead_sentence` wants the first real one of a paragraph
    of several, and telling where each later one ends was most of its cost."""
    start = 0
    for m in _BOUNDARY.finditer(text):
        end = m.end()
        if text[m.start()] == "\n" or _ends_sentence(text, m.start(), end, lang):
            yield from _pieces(text, start, end)
            start = end
    yield from _pieces(text, start, len(text))


_DOTTED_SHORT: Final = re.compile(r"[^\W\d_]{1,3}(?:\.[^\W\d_]{1,3})+")
"""Short letter groups joined by dots, an abbreviation whatever the language ("n.r", "т.г",
"m.in", "a.c"): its last dot ends no sentence."""


def _abbreviations(lang: str) -> frozenset[str]:
    """Words after which a full stop does not end a sentence (the language's own list)."""
    return dates.language(lang).abbreviations if lang in dates.ALL else frozenset()


def _ends_sentence(text: str, dot: int, end: int, lang: str) -> bool:
    nxt = _NEXT_START.match(text, end)
    if nxt is None:
        return True
    if text[dot] != ".":
        return nxt.group(1)[0].isupper() or nxt.group(1)[0] in '"“„«'
    if nxt.group(1).isdigit() and _in_spaced_date(text, dot):
        return False
    word = _WORD_BEFORE.search(text, max(0, dot - 40), dot)
    before = word.group(1) if word else ""
    if len(before) == 1 and before.isalpha() and before.isupper():
        return False  # an initial: "A. Belousov"
    if before.lower() in _abbreviations(lang) or _DOTTED_SHORT.fullmatch(before):
        return False  # "nr.", and letters joined by dots: "n.r.", "т.г.", "m.in."
    first = nxt.group(1)
    return first[0].isupper() or first[0].isdigit() or first[0] in '"“„«'


def _in_spaced_date(text: str, dot: int) -> bool:
    """Whether the dot at `dot` is one of a numeric date's (`_SPACED_DATE`): looked for from
    far enough either way to hold a day and a month of two digits ("01. 07. 2023")."""
    found = _SPACED_DATE.search(text, max(0, dot - 7), dot + 11)
    return found is not None and found.start() < dot < found.end()


LONGEST: Final = 1000
"""A sentence longer than this (no writer's sentence is: a list, a table or a paste run
together) is read in pieces of at most this many characters, cut at a space: reading a
mention's clause looks at its whole sentence, and must stay linear in the text's length."""


def _pieces(text: str, start: int, end: int) -> Iterator[Sentence]:
    """The sentence between `start` and `end` without its surrounding spaces (none when it
    is only spaces), cut in pieces of at most `LONGEST` characters."""
    chunk = text[start:end]
    lead = len(chunk) - len(chunk.lstrip())
    trail = len(chunk.rstrip())
    if trail - lead > LONGEST:
        cut = text.rfind(" ", start + lead + LONGEST // 2, start + lead + LONGEST)
        cut = start + lead + LONGEST if cut < 0 else cut
        yield from _pieces(text, start + lead, cut)
        yield from _pieces(text, cut, start + trail)
    elif trail > lead:
        yield Sentence(start + lead, start + trail, text[start + lead : start + trail])


def lead_sentence(article: Article) -> str:
    """The article's first real sentence: the one a story's lead event is dated by.

    A headline (the first paragraph when it is a single line without a final full
    stop) and photo captions (the language's caption words, `extract.yaml`; every
    language's when it is unknown) are skipped.
    """
    lang = article.lang or "en"
    captions = _captions(article.lang)
    paragraphs = [p for p in article.body.split("\n") if p.strip()]
    skip_first = bool(paragraphs) and not paragraphs[0].rstrip().endswith((".", "!", "?", "”", '"'))
    seen_first = False
    for s in iter_sentences(article.body, lang):
        if skip_first and not seen_first and paragraphs[0].strip().startswith(s.text):
            seen_first = True
            continue
        if any(word in s.text for word in captions) or len(s.text.split()) < 6:
            continue
        return s.text
    return ""


@cache
def _captions(lang: str | None) -> tuple[str, ...]:
    codes = (lang,) if lang in dates.ALL else dates.ALL
    return tuple(word for code in codes for word in data.cues(code).captions)


# --- language -----------------------------------------------------------------------

_SCRIPTS: Final[dict[str, tuple[int, int]]] = {"cyrillic": (0x400, 0x4FF)}
"""Unicode blocks (first and last code point) of the scripts other than Latin (the default)."""
_LETTER: Final = re.compile(r"[^\W\d_]+")


def detect_language(text: str) -> str:
    """A supported language from its script, letters and common words (each language's
    `detection` in its `extract.yaml`); `LanguageError` when it cannot tell."""
    sample = text[:20000]
    words = [w.lower() for w in _LETTER.findall(sample)]
    if len(words) < 6:
        raise LanguageError("the text is too short to tell its language: pass --lang")
    letters = sum(len(w) for w in words)
    script, in_script = "latin", 0
    for name, (first, last) in _SCRIPTS.items():
        count = sum(1 for ch in sample if first <= ord(ch) <= last)
        if count > letters / 2:
            script, in_script = name, count
    lower = sample.lower()
    candidates = {
        code: found
        for code in dates.SUPPORTED
        if (found := data.cues(code).detection) is not None and found.script == script
    }
    for found in candidates.values():
        foreign = found.foreign_letters
        if foreign and sum(lower.count(ch) for ch in foreign) > max(2, in_script // 500):
            raise LanguageError(
                f"the text looks {found.foreign_name}, which is not supported "
                f"({', '.join(dates.SUPPORTED)})"
            )
    if len(candidates) == 1:
        return next(iter(candidates))
    scores = {}
    for code, found in candidates.items():
        hits = sum(1 for w in words if w in found.stopwords)
        marks = sum(lower.count(ch) for ch in found.letters)
        scores[code] = hits / len(words) + 2 * marks / max(letters, 1)
    best = max(scores, key=lambda c: scores[c]) if scores else ""
    if not best or scores[best] < 0.08:
        raise LanguageError(
            f"cannot tell the language (not {', '.join(dates.SUPPORTED)}?): pass --lang"
        )
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
    """The mentions of a text, read with the language's letter variants unified (one
    character for one, so offsets hold); their words and sentences are the text's own."""
    table = _letter_table(lang)
    written = table and not text.isascii() and any(chr(ch) in text for ch in table)
    read = text.translate(table) if written else text  # a scan in C for each letter first
    inside = _inside_letters(lang)
    if inside is not None and not read.isascii():
        found, meant = inside
        if found.search(read):
            read = found.sub(lambda letter: meant[letter.group()], read)
    if "  " in read and _SPACES.search(read):
        yield from _spaced_mentions(text, read, lang, ref)
        return
    if read == text:
        yield from _joined_mentions(text, lang, ref)
        return
    for mention in _joined_mentions(read, lang, ref):
        sentence_end = mention.sentence_start + len(mention.sentence)
        yield dataclasses.replace(
            mention,
            text=text[mention.start : mention.end],
            sentence=text[mention.sentence_start : sentence_end],
        )


_SPACES: Final = re.compile(r"(?<=\S) {2,}(?=\S)")
"""Spaces run together between two words ("za rok  2011", "15  września"), as pages copied
from a layout leave them: the rules read one space between words."""


def _spaced_mentions(text: str, read: str, lang: str, ref: dt.date | None) -> Iterator[Mention]:
    """The mentions of a text whose words some runs of spaces part (`_SPACES`): read with
    one space for each run, their offsets, words and sentences the text's own."""
    parts: list[str] = []
    where: list[int] = []
    """For each character read, its offset in the text."""
    at = 0
    for run in _SPACES.finditer(read):
        parts.append(read[at : run.start() + 1])
        where.extend(range(at, run.start() + 1))
        at = run.end()
    parts.append(read[at:])
    where.extend(range(at, len(read) + 1))
    for mention in _joined_mentions("".join(parts), lang, ref):
        start, end = where[mention.start], where[mention.end - 1] + 1
        sentence_start = where[mention.sentence_start]
        sentence_end = where[mention.sentence_start + len(mention.sentence) - 1] + 1
        yield dataclasses.replace(
            mention,
            text=text[start:end],
            start=start,
            end=end,
            sentence=text[sentence_start:sentence_end],
            sentence_start=sentence_start,
        )


@cache
def _inside_letters(lang: str) -> tuple[re.Pattern[str], dict[str, str]] | None:
    """The `inside_letter_variants` of a language: a letter between two letters, and what it
    stands for there (one character for one, so offsets hold); None for most."""
    try:
        variants = data.cues(lang).inside_letter_variants
    except (OSError, data.LanguageDataError):
        return None
    if not variants:
        return None
    letters = "".join(map(re.escape, variants))
    return re.compile(rf"(?<=[^\W\d_])[{letters}](?=[^\W\d_])"), dict(variants)


@cache
def _letter_table(lang: str) -> dict[int, str]:
    """The `letter_variants` of a language as a `str.translate` table (empty for most)."""
    try:
        variants = data.cues(lang).letter_variants
    except (OSError, data.LanguageDataError):
        return {}
    return {ord(written): meant for written, meant in variants.items()}


def _joined_mentions(text: str, lang: str, ref: dt.date | None) -> Iterator[Mention]:
    """`_joined`, a bare month joined to the month before it read after it (`_month_after`)."""
    before: Mention | None = None
    for mention in _joined(text, lang, ref):
        if before is not None:
            mention = _month_after(text, before, mention)
        yield mention
        before = mention


@cache
def _either_word(lang: str) -> re.Pattern[str] | None:
    """ "or" or "and" alone between two words (the language's `or_words`, `and_words`)."""
    try:
        words = data.words(lang)
    except (OSError, data.LanguageDataError):
        return None
    joins = (*words.or_words, *words.and_words)
    return re.compile(rf"\s+(?:{_either(joins)})\s+", re.IGNORECASE) if joins else None


_MONTHS_AHEAD: Final = 6
"""How many months after a month a bare one joined to it by "or"/"and" may lie."""


def _pair_in_sentence(
    first: Mention, then: Mention, precisions: tuple[str, str]
) -> tuple[EdtfDate, EdtfDate] | None:
    """The values of two mentions of one sentence, when they are at these precisions: the
    pairs that one of them may date again by the other (`_month_after`, `_night_dated`)."""
    a, b = first.value, then.value
    if a is None or b is None or (a.precision, b.precision) != precisions:
        return None
    return (a, b) if first.sentence_start == then.sentence_start else None


def _month_after(text: str, before: Mention, mention: Mention) -> Mention:
    """A bare month joined by "or" or "and" to the month mentioned right before it ("w maju
    lub czerwcu", "през декември или януари"): the two name one stretch of the calendar, so
    the second is the first such month after the first (read alone it took its clause's
    direction from the reference, and could fall a year apart: May 2020 "or" June 2019).
    Still two mentions; a month written with its year keeps it."""
    pair = _pair_in_sentence(before, mention, ("month", "month"))
    if pair is None or mention.meaning != "month" or _DIGIT.search(mention.text):
        return mention
    first, then = pair
    ahead = (then.start.month - first.start.month) % 12
    join = _either_word(mention.lang)
    if not 0 < ahead < _MONTHS_AHEAD or join is None:
        return mention
    gap = dates.language(mention.lang).normalize(text[before.end : mention.start])
    if not join.fullmatch(gap):
        return mention
    year_ = first.start.year + (1 if then.start.month < first.start.month else 0)
    if year_ == then.start.year:
        return mention
    return dataclasses.replace(mention, value=model.month(year_, then.start.month))


def _joined(text: str, lang: str, ref: dt.date | None) -> Iterator[Mention]:
    """The mentions of a text, a relative day or weekday in apposition to the date it names
    taken as one (`_apposed`), and so are the two ends of a range that times of day keep
    apart (`_ranged`)."""
    held: Mention | None = None
    written: Mention | None = None
    """The last day written with its number, for a weekday it "falls on" a word later."""
    span: Mention | None = None
    """The last few days written as a range, for a weekday named after it (`_in_span`)."""
    cues = _cues(lang)
    for found in _mentions(text, lang, ref):
        apart = _days_listed_apart(text, found)
        if apart:
            if held is not None and held.end <= apart[0].start:
                yield held
            yield from apart[:-1]
            held = apart[-1]  # the list's first day, read alone, is dropped
        mention = _night_alone(text, _days_listed_before(text, found, held), cues)
        if mention is not found and held is not None and held.end > mention.start:
            held = None  # its day is the list's first
        if written is not None:
            fell = _falling_on(text, written, mention, cues)
            if fell is not mention and held is written and _year_moved(written, fell):
                held = written = dataclasses.replace(written, value=fell.value)
            mention = _after_start(text, written, _next_day(text, written, fell, cues), cues, ref)
        if span is not None and not _past_after_span(span, mention, lang, ref):
            mention = _in_span(span, mention)
        if _written_day(mention):
            written = mention
        if _written_span(mention):
            span = mention
        if held is not None and (numbered := _weekday_numbered(text, held, mention, cues)):
            held, joined_up = numbered
            if joined_up:
                continue
        if held is not None:
            joined = (
                (
                    None
                    if cues.until(text, mention.start)
                    and not _said_again(text, held, mention, cues)
                    else _apposed(text, held, mention, cues)
                )
                or _ranged(text, held, mention, cues, ref)
                or _paired(text, held, mention, cues)
                or _run(text, held, mention)
                or _days_run(text, held, mention, cues)
                or _periods_paired(text, held, mention, cues)
                or _months_ranged(text, held, mention, cues)
                or _parts_ranged(text, held, mention, cues)
                or _from_start(text, held, mention, cues)
                or _week_of_day(text, held, mention, cues)
                or _month_of_year(text, held, mention)
                or _year_after_note(text, held, mention)
                or _month_years_ago(text, held, mention)
                or _day_of_week(text, held, mention)
                or _until_day_of_month(text, held, mention, cues)
                or _weekend_of(text, held, mention, cues)
                or _night(text, held, mention, cues)
                or _night_dated(text, held, mention, cues)
                or _to_today(text, held, mention, cues, ref)
                or _to_last_period(text, held, mention, cues)
                or _from_period_to_day(text, held, mention, cues)
                or _range_in_week(text, held, mention)
            )
            if joined is not None:
                held = joined  # a weekday in apposition may follow: "jutro tj. 14 marca (piątek)"
                continue
            mention = _day_in_week(text, held, mention, cues)
            yield held
        held = mention
    if held is not None:
        yield held


def _to_today(
    text: str, first: Mention, then: Mention, cues: _Cues, ref: dt.date | None
) -> Mention | None:
    """ "От 27 юли 2009 г. до днес", "Desde 8 de abril de 2015 até hoje", "Din 22 august
    2017 și până azi": a day after "from" and then "until today" are one span, from that day
    to the reference day (read apart, the day was a point and "today" a second mention).
    Long spans too: unlike `_ranged`, whose two written ends are days of one event."""
    a, b = first.value, then.value
    if (
        ref is None
        or a is None
        or b is None
        or a.precision != "day"
        or b.precision != "day"
        or then.meaning != "relative_day"
        or b.start != ref
        or not a.start < ref
        or not _from_until(text, first, then, cues)
    ):
        return None
    return _spanning(text, first, then, model.interval(a.start, ref))


def _to_last_period(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "de julho de 1994 até o mês passado", "Od 2010 r. do zeszłego roku", "Din martie 2019
    până luna trecută", "От януари 2018 г. до миналия месец": a date after "from" and then
    "until" a period counted from the reference ("last month", "last year") are one span,
    from the first to the end of the second, as a range of two written dates is (read apart,
    the first was a point and the second a mention of its own)."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or then.meaning != "period_offset"
        or a.precision not in ("day", "month", "year")
        or b.precision not in ("month", "year")
        or not a.end < b.start
        or not _from_until(text, first, then, cues)
    ):
        return None
    return _spanning(text, first, then, span(a, b))


def _from_period_to_day(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "od października 2017 r. do 5 marca 2019 r.", "от началото на 2016 г. до 30 септември
    2018 г.", "Din aprilie 2018 până la 12 februarie 2020": a month or a year after "from" and
    then "until" a day, each written with its year, are one span from the period's first day
    to that day (read apart, the period was a point and the day a mention of its own), as
    "from the start of the month until 18 February" is."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or a.precision not in ("month", "year")
        or b.precision != "day"
        or not a.end < b.start
        or not _YEAR_WRITTEN.search(first.text)
        or not _YEAR_WRITTEN.search(then.text)
        or not _from_until(text, first, then, cues)
    ):
        return None
    return _spanning(text, first, then, model.interval(a.start, b.start))


def _from_until(text: str, first: Mention, then: Mention, cues: _Cues) -> bool:
    """Whether, in one sentence, "from" opens `first` and "until" `then`, with nothing
    between the two but "and" ("Din 22 august 2017 și până azi")."""
    if first.sentence_start != then.sentence_start or not cues.until(text, then.start):
        return False
    if not _opens_on_from(text, first, cues):
        return False
    gap = text[first.end : cues.until_start(text, then.start)].strip(" ,")
    return not gap or (cues.and_word is not None and cues.and_word.fullmatch(gap) is not None)


def _opens_on_from(text: str, mention: Mention, cues: _Cues) -> bool:
    """Whether "from" opens the mention or stands just before it ("Od 14 lutego 2017 r.",
    where the rule leaves the preposition out)."""
    return bool(
        (cues.from_at is not None and cues.from_at.match(text, mention.start))
        or (
            cues.from_before is not None
            and cues.from_before.search(text, max(0, mention.start - 12), mention.start)
        )
    )


def _said_again(text: str, first: Mention, then: Mention, cues: _Cues) -> bool:
    """ "do 14 marca, czyli do piątku": "that is" before a second "until" says the first
    date again (read alone, the weekday took the nearest Friday), no range of the two."""
    return cues.that_is is not None and bool(cues.that_is.fullmatch(text, first.end, then.start))


SPAN_DAYS: Final = 16
"""The longest written range whose days a weekday named after it is read in."""
SPAN_REACH: Final = 300
"""How far after such a range a weekday is read in it (the next sentence or two)."""


def _written_span(mention: Mention) -> bool:
    """A range of a few days written with its numbers ("от 31 октомври до 3 ноември"), or
    from one weekday to another ("entre segunda e sexta-feira", its days listed after it)."""
    value = mention.value
    return (
        value is not None
        and value.precision == "interval"
        and (value.end - value.start).days < SPAN_DAYS
        and (any(map(str.isdigit, mention.text)) or mention.meaning == "weekday_range")
    )


def _bare_weekday(words: str) -> bool:
    """A weekday's words with at most a short preposition before them ("vineri", "w
    piątek", "no sábado"): no "next" or "last" ("Миналия петък", "sábado passado")."""
    parts = words.split()
    return len(parts) == 1 or (len(parts) == 2 and len(parts[0]) <= 3)


def _past_after_span(span: Mention, weekday: Mention, lang: str, ref: dt.date | None) -> bool:
    """ "Protestele vor avea loc pe 27 și 28 august, potrivit unui anunț făcut luni": a
    weekday whose own clause is past (`tense.past_marked`), read alone on or before the
    reference while the days it follows lie ahead, is the day of that act, none of those
    days (`_in_span` is for a weekday with no tense of its own; "zaplanowano na czwartek",
    read ahead, is still one of them)."""
    a, b = weekday.value, span.value
    if (
        ref is None
        or a is None
        or b is None
        or weekday.meaning not in WEEKDAYS
        or not a.start <= ref < b.start
    ):
        return False
    at = weekday.start - weekday.sentence_start
    return tense.past_marked(weekday.sentence, lang, at, at + len(weekday.text))


def _in_span(span: Mention, weekday: Mention) -> Mention:
    """ "Учениците ще почиват от 31 октомври до 3 ноември. ... са два – петък и
    понеделник": a weekday named alone (no "next" or "last" with it) shortly after a few
    written days that hold it once is that day of them (read alone it took the week its
    clause's tense gave it)."""
    a, b = weekday.value, span.value
    if (
        a is None
        or b is None
        or weekday.meaning not in WEEKDAYS
        or not _bare_weekday(weekday.text)
        or weekday.start - span.end > SPAN_REACH
        or b.start <= a.start <= b.end
    ):
        return weekday
    days = [
        b.start + dt.timedelta(days=n)
        for n in range((b.end - b.start).days + 1)
        if (b.start + dt.timedelta(days=n)).weekday() == a.start.weekday()
    ]
    if len(days) != 1:
        return weekday
    return dataclasses.replace(weekday, value=model.day(days[0]))


def _spanning(
    text: str, first: Mention, then: Mention, value: EdtfDate | None, meaning: str = ""
) -> Mention:
    """One mention from the start of `first` to the end of `then`, dated `value`: the two
    taken as one (a range, a pair, a day in apposition), in the later one's sentence."""
    return Mention(
        text[first.start : then.end],
        first.start,
        then.end,
        value,
        then.sentence,
        then.lang,
        then.sentence_start,
        meaning,
    )


def _night(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "în noaptea de joi spre vineri", "w nocy z czwartku na piątek", "na noite de sexta
    para sábado": a night named by the day it starts on and the one it ends on is those two
    days, one interval dated by the first (the second read alone may take another week)."""
    a = first.value
    if (
        a is None
        or a.precision != "day"
        or then.value is None
        or then.value.precision != "day"
        or cues.night_before is None
        or cues.night_to is None
        or first.sentence_start != then.sentence_start
        or not cues.night_to.match(text, first.end, then.end)
        or not _words_between(text, first.end, then.start)
        or (
            cues.night_before.search(text, max(0, first.start - 30), first.start) is None
            and not _night_days_after(text, then.end)
        )
    ):
        return None
    return dataclasses.replace(
        then,
        text=text[first.start : then.end],
        start=first.start,
        value=model.interval(a.start, a.start + dt.timedelta(days=1)),
        meaning="",
    )


_NIGHT_DAYS: Final = re.compile(
    r"\s*\(\s*(?:[^\W\d_]{1,3}\s+)?(\d{1,2})\s*(?:/|[-–]|[^\W\d_]{1,4})\s*(\d{1,2})(?!\d)"
)
"""A bracket opening on two days of the month, the night's ("(z 16 na 17 sierpnia)",
"(20 para 21 de agosto)", "(17/18)")."""


def _night_days_after(text: str, end: int) -> bool:
    """Whether a bracket right after two weekdays joined by the night's "to" writes out two
    days that follow each other: "Z poniedziałku na wtorek (z 16 na 17 sierpnia)" is a night
    with no word of the night."""
    found = _NIGHT_DAYS.match(text, end)
    if found is None:
        return False
    first, last = int(found.group(1)), int(found.group(2))
    return last == first + 1 or (last == 1 and first >= 28)


_NIGHT_BRACKET: Final = re.compile(r"\s*\(\s*(?:[^\W\d_]{1,3}\s+)?(?:(\d{1,2})\s*(?:/|[-–])?\s*)?")
"""An opening bracket before the night's days (its first day and the "from" before it)."""


def _night_dated(text: str, night: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """A night named by its weekdays and its days written in brackets after it ("w nocy z
    czwartku na piątek (z 19 na 20 sierpnia)", "Na noite de sexta para sábado (20 para 21 de
    agosto)", "В нощта срещу събота (21 август)"): one mention, dated by the written day (the
    weekdays read alone may take another week). The day written is the night's last (or its
    first, a single day falling on the first weekday)."""
    pair = _pair_in_sentence(night, then, ("interval", "day"))
    if pair is None or _DIGIT.search(night.text):
        return None
    a, b = pair
    if a.end - a.start != dt.timedelta(days=1):
        return None
    gap = _NIGHT_BRACKET.fullmatch(text, night.end, then.start)
    if gap is None:
        return None
    if b.start.weekday() == a.end.weekday():
        first = b.start - dt.timedelta(days=1)
    elif gap.group(1) is None and b.start.weekday() == a.start.weekday():
        first = b.start
    else:
        return None
    if gap.group(1) is not None and int(gap.group(1)) != first.day:
        return None
    end = then.end
    if text.startswith(")", end):
        end += 1
    return dataclasses.replace(
        night,
        text=text[night.start : end],
        end=end,
        value=model.interval(first, first + dt.timedelta(days=1)),
    )


def _words_between(text: str, end: int, start: int) -> bool:
    """Whether only one short word (the "to") or nothing stands between two mentions."""
    return len(text[end:start].split()) <= 1


def _night_alone(text: str, mention: Mention, cues: _Cues) -> Mention:
    """A day after "the night to" ("в нощта срещу събота", "în noaptea de 14 spre 15
    februarie"): the night that ends on it, the day before and the day itself."""
    value = mention.value
    if cues.night_of_day is None or value is None or value.precision != "day":
        return mention
    found = cues.night_of_day.search(text, max(0, mention.start - 40), mention.start)
    if (
        found is None
        and cues.night_lead is not None
        and cues.night_to is not None
        and cues.night_to.match(" " + mention.text) is not None  # it opens on the "to"
    ):
        found = cues.night_lead.search(text, max(0, mention.start - 40), mention.start)
    if found is None:
        return mention
    last = value.start
    first = last - dt.timedelta(days=1)
    if found.group(1) is not None and int(found.group(1)) != first.day:
        return mention
    return dataclasses.replace(
        mention,
        text=text[found.start() : mention.end],
        start=found.start(),
        value=model.interval(first, last),
    )


@cache
def _days_before(lang: str, apart: bool) -> re.Pattern[str]:
    """Day numbers each followed by a comma, just before a mention: "12, " of "12, 13 și 14
    iulie"; each may take the ending the language gives a day's number (its `day_ending`
    fragment: "на 25-и, 26-и, 27-и и 28-и август", "nos dias 1.º, 2 e 3"). Read in the
    normalised text. `apart`: no score's or a date's digits before them ("9, " of "nos dias
    9, 23 e 25 de janeiro")."""
    try:
        ending = data.words(lang).fragments.get("day_ending")
    except (OSError, data.LanguageDataError):
        ending = None
    mark = f"(?:{ending})?" if ending and "{" not in ending else ""
    before = r"(?<![\d.,:/])" if apart else r"(?<![\d.,])"
    return re.compile(before + r"((?:\d{1,2}" + mark + r"\s*,\s*)+)\Z", re.IGNORECASE)


def _listed_before(text: str, mention: Mention, apart: bool) -> re.Match[str] | None:
    """`_days_before` in the 40 characters before the mention, its offsets those of the
    window that starts at `_LISTED_REACH` characters before the mention."""
    low = max(0, mention.start - _LISTED_REACH - 1)
    window = dates.language(mention.lang).normalize(text[low : mention.start])
    return _days_before(mention.lang, apart).search(
        window, min(len(window), max(0, mention.start - _LISTED_REACH - low))
    )


_LISTED_REACH: Final = 40

_LISTED_DAY: Final = re.compile(r"(\d+)[^\s,]*")
"""A day's number in a list before a mention, with its ending ("8-ми")."""

_ENDS_ON_DAY: Final = re.compile(r"\d(?:\W?[^\W\d_]{1,3})?\Z")
"""A mention that ends on a day's number, with or without its ending ("на 25-и", "1.º")."""


def _days_listed_apart(text: str, mention: Mention) -> list[Mention]:
    """Days of a month listed with commas before a day that are not one after the other
    ("adiada para os dias 9, 23 e 25 de janeiro", "на 5, 12 и 19 май"): each a day of the
    mention's month (read alone the first was missed, or taken in the reference month);
    days that follow each other are one interval (`_days_listed_before`)."""
    value = mention.value
    if value is None or value.precision != "day" or not mention.text[:1].isdigit():
        return []
    found = _listed_before(text, mention, apart=True)
    if found is None:
        return _day_or_before(text, mention, value.start)
    low = max(0, mention.start - _LISTED_REACH - 1)
    days = [int(n) for n in re.findall(r"\d+", found.group(1))]
    last = value.start.day
    if [*days, last] == list(range(days[0], last + 1)) or [*days, last] != sorted({*days, last}):
        return []
    listed = []
    for number in _LISTED_DAY.finditer(found.group(1)):
        day_ = _same_day_of(value.start, int(number.group(1)))
        if day_ is None:
            return []
        start = low + found.start(1) + number.start()
        listed.append(
            dataclasses.replace(
                mention,
                text=number.group(),
                start=start,
                end=low + number.end() + found.start(1),
                value=model.day(day_),
                meaning="day_of_month",
            )
        )
    return listed


@cache
def _or_day(lang: str) -> re.Pattern[str] | None:
    """A day's number and "or" right before a written day ("14 ou " of "a 14 ou 21 de
    junho", the language's `or_words`)."""
    words = data.words(lang).or_words
    if not words:
        return None
    return re.compile(rf"(?<![\d.,:/])(\d{{1,2}})\s+(?:{_either(words)})\s+\Z", re.IGNORECASE)


def _day_or_before(text: str, mention: Mention, written: dt.date) -> list[Mention]:
    """A day of the month and "or" before a written day ("em 23 ou 27 de setembro", "pe 8
    sau 9 martie"): the two are alternatives, each its own day of the written day's month
    (read alone, the first was missed); never one interval, even when they follow each
    other."""
    pattern = _or_day(mention.lang)
    found = pattern.search(text, max(0, mention.start - 12), mention.start) if pattern else None
    if found is None:
        return []
    day_ = _same_day_of(written, int(found.group(1)))
    if day_ is None or day_ == written:
        return []
    return [
        dataclasses.replace(
            mention,
            text=found.group(1),
            start=found.start(1),
            end=found.end(1),
            value=model.day(day_),
            meaning="day_of_month",
        )
    ]


def _same_day_of(month: dt.date, day_: int) -> dt.date | None:
    """That day of the month of `month`, if the month has it."""
    try:
        return month.replace(day=day_)
    except ValueError:
        return None


_LISTED_NUMBERS: Final = re.compile(r"(?<![\d.,:/])\d{1,2}(?![\d.,:/]?\d)")
"""The day numbers of a list written in a mention ("nos dias 9, 16 e 30")."""


def _days_apart_in(text: str, mention: Mention) -> list[Mention] | None:
    """Three days or more listed with commas in one range ("nos dias 9, 16 e 30", "în zilele
    de 9, 16 și 30"): when they do not follow each other, each is a day of the range's
    month, one mention each (the rule read from the first to the last); days that follow
    each other stay one interval."""
    value = mention.value
    if value is None or value.precision != "interval" or ", " not in mention.text:
        return None
    found = list(_LISTED_NUMBERS.finditer(mention.text))
    numbers = [int(n.group()) for n in found]
    if (
        len(numbers) < 3
        or numbers != sorted(set(numbers))
        or numbers == list(range(numbers[0], numbers[-1] + 1))
        or (value.start.day, value.end.day) != (numbers[0], numbers[-1])
        or value.start.month != value.end.month
    ):
        return None
    days = [_same_day_of(value.start, n) for n in numbers]
    return [
        dataclasses.replace(
            mention,
            text=n.group(),
            start=mention.start + n.start(),
            end=mention.start + n.end(),
            value=model.day(day_),
            meaning="day_of_month",
        )
        for n, day_ in zip(found, days, strict=True)
        if day_ is not None
    ]


def _days_listed_before(text: str, mention: Mention, held: Mention | None) -> Mention:
    """Days of a month listed with commas before the two the mention joins ("pe 12, 13 și 14
    iulie", "на 12, 13 и 14 юли"): when they follow each other, one interval from the first;
    the first may have been read alone as a day of the month (`held`), which it opens."""
    value = mention.value
    if (
        value is None
        or value.precision not in ("day", "interval")
        or not mention.text[:1].isdigit()
    ):
        return mention
    found = _listed_before(text, mention, apart=False)
    if found is None:
        return mention
    days = [int(n) for n in re.findall(r"\d+", found.group(1))]
    if [*days, value.start.day] != list(range(days[0], value.start.day + 1)):
        return mention
    start = max(0, mention.start - _LISTED_REACH - 1) + found.start(1)
    if held is not None and held.start < start < held.end + 1 and _ENDS_ON_DAY.search(held.text):
        start = held.start
    first = value.start.replace(day=days[0])
    return dataclasses.replace(
        mention, text=text[start : mention.end], start=start, value=model.interval(first, value.end)
    )


_CUE_WORD_BEFORE: Final = re.compile(r"([^\W\d_]+)(?:-[^\W\d_]+)?\s+\Z")
"""The word before a cue, without a hyphenated part ("sexta-feira": "sexta")."""

_APPOSITION: Final = re.compile(r"\s*[,(/]?\s*")
"""What may stand between a weekday and the written date it names: a comma, an opening
bracket or slash, or a space ("terça-feira 04/03/2025", "joi (12 martie)", "8 юни
(събота)", "до 25 октомври /сряда/")."""

_DASHED: Final = re.compile(r"\s*[-–—]\s*")
"""A dash between a holiday and the days it covers."""
_NOUN_BRACKET: Final = re.compile(r"\s+[^\W\d_]+\s*\(\s*")
"""A word and an opening bracket between a weekday and its date (the weekday's noun)."""
_DASHED_DATE: Final = re.compile(r"\s*[-–—]\s*\d")
"""A dash and a number right after a weekday: the weekday opens a date of its own."""
_DAY_WORD_BRACKET: Final = re.compile(
    r"\s*,\s*(?:[^\W\d_]{1,3}\s+)?[^\W\d_]+(?:-[^\W\d_]+)?\s*\(\s*"
)
"""A comma, a word (a weekday, with its short preposition) and an opening bracket between
"today" and the written date it is."""
_APPOSED_AFTER_WORD: Final = re.compile(r"\s*,\s*[^\W\d_]{1,3}\s+|\s+[^\W\d_]+\s*\(\s*")
"""What may stand between a date and the weekday naming it besides `_APPOSITION`: a comma and
an article ("30 de agosto, um sábado"), or a word and an opening bracket ("включително (")."""

_CLOSING: Final = {"(": ")", "/": "/"}
"""The mark that closes a bracket or slash opened between a date and its weekday."""


def _apposed(text: str, first: Mention, then: Mention, cues: _Cues | None = None) -> Mention | None:
    """ "Mâine, 29 februarie", "amanhã, 1 de janeiro", "Sâmbătă și duminică, 6 și 7
    ianuarie", "В събота (3 май)", and the other way round, a lone weekday after its date
    ("pe 7 martie, sâmbătă", "6 marca (piątek)", "на 1 и 2 ноември, събота и неделя"): words
    with no digits and a written date
    that falls on the same weekdays and spans as many days, side by side, are one mention,
    dated by the written date (the words were read against the reference and may have
    taken the wrong week). A bracket opened
    between them is closed inside the mention."""
    if first.sentence_start != then.sentence_start:
        return None
    gap = _APPOSITION.fullmatch(text, first.end, then.start)
    if gap is None and (
        first.meaning in ("holiday", "relative_day")
        or first.meaning in WEEKDAYS
        or (not first.meaning and not _DIGIT.search(first.text))
    ):
        # "Около Гергьовден - 5 и 6 май", "kolejna niedziela - 29 czerwca - będzie handlowa",
        # "Утре – 17 май", and a relative day already joined to its weekday ("утре,
        # четвъртък – 3 февруари")
        gap = _DASHED.fullmatch(text, first.end, then.start)
        if gap is None and cues is not None and cues.days_named is not None:
            gap = cues.days_named.fullmatch(text, first.end, then.start)
    if gap is None and first.meaning == "relative_day" and _DIGIT.search(then.text):
        # "Днес, петък (12 септември)", "Hoje, sexta-feira (12 de setembro)": the weekday
        # between them is the day's too
        gap = _DAY_WORD_BRACKET.fullmatch(text, first.end, then.start)
    if gap is None and cues is not None and cues.that_is is not None:
        gap = cues.that_is.fullmatch(text, first.end, then.start)  # "mâine, adică 14 martie"
    if gap is None and first.meaning == "relative_day" and cues is not None and cues.day_noun:
        gap = cues.day_noun.fullmatch(text, first.end, then.start)  # "утрешния ден, 4 септември"
    if gap is None and cues is not None and cues.editor_note is not None:
        gap = cues.editor_note.fullmatch(text, first.end, then.start)  # "(n.r. – joi)"
    if (
        gap is None
        and then.meaning in _WEEKDAYS_OR_RANGE
        and _one_word(then.text)
        and any(ch.isdigit() for ch in first.text)
    ):
        # "no dia 30 de agosto, um sábado", "от 24 до 26 декември включително (сряда-петък)":
        # an article or a word before the bracket; the days must still be the same
        gap = _APPOSED_AFTER_WORD.fullmatch(text, first.end, then.start)
        if gap is not None and _DASHED_DATE.match(text, then.end):
            gap = None  # "17 април, и петък – 18 април": the weekday names the date after it
        elif gap is not None and cues is not None and cues.conjunction.search(gap.group()):
            gap = None  # "sâmbătă, 14 iunie, și duminică": a second day, not the date's name
    if gap is None and first.meaning in WEEKDAYS and _DIGIT.search(then.text):
        # "W czwartkowe przedpołudnie (2 października)", "Петъчната среща (3 октомври)": the
        # weekday's noun between it and its date in brackets
        gap = _NOUN_BRACKET.fullmatch(text, first.end, then.start)
    if gap is None and then.meaning in WEEKDAYS and any(ch.isdigit() for ch in first.text):
        # "на 11 ноември – понеделник", "pe 22 aprilie – marți": a dash before the weekday
        gap = _DASHED.fullmatch(text, first.end, then.start)
    if gap is None:
        return None
    bracketed = any(mark in gap.group() for mark in _CLOSING)
    if bracketed and _last_day_named(then, first, within=RANGE_DAYS):
        value: EdtfDate | None = first.value
    elif _last_day_restated(first, then, gap.group()):
        value = first.value
    else:
        value = _same_days(words=first, date=then) or (
            _same_days(words=then, date=first)
            if (
                _one_word(then.text)
                or then.meaning in ("weekday", "weekday_pair", "weekday_range")
                or (then.meaning == "holiday" and _one_word(_LEADING_WORD.sub("", then.text)))
            )
            and first.meaning != "holiday"  # "de Ziua Îndrăgostiților, miercuri": two mentions
            else None
        )
    if value is None:
        return None
    end = then.end
    opened = next((mark for mark in _CLOSING if mark in gap.group()), None)
    if opened is not None and text.startswith(_CLOSING[opened], end):
        end += 1
    return Mention(
        text[first.start : end],
        first.start,
        end,
        value,
        then.sentence,
        then.lang,
        then.sentence_start,
    )


_LEADING_WORD: Final = re.compile(r"^\s*(?-i:[^\W\d_]{1,3})\s+")
"""A short lower-case preposition opening a mention ("de Revelion", "на Гергьовден")."""


def _one_word(text: str) -> bool:
    """After a date only a lone word is its weekday ("6 marca (piątek)"), or a weekday with
    its time ("на 27 септември, сряда, от 18:00 часа": `_apposed` asks the rule); longer
    words are a name of their own ("1 decembrie, de Ziua Națională": two mentions of one
    day), but a holiday of one word after its preposition is the date's ("Pe 31 decembrie, de
    Revelion")."""
    return not any(map(str.isspace, text.strip()))


def _same_days(words: Mention, date: Mention) -> EdtfDate | None:
    """The date's value when `words` (a weekday, "6.ª feira" too, or "tomorrow") name the days
    `date` writes out or names (a holiday: "marți, de Bobotează"). A day and month with no
    year that falls on the named weekday only a year later or earlier ("20 martie
    (vineri)" read back to a Thursday) is that year's: the weekday says which year is
    meant; a day of the month alone ("sexta-feira, dia 31") is the weekday's if it is that
    day; "today (Saturday)" ("днес (събота)", "amanhã (domingo)") is the relative day's, when
    the weekday is its."""
    a, b = words.value, date.value
    if date.meaning == "relative_day" and words.meaning in WEEKDAYS:
        return b if a is not None and a == b else None  # the weekday read is the very day
    if _covered(words, date) or _last_day_named(words, date):
        return b
    if (
        a is None
        or b is None
        or a.precision != b.precision
        or a.precision not in ("day", "interval")
        or (words.meaning not in WEEKDAYS and any(map(str.isdigit, words.text.split(",")[0])))
        or not (any(map(str.isdigit, date.text)) or date.meaning in _NAMED_DAYS)
        or a.end - a.start != b.end - b.start
    ):
        return None
    if a.start.weekday() == b.start.weekday():
        return b
    if words.meaning == "relative_day":
        # "wczoraj (czwartek 6 marca - red.)": the written day corrects a reading against a
        # page dated a day or two after it was written; "ontem, dia 13 de janeiro", read
        # ahead into next year, is the year of "yesterday"
        near = (
            _year_shifted(b.start, shift)
            for shift in (0, 1, -1)
            if not _YEAR.search(date.text) or shift == 0
        )
        for moved in near:
            if moved is not None and abs((moved - a.start).days) <= _NOTE_DAYS:
                return model.day(moved)
        return None
    if date.meaning == "day_of_month":  # "nesta sexta-feira, dia 31": the weekday's month
        return model.day(a.start) if a.start.day == b.start.day else None
    if b.precision != "day" or _YEAR.search(date.text):
        return None
    if date.meaning == "holiday" and _DIGIT.search(words.text):
        return None  # "Luni, 20 iunie, de Rusalii": the day is written, the holiday is another
    for shift in (1, -1):
        moved = _year_shifted(b.start, shift)
        if words.meaning == "holiday" and moved != a.start:
            continue  # a feast names its own day: another year's weekday says nothing of it
        if moved is not None and moved.weekday() == a.start.weekday():
            return model.day(moved)
    return None


SCHOOL_REACH: Final = 300
"""How far around a half of the year words of school are looked for."""

_NOTE_DAYS: Final = 2
"""How far a day written beside "yesterday" or "today" may lie from its reading."""

HOLIDAY_DAYS: Final = 3
"""The most days a holiday's written days may cover ("De Rusalii, 31 mai și 1 iunie")."""


def _covered(holiday: Mention, date: Mention) -> bool:
    """Whether a holiday is followed by the few written days it covers, its own day among
    them ("Около Коледа – 24 и 25 декември", "No Natal, 24 e 25 de dezembro"): the days
    date it, read in their year."""
    a, b = holiday.value, date.value
    if holiday.meaning != "holiday" or a is None or b is None or b.precision != "interval":
        return False
    if not any(map(str.isdigit, date.text)) or (b.end - b.start).days >= HOLIDAY_DAYS:
        return False
    return any(
        (moved := _same_day_in(a.start, year_)) is not None and b.start <= moved <= b.end
        for year_ in {b.start.year, b.end.year}
    )


def _last_day_restated(days: Mention, date: Mention, gap: str) -> bool:
    """Whether a written day after a comma restates the last day of the range of days before
    it, that range closing on words ("de sábado (14) até a terça-feira de carnaval, 17 de
    fevereiro"): the date is the range's end, no mention of its own."""
    a, b = days.value, date.value
    return (
        "," in gap
        and a is not None
        and b is not None
        and a.precision == "interval"
        and b.precision == "day"
        and b.start == a.end
        and a.start < a.end
        and (a.end - a.start).days <= RANGE_DAYS
        and not days.text.rstrip()[-1:].isdigit()
        and _DIGIT.search(date.text) is not None
    )


def _last_day_named(weekday: Mention, days: Mention, within: int | None = None) -> bool:
    """Whether a lone weekday after two written days names the last one ("на 1 октомври,
    четвъртък, и 2 октомври, петък"), or, in brackets, the last of a longer range ("entre
    24 de Fevereiro (segunda) e 8 de Março (sábado)": `within` its days): it belongs to the
    days, no mention of its own."""
    a, b = weekday.value, days.value
    return (
        weekday.meaning in WEEKDAYS
        and a is not None
        and b is not None
        and b.precision == "interval"
        and (b.end - b.start).days < (within or HOLIDAY_DAYS)
        and any(map(str.isdigit, days.text))
        and b.end.weekday() == a.start.weekday()
    )


_NAMED_DAYS: Final = frozenset({"holiday", "ordinal_in_month"})
"""Meanings that name a day of the calendar in words ("de Bobotează", "ostatniego dnia
października"): a weekday in apposition to one is that day."""

_YEAR: Final = re.compile(r"\d{4}|\d{1,2}[./-]\d{1,2}[./-]\d{2}")
"""A year written in a date: four digits, or the two of "20.03.26"."""


def _year_shifted(d: dt.date, years: int) -> dt.date | None:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return None


def _ranged(
    text: str, first: Mention, then: Mention, cues: _Cues, ref: dt.date | None = None
) -> Mention | None:
    """ "de vineri, de la ora 20:00, până duminică", "entre as 20h de sexta-feira e as 06h
    de domingo", "14 februarie, ora 23:00 – 16 februarie": two days that open and close a
    range, with times of day between them, are one interval. A weekday that closes it is
    the first such day on or after the opening one (read alone, "până duminică" may have
    taken last week's)."""
    a, b = first.value, then.value
    closed = first.end + (text.startswith(".", first.end) and first.text[-1:].isdigit())
    if (
        a is None
        or b is None
        or a.precision != "day"
        or b.precision != "day"
        or first.sentence_start != then.sentence_start
        or not cues.range_between(text, first.start, closed, then.start, then.end)
    ):
        return None
    start, end = _in_year_of(a.start, first.text, b.start, then.text), b.start
    if first.meaning == "day_of_month" and _written(then.text):
        # "din data de 17 până în data de 28 noiembrie", "do dia 11 ao dia 22 de dezembro":
        # the first day is of the last one's month, or of the month before
        start = _month_day_before(end, a.start.day) or start
    if end < start and not _YEAR_WRITTEN.search(then.text):  # "from today until 30 January"
        end = _same_day_in(end, end.year + 1) or end
    if then.meaning in WEEKDAYS and _in_named_week(then, start, cues):
        # "od środy do piątku w przyszłym tygodniu": the closing weekday's week holds both
        start = end - dt.timedelta(days=(end.weekday() - a.start.weekday()) % 7)
    elif then.meaning in WEEKDAYS:
        end = start + dt.timedelta(days=(b.start.weekday() - start.weekday()) % 7)
        if _range_ahead(first, ref, end):
            start, end = start + _WEEK, end + _WEEK
    elif first.meaning in WEEKDAYS and (_written(then.text) or then.meaning == "holiday"):
        # "de joi până în Duminica Paștelui", "od czwartku do Niedzieli Wielkanocnej": the
        # weekday is the last one on or before the written or named day that closes it
        start = end - dt.timedelta(days=(end.weekday() - a.start.weekday()) % 7)
    if not start < end <= start + dt.timedelta(days=RANGE_DAYS):
        return None
    return _spanning(text, first, then, model.interval(start, end))


_WEEK: Final = dt.timedelta(days=7)


def _range_ahead(first: Mention, ref: dt.date | None, end: dt.date) -> bool:
    """Whether a range from one weekday to another, with times of day between them ("od
    czwartku od godz. 12 do piątku", "от вторник от 8 ч. до сряда"), all of it before the
    reference, is told in a clause with no past marker: its opening weekday, read alone
    with a present of state, took the "since" of the week gone by ("obowiązują od
    czwartku"), which a range closed by "until" is not; it is the coming one."""
    if ref is None or first.meaning not in WEEKDAYS or end >= ref:
        return False
    at = first.start - first.sentence_start
    return not tense.past_marked(first.sentence, first.lang, at, at + len(first.text))


def _in_named_week(weekday: Mention, start: dt.date, cues: _Cues) -> bool:
    """Whether a weekday closing a range was read in a week named after it ("do piątku w
    przyszłym tygodniu": its last word no weekday) a week or more after the range's first
    day as read alone: the week is the range's."""
    value = weekday.value
    last = weekday.text.split()[-1] if weekday.text.split() else ""
    return (
        value is not None
        and value.start - start >= dt.timedelta(days=7)
        and fold_accents(last.lower()) not in cues.weekday_words
    )


def _range_in_week(text: str, first: Mention, then: Mention) -> Mention | None:
    """ "De miercuri până vineri săptămâna viitoare", "От сряда до петък следващата
    седмица": a range of weekdays and a week named right after it are one mention, the
    range's days in that week (read alone, the range took the week its clause gave it)."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or first.meaning != "weekday_range"
        or b.precision != "week"
        or then.meaning != "period_offset"
        or first.sentence_start != then.sentence_start
        or not _BESIDE.fullmatch(text, first.end, then.start)
    ):
        return None
    shift = b.start - (a.start - dt.timedelta(days=a.start.weekday()))
    return _spanning(text, first, then, model.interval(a.start + shift, a.end + shift))


def _month_day_before(end: dt.date, day_: int) -> dt.date | None:
    """That day of the month of `end` if it comes before `end`, else of the month before."""
    if day_ < end.day:
        return calendar_day(end.year, end.month, day_)
    before = end.replace(day=1) - dt.timedelta(days=1)
    return calendar_day(before.year, before.month, day_)


def _months_ranged(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "od kwietnia do końca sierpnia", "от юни до края на септември", "de abril até ao
    final de agosto": a month opening on "from" and one closing on "until (the end of)"
    side by side are one interval of months (each read alone dates one month); the first,
    written without its year, is of the last one's year or the year before ("od listopada"
    read alone after "trwa" is last year's), and a last one written before the first is
    of the next year ("from October to the end of March")."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or a.precision != "month"
        or b.precision != "month"
        or first.sentence_start != then.sentence_start
        or cues.opens_from is None
        or not cues.opens_from.match(first.text)
        or not cues.until(text, then.start)
        or not _SPACE.fullmatch(text, first.end, then.start)
    ):
        return None
    last = b
    if not _YEAR_WRITTEN.search(first.text):
        year_ = b.start.year if a.start.month <= b.start.month else b.start.year - 1
        a = model.month(year_, a.start.month)
    elif b.start < a.start:
        last = model.month(b.start.year + 1, b.start.month)
    if (last.start.year - a.start.year) * 12 + last.start.month - a.start.month > 12:
        return None
    return _spanning(text, first, then, span(a, last))


_SPACE: Final = re.compile(r"\s+")


def _parts_ranged(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "entre o final de outubro e o final de dezembro de 2024", "de la începutul lui mai
    până la sfârșitul lui iunie", "от края на октомври до края на декември", "între
    sfârșitul lui 2022 și începutul lui 2024": "between" or "from" the part of one month or
    year and "and" or "until" the part of another, one interval of the months or years
    (each read alone dates one period, the parts dated by their period at its precision);
    the first month written without its year is of the last one's, or the year before."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or cues.parts_lead is None
        or cues.parts_open is None
        or cues.parts_join is None
        or a.precision != b.precision
        or a.precision not in ("month", "year")
        or first.sentence_start != then.sentence_start
    ):
        return None
    lead = cues.parts_lead.match(first.text)
    a_lead = lead.group() if lead else ""
    lead = cues.parts_lead.match(then.text)
    b_lead = lead.group() if lead else ""
    reach = max(first.sentence_start, first.start - 40)
    before = text[reach : first.start] + a_lead  # the mention's own lead read as if before it
    opened = cues.parts_open.search(before)
    joined = cues.parts_join.fullmatch(text[first.end : then.start] + b_lead)
    if opened is None or joined is None or not (opened["part"] or joined["part"]):
        return None
    between = bool(cues.between_years and cues.between_years.fullmatch(opened["open"]))
    if between != bool(cues.pair_joined and cues.pair_joined.fullmatch(f" {joined['join']} ")):
        return None  # "between" ... "and", "from" ... "until"
    if a.precision == "month" and not _YEAR_WRITTEN.search(first.text):
        a = model.month(b.start.year - (a.start.month > b.start.month), a.start.month)
    if not a.start < b.start:
        return None
    start = reach + opened.start()
    return Mention(
        text[start : then.end],
        start,
        then.end,
        span(a, b),
        then.sentence,
        then.lang,
        then.sentence_start,
    )


def _from_start(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "od początku roku do 30 czerwca", "de la începutul anului până la 30 iunie": from the
    start of a period until a day in it is one interval, from the period's first day (each
    read alone dates the whole period, then the day); until a month of a year ("od początku
    roku do lipca", "от началото на годината до края на юли"), the months from the first to
    that one, in the year's own year (read alone the month took the nearest)."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or b.precision not in ("day", "month")
        or first.sentence_start != then.sentence_start
        or not cues.from_start(text, first.start)
        or not cues.until(text, then.start)
        or not _GAP_ONLY.fullmatch(_LAST_WORD.sub("", text[first.end : then.start]))
    ):
        return None
    if b.precision == "month":
        if a.precision != "year" or (
            _YEAR_WRITTEN.search(then.text) and b.start.year != a.start.year
        ):
            return None
        months = span(model.month(a.start.year, 1), model.month(a.start.year, b.start.month))
        return _spanning(text, first, then, months)
    if not a.start < b.start <= a.end:
        return None
    return _spanning(text, first, then, model.interval(a.start, b.start))


_GAP_ONLY: Final = re.compile(r"[\s,]*")
"""Nothing but spaces and a comma between two mentions."""


def _in_year_of(start: dt.date, written: str, end: dt.date, closing: str) -> dt.date:
    """A range's first day written without its year ("12.05. – 30.06.2025", "od 3 do 15
    lipca 2024") is of the last day's year, or of the year before when it would follow it;
    read alone it took the year its clause's tense gave it."""
    if _YEAR_WRITTEN.search(written) or not _YEAR_WRITTEN.search(closing):
        return start
    moved = _same_day_in(start, end.year)
    if moved is not None and moved > end:
        moved = _same_day_in(start, end.year - 1)
    return moved or start


def _same_day_in(day: dt.date, year: int) -> dt.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


YEARLY_MONTHS: Final = 366
"""The longest span of months named without a year that a yearly habit takes ("todos os
anos, entre abril e junho")."""
YEARLY_DAYS: Final = 14
"""The longest run of days a yearly habit spans ("nos dias 3, 4 e 5 de agosto")."""
_YEAR_WRITTEN: Final = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")
_LETTERS_AFTER_DIGIT: Final = re.compile(r"\d.*?[^\W\d_]{3}")
"""A word of three letters or more after a number: a month named after its day."""
_DIGIT: Final = re.compile(r"\d")


_DAY_NUMBER_AFTER: Final = re.compile(r"\s+(\d{1,2})(?!\d)(?![.:/]\d)")
"""A day's number right after a weekday ("vineri 16 şi sâmbătă, 17 mai")."""


def _weekday_numbered(
    text: str, first: Mention, then: Mention, cues: _Cues
) -> tuple[Mention, bool] | None:
    """A weekday with a day's number after it, then "and" and a written day ("miercuri 29 şi
    joi, 30 septembrie", "w piątek 16 i sobotę 17 maja"): the number is a day of the written
    day's month, on the weekday said. The two days in a row are one interval (True: taken
    as one); apart, the first is its own day (False), as two days of a month joined by "and"
    that do not follow each other are two mentions."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or first.meaning not in WEEKDAYS
        or a.precision != "day"
        or not _written_day(then)
        or first.sentence_start != then.sentence_start
    ):
        return None
    number = _DAY_NUMBER_AFTER.match(text, first.end)
    if number is None or number.end() >= then.start:
        return None
    joined = [j for j in (cues.pair_joined, cues.and_joined) if j is not None]
    if not any(j.fullmatch(text.replace(",", " "), number.end(), then.start) for j in joined):
        return None
    try:
        day = b.start.replace(day=int(number.group(1)))
    except ValueError:
        return None
    if day >= b.start or day.weekday() != a.start.weekday():
        return None
    if b.start - day == dt.timedelta(days=1):
        return _spanning(text, first, then, model.interval(day, b.start)), True
    said = text[first.start : number.end()]
    return dataclasses.replace(first, text=said, end=number.end(), value=model.day(day)), False


def _paired(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "no domingo e na segunda-feira", "w sobotę i w niedzielę": two days in a row, each
    with its preposition, joined by 'and', are one interval (as "sâmbătă și duminică" is),
    dated by the second's reading (read alone, each may have taken another week); so are
    today and tomorrow ("днес и утре", "hoje e amanhã"), and two written days that follow
    each other ("joi, 28 mai, și vineri, 29 mai", "24 grudnia i 25 grudnia")."""
    a, b = first.value, then.value
    joined = cues.pair_joined
    if (
        a is None
        or b is None
        or joined is None
        or a.precision != "day"
        or b.precision != "day"
        or first.sentence_start != then.sentence_start
    ):
        return None
    written = _written_day(first) and _written_day(then)
    if not joined.fullmatch(text, first.end, then.start) and not (
        written
        and any(
            j is not None and j.fullmatch(text.replace(",", " "), first.end, then.start)
            for j in (joined, cues.and_joined)
        )
    ):
        return None
    if first.meaning == "relative_day" and then.meaning in WEEKDAYS:
        # "утре и в петък": the weekday is the day after, whichever week it was read in
        if (b.start.weekday() - a.start.weekday()) % 7 != 1:
            return None
        b = model.day(a.start + dt.timedelta(days=1))
    if written or first.meaning == "relative_day":
        if b.start - a.start != dt.timedelta(days=1):
            return None
        return _spanning(text, first, then, model.interval(a.start, b.start))
    if (
        first.meaning not in WEEKDAYS
        or then.meaning not in WEEKDAYS
        or (b.start.weekday() - a.start.weekday()) % 7 != 1
    ):
        return None
    return _spanning(text, first, then, model.interval(b.start - dt.timedelta(days=1), b.start))


def _falling_on(text: str, date: Mention, then: Mention, cues: _Cues) -> Mention:
    """ "15 august, care pică vineri", "24 май, който се пада в събота": the weekday a
    written date falls on is that date's day (read alone it took the nearest such weekday);
    both stay mentions, the clause says the same day twice. "Which this year falls on" (a
    this-year phrase between) takes the date in the reference's year."""
    if (
        cues.falls_on is None
        or date.value is None
        or then.value is None
        or date.value.precision != "day"
        or then.meaning not in WEEKDAYS
        or date.sentence_start != then.sentence_start
        or not any(map(str.isdigit, date.text))
    ):
        return then
    gap = cues.falls_on.fullmatch(text, date.end, then.start)
    if gap is None:
        return then
    day = date.value.start
    if cues.this_year is not None and cues.this_year.search(gap.group()):
        day = _same_day_in(day, then.value.start.year) or day  # "which this year falls on"
    if day.weekday() != then.value.start.weekday() and not _YEAR.search(date.text):
        # "O dia 25 de dezembro é uma quarta-feira": the weekday says which year is meant
        shifted = (_year_shifted(day, shift) for shift in (1, -1))
        day = next((d for d in shifted if d and d.weekday() == then.value.start.weekday()), day)
    if day.weekday() != then.value.start.weekday():
        return then
    return dataclasses.replace(then, value=model.day(day))


_PART_REACH: Final = 40
"""How far before a weekday a plural part of the day and its "of" may stand (`weekly_part`)."""

POSTPONED_REACH: Final = 60
"""How far before a month the verb that moved a date may stand (`_Cues.moved_to`)."""
START_REACH: Final = 120
"""How far after the day a span starts the day it ends on may stand (`_after_start`)."""


def _after_start(
    text: str, start: Mention, end: Mention, cues: _Cues, ref: dt.date | None = None
) -> Mention:
    """ "deverá arrancar a 3 de janeiro, estendendo-se até 5 de abril": a day and month
    after "until" in the sentence of the day a span starts ends it, so it is no earlier than
    that day (read alone, a clause with no tense of its own took the nearer year, a past
    one). A deadline still ahead of the reference stays ("para que abra a 20 de dezembro,
    a obra tem de acabar até 30 de novembro": a day before the other, no span's end)."""
    a, b = start.value, end.value
    if (
        a is None
        or b is None
        or (ref is not None and b.start >= ref)
        or b.precision != "day"
        or start.sentence_start != end.sentence_start
        or b.start >= a.start
        or _YEAR.search(end.text)
        or not _DIGIT.search(end.text)
        or end.start - start.end > START_REACH
        or not cues.until(text, end.start)
        or cues.until(text, start.start)  # "(do 5 października), ... (do 28 września)": a list
    ):
        return end
    if end.meaning == "day_of_month":
        # "abrem a 10 de outubro e vão até dia 24": the first such day after the start
        month_start = a.start.replace(day=1)
        if b.start.day <= a.start.day:
            month_start = (month_start + dt.timedelta(days=32)).replace(day=1)
        found = calendar_day(month_start.year, month_start.month, b.start.day)
        return end if found is None else dataclasses.replace(end, value=model.day(found))
    moved = _year_shifted(b.start, 1)
    if moved is None or moved < a.start or (moved - a.start).days > 366:
        return end
    return dataclasses.replace(end, value=model.day(moved))


def _year_moved(date: Mention, weekday: Mention) -> bool:
    """Whether the weekday a date falls on (`_falling_on`) dated it in another year than
    the date's own reading: the same day and month a year off, which the date then takes."""
    a, b = date.value, weekday.value
    return (
        weekday.meaning in WEEKDAYS
        and a is not None
        and b is not None
        and b.precision == "day"
        and b.start != a.start
        and (b.start.month, b.start.day) == (a.start.month, a.start.day)
    )


def _next_day(text: str, date: Mention, then: Mention, cues: _Cues) -> Mention:
    """ "14 март (събота). Ден по-късно, в неделя", "22 mai, vineri, iar a doua zi,
    sâmbătă": a weekday right after "the next day" is the day after the last written date
    (read alone it took the week nearest the reference)."""
    if (
        cues.next_day is None
        or date.value is None
        or then.value is None
        or date.value.precision != "day"
        or then.meaning not in WEEKDAYS
        or then.start - date.end > NEXT_DAY_REACH
    ):
        return then
    after = date.value.start + dt.timedelta(days=1)
    if after.weekday() != then.value.start.weekday():
        return then
    if not cues.next_day.search(text, date.end, then.start):
        return then
    return dataclasses.replace(then, value=model.day(after))


NEXT_DAY_REACH: Final = 80
"""The farthest a weekday after "the next day" stands from the date it follows."""


def _week_of_day(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "Săptămâna viitoare, marți, 3 martie", "W przyszłym tygodniu, w piątek 6 marca",
    "следващата седмица - 20 август", "za miesiąc, 9 grudnia": a week or a month ahead and
    a day of it set side by side are one mention, the day (a weekday alone is taken in the
    week named); so are a week and the days of it written after a comma ("săptămâna
    următoare, în zilele de 12 și 13 ianuarie", "la sfârșitul acestei săptămâni, pe 9 și 10
    august"), the days."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or a.precision not in ("week", "month")
        or b.precision not in ("day", "interval")
        # "Tydzień temu, w Boże Ciało", "miesiąc temu, 9 października": two mentions, and so
        # are "this month" and its day ("w tym miesiącu 17 grudnia"): a month ahead is one
        or first.meaning not in ("period_offset", "units_ahead", "part_of_period")
        or (a.precision == "month" and first.meaning != "units_ahead")
        or (a.precision != "week" and first.meaning == "part_of_period")
        or not (then.meaning in WEEKDAYS or any(map(str.isdigit, then.text)))
        or first.sentence_start != then.sentence_start
        or not (
            _BESIDE.fullmatch(text, first.end, then.start)
            or (cues.days_of_period and cues.days_of_period.fullmatch(text, first.end, then.start))
        )
    ):
        return None
    if then.meaning in WEEKDAYS:
        if a.precision != "week":
            return None
        b = model.day(a.start + dt.timedelta(days=b.start.weekday()))
    elif not a.start <= b.start <= b.end <= a.end:
        return None
    return Mention(
        text[first.start : then.end],
        first.start,
        then.end,
        b,
        then.sentence,
        then.lang,
        then.sentence_start,
        then.meaning,
    )


def _day_in_week(text: str, week: Mention, weekday: Mention, cues: _Cues) -> Mention:
    """ "Săptămâna trecută, în seara zilei de marți": a weekday after a week and a part of
    the day is a day of that week (read alone it took the nearest Tuesday); two mentions,
    words stand between them (side by side they are one: `_week_of_day`)."""
    a, b = week.value, weekday.value
    if (
        a is None
        or b is None
        or cues.part_of_day_gap is None
        or a.precision != "week"
        or b.precision != "day"
        or week.meaning != "period_offset"
        or weekday.meaning not in WEEKDAYS
        or week.sentence_start != weekday.sentence_start
        or not cues.part_of_day_gap.fullmatch(text, week.end, weekday.start)
    ):
        return weekday
    return dataclasses.replace(
        weekday, value=model.day(a.start + dt.timedelta(days=b.start.weekday()))
    )


def _month_years_ago(text: str, first: Mention, then: Mention) -> Mention | None:
    """ "Преди 100 години през октомври", "Há 50 anos, em março": a count of years ago and
    the month named right after it are one mention, that month of that year (read alone
    the month already takes the year before it)."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or first.meaning != "units_ago"
        or a.precision != "year"
        or b.precision != "month"
        or b.start.year != a.start.year
        or _YEAR_WRITTEN.search(then.text)
        or first.sentence_start != then.sentence_start
        or not _LISTED_OR_SPACE.fullmatch(text, first.end, then.start)
    ):
        return None
    return _spanning(text, first, then, b, then.meaning)


_LISTED_OR_SPACE: Final = re.compile(r"\s*,?\s*")


def _month_of_year(text: str, first: Mention, then: Mention) -> Mention | None:
    """ "Tegoroczny maj", "zeszłoroczny grudzień": a year's adjective and the month it
    qualifies are one mention, the month. A year said as an adverbial and a month or day
    after it ("anul acesta pe 5 mai", "w zeszłym roku w sierpniu") are two mentions
    (benchmarks/extract_eval/README.md); read alone the month already took that year."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or a.precision != "year"
        or first.meaning != "period_offset"
        or b.precision != "month"
        or b.start.year != a.start.year
        or not _one_word(first.text)
        or any(map(str.isdigit, first.text))
        or first.sentence_start != then.sentence_start
        or not _BESIDE_YEAR.fullmatch(text, first.end, then.start)
        or not _one_word(then.text)
    ):
        return None
    return _spanning(text, first, then, b, then.meaning)


def _year_after_note(text: str, first: Mention, then: Mention) -> Mention | None:
    """ "do 8 lutego (włącznie) br.", "до 20 март (включително) т.г.", "până la 20 martie
    (inclusiv) a.c.", "2 maja (piątek) br.": a day written without its year, a note in
    brackets, then the abbreviation of "this year" are one mention, the day of that year
    (read apart, the abbreviation was a year of its own)."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or a.precision != "day"
        or b.precision != "year"
        or then.meaning != "period_offset"
        or _DIGIT.search(then.text) is not None
        or _YEAR_WRITTEN.search(first.text) is not None
        or not _DIGIT.search(first.text)
        or first.sentence_start != then.sentence_start
        or not _NOTE.fullmatch(text, first.end, then.start)
        or not ("(" in text[first.end : then.start] or first.text.endswith(")"))
    ):
        return None
    found = calendar_day(b.start.year, a.start.month, a.start.day)
    return None if found is None else _spanning(text, first, then, model.day(found), first.meaning)


_NOTE: Final = re.compile(r"\s*(?:\([^()\n]{1,30}\)\s*)?")
"""A short note in brackets between a day and its year ("(włącznie)"), or the space after
a day whose own bracket closes it ("2 maja (piątek)")."""

_BESIDE_YEAR: Final = re.compile(r"[ \t]+")
"""A space between a year's adjective and its month."""

_LISTED: Final = re.compile(r"\s*,\s*")
_BESIDE: Final = re.compile(r"\s*[,–—-]?\s*")
"""A comma, a dash or a space between a week or month ahead and its day."""


def _until_day_of_month(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "A partir de 6 de setembro e até dia 21": a written day, then "until" a day of the
    month alone, are one interval, the end in the start's month (the next one when its day
    comes first); read alone the end took the nearest such day."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or a.precision != "day"
        or then.meaning != "day_of_month"
        or first.sentence_start != then.sentence_start
        or not _DIGIT.search(first.text)
        or then.start - first.end > UNTIL_DAY_GAP
        or not cues.until(text, then.start)
        # "e vão até dia 24": a verb between, two mentions
        or any(len(w) > 2 for w in text[first.end : then.start].split()[:-1])
    ):
        return None
    day_ = b.start.day
    month_start = a.start.replace(day=1)
    if day_ <= a.start.day:
        month_start = (month_start + dt.timedelta(days=32)).replace(day=1)
    end = calendar_day(month_start.year, month_start.month, day_)
    if end is None or end <= a.start:
        return None
    return _spanning(text, first, then, model.interval(a.start, end), "day_range")


UNTIL_DAY_GAP: Final = 12
"""The most characters between a day and "until" a day of the month (" e ", ", și ")."""


def _day_of_week(text: str, first: Mention, then: Mention) -> Mention | None:
    """ "luni și marți, săptămâna viitoare", "w piątek, w przyszłym tygodniu": weekdays and
    the week named after them are one mention, those days of that week (read alone they took
    the week the clause's tense gave them)."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or first.meaning not in _WEEKDAYS_PAIRS_RUNS
        or then.meaning != "period_offset"
        or b.precision != "week"
        or first.sentence_start != then.sentence_start
        or not _LISTED.fullmatch(text, first.end, then.start)
    ):
        return None
    start = b.start + dt.timedelta(days=a.start.weekday())
    end = b.start + dt.timedelta(days=a.end.weekday())
    if end < start:
        return None
    value = model.day(start) if start == end else model.interval(start, end)
    return _spanning(text, first, then, value, first.meaning)


RUN: Final = "weekday_run"
"""The meaning of weekdays listed in a row and taken as one interval (`_run`)."""


def _run(text: str, first: Mention, then: Mention) -> Mention | None:
    """ "W środę, czwartek i piątek", "Vineri, sâmbătă și duminică": weekdays listed with
    commas, each the day after the one before, are one interval from the first one's
    reading, in its clause's direction (the last, read alone or as a pair, may cross the
    reference: "Luni, marți, miercuri și joi" on a Wednesday is next week's)."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or first.sentence_start != then.sentence_start
        or first.meaning not in _WEEKDAYS_RUNS
        or then.meaning not in _WEEKDAYS_PAIRS_RUNS
        or not _LISTED.fullmatch(text, first.end, then.start)
        or (b.start.weekday() - a.end.weekday()) % 7 != 1
    ):
        return None
    days = (a.end - a.start).days + (b.end - b.start).days + 1
    return _spanning(
        text, first, then, model.interval(a.start, a.start + dt.timedelta(days=days)), RUN
    )


def _periods_paired(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "Anul trecut și anul acesta", "W zeszłym tygodniu i w tym tygodniu": a week, month,
    quarter or year told from the reference and the one right after it, joined by "and"
    with their noun said twice, are one interval, as "last and this year" is
    (`period_pair`)."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or first.sentence_start != then.sentence_start
        or first.meaning != "period_offset"
        or then.meaning != "period_offset"
        or a.precision != b.precision
        or a.precision not in ("week", "month", "quarter", "year")
        or b.start - a.end != dt.timedelta(days=1)
        or not cues.conjunction.fullmatch(text[first.end : then.start].strip())
    ):
        return None
    return _spanning(text, first, then, span(a, b))


def _days_run(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "31 iulie, 1 și 2 august", "на 30, 31 юли и 1 август", "a 31 de julho, 1 e 2 de
    agosto": written days listed with a comma or "and" across the end of a month, each
    the day after the one before, are one interval, as consecutive days of one month are."""
    a, b = first.value, then.value
    if (
        a is None
        or b is None
        or first.sentence_start != then.sentence_start
        or a.precision not in ("day", "interval")
        or b.precision not in ("day", "interval")
        or a.start.month == b.end.month
        or not _DIGIT.search(first.text)
        or not _DIGIT.search(then.text)
        or b.start - a.end != dt.timedelta(days=1)
    ):
        return None
    gap = text[first.end : then.start]
    if not _LISTED.fullmatch(gap) and not cues.conjunction.fullmatch(gap.strip()):
        return None
    return _spanning(text, first, then, model.interval(a.start, b.end))


def _written_day(mention: Mention) -> bool:
    """A day written with its number and month (a weekday may stand with it)."""
    value = mention.value
    return (
        value is not None
        and value.precision == "day"
        and mention.meaning not in _DAYS_BY_NAME
        and any(map(str.isdigit, mention.text))
    )


def _weekend_of(text: str, first: Mention, then: Mention, cues: _Cues) -> Mention | None:
    """ "в уикенда на 11 май", "no fim de semana de 16 de maio", "w weekend 16 maja": a
    weekend followed by a written day is the Saturday and Sunday of that day's week (the
    weekend read alone is the one nearest the reference)."""
    b = then.value
    if _weekend_day(text, first, then, cues):
        # "neste final de semana, sábado, 19 e domingo, 20": its days named after it
        return _spanning(text, first, then, first.value, first.meaning)
    if (
        first.meaning != "weekend"
        or b is None
        or b.precision not in ("day", "interval")
        or first.sentence_start != then.sentence_start
        or not _written(then.text)
        or not (
            _APPOSITION.fullmatch(text, first.end, then.start)
            or (
                b.precision == "interval"
                and cues.days_of_period
                and cues.days_of_period.fullmatch(text, first.end, then.start)
            )
        )
    ):
        return None
    if b.precision == "interval":
        # "în weekendul 17–19 octombrie", "през уикенда 14-16 ноември": the days written,
        # two or three from a Friday or a Saturday
        if b.start.weekday() not in (4, 5) or not 1 <= (b.end - b.start).days <= 2:
            return None
        return _spanning(text, first, then, b, then.meaning)
    saturday = b.start + dt.timedelta(days=5 - b.start.weekday())  # the week's, Mon to Sun
    return _spanning(text, first, then, model.interval(saturday, saturday + dt.timedelta(days=1)))


def _weekend_day(text: str, weekend: Mention, day: Mention, cues: _Cues) -> bool:
    """Whether a weekday named after a weekend, after a comma or "and", is one of its days
    ("neste fim de semana, sábado, 19 e domingo, 20"): the weekend's mention goes on."""
    a, b = weekend.value, day.value
    return (
        weekend.meaning == "weekend"
        and day.meaning in _WEEKDAYS_DATED
        and a is not None
        and b is not None
        and b.precision == "day"
        and a.start <= b.start <= a.end
        and weekend.sentence_start == day.sentence_start
        and bool(
            _LISTED.fullmatch(text, weekend.end, day.start)
            or (
                cues.pair_joined
                and cues.pair_joined.fullmatch(_DAY_NUMBER.sub("", text[weekend.end : day.start]))
            )
        )
    )


_DAY_NUMBER: Final = re.compile(r"\A\s*,\s*\d{1,2}(?!\d)")
"""The day of the month written after a weekday ("sábado, 19 e domingo"), left out of it."""


WEEKDAYS: Final = frozenset({"weekday", "weekday_abbreviation"})
SET_FOR: Final = frozenset(
    {
        *WEEKDAYS,
        "weekday_pair",
        "weekday_range",
        "day_month",
        "month_day",
        "weekday_day",
        "day_of_month",
    }
)
"""The meanings of a day a thing may be set for ("para sexta-feira", "pentru 3 aprilie"):
a month or a year after "for" is as often the one figures are for ("dane za listopad")."""
"""The meanings of a lone weekday ("na segunda-feira", "w sob.")."""
RANGE_DAYS: Final = 62
"""The longest range two separate days are read as (a warning, a closure, a festival)."""
_CLOCK: Final = re.compile(r"(?<!\d)\d{1,2}(?:[:.h]\d\d|\s*h(?!\w))")
"""A time of day ("20:00", "6.30", "18h"): digits that write no date."""

_WEEKDAYS_OR_RANGE: Final = frozenset({*WEEKDAYS, "weekday_range"})
_WEEKDAYS_RUNS: Final = frozenset({*WEEKDAYS, RUN})
_WEEKDAYS_PAIRS_RUNS: Final = frozenset({*WEEKDAYS, "weekday_pair", RUN})
_WEEKDAYS_DATED: Final = frozenset({*WEEKDAYS, "weekday_day"})
_DAYS_BY_NAME: Final = frozenset({*WEEKDAYS, "relative_day", "holiday"})
"""Meanings read together with the weekdays' (sets, not tuples made at each call)."""


def _written(text: str) -> bool:
    """Whether a mention writes its date with digits, times of day aside."""
    return any(map(str.isdigit, _CLOCK.sub(" ", text)))


_BARE_DOTTED: Final = re.compile(r"\d{1,2}\.\d\d")
"""A mention that is only a day and a month with a dot ("12.05"): a date right after a verb."""

ASIDE_REACH: Final = 60
"""How far after "today" opening brackets their closing one is looked for (`_aside_role`)."""
_OPENING_BRACKET: Final = re.compile(r"\(\s*\Z")


def _aside_role(text: str, match: dates.Match, lang: str) -> bool:
    """ "Today" opening brackets that hold only words, no number, no date, no part of the
    day ("ówczesnego prokuratora (dziś sędziego Trybunału)", "Fostul ministru (azi
    europarlamentar)", "(hoje eurodeputado)", "(днес евродепутат)"): what someone is now,
    set beside what they were, no date ("(dziś rano)" keeps its day)."""
    if not _OPENING_BRACKET.search(text, max(0, match.start - 2), match.start):
        return False
    close = text.find(")", match.end, match.end + ASIDE_REACH)
    inside = text[match.end : close]
    if close < 0 or not _LETTERS.search(inside) or _DIGIT.search(inside):
        return False
    folded = f" {fold_accents(inside).lower()} "
    parts = data.words(lang).parts_of_day
    if any(f" {fold_accents(part).lower()} " in folded for part in parts):
        return False
    return not dates.scan(dates.language(lang), inside)


NOWADAYS_REACH: Final = 240
"""How far before "today" an era it is contrasted with is looked for (about two
sentences)."""
GENERIC_REACH: Final = 60
"""How far after "today" the words of a generic present, or a time of day, are looked for
(its clause)."""

_NUMBER_SLASH: Final = re.compile(r"(?<![\w/.-])[\w.-]*\d[\w.-]*/\Z")
"""A document's number and a slash just before a date written in digits ("nr 45/12.03.2024",
"№ РД-09-123/06.11.2023"): the date is the number's last part, the document's, no
happening's (the convention of the writers of sets 27, 28 and 31)."""

BARE_CALENDAR: Final = frozenset({"month", "month_range", "season", "weekday", "weekend"})
USUAL_CALENDAR: Final = BARE_CALENDAR | {"ordinal_in_month"}
"""What a habit's words make recur: a bare calendar word, or a weekday counted in a month
with no year ("De ani de zile, nedeia se ține în ultima duminică din august")."""
"""The meanings of a calendar name said alone, with no number and no offset ("w marcu",
"septembrie și octombrie", "в събота", "o fim de semana"): what a habit or a generic
statement speaks of (`_Cues.usual_day`)."""

YEARLY_RULE_DAYS: Final = frozenset(
    {"day_month", "month_day", "day_of_month", "day_range", "ordinal_in_month", "edge_day"}
)
"""The days a yearly rule names with no year: a day and a month, a day of the month after
one, a range of days, the n-th weekday or the last day of a month (`_Cues.yearly_rule`)."""
_OCCURRENCE_RULES: Final = frozenset(
    {"relative_day", "weekday", "weekday_day", "weekday_pair", "weekday_range", "period_offset"}
)
"""Mentions that name one occurrence in the sentence of a feast's day: today, a weekday, this
or next year or week."""
_LETTERS: Final = re.compile(r"[^\W\d_]+")

SPANS: Final = frozenset({"last_next_n", "latest_period"})
"""Meanings that in running text are spans, not dates: "over the last five years", "nos
últimos dez anos", "the last year" ("ocena ostatniego roku") measure a stretch back from
whenever it is said (a duration), and date no happening; `parse` still resolves them as a
phrase on its own (Duckling's reading)."""


def _mentions(text: str, lang: str, ref: dt.date | None) -> Iterator[Mention]:
    language = dates.language(lang)
    cues = _cues(lang)
    paragraphs: _Paragraphs = {}
    years: list[tuple[int, int, int, int]] = []
    """(sentence start, mention start, year) of the year mentions seen, for `_in_year`."""
    era = -1
    """Where the last decade mention ended ("in the 1990s"), for `_Cues.nowadays`."""
    seen: list[tuple[int, EdtfDate]] = []
    """(sentence start, value) of the mentions kept, for `_weekly_within`."""
    anchor: tuple[int, EdtfDate, bool] | None = None
    """(sentence start, value, opened by "from"/"since") of the last mention kept, at any
    precision: what "three years later", "the same year" count from (`Context.anchor`)."""
    antecedent: tuple[int, int, dt.date, int, bool] | None = None
    """(sentence start, mention start, day, mention end or -1) of the last mention kept at
    day or month precision: what "that month", "a 19 do mesmo mês" refer back to
    (`Context.antecedent`); its end is kept for a month said alone (`Context.antecedent_month`)."""
    detailed: tuple[int, int, Direction | None] | None = None
    """(sentence start, mention start, direction) of the first mention kept at day or month
    precision in the sentence whose value its tense decides ("em março", not "today"): the
    date a verbless list or parenthesis after it details (`tense.governed`)."""
    planned_for: tuple[int, dt.date] | None = None
    told_from_ref: tuple[int, int, dt.date] | None = None
    """(sentence start, mention end, day) of the last weekday or relative day kept whose
    value no tense moves ("duminica viitoare", "mâine"): a day-month in apposition to it
    is of its year, not of a year written before them in the sentence (`_in_year`)."""
    opened: tuple[int, int] | None = None
    """(sentence start, mention end) of the last mention kept that opens on "from": the
    first end of a range its "until" closes ("od połowy stycznia do końca marca")."""
    written: tuple[int, int, dt.date] | None = None
    """(sentence start, mention end, day) of the last day kept written with its number, for
    a holiday named after it and a copula (`_named_on`)."""
    """(mention start, day) of the last day mentioned: the day a plan was for (`_planned_day`)."""
    timetable: tuple[int, int] | None = None
    """(sentence start, mention end) of the last weekday or range of weekdays read as a
    timetable's (`_Cues.habitual`), for the weekdays listed after it with their hours."""
    first = _NONSPACE.search(text)
    opening = first.start() if first is not None else 0
    """Where the text's first sentence starts: a headline's date may take its lede's tense."""
    for match in dates.scan(language, text):
        if match.rule.name in SPANS:
            continue
        sentence = _sentence_at(text, match.start, lang, paragraphs)
        if match.end > sentence.end:
            sentence = _across(text, sentence, match.end, lang, paragraphs)
        offset = match.start - sentence.start
        if text[match.start : match.start + 1].isdigit() and _NUMBER_SLASH.search(
            text, max(0, match.start - 30), match.start
        ):
            continue  # "Заповед № РД-09-123/06.11.2023 г.": the date is part of the number
        if _BARE_DOTTED.fullmatch(text, match.start, match.end) and not tense.verb_just_before(
            sentence.text, lang, offset
        ):
            continue  # "punkt 12.05", "o 12.05": a number after a noun or a preposition
        until = cues.until(text, match.start) and not tense.dates_back(
            sentence.text, lang, offset
        )  # "Cofnijmy się do 3 marca": the day gone back to, no deadline
        points_back = cues.points_back is not None and bool(
            cues.points_back.search(text, match.start, match.end)
        )
        flat = ref is not None and _undirected(
            match, ref, anchor if points_back else None, sentence.start
        )
        lead = cues.instead_start(text, match.start) - match.start
        prefer = _direction(match, sentence.text, offset, lang, flat, until, lead)
        if (
            not flat
            and sentence.start == opening
            and len(sentence.text.split()) <= _HEADLINE_WORDS
            and not _opens_from(text, match.start, cues)
        ):
            prefer = _lede(text, sentence, lang, paragraphs) or prefer
        if (
            until
            and prefer == "past"
            and opened is not None
            and opened[0] == sentence.start
            and not text[opened[1] : cues.until_start(text, match.start)].strip()
        ):
            until = False  # "zamknięta od połowy stycznia do końca marca": a range gone by
        if (
            until
            and prefer == "past"
            and tense.lasted_until(
                sentence.text,
                lang,
                cues.until_start(text, match.start) - sentence.start,
                match.end - sentence.start,
            )
        ):
            until = False  # "Strajk trwał do maja": the end of a state gone, no deadline
        if prefer is not None and cues.would_have(text, sentence.start, match.start):
            prefer = None  # "ar fi împlinit 80 de ani pe 28 decembrie": the nearer reading
        undone = tense.thwarted(sentence.text, lang, offset, offset + match.end - match.start)
        # a "but" clause with a date of its own tells where the plan was moved: no undoing
        thwarted = undone is not None and not dates.scan(
            language, sentence.text[undone[0] : undone[1]]
        )
        plan = (
            None
            if thwarted
            else tense.planned(sentence.text, lang, offset, offset + match.end - match.start)
        )
        moved_from = None
        if thwarted:
            prefer = "past"  # "ia assinar na sexta-feira, mas foi desmarcada": the day went by
        elif plan is not None:
            prefer = None  # the day a plan told in the past was for: the nearer reading
            moved_from = _planned_day(match, planned_for, sentence.start + plan)
        elif (
            prefer != "future"
            and (_set_for(match) or cues.moved_to(match, sentence.text, offset))
            and cues.toward(text, match.start)
            and not tense.dates_back(sentence.text, lang, offset)
        ):
            prefer = "future"
        elif prefer != "future" and not flat and cues.upcoming(text, match.start):
            prefer = "future"  # "поради предстоящите на 27 октомври избори": ahead of any tense
        elif (
            prefer == "future" and not flat and cues.named_by_day(text, match.start, sentence, lang)
        ):
            prefer = None  # "vão analisar as conclusões da cimeira de 12 de novembro": nearer
        elif prefer is None and detailed is not None and detailed[0] == sentence.start:
            prefer = _detailing(match, sentence, offset, lang, detailed[1:])
        words = text[match.start : match.end]
        try:
            value = (
                match.resolve(Context(moved_from, nearest=True, tensed=True))
                if moved_from is not None
                else _resolved(
                    match,
                    ref,
                    prefer,
                    until,
                    antecedent,
                    sentence.start,
                    _of_month(match, sentence, lang, antecedent),
                    anchor,
                    points_back,
                )
            )
        except Unresolvable:
            value = None
        else:
            if value is None:
                value = _named_on(text, match, words, lang, written, sentence.start, cues)
            if value is None:
                continue  # the rule looked closer and found no date
            if cues.habitual(
                text,
                match.start,
                match.end,
                value,
                words,
                partial(tense.future_marked, sentence.text, lang, offset, offset + len(words)),
            ) or _listed_in_timetable(
                text, match, value, words, timetable, sentence.start, cues.weekday_words
            ):
                timetable = (sentence.start, match.end)
                continue
            if (
                cues.weekly_pair(text, match, sentence, lang)
                or cues.every_week(text, words)
                or cues.weekly_part(text, match.start, match.end, words)
                or cues.kind(text, match, words)
                or cues.timetable(text, match)
                or cues.every_listed(
                    text,
                    match,
                    sentence.start,
                    words,
                    partial(tense.future_marked, sentence.text, lang, offset, offset + len(words)),
                    lang,
                )
                or cues.countdown(text, match)
                or (
                    _group(match.match, "ahead_if_explicit") is not None
                    and (
                        not tense.explicit_future(sentence.text, lang, offset, offset + len(words))
                        or tense.amount_before(sentence.text, lang, offset)
                    )
                )
                or _name(text, match)
                or _compound_tail(text, match.start)
                or _quoted_kind(text, match, lang, cues)
                or _title(text, match.start, match.end, cues.range_opened)
                or cues.place(text, match)
                or cues.named_after(text, match)
                or cues.counted_from(text, match)
                or cues.compared(text, match.start, words)
                or cues.every_year(text, sentence, match.start, match.end, value)
                or cues.every_month(text, match.end, value, words)
                or cues.week_of_each(text, sentence, match.start, value)
                or cues.yearly_rule(text, match, sentence, lang, value)
                or cues.yearly_relative(text, match, sentence, lang, value)
                or cues.usual_day(text, match, sentence, lang, words)
                or cues.negated_span(text, match, sentence, lang)
                or cues.weekend_of_a_kind(text, match, lang)
                or (
                    ref is not None
                    and _today_alone(match, value, ref)
                    and (
                        cues.present_state(text, match, sentence, lang)
                        or cues.statistic_today(text, match, sentence, lang)
                    )
                )
                or cues.idiom(text, match.start, match.end)
                or cues.ago_is_for(match, sentence, lang)
                or cues.edition(text, match.start, value)
                or cues.citation(text, match.start, value)
                or cues.amount(text, match.end, value)
                or cues.historic(text, match)
                or cues.school_term(text, match)
                or _unaccented_month(text, words, lang)
                or cues.day_name(text, match.start, match.end)
                or cues.capitalised_name(text, match)
                or cues.dated_name(text, match)
                or cues.programme_period(text, match, value)
                or _present_day_name(text, match, cues.present_day_noun)
                or _in_capitals(text, match, sentence)
                or cues.byline(text, match.start, match.end)
                or (ref is not None and cues.nowadays(text, match, value, ref, era, sentence, lang))
                or _weekly_within(match, value, words, sentence.start, seen)
            ):
                continue
            seen.append((sentence.start, value))
            if (
                flat
                and value.precision == "day"
                and (match.rule.name in WEEKDAYS or match.rule.name == "relative_day")
            ):
                told_from_ref = (sentence.start, match.end, value.start)
            anchor = (
                sentence.start,
                value,
                cues.opens_from is not None and cues.opens_from.match(words) is not None,
            )
            if value.precision in ("day", "month") or (
                # days of one month ("nos dias 20, 21 e 22 de fevereiro"): that month
                value.precision == "interval"
                and (value.start.year, value.start.month) == (value.end.year, value.end.month)
            ):
                alone = value.precision == "month" and match.rule.name in BARE_CALENDAR
                antecedent = (
                    sentence.start,
                    match.start,
                    value.start,
                    match.end if alone else -1,
                    value.precision != "month",
                )
                if (detailed is None or detailed[0] != sentence.start) and (
                    ref is not None and not flat
                ):
                    detailed = (sentence.start, match.start, prefer)
            if value.precision == "day":
                planned_for = (match.start, value.start)
                if _DIGIT.search(words):
                    written = (sentence.start, match.end, value.start)
            if value.precision == "decade":
                era = match.end
            if ref is not None and (
                # a quarter a figure is compared with ("faţă de trimestrul II, arată datele")
                # is one already measured, as a month is (`_Cues.base`)
                (value.precision == "quarter" and cues.base(text, match.start, words))
                or (
                    value.precision == "month"
                    and (
                        cues.stat_month(
                            text,
                            match,
                            value,
                            ref,
                            partial(
                                tense.explicit_future,
                                sentence.text,
                                lang,
                                match.start - sentence.start,
                                match.end - sentence.start,
                            ),
                        )
                        or cues.base(text, match.start, words)
                        or _figure_month(match, value, ref, sentence, lang)
                    )
                )
            ):
                value = match.resolve(Context(ref, "past")) or value
            if (
                value.precision in ("month", "day", "interval")
                and years
                and not _apposed_to_told(text, match, value, sentence.start, told_from_ref)
                and not (flat and value.precision == "day" and _told_weekday_lead(lang, words))
            ):
                value = _in_year(match, value, sentence, years, lang) or value
            elif value.precision == "year" and (not cues.open_ended(words) or cues.of_year(words)):
                years.append((sentence.start, match.start, match.end, value.start.year))
            if match.rule.name == "holiday" and _YEAR_WRITTEN.search(words):
                # "Paștele din 2025 va fi sărbătorit pe 20 aprilie": a feast told with its
                # year sets the year of the dates after it, as the year alone would
                years.append((sentence.start, match.start, match.end, value.start.year))
        mention = Mention(
            words,
            match.start,
            match.end,
            value,
            sentence.text,
            lang,
            sentence.start,
            match.rule.name,
        )
        opened = (
            (sentence.start, match.end)
            if (cues.opens_from is not None and cues.opens_from.match(words))
            or (
                cues.parts_open is not None
                and cues.parts_open.search(
                    text[max(sentence.start, match.start - 40) : match.start]
                )
            )
            else None
        )
        yield from _days_apart_in(text, mention) or cues.listed_days(text, mention) or (mention,)


WEEK: Final = dt.timedelta(days=7)


def _named_on(
    text: str,
    match: dates.Match,
    words: str,
    lang: str,
    written: tuple[int, int, dt.date] | None,
    sentence_start: int,
    cues: _Cues,
) -> EdtfDate | None:
    """ "Утре, 1 ноември, е Денят на народните будители", "Luni, 1 decembrie, este Ziua
    Națională": a holiday named with no cue (a name, not a time, read alone) right after a
    day written with its number and a copula ("which falls on", `_Cues.falls_on`) is said of
    that day, and is a mention of it; taken only when the holiday does fall on that day
    (its name read at that day gives that day), so a name the date is not stays none. The
    name is written as one, on a capital: "Luni, 6 mai, este a doua zi de Paște" describes
    the day, it names no holiday of its own."""
    if (
        match.rule.name != "holiday"
        or written is None
        or cues.falls_on is None
        or not words[:1].isupper()
    ):
        return None
    start, end, day_ = written
    if start != sentence_start or not cues.falls_on.fullmatch(text, end, match.start):
        return None
    try:
        found = dates.resolve(words, lang, day_, "past")
    except Unresolvable:
        return None
    if found is None or found.precision != "day" or found.start != day_:
        return None
    return found


def _weekly_within(
    match: dates.Match,
    value: EdtfDate,
    words: str,
    sentence_start: int,
    seen: list[tuple[int, EdtfDate]],
) -> bool:
    """A range of weekdays in a sentence that already named a longer stretch ("A exposição
    pode ser vista até 30 de março, de terça a domingo", "W marcu strajk trwa od poniedziałku
    do środy") recurs every week of it: a habit, no date. A date more than a week from the
    range, or a period longer than a week, before it in the same sentence."""
    if match.rule.name != "weekday_range" or value.precision != "interval":
        return False
    if any(map(str.isdigit, words)):
        return False
    for at, other in reversed(seen):
        if at != sentence_start:
            break
        if other.end - other.start > WEEK:
            return True
        if other.start > value.end + WEEK or other.end < value.start - WEEK:
            return True
    return False


def _planned_day(
    match: dates.Match, planned_for: tuple[int, dt.date] | None, plan: int
) -> dt.date | None:
    """The day a plan told in the past was for, when the mention is a weekday after it in
    its sentence: the day it was moved to ("estava previsto para sexta-feira, mas o Governo
    decidiu antecipar para quinta-feira", "beше насрочено за сряда, но беше отложено за
    петък") is the one nearest that day, earlier or later as the move was, not the one
    nearest the reference. `plan`: where the plan's words start in the text."""
    if planned_for is None or match.rule.name not in WEEKDAYS:
        return None
    start, day_ = planned_for
    return day_ if plan <= start < match.start else None


_FIGURE: Final = re.compile(r"\d+(?:,\d+)?\s?%|\d+,\d+")
"""A figure: a percentage, or a number with decimals ("0,8%", "3,5")."""
FIGURE_AHEAD: Final = 10
"""How many months ahead a figure's month must read before it is taken as the one just past."""


def _figure_month(
    match: dates.Match, value: EdtfDate, ref: dt.date, sentence: Sentence, lang: str
) -> bool:
    """ "Инфлацията през септември намалява с 0,8%", "Inflacja we wrześniu spada o 0,8%": a
    figure said in the present of a month that would read ten months or more ahead is the
    month just past (statistics are told in the present), unless a future marker says the
    figure is a forecast."""
    ahead = (value.start.year - ref.year) * 12 + value.start.month - ref.month
    if ahead < FIGURE_AHEAD:
        return False
    at, end = match.start - sentence.start, match.end - sentence.start
    first, last = tense.clause_span(sentence.text, at, end, lang, weak=False)
    if not _FIGURE.search(sentence.text, first, last):
        return False
    return not tense.future_marked(sentence.text, lang, at, end)


def _today_alone(match: dates.Match, value: EdtfDate, ref: dt.date) -> bool:
    """ "Today" said alone, no day written with it: a word that may mean "nowadays"."""
    return (
        value.precision == "day"
        and value.start == ref
        and match.rule.name == "relative_day"
        and not any(map(str.isdigit, match.match.group()))
    )


def _untensed(sentence: str, lang: str, at: int, end: int) -> bool:
    """Whether the clause of the mention at `at`..`end` holds no past and no future marker."""
    return not tense.past_marked(sentence, lang, at, end) and not tense.future_marked(
        sentence, lang, at, end
    )


def _set_for(match: dates.Match) -> bool:
    """Whether the mention may name a day a thing is set for (`SET_FOR`): a day, not an
    adjective of one ("na sobotnim szczycie" is at the Saturday summit)."""
    if match.rule.name not in SET_FOR:
        return False
    found = match.match
    return _group(found, "weekday_adjective") is None and (
        _group(found, "relative_day_adjective") is None
    )


def _group(found: re.Match[str], name: str) -> str | None:
    """`found.groupdict().get(name)` without building the dict of a rule's many groups."""
    return found.group(name) if name in found.re.groupindex else None


_PERIODS_OF_ACCOUNT: Final = frozenset({"quarter", "half_year", "ordinal_period"})
"""Meanings of a quarter or half of a year: with no tense to go on ("спрямо второто
тримесечие", "comparativ cu primul trimestru", "after the first half") it is one begun,
the current or the last: figures are reported for periods under way or over, and the
nearer reading, taken for other dates, would often give next year's by a few days."""


def _resolved(
    match: dates.Match,
    ref: dt.date | None,
    prefer: Direction | None,
    until: bool,
    antecedent: tuple[int, int, dt.date, int, bool] | None = None,
    sentence_start: int = -1,
    of_month: bool = False,
    anchor: tuple[int, EdtfDate, bool] | None = None,
    points_back: bool = False,
) -> EdtfDate | None:
    """The mention's value in its clause's tense (`Context.tensed`: read forward, a weekday
    on the reference's own is that day). After "until" ("până vineri", "до петък", "do
    piątku", "até sexta-feira") a date is a deadline: with no tense in its clause a weekday
    is the coming one, on or after the reference (a lone weekday is never a week away
    either way, and a deadline lies ahead); another date, or one in a past clause, takes
    the reading nearer the reference ("until" keeps a future clause's reading).
    `antecedent`: the (sentence start, day) of the date mentioned before, for "that month";
    `of_month`: a day of the month alone details that date's month (`_of_month`); `anchor`:
    the (sentence start, value) of the last date before, for "three years later";
    `points_back`: the mention holds a word of "this year" that may say "that year"
    (`_Cues.points_back`), which reads one of its own sentence. A quarter
    or half-year with no tense is the current or last one (`_PERIODS_OF_ACCOUNT`)."""
    prior = None if antecedent is None else antecedent[2]
    near = antecedent is not None and antecedent[0] == sentence_start
    month_ = near and of_month
    dated = antecedent is not None and antecedent[4]
    last = None
    if anchor is not None and (
        match.rule.name in ANCHORED or (points_back and anchor[0] == sentence_start)
    ):
        # a mention with a word of "this year" that also says "that year" reads a date told
        # before in its own sentence (`core.this_or_that_year`); these read one from before
        last = _anchor(anchor, sentence_start)
    if prefer is None and match.rule.name in _PERIODS_OF_ACCOUNT:
        prefer = "past"
    value = match.resolve(
        shared_context(
            ref, prefer or "past", prefer is None, True, prior, near, month_, last, dated
        )
    )  # `dates.context`, each distinct one made once
    if ref is None or value is None or prefer == "future" or not until:
        return value
    if prefer is None and match.rule.name in WEEKDAYS:
        return match.resolve(
            shared_context(ref, "future", False, True, prior, near, month_, last, dated)
        )
    return match.resolve(shared_context(ref, "past", True, True, prior, near, month_, last, dated))


ANCHORED: Final = frozenset({"units_later", "same_year", "period_offset"})
"""The meanings whose rules may read `Context.anchor` told in an earlier sentence ("three
years later", "the same year", "the following year"): the others are given only one of
their own sentence, so that their contexts stay the few shared ones (`shared_context`) and
no anchor is made or hashed for them in most sentences."""


def _anchor(anchor: tuple[int, EdtfDate, bool], sentence_start: int) -> Anchor:
    """The anchor a rule reads (`core.Anchor`)."""
    value = anchor[1]
    return Anchor(value.start, value.end, value.precision, anchor[0] == sentence_start, anchor[2])


def _of_month(
    match: dates.Match,
    sentence: Sentence,
    lang: str,
    antecedent: tuple[int, int, dt.date, int, bool] | None,
) -> bool:
    """Whether a day of the month alone details the month said alone before it in its
    sentence (`Context.antecedent_month`): no verb stands between them ("As obras terminam
    em abril (no dia 14)"), or the day is in a verbless part that opens after the month
    ("Em abril as obras pararam (no dia 14)": `tense.governed`). A verb between them parts
    them ("Em maio as vendas caíram e o INE publica os dados no dia 14")."""
    if (
        match.rule.name != "day_of_month"
        or antecedent is None
        or antecedent[0] != sentence.start
        or antecedent[3] < 0
    ):
        return False
    at, end = match.start - sentence.start, match.end - sentence.start
    if not tense.marked_between(sentence.text, lang, antecedent[3] - sentence.start, at):
        return True
    found = tense.governed(sentence.text, lang, at, end)
    return found is not None and sentence.start + found[1] >= antecedent[3]


def _detailing(
    match: dates.Match,
    sentence: Sentence,
    offset: int,
    lang: str,
    dated: tuple[int, Direction | None],
) -> Direction | None:
    """The tense of the clause that governs the verbless part holding the mention
    (`tense.governed`: a parenthesis, a list after a colon), when a date said before that
    part in the sentence (`dated`: its start in the text and its direction) is what the part
    details: "As candidaturas fecham em março: primeiro para os sócios (a 10 de março),
    depois para o público (a 24 de março)"; the date's own direction when that clause holds
    no marker. A list after a verb with no date of its own ("Dziś przeniesiono dwa
    posiedzenia: z 6-8 maja na 13-15 maja") names dates the verb moved or set, which keep
    the nearer reading."""
    found = tense.governed(sentence.text, lang, offset, offset + match.end - match.start)
    if found is None or sentence.start + found[1] <= dated[0]:
        return None
    return found[0] or dated[1]


def _direction(
    match: dates.Match,
    sentence: str,
    offset: int,
    lang: str,
    flat: bool,
    until: bool = False,
    lead: int = 0,
) -> Direction | None:
    """The tense around the mention, read only when it can change the date.

    Most mentions name their date whole ("13 września 2023", "em 2024"): read in the past
    and in the future they give the same value (`flat`, `_undirected`), and the verb is not
    looked for (reading the clause's tense is the dearest step of extraction). `until`: the
    mention opens on "until" (`tense.direction`). `lead` (zero or less): where words that
    belong to the mention's phrase open before it ("Em vez de domingo,"), read with it."""
    if flat:
        return "past"
    end = offset + match.end - match.start
    closed = match.rule.name in _CLOSED_RANGES
    return tense.direction(sentence, lang, offset + lead, end, until=until, closed=closed)


_CLOSED_RANGES: Final = frozenset({"day_range", "numeric_range", "month_range", "weekday_range"})
"""Meanings of a range written with both its ends: its "from" opens it, it says no "since"."""


def _undirected(
    match: dates.Match,
    ref: dt.date,
    anchor: tuple[int, EdtfDate, bool] | None = None,
    sentence_start: int = -1,
) -> bool:
    """Whether the mention's value is the same read backwards and forwards, with the date
    told before it in its sentence (`anchor`), which a rule may read only in a past clause
    ("w grudniu tego roku" after 1989: `core.this_or_that_year`). The meanings that read an
    anchor from anywhere (`ANCHORED`: "the following year") weigh the tense themselves and
    are judged on their own words, as they always were."""
    last = (
        _anchor(anchor, sentence_start)
        if anchor is not None and anchor[0] == sentence_start and match.rule.name not in ANCHORED
        else None
    )
    try:
        past = match.resolve(
            shared_context(ref, "past", False, True, None, False, False, last, False)
        )
        future = shared_context(ref, "future", False, True, None, False, False, last, False)
        return past == match.resolve(future)
    except Unresolvable:
        return False


_UPPER: Final = "".join(ch for ch in map(chr, range(0x41, 0x530)) if ch.isupper() and len(ch) == 1)
"""The capital letters of the Latin, Greek and Cyrillic blocks, generated: no alphabet is
spelt out here."""
_CAPITAL: Final = f"[{re.escape(_UPPER)}]"
_CAPITALISED_PAIR: Final = re.compile(rf"{_CAPITAL}[^\W\d_]*\s+{_CAPITAL}")


def _name(text: str, match: dates.Match) -> bool:
    """A mention that ends on a capitalised word running into another one inside a
    sentence is a person's or a place's name: "a casa de Domingo Silva", "Santo Domingo"
    after "de". In a line written in capitals throughout ("PARLAMENTUL VOTEAZĂ JOI LEGEA
    PENSIILOR", a headline) every word has one, and says nothing."""
    if match.match.group()[:1].isdigit() or _in_capital_line(text, match.start, match.end):
        return False
    last = text.rfind(" ", match.start, match.end) + 1 or match.start
    if last == match.start and _opens(text, last):
        return False  # a capital that opens a sentence or a headline says nothing
    if _opens(text, match.start) and (match.rule.name == "holiday" or _acronym_after(text, match)):
        # a holiday that opens a sentence with its preposition, or a date before an acronym
        # there, is its time: the capitalised word after it is the sentence's subject ("W
        # Wigilię ZTM zagęści", "No Natal Braga"); a weekday word before a
        # capitalised one is still a town's name ("La Miercurea Sibiului")
        return False
    if match.rule.name == "holiday" and match.match.group()[:1].islower():
        # a holiday with its preposition is the time of the clause: the capitalised word
        # after it is an object or a place ("obstawi w Sylwestra Krupówki", "ще украси за
        # Коледа Пловдив") or an acronym ("w drugi dzień Bożego Narodzenia MZK wróci")
        return False
    return bool(_CAPITALISED_PAIR.match(text, last)) or _surname(text, match.start, match.end)


def _in_capital_line(text: str, start: int, end: int) -> bool:
    """Whether the line holding `start`..`end` has letters and none of them in lower case
    (a headline or a notice in capitals)."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    line = text[first : len(text) if last < 0 else last]
    return line.upper() == line and line.lower() != line


_COMPOUND_HEAD: Final = re.compile(r"(?:\d|(?<![^\W\d_])[IVXLC]+)-\Z")
"""A number, in digits or Roman, and the hyphen that glues a word to it ("7-", "XV-")."""


def _compound_tail(text: str, start: int) -> bool:
    """A date word glued by a hyphen to a number is the tail of one compound word, no date:
    pl "7-lecie", "XV-lecie" (an anniversary of so many years, not "in summer")."""
    return (
        text[start : start + 1].isalpha()
        and _COMPOUND_HEAD.search(text, max(0, start - 8), start) is not None
    )


_ACRONYM: Final = re.compile(rf"\s+{_CAPITAL}{{2,}}(?![^\W\d_])")
"""An acronym after a mention: two capitals or more, a word in capitals throughout."""


def _acronym_after(text: str, match: dates.Match) -> bool:
    """Whether the word after the mention is an acronym ("На 12-и НОИ", "W piątek ZUS")."""
    return _ACRONYM.match(text, match.end) is not None


_OPENING_QUOTES: Final = "„“\"«‚'"
_CLOSING_QUOTES: Final = "”“\"»‘'"
_LAST_OPENING: Final = re.compile(f"[{_OPENING_QUOTES}][^{_OPENING_QUOTES}]*\\Z")
"""The last opening quote before a mention (one search, in C, for most mentions none)."""
TITLE_WORDS: Final = 3
"""The most words of a quoted name ("„Czerwiec dla zdrowia”", "Operação Março Negro"):
longer quotes are speech, whose dates are dates."""


def _title(text: str, start: int, end: int, opened: re.Pattern[str] | None = None) -> bool:
    """A month or weekday word inside a short quoted name that opens on a capital (a
    campaign's, a police operation's, a programme's: "„Octombrie Roz”", "„Зелен април“")
    names it and dates nothing. Every word before it in the quote is capitalised, as in a
    name; quoted speech ("„Votăm în octombrie”", "«Recandidato-me em outubro»") has a
    lower-case word, a time preposition in the mention, or more words."""
    found = _LAST_OPENING.search(text, max(0, start - 40), start)
    words = text[start:end]
    if (
        found is not None
        and found.start() + 1 == start
        and (words[:1].isdigit() or (words[:1].isupper() and " " in words))
        and _quoted_alone(text, found.start(), end)
        and (opened is None or not opened.search(text, max(0, found.start() - 40), found.start()))
    ):
        # "dosarul „10 august”", "o Cine “Primeiro de Maio”", "зала „Шести септември“": a
        # date that is the whole quote (in digits, or in words opening on a capital, as a
        # name is written) names a thing; not after "between" ("între „27 mai și 21
        # iulie”": a statement's range quoted)
        return True
    if found is None or " " in words or any(map(str.isdigit, words)):
        return False
    opening = found.start()
    if opening > 0 and text[opening - 1].isalnum():
        return False
    inside = text[opening + 1 : start].split()
    closing = min(
        (i for q in _CLOSING_QUOTES if (i := text.find(q, end, end + 60)) >= 0), default=-1
    )
    if closing < 0 or not text[opening + 1 : opening + 2].isupper():
        return False
    quoted = text[opening + 1 : closing]
    if len(quoted.split()) > TITLE_WORDS or quoted.rstrip()[-1:] in ".!?":
        return False
    return all(w[:1].isupper() for w in inside)


def _quoted_kind(text: str, match: dates.Match, lang: str, cues: _Cues) -> bool:
    """A weekday word in a quote with one lower-case word that qualifies it, neither a
    preposition nor an offset ("„черен петък”", "„czarny czwartek”", "«segunda-feira
    negra»"): a name for a day of some kind (a crash, a sale), no date."""
    if match.rule.name not in WEEKDAYS:
        return False
    words = text[match.start : match.end]
    if " " in words or _DIGIT.search(words):
        return False
    found = _LAST_OPENING.search(text, max(0, match.start - 40), match.start)
    if found is None or (found.start() > 0 and text[found.start() - 1].isalnum()):
        return False
    closing = min(
        (i for q in _CLOSING_QUOTES if (i := text.find(q, match.end, match.end + 40)) >= 0),
        default=-1,
    )
    if closing < 0:
        return False
    before, after = text[found.start() + 1 : match.start].split(), text[match.end : closing].split()
    others = before + after
    if len(others) != 1 or _DIGIT.search(others[0]):
        return False  # "„Depunem moțiunea marți”": a statement quoted, its day a date
    if not others[0].islower():
        return False  # "„Votăm marți”": speech opening on its verb (a name's capitals: `_title`)
    tense_words = dates.language(lang).tense
    prepositions = tense_words.prepositions if tense_words is not None else ()
    return not any(
        w.lower() in prepositions
        or (cues.offset_word is not None and cues.offset_word.match(w.lower()))
        for w in others
    )


def _quoted_alone(text: str, opening: int, end: int) -> bool:
    """Whether the quote opened at `opening` closes right at `end`, after a word (a noun
    the quoted date names: "dosarul „10 august”", "operação «25 de Abril»")."""
    if text[end : end + 1] not in _CLOSING_QUOTES or opening == 0:
        return False
    before = text[max(0, opening - 30) : opening].rstrip()
    return bool(before) and before[-1].isalpha()


_NEXT_WORD: Final = re.compile(r"\s+([^\W\d_])")
_NEXT_NAME: Final = re.compile(r" (\w+)(?!\w)")
"""The word after a month, for a club named after it and its town (checked for a capital in
`_Cues.capitalised_name`)."""
_PLACE_IN_BRACKETS: Final = re.compile(r"\s*\(([^\W\d_]+)\)")
"""A word in brackets after a name: its town, when capitalised (a club named after a month,
and the town it plays for)."""


def _in_capitals(text: str, match: dates.Match, sentence: Sentence) -> bool:
    """A date word written in capitals throughout (three letters or more) in a sentence
    that is not is an acronym or a code ("granatniki PIAT", "system MARS"), no date; a
    headline in capitals ("JOI, 5 MARTIE") keeps its dates, and so does a month in Roman
    numerals ("31.XII 2023")."""
    words = [w for w in _CAPS_WORD.findall(text, match.start, match.end) if not _ROMAN.fullmatch(w)]
    if not words or any(w.lower() == w for w in _LETTERS.findall(text, match.start, match.end)):
        return False
    return any(c.islower() for c in sentence.text)


def _weekday_word_start(match: dates.Match) -> int:
    """Where the weekday's own word starts in a mention ("de duminică": at "duminică")."""
    found = match.match
    for name in ("weekday", "weekday_adjective", "wd"):
        if name in found.re.groupindex and found.start(name) >= 0:
            return found.start(name)
    return match.start


_CAPS_WORD: Final = re.compile(rf"{_CAPITAL}{{3,}}")
_ROMAN: Final = re.compile("[IVX]+")


def _present_day_name(text: str, match: dates.Match, noun: re.Pattern[str] | None) -> bool:
    """Today's as an adjective before a name is the present-day place or thing, no date:
    "днешния Истанбул", "dzisiejsza Polska" (a relative day's adjective, one word, and a
    capital after it); so it is before a noun of a place or a body (the language's
    `present_day_nouns`: "dzisiejszego powiatu", "днешната община", "dzisiejsze muzeum")."""
    if match.rule.name != "relative_day" or " " in text[match.start : match.end]:
        return False
    if _group(match.match, "relative_day_adjective") is None:
        return False
    found = _NEXT_WORD.match(text, match.end)
    if found is None:
        return False
    return found.group(1).isupper() or bool(noun and noun.match(text, found.start(1)))


def _opens(text: str, at: int) -> bool:
    """Whether the word at `at` opens a sentence (after an editor's cut "[...]" too), a
    headline or a quote."""
    return text[max(0, at - 12) : at].rstrip()[-1:] in _OPENERS


_OPENERS: Final = frozenset(("", *'.!?:;\n"„“«(–—-/|]'))
"""What a word follows when it opens a sentence, a headline or a quote (`_opens`)."""
_WORD_END: Final = re.compile(r"([^\W\d_][\w-]*)\s+\Z")
"""The word right before a mention."""
_NAME_BEFORE: Final = re.compile(rf"{_CAPITAL}[^\W\d_]+ \Z")
"""A capitalised word just before a mention (a first name)."""
_NAME_SLASH: Final = re.compile(rf"{_CAPITAL}[^\W\d_]+\s*/\s*\Z")
"""A capitalised word and a slash just before a mention: a crossing's first street."""


@cache
def _accented_months(lang: str) -> frozenset[str]:
    """The language's month names that carry an accent, folded ("março" -> "marco")."""
    months = data.words(lang).months
    return frozenset(folded for w in months if (folded := fold_accents(w)) != w)


def _unaccented_month(text: str, words: str, lang: str) -> bool:
    """A month name written without the accent it carries, in a text that writes accents,
    is another word: pt "o marco pelo euro" (the Deutsche Mark), "um marco
    histórico" (a landmark) are not "março". With a day or a year it stays a date."""
    accented = _accented_months(lang)
    if not accented or any(map(str.isdigit, words)) or text.isascii():
        return False
    return any(w in accented for w in _LETTERS.findall(words.lower()))


def _surname(text: str, start: int, end: int) -> bool:
    """One capitalised word after a capitalised first name inside a sentence is a surname
    ("Radny Marek Sobota", "Pani Halina Listopad", "Deputatul Ion Marți"): a date word
    written with a capital inside a sentence, after a name, names a person."""
    words = text[start:end]
    if " " in words or not words[:1].isupper():
        return False
    before = text[max(0, start - 30) : start]
    found = _NAME_BEFORE.search(before)
    if found is None:
        return False
    opener = before[: found.start()].rstrip()
    return bool(opener) and opener[-1] not in '.!?:;\n"„“«(–—-'


def _either(fragments: tuple[str, ...]) -> str:
    return "|".join(fragments)


def _compile(pattern: str | None) -> re.Pattern[str] | None:
    """A cue's pattern, its alternations grouped by first letter (`leading.grouped`: the
    same matches; the cues are lists of words tried around every mention)."""
    return None if pattern is None else leading.grouped(re.compile(pattern, re.IGNORECASE))


def _multiline(pattern: str | None) -> leading.Sieve | None:
    """A pattern whose `^` is any line's start (a byline opens its line), grouped as
    `_compile`'s, searched only where its words are (`leading.Sieve`)."""
    if pattern is None:
        return None
    return leading.Sieve(re.compile(pattern, re.IGNORECASE | re.MULTILINE))


def _sieved(pattern: str | None) -> leading.Sieve | None:
    """A cue's pattern as `_compile` gives it, searched only where its words are
    (`leading.Sieve`): for a cue that is dear to try at every word (a comparison's
    words after any other word), where looking for its words first costs less."""
    return None if pattern is None else leading.Sieve(re.compile(pattern, re.IGNORECASE))


_PHRASE_END: Final = re.compile(r"\s*(?:[,.;:!?)]|\Z)")
"""A weekday closing its phrase: punctuation or the text's end after it."""
_KIND_REACH: Final = 30
"""How far before a weekday the words of a kind of day are looked for."""


@dataclass(frozen=True, slots=True)
class _Cues:
    """A language's extraction cues (`lang/<code>/extract.yaml`) compiled into the
    checks `_mentions` makes; a check whose words a language does not give never fires."""

    compared_before: leading.Sieve | None
    compared_with: re.Pattern[str] | None
    yearly: re.Pattern[str] | None
    monthly: re.Pattern[str] | None
    idioms: re.Pattern[str] | None
    ago_for: re.Pattern[str] | None
    state_after: re.Pattern[str] | None
    until_at: re.Pattern[str] | None
    until_before: re.Pattern[str] | None
    for_month: re.Pattern[str] | None
    no_anchor: re.Pattern[str] | None
    of_year_words: re.Pattern[str] | None
    hours: re.Pattern[str]
    opening: re.Pattern[str] | None
    range_to: re.Pattern[str] | None
    range_to_at: re.Pattern[str] | None
    """ "to" after a range's first end, a comma before it or not ("de quinta, dia 8, a
    domingo, dia 11"), reaching into the second end's words."""
    range_from_before: re.Pattern[str] | None
    period_start: re.Pattern[str] | None
    """ "the start of" a period ("początku", "início do")."""
    parts_lead: re.Pattern[str] | None
    """Words that may open a range's end of a part of a period ("do", "la", "până la",
    "sfârșitul lui", "края на"), stripped from a mention's front (`_parts_ranged`)."""
    parts_open: re.Pattern[str] | None
    """ "Between" or "from", and "the end of" or "the start of" a period, before a range's
    first end ("entre o final de", "de la începutul lui", "от края на")."""
    parts_join: re.Pattern[str] | None
    """ "and" or "until", and the part of the second period, between the two ends."""
    from_at: re.Pattern[str] | None
    """ "from" opening a mention, or just before it with an article ("Desde o início")."""
    from_before: re.Pattern[str] | None
    school: re.Pattern[str] | None
    """Words of schools and universities: a half of the year near them is a term."""
    capital_month: re.Pattern[str] | None
    day_name_before: re.Pattern[str] | None
    with_year: re.Pattern[str] | None
    bylines: leading.Sieve | None
    generic: re.Pattern[str] | None = None
    long_ago: re.Pattern[str] | None = None
    clock: re.Pattern[str] | None = None
    name_of: re.Pattern[str] | None = None
    postponed: re.Pattern[str] | None = None
    """Verbs that move a date (`moved_to`)."""
    name_of_opening: re.Pattern[str] | None = None
    """ "of" opening a mention (`named_after`)."""
    place_toward: re.Pattern[str] | None = None
    """ "towards" right before a word (`named_after`): the word is a place one goes to."""
    weekly: re.Pattern[str] | None = None
    weekly_part_before: re.Pattern[str] | None = None
    """A part of the day in the plural and its "of" right before a weekday ("nas tardes de
    sábado", "în serile de vineri"): the weekday's every week (`weekly_part`)."""
    weekly_part_after: re.Pattern[str] | None = None
    """A part of the day in the plural right after a weekday's adjective ("w piątkowe
    wieczory", "в съботните вечери"): the weekday's every week (`weekly_part`)."""
    range_opened: re.Pattern[str] | None = None
    range_closed: re.Pattern[str] | None = None
    range_gap: re.Pattern[str] | None = None
    hedge: re.Pattern[str] | None = None
    """Adverbs of likelihood between "and" and the "until" that closes a range (`hedges`)."""
    """What may stand between a range's "until" and its closing day: times of day, short
    words and the language's parts of the day ("do wieczora 6 maja", "до вечерта на 6 май")."""
    range_joined: re.Pattern[str] | None = None
    pair_joined: re.Pattern[str] | None = None
    toward_at: re.Pattern[str] | None = None
    toward_before: re.Pattern[str] | None = None
    weekday_words: frozenset[str] = frozenset()
    lower_case_calendar: bool = False
    lower_month: re.Pattern[str] | None = None
    """A month written in lower case, in a language where each text tells its own case."""
    capital_days_are_names: bool = False
    listed: re.Pattern[str] | None = None
    listed_year: re.Pattern[str] | None = None
    night_before: re.Pattern[str] | None = None
    that_is: re.Pattern[str] | None = None
    age_would_have: re.Pattern[str] | None = None
    """"Would have turned N years" (`would_have`)."""
    instead: re.Pattern[str] | None = None
    """"Instead of" and the short preposition after it (`instead_start`)."""
    negated: re.Pattern[str] | None = None
    """The words of "not", where "N units ago" says "for N units" (`negated_span`)."""
    pointed: re.Pattern[str] | None = None
    """The words that point at one week's day ("this", "next", "last": the offsets)."""
    and_word: re.Pattern[str] | None = None
    """The "and" of a range's ends ("și", "e") alone, as it stands in a gap."""
    day_noun: re.Pattern[str] | None = None
    """The noun "day" and a comma between a relative day's adjective and its date ("През
    утрешния ден, 4 септември", "Jutrzejszy dzień, 11 maja"): `_apposed`."""
    editor_note: re.Pattern[str] | None = None
    falls_on: re.Pattern[str] | None = None
    this_year: re.Pattern[str] | None = None
    opens_from: re.Pattern[str] | None = None
    figure_month: re.Pattern[str] | None = None
    """A figure's noun right before the "for" of a month (`figure_before`: "the inflation
    of December"); where the language gives it, a "for" month after other words ("will pay
    less from March") opens a change ahead, no figure's month (`stat_month`)."""
    and_joined: re.Pattern[str] | None = None
    next_day: re.Pattern[str] | None = None
    days_counted: re.Pattern[str] | None = None
    """A count of days right before a holiday ("50 de zile după Paște": `counted_from`)."""
    unit_from: re.Pattern[str] | None = None
    editions: re.Pattern[str] | None = None
    citations: re.Pattern[str] | None = None
    amounts: re.Pattern[str] | None = None
    """A currency's or a counted noun's word after a number, the other end of a range
    between ("od 1400 do 1730 złotych", "de 1400 a 1700 reais": `amount`)."""
    history_before: re.Pattern[str] | None = None
    history_after: re.Pattern[str] | None = None
    """A day or a week and the "before" or "after" that opens a holiday's mention ("dnia
    przed Bożym Narodzeniem", "um dia antes do Natal": `counted_from`)."""
    days_named: re.Pattern[str] | None = None
    days_of_period: re.Pattern[str] | None = None
    part_of_day_gap: re.Pattern[str] | None = None
    every: re.Pattern[str] | None = None
    points_back: re.Pattern[str] | None = None
    """The language's words of "this" before "year" that also say "that year"
    (`Words.pointing_back`): only a mention holding one is given the date told before it in
    its sentence, so that the others keep the few shared contexts."""
    conjunction: re.Pattern[str] = re.compile(r"(?!)")
    """The language's coordinating conjunctions (its tense data's `conjunctions`): what
    joins a second day to a date, where an article would name the date's weekday."""
    every_word: re.Pattern[str] | None = None
    monthly_listed: re.Pattern[str] | None = None
    """A short word or a comma, at most two words and a weekday before "of every month":
    the ordinals listed with a counted weekday ("na segunda e quarta quinta-feira de cada
    mês": `every_month`)."""
    every_counted: re.Pattern[str] | None = None
    """ "every" and at most three words right before a weekday counted in a month, over text
    folded to plain lower-case letters ("fiecare a doua", "każdą drugą i": `every_listed`)."""
    kind_of_day: re.Pattern[str] | None = None
    days_of_habit: re.Pattern[str] | None = None
    """ "to be" and a plural noun of days right after weekdays ("Вторник и четвъртък са
    определените дни"): the weekdays name the days of a habit (`kind`)."""
    indefinite: re.Pattern[str] | None = None
    """An indefinite article right before a weekday ("într-o", "numa", "в един", "pewnego"):
    some one of those days, no date (`kind`)."""
    falls_on_before: re.Pattern[str] | None = None
    """`falls_on` and at most three short words right before a weekday: the weekday a date
    falls on, even after an indefinite ("cai em uma segunda-feira")."""
    timetable_before: re.Pattern[str] | None = None
    upcoming_before: re.Pattern[str] | None = None
    noun_of: re.Pattern[str] | None = None
    """`noun_of` opening a mention, and a space (`named_by_day`)."""
    noun_before: re.Pattern[str] | None = None
    """`noun_before` ending right before a mention (`named_by_day`)."""
    timetable_after: re.Pattern[str] | None = None
    """Words right before a weekday that make it a kind of day ("jak w niedzielę")."""
    weekday_feasts: re.Pattern[str] | None = None
    """A holiday named by its weekday ("domingo de Páscoa", "terça-feira de Carnaval"), from
    the language's holidays and weekdays: a weekday range ending on one is no weekly habit."""
    """A comma or dash and the noun "days" between a holiday and the days it covers ("No
    Carnaval, dias 20, 21 e 22 de fevereiro"), built from the language's unit words."""
    night_to: re.Pattern[str] | None = None
    night_of_day: re.Pattern[str] | None = None
    night_lead: re.Pattern[str] | None = None
    between_years: re.Pattern[str] | None = None
    between_before: re.Pattern[str] | None = None
    tradition: leading.Sieve | None = None
    """Words of a custom kept over the years ("tradycyjnie", "по стар стил") and of a long
    habit (`for_years`): a yearly rule's cue in its sentence (`yearly_rule`)."""
    celebrated: re.Pattern[str] | None = None
    """The impersonal present of a feast's celebration ("se sărbătorește", "comemora-se")."""
    feast_is: re.Pattern[str] | None = None
    """A copula and a feast's noun right after a day ("1 Decembrie este Ziua Națională")."""
    feast_noun: re.Pattern[str] | None = None
    """A feast's noun, the subject of "the holiday is on DAY"."""
    feast_words: leading.Sieve | None = None
    """The words one of which each of the three above holds (a celebration's verb, a
    feast's noun), looked for first, where they are: most sentences name no feast."""
    present_day_noun: re.Pattern[str] | None = None
    copula_before: re.Pattern[str] | None = None
    """A copula right before a day ("O feriado municipal é no primeiro sábado de agosto")."""
    since_year: re.Pattern[str] | None = None
    """ "Since" before a year, a word between or none ("от далечната 1927 година")."""
    usual: leading.Sieve | None = None
    long_habit: leading.Sieve | None = None
    """Words of a habit or a lasting state ("zawsze", "de obicei", "обикновено", "continua
    em vigor")."""
    likened: re.Pattern[str] | None = None
    superlative: re.Pattern[str] | None = None
    superlative_after: re.Pattern[str] | None = None
    weekend_kind: re.Pattern[str] | None = None
    programme: re.Pattern[str] | None = None
    period_noun: re.Pattern[str] | None = None
    weekend_kind_after: re.Pattern[str] | None = None
    weekend_kind_of: re.Pattern[str] | None = None
    """A noun and the "of" that makes a weekend its attribute ("os turnos de fim de
    semana", "cursele de weekend")."""
    plus_units: re.Pattern[str] | None = None
    offset_word: re.Pattern[str] | None = None
    relative_before: re.Pattern[str] | None = None
    but: re.Pattern[str] | None = None
    weekly_habit: re.Pattern[str] | None = None
    """"Every week" ("toda semana", "co tydzień", "всяка седмица")."""
    relative_after: re.Pattern[str] | None = None
    """A comma and a relative pronoun: a relative clause opening after a mention."""
    population: re.Pattern[str] | None = None
    """The language's offset words and adjective stems ("najbliższ", "następn")."""
    """ "And" and a count of units after a weekend ("weekend i pół dnia"), from the
    language's unit and "and" words."""
    """ "As" at the end of the text before a cue ("jak co roku", "ca întotdeauna")."""

    def listed_days(self, text: str, mention: Mention) -> list[Mention] | None:
        """Two days of a month joined by "and" that are not one after the other ("nos dias
        24 e 31 de dezembro", "на 31 декември и 2 януари") are a list of two days, not the
        span between them: two mentions. Days that follow each other ("3 i 4 czerwca") stay
        one interval, and so does "between A and B", a range. Years are listed the same way
        ("em 2018 e 2021" two years; "din 2021 și 2022" stays their interval)."""
        value = mention.value
        if value is None or value.precision not in ("day", "interval"):
            return None
        return self._listed_years(text, mention, value) or self._listed_days(text, mention, value)

    def _listed_days(
        self, text: str, mention: Mention, value: model.EdtfDate
    ) -> list[Mention] | None:
        found = self.listed.search(mention.text) if self.listed is not None else None
        if found is None or self._between(text, mention, found):
            return None
        first_day, last_day = int(found[1]), int(found[3])
        if value.precision == "interval":
            first, last = value.start, value.end
            if (first.day, last.day) != (first_day, last_day):
                return None
        elif value.start.day == last_day and first_day < last_day:
            last = value.start
            first = last.replace(day=first_day)
        else:
            return None
        if (last - first).days <= 1:
            return None
        return _split(text, mention, found, model.day(first), model.day(last))

    def _listed_years(
        self, text: str, mention: Mention, value: model.EdtfDate
    ) -> list[Mention] | None:
        found = self.listed_year.search(mention.text) if self.listed_year is not None else None
        if found is None or value.precision != "interval":
            return None
        if self._between(text, mention, found, self.between_years):  # "from" 2018: "of" 2018
            return None
        first, last = int(found[1]), int(found[3])
        if (value.start, value.end) != (dt.date(first, 1, 1), dt.date(last, 12, 31)):
            return None
        if last - first <= 1:
            return None
        return _split(text, mention, found, model.year(first), model.year(last))

    def _between(
        self,
        text: str,
        mention: Mention,
        found: re.Match[str],
        cue: re.Pattern[str] | None = None,
    ) -> bool:
        """Whether "between" or "from" (`cue`: those of days) opens the list just before it:
        then it is a range."""
        cue = cue or self.between_before
        opened = max(0, mention.start - 30)
        return (
            cue is not None and cue.search(text, opened, mention.start + found.start()) is not None
        )

    def range_between(self, text: str, start: int, end: int, then: int, then_end: int) -> bool:
        """Whether the mentions at `start` and `then` are the two ends of one range: "from
        A ... until B" or "A – B" (`range_closed` between them or opening the second), or
        "between A and B" (`range_opened` before the first, `range_joined` between)."""
        closed, opened, joined = self.range_closed, self.range_opened, self.range_joined
        gap = self.range_gap or _TIMES_ONLY
        if closed is not None:
            found = closed.match(text, end, then_end)
            if (
                found is not None
                and gap.fullmatch(text, found.end(), max(then, found.end()))
                and not _words_for_a_dash(found.group())
                and not self._clause_between(found.group())
            ):
                return True
        if self._from_to(text, start, end, then, then_end):
            return True
        if opened is None or joined is None:
            return False
        noted = _BRACKETED_WORD.match(text, end, then)  # "24 de Fevereiro (segunda) e 8 de Março"
        if not joined.fullmatch(text, noted.end() if noted else end, then):
            return False
        return opened.search(text, max(0, start - RANGE_REACH), start) is not None

    def _from_to(self, text: str, start: int, end: int, then: int, then_end: int) -> bool:
        """ "from A to B" with A and B each a weekday and its day ("de quinta-feira, dia 8, a
        domingo, dia 11"): "from" just before the first, "to" between them or opening the
        second."""
        to, since = self.range_to_at, self.range_from_before
        if to is None or since is None:
            return False
        found = to.match(text, end, then_end)
        return (
            found is not None
            and then <= found.end() < then_end
            and (
                since.search(text, max(0, start - RANGE_REACH), start) is not None
                or (self.from_at is not None and self.from_at.match(text, start) is not None)
            )
        )

    def school_term(self, text: str, match: dates.Match) -> bool:
        """A half of the year among words of school ("Semestrul I se va încheia pe 14
        ianuarie", "elevii ... semestrul al doilea") is a term of the school year, which
        runs September to June: no half of the calendar."""
        if match.rule.name != "half_year" or self.school is None:
            return False
        around = max(0, match.start - SCHOOL_REACH), match.end + SCHOOL_REACH
        return self.school.search(text, *around) is not None

    def from_start(self, text: str, start: int) -> bool:
        """Whether "from the start of" opens the mention at `start` ("od początku roku"),
        "from" standing in it or just before it ("Desde o início do ano")."""
        if self.period_start is None or self.from_at is None or self.from_before is None:
            return False
        opened = self.from_at.match(text, start)
        if opened is None and not self.from_before.search(text, max(0, start - 12), start):
            return False
        return self.period_start.match(text, opened.end() if opened else start) is not None

    def _clause_between(self, gap: str) -> bool:
        """Words with no time of day, after a comma or "and", between a date and "until"
        another ("na quinta-feira, com festa até domingo", "we wtorek, a wpisy do piątku",
        "marți, cu teze până vineri"): the second date closes a phrase of its own (its
        noun's), not a range the first opens. Times and parts of the day with no comma
        ("de vineri seara până duminică", "de marți, de la ora 10.00, până miercuri") keep
        the range."""
        gap = _LAST_WORD.sub("", gap)  # the "until" itself
        if self.hedge is not None:  # "e previsivelmente até": "and until", hedged
            gap = self.hedge.sub("", gap)
        if any(map(str.isdigit, gap)) or not any(map(str.isalpha, gap)):
            return False
        joined = self.pair_joined
        if joined is not None and joined.fullmatch(gap.replace(",", " ")) is not None:
            return False  # "and until" alone: "vineri, 21 noiembrie, și până duminică"
        return "," in gap or (joined is not None and joined.search(gap) is not None)

    def _dateline_date(self, text: str, start: int) -> bool:
        """A dateline's date opens on its number or its weekday ("Lisboa, 02 jan 2025 (Lusa)"),
        never on a preposition: "Para comparação, em 2015 (de 30 de abril ...)" is a clause
        and its year, a bracket after them."""
        word = _FIRST_WORD.match(text, start)
        return word is None or fold_accents(word.group().lower()) in self.weekday_words

    def _dated_place(self, place: str, text: str, start: int, end: int) -> bool:
        """A dateline with no agency: a place, a comma, a date with its year and a dash
        opening the line ("Suceava, 10.11.2025 – Compania anunță", "Coimbra, 10 de novembro
        de 2025 – A Câmara informa"). A weekday before the comma is the date's own."""
        word = _FIRST_WORD.search(place)
        return (
            word is not None
            and fold_accents(word.group().lower()) not in self.weekday_words
            and _DATELINE_DASH.match(text, end) is not None
            and _FOUR_DIGITS.search(text, start, end) is not None
        )

    def byline(self, text: str, start: int, end: int) -> bool:
        """The date of a byline or a wire dateline stamps the page, it dates no happening
        (benchmarks/extract_eval/README.md, "Bylines and datelines"): a line with a byline
        word ("Publicat:", "Aktualizacja:", "Última atualização"), a dateline "Lisboa, 02
        jan 2025 (Lusa) —" / "София, 7 септември /БТА/ –", and a stamp line holding only a
        name or place, the date and a time ("Maria Ionescu, 26.09.2025 07:15")."""
        reach = max(0, start - BYLINE_REACH)
        first = text.rfind("\n", reach, start) + 1 or reach
        last = text.find("\n", end, end + BYLINE_REACH)
        last = min(len(text), end + BYLINE_REACH) if last < 0 else last
        if self.bylines is not None and self.bylines.search(text, first, last):
            return True
        if _CREDIT_BEFORE.search(text, reach, start) and _CREDIT_AFTER.match(text, end):
            return True  # "(BBC SERVICIUL MONDIAL – 18 ianuarie)": the source and its day
        if (first != 0 and text[first - 1] != "\n") or start - first > BYLINE_REACH // 2:
            return False  # a dateline or a stamp opens its line, a short way before the date
        place = _DATELINE_PLACE.fullmatch(text, first, start)
        if (
            place is not None
            and place.group()
            and _AGENCY.match(text, end, last)
            and self._dateline_date(text, start)
        ):
            return True
        if place is not None and self._dated_place(place.group(), text, start, end):
            return True  # "Варна, 10.11.2025 г. - Енерго-Про съобщи, че ..."
        if _CAPS_BEFORE.fullmatch(text, first, start) and _CAPS_AFTER.match(text, end):
            return True  # "RADOR RADIO ROMÂNIA (19 ianuarie) –", "LUSA (19 janeiro) –"
        if _STAMP_LEAD.fullmatch(text, first, start) is None:
            return False
        if _STAMP_TIME.fullmatch(text, end, last) is not None:
            return True
        return _TIME_AT_END.search(text, start, end) is not None and not text[end:last].strip()

    def compared(self, text: str, start: int, words: str) -> bool:
        """ "Compared with the month before" ("față de luna anterioară", "face ao mês
        anterior", "спрямо предходния месец", "w porównaniu z poprzednim miesiącem") is the
        base of a statistic, named by the month it speaks of, not a date of its own."""
        found = self.compared_before
        return found is not None and bool(found.search(text[max(0, start - 30) : start] + words))

    def base(self, text: str, start: int, words: str) -> bool:
        """A month a figure is compared with ("względem lutego", "față de februarie",
        "спрямо февруари", "face a fevereiro") is a month already measured: its most recent
        occurrence, whatever the tense of the clause that compares ("Sprzedaż wzrośnie
        względem lutego" is last February's figure). The comparison word stands before the
        month, its article or month noun may be inside the mention ("a fevereiro", "mês de
        fevereiro"), on the mention's line."""
        found = self.compared_with
        if found is None:
            return False
        month_at = start + words.rstrip().rfind(" ") + 1
        reach = max(0, start - 40)
        reach = max(reach, text.rfind("\n", reach, start) + 1)
        return bool(found.search(text, reach, month_at))

    def every_month(self, text: str, end: int, value: EdtfDate, words: str) -> bool:
        """A weekday, counted or not, right before "of every month" ("no primeiro domingo de
        cada mês", "în ultima vineri din fiecare lună", "w ostatni piątek każdego miesiąca",
        "в последния петък на всеки месец") recurs each month: a habit, no date
        (`every_month`); so does a day of the month written alone ("no dia 5 de cada mês",
        "на 10-и всеки месец"), whose month no word names."""
        return (
            self.monthly is not None
            and value.precision == "day"
            and (not _DIGIT.search(words) or not _LETTERS_AFTER_DIGIT.search(words))
            and (
                self.monthly.match(text, end) is not None
                or (
                    self.monthly_listed is not None
                    and self.monthly_listed.match(text, end) is not None
                )
            )
        )

    def week_of_each(self, text: str, sentence: Sentence, start: int, value: EdtfDate) -> bool:
        """A week told from another one after "every week" in its sentence ("Toda semana
        publicaremos um resumo do que foi realizado na semana anterior", "Co tydzień
        podsumowujemy poprzedni tydzień") is the week before or after each of them, no
        date; "but" between sets a week apart ("co tydzień, ale w przyszłym tygodniu")."""
        if self.weekly_habit is None or value.precision != "week":
            return False
        found = next(reversed(list(self.weekly_habit.finditer(text, sentence.start, start))), None)
        if found is None:
            return False
        return not (self.but is not None and self.but.search(text, found.end(), start))

    def every_year(
        self, text: str, sentence: Sentence, start: int, end: int, value: EdtfDate
    ) -> bool:
        """A month, season or day of the year that comes back every year ("În fiecare an,
        în martie", "Co roku w marcu", "Всяка година през март", "Todos os anos, em março",
        "în luna iulie a fiecărui an", "всяка година на 6 май") is a habit, not a date; a
        year written in it makes it one occurrence."""
        if self.yearly is None or value.precision not in ("month", "season", "day", "interval"):
            return False
        words = text[start:end]
        if (
            value.precision == "interval"
            and (value.end - value.start).days > YEARLY_DAYS
            and (_DIGIT.search(words) or (value.end - value.start).days > YEARLY_MONTHS)
        ):
            return False  # a span of years, or of days in digits, is no yearly habit
        # months named with no year ("co roku od maja do września") are each year's season
        written = value.precision in ("day", "interval")  # days written with their numbers
        if _YEAR_WRITTEN.search(words) or (not written and _DIGIT.search(words)):
            return False
        near = max(sentence.start, start - 40), min(sentence.end, end + 30)
        return any(
            not self._likened(text, found.start()) for found in self.yearly.finditer(text, *near)
        )

    def yearly_relative(
        self, text: str, match: dates.Match, sentence: Sentence, lang: str, value: EdtfDate
    ) -> bool:
        """A month, season or day of the year in a present clause whose subject a relative
        clause after it says comes back every year ("Realizam-se, no final do mês de
        Setembro, as festas ..., cujas tradições ... atraem anualmente inúmeros romeiros",
        "Провежда се в края на август съборът, който всяка година събира стотици гости"):
        the feast's time of the year, no date. The first relative clause after the mention
        holds the every-year words (`every_year`'s), the mention's clause has no explicit
        marker ("Festyn, który co roku ..., odbędzie się 15 sierpnia" is this year's), and
        the sentence names no occurrence (`_this_occurrence`)."""
        if self.yearly is None or self.relative_after is None:
            return False
        if value.precision not in ("month", "season", "day", "interval"):
            return False
        if value.precision == "interval" and (value.end - value.start).days > YEARLY_DAYS:
            return False
        if self.yearly.search(text, match.end, sentence.end) is None:
            return False  # the cheap test first: most sentences hold no every-year word
        words = text[match.start : match.end]
        if _YEAR_WRITTEN.search(words):
            return False
        relative = self.relative_after.search(text, match.end, sentence.end)
        if relative is None:
            return False
        reach = min(sentence.end, relative.end() + YEARLY_RELATIVE_REACH)
        if not any(
            not self._likened(text, found.start())
            for found in self.yearly.finditer(text, relative.end(), reach)
        ):
            return False
        at = match.start - sentence.start
        if tense.explicit(sentence.text, lang, at, at + len(words)):
            return False
        return not self._this_occurrence(sentence, match, lang)

    def yearly_rule(
        self, text: str, match: dates.Match, sentence: Sentence, lang: str, value: EdtfDate
    ) -> bool:
        """A day of the year said as the yearly rule of a feast or a custom is no date: "Ziua
        orașului se sărbătorește pe 15 august", "Dzień Matki obchodzony jest 26 maja",
        "22 септември е Денят на независимостта", "O feriado municipal é no primeiro sábado
        de agosto", "Tradicionalmente, as festas juninas começam no dia 12 de junho",
        "Съборът от години се провежда през последната събота и неделя на месец август".

        Its cue is one of: words of a custom kept over the years in the sentence
        (`tradition`, `for_years`), the impersonal present of a feast's celebration in the
        mention's clause (`celebrated`), or a copula between the day and a feast's noun
        ("DAY is the Day of ...", the day with no preposition: "Pe 8 martie e Ziua Femeii",
        "На 6 май е Гергьовден" say what this year's day is; "the holiday is on DAY"). The
        day writes no year (a month,
        a weekend, a range of a month only after the words of a custom), no weekday beside
        its number ("No sábado, 13 de junho, feriado municipal": this year's), and its clause
        says its time with no explicit marker (`tense.explicit`: "va începe", "odbędzie się",
        "ще", "foi" are this time's; "începe", "rusza", "abre" may be the rule's). Nor when
        its sentence names this occurrence: a this-year word, a time of day, today or a
        weekday, a year (but "since" a year: "от далечната 1927 година")."""
        if self.tradition is None and self.celebrated is None and self.feast_is is None:
            return False
        if value.precision not in ("day", "interval", "month"):
            return False
        if value.precision == "interval" and (value.end - value.start).days > YEARLY_DAYS:
            return False
        words = text[match.start : match.end]
        if _YEAR_WRITTEN.search(words):
            return False
        name = match.rule.name
        written = name in YEARLY_RULE_DAYS
        if not written and name not in USUAL_CALENDAR - {"weekday"}:
            return False
        if _DIGIT.search(words) and any(
            fold_accents(w.lower()) in self.weekday_words for w in _LETTERS.findall(words)
        ):
            return False
        if (
            value.precision == "month"
            and self.for_month is not None
            and self.for_month.search(text, max(0, match.start - 16), match.end)
        ):
            return False  # "данните за януари традиционно са предварителни": a figure's month
        at = match.start - sentence.start
        end = at + len(words)
        body = sentence.text
        feast = ""
        if self._custom_opening(body, lang, at, end):
            pass  # the custom's day whatever its verb says of the custom ("е запазен")
        elif self._custom(text, sentence, lang, at, end) or (
            written and (feast := self._feast(body, lang, at, end))
        ):
            if (
                tense.explicit_future(body, lang, at, end) or tense.past_marked(body, lang, at, end)
                if feast == "copula"  # its clause only: "..., a festa ocorrerá no dia 17"
                else tense.explicit(body, lang, at, end)
            ):
                return False
        else:
            return False
        return not self._this_occurrence(sentence, match, lang, own_clause=feast == "copula")

    def _custom_opening(self, body: str, lang: str, at: int, end: int) -> bool:
        """A custom's noun opening the sentence with the mention in the clause after it, its
        complement ("Традицията да се прави събор на 7 юли датира от 2000-та година",
        "Tradiția ca satul să se adune pe 15 august datează de un secol"): the custom's day,
        whose subjunctive ("да се прави", "să se adune") is no time of its own (the verb forms
        read it as a future), and whose main verb tells of the custom, not of the day
        ("Obiceiul ... pe 1 martie s-a păstrat"): only a word of one occurrence makes it one
        year's (`_this_occurrence`)."""
        if self.tradition is None or at > CUSTOM_REACH:
            return False
        found = self.tradition.search(body, 0, at)
        if found is None or _LETTERS.search(body, 0, found.start()):
            return False
        if _COMMA_NEXT.match(body, found.end()):
            return False  # an adverb of its own ("Tradicionalmente, a festa vai realizar-se")
        first, _ = tense.clause_span(body, at, end, lang)
        return found.end() <= first and not _CLAUSE_END.search(body, found.end(), at)

    def _custom(self, text: str, sentence: Sentence, lang: str, at: int, end: int) -> bool:
        """Words of a custom kept over the years in the mention's clause ("Od lat festyn
        odbywa się 15 sierpnia"), or alone in a clause that opens the sentence, a fronted
        adverbial of all of it ("Tradicionalmente, as festas começam no dia 12 de junho ...
        e se encerram no dia 29"), or alone in the clause right after the mention's ("се
        прави на 1 и 2 август, по стар стил"), not after "as" ("jak co roku"): the cue of a
        yearly rule.
        Elsewhere they tell of something else ("Prezes, który od lat kieruje spółką, ...")."""
        body = sentence.text
        if self.tradition is None or not self.tradition.search(body):
            return False  # the cheap test first: most sentences hold no such word
        first, last = tense.clause_span(body, at, end, lang)
        spans = [(first, last)]
        if first > 0:
            spans.append(tense.clause_span(body, 0, 0, lang))
        if last < len(body):
            spans.append(tense.clause_span(body, last + 1, last + 1, lang))
        for a, b in spans:
            for found in self.tradition.finditer(body, a, b):
                if self._likened(body, found.start()):
                    continue
                if (a, b) == (first, last) or not _LETTERS.search(
                    body[a : found.start()] + " " + body[found.end() : b]
                ):
                    return True
        return False

    def _feast(self, sentence: str, lang: str, at: int, end: int) -> str:
        """A feast's celebration in the impersonal present in the mention's clause, or a
        copula between the mention and a feast's noun: "DAY is the Day of ..." (the mention
        opening its clause) or "the holiday is on DAY" (a feast's noun among the first words
        of the clause, the copula right before the mention: "copula", the others
        "celebrated" and "is"; "" for none)."""
        if self.feast_words is None or self.feast_words.search(sentence) is None:
            return ""  # the cheap test first: most sentences name no feast
        first, last = tense.clause_span(sentence, at, end, lang, weak=False)
        if self.celebrated is not None and self.celebrated.search(sentence, first, last):
            return "celebrated"
        start, _ = tense.clause_span(sentence, at, end, lang)
        if (
            self.feast_is is not None
            and not sentence[start:at].strip()
            and sentence[at : at + 1].isdigit()
            and self.feast_is.match(sentence, end)
        ):
            return "is"  # "1 Decembrie este Ziua Națională", not "Pe 8 martie e Ziua Femeii"
        if self.copula_before is None or self.feast_noun is None:
            return ""
        copula = self.copula_before.search(sentence, max(start, at - 12), at)
        if copula is None:
            return ""
        opening = _LETTERS.findall(sentence, start, copula.start())
        head = " ".join(opening[:FEAST_HEAD])
        found = len(opening) <= FEAST_HEAD + 3 and self.feast_noun.search(head) is not None
        return "copula" if found else ""

    def _this_occurrence(
        self, sentence: Sentence, match: dates.Match, lang: str, *, own_clause: bool = False
    ) -> bool:
        """Whether the sentence names one occurrence beside the mention: a this-year word, a
        time of day, another mention of today, a weekday or an offset period, or a year in
        the mention's clause (not one after "since"). `own_clause`: in the mention's clause
        only, for "the feast is on DAY", which defines the day whatever the rest of the
        sentence dates ("Apesar de o dia do padroeiro ser o dia 29 de junho, a procissão
        sai no domingo, 30 de junho")."""
        body = sentence.text
        at = match.start - sentence.start
        end = match.end - sentence.start
        low, high = tense.clause_span(body, at, end, lang) if own_clause else (0, len(body))
        if self.this_year is not None and self.this_year.search(body, low, high):
            return True
        if (self.clock is not None and self.clock.search(body, low, high)) or self.hours.search(
            body, low, high
        ):
            return True
        first, last = tense.clause_span(body, at, end, lang, weak=False)
        for other in dates.scan(dates.language(lang), body):
            if (other.start < end and at < other.end) or not low <= other.start < high:
                continue
            if other.rule.name in _OCCURRENCE_RULES:
                return True
            found = _YEAR_WRITTEN.search(body, other.start, other.end)
            if found is None or not first <= other.start < last:
                continue  # a year in a clause of its own: "който се чества ... през 1908 г."
            since = self.since_year
            if since is None or not (
                since.match(body, other.start, found.start())
                or since.search(body, max(0, other.start - 30), other.start)
            ):
                return True
        return False

    def weekend_of_a_kind(self, text: str, match: dates.Match, lang: str) -> bool:
        """A weekend alone (no word of which) that is a length or one of a kind is no date:
        with a superlative ("najbardziej ruchliwy weekend od lat", "cel mai aglomerat
        weekend", "най-натовареният уикенд", "o fim de semana mais movimentado") it is the
        one ranked among others, with "and" and more units after it ("Tu będzie to trwało
        weekend i pół dnia") a stretch of time; with a length (`weekend_kind`,
        `weekend_kind_after`: "czterodniowy weekend", "o fim de semana prolongado") one of
        the long ones a calendar gives, with a noun and its "of" before it
        (`weekend_kind_of`: "os turnos de fim de semana") the kind of thing it qualifies,
        and with an event's name after it ("в уикенда на
        финала", "weekendul festivalului") that event's, which the text does not date."""
        if match.rule.name != "weekend" or any(match.match.groupdict().values()):
            return False
        for after in (self.superlative_after, self.weekend_kind_after):
            if after is not None and after.match(text, match.end):
                return True  # "o fim de semana mais movimentado", "в уикенда на финала"
        if self.weekend_kind_of is not None:
            # a noun and its "of" right before the weekend's own word, the "of" inside the
            # mention or not ("os turnos de fim de semana", "cursele de weekend"): an
            # attribute, the kind of shift or train, no date
            said = match.match.group()
            rest = said.split(maxsplit=1)[-1]
            for end in {match.start, match.start + len(said) - len(rest)}:
                if self.weekend_kind_of.search(text, max(0, end - 40), end):
                    return True
        if _opens_with_preposition(match, lang):
            return False  # "najwyższa w weekend", "w weekend i dwa dni później": a date
        ranked = next(
            (
                found
                for cue in (self.superlative, self.weekend_kind)
                if cue is not None
                and (found := cue.search(text, max(0, match.start - 40), match.start))
            ),
            None,
        )
        if ranked is not None and not (
            self.offset_word is not None and self.offset_word.search(ranked.group())
        ):
            return True  # not "najbliższy długi weekend": the nearest is the coming one
        return self.plus_units is not None and self.plus_units.match(text, match.end) is not None

    def would_have(self, text: str, sentence_start: int, start: int) -> bool:
        """Whether "would have turned N years" stands before the mention in its sentence
        ("Poetul ar fi împlinit 80 de ani pe 28 decembrie", "teria completado 80 anos a"):
        a dead person's anniversary, which the conditional perfect dates neither way; the
        nearer reading is the one news writes about (the coming day or the one just gone)."""
        if self.age_would_have is None:
            return False
        low = max(sentence_start, start - WOULD_HAVE_REACH)
        return self.age_would_have.search(text, low, start) is not None

    def instead_start(self, text: str, start: int) -> int:
        """Where "instead of" opens before the mention at `start` ("Em vez de domingo",
        "Вместо в неделя", its preposition in the mention or not), else `start`: the date
        that was to be, read in the tense of the clause it stands in, as a fronted adverbial
        ("În loc de duminică, meciul se va juca sâmbătă" is the coming Sunday)."""
        if self.instead is None:
            return start
        found = self.instead.search(text, max(0, start - INSTEAD_REACH), start + 8)
        if found is None or not found.start() < start <= found.end():
            return start
        return found.start()

    def negated_span(self, text: str, match: dates.Match, sentence: Sentence, lang: str) -> bool:
        """ "O Cuiabá não perde fora de casa há cerca de quatro meses": "N units ago" in a
        clause in the present that "not" negates is how long the state has lasted, no date
        (a past clause keeps it: "não foi visto há dois anos")."""
        if self.negated is None or match.rule.name != "units_ago":
            return False
        at = match.start - sentence.start
        first, _ = tense.clause_span(sentence.text, at, at + match.end - match.start, lang)
        if self.negated.search(sentence.text, first, at) is None:
            return False
        return _untensed(sentence.text, lang, at, at + match.end - match.start)

    def present_state(self, text: str, match: dates.Match, sentence: Sentence, lang: str) -> bool:
        """ "Today" right after a relative pronoun, in a clause in the present, in a
        sentence whose main clause is past ("Politycy, którzy dziś tworzą LiD, przyszli z
        ...", "Os políticos que hoje lideram o partido vieram das autarquias") is
        "nowadays": the state of the people named, set against what they did. A clause of
        its own past or future ("która dziś zbierze się", "care s-a reunit astăzi") or a
        main clause not in the past ("que hoje se reúne ..., vai eleger") keeps the day."""
        if self.relative_before is None:
            return False
        if not self.relative_before.search(text, max(0, match.start - 20), match.start):
            return False
        at = match.start - sentence.start
        end = at + match.end - match.start
        if not _untensed(sentence.text, lang, at, end):
            return False
        first, last = tense.clause_span(sentence.text, at, end, lang)
        before = _WORD_CHAR_BEFORE.search(sentence.text, 0, first)
        after = _WORD_CHAR.search(sentence.text, last)
        return any(
            tense.past_marked(sentence.text, lang, found.start(), found.end())
            for found in (before, after)
            if found is not None
        )

    def ago_is_for(self, match: dates.Match, sentence: Sentence, lang: str) -> bool:
        """ "N units ago" opening its sentence, a comma after it, then up to three words and
        a verb of state in the present (`duration_words`: "Há 15 dias, o velório municipal
        permanece interditado", pt `ago_is_for`): "for N units", a span up to now, no date.
        "Há 15 dias, o velório foi interditado" keeps the day. A clause merely untensed is
        not enough: the tense rules miss short and pluperfect forms ("dava", "rejeitara")."""
        if self.ago_for is None or match.rule.name != "units_ago":
            return False
        at = match.start - sentence.start
        end = match.end - sentence.start
        if sentence.text[:at].strip() or not self.ago_for.match(sentence.text, at):
            return False
        state = self.state_after
        return state is not None and bool(
            state.match(fold_accents(sentence.text[end : end + 80].lower()))
        )

    def statistic_today(self, text: str, match: dates.Match, sentence: Sentence, lang: str) -> bool:
        """ "Today" before the words of a statistic or a generation ("Astăzi, în medie, o
        familie cheltuie ...", "Dziś młodzi rzadziej ...", "Hoje os jovens saem de casa mais
        tarde"), in a clause with no past and no future of its own, is "nowadays": a state
        of the time, not the day. "Astăzi, tinerii vor protesta" keeps the day, and so does
        a time of day after it."""
        if self.population is None:
            return False
        end = match.end
        if self.clock is not None and self.clock.search(text, end, end + GENERIC_REACH):
            return False
        if not self.population.search(text, end, min(sentence.end, end + GENERIC_REACH)):
            return False
        at = match.start - sentence.start
        return _untensed(sentence.text, lang, at, at + end - match.start)

    def _likened(self, text: str, at: int) -> bool:
        """Whether "as" stands just before the cue at `at` ("W sobotę – jak co roku –
        mieszkańcy wyruszą", "Sâmbătă, ca în fiecare an, ...", "como sempre"): this time is
        compared with the others, a date of its own, not the habit."""
        return self.likened is not None and bool(self.likened.search(text, max(0, at - 12), at))

    @staticmethod
    def _told_apart(sentence: Sentence, lang: str, found: re.Match[str], at: int, end: int) -> bool:
        """Whether the habit's word `found` stands in a clause after the mention's at
        `at`..`end` (sentence offsets), one that tells a past happening of its own ("W sobotę
        zapanują burze, IMGW wydał ostrzeżenia dla wielu regionów"): "for many" there is
        what that happening reached, no habit of the mention's clause. A word before the
        mention sets the frame the mention is told in ("são disputados sempre aos finais de
        semana, de sexta até o domingo"), whatever its clause's verb."""
        cue = found.start() - sentence.start
        cue_end = found.end() - sentence.start
        if cue < end or cue < tense.clause_span(sentence.text, at, end, lang)[1]:
            return False
        return tense.past_marked(sentence.text, lang, cue, cue_end)

    def usual_day(
        self, text: str, match: dates.Match, sentence: Sentence, lang: str, words: str
    ) -> bool:
        """A month, season, weekday or weekend said alone (`USUAL_CALENDAR`, no number) in a
        sentence with words of a habit or a lasting state ("Wiosna to zawsze pracowity czas
        ... w marcu", "de obicei ... vin sâmbătă", "Забраната за търговия в неделя все още е
        в сила", "Para muitos, a sexta-feira à noite tem estatuto de feriado") recurs: a
        generic statement, no date. Not after "as" ("jak zawsze, przemówi w piątek": this
        time like the others), nor in a clause with a past or a future of its own ("Zwykle
        milczy, ale w piątek zabrał głos")."""
        usual = self.long_habit if match.rule.name == "ordinal_in_month" else self.usual
        if usual is None or match.rule.name not in USUAL_CALENDAR:
            return False
        if any(map(str.isdigit, words)) or self.until(text, match.start):
            return False  # "rămâne în vigoare până duminică": a bound, one day
        value_day = match.rule.name == "weekday"
        if value_day and self.from_at is not None and self.from_at.match(text, match.start):
            return False  # "od niedzieli obowiązuje": the day a state starts
        if usual.absent(text, sentence.start, sentence.end):
            return False  # no word of a habit in the sentence, none in the clause
        at = match.start - sentence.start
        end = at + len(words)
        first, last = tense.clause_span(sentence.text, at, end, lang, weak=False)
        first, last = sentence.start, last + sentence.start
        if not any(
            not self._likened(text, found.start())
            and not (self.but is not None and self.but.search(text, found.end(), match.start))
            and not self._told_apart(sentence, lang, found, at, end)
            for found in usual.finditer(text, first, last)
        ):
            return False  # nor "zwykle do 18, ale w czwartek dłużej": the day set apart
        return not tense.past_marked(sentence.text, lang, at, end) and not tense.future_marked(
            sentence.text, lang, at, end
        )

    def edition(self, text: str, start: int, value: EdtfDate) -> bool:
        """A year right after the name of a championship or a show counted by its years
        is the edition's name, no date: "Euro 2024", "el. MŚ 2026", "Cupa Mondială din
        2026", "Мондиал 2026 година", "Copa do Mundo de 2026" (`editions`)."""
        if self.editions is None or value.precision != "year":
            return False
        return any(
            m.end() == start for m in self.editions.finditer(text, max(0, start - 60), start)
        )

    def citation(self, text: str, start: int, value: EdtfDate) -> bool:
        """A year after an act's or a gazette's number is part of the citation, no date:
        "Dz. U. z 2023 r. poz. 1336", "ДВ, бр. 34 от 2021 г.", "Legea nr. 227 din 2015",
        "Lei n.º 75 de 2013" (`citations`: what stands right before it), as the number's
        slash is ("Legea nr. 227/2015"). An act's full date stays one ("Hotărârea nr. 12
        din 3 martie 2024"): the day it was passed."""
        if self.citations is None or value.precision != "year":
            return False
        return self.citations.search(text, max(0, start - 40), start) is not None

    def amount(self, text: str, end: int, value: EdtfDate) -> bool:
        """A year or a range of years right before a currency's or a counted noun's word is
        an amount, no date: "od 1400 do 1730 złotych", "do 1350 złotych", "de 1400 a 1700
        reais", "от 1800 до 2000 души" (`amounts`; the range's other end may stand
        between, outside the mention: "de 1400" read alone)."""
        if (
            self.amounts is None
            or value.precision not in ("year", "interval")
            or not text[end - 1 : end].isdigit()
        ):
            return False
        return self.amounts.match(text, end) is not None

    def historic(self, text: str, match: dates.Match) -> bool:
        """A month's adjective beside a noun of a historic event is that event's name, no
        date: "powstania listopadowego", "rewolucji październikowej", "Априлското въстание"
        (`history_nouns`); "czerwcowe posiedzenie" is June's sitting."""
        if _group(match.match, "month_adjective") is None:
            return False
        before, after = self.history_before, self.history_after
        return bool(
            (before and before.search(text, max(0, match.start - 30), match.start))
            or (after and after.match(text, match.end))
        )

    def idiom(self, text: str, start: int, end: int) -> bool:
        """Date words inside an idiom are no date: "babie lato" (an Indian summer), "de azi
        pe mâine", "от днес за утре", "de hoje para amanhã" (overnight)."""
        if self.idioms is None:
            return False
        return any(
            m.start() < end and start < m.end()
            for m in self.idioms.finditer(text, max(0, start - 40), min(len(text), end + 40))
        )

    def nowadays(
        self,
        text: str,
        match: dates.Match,
        value: EdtfDate,
        ref: dt.date,
        era: int,
        sentence: Sentence,
        lang: str,
    ) -> bool:
        """ "Today" as "nowadays" (a generic present) is no date: after an era it is
        contrasted with ("În anii '80 ... Astăzi, tinerii ...", a decade mention or "kiedyś",
        "antigamente" shortly before) in a clause in the present, or with a generic clause
        after it ("tot mai mulți", "coraz więcej", "все повече", "cada vez mais"). A time of
        day after it ("Azi, de la ora 14") names the day of an event and keeps it, and so
        does a clause with a past of its own after an era ("W latach 80. ...
        Dziś zarząd ogłosił sprzedaż": an era nearby does not by itself make it "nowadays")."""
        if self.generic is None or value.precision != "day" or value.start != ref:
            return False
        if match.rule.name != "relative_day" or any(map(str.isdigit, match.match.group())):
            return False
        end = match.end
        if _aside_role(text, match, lang) or self.to_this_day(text, match, sentence, lang):
            return True
        if self.clock is not None and self.clock.search(text, end, end + GENERIC_REACH):
            return False
        if self.generic.search(text, end, end + GENERIC_REACH):
            return True
        before = max(0, match.start - NOWADAYS_REACH)
        if "\n\n" in text[max(before, era) : match.start]:
            return False
        if era < before and (
            self.long_ago is None or not self.long_ago.search(text, before, match.start)
        ):
            return False
        at = match.start - sentence.start
        return not tense.past_marked(sentence.text, lang, at, at + match.end - match.start)

    def to_this_day(self, text: str, match: dates.Match, sentence: Sentence, lang: str) -> bool:
        """ "Until today" closing a clause that "not" negates, with a past of its own and no
        number before it ("nie przesłało jej do dziś", "não respondeu até hoje", "nu a
        răspuns până azi"): "to this day", a lack still holding, no date; a tally ("До днес
        са постъпили 300 заявления") or a deadline ("można składać do dziś", a present) keeps
        its day, and so does a span from a date told before ("Od 14 lutego 2017 r. do
        dziś", `_to_today`)."""
        if self.negated is None or not self.until(text, match.start):
            return False
        if _DIGIT.search(text, sentence.start, match.start):
            return False
        at = match.start - sentence.start
        end = at + match.end - match.start
        first, _ = tense.clause_span(sentence.text, at, end, lang)
        if self.negated.search(sentence.text, first, at) is None:
            return False
        return tense.past_marked(sentence.text, lang, at, end)

    def kind(self, text: str, match: dates.Match, words: str) -> bool:
        """ "ca într-o zi de duminică", "jak w sobotę", "като в събота", "como num sábado": a
        weekday in a comparison is a kind of day (a timetable's), no date, when it closes its
        phrase ("jak w niedzielę zapowiedział minister" is the day something was said); one
        right after an indefinite article ("într-o vineri", "numa terça-feira", "в един
        вторник", "pewnego wtorku") is some one of those days, no date either (`indefinite`)."""
        if not match.rule.name.startswith("weekday") or any(map(str.isdigit, words)):
            return False
        if self.days_of_habit is not None and self.days_of_habit.match(text, match.end):
            # "Wtorek i czwartek to dni przyjęć", "Miercurea și vinerea sunt zilele de
            # colectare": weekdays that "are the days" of something name a week's habit; a
            # weekday that "is the day" may be one coming day, and stays one
            return True
        if self.kind_of_day is None and self.indefinite is None:
            return False
        before = fold_accents(text[max(0, match.start - _KIND_REACH) : match.start]).lower()
        if (
            self.indefinite is not None
            and self.indefinite.search(before)
            and (
                self.falls_on_before is None
                or not self.falls_on_before.search(
                    text, max(0, match.start - _KIND_REACH), match.start
                )
            )
        ):
            # "într-o zi de marți", "numa terça-feira", "pewnego wtorku": some one; the weekday
            # a date falls on ("pică într-o zi de joi", "cai em uma segunda-feira") is the date's
            return True
        return (
            self.kind_of_day is not None
            and _PHRASE_END.match(text, match.end) is not None
            and self.kind_of_day.search(before) is not None
        )

    def upcoming(self, text: str, start: int) -> bool:
        """A date of a thing called upcoming ("поради предстоящите на 27 октомври избори",
        "z powodu nadchodzących wyborów 27 października", "devido às próximas eleições de 27
        de outubro": `upcoming` right before it or before its noun) lies ahead, whatever the
        tense of the clause that tells of it (a match put off "because of" it)."""
        found = self.upcoming_before
        return found is not None and found.search(text, max(0, start - 60), start) is not None

    def named_by_day(self, text: str, start: int, sentence: Sentence, lang: str) -> bool:
        """A date tied by "of" to the noun before it in a clause told in the future names a
        thing by its day ("vão analisar as conclusões da cimeira de 12 de novembro", "va
        revizui măsurile decretului din 3 noiembrie", "zrewiduje przepisy rozporządzenia z 3
        listopada"): what will be done about a thing is as often about one gone by as about
        one ahead, and the nearer reading is taken. In a past clause the thing is most often
        past with it ("A inundação de junho deixou milhares sem casa"), as the clause reads
        it. Not after a part of the day or the word "date" ("Na data de 5 de agosto", `day_part`:
        that day, no thing), nor where a verb stands right before the preposition ("se vor
        micșora din februarie"): the date is the verb's, as where "of" is also "from" (bg "от",
        left out)."""
        opens, before = self.noun_of, self.noun_before
        if opens is None or before is None or opens.match(text, start) is None:
            return False
        if before.search(text, max(sentence.start, start - 60), start) is None:
            return False
        if tense.day_part_before(sentence.text, lang, start - sentence.start):
            return False
        return not tense.verb_just_before(sentence.text, lang, start - sentence.start, bare=False)

    def timetable(self, text: str, match: dates.Match) -> bool:
        """A weekday or a weekend naming a timetable ("programul de duminică", "horário de
        domingo", "rozkład niedzielny", "неделно разписание", "programul de weekend":
        `timetables` right before it, or right after its adjective) is the kind of day the
        service runs as, no date."""
        before, after = self.timetable_before, self.timetable_after
        if match.rule.name == "weekend" and before is not None:
            # "разписание за почивните дни", "horário de fim de semana", "rozkładu na
            # weekend": the weekend's timetable, before the weekend or its preposition
            space = text.find(" ", match.start, match.end)
            second = _NEXT_WORD.match(text, space) if space >= 0 else None
            starts = (match.start, second.start(1) if second is not None else match.start)
            return any(before.search(text, max(0, at - 30), at) for at in starts)
        if not match.rule.name.startswith("weekday"):
            return False
        word = _weekday_word_start(match)  # "programul de duminică": its "of" is read too
        if before and before.search(text, max(0, word - 30), word):
            return True
        # after it only as the noun's adjective ("w sobotę rozkład ..." is Saturday's)
        adjective = _group(match.match, "weekday_adjective") is not None
        return bool(adjective and after and after.match(text, match.end))

    def weekly_pair(self, text: str, match: dates.Match, sentence: Sentence, lang: str) -> bool:
        """Two weekdays joined by "and" with hours after them or just before them, in a clause
        with no past and no future of its own ("свижданията се извършват в четвъртък и в
        неделя ... от 16.00 до 18.00 часа", "Vizitele se fac marți și vineri, între orele 15
        și 17", "na terça e na sexta, das 15h às 17h"): the days of a weekly timetable, no
        date; each of the two is read so. A clause with an explicit marker keeps its days
        (`tense.explicit`: "Koncerty odbędą się we wtorek i w piątek od 18", "Zebrania
        odbyły się we wtorek i w czwartek od 10 do 12")."""
        joined = self.pair_joined
        if joined is None or match.rule.name != "weekday":
            return False
        first, last = match.start, match.end
        join = joined.match(text, last)
        other = _WORD_AFTER_JOIN.match(text, join.end()) if join is not None else None
        if other is not None and self._weekday_word(other.group("word")):
            last = other.end()
        else:
            low = max(sentence.start, first - WEEKLY_PAIR_REACH)
            before = [
                found
                for found in joined.finditer(text, low, first)
                if found.end() == first
                or _SHORT_WORD.fullmatch(text, found.end(), first) is not None
            ]
            if not before:
                return False
            word = _WORD_BEFORE_JOIN.search(text, low, before[-1].start())
            if word is None or not self._weekday_word(word.group("word")):
                return False
            first = word.start()
        reach = min(sentence.end, last + WEEKLY_PAIR_REACH)
        hours = self.hours.search(text, match.start, reach) or self.hours.search(
            text, max(sentence.start, first - 30), first
        )
        if hours is None or _CLAUSE_END.search(
            text, min(hours.end(), last), max(hours.start(), first)
        ):
            return False
        if self.pointed is not None and self.pointed.search(text, match.start, match.end):
            return False  # "nesta quinta-feira, pelas 10h30": this week's, no habit
        at = match.start - sentence.start
        return not tense.explicit(sentence.text, lang, at, match.end - sentence.start)

    def _weekday_word(self, word: str) -> bool:
        """Whether a word is a weekday's form ("четвъртък", "terça", "środę")."""
        return fold_accents(word.lower()) in self.weekday_words

    def weekly_part(self, text: str, start: int, end: int, words: str) -> bool:
        """A weekday said with a part of the day in the plural is a habit, no date ("nas
        madrugadas de domingo para segunda", "în serile de vineri", "w sobotnie wieczory",
        "в неделните следобеди"), as a plural weekday is (`every_week`); the singular ("na
        tarde de sábado", "w sobotni wieczór") stays the day."""
        if any(map(str.isdigit, words)):
            return False
        before, after = self.weekly_part_before, self.weekly_part_after
        return bool(
            (before is not None and before.search(text, max(0, start - _PART_REACH), start))
            or (after is not None and after.match(text, end))
        )

    def every_week(self, text: str, words: str) -> bool:
        """A weekday said as a habit, alone, is no date: ro "sâmbăta", "miercurea" (the
        definite form: on Saturdays; "joia trecută" is a date), pl "w niedziele" (the plural).
        Some of these forms are the date's own without its accent ("duminica" for
        "duminică", "niedziele" for "niedzielę"), so only in a text that writes accents."""
        if self.weekly is None or not self.weekly.fullmatch(words):
            return False
        return not (words.isascii() and text.isascii())

    def every_listed(
        self,
        text: str,
        match: dates.Match,
        sentence_start: int,
        words: str,
        future: Callable[[], bool],
        lang: str = "",
    ) -> bool:
        """ "în fiecare zi de marți", "toda segunda-feira", and the weekdays listed after such
        a one in its clause ("în fiecare luni între orele 8-16, miercuri între orele 10-18 și
        vineri", "всеки вторник от 7 до 13 часа, четвъртък ... и събота"): days that recur
        each week, no date. A weekday set apart by "but" or told in the future ("în fiecare
        luni, dar vineri va fi închis") is one day. A day of the month or a month right after
        "every" recurs too ("todo dia 5", "todo mês de maio", "în fiecare lună mai")."""
        if self.every is None:
            return False
        if match.rule.name in _EVERY_OF:
            # "todo dia 5", "todo mês de maio", "în fiecare lună mai": the day or month right
            # after "every" recurs
            found = self.every_word
            low = max(sentence_start, match.start - 16)
            if found is None or (lang and _opens_with_preposition(match, lang)):
                return False  # pl "co w październiku": "which in October", no "every"
            return found.search(text, low, match.start) is not None
        if match.rule.name == "ordinal_in_month":
            # "în fiecare a doua marți a lunii", "w każdą drugą i czwartą sobotę miesiąca",
            # "todo primeiro sábado do mês": the counted weekday recurs each month, and the
            # ordinals listed before it with it
            if self.every_counted is None or (lang and _opens_with_preposition(match, lang)):
                return False
            low = max(sentence_start, match.start - EVERY_REACH)
            before = fold_accents(text[low : match.start]).lower()
            return self.every_counted.search(before) is not None
        if not match.rule.name.startswith("weekday") or any(map(str.isdigit, words)):
            return False
        low = max(sentence_start, match.start - EVERY_REACH)
        segment = fold_accents(text[low : match.end]).lower()
        last = next(reversed(list(self.every.finditer(segment))), None)
        if last is None:
            return False
        if last.end() >= match.start - low + 1:
            return True  # the weekday is the one after "every"
        gap = segment[last.end() : match.start - low]
        if _CLAUSE_END.search(gap) or (self.but is not None and self.but.search(gap)):
            return False
        return not future()

    def counted_from(self, text: str, match: dates.Match) -> bool:
        """ "la 50 de zile după Paște", "40 дни преди Великден", "60 dni po Wielkanocy": a
        holiday that days are counted from names another day, which the count does not
        date (a feast's rule, not a date of the news); the holiday a countdown runs to is the
        day itself."""
        if self.days_counted is None or match.rule.name != "holiday":
            return False
        words = text[match.start : match.end]
        if words[:1].isupper() or self.until(text, match.start) or self.toward(text, match.start):
            return False  # "80 de zile până la Crăciun", "80 dias para o Natal": a countdown's
        if self.days_counted.search(text, max(0, match.start - 30), match.start):
            return True
        if self.unit_from is None:
            return False
        # "z wyjątkiem dnia przed Bożym Narodzeniem", "в деня преди Коледа": a day or a week
        # before the mention's own "before" or "after" is counted from the holiday too
        return any(
            found.start() < match.start < found.end()
            for found in self.unit_from.finditer(
                text, max(0, match.start - 30), min(len(text), match.start + 20)
            )
        )

    def named_after(self, text: str, match: dates.Match) -> bool:
        """A capitalised date or holiday after "of" and a capitalised word inside a sentence
        ends a name: "Parada Națională de 1 Decembrie" (the parade), "la Gala de Crăciun";
        not when "towards" stands before the word, a place one goes to at that time
        ("autocarele spre Maramureș de Crăciun")."""
        if self.name_of_opening is None or not self.name_of_opening.match(text, match.start):
            return False
        before = _WORD_END.search(text, max(0, match.start - 40), match.start)
        if before is None:
            return False
        word = before.group(1)
        last = text[match.start : match.end].split()[-1]
        toward = self.place_toward
        if toward is not None and toward.search(
            text, max(0, before.start(1) - 16), before.start(1)
        ):
            return False  # a place one goes to, then the time ("spre Maramureș de Crăciun")
        return (
            word[:1].isupper()
            and not word.isupper()
            and last[:1].isupper()
            # a holiday's name, or a month capitalised where months are written lower case
            and (self.lower_case_calendar or match.rule.name == "holiday")
            and not _opens(text, before.start(1))
        )

    def place(self, text: str, match: dates.Match) -> bool:
        """A capitalised date word inside a sentence, then "of" and a capitalised word, is
        a place's name: pt "na Quinta das Lágrimas" (quinta, an estate), ro "Sâmbăta de Sus"
        (a village)."""
        if self.name_of is None or match.match.group()[:1].isdigit():
            return False
        last = text.rfind(" ", match.start, match.end) + 1 or match.start
        if not text[last : last + 1].isupper() or (last == match.start and _opens(text, last)):
            return False
        return bool(self.name_of.match(text, match.end))

    def programme_period(self, text: str, match: dates.Match, value: EdtfDate) -> bool:
        """A year or a span of years right after the name of a programme, a plan, a strategy
        or a budget framework (`programme`), no preposition between, is part of the name:
        "Programul Operațional Regional 2014-2020", "многогодишната финансова рамка
        2028-2034", "Narodowa Strategia Zdrowia 2021-2027"; what the programme covers is
        not a date the text tells ("în perioada 2026-2028", "w latach 2026-2028" are)."""
        if self.programme is None or not text[match.start : match.start + 1].isdigit():
            return False
        if value.precision not in ("year", "interval") or value.start.month != 1:
            return False
        named = self.programme.search(text, max(0, match.start - 80), match.start)
        if named is None:
            return False
        # "relativo ao quadriênio 2022/2025", "за мандат 2019-2023": a period's noun says
        # the span is one the text dates
        return self.period_noun is None or not self.period_noun.search(
            text, max(0, match.start - 30), match.start
        )

    def until(self, text: str, start: int) -> bool:
        """ "Until" opens the mention or stands just before it ("do 2 stycznia", where the
        rule leaves the preposition out)."""
        if self.until_at is None or self.until_before is None:
            return False
        return bool(
            self.until_at.match(text, start)
            or self.until_before.search(text, max(0, start - 12), start)
        )

    def until_start(self, text: str, start: int) -> int:
        """Where the "until" of a mention opening on one or standing just before it begins."""
        if self.until_before is not None:
            found = self.until_before.search(text, max(0, start - 12), start)
            if found is not None:
                return found.start()
        return start

    def countdown(self, text: str, match: dates.Match) -> bool:
        """A count of units ahead right before "until" is the time left until what follows
        ("mai sunt peste 80 de zile până la Crăciun"): a countdown, whose date is the one it
        counts to, not the day that far ahead."""
        if match.rule.name != "units_ahead" or self.until_at is None:
            return False
        after = len(text) - len(text[match.end :].lstrip())
        return after > match.end and bool(self.until_at.match(text, after))

    def toward(self, text: str, start: int) -> bool:
        """ "For" opens the mention or stands just before it: a day a thing is set for
        ("convocou os partidos para sexta-feira", "a programat dezbaterea pentru vineri",
        "zwołał posiedzenie na piątek"), ahead of the act that set it, so ahead of the
        reference too. Not the second day of a night ("de quinta para sexta-feira", "z
        czwartku na piątek"): a weekday word right before "for" makes it a span's end, and
        so does a night's opening before it ("w nocy z 2 na 3 stycznia")."""
        if self.toward_at is None or self.toward_before is None:
            return False
        if self.toward_at.match(text, start):
            cue = start
        else:
            found = self.toward_before.search(text, max(0, start - 12), start)
            if found is None:
                return False
            cue = found.start()
        lead = self.night_lead
        if lead is not None and lead.search(text, max(0, cue - 40), cue):
            return False  # "w nocy z 2 na 3 stycznia", "na noite de 2 para 3": a night's end
        before = _CUE_WORD_BEFORE.search(text, max(0, cue - 24), cue)
        return before is None or fold_accents(before[1].lower()) not in self.weekday_words

    def moved_to(self, match: dates.Match, sentence: str, at: int) -> bool:
        """A month after a verb that moves a date ("Отложиха делото за ноември", "a amânat
        procesul pentru noiembrie"): with "for" before it, the date it was moved to, ahead. A
        month after "for" alone is as often a figure's ("данните за ноември")."""
        if self.postponed is None or match.rule.name != "month":
            return False
        return self.postponed.search(sentence, max(0, at - POSTPONED_REACH), at) is not None

    def stat_month(
        self,
        text: str,
        match: dates.Match,
        value: EdtfDate,
        ref: dt.date,
        future: Callable[[], bool] = lambda: False,
    ) -> bool:
        """A month a figure is for ("a inflação de dezembro", "dane za listopad", "inflația
        din decembrie", "инфлацията за декември") read ten months or more ahead: the clause
        that announces the release is future, but the figures are those of a month just
        ended, as with quarters. "In December" ("em dezembro", "w grudniu") is no "for" and
        keeps its reading. Where the language names a figure's noun (`figure_month`), a
        "for" month after other words in a clause with an explicit future (`future`: "will
        pay less from March") opens a change ahead; with no explicit future it stays a month
        gone by (a "since": "stagnates since September")."""
        ahead = (value.start.year - ref.year) * 12 + value.start.month - ref.month
        if ahead < 10 or self.for_month is None:
            return False
        if not self.for_month.search(text, max(0, match.start - 16), match.end):
            return False
        figure = self.figure_month
        return (
            figure is None
            or bool(figure.search(text, max(0, match.start - 60), match.end))
            or not future()
        )

    def open_ended(self, words: str) -> bool:
        """A year a plan is for, a deadline or a start ("bugetul pe 2026", "até 2030",
        "desde 2019") does not date the months after it ("o orçamento para 2026 foi
        aprovado em novembro")."""
        return self.no_anchor is not None and bool(self.no_anchor.match(words))

    def of_year(self, words: str) -> bool:
        """ "Of next/last year" with no preposition of its own (pt "do próximo ano") does
        date them: "A cimeira do próximo ano vai realizar-se em julho" is July of next year."""
        return self.of_year_words is not None and bool(self.of_year_words.match(words))

    def capitalised_name(self, text: str, match: dates.Match) -> bool:
        """In a language that writes months and weekdays in lower case, one alone and
        capitalised inside a sentence is a name: a club ("Локомотив София и Септември"), a
        person ("Prezes Listopad"), a brand. At a sentence's or a quote's start it is the
        date, and so is a weekday after a preposition ("w Sobotę", a writer's capital); a
        month after one is still a name ("домакин на Септември": months are the names of
        clubs, streets and holidays far more often than a writer's capital); a word in
        capitals throughout is a headline's. Where each text tells its own case
        (`calendar_case_by_text`), a capitalised month is a name in a text that writes
        another one in lower case ("os capitães de Abril ... em março")."""
        if match.rule.name not in ("month", "weekday", "season"):
            return False  # (a season too: "Grzegorz Lato", the play "Vara trecută la Chulimsk")
        if not self.lower_case_calendar and not (
            self.lower_month is not None
            and match.rule.name == "month"
            and _writes_lower(self.lower_month, text)
        ):
            return False
        words = text[match.start : match.end]
        at = match.start + words.rfind(" ") + 1
        if match.rule.name == "season" and words[:1].isupper():
            at = match.start  # the season opens it, its offset after: "Vara trecută"
        word = text[at : match.end].split(" ")[0]
        if not word[:1].isupper() or word.isupper() or not word.isalpha():
            return False
        if at > match.start and match.rule.name == "weekday":
            return False
        town = _PLACE_IN_BRACKETS.match(text, match.end)
        if town is not None and town.group(1)[:1].isupper():
            return True  # a club and its town in brackets, even opening a sentence
        if at == match.start and match.rule.name == "month":
            then = _NEXT_NAME.match(text, match.end)
            name = "" if then is None else then.group(1)
            if name[:1].isupper() and name.isalpha() and not name.isupper():
                return True  # a club and its town ("Септември София")
        return not _opens(text, match.start)

    def dated_name(self, text: str, match: dates.Match) -> bool:
        """Where writers put their holidays' dates in lower case too
        (`capital_days_are_names`), a day and a capitalised month inside a sentence is a
        name: a street in a list of streets ("ulicami: Lipową, 29 Listopada i Polną"), a
        crossing ("skrzyżowanie Długiej i 3 Maja", a stop's "Warszawska / 11 Listopada"), a
        school. Opening a sentence, or after a
        capitalised noun of what falls on it ("Święto 3 Maja"), it is the date; a month in
        capitals throughout is a headline's."""
        if not self.capital_days_are_names or match.rule.name != "day_month":
            return False
        words = text[match.start : match.end].split()
        month = words[-1] if words else ""
        if not month[:1].isupper() or month.isupper() or not month.isalpha():
            return False
        if _NAME_BEFORE.search(text, max(0, match.start - 30), match.start):
            return False  # "Święto 3 Maja", "Obchody 11 Listopada": the day of what it names
        if _NAME_SLASH.search(text, max(0, match.start - 30), match.start):
            return True  # a stop at a crossing, "Warszawska / 11 Listopada"
        return not _opens(text, match.start)

    def day_name(self, text: str, start: int, end: int) -> bool:
        """In a language that writes months in lower case, a capitalised one after a day is a
        holiday's or a street's name: "as celebrações do 25 de Abril", "O 1.º de Maio é
        amanhã", "Rua 1.º de Dezembro". After a time preposition it is the day ("No dia 25
        de Abril, ..."); with its year it is the day of the event ("o 25 de Novembro de
        1975": a historic event named by its full date)."""
        if self.capital_month is None or self.day_name_before is None:
            return False
        month = self.capital_month.search(text, start, end)
        if month is None:
            return False
        if self.with_year is not None and self.with_year.match(text, month.end()):
            return False
        return bool(self.day_name_before.search(text, max(0, month.start() - 30), month.start()))

    def _hours_after(self, text: str, start: int, end: int) -> re.Match[str] | None:
        """`_clock_after`, when a weekday stands right before the hours (not "в периода
        17.10 - 20.10", a range of dates in digits)."""
        clock = _clock_after(text, start, end)
        if clock is None:
            return None
        words = re.findall(r"\w+", text[start : clock.start()])
        return clock if words and fold_accents(words[-1]).lower() in self.weekday_words else None

    def _listed_after_hours(self, text: str, start: int, end: int) -> bool:
        """Whether the weekday at `start` is one of a list of weekdays ("luni, marți", "joi
        și vineri") whose first day comes right after a range of clock times."""
        listed = _LIST_WORD.match(text, end)
        many = listed is not None and fold_accents(listed[1]).lower() in self.weekday_words
        for _ in range(7):
            if _CLOCK_BEFORE.search(text, max(0, start - 30), start):
                return many
            before = _WORD_LISTED.search(text, max(0, start - 20), start)
            if before is None or fold_accents(before[1]).lower() not in self.weekday_words:
                return False
            start, many = before.start(), True
        return False

    def _last_weekday_end(self, text: str, start: int, end: int) -> int:
        """Where the last weekday of a mention ends, its own hours after it ("de luni până
        vineri, de la ora 20.00": the rule took them in); the mention's end without one."""
        for word in reversed(list(_WORD.finditer(text, start, end))):
            if fold_accents(word.group()).lower() in self.weekday_words:
                return word.end()
        return end

    def habitual(
        self,
        text: str,
        start: int,
        end: int,
        value: EdtfDate,
        words: str,
        future: Callable[[], bool],
    ) -> bool:
        """Opening hours ("de terça a domingo, das 10h às 18h", "od wtorku do niedzieli w
        godz. 10–18", "Muzeul este deschis de marți până duminică"): a weekday range that
        recurs every week is no date. A range of weekdays (no digits) with hours after or
        before it, or after "open" in a clause with no future (`future`: "A exposição estará
        aberta de sexta a domingo" is the coming days)."""
        clock = self._hours_after(text, start, end)
        if value.precision not in ("interval", "day"):
            return False
        days_end = end
        if any(map(str.isdigit, words)) and clock is None:
            if value.precision == "interval":
                days_end = self._last_weekday_end(text, start, end)
            if days_end == end or any(map(str.isdigit, text[start:days_end])):
                return False  # a date's digits; not the hours the range took in after its days
        if value.precision == "day":
            if self._listed_after_hours(text, start, end):
                return True  # days listed after hours: "13.00 – 21.00, luni, marți – închis"
            tail = self.range_to.match(text, end) if self.range_to is not None else None
            if tail is None and clock is None:
                tail = _DASH_WORD.match(text, end)  # "Luni - Joi: 8.00 - 20.00"
            if tail is None and clock is not None:
                head = _WORD_DASH.search(text, max(0, start - 20), start)
                if head is not None and fold_accents(head[1]).lower() in self.weekday_words:
                    return True  # the range's second day: "wtorek - piątek: 9.00 - 16.00"
            if tail is None:
                return False
            end = days_end = tail.end()
            clock = clock or self._hours_after(text, start, end)
            last = text.rfind(" ", tail.start(), end) + 1
            if fold_accents(text[last:end]).lower() not in self.weekday_words:
                return False  # "Na terça-feira até às 20:00": until an hour, no second weekday
            named = fold_accents(text[last : last + _FEAST_NAME]).lower()
            if self.weekday_feasts is not None and self.weekday_feasts.match(named):
                return False  # "de quinta-feira a domingo de Páscoa": one year's days
        elif (value.end - value.start).days > 6:
            return False
        if self.hours.search(text, days_end, end + 30) or self.hours.search(
            text, max(0, start - 30), start
        ):
            return True  # hours after the days or before them ("entre as 9h e as 18h, de ...")
        if clock is not None or _CLOCK_BEFORE.search(text, max(0, start - 30), start):
            return True  # a range of clock times by the days: "Luni - Joi: 8.00 - 20.00"
        return (
            self.opening is not None
            and bool(self.opening.search(text, max(0, start - 40), start))
            and not future()
        )


def _listed_in_timetable(
    text: str,
    match: dates.Match,
    value: EdtfDate,
    words: str,
    timetable: tuple[int, int] | None,
    sentence_start: int,
    weekday_words: frozenset[str],
) -> bool:
    """ "от понеделник до петък в 17:15 ч., събота в 17:30 и 18:30 в неделя", "de luni până
    vineri la ora 19:00, sâmbătă la 18:00 și duminică la 20:00": weekdays listed with their
    own hours right after a timetable's days are the timetable's too, each week's. Only
    commas, short words and clock times between; the weekday has its hour in it or just
    before it."""
    if (
        timetable is None
        or timetable[0] != sentence_start
        or not match.rule.name.startswith("weekday")
        or value.precision not in ("day", "interval")
        or (value.end - value.start).days > 6
        or match.start - timetable[1] > _TIMETABLE_GAP
    ):
        return False
    gap = text[timetable[1] : match.start]
    for word in _TIMETABLE_WORD.findall(gap):
        if fold_accents(word).lower() not in weekday_words:
            return False  # a word of its own between: no list of the timetable's days
    return bool(_CLOCK_TIME.search(words) or _CLOCK_TIME.search(gap))


_TIMETABLE_GAP: Final = 30
"""How far after a timetable's days the next weekday of its list may stand."""
_TIMETABLE_WORD: Final = re.compile(r"[^\W\d_]{4,}(?:-[^\W\d_]+)*|[^\w\s,;:.]")
"""Between the weekdays of a timetable, what is not a comma, a short word ("и", "și", "às",
"ora"), a time or another weekday of the list ("sexta às 17h e sábado")."""
_CLOCK_TIME: Final = re.compile(r"(?<![\d.,])(?:[01]?\d|2[0-3])(?:[:.][0-5]\d|\s*h\b)")
"""A clock time in digits ("17:30", "18.00", "20h")."""


_CLOCK_SPAN: Final = (
    r"(?<![\d.,])\d{1,2}[.:][0-5]\d\s*(?:[-–—]|\s\w{1,3}\s)\s*\d{1,2}[.:][0-5]\d(?![\d.,]\d)"
)
_CLOCK_RANGE: Final = re.compile(_CLOCK_SPAN)
"""A range of clock times in digits, any language's ("8.00 - 20.00", "10:00 – 18:00", "9.30 do
17.30"): the hours of a weekly timetable when it stands by a range of weekdays."""
_CLOCK_GAP: Final = 4
"""How far after a weekday range its hours may open (": ", ", ")."""
_CLOCK_WIDTH: Final = 20
"""The longest range of clock times ("08:30 până 16:30")."""
_DASH_WORD: Final = re.compile(r"\s*[-–—]\s*\w+")
_WORD_DASH: Final = re.compile(r"(\w+)\s*[-–—]\s*\Z")
_WORD: Final = re.compile(r"\w+")
_LIST_WORD: Final = re.compile(r"\s*(?:,|\s\w{1,2}\s)\s*(\w+)")
"""The next word of a list ("luni, marți", "joi și vineri")."""
_WORD_LISTED: Final = re.compile(r"(\w+)\s*(?:,|\s\w{1,2}\s)\s*\Z")
"""The word before in a list."""
"""A dash and the word after it: a second weekday closing a range ("wtorek - piątek")."""


def _clock_after(text: str, start: int, end: int) -> re.Match[str] | None:
    """A range of clock times opening within or right after the days, with no digit of a
    written date before it ("6 iunie, 10.00 - 12.00" is one day's event)."""
    clock = _CLOCK_RANGE.search(text, start, min(len(text), end + _CLOCK_GAP + _CLOCK_WIDTH))
    if clock is None or clock.start() > end + _CLOCK_GAP:
        return None
    if any(map(str.isdigit, text[start : clock.start()])):
        return None
    return clock


_CLOCK_BEFORE: Final = re.compile(_CLOCK_SPAN + r"\W{0,3}\Z")
"""Hours right before the days: "miercuri – duminică: 13.00 – 21.00, luni, marți – închis"."""


def _pointed(lang: str) -> re.Pattern[str] | None:
    """`_Cues.pointed`: the language's offset words, before or after a unit, as words."""
    known = data.words(lang)
    offsets = tuple(re.escape(w) for w in sorted({*known.offsets, *known.offsets_before}))
    return _compile(rf"(?<!\w)(?:{_either(offsets)})(?!\w)") if offsets else None


def _days_word(lang: str) -> str | None:
    """The unit words of "day" ("dias", "dniach") with an article's ending ("zilele",
    "дните") and a short word after ("zilele de"), as a pattern; None for a language
    with none."""
    days = tuple(w for w, unit in data.words(lang).units.items() if unit == "day")
    return rf"(?:{_either(days)})\w{{0,3}}(?:\s+[^\W\d_]{{1,2}})?\s+" if days else None


def _days_named(lang: str) -> re.Pattern[str] | None:
    """`_Cues.days_named`: a comma or a dash, a short word, and "days" (`_days_word`)
    between a holiday and its days ("No Carnaval, dias 20, 21 e 22")."""
    word = _days_word(lang)
    if word is None:
        return None
    return re.compile(rf"\s*[,–—-]\s*(?:[^\W\d_]{{1,3}}\s+)?{word}", re.IGNORECASE)


EVERY_REACH: Final = 100
INSTEAD_REACH: Final = 24
WOULD_HAVE_REACH: Final = 80
"""How far before a date "would have turned N years" is looked for."""
"""How far before a mention "instead of" is looked for."""
_EVERY_OF: Final = frozenset({"day_of_month", "month"})
"""Meanings that recur when "every" stands right before them ("todo dia 5", "todo mês de
maio"), as a weekday after one does (`_Cues.every_listed`)."""

"""How far before a weekday "every" and the weekday after it are looked for."""
YEARLY_RELATIVE_REACH: Final = 80
"""How far into a relative clause its every-year words are looked for."""
FEAST_HEAD: Final = 6
"""How many words may open the clause of "the feast is on DAY" before the feast's noun is
read ("Apesar do dia litúrgico de S. Sebastião ser o dia 20 de Janeiro"); the subject may
run three words more before the copula."""
_COMMA_NEXT: Final = re.compile(r"\s*,")
CUSTOM_REACH: Final = 100
"""How far into a sentence opened by a custom's noun its day is looked for."""
WEEKLY_PAIR_REACH: Final = 80
"""How far after two weekdays joined by "and" the hours of a timetable are looked for (the
clause, "както и през всички празнични дни" between), and how far back the first of them."""
_WORD_AFTER_JOIN: Final = re.compile(r"(?:[^\W\d_]{1,3}\s+)?(?P<word>[^\W\d_]+)")
"""A weekday's word after "and", a short preposition or article before it ("и в неделя")."""
_WORD_BEFORE_JOIN: Final = re.compile(r"(?P<word>[^\W\d_]+)(?:\s*-\s*[^\W\d_]+)?\Z")
"""The word before "and" ("terça-feira e"), its hyphenated tail left aside."""
_SHORT_WORD: Final = re.compile(r"[^\W\d_]{1,3}\s+")
"""A short preposition or article and its space ("w ", "na ", "в ")."""
_CLAUSE_END: Final = re.compile(r"[;\n]")
"""A clause end within a sentence (the sentence bounds the look-back already)."""


def _every(lang: str, every: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """`_Cues.every`: "every" and a weekday, two words between at most ("fiecare zi de
    marți", "todo dia de domingo"), over text folded to plain lower-case letters."""
    if not every:
        return None
    days = {fold_accents(w).lower() for w in data.words(lang).weekdays}
    weekday = "|".join(map(re.escape, sorted(days, key=len, reverse=True)))
    return re.compile(rf"(?<!\w)(?:{_either(every)})(?:\s+[^\W\d_]+){{0,2}}?\s+(?:{weekday})(?!\w)")


def _monthly_listed(lang: str, every_month: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """`_Cues.monthly_listed`: a comma or a short word (the conjunction), at most two words,
    a weekday and "of every month" after a weekday that is an ordinal of the one after it."""
    if not every_month:
        return None
    days = sorted(data.words(lang).weekdays, key=len, reverse=True)
    weekday = "|".join(map(re.escape, days))
    return re.compile(
        rf"(?:\s*,|\s+[^\W\d_]{{1,4}})\s+(?:[^\W\d_]+\s+){{0,2}}?(?:{weekday})(?:-[^\W\d_]+)?"
        rf"\s+(?:{_either(every_month)})(?!\w)",
        re.IGNORECASE,
    )


def _every_counted(every: tuple[str, ...] | None) -> re.Pattern[str] | None:
    """`_Cues.every_counted`: "every", at most three words (ordinals and the conjunction
    between them, no comma) and the end of the text looked at, folded to plain letters."""
    if not every:
        return None
    return re.compile(rf"(?<!\w)(?:{_either(every)})(?:\s+[^\W\d_]+){{0,3}}\s+\Z")


def _day_noun(lang: str) -> re.Pattern[str] | None:
    """`_Cues.day_noun`: a space, a unit word of "day" with an article's ending ("ден",
    "dzień", "денят"), and a comma or an opening bracket."""
    days = tuple(w for w, unit in data.words(lang).units.items() if unit == "day")
    if not days:
        return None
    return re.compile(rf"\s+(?:{_either(days)})\w{{0,3}}\s*[,(]\s*", re.IGNORECASE)


def _days_of_period(lang: str) -> re.Pattern[str] | None:
    """`_Cues.days_of_period`: what stands between a week and the days of it written after
    a comma: a short preposition and "days" (`_days_word`: "în zilele de", "nos dias",
    "на"), each optional."""
    word = _days_word(lang)
    if word is None:
        return None
    return re.compile(rf"\s*,\s*(?:[^\W\d_]{{1,3}}\s+)?(?:{word})?", re.IGNORECASE)


_WORD_CHAR: Final = re.compile(r"\w")
_WORD_CHAR_BEFORE: Final = re.compile(r"\w(?=\W*\Z)")
"""The first word character after a clause, the last before it."""


def _opens_with_preposition(match: dates.Match, lang: str) -> bool:
    """Whether the mention's first word is a preposition or an article of the language's
    tense words ("w weekend", "în weekend"): a word before it is no attribute of its noun."""
    words = dates.language(lang).tense
    first = match.match.group().split(maxsplit=1)
    return words is not None and len(first) > 1 and first[0].lower() in words.prepositions


def _offset_word(lang: str) -> re.Pattern[str] | None:
    """A word that starts with one of the language's offsets or offset adjectives."""
    language = data.words(lang)
    stems = (*language.offsets, *language.offsets_before, *language.offset_adjectives)
    return _compile(rf"(?<!\w)(?:{_either(tuple(stems))})") if stems else None


def _plus_units(lang: str) -> re.Pattern[str] | None:
    """ "And", up to two words, then a unit of time ("i jeszcze dwa dni", "e mais meio dia"):
    `_Cues.weekend_of_a_kind`'s stretch of time after a weekend."""
    language = data.words(lang)
    if not language.and_words or not language.units:
        return None
    return _compile(
        rf"\s+(?:{_either(language.and_words)})\s+(?:[^\W\d_]+\s+|\d+\s+){{0,2}}"
        rf"(?:{_either(tuple(language.units))})(?!\w)"
    )


def _days_counted(lang: str) -> re.Pattern[str] | None:
    """`_Cues.days_counted`: a number and a unit word of "day" ending right before a mention."""
    days = tuple(w for w, unit in data.words(lang).units.items() if unit == "day")
    if not days:
        return None
    return re.compile(
        rf"(?<!\w)\d+\s+(?:[^\W\d_]{{1,2}}\s+)?(?:{_either(days)})\s+\Z", re.IGNORECASE
    )


@cache
def _weekday_feasts(lang: str) -> re.Pattern[str] | None:
    """The language's holidays whose name opens on a weekday (`_Cues.weekday_feasts`), folded
    to plain lower-case letters as the text they are matched on."""
    try:
        words = data.words(lang)
    except (OSError, data.LanguageDataError):
        return None
    days = tuple(words.weekdays)
    names = tuple(
        fold_accents(name).lower()
        for h in words.holidays
        for name in h.names
        if any(name.startswith((f"{day} ", f"{day}-")) for day in days)
    )
    if not names:
        return None
    alternatives = "|".join(
        r"\s+".join(map(re.escape, n.split())) for n in sorted(names, key=len, reverse=True)
    )
    return re.compile(rf"(?:{alternatives})(?!\w)")


@lru_cache(maxsize=8)
def _writes_lower(month: re.Pattern[str], text: str) -> bool:
    """Whether the text writes one of its months in lower case (`_lower_month`), looked for
    once per text however many capitalised months it holds."""
    return month.search(text) is not None


def _lower_month(lang: str) -> re.Pattern[str]:
    """A month of the language written in lower case, as a text that lowers them writes it."""
    names = tuple(data.words(lang).months)
    return re.compile(rf"(?<!\w)(?-i:{_either(names)})(?!\w)")


_FEAST_NAME: Final = 60
"""The most characters a holiday's name takes (`_weekday_feasts`), over folded text."""


def _parts_cues(lang: str) -> dict[str, re.Pattern[str] | None]:
    """The patterns of a range between parts of two periods (`_parts_ranged`), from the
    language's `period_parts`, "between", "from", "and", "until", "to" and their articles."""
    p = data.cues(lang).patterns
    parts = p.get("period_parts")
    if not parts:
        return {"parts_lead": None, "parts_open": None, "parts_join": None}
    part = _either(tuple(parts))
    starts = _either((*p.get("between", ()), *p.get("range_from", ())))
    joins = _either((*p.get("between_and", ()), *p.get("until", ()), *p.get("range_to", ())))
    leads = _either(
        (
            *p.get("range_from", ()),
            *p.get("until", ()),
            *p.get("range_to", ()),
            *p.get("until_articles", ()),
        )
    )
    articles = _either(tuple(p.get("until_articles", ()))) if p.get("until_articles") else None
    article = rf"(?:(?:{articles})\s+)?" if articles else ""
    return {
        "parts_lead": _compile(rf"(?:(?:{leads}|{part})\s+)+"),
        "parts_open": _compile(rf"(?<!\w)(?P<open>{starts})\s+{article}(?P<part>(?:{part})\s+)?\Z"),
        "parts_join": _compile(rf"\s*(?P<join>{joins})\s+{article}(?P<part>(?:{part})\s+)?"),
    }


@cache
def _cues(lang: str) -> _Cues:
    """The compiled cues of a language, built once."""
    p = data.cues(lang).patterns
    get = p.get

    def words(key: str, shape: str) -> str | None:
        return shape.format(_either(get(key, ()))) if get(key) else None

    compared = None
    if get("compared_with") and get("previous"):
        compared = (
            rf"(?<!\w)(?:{_either(p['compared_with'])})\s+(?:[^\W\d]+\s+){{0,2}}?"
            rf"(?:{_either(p['previous'])})\w*(?:\s+[^\W\d]+)?\Z"
        )
    articles = words("until_articles", r"(?:(?:{})\s+)?") or ""
    nouns = words("month_nouns", r"(?:(?:{})\s+)?") or ""
    hours = words("hours", r"|{}") or ""
    names = data.cues(lang).day_names
    capital_month = day_name_before = with_year = None
    if names is not None:
        months = [w[:1].upper() + w[1:] for w in data.words(lang).months]
        capital_month = re.compile(rf"(?<!\w)(?:{_either(tuple(months))})(?!\w)")
        day_name_before = _compile(
            rf"(?:(?<!\w)(?:{_either(tuple(names['before']))})|"
            rf"(?!(?:{_either(tuple(names['not_before']))})\s)(?-i:{_CAPITAL}[^\W\d]+))"
            rf"\s+\d{{1,2}}{names.get('day_mark', '')}\s+{names['joiner']}\s+\Z"
            # a day in roman numerals is a name's ("Praça XV de Novembro"), never a date's
            rf"|(?<!\w)(?-i:[IVX]{{1,5}})\s+{names['joiner']}\s+\Z"
        )
        with_year = re.compile(rf"\s*,?\s+(?:{names['joiner']}\s+)?[12]\d{{3}}(?!\d)")
    return _Cues(
        weekday_feasts=_weekday_feasts(lang),
        compared_before=_sieved(compared),
        compared_with=_compile(words("compared_with", r"(?<!\w)(?:{})\s+(?:[^\W\d]+\s+){{0,2}}\Z")),
        yearly=_compile(words("every_year", r"(?<!\w)(?:{})(?!\w)")),
        monthly=_compile(words("every_month", r"\s+(?:{})(?!\w)")),
        monthly_listed=_monthly_listed(lang, get("every_month")),
        idioms=_compile(words("idioms", r"(?<!\w)(?:{})(?!\w)")),
        ago_for=_compile(words("ago_is_for", r"(?:{})\s")),
        state_after=_state_after(lang) if get("ago_is_for") else None,
        until_at=_compile(words("until", r"(?:{})(?!\w)")),
        until_before=_compile(words("until", r"(?<!\w)(?:{})\s+" + articles + r"\Z")),
        toward_at=_compile(words("toward", r"(?:{})\s")),
        toward_before=_compile(words("toward", r"(?<!\w)(?:{})\s+\Z")),
        weekday_words=frozenset(fold_accents(w) for w in data.words(lang).weekdays),
        lower_case_calendar=data.cues(lang).lower_case_calendar,
        lower_month=_lower_month(lang) if data.cues(lang).calendar_case_by_text else None,
        capital_days_are_names=data.cues(lang).capital_days_are_names,
        listed=_compile(
            words(
                "between_and",
                r"(?<!\d)(\d{{1,2}})(?:-?[^\W\d_]{{1,3}})?"
                r"(?:\s+[^\W\d_]+\.?(?:\s+\d{{4}}(?:\s*[^\W\d_]{{1,6}}\.?)?)?)?"
                r"(\s+(?:{})\s+)(\d{{1,2}})(?!\d)",
            )
        ),
        and_word=_compile(words("between_and", r"(?:{})")),
        pointed=_pointed(lang),
        age_would_have=_compile(words("would_have", r"(?<!\w)(?:{})(?!\w)")),
        instead=_compile(words("instead", r"(?<!\w)(?:{})\s+(?:[^\W\d_]{{1,3}}\s+)?")),
        negated=_compile(words("negation", r"(?<!\w)(?:{})(?!\w)")),
        that_is=_compile(words("that_is", r"\s*[,(]?\s*(?:{})\s*,?\s*")),
        editor_note=_compile(words("editor_note", r"\s*\(\s*(?:{})\s*[-–—:]?\s*")),
        falls_on=_compile(words("falls_on", r"\s*,?\s*(?:{})\s+")),
        this_year=_compile(words("this_year", r"(?<!\w)(?:{})(?!\w)")),
        opens_from=_compile(words("range_from", r"(?:{})\s")),
        and_joined=_compile(
            rf"\s+(?:{_either(data.words(lang).and_words)})\s+"
            if data.words(lang).and_words
            else None
        ),
        next_day=_compile(words("next_day", r"(?<!\w)(?:{})\s*,?\s*(?:\w+\s+)?\Z")),
        days_named=_days_named(lang),
        day_noun=_day_noun(lang),
        days_of_period=_days_of_period(lang),
        part_of_day_gap=_part_of_day_gap(lang),
        days_counted=_days_counted(lang),
        unit_from=_compile(words("unit_from", r"(?<!\w)(?:{})(?!\w)")),
        editions=_compile(words("editions", r"(?<!\w)(?:{})\s+")),
        citations=_compile(words("citations", r"(?<!\w)(?:{})\s*\Z")),
        amounts=_compile(
            words("amounts", r"(?:\s*(?:[-–]|[^\W\d_]{{1,3}})\s*\d+(?:[.,]\d+)?)?\s*(?:{})(?!\w)")
        ),
        history_before=_compile(words("history_nouns", r"(?<!\w)(?:{})\s+\Z")),
        history_after=_compile(words("history_nouns", r"\s+(?:{})(?!\w)")),
        night_before=_compile(words("night", r"(?<!\w)(?:{})\s+(?:[^\W\d_]{{1,3}}\s+)?\Z")),
        night_to=_compile(words("night_to", r"\s*(?:{})\s")),
        night_of_day=_compile(
            _then(
                words(
                    "night",
                    r"(?<!\w)(?:{})\s+(?:[^\W\d_]{{1,3}}\s+)?"
                    r"(?:(\d{{1,2}})\s+|[^\W\d_]+(?:-[^\W\d_]+)?\s+)?",
                ),
                words("night_to", r"(?:{})\s+\Z"),
            )
        ),
        night_lead=_compile(
            words(
                "night",
                r"(?<!\w)(?:{})\s+(?:[^\W\d_]{{1,3}}\s+)?(?:(\d{{1,2}})\s+|[^\W\d_]+\s+)\Z",
            )
        ),
        listed_year=_compile(
            words(
                "between_and",
                r"(?<!\d)([12]\d{{3}})(?:\s*[^\W\d_]{{1,4}}\.?)?(\s+(?:{})\s+(?:[^\W\d_]{{1,3}}\s+)?)"
                r"([12]\d{{3}})(?!\d)",
            )
        ),
        between_years=_compile(words("between", r"(?<!\w)(?:{})(?!\w)")),
        usual=_sieved(words("usual", r"(?<!\w)(?:{})(?!\w)")),
        tradition=_sieved(
            r"(?<!\w)(?:{})(?!\w)".format(_either((*get("tradition", ()), *get("for_years", ()))))
            if get("tradition")
            else None
        ),
        celebrated=_compile(words("celebrated", r"(?<!\w)(?:{})(?!\w)")),
        feast_is=_compile(
            _then(
                words("copulas", r"\s*,?\s*(?:[^\W\d_]+\s+)?(?:{})\s+(?:[^\W\d_]+\s+){{0,2}}?"),
                words("feast_nouns", r"(?:{})(?!\w)"),
            )
        ),
        feast_noun=_compile(words("feast_nouns", r"(?<!\w)(?:{})(?!\w)")),
        feast_words=_sieved(
            r"(?<!\w)(?:{})(?!\w)".format(
                _either((*get("celebrated", ()), *get("feast_nouns", ())))
            )
            if get("celebrated") or get("feast_nouns")
            else None
        ),
        present_day_noun=_compile(words("present_day_nouns", r"(?i:{})(?!\w)")),
        copula_before=_compile(words("copulas", r"(?<!\w)(?:{})\s+\Z")),
        since_year=_compile(words("range_from", r"(?<!\w)(?:{})\s*(?:[^\W\d_]+\s+)?\Z")),
        long_habit=_sieved(
            r"(?<!\w)(?:{})(?!\w)".format(_either((*get("usual", ()), *get("for_years", ()))))
            if get("usual") or get("for_years")
            else None
        ),
        likened=_compile(words("likened", r"(?<!\w)(?:{})\W+\Z")),
        superlative=_compile(words("superlative", r"(?<!\w)(?:{})\s+(?:[^\W\d]+\s+)?\Z")),
        superlative_after=_compile(words("superlative_after", r"\s+(?:{})")),
        weekend_kind=_compile(words("weekend_kind", r"(?<!\w)(?:{})\s+\Z")),
        period_noun=_compile(words("period_noun", r"(?<!\w)(?:{})\s+\Z")),
        programme=_compile(
            words("programme", r"(?<!\w)(?:{})(?:\s+[„“\"«]?[^\W\d_][\w-]*[„“”\"«»]?){{0,6}}\s+\Z")
        ),
        weekend_kind_after=_compile(words("weekend_kind_after", r"\s+(?:{})(?!\w)")),
        weekend_kind_of=_compile(words("weekend_kind_of", r"(?<!\w)(?:{})\s+\Z")),
        plus_units=_plus_units(lang),
        offset_word=_offset_word(lang),
        relative_before=_compile(words("relative", r"(?<!\w)(?:{})\s+\Z")),
        relative_after=_compile(words("relative", r",\s*(?:{})(?!\w)")),
        but=_compile(words("but", r"(?<!\w)(?:{})(?!\w)")),
        weekly_habit=_compile(words("weekly_habit", r"(?<!\w)(?:{})(?!\w)")),
        every=_every(lang, get("every")),
        conjunction=tense.conjunctions(lang),
        points_back=_compile(
            rf"(?<!\w)(?:{_either(data.words(lang).pointing_back)})(?!\w)"
            if data.words(lang).pointing_back
            else None
        ),
        every_word=_compile(words("every", r"(?<!\w)(?:{})\s+\Z")),
        every_counted=_every_counted(get("every")),
        kind_of_day=_compile(words("kind_of_day", r"(?<!\w)(?:{})\s+\Z")),
        days_of_habit=_compile(words("days_of_habit", r"(?:{})")),
        indefinite=_compile(words("indefinite", r"(?<!\w)(?:{})(?:\s+[^\W\d_]{{4,}})?\s+\Z")),
        falls_on_before=_compile(
            words("falls_on", r"(?<!\w)(?:{})(?:\s+[\w-]{{1,6}}){{0,3}}\s+\Z")
        ),
        timetable_before=_compile(words("timetables", r"(?<!\w)(?:{})\s+\Z")),
        upcoming_before=_compile(words("upcoming", r"(?<!\w)(?:{})\s+(?:[^\W\d_]+\s+){{0,2}}\Z")),
        noun_of=_compile(words("noun_of", r"(?:{})\s")),
        noun_before=_compile(words("noun_before", r"(?<!\w)(?:{})\s+\Z")),
        timetable_after=_compile(words("timetables", r"\s+(?:{})(?!\w)")),
        population=_compile(words("population", r"(?<!\w)(?:{})(?!\w)")),
        between_before=_compile(
            "|".join(
                w
                for w in (
                    words("between", r"(?<!\w)(?:{})(?!\w)"),
                    words("range_from", r"(?<!\w)(?:{})\s+(?:[^\W\d_]+\s+)?\Z"),
                )
                if w
            )
            or None
        ),
        for_month=_compile(words("for_month", r"(?<!\w)(?:{})\s+" + nouns + r"[^\W\d]+\Z")),
        figure_month=(
            _compile(
                rf"(?:{_either(p['figure_before'])})\s+(?:{_either(p['for_month'])})\s+"
                + nouns
                + r"[^\W\d]+\Z"
            )
            if get("figure_before") and get("for_month")
            else None
        ),
        no_anchor=_compile(words("open_ended", r"(?:{})(?!\w)")),
        of_year_words=_compile(words("of_year", "{}")),
        hours=re.compile(r"\d:\d\d" + hours, re.IGNORECASE),
        opening=_compile(words("open", r"(?<!\w)(?:{})(?!\w)")),
        range_to=re.compile(rf"\s+(?:{_either(p['range_to'])})\s+\w+") if get("range_to") else None,
        range_to_at=_compile(words("range_to", r"\s*,?\s*(?:{})\s+")),
        range_from_before=_compile(words("range_from", r"(?<!\w)(?:{})\s+\Z")),
        school=_compile(words("school_context", r"(?<!\w)(?:{})(?!\w)")),
        period_start=_compile(words("period_start", r"(?:{})(?!\w)")),
        **_parts_cues(lang),
        from_at=_compile(words("range_from", r"(?:{})\s+")),
        from_before=_compile(words("range_from", r"(?<!\w)(?:{})\s+(?:[^\W\d_]{{1,2}}\.?\s+)?\Z")),
        capital_month=capital_month,
        day_name_before=day_name_before,
        with_year=with_year,
        bylines=_multiline(words("bylines", "{}")),
        generic=_compile(words("generic_present", r"(?<!\w)(?:{})(?!\w)")),
        long_ago=_compile(words("long_ago", r"(?<!\w)(?:{})(?!\w)")),
        weekly=_compile(words("every_week", r"(?:{})")),
        weekly_part_before=_compile(words("weekly_part_before", r"(?<!\w)(?:{})\Z")),
        weekly_part_after=_compile(words("weekly_part_after", r"\s+(?:{})(?!\w)")),
        name_of=_compile(words("name_of", r"\s+(?:{})\s+(?-i:" + _CAPITAL + ")")),
        name_of_opening=_compile(words("name_of", r"(?:{})\s")),
        place_toward=_compile(words("place_toward", r"(?<!\w)(?:{})\s+\Z")),
        postponed=_compile(words("postponed", r"(?<!\w)(?:{})(?!\w)")),
        clock=_compile(words("clock", r"\d:\d\d|(?<!\w)(?:{})")),
        range_opened=_compile(
            _then(words("between", r"(?<!\w)(?:{})(?!\w)"), _TIMES + _QUOTE_OPENED + r"\Z")
        ),
        range_closed=_compile(
            _times(lang)
            + (words("hedges", r"(?:(?<!\w)(?:{})\s+)?") or "")
            + r"(?:[–—-]"
            + (words("until", r"|(?<!\w)(?:{})(?!\w)") or "")
            + ")"
        ),
        hedge=_compile(words("hedges", r"(?<!\w)(?:{})(?!\w)")),
        range_gap=re.compile(_times(lang), re.IGNORECASE),
        pair_joined=_compile(words("between_and", r"\s+(?:{})\s+")),
        range_joined=_compile(
            _then(_then(_TIMES, words("between_and", r"(?<!\w)(?:{})(?!\w)")), _TIMES)
        ),
    )


def _then(first: str | None, second: str | None) -> str | None:
    """Two pieces of a pattern one after the other; None when either is missing."""
    return None if first is None or second is None else first + second


_TIMES: Final = (
    r"[\s,()]*(?:(?:\d{1,2}(?:[:.h]\d\d)?h?(?:-[^\W\d_]{1,3})?|[^\W\d_]{1,5}\.?)[\s,()]+){0,4}?"
)
"""Times of day and the short words around them ("de la ora 20:00, ", ", od godz. 20, ",
" as 06h ") that may stand between the two ends of a range."""
_TIMES_ONLY: Final = re.compile(_TIMES)
_QUOTE_OPENED: Final = r"(?:[„“\"«]\s*)?"
"""An opening quote right before a range's first end: "entre os dias "27 de maio e 21 de
julho"", a statement's words quoted."""


def _times(lang: str) -> str:
    """`_TIMES` with the language's parts of the day, longer words ("от 18 юли (петък)
    сутринта в 09:00 часа до 25 юли")."""
    parts = data.words(lang).parts_of_day
    if not parts:
        return _TIMES
    return _TIMES.replace(r"|[^\W\d_]{1,5}\.?)", rf"|[^\W\d_]{{1,5}}\.?|{_either(parts)})", 1)


def _state_after(lang: str) -> re.Pattern[str] | None:
    """A comma, up to three words, then a verb of state in the present (`duration_words`,
    folded), after "N units ago" (`_Cues.ago_is_for`)."""
    states = data.words(lang).duration_words
    if not states:
        return None
    return re.compile(rf"\s*,\s*(?:[^\W\d_][\w-]*\s+){{1,3}}(?:{_either(states)})(?!\w)")


def _part_of_day_gap(lang: str) -> re.Pattern[str]:
    """A comma and a part of the day with its short words between a week and a weekday
    ("Săptămâna trecută, în seara zilei de marți", "Na semana passada, na noite de
    terça-feira", "Миналата седмица, вечерта във вторник")."""
    parts = data.words(lang).parts_of_day
    either = rf"|{_either(parts)}" if parts else ""
    return re.compile(rf"\s*,\s*(?:(?:[^\W\d_]{{1,5}}{either})\s+)+", re.IGNORECASE)


def _words_for_a_dash(gap: str) -> bool:
    """A dash joins two dates ("14 februarie, ora 23:00 – 16 februarie") when nothing but
    times of day stand before it; words with no time ("18 mai, iar a doua – 1 iunie") make
    it a clause of its own."""
    return gap.rstrip().endswith(("–", "—", "-")) and (
        any(map(str.isalpha, gap)) and not any(map(str.isdigit, gap))
    )


_BRACKETED_WORD: Final = re.compile(r"\s*\([^\W\d_]+(?:-[^\W\d_]+)?\)")
"""A lone word in brackets after a range's first end, its weekday: an aside, not a gap."""
_LAST_WORD: Final = re.compile(r"[^\W\d_]+\s*\Z")
RANGE_REACH: Final = 30
"""How far before a range's first end its 'between' is looked for ("entre as 20h de ")."""


_OTHER_WORD: Final = re.compile(r"[^\W\d_]{3,}")
BYLINE_REACH: Final = 80
"""How far around a mention a byline's words are looked for (a byline is a short line):
reading whole lines would make a long paragraph of dates quadratic."""
_DATELINE_PLACE: Final = re.compile(rf"\s*(?:{_CAPITAL}[^\W\d_]*(?:[ -]+[^\W\d_]+){{0,3}},\s*)?")
"""What opens a dateline or a stamp line before its date: nothing, or a capitalised place
or name and a comma ("Lisboa, ", "Мария Георгиева, ")."""
_STAMP_LEAD: Final = re.compile(r"\s*(?:[^\W\d_][\w.]*(?:[ -]+[^\W\d_][\w.]*){0,3}\s*[,|]?\s*)?")
"""What may stand before the date on a stamp line: a name, a place, an outlet or a weekday's
abbreviation ("Marta Nowak, ", "Digi24.ro, ", "seg, "), or nothing."""
_TIME_AT_END: Final = re.compile(r"\d{1,2}[:.h]\d\d\s*\Z")
"""A mention whose words end on a time of day ("26.09.2025 07:15")."""
_AGENCY: Final = re.compile(r"\s*[(/]")
_DATELINE_DASH: Final = re.compile(r"[ \t]*[–—-][ \t]+(?=\S)")
"""The dash after a dateline's date, text after it on its line."""
_FIRST_WORD: Final = re.compile(r"[^\W\d_]+")
_FOUR_DIGITS: Final = re.compile(r"(?<!\d)\d{4}(?!\d)")
"""The agency after a dateline's date: "(Lusa)", "/Мария Иванова, БТА/"."""
_CAPS_WORDS: Final = rf"{_CAPITAL}{{2,}}[.-]?(?:\s+{_CAPITAL}{{2,}}[.-]?){{0,4}}"
"""An outlet's or agency's name in capitals ("RADOR RADIO ROMÂNIA", "LUSA", "БТА")."""
_CAPS_BEFORE: Final = re.compile(rf"\s*{_CAPS_WORDS}\s*\(\s*")
_CAPS_AFTER: Final = re.compile(r"\s*\)\s*[–—-]")
_CREDIT_BEFORE: Final = re.compile(rf"\(\s*{_CAPS_WORDS}\s*[–—-]\s*\Z")
_CREDIT_AFTER: Final = re.compile(r"\s*\)")
"""The agency after a dateline's date: "(Lusa)", "/Мария Иванова, БТА/"."""
_STAMP_TIME: Final = re.compile(
    r"[\s,]*(?:[^\W\d_]{1,3}\.?\s*)?\d{1,2}[:.h]\d\d"
    r"(?:\s*[,|–-]?\s*[^\W\d_]+(?:\s+[^\W\d_]+){0,3})?\s*"
)
"""The time of day that follows the date on a stamp line, with the outlet's name after it
or not (" 07:15", ", às 09h30", ", 10:37  Polska Agencja Prasowa")."""


def _told_weekday_lead(lang: str, words: str) -> bool:
    """A date whose words open with "next" or "last" and a weekday ("no próximo domingo, 17
    de março"): told from the reference as `_apposed_to_told` is."""
    found = _weekday_lead(lang)
    return found is not None and found.match(words) is not None


@cache
def _weekday_lead(lang: str) -> re.Pattern[str] | None:
    """A short preposition, a one-word "next" or "last" of the language and a weekday."""
    table = data.words(lang)
    steps = [w for w, step in table.offsets.items() if step in (-1, 1) and " " not in w]
    if not steps:
        return None
    days = sorted(table.weekdays, key=len, reverse=True)
    return re.compile(
        rf"(?:[^\W\d_]{{1,3}}\s+)?(?:{'|'.join(map(re.escape, steps))})\s+"
        rf"(?:{'|'.join(map(re.escape, days))})",
        re.IGNORECASE,
    )


def _apposed_to_told(
    text: str,
    match: dates.Match,
    value: EdtfDate,
    sentence_start: int,
    told: tuple[int, int, dt.date] | None,
) -> bool:
    """A day and month right after a weekday or a relative day told from the reference
    ("duminica viitoare, 16 aprilie", "no próximo domingo, 17 de março", "mâine, 14
    martie"), naming the same day of the year: the date that weekday is, whatever year a
    clause before them wrote ("stabilite în anul 325, ...")."""
    if told is None or told[0] != sentence_start or value.precision != "day":
        return False
    day_ = told[2]
    return (value.start.month, value.start.day) == (day_.month, day_.day) and _APPOSITION.fullmatch(
        text, told[1], match.start
    ) is not None


def _in_year(
    match: dates.Match,
    value: EdtfDate,
    sentence: Sentence,
    years: list[tuple[int, int, int, int]],
    lang: str,
) -> EdtfDate | None:
    """A month or day-month with no year of its own, after "last year" or "in 2019" in the
    same clause, is of that year: "mas no ano passado o aumento só chegou em março" on
    2024-12-29 is 2023-03, not the March nearest the reference.

    Only expressions that name a date within a year move (read against the last day of the
    year and against its first, they agree); a weekday or "last month" keeps its value. A
    year that is its own clause at the sentence's head ("În urmă cu un an, zilele de 1 și 2
    mai ...") sets the year of the clause after it.
    """
    for sentence_start, at, end, year_ in reversed(years):
        if sentence_start != sentence.start:
            return None
        at_, stop = match.start - sentence.start, match.end - sentence.start
        first, last = tense.clause_span(sentence.text, at_, stop, lang)
        if not _OTHER_WORD.search(sentence.text[first:at_] + " " + sentence.text[stop:last]):
            # a clause that is only the mention ("Anul trecut, în iulie, ...") runs on
            first, _ = tense.clause_span(sentence.text, at_, stop, lang, weak=False)
        head = sentence.text[: at - sentence.start] + sentence.text[end - sentence.start : first]
        if (
            at - sentence.start < first
            and _OTHER_WORD.search(head)
            and not _YEAR_DETAILED.fullmatch(sentence.text, end - sentence.start, at_)
        ):
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


_YEAR_DETAILED: Final = re.compile(r"\s*\(\s*")
"""What stands between a year and the date of its bracket ("w 2015 roku (od 30 kwietnia do 3
maja)"): the bracket details that year wherever in the sentence the year stands."""


def _across(
    text: str, sentence: Sentence, end: int, lang: str, paragraphs: _Paragraphs
) -> Sentence:
    """The sentence of a mention that runs past its end: a full stop inside a date ("w latach
    80. XX wieku", an ordinal's dot before a capital) ended no sentence, so the two are one."""
    last = _sentence_at(text, end - 1, lang, paragraphs)
    if last.start < sentence.end:
        return sentence
    return Sentence(sentence.start, last.end, text[sentence.start : last.end])


_Paragraphs = dict[int, tuple[list[Sentence], Iterator[Sentence]]]
"""The paragraphs split so far, by where each starts: its sentences found so far and
those still to find."""


def _lede(text: str, headline: Sentence, lang: str, paragraphs: _Paragraphs) -> Direction | None:
    """The tense of the sentence after the text's first one, for a date in that first one
    when it is a telegraphic headline: a present or a noun phrase with no marker anywhere
    ("Procurorii descind pe 12 martie la Primărie.", "Posiedzenie RBN w piątek.") is told by
    its lede ("Anchetatorii au ridicat documente", "Prezydent omówi plan"), the lede's tense
    when nothing in it looks the other way (`tense.told`). None when there is no next
    sentence, when it tells nothing or both ways, when the headline holds a marker anywhere
    (its other clauses tell their own time: "va avea loc pe 4 mai, iar al doilea pe 18
    mai"), or when the lede holds a date of its own: then it tells another event, at its
    own time ("Te 100 dni mija w piątek. 13 grudnia ubiegłego roku premier wygłosił
    exposé")"""
    found = _NONSPACE.search(text, headline.end)
    if found is None or tense.explicit(headline.text, lang, 0, len(headline.text)):
        return None
    lede = _sentence_at(text, found.start(), lang, paragraphs)
    if dates.scan(dates.language(lang), lede.text):
        return None
    return tense.told(lede.text, lang)


def _opens_from(text: str, start: int, cues: _Cues) -> bool:
    """Whether "from" opens the mention at `start` or stands just before it ("Минималната
    заплата от първи януари става 610 лева"): what holds from a day on, not an event a lede
    retells."""
    if cues.from_at is not None and cues.from_at.match(text, start):
        return True
    return cues.from_before is not None and bool(
        cues.from_before.search(text, max(0, start - 12), start)
    )


_NONSPACE: Final = re.compile(r"\S")
_HEADLINE_WORDS: Final = 12
"""The most words of a telegraphic headline whose date its lede's tense tells (`_lede`); a
longer first sentence is the story's own opening, with a time of its own."""


def _sentence_at(text: str, at: int, lang: str, paragraphs: _Paragraphs) -> Sentence:
    """The sentence around a position; only the paragraphs that hold mentions are split, and
    each only as far as its last mention (mentions come in the order of the text)."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end == -1 else end
    known = paragraphs.get(start)
    if known is None:
        known = paragraphs[start] = ([], iter_sentences(text[start:end], lang))
    found, rest = known
    while not found or found[-1].end <= at:
        # the sentences are in order and apart: the first one ending after `at` holds it,
        # or `at` lies before it, between two
        s = next(rest, None)
        if s is None:
            break
        found.append(Sentence(s.start + start, s.end + start, s.text))
    i = bisect.bisect_right(found, at, key=lambda s: s.start) - 1
    if i >= 0 and at < found[i].end:
        return found[i]
    return Sentence(start, end, text[start:end])


def _split(
    text: str, mention: Mention, found: re.Match[str], first: model.EdtfDate, last: model.EdtfDate
) -> list[Mention]:
    """A mention cut in two at the "and" `found` in it (group 2), each part its own date."""
    cut, then = mention.start + found.start(2), mention.start + found.end(2)
    return [
        dataclasses.replace(mention, text=text[mention.start : cut], end=cut, value=first),
        dataclasses.replace(mention, text=text[then : mention.end], start=then, value=last),
    ]
