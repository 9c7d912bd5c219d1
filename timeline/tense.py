"""Which way a sentence looks: past or future, from its verbs, per language.

Underspecified dates ("w środę", "no sábado") take the direction of their
sentence's tense: "powitał w środę" is the Wednesday on or before the reference,
"odwiedzi w piątek" the Friday on or after it. With no marker in the clause the
tense says nothing, `direction` returns None, and extraction takes the reading
nearer the reference date (that did better on text written blind than any default).
This module is the engine and knows no language: each language's verb forms, clause
openers and participles are data, `timeline/dates/lang/<code>/tense.yaml`, loaded by
`timeline.dates.tensedata` into a `timeline.dates.core.TenseWords`.

Wire copy packs two tenses into one sentence ("X said on Tuesday that Y will
...", "the meeting, scheduled for 18 March, ..."), so the tense is read from
the mention's own clause: commas, dashes, quotes and the words that open a
reported or relative clause ("că", "że", "que", "че") bound it. A clause that is
nothing but the mention ("Începând de la 1 iulie, TVA va crește", "No Natal, as
lojas vão abrir") is a fronted adverbial: it takes the tense of the clause it
belongs to, up to the nearest strong bound (not a comma).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Iterator
from typing import Any, Final, Generic, TypeVar

from timeline import dates
from timeline.dates import leading, tensedata
from timeline.dates.core import Direction, TenseWords

_NEVER: Final = re.compile(r"(?!)")
_T = TypeVar("_T")
_DONE: Final[Any] = object()


_TYPED: Final = "~"
"""Marks a language code read on a sentence typed without its diacritics (`_typed`)."""


def _words(lang: str) -> TenseWords | None:
    """The language's tense words, from its module in `timeline.dates`, their patterns as
    `_grouped` runs them; for a code `_typed` marked, the words read on text typed without
    the language's diacritics (`TenseWords.folded`)."""
    code = lang.rstrip(_TYPED)
    if code not in dates.ALL:
        return None
    words = dates.language(code).tense
    if words is not None and code != lang:
        words = words.folded or words
    return None if words is None else _grouped(words)


def _typed(sentence: str, lang: str) -> str:
    """The code the sentence is read in: the language's own, or, when the language writes
    letters with diacritics (`TenseWords.marks`) and the sentence has none of them ("a
    semnat", "podpisal", "sera liberada"), the code of its words read without them. Every
    function of this module given a sentence and a language reads it so; the functions they
    call keep the code they are given."""
    global _LAST_TYPED
    last = _LAST_TYPED  # one tuple, read whole: safe between threads
    if last[0] is sentence and last[1] == lang:
        return last[2]  # the same sentence, asked again by the next function
    if lang.endswith(_TYPED) or lang not in dates.ALL:
        return lang
    words = dates.language(lang).tense
    if words is None or words.marks is None or words.folded is None:
        code = lang
    else:
        code = lang if words.marks.search(sentence) else lang + _TYPED
    _LAST_TYPED = (sentence, lang, code)
    return code


_LAST_TYPED: tuple[str | None, str, str] = (None, "", "")
"""The sentence `_typed` read last, its language and the code it gave."""


_GROUPED: Final[dict[int, tuple[TenseWords, TenseWords]]] = {}
"""id of a language's tense words -> (those words, the same with grouped patterns)."""


def _grouped(words: TenseWords) -> TenseWords:
    """The tense words with every pattern's alternations grouped by first letter
    (`leading.grouped`: the very same matches). The verb forms are long lists of endings
    and words, tried at every word of a clause, several times for each mention whose
    reading the tense decides; grouped they are tried in less time. Built once per set
    of words (kept with them, so that words swapped in by a caller are never mistaken
    for the ones grouped before)."""
    known = _GROUPED.get(id(words))
    if known is not None and known[0] is words:
        return known[1]
    patterns: dict[str, Any] = {
        f.name: leading.grouped(value)
        for f in dataclasses.fields(words)
        if isinstance(value := getattr(words, f.name), re.Pattern)
    }
    fast = dataclasses.replace(words, **patterns)
    _GROUPED[id(words)] = (words, fast)
    return fast


_STRONG: Final = r"[;:()\"“”„«»](?<!\d:(?=\d))|\s[–—-]\s"
"""Bounds of a clause: a colon too, but not one between digits, a match's score ("lost 0:2
on Saturday") or a time, which stands inside the clause."""
_WEAK: Final = r",(?!\d)"
"""A comma, but not the decimal one of "5,17%"."""


def _breaks(lang: str, weak: bool) -> re.Pattern[str]:
    words = _words(lang)
    openers = words.openers if words else ""
    parts = [_STRONG, *([_WEAK] if weak else [])]
    if openers:
        parts.append(rf"(?<!\w)(?:{openers})(?!\w)")
    return re.compile("|".join(parts), re.IGNORECASE)


_BREAKS: Final[dict[tuple[str, bool], re.Pattern[str]]] = {}
_WORD: Final = re.compile(r"[^\W\d_]{3,}")


def _as_read(sentence: str) -> str:
    """A sentence written in capitals throughout ("PARLAMENTUL VOTEAZĂ JOI LEGEA", a
    headline) read in lower case: the verb forms' endings are written in lower case (a
    capital word is a name's), and a headline's words are verbs all the same. Same length,
    so positions hold (a letter whose lower case is longer leaves the sentence as it is)."""
    if not sentence.isupper():
        return sentence
    lowered = sentence.lower()
    return lowered if len(lowered) == len(sentence) else sentence


def direction(
    sentence: str,
    lang: str,
    at: int | None = None,
    end: int | None = None,
    *,
    until: bool = False,
    weak: bool = True,
    closed: bool = False,
) -> Direction | None:
    """ "future" when the clause around position `at` (else the whole sentence) speaks of
    what is to come, else "past".

    The clause matters: in "Kim będzie kontynuował podróż ... – powiedział w środę Putin"
    the Wednesday belongs to "powiedział", not to "będzie". `end` (the end of the mention)
    lets a clause that holds only the mention borrow the tense of its neighbour; in pt, ro
    and bg a clause with no past marker either is present tense, which news uses for what
    is scheduled ("regressa a Lisboa na segunda-feira"), so it is read forward.

    When a clause holds both a past and a future marker ("Am semnat acordul în martie și îl
    vom aplica din iulie", "Fechámos o acordo em março e vamos assiná-lo em julho"), the
    marker nearest the mention decides: coordinated verbs each govern their own dates.

    `until`: the mention opens on "until" (extraction's cue); a bare participle right before
    it is then the state the date ends, no past (`_state_until`). `closed`: the mention is a
    range with both its ends ("od 23 do 31 grudnia"): its "from" is no "since".

    A clause after a short parenthesis that gives no direction at all is read again up to
    the strong bounds (`weak=False`): commas also set off a parenthesis inside a verb phrase
    ("Guvernul va, cel mai probabil, plafona vineri prețurile", "se vor vedea, conform
    agendei, marți").
    """
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    words = _words(lang)
    if words is None:
        return None
    pattern = words.future
    if at is None:
        return "future" if pattern.search(sentence) else "past"
    stop = at if end is None else end
    since = words.since
    if since is not None and end is not None and since.match(sentence, at, end):
        return "past"
    after = words.since_after
    if after is not None and end is not None and after.match(sentence, end):
        return "past"
    if end is not None and _dates_back(words, sentence, at):
        return "past"  # "Os factos remontam a 31 de janeiro": what it dates from is behind
    dated = words.dated_on
    if dated is not None and end is not None and dated.match(sentence, at, end):
        return "past"  # "the data dated 6 March": the day a paper bears is behind
    start, finish = clause_span(sentence, at, stop, lang, weak=weak)
    mention = sentence[at:end] if end is not None else ""
    alone = end is not None and _nonfinite_only(sentence, words, start, finish, mention)
    if weak and (alone or _cut(sentence, words, start)):
        before = _aside_before(sentence, words, lang, start, at, stop)
        if before is not None:
            # "Podul va fi asfaltat, au precizat constructorii, pe 14 septembrie", "zostanie,
            # według komunikatu, otwarty w czwartek": the date, or the participle with it, is
            # the verb phrase's the aside cut, read as if the aside were not there
            unset = sentence[: before[0]] + " " * (before[1] - before[0]) + sentence[before[1] :]
            return direction(unset, lang, at, end, until=until, weak=weak, closed=closed)
    if alone:
        aside = _interposed(sentence, words, lang, stop)
        if aside is not None:
            # "W piątek, gdy spotkał się z premierem, prezydent oświadczył": the fronted date
            # is the main clause's, read as if the clause set between were not there; when the
            # main clause then tells nothing, the sentence is read whole, as before
            unset = sentence[: aside[0]] + " " * (aside[1] - aside[0]) + sentence[aside[1] :]
            found = direction(unset, lang, at, end, until=until, weak=weak, closed=closed)
            if found is not None:
                return found
        start, finish = clause_span(sentence, at, stop, lang, weak=False)
    if end is not None and (
        _reported_match(sentence, words, start, finish)
        or _historic(sentence, words, at, start, finish)
    ):
        return "past"
    spans = _quoted_spans(sentence, at)
    futures = [
        f
        for f in _within(pattern, sentence, start, finish, words.look_past)
        if not _in_name(spans, f.start())
    ]
    promise = words.promise
    if promise is not None:
        # a promise looks ahead for what follows it, not for the day it was made
        futures = [f for f in futures if f.start() < stop or not promise.match(sentence, f.start())]
    # a date of its own right after a future marker ("a amânat pentru 3 martie") is the one
    # it looks ahead for; a date before it ("În 3 ianuarie, Curtea a amânat pentru 3
    # martie") is the day of the verb, whose past form then counts
    futures = [f for f in futures if f.start() < stop or not _sets_own_date(sentence, words, f)]
    if futures and futures[-1].start() >= stop:
        futures = _relative_clause(sentence, words, lang, start, at, stop, futures)
    verbs = futures
    if words.warning is not None:
        # a warning's period lies ahead of it; a date before the noun is the day it was issued
        nouns = (w for w in words.warning.finditer(sentence, start, finish) if w.end() <= at)
        futures = sorted([*futures, *nouns], key=lambda f: f.start())
    future = _nearest(futures, sentence, start, at, stop, and_lang=lang)
    past_pattern = words.past
    if end is None:
        return "past" if future is None else "future"
    past = None

    pasts = _Replay(
        _past_markers(sentence, words, start, finish, verbs, spans, at, stop, until=until)
    ).__iter__

    complement = words.complement_after
    if future is not None and complement is not None:
        # "Ne-am angajat în ianuarie să reducem taxele": the subjunctive after the date opens
        # a complement; a past verb before the date is the date's (the day of the pledge), and
        # a promise before it the day it was made ("le-ați promis în septembrie să ieftiniți")
        opened = [
            f
            for f in futures
            if f.start() >= stop and complement.fullmatch(sentence, stop, f.start())
        ]
        own = [
            f
            for f in futures
            if f not in opened
            and not (f.end() <= at and promise is not None and promise.match(sentence, f.start()))
        ]
        if opened and any(m.end() <= at for m in pasts()):
            futures = own
            future = _nearest(futures, sentence, start, at, stop, and_lang=lang)

    if (
        (future is None or _state_only(sentence, words, verbs))
        and words.present_is_schedule
        and not closed
        and next(pasts(), None) is None
        and _since_present(sentence, words, start, at, end, finish)
    ):
        # "obowiązuje od niedzieli": since, whether the verb comes first or last; a present
        # passive that is a schedule elsewhere ("este închisă din marți") is a state here
        return "past"
    if (
        future is None
        and words.present_is_schedule
        and not closed
        and next(pasts(), None) is None
        and _onset(sentence, words, start, at, end, finish)
        and not _acts_from(sentence, words, start, at, stop, finish)
    ):
        # what is new holds from a day either just passed or just ahead ("Nowe stawki
        # obowiązują od 1 listopada" in an article of 20 November or of 20 October): the
        # nearer reading, not a "since"
        return None
    if future is None and weak and not alone and next(pasts(), None) is None:
        aside = _aside_after(sentence, words, start, at, finish)
        if aside is not None:
            # "В четвъртък камион, претоварен с дърва, излетял от платното", "Sâmbătă un
            # autoturism, condus de un tânăr, s-a răsturnat": the date and the subject, then
            # an aside, then their verb, read as if the aside were not there
            unset = sentence[: aside[0]] + " " * (aside[1] - aside[0]) + sentence[aside[1] :]
            found = direction(unset, lang, at, end, until=until, weak=weak, closed=closed)
            if found is not None:
                return found
    if future is None and next(pasts(), None) is None:
        main = _main_clause(sentence, words, start, finish)
        if main is not None:
            return main
        if _opening_plural(sentence, words, start, at):
            # the sentence's verb is its first word: a past-looking form after it, before
            # the date, is its object's ("Спират тока в три села в понеделник")
            return "future"
    # a mention set off by commas (", 18 maja,") is no adverbial of the word before it
    if (
        not alone
        and not any(f.start() < at for f in futures)
        and not any(_GAP.fullmatch(sentence, stop, f.start()) for f in futures if f.start() >= stop)
        and next((m for m in pasts() if m.start() < at), None) is None
    ):
        # (a future auxiliary right after the mention is its clause's verb, the words before
        # the mention its subject: "Руските сили в петък ще атакуват града")
        # the verb the date follows outweighs a form after the date (often a noun's:
        # "ujawni w poniedziałek szczegóły"); an auxiliary before it still decides
        beside = _verb_before(sentence, words, start, at, stop)
        if beside is not None:
            return beside
    if past_pattern is not None:
        headline = not sentence.rstrip().endswith((".", "!", "?", "…", '"', "”", "»"))
        past = _nearest(
            pasts(),
            sentence,
            start,
            at,
            stop,
            lang,
            bare=future is None and not headline,
            any_=future is None,
            # a participle right before the date, with the clause's verb a present after the
            # date, is what was done that day ("Sistemul amplasat în martie funcționează
            # deja"); before an explicit future it may be a plan ("Ședința fixată marți va
            # fi transmisă")
            adjacent=future is not None
            and not headline
            and not any(f.start() < at for f in futures)
            and (
                words.explicit_future is None
                or words.explicit_future.search(sentence, start, finish) is None
            ),
        )
    if future is not None and (past is None or future <= past):
        return "future"
    if (
        past is not None
        and past >= _FAR
        and _own_conjunct_present(sentence, words, lang, at, stop, finish)
    ):
        return "future"
    if past is not None:
        return "past"
    if (
        words.present_is_schedule
        and not closed
        and _since_present(sentence, words, start, at, end, finish)
    ):
        return "past"
    opening = _verb_after(sentence, words, start, at, stop, finish)
    if opening is not None:
        return opening
    if _schedule(sentence, words, start, finish):
        return "future"
    elided = _elliptic(sentence, lang, at, stop, start)
    if elided is None and future is None and _headed(sentence, words, finish):
        return "future"
    if elided is None and weak and _after_parenthesis(sentence, start):
        return direction(sentence, lang, at, end, until=until, weak=False, closed=closed)
    if elided is None and weak:
        before = _aside_before(sentence, words, lang, start, at, stop)
        if before is not None:
            # "va fi omologat, conform unui anunț al federației, abia joi": a longer aside
            unset = sentence[: before[0]] + " " * (before[1] - before[0]) + sentence[before[1] :]
            return direction(unset, lang, at, end, until=until, weak=weak, closed=closed)
    if elided is None and alone:
        closing = _DASHED.match(sentence, finish)
        if closing is not None:
            # "We wtorek – w 79. rocznicę wybuchu Powstania – odbędzie się uroczystość": the
            # mention's verb is past the dashes' aside, read as if it were not there
            unset = sentence[:finish] + " " * (closing.end() - finish) + sentence[closing.end() :]
            found = direction(unset, lang, at, end, until=until, closed=closed)
            if found is not None:
                return found
        if future is None and _agenda(sentence, words, finish):
            return "future"
    return elided


_DATED_REACH: Final = 60
"""How far before a mention a verb of dating (`TenseWords.dated_from`) is looked for."""


_LEAD_WORD: Final = re.compile(r"[^\W\d_]{1,3}\s+")
"""A short word opening a mention: its own preposition ("on 4 September")."""


def _dates_back(words: TenseWords, sentence: str, at: int) -> bool:
    """Whether a verb of dating or of origin ends right before position `at` ("remontam a",
    "datează din", "датира от", "pochodzi z"), or one of going back to a day ("let us go
    back to") with the mention's own preposition: the mention there is what a thing dates
    from, or the day gone back to."""
    dated = words.dated_from
    if dated is None:
        return False
    reach = max(0, at - _DATED_REACH)
    if dated.search(sentence, reach, at) is not None:
        return True
    lead = _LEAD_WORD.match(sentence, at)
    return lead is not None and dated.search(sentence, reach, lead.end()) is not None


def dates_back(sentence: str, lang: str, at: int) -> bool:
    """`_dates_back` for a language: extraction asks it before reading "na"/"para" + a date
    as the day something is set for ("zapis datowany jest na 20 grudnia" is no plan)."""
    words = _words(lang)
    return words is not None and _dates_back(words, sentence, at)


def _past_markers(
    sentence: str,
    words: TenseWords,
    start: int,
    finish: int,
    verbs: list[re.Match[str]],
    spans: list[tuple[int, int]],
    at: int,
    stop: int,
    *,
    until: bool,
) -> Iterator[re.Match[str]]:
    """The clause's past markers that are no part of a future form ("va avea loc", one of
    `verbs`) and follow no preposition (a noun's ending: "ruszają zapisy do przedszkoli").
    A generator of its own, not one nested in `direction`: mypyc compiles that one."""
    past_pattern = words.past
    if past_pattern is None:
        return
    states: list[re.Match[str]] | None = None  # found when a past marker is
    for m in _within(past_pattern, sentence, start, finish, words.look_past):
        if states is None:
            present = words.present
            states = list(present.finditer(sentence, start, finish)) if present else []
        if (
            not any(f.start() <= m.start() <= f.end() + 1 for f in verbs)
            # nor part of a present form ("está encerrado na terça-feira": a state)
            and not any(f.start() < m.start() < f.end() for f in states)
            and not _after_preposition(sentence, m.start(), words)
            and not (until and _state_until(m, sentence, words, at))
            and not _subjunctive(sentence, words, start, m.start())
            and not _in_name(spans, m.start())
            # nor what a number counts ("trei frați", "пет души"), a noun
            and not _counted(sentence, m.start(), words, stop)
        ):
            yield m


def _reported_match(sentence: str, words: TenseWords, start: int, finish: int) -> bool:
    """Whether the clause `start`..`finish` tells a match as it went, minute by minute
    (`narrative`: "Sepsi punctează duminică în minutul 12", "o Braga adianta-se no domingo
    aos 12 minutos"), with no explicit future: its present is the historic present of a
    report, whose days are past. A preview names no minute of a goal."""
    narrative = words.narrative
    if narrative is None or narrative.search(sentence, start, finish) is None:
        return False
    explicit = words.explicit_future
    return explicit is None or explicit.search(sentence, start, finish) is None


def _historic(sentence: str, words: TenseWords, at: int, start: int, finish: int) -> bool:
    """Whether the sentence opens on a photo caption's or a chronology's label before the
    mention (`historic`: "Foto:", "Fot.", "Cronologia crizei până acum:") and the mention's
    clause `start`..`finish` holds no explicit future: what the caption shows and the
    chronology lists in the present has happened ("Foto: De Paște, credincioșii înfruntă
    ploaia"; "Kronika afery: jesienią minister składa dymisję"), past."""
    historic = words.historic
    if historic is None:
        return False
    label = historic.match(sentence)
    if label is None or label.end() > at:
        return False
    explicit = words.explicit_future
    if explicit is not None and explicit.search(sentence, start, finish) is not None:
        return False
    # a clause a relative or a conjunction opens tells its own time ("Fot. Nowa trybuna,
    # którą kibice zobaczą w piątek"), not the caption's moment
    return not words.openers or _opener(words.openers).search(sentence, label.end(), at) is None


_OPENERS: Final[dict[str, re.Pattern[str]]] = {}


def _opener(openers: str) -> re.Pattern[str]:
    """The language's clause openers as whole words (`TenseWords.openers`)."""
    found = _OPENERS.get(openers)
    if found is None:
        found = _OPENERS[openers] = re.compile(rf"(?<!\w)(?:{openers})(?!\w)", re.IGNORECASE)
    return found


def _within(
    pattern: re.Pattern[str], sentence: str, start: int, finish: int, look_past: int
) -> Iterator[re.Match[str]]:
    """The matches of a verb form inside the clause `start`..`finish` (`_reading_past` where
    the language lets its look-aheads read past the clause)."""
    if not look_past:
        return pattern.finditer(sentence, start, finish)  # the clause alone: the plain search
    return _reading_past(pattern, sentence, start, finish, look_past)


def _reading_past(
    pattern: re.Pattern[str], sentence: str, start: int, finish: int, look_past: int
) -> Iterator[re.Match[str]]:
    """The matches of a verb form inside the clause `start`..`finish`, the form's look-aheads
    reading on past the clause's end: a form may be told by the next conjunct (a Romanian
    perfect simplu in "-ă" is read so only when the conjunct after it has one too, "se
    accidentă ..., iar medicii îl transportară"), so far as the language's
    `TenseWords.look_past` characters (none: the search ends with the clause)."""
    for m in pattern.finditer(sentence, start, finish + look_past):
        if m.start() >= finish:
            return
        if m.end() <= finish:
            yield m


_OPENED: Final[dict[str, re.Pattern[str]]] = {}


def _relative_clause(
    sentence: str,
    words: TenseWords,
    lang: str,
    start: int,
    at: int,
    stop: int,
    futures: list[re.Match[str]],
) -> list[re.Match[str]]:
    """The future markers of the mention's clause without those after it that are the main
    clause's verb, when the clause is a relative one inside the sentence's subject: it opens
    on an opener with no marker before it ("O clube que arrebatou a Taça em janeiro disputará
    a pré-eliminatória", "Echipa care a cucerit Cupa în iulie va reprezenta țara"), and holds
    a past marker before the mention; the verb after the date, with no conjunction between,
    closes the relative clause and is the subject's. The past is the date's."""
    past = words.past
    if past is None or not words.openers or past.search(sentence, start, at) is None:
        return futures
    opened = _OPENED.get(lang)
    if opened is None:
        opened = _OPENED[lang] = re.compile(rf"(?<!\w)(?:{words.openers})\s*\Z", re.IGNORECASE)
    opener = opened.search(sentence, max(0, start - 24), start)
    if opener is None:
        return futures
    head = sentence[: opener.start()]
    if words.future.search(head) or past.search(head):
        return futures
    later = next(f for f in futures if f.start() >= stop)
    if conjunctions(lang).search(sentence, stop, later.start()):
        return futures  # "care a semnat în martie și va aplica": the clause's own verbs
    return [f for f in futures if f.start() < stop]


def _nonfinite_only(
    sentence: str, words: TenseWords, start: int, finish: int, mention: str
) -> bool:
    """Whether the clause `start`..`finish` holds nothing but the mention, or the mention and
    the language's `nonfinite` forms (a gerund: "Chegando na sexta-feira,") with, beside such a
    form, only names and the words after a preposition ("Aterrando em Lisboa na sexta-feira",
    "Chegando ao aeroporto na sexta-feira"): a clause with no tense of its own."""
    text = sentence[start:finish]
    rest = text.replace(mention, " " * len(mention), 1) if mention else text
    if words.that_is is not None:
        # "... right after the vote, that is on Tuesday": a restatement of the time before it
        found = words.that_is.match(rest, len(rest) - len(rest.lstrip(_LEADING)))
        if found is not None:
            rest = rest[: found.start()] + " " * (found.end() - found.start()) + rest[found.end() :]
    if _WORD.search(rest) is None:
        return True
    nonfinite = words.nonfinite
    if nonfinite is None or nonfinite.search(rest) is None:
        # no gerund: the mention with an adjunct of time that only prepositions head ("w
        # czwartek po godzinie 12", "durante a madrugada de quarta-feira") is no clause either;
        # but not what goes on past a bracket closed before it ("След провала на заседанието
        # на Народното събрание (НС) в сряда заради липсата на кворум"), the phrase before
        # the bracket, whose noun the date may be
        if sentence[:start].rstrip().endswith(")"):
            return False
        lead = rest[: text.find(mention)].split() if mention else []
        opening = mention.split(maxsplit=1)[0].lower() if lead and mention.strip() else ""
        if opening in words.prepositions:
            lead.append(opening)  # the mention opens on the preposition ("on the date | of 12 May")
        if lead and not _day_part_head(lead, words):
            return False
        return _adjuncts_only(rest, words)
    first = _WORD.search(rest)
    if first is not None and nonfinite.fullmatch(first.group()):
        # a clause a gerund opens is the gerund's, its object and adjuncts too ("Semănând
        # porumbul în primăvară pe un sol prea umed,", "Wysiawszy kukurydzę wiosną w zbyt
        # mokrą glebę,"): no tense of its own, whatever its words look like after the date;
        # but a verb form or a participle between the gerund and the date is the date's
        # ("oficializando o anúncio feito ao país em 9 de novembro"); not a noun so shaped
        # after its article ("Remendando o telhado na sexta-feira")
        cut = text.find(mention) if mention else len(text)
        forms = (f for f in (words.past, words.future, words.participle) if f is not None)
        verbs = (m for f in forms for m in f.finditer(rest, first.end(), cut))
        if all(_after_determiner(rest, m.start(), words) for m in verbs):
            return True
    for w in _WORD.finditer(rest):
        word = w.group()
        if nonfinite.fullmatch(word):
            continue
        before = rest[: w.start()].split()
        if word[0].isupper() or (before and before[-1].lower() in words.prepositions):
            continue
        return False
    return True


_LEADING: Final = " \t\n,;:–—-"


def _day_part_head(lead: list[str], words: TenseWords) -> bool:
    """Whether the words before a date in its clause are a preposition's phrase that a part
    of the day or a span's edge heads, with the preposition that takes the date last
    ("durante a madrugada de", "ao fim da tarde de", "pe data de"; `TenseWords.day_part`), or
    that part itself last when it takes the date with no preposition ("on the date 12 March")."""
    part = words.day_part
    prepositions = words.prepositions
    last = lead[-1].lower()
    if (
        part is None
        or lead[0].lower() not in prepositions
        or (last not in prepositions and not part.fullmatch(last))
    ):
        return False
    heads = [w for w in lead if w.lower() not in prepositions]
    return bool(heads) and all(part.fullmatch(w.lower()) for w in heads)


def _adjuncts_only(rest: str, words: TenseWords) -> bool:
    """Whether every word of `rest` (a clause with its mention blanked) is a preposition or
    the word right after one: the mention's own adjunct ("po godzinie 12", "durante a
    madrugada de", "przed południem"), no verb, subject nor object of its own."""
    prepositions = words.prepositions
    before = ""
    for w in _ANY_WORD.finditer(rest):
        word = w.group().lower()
        if word not in prepositions and before not in prepositions:
            return False
        before = word
    return True


_ANY_WORD: Final = re.compile(r"[^\W\d_]+")


def _after_determiner(text: str, at: int, words: TenseWords) -> bool:
    """Whether the word before `at` is a preposition or an article (the language's
    `prepositions`): the form at `at` is then a noun ("o telhado", "na sexta-feira")."""
    before = text[:at].split()
    return bool(before) and before[-1].lower() in words.prepositions


_HEAD: Final = re.compile(r"[ \t]*(?::|[-–—](?=\s))\s*[^.;:!?–—]*")
"""A colon or a dash closing a headline's clause, and the clause after it."""


def _headed(sentence: str, words: TenseWords, finish: int) -> bool:
    """Whether the clause ending at `finish`, which gave no direction, is one a colon or a
    dash closes, the clause after it told in an explicit future with no past marker before
    it ("Gerul, înapoi în ianuarie: vor fi minus douăzeci de grade", "Стачка във вторник –
    ще има ли автобуси?"): a headline's verbless clause names what the next one tells, in
    its tense."""
    head = _HEAD.match(sentence, finish)
    if head is None:
        return False
    pattern = words.explicit_future if words.explicit_future is not None else words.future
    ahead = pattern.search(sentence, finish, head.end())
    return ahead is not None and (
        words.past is None or words.past.search(sentence, finish, ahead.start()) is None
    )


def _agenda(sentence: str, words: TenseWords, finish: int) -> bool:
    """Whether the mention, alone in its clause, is the label of an agenda's line: a colon or
    a dash closes it and the line after it holds no verb form of a past ("Poniedziałek:
    egzamin z matematyki", "В понеделник – изпит по математика", "Luni: ședință de guvern"),
    what is set for the day, ahead. A line told in the past ("Poniedziałek: rząd przyjął
    projekt", "Понеделник: президентът наложи вето") is a chronicle's, left to its own
    reading."""
    head = _HEAD.match(sentence, finish)
    if head is None or _WORD.search(sentence, finish, head.end()) is None:
        return False
    if words.past is not None and words.past.search(sentence, finish, head.end()):
        return False
    # a verb in the verb's place, past the line's first word, the noun that names the item
    # ("откриване на басейна", a verbal noun that looks like an aorist)
    return words.before_past is None or not any(
        _form(words.before_past, sentence, t.start(), t.end())
        for t in list(_TOKEN.finditer(sentence, finish, head.end()))[1:]
    )


_ASIDES: Final[dict[str, re.Pattern[str]]] = {}


def _interposed(sentence: str, words: TenseWords, lang: str, stop: int) -> tuple[int, int] | None:
    """Where a clause set off by commas right after a mention alone in its clause stands,
    when a `subordinators` or `interposed` word opens it and a comma closes it before the
    sentence goes on ("В петък, след като се срещна с премиера, президентът заяви",
    "Duminică, deși prognoza s-a înrăutățit, organizatorii vor menține"): the span from after
    the mention's comma to the closing comma, which the fronted date's tense skips, its verb
    being the main clause's. None when there is no such clause."""
    found = _ASIDES.get(lang)
    if found is None:
        openers = "|".join(o for o in (words.subordinators, words.interposed) if o)
        # with a relative clause of its own after a comma ("След процес, който се влачи
        # години, директорът беше оправдан")
        relative = (
            rf"(?:,\s*(?:{words.openers})(?!\w)[^,;:()\"“”„«»–—.!?]{{1,120}}?)?"
            if words.openers
            else ""
        )
        found = _ASIDES[lang] = (
            re.compile(
                rf"[ \t]*,\s*((?:{openers})(?!\w)[^,;:()\"“”„«»–—.!?]{{1,160}}?{relative},(?!\d))"
                r"\s*(?=\w)",
                re.IGNORECASE,
            )
            if openers
            else _NEVER
        )
    m = found.match(sentence, stop)
    return None if m is None else (m.start(1), m.end(1))


_ASIDE_AFTER: Final = re.compile(r",\s*([^\W\d_][^,;:()\"“”„«»–—!?]{0,80}?),(?!\d)\s*(?=\w)")
"""An aside set off by commas after a clause: a participle's phrase or an apposition of up
to eighty characters, its closing comma followed by the sentence going on."""


def _aside_after(
    sentence: str, words: TenseWords, start: int, at: int, finish: int
) -> tuple[int, int] | None:
    """Where an aside set off by commas right after the mention's clause stands, when that
    clause opens its sentence and holds no verb (the date, a place, the subject: "В четвъртък
    камион, претоварен с дърва, излетял от платното", "W piątek samochód, prowadzony przez
    20-latka, wjechał do rowu") and the aside holds no marker either (a participle's phrase,
    an apposition): the span from the clause's comma to the aside's closing one, which the
    clause's reading skips, its verb standing past the aside. None otherwise."""
    if start > 0 and _STRONG_BOUND.search(sentence, start - 1, start) is None:
        return None
    m = _ASIDE_AFTER.match(sentence, finish)
    if m is None or _markers(sentence, words, m.start(1), m.end(1), start, at):
        return None
    return finish, m.end(1) + 1


_ASIDE: Final = re.compile(r"[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,9}\s*")
"""An aside of one to ten words (no digit: not a list of dates) between two commas."""


def _aside_before(
    sentence: str, words: TenseWords, lang: str, start: int, at: int, stop: int
) -> tuple[int, int] | None:
    """Where an aside set off by commas stands right before the clause starting at `start`,
    when a verb form (a future or past marker) stands before the aside in the same sentence
    (up to a strong bound): "Noul pod va fi asfaltat, au precizat constructorii, pe 14
    septembrie", "Мостът ще бъде завършен, посочиха от общината, на 20 октомври", "O museu
    será reaberto, segundo a câmara, em junho". A source or a verb of saying put between a
    verb and its date is no clause of the date's: the aside with its two commas is skipped,
    the date's clause then running on from the verb. Only for a date's clause that ends its
    sentence (or runs to a strong bound: a date set off by commas in mid-sentence, "sendo
    sepultado, na sexta-feira, na Igreja", is read as before) after an aside with no explicit
    future (", vai ser assinalado com várias iniciativas, de 22 a 24 de junho" is the main
    verb phrase, after a participle set off with its own date; a present of saying, "a fost
    sablat, povestesc muncitorii, în aprilie", is an aside still).
    None when there is no such aside (nor one of no words: one already skipped)."""
    if sentence[start - 1 : start] != ",":
        return None
    comma = sentence.rfind(",", 0, start - 1)
    if comma <= 0:
        return None
    text = sentence[comma + 1 : start - 1].strip()
    if not text or not _ASIDE.fullmatch(text + " "):
        return None
    head, tail = clause_span(sentence, at, stop, lang, weak=False)
    if head >= comma or clause_span(sentence, at, stop, lang)[1] != tail:
        return None
    explicit = words.explicit_future if words.explicit_future is not None else words.future
    if explicit.search(sentence, comma, start) is not None:
        return None
    if words.future.search(sentence, head, comma) is None and (
        words.past is None or words.past.search(sentence, head, comma) is None
    ):
        return None
    return comma, start


def _cut(sentence: str, words: TenseWords, start: int) -> bool:
    """Whether the clause starting at `start` opens after an aside whose opening comma comes
    right after a verb form ("zostanie, według komunikatu spółki, uruchomiony"): an auxiliary
    cut from the participle the clause holds."""
    if sentence[start - 1 : start] != ",":
        return False
    comma = sentence.rfind(",", 0, start - 1)
    if comma <= 0:
        return False
    head = sentence[:comma].rstrip()
    return any(
        m.end() == len(head)
        for pattern in (words.future, words.past)
        if pattern is not None
        for m in pattern.finditer(head, max(0, len(head) - 40))
    )


_DASHED: Final = re.compile(r"\s*[-–—]\s[^-–—!?]{3,120}?\s[-–—]\s")
"""An aside set off by two dashes, right after a mention alone in its clause."""


class _Replay(Generic[_T]):
    """An iterator read several times, each item computed once: `direction` asks first
    whether a clause has a past marker, then whether one stands before the mention, then
    for the nearest, and finding the markers (a long pattern over the clause) is the
    dearest part of each question. Items are computed only as far as they are read."""

    __slots__ = ("_items", "_seen")

    def __init__(self, items: Iterator[_T]) -> None:
        self._items = items
        self._seen: list[_T] = []

    def __iter__(self) -> Iterator[_T]:
        seen = self._seen
        i = 0
        while True:
            if i == len(seen):
                item = next(self._items, _DONE)
                if item is _DONE:
                    return
                seen.append(item)
            yield seen[i]
            i += 1


_PARENTHESIS: Final = re.compile(r"[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,3}\s*")


def _after_parenthesis(sentence: str, start: int) -> bool:
    """Whether the clause starting at `start` follows a parenthesis of one to four words
    between commas, with words before it ("Guvernul va, cel mai probabil, plafona vineri",
    "se vor vedea, conform agendei, marți"): the clause then continues the verb phrase
    the parenthesis cut. A clause set off after a subject ("Законът, приет на 12
    октомври, влиза в сила") or first in its sentence is no such continuation."""
    if sentence[start - 1 : start] != ",":
        return False
    comma = sentence.rfind(",", 0, start - 1)
    if comma <= 0 or not sentence[:comma].strip():
        return False
    return bool(_PARENTHESIS.fullmatch(sentence[comma + 1 : start - 1].strip() + " "))


def _main_clause(sentence: str, words: TenseWords, start: int, finish: int) -> Direction | None:
    """The tense of the clause a temporal or conditional clause depends on ("Ремонтът ще
    започне, след като фирмата получи разрешението през април"), when the mention is in
    one with no marker of its own: its perfective verb has one form for "received" and
    "will have received", and the main clause tells which. None when the mention's clause
    opens on no `subordinators` word, or the rest of the sentence holds no marker or both
    kinds ("Делото беше отложено за 20 януари, след като адвокатът представи болничен лист
    във вторник": a past event and the future date it set), when the clause's own verb is
    read as elsewhere."""
    if not words.subordinators:
        return None
    pattern = re.compile(rf"(?<!\w)(?:{words.subordinators})(?!\w)", re.IGNORECASE)
    opening = pattern.match(
        sentence, start + len(sentence[start:finish]) - len(sentence[start:finish].lstrip())
    )
    if opening is None:
        before = list(pattern.finditer(sentence, max(0, start - 30), start))
        opening = before[-1] if before and not sentence[before[-1].end() : start].strip() else None
    if opening is None:
        return None
    outside = ((0, opening.start()), (finish, len(sentence)))
    futures = [m for a, b in outside for m in words.future.finditer(sentence, a, b)]
    pasts = [
        m
        for a, b in outside
        for m in (words.past.finditer(sentence, a, b) if words.past else ())
        if not any(f.start() <= m.start() <= f.end() + 1 for f in futures)
    ]

    if futures and not pasts:
        return "future"
    if pasts or futures:
        return "past" if not futures else None
    return _main_verb(sentence, words, finish)


def _main_verb(sentence: str, words: TenseWords, finish: int) -> Direction | None:
    """The tense of the main clause after a temporal or conditional one, read from the form of
    its verb when it holds no marker: "Щом се затопли през пролетта, общината подновява
    ремонта" (a scheduled present: the perfective verb before it is a future). The first of
    its next five words that is a `before_present` form, passing its subject; a past-looking
    form there may be a noun's, so only the present reading is taken."""
    if not sentence[finish : finish + 2].lstrip().startswith(","):
        return None
    closed = _closed(words)
    for m in list(_TOKEN.finditer(sentence, finish, min(len(sentence), finish + 80)))[:5]:
        lower = m.group().lower()
        if closed.fullmatch(lower) or lower in words.prepositions:
            return None
        if _form(words.before_present, sentence, m.start(), m.end()):
            return "future"
    return None


def _state_until(m: re.Match[str], sentence: str, words: TenseWords, at: int) -> bool:
    """Whether the past marker `m` is a bare participle standing right before a mention that
    opens on "until": "A A1 cortada até quinta-feira", "Circulația restricționată până
    vineri" say how long a state lasts, not what happened; with no finite verb the clause
    has no tense (an auxiliary before it, "a fost închisă până vineri", keeps the past)."""
    if words.participle is None or not words.participle.fullmatch(m.group()):
        return False
    if not _GAP.fullmatch(sentence, m.end(), at):
        return False
    before = sentence[max(0, m.start() - 12) : m.start()].split()
    return not before or before[-1].lower() not in words.auxiliaries


def _own_conjunct_present(
    sentence: str, words: TenseWords, lang: str, at: int, stop: int, finish: int
) -> bool:
    """Whether the mention's own conjunct, after the last "and" before it, holds a present of
    a schedule when the only past marker is in the conjunct before ("Os agricultores barraram
    a estrada e na quinta-feira sentam-se à mesa com o ministro"): each conjunct has its verb.
    A singular present counts too when it is the verb the mention follows or the one it
    opens on, read from its form as `_verb_before` and `_verb_after` read it ("A oficina
    fechou em março e reabre as portas em junho", "e no sábado recebe o Porto")."""
    cut = None
    for m in conjunctions(lang).finditer(sentence, 0, at):
        cut = m.end()
    if cut is None:
        return False
    return (
        _schedule(sentence, words, cut, finish)
        or _verb_before(sentence, words, cut, at, stop) == "future"
        or _verb_after(sentence, words, cut, at, stop, finish) == "future"
    )


def _since_present(
    sentence: str, words: TenseWords, start: int, at: int, end: int, finish: int
) -> bool:
    """ "din septembrie", "od poniedziałku", "от 1 януари" with a verb of state in the
    present ("sunt în vânzare din septembrie", "obowiązuje od poniedziałku") is a "since":
    the date is behind, whatever the present says; but not "of" after a noun with its
    article ("alegerile din 5 noiembrie")."""
    return bool(
        _opens_since(sentence, words, start, at, end)
        and (words.state or _NEVER).search(sentence, start, finish)
        and not (words.onset or _NEVER).search(sentence, start, finish)
    )


def _acts_from(
    sentence: str, words: TenseWords, start: int, at: int, stop: int, finish: int
) -> bool:
    """Whether the clause of what is new from a date (`_onset`) tells no state (`state`: "Nowe
    stawki obowiązują od 1 listopada") but an act on an object, read forward from the verb
    the date follows with the object between them (`_verb_before`: "Nowe przepisy nabiorą
    mocy od 1 lipca", "Nowy regulamin zniesie opłaty od 1 marca"): a perfective present, a
    future, not the nearer reading. A verb right before its "from" with no object after the
    date ("Nowe taryfy wiążą od czwartku"): an imperfective present may be a state, left as it
    was; with one there ("Nowa umowa podniesie od 1 lipca pensje") it acts."""
    state = words.state
    if state is not None and state.search(sentence, start, finish):
        return False
    since = words.since_present
    tokens = list(_TOKEN.finditer(sentence, max(start, at - 60), at))
    if (
        since is not None
        and tokens
        and not since.match(sentence, at)
        and since.match(sentence, tokens[-1].start())
    ):
        tokens.pop()  # "od" before the mention ("1 lipca"), not part of it
    if (
        tokens
        and _form_direction(sentence, words, tokens[-1].start(), tokens[-1].end(), at, False)
        # with its object after the date it acts ("Nowa umowa podniesie od 1 lipca pensje")
        and not _object_after(sentence, words, stop)
    ):
        return False
    return (
        _verb_before(sentence, words, start, at, stop) == "future"
        # a fronted date, the verb after it ("Od 1 kwietnia nowa ulga obejmie emerytów")
        or _verb_after(sentence, words, start, at, stop, finish) == "future"
    )


def _onset(sentence: str, words: TenseWords, start: int, at: int, end: int, finish: int) -> bool:
    """ "od poniedziałku", "din luni" in a clause that says what holds from then is new
    (`onset`: "Nowe przepisy obowiązują od poniedziałku", "Normele noi produc efecte din
    luni"): a state that begins on the date, not one that began long ago."""
    return bool(
        words.onset is not None
        and _opens_since(sentence, words, start, at, end)
        and words.onset.search(sentence, start, finish)
    )


def _opens_since(sentence: str, words: TenseWords, start: int, at: int, end: int) -> bool:
    """Whether the mention opens on the language's "from"/"since" (`since_present`), or
    follows it, and that is no "of" after a noun with its article (`of_before`)."""
    present_since = words.since_present
    if present_since is None:
        return False
    opens = present_since.match(sentence, at, end) or any(
        (m.end() == at or _CLOCK.fullmatch(sentence, m.end(), at))
        and not sentence[m.start() - 1 : m.start()].isalnum()
        for m in present_since.finditer(sentence, max(start, at - 30), at)
    )
    return bool(opens and not (words.of_before or _NEVER).search(sentence, max(0, at - 24), at))


# A time of day with its unit and short prepositions (a clock time, a unit word of up to five
# letters, two short words), which may stand between "since" and the date it opens.
_CLOCK: Final = re.compile(
    r"(?:[^\W\d_]{1,5}\.?\s+)?\d{1,2}(?:[:.]\d\d)?\s*(?:[^\W\d_]{1,5}\.?\s+)?(?:[^\W\d_]{1,3}\s+){0,2}"
)


def _state_only(sentence: str, words: TenseWords, futures: list[re.Match[str]]) -> bool:
    """Whether every future marker found is a copula of `state` with what follows it ("este
    închisă"): a present passive, a schedule with a day ("zborurile sunt suspendate luni"),
    but with "since" ("din marți") the state the day began."""
    state = words.state
    return (
        bool(futures)
        and state is not None
        and all(state.match(sentence, f.start()) for f in futures)
    )


def _opening_plural(sentence: str, words: TenseWords, start: int, at: int) -> bool:
    """Whether the mention's clause opens its sentence on a 3rd person plural present with no
    subject (`opening_plural`: "Zamykają most w poniedziałek", "Затварят моста в понеделник"),
    news' impersonal "they" of a schedule. Read only when the clause holds no other marker:
    elsewhere a capital first word is the subject, read as a name."""
    first = _TOKEN.search(sentence)
    if (
        words.opening_plural is None
        or first is None
        or first.start() < start
        or first.end() > at
        or sentence[: first.start()].strip(" \t\"'„“«")
    ):
        return False
    return _form(words.opening_plural, sentence, first.start(), first.end())


def _schedule(sentence: str, words: TenseWords, start: int, finish: int) -> bool:
    """A present form anywhere in a clause with no other marker (`present`), in a language
    whose news writes the schedule in the present: "Os alunos prestam provas em junho"."""
    return (
        words.present_is_schedule
        and words.present is not None
        and any(
            not _after_preposition(sentence, m.start(), words)
            for m in words.present.finditer(sentence, start, finish)
        )
    )


_TOKEN: Final = re.compile(r"[^\W\d_][\w'-]*|\d[\d.,:]*")
_GAP: Final = re.compile(r"[\s,]*")


def _verb_before(
    sentence: str, words: TenseWords, start: int, at: int, stop: int
) -> Direction | None:
    """The tense of the verb the mention follows, read from its form.

    News puts the time adverbial right after its verb or its verb's object ("Министърът
    разкритикува в петък", "Policja przywróci w niedzielę ruch", "Прокуратурата повдигна
    обвинение в четвъртък"): a form there is a verb, where the same ending elsewhere in
    the clause may be a noun's. So the language's `before_past`, `before_present` and
    `before_either` forms are read only there: up to six words back, passing clitics
    ("zbiera się w czwartek"), names, numbers and words after a preposition ("пристига в
    София във вторник"), never a conjunction. Of two such forms side by side, right before
    the mention, the first is the verb and the second its object ("положи клетва на 16
    януари"); forms with a name or a preposition between them are a subject and its verb
    ("туристи от Израел пристигат в събота"): the nearer one counts, and so does a form
    with other words between it and the mention ("пристига в бразилския град в събота"),
    unless the word right before it is a form too: then one of the two is a noun that
    looks like a verb (an object with its article, "полагат изпита по български език на
    20 май"; a plural subject, "ваксини пристигат по-късно в петък"), and when they
    disagree the present reading wins, the past-looking endings being the nouns' ones.
    The present reads forward: a perfective present is a future, an imperfective one with
    a date is a schedule, and so is the present of "to be" (`copulas`: "празникът е в
    сряда", "wybory są w niedzielę").
    """
    tokens = list(_TOKEN.finditer(sentence, max(start, at - 120), at))[-6:]
    found: list[Direction] = []
    skipped = 0
    """Words that are no form passed after a past-looking one (`found` == ["past"])."""
    between = crossed = sure = named = False
    """Whether a word that is no form stands between the form and the mention: an object."""
    end = at
    closed = _closed(words)
    names = _quoted_names(sentence)
    for m in reversed(tokens):
        gap = "".join(c for i, c in enumerate(sentence[m.end() : end], m.end()) if i not in names)
        if not _GAP.fullmatch(gap):
            break
        word = m.group()
        end = m.start()
        lower = word.lower()
        if closed.fullmatch(lower):
            break
        if not found and not between and lower in words.adverbs:
            # an adverb of focus right before the date belongs to it ("Tak jeszcze w środę
            # napisał"): no verb, whatever its ending
            continue
        opening = (
            word[0].isupper()
            # a quoted name of capitalised words ("„Vasil Levski“") opens on no verb
            and not (m.start() - 1 in names and _capital_next(sentence, m.end()))
            and (_opens(sentence, m.start()) or _reflexive_opening(sentence, words, m))
        )
        if (
            word[0].isdigit()
            or lower in words.clitics
            or lower in words.prepositions
            or (word[0].isupper() and not opening)
            or _after_preposition(sentence, m.start(), words)
            or _counted(sentence, m.start(), words, stop)
        ):
            if found:
                break
            # a name not after a preposition, between a form and the mention, is its object
            # ("хоспитализира Мария Иванова в неделя"), as a common noun there is
            named = named or (
                word[0].isupper()
                and not opening
                and not _after_preposition(sentence, m.start(), words)
            )
            continue
        if lower in words.copulas and not found:
            # "wybory są w niedzielę"; with words between, "jest tańsza niż w listopadzie"
            # is a state compared, no schedule
            return None if between else "future"
        text = sentence[: m.start()] + lower + sentence[m.end() :] if opening else sentence
        form = _form_direction(
            text, words, m.start(), m.end(), stop, between or named or bool(found)
        )
        if form is None:
            if found and (found != ["past"] or skipped >= 2):
                break
            skipped += bool(found)
            between = True
            continue
        if skipped:
            # a past-looking form with a word before it that is no form ("Пускаме новите
            # автобуси в събота"): a plural noun in -и and its adjective, the object of the
            # verb further back, which decides
            return form
        if not found and form == "past" and _after_copula(sentence, words, m.start()):
            # a participle after the present of "to be" is a state on that day, which news
            # announces ahead ("Most jest wyłączony z ruchu w niedzielę"): a schedule
            return "future"
        if not found:
            crossed = between
            sure = _form(words.present, sentence, m.start(), m.end())
        found.append(form)
        if len(found) == 2:
            break
    if sure and len(found) == 2 and found[0] != found[1]:
        # the nearer form is one no noun has (a present plural, "започват"): it is the
        # verb, the form before it its subject ("изпитите започват на 20 май")
        return found[0]
    if crossed and len(found) == 2 and found[0] != found[1]:
        # a verb and its object with the object's words before the mention ("полагат изпита
        # по български език на 20 май"), or a subject and its verb ("ваксини пристигат по-късно
        # в петък"): nouns share the past-looking endings (a plural -и, an article -а), so
        # the present reading wins
        return "future"
    return found[-1] if found else None


_COUNT: Final = re.compile(r"(?<![\w.,])(\d[\d.,]*)[ \u00a0]+\Z")
_YEAR: Final = re.compile(r"[12]\d{3}")


def _counted(sentence: str, at: int, words: TenseWords, stop: int = -1) -> bool:
    """Whether the word at `at` right follows a number that is no year, or one of the
    language's `numerals`: it is what the number counts ("1,80 лева", "950 de tone", "7 zł",
    "няколко сектора"), a noun, whatever its ending looks like; a verb may follow a year
    ("W 2020 wygrał"), seldom an amount, and the day that ends the mention (`stop`: "No
    dia 15 bateu-nos o agente"), which counts nothing."""
    number = _COUNT.search(sentence, max(0, at - 24), at)
    if number is not None:
        return number.end(1) != stop and not _YEAR.fullmatch(number.group(1))
    before = sentence[max(0, at - 16) : at]
    return (
        before[-1:] == " "
        and before.split()[-1:] != []
        and (before.split()[-1].lower() in words.numerals)
    )


def _after_copula(sentence: str, words: TenseWords, at: int) -> bool:
    """Whether the word at `at` right follows one of the language's `copulas` (the present
    of "to be": "jest", "są"), nothing but spaces between."""
    before = sentence[max(0, at - 12) : at]
    if before[-1:] != " ":
        return False
    parts = before.split()
    return bool(parts) and parts[-1].lower() in words.copulas


def _form_direction(
    sentence: str, words: TenseWords, start: int, end: int, stop: int, between: bool
) -> Direction | None:
    """The direction the verb form at `start`..`end` gives a mention ending at `stop`; a
    form that may be either is past when it has an object: `between` it and the mention
    ("ратифицира договора през март") or right after where it is read from (`stop`); a
    `before_object_past` form is past then too, and tells nothing without one."""
    if _form(words.before_past, sentence, start, end):
        if _form(words.first_person, sentence, start, end) and _speaker(sentence, words, start):
            return "future"
        return "past"
    if _form(words.before_present, sentence, start, end):
        return "future"
    if _form(words.before_either, sentence, start, end):
        return "past" if between or _object_after(sentence, words, stop) else "future"
    if _form(words.before_object_past, sentence, start, end) and (
        between or _object_after(sentence, words, stop)
    ):
        return "past"
    return None


_OPENING: Final = re.compile(r"[„“\"«]\s*\Z")
_QUOTE_MARK: Final = re.compile(r"[„“”\"«»]")


def _speaker(sentence: str, words: TenseWords, at: int) -> bool:
    """Whether the word at `at` stands inside a quote that opens before it, with no subject
    between the opening and the word: no word of the language's `subject` shape (a noun with
    its article) nor a name after the quote's first word. A form the 1st person singular
    present shares with the aorist is then the speaker's present (`first_person`)."""
    marks = list(_QUOTE_MARK.finditer(sentence, 0, at))
    if not marks:
        return False
    mark = marks[-1]
    char = mark.group()
    after_word = mark.start() > 0 and not sentence[mark.start() - 1].isspace()
    if char in "”»" or (char in '“"' and after_word):
        return False  # a closing mark: the word is past the quote
    subject = words.subject
    for t in _TOKEN.finditer(sentence, mark.end(), at):
        word = t.group()
        if t.start() > mark.end() and word[0].isupper():
            return False
        if subject is not None and subject.fullmatch(word):
            return False
    return True


def _opens(sentence: str, at: int) -> bool:
    """Whether the word at `at` opens a quote ("„Внасяме законопроекта в сряда“",
    "„Depunem moțiunea marți”"): a quote opens on the speaker's verb often enough (the
    first person has no subject before it) that its capital may be the quote's, not a
    name's. The first word of a sentence is its subject far more often ("Нова среща")."""
    return bool(_OPENING.search(sentence, max(0, at - 3), at))


_NEXT: Final = re.compile(r"[ \t]+([^\W_][\w'-]*)")
_THAT: Final = re.compile(r"\s*,\s*([^\W\d_]+)")


def _object_after(sentence: str, words: TenseWords, stop: int) -> bool:
    """Whether the mention (or the verb) ending at `stop` is followed by the verb's object: a
    word that is no preposition, with no punctuation between ("блокира в четвъртък входа",
    "През октомври компанията ликвидира два клона"), past the language's `adverbs` ("ваксинира
    в събота само деца"; not "функционира в събота само до обяд"), and past a place named
    after a preposition ("екстрадира в Германия заподозрения"; not "гостува в Пловдив на")."""
    clause = _THAT.match(sentence, stop)
    if clause is not None and clause.group(1).lower() in words.complementizers:
        return True  # "анонсира, че ще съкрати": what was said is the verb's object
    found = _NEXT.match(sentence, stop)
    while found is not None and found.group(1).lower() in words.adverbs:
        found = _NEXT.match(sentence, found.end())
    if found is None:
        return False
    word = found.group(1).lower()
    if word in words.prepositions:
        named = _NEXT.match(sentence, found.end())
        if named is None or not named.group(1)[0].isupper():
            return False
        while named is not None and named.group(1)[0].isupper():
            named = _NEXT.match(sentence, named.end())
        if named is None:
            return False
        word = named.group(1).lower()
    return word not in words.prepositions and not _closed(words).fullmatch(word)


def _verb_after(
    sentence: str, words: TenseWords, start: int, at: int, stop: int, finish: int
) -> Direction | None:
    """The tense of the verb after a mention that opens its clause ("В петък министърът
    отмени заповедта", "Luni, Guvernul prezintă bugetul"), read from its form as
    `_verb_before` reads the one before: the first of the next four words that is one of
    the `before_past` or `before_present` forms, passing the subject's name, clitics and
    words after a preposition (names, prepositions and clitics not counted among the four).
    Only when the clause holds no other marker, and before the mention at most two words
    that are no verb form, its subject ("Наводнението от юни остави
    хиляди без покрив": the date names the flood, the verb after it tells its tense)."""
    closed = _closed(words)
    before = [t for t in _TOKEN.finditer(sentence, start, at) if not closed.fullmatch(t.group())]
    nonfinite = words.nonfinite
    since = words.since_present
    own_since = False
    if (
        before
        and since is not None
        and since.fullmatch(sentence, before[-1].start(), at)
        and all(nonfinite is not None and nonfinite.fullmatch(t.group()) for t in before[:-1])
    ):
        # the mention's own preposition opening its clause, left out of the mention ("Od 1
        # marca rząd obniży podatki", "Począwszy od 1 grudnia"), is no word of a subject; one
        # after a noun ("Według sondażu z 5 października", "Предложението за петъчна
        # почивка") ties the date to that noun
        own_since = True
        before.pop()
    if nonfinite is not None and any(nonfinite.fullmatch(t.group()) for t in before):
        # a clause of a gerund borrowed by the one after it ("Wracając z Azji w sobotę,
        # delegacja zatrzyma się"): the gerund, its names and the words after a preposition
        # are no subject before the verb
        before = [
            t
            for t in before
            if not nonfinite.fullmatch(t.group())
            and not t.group()[0].isupper()
            and t.group().lower() not in words.prepositions
            and not _after_preposition(sentence, t.start(), words)
        ]
    if len(before) > 2 or any(_no_subject(sentence, words, t, stop) for t in before):
        return None
    read = 0
    for m in _TOKEN.finditer(sentence, stop, min(finish, stop + 120)):
        word = m.group()
        lower = word.lower()
        if closed.fullmatch(lower):
            return None
        # names, prepositions and clitics are not counted: a subject with its place
        # ("летището в Горна Баня", "a junta de freguesia de Arroios") may put its verb
        # past four words
        named = word[0].isupper() or lower in words.prepositions or lower in words.clitics
        if not named:
            read += 1
            if read > 4:
                break
        if (
            word[0].isdigit()
            or lower in words.clitics
            or lower in words.prepositions
            or word[0].isupper()
            or _after_preposition(sentence, m.start(), words)
            or _counted(sentence, m.start(), words, stop)
            or _describing(sentence, m, words)
        ):
            continue
        form = _form_direction(sentence, words, m.start(), m.end(), m.end(), False)
        if form is not None:
            if (
                form == "future"
                and own_since
                and not (
                    _acts_on(sentence, words, m.end())
                    and words.perfective is not None
                    and words.perfective.match(lower)
                )
            ):
                # "Od 1 stycznia płaca minimalna wynosi 4806 zł", "Od 1 stycznia pracodawcy
                # płacą wyższe składki": a present with no object after its fronted "from" (an
                # amount, nothing), or of no perfective shape, is a state since then, no act
                return None
            return form
    return None


def _acts_on(sentence: str, words: TenseWords, end: int) -> bool:
    """Whether the verb ending at `end` has an object right after it or past one prepositional
    phrase, a word that is no number (`_object_after`: "obniży podatki", "wyłączy z użytku
    basen", not "wynosi 4806 zł")."""
    found = _NEXT.match(sentence, end)
    if found is not None and found.group(1).lower() in words.prepositions:
        # past one prepositional phrase ("wyłączy z użytku basen")
        named = _NEXT.match(sentence, found.end())
        found = None if named is None else _NEXT.match(sentence, named.end())
        end = -1 if named is None else named.end()
    return (
        found is not None
        and not found.group(1)[0].isdigit()
        and _object_after(sentence, words, end)
    )


def _describing(sentence: str, m: re.Match[str], words: TenseWords) -> bool:
    """Whether the word `m`, after the mention, is a bare participle after a word that is no
    auxiliary: it describes a noun ("a 28 de julho para os alunos transferidos"), it is no
    verb of the mention's clause."""
    if words.participle is None or not words.participle.fullmatch(m.group()):
        return False
    before = sentence[max(0, m.start() - 16) : m.start()].split()
    return bool(before) and before[-1].lower() not in words.auxiliaries


def _no_subject(sentence: str, words: TenseWords, t: re.Match[str], stop: int) -> bool:
    """Whether the word `t` before a mention is no part of a subject: a preposition, a word
    after one ("Od 1 stycznia", "Według sondażu z 5 października"), a verb form."""
    return (
        t.group().lower() in words.prepositions
        or _after_preposition(sentence, t.start(), words)
        or _form_direction(sentence, words, t.start(), t.end(), stop, False) is not None
    )


_CLOSED: Final[dict[tuple[str, str], re.Pattern[str]]] = {}


def _closed(words: TenseWords) -> re.Pattern[str]:
    """The language's conjunctions and clause openers: the walk back stops at one."""
    key = (words.conjunctions, words.openers)
    found = _CLOSED.get(key)
    if found is None:
        alternatives = "|".join(a for a in key if a)
        found = _CLOSED[key] = re.compile(alternatives or "(?!)", re.IGNORECASE)
    return found


def _form(pattern: re.Pattern[str] | None, sentence: str, start: int, end: int) -> bool:
    """Whether the word at `start`..`end` is wholly one of the forms of `pattern`."""
    if pattern is None:
        return False
    found = pattern.match(sentence, start)  # not cut at `end`: a rule may look past it
    return found is not None and found.end() == end


def _reflexive_opening(sentence: str, words: TenseWords, m: re.Match[str]) -> bool:
    """Whether the capitalised word `m` opens the sentence with a clitic right after it
    ("Предвижда се на 20 май ...", "Zamyka się most w piątek"): a verb, no subject's name."""
    if sentence[: m.start()].strip():
        return False
    after = sentence[m.end() : m.end() + 8].split()
    return bool(after) and after[0].lower() in words.clitics


def _subjunctive(sentence: str, words: TenseWords, start: int, at: int) -> bool:
    """Whether a subjunctive particle (`subjunctive`: "żeby", "aby") stands between the
    clause's start and the past-looking form at `at`: the form is the subjunctive's."""
    return words.subjunctive is not None and bool(words.subjunctive.search(sentence, start, at))


def _after_article(before: list[str], words: TenseWords) -> bool:
    """Whether the words `before` a participle-like form end on a preposition or article,
    or on one and an adjective ("a última rodada", "a grande largada"): the form is a noun."""
    if not before:
        return False
    last = before[-1].lower()
    if last in words.prepositions:
        return True
    return (
        len(before) >= 2
        and before[-2].lower() in words.prepositions
        and last not in words.auxiliaries
        and last.isalpha()
        # a capitalised word ends a name ("Muzeul Național de Artă vernisă în noiembrie",
        # "Opera Națională de București susținuse"), no adjective: the form is the verb
        and not before[-1][0].isupper()
        and not (words.past is not None and words.past.fullmatch(last))
        and not words.future.fullmatch(last)
    )


def _acts_on_date(
    sentence: str, words: TenseWords, m: re.Match[str], start: int, at: int, before: list[str]
) -> bool:
    """Whether the participle `m` after an article and a noun stands right before the mention
    at `at` in a form the language's `before_past` reads as a verb ("o contentor confiscado
    na quarta-feira", "a lei aprovada na sexta-feira"): it is the act of that day, a reduced
    relative clause, not a noun after an adjective ("a última jornada no domingo", which
    `before_past` leaves out); an article right before it still makes it a noun, and a comma
    between sets the date off as the clause's ("sendo o arcebispo sepultado, na sexta-feira"),
    and a future before it in the clause makes it its object's adjective ("O IPMA prevê céu
    encoberto e mar agitado no sábado")."""
    return (
        bool(before)
        and not words.future.search(sentence, start, m.start())
        and before[-1].lower() not in words.prepositions
        and sentence[m.end() : at].isspace()
        and _form(words.before_past, sentence, m.start(), m.end())
    )


def _after_preposition(sentence: str, at: int, words: TenseWords) -> bool:
    """Whether the word at `at` follows a preposition: then it is a noun, not a verb."""
    before = sentence[max(0, at - 12) : at].split()
    return bool(before) and before[-1].lower() in words.prepositions


def _nearest(
    found: Iterable[re.Match[str]],
    sentence: str,
    start: int,
    at: int,
    stop: int,
    lang: str = "",
    *,
    bare: bool = True,
    any_: bool = False,
    and_lang: str | None = None,
    adjacent: bool = False,
) -> int | None:
    """The distance in characters from the mention at `at`..`stop` to the nearest of the
    markers `found` (0 for a future marker that runs into it: "marcada para 18 de março"),
    or None when there is none (with `any_`, the first one found: when there is no future
    marker to weigh it against, only whether there is one matters). A past marker that is
    part of a future form ("va avea loc", "serão divulgados") was left out by the caller.

    A bare participle (no auxiliary before it) describes a noun ("pachetul fiscal adoptat
    de Senat", "uma vizită", "o processo iniciado em 2020"): after the mention it is no
    marker, and before it, it does not outweigh a finite future (`bare=False`), unless it
    stands right before the mention as the act of that day (`_acts_on_date`: "o avançado
    inscrito em janeiro falhará o dérbi"), or runs into the mention and the clause's only
    future is a present after it (`adjacent`: "Sistemul amplasat în martie funcționează
    deja", the day of what was done). A headline
    (no final stop) has no verb but its participles ("Alegeri comasate pe 9 iunie"): they
    are no tense either, and the nearer reading decides.
    """
    best: int | None = None
    words = _words(lang) if lang else None
    participle = words.participle if words else None
    lead = _adverbs_before(
        sentence, _words(lang or and_lang or "") if lang or and_lang else None, start, at
    )
    for m in found:
        if participle is not None and participle.fullmatch(m.group()):
            if _shared_participle(sentence, m, lang):
                continue  # "votată și promulgată": the first participle speaks for both
            before = sentence[max(start, m.start() - 30) : m.start()].split()
            last = before[-1].lower() if before else ""
            acts = words is not None and _acts_on_date(sentence, words, m, start, at, before)
            # running into the date before a present (`adjacent`), only an article right
            # before makes it a noun: the word before may be the noun it follows ("Sistemul
            # de irigații amplasat în martie funcționează")
            into = adjacent and m.end() <= at and not sentence[m.end() : at].strip()
            if (
                (not bare or m.start() >= stop)
                and not into
                and not acts
                and not _set_off(sentence, m, start, at)
                and last not in (words.auxiliaries if words else ())
            ) or (
                words is not None
                and _after_article(before[-1:] if into else before, words)
                and not acts
            ):
                continue  # "uma descida dos preços", "a última rodada": after an article, a noun
        if m.end() <= at:
            near = lead if m.end() <= lead else at
            distance = (
                near
                - m.end()
                + _beyond(sentence, m.end(), near, lang if and_lang is None else and_lang)
            )
        elif m.start() >= stop:
            distance = (
                m.start()
                - stop
                + 1
                + _beyond(sentence, stop, m.start(), lang if and_lang is None else and_lang)
            )
        elif lang:
            continue  # a past marker inside the mention is the mention's own word
        else:
            distance = 0
        if any_:
            return distance
        if best is None or distance < best:
            best = distance
    return best


def _set_off(sentence: str, m: re.Match[str], start: int, at: int) -> bool:
    """Whether the participle `m` opens its clause right after a comma and comes before the
    mention at `at` ("Ministrul, descusut joi la DNA", "Trei tineri, umflați de mascați
    miercuri"): a reduced relative clause set off after its noun, what was done to it that
    day, a past even in a headline, whose bare participles are otherwise no tense."""
    return (
        m.end() <= at
        and not sentence[start : m.start()].strip()
        and sentence[: m.start()].rstrip().endswith(",")
    )


_WORD_BEFORE: Final = re.compile(r"(?<!\w)([^\W\d_][\w'-]*)[ \t]+\Z")


def _adverbs_before(sentence: str, words: TenseWords | None, start: int, at: int) -> int:
    """Where the language's `adverbs` right before the mention at `at` begin ("au apucat abia
    duminică să coboare": only on Sunday): they belong to the date, so a verb before them is
    as near it as if they were not there."""
    if words is None or not words.adverbs:
        return at
    lead = at
    while True:
        found = _WORD_BEFORE.search(sentence, max(start, lead - 30), lead)
        if found is None or found.group(1).lower() not in words.adverbs:
            return lead
        lead = found.start(1)


_OWN_DATE: Final = re.compile(r"\s*\d")
"""A number right after a future marker: the date it sets, not the one before it."""


def _sets_own_date(sentence: str, words: TenseWords, marker: re.Match[str]) -> bool:
    """Whether a future marker ends on a preposition with a number after it ("amânat
    pentru 3 martie", "adiado para 12 de maio"): the date it sets."""
    last = marker.group().split()[-1].lower() if marker.group().split() else ""
    return last in words.prepositions and bool(_OWN_DATE.match(sentence, marker.end()))


_ANDS: Final[dict[str, re.Pattern[str]]] = {}
_FAR: Final = 1000
"""The distance of a marker in another conjunct: farther than any in the mention's own."""


def conjunctions(lang: str) -> re.Pattern[str]:
    """The language's coordinating conjunctions (`TenseWords.conjunctions`) as whole words,
    any case; a pattern that never matches for a language without tense data."""
    found = _ANDS.get(lang)
    if found is None:
        words = _words(lang)
        conjunctions = words.conjunctions if words else ""
        found = _ANDS[lang] = (
            re.compile(rf"(?<!\w)(?:{conjunctions})(?!\w)", re.IGNORECASE)
            if conjunctions
            else _NEVER
        )
    return found


def _beyond(sentence: str, start: int, end: int, lang: str = "") -> int:
    """A marker past a coordinating "and" between it and the mention belongs to the other
    conjunct ("Fechámos o acordo em março e vamos assiná-lo em julho"): it counts as far.
    An "and" between two participles joins them under one auxiliary ("a fost votată și
    promulgată pe 9 februarie"): it parts no conjuncts."""
    for found in conjunctions(lang).finditer(sentence, start, end):
        if not _joins_participles(sentence, found, lang):
            return _FAR
    return 0


def _joins_participles(sentence: str, conjunction: re.Match[str], lang: str) -> bool:
    """Whether the conjunction stands between two participles ("va fi dezbătut și adoptat",
    "va fi repusă pe rol și rejudecată"; the first may have a short complement): the second
    shares the first one's auxiliary."""
    words = _words(lang)
    participle = words.participle if words else None
    if participle is None:
        return False
    before = sentence[max(0, conjunction.start() - 30) : conjunction.start()].split()
    after = sentence[conjunction.end() : conjunction.end() + 30].split()
    return bool(
        after
        and participle.fullmatch(after[0].strip(",;"))
        and any(participle.fullmatch(word.strip(",;")) for word in before[-3:])
    )


def _shared_participle(sentence: str, m: re.Match[str], lang: str) -> bool:
    """Whether the participle `m` follows another one and an "and": it is that one's
    conjunct, and the first participle (with its auxiliary) gives the pair's tense."""
    for found in conjunctions(lang).finditer(sentence, max(0, m.start() - 6), m.start()):
        if not sentence[found.end() : m.start()].strip() and _joins_participles(
            sentence, found, lang
        ):
            return True
    return False


_LOWER_WORDS: Final[dict[str, re.Pattern[str]]] = {}


def _lower_word(lang: str) -> re.Pattern[str]:
    """A lower-case word after the date, but not one after a preposition ("z Maltą na
    wyjeździe"): a verb is never a preposition's object."""
    found = _LOWER_WORDS.get(lang)
    if found is None:
        words = _words(lang)
        prepositions = sorted(words.prepositions if words else (), key=len)
        after = "".join(rf"(?<!\W{re.escape(p)}\s)" for p in prepositions)
        found = _LOWER_WORDS[lang] = re.compile(
            rf"(?<!\w){after}{tensedata.LOWER}\w{{2,}}", re.IGNORECASE
        )
    return found


def _elliptic(sentence: str, lang: str, at: int, stop: int, start: int) -> Direction | None:
    """A clause with no marker at all in a language read past by default ("a druga tura 21
    kwietnia" after "odbędą się 7 kwietnia"): it shares the verb of the clause before it, so
    the marker nearest before it in the sentence decides."""
    words = _words(lang)
    if start == 0 or words is None or not conjunctions(lang).match(sentence, start + 1):
        return None  # no marker to go on: the nearer reading will be taken
    _, finish = clause_span(sentence, at, stop, lang)
    if _lower_word(lang).search(sentence, stop, finish):
        # "a w niedzielę skacze w Innsbrucku", "а в неделя посреща ЦСКА": a word after the
        # date is the clause's own verb (elided, the verb leaves the date last: "a druga
        # tura 21 kwietnia"); its present says nothing of the direction
        return None
    before = sentence[:start]
    futures = list(words.future.finditer(before))
    future = [m.end() for m in futures]
    past_pattern = words.past
    past = [
        m.end()
        for m in (past_pattern.finditer(before) if past_pattern is not None else ())
        # a participle of a future passive ("será levada a cabo") is the future's
        if not any(f.start() <= m.start() <= f.end() + 1 for f in futures)
    ]
    if future and (not past or future[-1] >= past[-1]):
        return "future"
    return "past" if past else None


def day_part_before(sentence: str, lang: str, at: int) -> bool:
    """Whether the word right before `at` is a part of the day or the word "date"
    (`TenseWords.day_part`: "on the date of 5 August", "on the evening of Friday"): what a
    date after it names is that day, no thing of its own."""
    words = _words(_typed(sentence, lang))
    if words is None or words.day_part is None:
        return False
    found = _LAST_WORD.search(sentence, 0, at)
    return found is not None and words.day_part.fullmatch(found.group().lower()) is not None


_LAST_WORD: Final = re.compile(r"[^\W\d_]+(?=[^\w]*\Z)")


def verb_just_before(sentence: str, lang: str, at: int, *, bare: bool = True) -> bool:
    """Whether a verb stands right before position `at`, its clitic aside ("Proces ruszy
    12.05", "Sejm zbierze się 14.05"), or an auxiliary with its participle ("została
    podpisana 03.04", "беше подписан 03.04"): a verb form (`before_past`, `before_present`,
    `before_either`) or a past or future marker, in the last word or the one before it.
    What else stands before a bare number ("punkt 12.05", "o 12.05", "às 12.05") is a noun
    or a preposition. `bare=False` reads only the past and future markers, not the forms
    that tell a verb before a bare number, which a noun may share ("da sentença", "na
    greve" before "de 7 de novembro")."""
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    words = _words(lang)
    if words is None:
        return False
    tokens = list(_TOKEN.finditer(sentence, max(0, at - 60), at))
    if not tokens or sentence[tokens[-1].end() : at].strip():
        return False
    while tokens and tokens[-1].group().lower() in words.clitics:
        tokens.pop()
    if not tokens:
        return False
    last = tokens[-1].group().lower()
    if last[0].isdigit() or last in words.prepositions:
        return False
    for m in tokens[-2:]:
        if m.group()[0].isdigit() or m.group().lower() in words.prepositions:
            continue
        a, b = m.start(), m.end()
        if (
            (bare and _form_direction(sentence, words, a, b, at, False) is not None)
            or _form(words.past, sentence, a, b)
            or _form(words.future, sentence, a, b)
        ):
            return True
    return False


def lasted_until(sentence: str, lang: str, at: int, end: int) -> bool:
    """Whether the verb of a past clause stands right before a mention (`end` its end) that
    opens on "until" (at `at`) and closes its clause: "Strajk trwał do maja", "A greve durou
    até maio", "Protestele au durat până în mai" tell how long a state lasted, its end as
    past as the verb. A passive or impersonal past there ("Termin przedłużono do 15
    kwietnia", "O prazo foi prorrogado até 20 de abril": `TenseWords.passive`), an object
    between the verb and "until" ("prorrogou o prazo até") or after the date ("przedłużył do
    15 kwietnia termin") is an act that set a deadline, which may lie ahead: not this."""
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    words = _words(lang)
    if words is None or words.past is None:
        return False
    after = _TOKEN.search(sentence, end)
    if after is not None and not sentence[end : after.start()].strip():
        following = after.group().lower()
        if following not in words.prepositions and not (
            words.conjunctions and re.fullmatch(words.conjunctions, following, re.IGNORECASE)
        ):
            return False
    tokens = list(_TOKEN.finditer(sentence, max(0, at - 80), at))
    if not tokens or sentence[tokens[-1].end() : at].strip():
        return False
    if len(tokens) > 1 and tokens[-1].group().lower() in words.clitics:
        tokens.pop()  # "ciągnęła się do października"
    last = tokens[-1]
    if last.group()[0].isdigit() or last.group().lower() in words.prepositions:
        return False
    first = tokens[-2].start() if len(tokens) > 1 else last.start()
    ends = {last.end(), *(last.start() + i for i, c in enumerate(last.group()) if c == "-")}
    if not any(m.end() in ends for m in words.past.finditer(sentence, first, last.end())):
        return False  # (a clitic after a hyphen aside: "prolongou-se até outubro")
    if _after_preposition(sentence, last.start(), words):
        return False
    passive = words.passive
    return passive is None or not any(
        m.end() == last.end() for m in passive.finditer(sentence, first, last.end())
    )


def amount_before(sentence: str, lang: str, at: int) -> bool:
    """Whether an amount stands in the few words right before position `at` ("vai jogar
    três jogos em cinco dias", "vai investir 10 milhões de euros em três anos"): what a span
    then measures is an amount done within it, not a day that far ahead."""
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    words = _words(lang)
    if words is None:
        return False
    tokens = list(_TOKEN.finditer(sentence, max(0, at - 40), at))[-4:]
    return any(t.group()[0].isdigit() or t.group().lower() in words.numerals for t in tokens)


def _marked_span(sentence: str, lang: str, at: int, end: int) -> tuple[int, int]:
    """The clause of the mention at `at`..`end`, up to its strong bounds when it is only the
    mention ("Hoje, o ministro ...")."""
    start, finish = clause_span(sentence, at, end, lang)
    if not _WORD.search(sentence[start:at] + " " + sentence[end:finish]):
        start, finish = clause_span(sentence, at, end, lang, weak=False)
    return start, finish


def past_marked(sentence: str, lang: str, at: int, end: int) -> bool:
    """Whether the clause of the mention at `at`..`end` holds a past marker, a happening of
    its own ("Dziś zarząd ogłosił", "Hoje, o ministro anunciou", "Днес министърът обяви"),
    not a present ("a dziś pracuje tam 300", "hoje emprega 300"), which news uses for a
    state of the time it speaks in. The future markers are left out: in ro, bg and pt they
    hold the presents of a schedule ("se închid"), the same forms as a state's."""
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    words = _words(lang)
    if words is None or words.past is None:
        return False
    start, finish = _marked_span(sentence, lang, at, end)
    return any(
        not _after_preposition(sentence, m.start(), words)
        for m in words.past.finditer(sentence, start, finish)
    )


def future_marked(sentence: str, lang: str, at: int, end: int) -> bool:
    """Whether the clause of the mention at `at`..`end` holds a future marker ("A exposição
    estará aberta de sexta a domingo", "Muzeul va fi deschis de vineri până duminică"): what
    is open on those days is said once, for the coming ones, not as a weekly habit. The
    present forms the future markers hold for a schedule ("abre", "se deschide") are no
    future here: a habit is said in the same present."""
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    words = _words(lang)
    if words is None:
        return False
    start, finish = _marked_span(sentence, lang, at, end)
    return any(
        not _form(words.present, sentence, m.start(), m.end())
        and not _form(words.before_present, sentence, m.start(), m.end())
        for m in words.future.finditer(sentence, start, finish)
    )


def explicit_future(sentence: str, lang: str, at: int, end: int, *, weak: bool = True) -> bool:
    """Whether the clause of the mention at `at`..`end` holds an explicit future marker: an
    auxiliary, a synthetic, periphrastic or perfective future ("va începe", "vai abrir",
    "ще започне", "odbędzie się"), not a present of a schedule ("începe", "abre", "rusza"),
    which a habit or a yearly rule says in the same form (`TenseWords.explicit_future`: the
    `future` rules the language's data does not flag `schedule`). Unlike `future_marked` it
    counts a perfective present that the verb forms also read as a present ("odbędzie się"):
    its form says it is to come. `weak=False`: up to the clause's strong bounds, commas
    aside."""
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    words = _words(lang)
    if words is None:
        return False
    pattern = words.explicit_future if words.explicit_future is not None else words.future
    if weak:
        start, finish = _marked_span(sentence, lang, at, end)
    else:
        start, finish = clause_span(sentence, at, end, lang, weak=False)
    return pattern.search(sentence, start, finish) is not None


def explicit(sentence: str, lang: str, at: int, end: int) -> bool:
    """Whether the mention at `at`..`end` is told with an explicit marker: a future one
    (`explicit_future`) up to its clause's strong bounds, commas aside ("3 maja to Święto
    Konstytucji, a urzędy będą zamknięte": what follows from the day is this year's), or a
    past one in its clause (`past_marked`). What is said in a present with neither ("Ziua
    orașului se sărbătorește pe 15 august", "sezon rusza 1 maja") may be a rule that holds
    every year, which a marker rules out."""
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    return explicit_future(sentence, lang, at, end, weak=False) or past_marked(
        sentence, lang, at, end
    )


def clause(
    sentence: str, at: int, end: int | None = None, lang: str = "", *, weak: bool = True
) -> str:
    """The stretch of the sentence around a mention, between commas, dashes, quotes and
    (in `lang`) the words that open a clause; with `weak=False` commas do not bound it.

    Bounds inside the mention itself ("na semana que vem") are not bounds.
    """
    lang = _typed(sentence, lang)
    start, finish = clause_span(sentence, at, at if end is None else end, lang, weak=weak)
    return sentence[start:finish]


_NEXT_WORD: Final = re.compile(r"\s+([^\W\d_])")


def _capital_next(sentence: str, at: int) -> bool:
    """Whether the word after position `at` is capitalised: a name goes on."""
    found = _NEXT_WORD.match(sentence, at)
    return found is not None and found.group(1).isupper()


_QUOTED_NAME: Final = re.compile(
    r"(?<=[^\W\d_]\s)[„“\"«]((?:[^„“”\"«»,.;:!?()]|(?<=[^\W\d_])(?<![^\W\d_]{4})\.(?=\s)){1,40}?)"
    r"[“”\"»]"
)
"""A short quoted name after a word ("the hall „Arena“", "the club „Black Sea“"),
capitalised, of three words at most: its quote marks bound no clause, as a quote's do. A
word of up to three letters with its dot inside it is an abbreviation, a title ("the
church „St. Paraskeva“"), no full stop, and is not counted among its words."""


_OPENING_QUOTE: Final = re.compile(r"[„“\"«]")
_NAME_GAP: Final = re.compile(r",?\s*(?:[^\W\d_]+\s+){0,6}")
"""What may stand between a quoted name and the mention after it, the name's quote marks
bounding no clause: a few words of the verb phrase ("with new asphalt in the autumn"), or
the comma that sets the date off after the name ("w audycji „Czas Reakcji”, w czwartek")."""
_NAME_GAP_AFTER: Final = re.compile(r",?\s*(?:[^\W\d_]+\s+){0,4}")
"""What may stand between a mention and a quoted name after it, the name's quote marks
bounding no clause: the comma after a fronted date and a few words of the subject the name
belongs to ("On Saturday, the association „Pro Vita” of Bacau handed out")."""


def _quoted_spans(sentence: str, at: int = -1) -> list[tuple[int, int]]:
    """Where the short names of `_QUOTED_NAME` stand, quote marks included, but a name that
    holds the position `at` (a mention inside a name is read there)."""
    if _OPENING_QUOTE.search(sentence) is None:
        return []  # most sentences quote nothing: no look-behind tried at every character
    return [
        (m.start(), m.end())
        for m in _QUOTED_NAME.finditer(sentence)
        if m.group(1).lstrip()[:1].isupper()  # a name typed with spaces inside its marks
        and len([w for w in m.group(1).split() if not w.endswith(".")]) <= 3
        and not m.start() <= at < m.end()
    ]


def _quoted_names(sentence: str, at: int = -1) -> frozenset[int]:
    """The positions of the quote marks around the short names of `_QUOTED_NAME`."""
    return frozenset(p for a, b in _quoted_spans(sentence, at) for p in (a, b - 1))


def _in_name(spans: list[tuple[int, int]], at: int) -> bool:
    """Whether the position `at` lies inside one of the quoted names `spans`: a party's or a
    film's name may be a verb phrase, which tells no tense of the clause around it."""
    return any(a < at < b for a, b in spans)


def clause_span(
    sentence: str, at: int, stop: int, lang: str, *, weak: bool = True
) -> tuple[int, int]:
    """Where `clause` starts and ends in the sentence, for a mention at `at`..`stop`."""
    lang = _typed(sentence, lang)
    key = (lang, weak)
    breaks = _BREAKS.get(key)
    if breaks is None:
        breaks = _BREAKS[key] = _breaks(lang, weak)
    start, finish = 0, len(sentence)
    # the quote marks of a short name before the mention ("the hall „Arena“ on Saturday",
    # "will pave the boulevard „Graf Ignatiev“ with new asphalt in the autumn", "sang
    # „Christ is risen“ before the churches at Easter") bound no clause: the verb before the
    # name is the mention's, and the name's own words are no verb (`_in_name`); not across
    # a full stop, nor over more than a few words (a sentence the splitter joined)
    # the same after the mention, in the subject between a fronted date and its verb ("În
    # iulie, ansamblul „Iza” din Maramureș va încânta", "W sobotę stowarzyszenie „Dobre
    # Serce” rozdało"): the verb past the name is the mention's
    names = {
        p
        for a, b in _quoted_spans(sentence, at)
        if (b <= at and _NAME_GAP.fullmatch(sentence, b, at))
        or (a >= stop and _NAME_GAP_AFTER.fullmatch(sentence, stop, a))
        for p in (a, b - 1)
    }
    for m in breaks.finditer(sentence):
        if m.start() in names:
            continue
        if m.end() <= at:
            start = m.end()
        elif m.start() >= stop and m.start() > at:
            finish = m.start()
            break
    return start, finish


def planned(sentence: str, lang: str, at: int, end: int | None = None) -> int | None:
    """Where a plan told in the past (`TenseWords.plan_past`: "estava previsto para", "беше
    насрочено за") starts, when one stands before position `at` in the sentence, or right
    after the mention ending at `end` ("w piątek miała przesłuchać"): the date there is the
    day the plan was for, or the day it was moved to. None when there is none."""
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    words = _words(lang)
    if words is None or words.plan_past is None:
        return None
    for m in words.plan_past.finditer(sentence):
        if m.start() < at or (end is not None and _GAP.fullmatch(sentence, end, m.start())):
            return m.start()
    return None


_STRONG_BOUND: Final = re.compile(_STRONG)


def thwarted(sentence: str, lang: str, at: int, end: int) -> tuple[int, int] | None:
    """Whether the mention at `at`..`end` is the day of a plan told in the past (`plan_then`:
    "щеше да", "ia assinar"; `plan_past`: "miał się odbyć") that a "but" clause after it
    (`undone`) tells came to nothing, in the past ("O ministro ia subscrever o acordo na
    sexta-feira, mas a cerimónia foi desmarcada", "Премиерът щял да подпечата в петък
    меморандума, но визитата била осуетена"): the day came and went, a past. The first
    clause must hold a past marker and no explicit future ("..., но ще опита отново" leaves
    the plan as it was); a present there may be a noun ("mas a visita foi protelada").

    The span of the "but" clause is returned (else None): one that holds a date of its own
    tells where the plan was moved ("mas o líder decidiu antecipá-la para terça-feira"),
    which the caller reads as a plan moved, not dropped."""
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    words = _words(lang)
    if words is None or words.undone is None:
        return None
    but = words.undone.search(sentence, end)
    if but is None:
        return None
    if not any(
        p is not None and p.search(sentence, 0, but.start())
        for p in (words.plan_then, words.plan_past)
    ):
        return None
    bound = _STRONG_BOUND.search(sentence, but.end())
    stop = bound.start() if bound else len(sentence)
    ahead = words.explicit_future or words.future
    if ahead.search(sentence, but.end(), stop):
        return None
    found = _markers(sentence, words, but.end(), stop, stop, stop)
    return (but.end(), stop) if any(d == "past" for *_, d in found) else None


def direction_of(expression: str | None, sentence: str, lang: str) -> Direction | None:
    """The direction of an expression where it first occurs in its sentence (a source's quote):
    the same reading extraction gave it, so that `check` re-resolves it the same way."""
    lang = _typed(sentence, lang)
    at = sentence.find(expression) if expression else -1
    if at < 0:
        return direction(sentence, lang)
    return direction(sentence, lang, at, at + len(expression or ""))


_GOVERNING: Final = re.compile(r"[(:](?<!\d:(?=\d))")
"""Where a part with no verb of its own opens on the clause that governs it: a parenthesis,
or a colon (not one between digits: a score, a time)."""


def governed(sentence: str, lang: str, at: int, stop: int) -> tuple[Direction | None, int] | None:
    """(tense, where its part opens) of the clause that governs a verbless part holding the
    mention at `at`..`stop`: a parenthesis or a list after a colon ("As candidaturas fecham
    em março: primeiro para os sócios (a 10 de março), depois para o público (a 24 de
    março)"), whose items have no verb and share the one before the colon. None when the
    mention's part holds a marker of its own (after the mention in its clause, or between
    the mention and the colon or the opening bracket), when no marker stands before either,
    or when the marker ends right at the colon: a verb of saying ("anunciou:") opens what is
    said, which keeps its own time. The position returned is the colon's or the bracket's:
    the caller takes the tense only for a part that details a date said before it ("em
    março"), not for one that lists the dates a past verb moved or set. With no marker
    before the part (a present the verb forms do not hold: "Os votos contam-se em maio:
    ..."), the tense is None and the position the farthest opening the verbless part
    reaches back to: the caller may take the tense of the date it details.

    Bounds are passed back to front: a bracket closed before the mention is no part of it,
    and a bracket or colon whose clause holds no marker leads on to the one before it."""
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    words = _words(lang)
    if words is None:
        return None
    first, finish = clause_span(sentence, at, stop, lang)
    if _markers(sentence, words, stop, finish, first, at):
        return None
    opening = None
    for bound in reversed(list(_GOVERNING.finditer(sentence, 0, at))):
        g = bound.start()
        if bound.group() == "(" and ")" in sentence[g:at]:
            continue  # a parenthesis closed before the mention: an aside of its own
        if _markers(sentence, words, bound.end(), at, first, at):
            return None
        opening = g
        before = _markers(sentence, words, 0, g, first, at)
        if not before:
            continue
        last_end, last = before[-1][1:]
        if bound.group() == ":" and not sentence[last_end:g].strip():
            return None
        return last, g
    return None if opening is None else (None, opening)


def told(sentence: str, lang: str) -> Direction | None:
    """The direction a whole sentence tells, read as a mention opening it would be, when no
    marker in it looks the other way and, for a past, a past form of its own says so (a
    headline's lede: "Anchetatorii au ridicat documente", "Prezydent omówi plan"); None when
    it tells nothing, or both ways ("Израел обеща ответ": a promise, past and ahead)."""
    lang = _typed(sentence, lang)
    words = _words(lang)
    if words is None:
        return None
    found = direction(sentence, lang, 0, 0)
    other: re.Pattern[str] | None
    if found == "past":
        # a past with a form of its own, not one read for want of any ("O vencedor escavara
        # as galerias": typed plain, the future escavará and the mais-que-perfeito are one)
        if words.past is None or words.past.search(sentence) is None:
            return None
        other = words.explicit_future if words.explicit_future is not None else words.future
    elif found == "future":
        other = words.past
    else:
        return None
    return found if other is None or other.search(sentence) is None else None


def marked_between(sentence: str, lang: str, a: int, b: int) -> bool:
    """Whether a past or future marker stands between `a` and `b` (a bare participle is
    none): a verb between two dates parts them ("Em maio as vendas caíram, e o INE publica
    os dados no dia 14")."""
    sentence = _as_read(sentence)
    lang = _typed(sentence, lang)
    words = _words(lang)
    return words is not None and bool(_markers(sentence, words, a, b, b, b))


def _markers(
    sentence: str, words: TenseWords, a: int, b: int, first: int, at: int
) -> list[tuple[int, int, Direction]]:
    """The past and future markers between `a` and `b` as (start, end, direction), in
    order: a past one that is part of a future form, follows a preposition or an article, or
    is a bare participle outside the mention's own clause (`first`..`at`: "primeiro aos
    reformados (a 3 de fevereiro)": a noun's) is none."""
    futures = list(words.future.finditer(sentence, a, b))
    found: list[tuple[int, int, Direction]] = [(f.start(), f.end(), "future") for f in futures]
    participle = words.participle
    for m in words.past.finditer(sentence, a, b) if words.past is not None else ():
        if any(f.start() <= m.start() <= f.end() + 1 for f in futures):
            continue
        if _after_preposition(sentence, m.start(), words):
            continue
        if participle is not None and participle.fullmatch(m.group()):
            before = sentence[max(0, m.start() - 30) : m.start()].split()
            if _after_article(before, words):
                continue
            own = first <= m.start() < at
            if not own and (not before or before[-1].lower() not in words.auxiliaries):
                continue
        found.append((m.start(), m.end(), "past"))
    return sorted(found)
