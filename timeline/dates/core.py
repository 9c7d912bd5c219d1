"""The engine that applies a language's rules; it knows no language itself.

A language (one module under `timeline.dates`, e.g. `pl.py`) is a list of
`Rule`s: a compiled regular expression over normalised text and a function that
turns a match into an `EdtfDate`, given the reference date and the direction in
which underspecified dates are read. The same rules serve two jobs:

- `resolve()` (for `timeline parse`): one expression, which a rule must match
  whole;
- `scan()` (for `timeline extract`): running text, where the longest
  non-overlapping matches are the mentions.

Rules receive a `Context` and return None when the match is not a date after
all (a count that looks like a year, a month that does not have that day).
"""

from __future__ import annotations

import bisect
import calendar
import datetime as dt
import functools
import re
import unicodedata
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any, Final, Literal, NamedTuple

from timeline.dates import leading, prefilter, regexcache
from timeline.dates.prefilter import words_at
from timeline.model import (
    EdtfDate,
    day,
    decade,
    interval,
    month,
    quarter,
    season,
    week,
    year,
)

Direction = Literal["past", "future"]


class Unresolvable(Exception):
    """A relative or underspecified expression and no reference date to read it against."""


class Anchor(NamedTuple):
    """The last date mentioned before an expression in its text, whatever its precision:
    what "three years later", "the same year", "the following year" count from
    (`units_after_anchor`, `anaphoric_year`, `following_period`)."""

    start: dt.date
    end: dt.date
    precision: str
    near: bool
    """In the expression's own sentence."""
    opened: bool = False
    """It opens with a word of "from"/"since" ("desde 2011", "od 2011"): a span's start,
    which "the previous year" is not counted from (`preceding_period`)."""


@dataclass(frozen=True, slots=True)
class Context:
    """What an expression is read against: the reference date and the direction.

    `nearest`: nothing in the text says which way to read (no tense to go on); of the
    past and the future reading, the one nearer the reference is taken. Rules never see
    it set: `apply` resolves both directions and compares.
    """

    ref: dt.date | None
    prefer: Direction = "past"
    nearest: bool = False
    tensed: bool = False
    """The direction is a sentence's tense (`extract`), not the default a bare phrase is read
    in (`parse --prefer`). Read forward, a tensed weekday falling on the reference's own
    weekday is that very day, as shared/docs/dates.md rule 2 says (on or after: "Parlamentul
    va vota vineri" in Friday's paper is that Friday); a bare weekday read forward keeps
    Duckling's reading, the next one (asked for "Tuesday" on a Tuesday, one means next
    week's: today would be "today")."""
    antecedent: dt.date | None = None
    """The day (or the month's first) of the last date at day or month precision mentioned
    before the expression in its text (`extract` knows it, `parse` does not): what "that
    month", "the same month" refer back to (`anaphoric_month`)."""
    antecedent_near: bool = False
    """The antecedent is in the expression's own sentence."""
    antecedent_month: bool = False
    """The antecedent is a month said alone ("em abril"), in the expression's own sentence
    and with no verb between them ("As obras terminam em abril (no dia 14)"): a day of the
    month alone after it is of that month (`day_after_antecedent`)."""
    anchor: Anchor | None = None
    """The last date mentioned before the expression in its text, at any precision (`extract`
    knows it, `parse` does not)."""
    antecedent_day: bool = False
    """The antecedent is written with its day ("6 de julho"), not a month: a later day of the
    month alone in its sentence goes on in its month however far it lies
    (`day_after_antecedent`)."""
    hashed: int = field(init=False, repr=False, compare=False, default=0)
    """The hash of the fields above, computed once: a context is a key of every mention's
    values (`Match.read`), looked up at each reading."""

    def __post_init__(self) -> None:
        fields = (self.ref, self.prefer, self.nearest, self.tensed, self.antecedent)
        rest = (self.antecedent_near, self.antecedent_month, self.anchor, self.antecedent_day)
        object.__setattr__(self, "hashed", hash((*fields, *rest)))

    def __hash__(self) -> int:
        return self.hashed

    @property
    def today(self) -> dt.date:
        """The reference date; raise `Unresolvable` when there is none."""
        if self.ref is None:
            raise Unresolvable("no reference date")
        return self.ref


shared_context: Callable[
    [dt.date | None, Direction, bool, bool, dt.date | None, bool, bool, Anchor | None, bool],
    Context,
] = functools.lru_cache(maxsize=1024)(Context)
"""`Context(ref, prefer, nearest, tensed, antecedent, antecedent_near, antecedent_month,
anchor, antecedent_day)`,
each distinct one
made once (they are few: an article's reference, two directions, a few antecedents) and
asked for at every mention, in each direction."""


Resolver = Callable[[re.Match[str], Context], EdtfDate | None]


@dataclass(frozen=True, slots=True)
class Rule:
    """One pattern of a language and how its matches become dates."""

    name: str
    pattern: re.Pattern[str]
    resolve: Resolver
    needs: frozenset[str] = frozenset()
    """Strings one of which every match contains, where the pattern does not show them well
    enough (`prefilter` reads most patterns itself): lets `scan` skip text without them."""

    def __post_init__(self) -> None:
        """A rule is named by the idea it expresses (`MEANINGS`), the same in every language."""
        if self.name not in MEANINGS:
            raise ValueError(f"rule {self.name!r} names no meaning of core.MEANINGS")


@dataclass(frozen=True, slots=True)
class TenseWords:
    """A language's words that tell which way a clause looks (read by `timeline.tense`).

    Markers may over-match on purpose: a false past marker only leaves the nearer reading,
    a missed one would turn a past event forward.
    """

    future: re.Pattern[str]
    """Auxiliaries, future forms, "scheduled for", "is expected", "enters into force"."""
    explicit_future: re.Pattern[str] | None = None
    """The `future` markers that are no present of a schedule (the rules not flagged
    `schedule`): an auxiliary, a synthetic, periphrastic or perfective future ("va începe",
    "vai abrir", "ще започне", "odbędzie się"), not "începe", "abre", which a habit or a
    yearly rule says in the same form. None: every `future` marker is one."""
    past: re.Pattern[str] | None = None
    """Past forms; they compete with a future marker in the same clause (the nearest wins)."""
    promise: re.Pattern[str] | None = None
    """Which of the `future` markers are verbs of promising ("obiecał pomoc", "prometeu
    apoiar"): they look ahead for the dates of what they promise, after them; a date before
    one is the day the promise was made ("W czwartek prezydent obiecał weto")."""
    warning: re.Pattern[str] | None = None
    """Nouns of a warning or alert ("ostrzeżenia", "предупреждение", "cod galben", "aviso
    amarelo"): no verb, so no tense of their own and never the `future` verb markers, but
    the period a warning is for lies ahead. They read forward the dates after them ("IMGW
    wydał ostrzeżenia ... od soboty do poniedziałku"), weighed by distance like a future
    marker, so that a verb between the noun and the date is the noun's own predicate and
    decides ("Ostrzeżenia obowiązywały od soboty"); a date before one is the day it was
    issued ("IMGW wydał w czwartek ostrzeżenia"), read from the verb."""
    plan_past: re.Pattern[str] | None = None
    """A plan told in the past ("estava previsto para", "era programat pentru", "беше
    насрочено за", "było zaplanowane na", "trebuia să", "miał się odbyć"): it says nothing of
    whether the day it was made for is past or ahead, and news tells of a plan dropped or
    moved near that day. Its date, and the date it was moved to later in the sentence ("mas
    o Governo decidiu antecipar para quinta-feira"), take the nearer reading."""
    plan_then: re.Pattern[str] | None = None
    """A future told from the past, what someone was to do then ("щеше да", "щял да", "ia
    assinar", "urma să"): like `plan_past` it says nothing of whether the day is past or
    ahead, but when a clause after it opens on `undone` and tells in the past what stopped
    it ("..., mas a cerimónia foi desmarcada"), the day came and went (`tense.thwarted`)."""
    undone: re.Pattern[str] | None = None
    """The "but" opening a clause after a comma (", но", ", ale", ", mas", ", însă") that may
    tell how a plan told in the past (`plan_past`, `plan_then`) came to nothing."""
    openers: str = ""
    """Words that open a reported or relative clause ("că", "że", "que", "че")."""
    participle: re.Pattern[str] | None = None
    """A bare participle describes a noun ("pachetul adoptat de Senat"): no tense..."""
    auxiliaries: frozenset[str] = frozenset()
    """...unless one of these stands before it ("a fost adoptat")."""
    since: re.Pattern[str] | None = None
    """A mention opening on "since" looks back, whatever the verb."""
    since_after: re.Pattern[str] | None = None
    """A mention followed by "încoace"/"насам" is a "since" too."""
    dated_from: re.Pattern[str] | None = None
    """A verb of dating or of origin right before a mention, ending where it starts ("os
    factos remontam a", "datează din", "датира от", "pochodzi z"): what a thing dates from
    or comes from lies behind it, whatever the verb's tense looks like."""
    dated_on: re.Pattern[str] | None = None
    """A mention opening on the words that date a paper ("Raport z dnia 14 lutego"): the day
    a document, a decision or a set of data bears lies behind it, whatever the clause's
    tense (matched at the mention's start)."""
    since_present: re.Pattern[str] | None = None
    """"din <month>" with a verb of `state` is "since" ("sunt în vânzare din septembrie")..."""
    state: re.Pattern[str] | None = None
    perfective: re.Pattern[str] | None = None
    """A shape a perfective present has and most imperfective ones lack (Polish: a verbal
    prefix, "obniży", "zapłacą", not "płacą", "robią"): after a fronted "since" (`since_present`,
    "Od 1 marca") a present of that shape with an object acts on a day ahead ("Od 1 marca rząd
    obniży podatki"), another is a state since the day ("Od 1 stycznia pracodawcy płacą wyższe
    składki"), left to the nearer reading. None: no present is read so."""
    of_before: re.Pattern[str] | None = None
    """...but "of" after a noun with its article ("alegerile din 5 noiembrie")."""
    subject: re.Pattern[str] | None = None
    """A noun with its article, a subject's shape ("стадионът", "колоната"): before a
    `first_person` form it makes the form a 3rd person's."""
    onset: re.Pattern[str] | None = None
    """...nor when the clause says that what holds from the date is new ("Nowe przepisy
    obowiązują od poniedziałku", "Normele noi produc efecte din luni"): a state that
    begins there, not one that began long ago (the nearer reading)."""
    narrative: re.Pattern[str] | None = None
    """The minute of a match ("în minutul 12", "в 12-ата минута", "aos 12 minutos", "w 12.
    minucie"): a match report's mark. A present in its clause, with no explicit future, is
    the historic present of the report ("Sepsi punctează duminică în minutul 12"), past."""
    day_part: re.Pattern[str] | None = None
    """A noun of a part of the day or of a span's edge ("madrugada", "tarde", "fim", "data",
    "seara", "нощта"): between two prepositions right before a date set off by commas
    ("durante a madrugada de quarta-feira", "ao fim da tarde de sexta-feira") it is the
    date's head, and the clause is the date's adjunct, with no tense of its own."""
    that_is: re.Pattern[str] | None = None
    """The words of "that is" ("czyli", "adică", "ou seja", "тоест") opening a clause that
    holds only a date ("zaraz po wyborach, czyli we wtorek"): the date restates the time of
    the clause before it, and the clause is no clause of its own."""
    historic: re.Pattern[str] | None = None
    """The label opening a photo caption or a chronology ("Foto:", "Fot.", "Снимка:",
    "Cronologia crizei:", "Kronika afery do tej pory:"): what the sentence after it tells in
    the present has happened, the caption's moment or the chronology's step ("Foto: De
    Paște, credincioșii înfruntă ploaia"), past unless its clause says an explicit future
    ("Foto: Tribuna, care va găzdui finala vineri")."""
    passive: re.Pattern[str] | None = None
    """A passive or impersonal past ending its clause's verb phrase ("przedłużono", "foi
    prorrogado", "a fost prelungit", "е удължен"): an act done to something, whose "until"
    is the deadline it set, not the end of a state the verb tells (`tense.lasted_until`)."""
    subjunctive: re.Pattern[str] | None = None
    """A particle after which a past-looking form in its clause is a subjunctive's, a wish
    or a purpose ("żeby posłowie przyjęli projekt w piątek"), no past."""
    complement_after: re.Pattern[str] | None = None
    """The particle of a complement clause right after the mention, before a future marker
    (ro "să"): the subjunctive after it is the complement's verb, and a past verb before
    the mention is the one the date belongs to ("Ne-am angajat în ianuarie să reducem
    taxele": the day of the pledge), as when a comma parts them."""
    present_is_schedule: bool = False
    """News in this language writes what is scheduled in the present."""
    look_past: int = 0
    """How many characters past a clause's end its verb forms' look-aheads may read: a form
    told by the next conjunct's (ro "se accidentă ..., iar medicii îl transportară"); 0, the
    clause alone, for a language whose rules need no more."""
    conjunctions: str = ""
    """The coordinating "and"/"but" that joins two clauses, each with its own verb; a
    language whose "a" is an article or an auxiliary ("a sua", "și-a dat") leaves it out."""
    present: re.Pattern[str] | None = None
    """Present-tense verb forms: in a language whose news writes the schedule in the
    present (`present_is_schedule`), one in the clause reads the date forward."""
    prepositions: frozenset[str] = frozenset()
    """Words whose object is a noun, never a verb ("w", "на"): a word after one is no verb."""
    before_past: re.Pattern[str] | None = None
    """Past forms read only right before the mention, where a word is the verb the date
    belongs to (a Bulgarian aorist "осъди в понеделник", which elsewhere may be a noun)..."""
    before_present: re.Pattern[str] | None = None
    """...and present forms read there (read forward: a schedule or a perfective future)."""
    before_either: re.Pattern[str] | None = None
    """Forms there that are a past or a present alike (a Bulgarian verb in "-ира" or an
    unprefixed one in "-и"): past when an object follows the mention ("арестува в събота
    трима младежи"), forward when a preposition or nothing does ("стартира през юни в")."""
    before_object_past: re.Pattern[str] | None = None
    """Forms there that are past when an object follows and tell nothing otherwise (a
    Bulgarian "-ира" after "не": "не коментира в понеделник подробностите" is a past, while
    "не присъства в неделя на церемонията" may be a habit as well)."""
    nonfinite: re.Pattern[str] | None = None
    """Verb forms with no tense of their own, a gerund or an adverbial participle
    ("Chegando na sexta-feira, o ministro reunirá", "Wracając w piątek, minister spotka
    się"): a clause of the mention and such forms only borrows its neighbour's tense, as a
    clause of the mention alone does."""
    first_person: re.Pattern[str] | None = None
    """`before_past` forms the 1st person singular present shares (Bulgarian "горя", "лежа":
    "it burned", "he lay", and "I burn", "I lie"): inside a quote with no subject between its
    opening and the form, the speaker's present ("„В четвъртък лежа под ножа“"), not a past."""
    opening_plural: re.Pattern[str] | None = None
    """A 3rd person plural present that a sentence may open on with no subject, news'
    impersonal "they" of a schedule ("Zamykają most w poniedziałek", "Затварят моста в
    понеделник"): read there only, where a capital is otherwise taken for a name."""
    clitics: frozenset[str] = frozenset()
    """Unstressed words between that verb and the date ("się", "се")."""
    copulas: frozenset[str] = frozenset()
    """The present of "to be" right before the date: the date is what is scheduled."""
    complementizers: frozenset[str] = frozenset()
    """The "that" opening a verb's reported clause ("че", "că", "że", "que"): after a comma
    right after a verb that may be a past or a present, the clause is its object
    ("кметът информира, че ...": the aorist of what was said)."""
    numerals: frozenset[str] = frozenset()
    """Counting words ("няколко", "два", "kilka", "câteva"): the word after one is the noun
    counted ("няколко сектора"), whatever its ending looks like."""
    adverbs: frozenset[str] = frozenset()
    """Adverbs and particles that may follow a date ("само", "отново", "безплатно"): no
    object of the verb, which is looked for past them ("функционира в събота само до обяд"
    has none, "ваксинира в събота само деца" has one)."""
    subordinators: str = ""
    """Words opening a temporal or conditional clause ("когато", "след като", "după ce"):
    a perfective verb there has one form for past and future ("след като фирмата получи"),
    so a clause with no marker of its own takes the tense of the clause it depends on."""
    interposed: str = ""
    """Words opening a clause of cause, concession or purpose ("въпреки че", "ponieważ",
    "deși", "embora"), which, as the `subordinators` do, may stand set off by commas between
    a fronted date and the main clause the date belongs to ("W piątek, choć padało, ...")."""
    marks: re.Pattern[str] | None = None
    """The language's letters with diacritics (its `folding`): a sentence with none of them
    was typed without them ("a semnat", "podpisal", "sera"), read with `folded`."""
    folded: TenseWords | None = None
    """These words read on text typed without diacritics: every form also matches with each
    letter of the `folding` written plain ("ează" as "eaza", "ł" as "l", "á" as "a"), but
    for the folded forms the language's data keeps apart as other words' ("esta", "e")."""


@dataclass(frozen=True, slots=True)
class Language:
    """A language's rules and the words that make a sentence past or future."""

    code: str
    name: str
    rules: Sequence[Rule]
    normalize: Callable[[str], str]
    names: re.Pattern[str] | None = None
    """Words after which a date is part of a name, not a date: a street, a square, a
    bridge ("ulicy 3 Maja", "Rua 25 de Abril", "ул. „6-и септември“"). Searched in the
    normalised text just before a mention, which it must reach (end with `$`)."""
    tense: TenseWords | None = None
    """The words that tell past from future in this language, for extraction."""
    hours: re.Pattern[str] | None = None
    """An hour of the clock with the word that opens it ("ora 20", "godz. 22", "às 14"):
    a match whose first number is such an hour opens on a time, not a day ("13 septembrie,
    ora 20 – 14 septembrie": no range from the 20th). Searched in the normalised text."""
    abbreviations: frozenset[str] = frozenset()
    """Words after which a full stop does not end a sentence ("r.", "Sr.", "г.")."""


@dataclass(frozen=True, slots=True)
class Match:
    """A rule's match in normalised text, not yet resolved."""

    start: int
    end: int
    rule: Rule
    match: re.Match[str]
    read: dict[Context, EdtfDate | Unresolvable | None] = field(
        default_factory=dict, compare=False, repr=False
    )
    """The rule's values for the contexts asked so far: extraction reads a mention in
    both directions to see whether its tense matters, then in the one its tense gives."""
    apart: set[Context] = field(default_factory=set, compare=False, repr=False)
    """The contexts without an antecedent whose value was found without asking for one
    (`_ANTECEDENT_READS`): the same context with any antecedent gives the same value."""

    def resolve(self, ctx: Context) -> EdtfDate | None:
        """`apply`, each direction's value computed once."""
        if not ctx.nearest:
            return self._value(ctx)
        # `replace(ctx, prefer=..., nearest=False)`, each distinct one made once
        past = self._value(
            shared_context(
                ctx.ref,
                "past",
                False,
                ctx.tensed,
                ctx.antecedent,
                ctx.antecedent_near,
                ctx.antecedent_month,
                ctx.anchor,
                ctx.antecedent_day,
            )
        )
        future = self._value(
            shared_context(
                ctx.ref,
                "future",
                False,
                ctx.tensed,
                ctx.antecedent,
                ctx.antecedent_near,
                ctx.antecedent_month,
                ctx.anchor,
                ctx.antecedent_day,
            )
        )
        if past is None or future is None or past == future:
            return past if past is not None else future
        return nearer(past, future, ctx.today)

    def _value(self, ctx: Context) -> EdtfDate | None:
        known = self.read.get(ctx, _UNREAD)
        if known is _UNREAD and (
            ctx.antecedent is not None
            or ctx.antecedent_near
            or ctx.antecedent_month
            or ctx.anchor is not None
            or ctx.antecedent_day
        ):
            plain = shared_context(
                ctx.ref, ctx.prefer, ctx.nearest, ctx.tensed, None, False, False, None, False
            )
            if plain in self.apart:
                known = self.read[ctx] = self.read[plain]
        if known is _UNREAD:
            reads = _ANTECEDENT_READS[0]
            try:
                known = self.rule.resolve(self.match, ctx)
            except Unresolvable as error:
                known = error
            self.read[ctx] = known
            if (
                _ANTECEDENT_READS[0] == reads
                and ctx.antecedent is None
                and not ctx.antecedent_near
                and not ctx.antecedent_month
                and ctx.anchor is None
            ):
                self.apart.add(ctx)
        if isinstance(known, Unresolvable):
            raise known.with_traceback(None)
        return known


_UNREAD: Final[Any] = object()
_ANTECEDENT_READS: Final = [0]
"""How many times a rule has asked for a context's antecedent: `anaphoric_month`,
`weekday_dom_of_antecedent`, `weekday_after_antecedent`, `day_of_antecedent_month`,
`units_after_anchor`, `anaphoric_year`, `this_or_that_year`, `following_period` and
`preceding_period` count, they alone read it (a test keeps it so), so that `Match` knows a
value found without one holds with any."""


def apply(rule: Rule, m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """A rule's value for a match, in the context's direction (or the nearer of both)."""
    if not ctx.nearest:
        return rule.resolve(m, ctx)
    past = rule.resolve(m, replace(ctx, prefer="past", nearest=False))
    future = rule.resolve(m, replace(ctx, prefer="future", nearest=False))
    if past is None or future is None or past == future:
        return past if past is not None else future
    return nearer(past, future, ctx.today)


def nearer(past: EdtfDate, future: EdtfDate, ref: dt.date) -> EdtfDate:
    """The period nearer the reference (one holding it is nearest); a tie goes to the past,
    as news mostly reports what happened."""

    def gap(d: EdtfDate) -> int:
        if d.start <= ref <= d.end:
            return 0
        return min(abs((d.start - ref).days), abs((d.end - ref).days))

    return future if gap(future) < gap(past) else past


class _CharMap(dict[int, str]):
    """A `str.translate` table filled on demand: one character in, one character out."""

    def __init__(self, convert: Callable[[str], str]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, code: int) -> str:
        out = self.convert(chr(code))
        out = out if len(out) == 1 else chr(code)
        self[code] = out
        return out


def _normal_char(ch: str) -> str:
    if ch in "\u2010\u2011\u2012\u2013\u2014\u2212":
        return "-"
    if ch in "\u2018\u2019\u02bc":
        return "'"
    if ch in "\u00a0\u2009\u202f\t\n\r":
        return " "
    return ch.lower()


_NORMAL: Final = _CharMap(_normal_char)


_UNIFIED: Final = (
    *((ch, "-") for ch in "\u2010\u2011\u2012\u2013\u2014\u2212"),
    *((ch, "'") for ch in "\u2018\u2019\u02bc"),
    *((ch, " ") for ch in "\u00a0\u2009\u202f\t\n\r"),
)


def default_normalize(text: str) -> str:
    """Lower-case, unify dashes, apostrophes and spaces, one character for one.

    Keeping the length lets `scan` report offsets into the original text. `str.lower`
    and a few `str.replace` run in C; the character table is only for the rare text
    whose lower case is longer (a Turkish dotted İ).
    """
    low = text.lower()
    if len(low) != len(text):
        return text.translate(_NORMAL)
    for ch, unified in _UNIFIED:
        if ch in low:
            low = low.replace(ch, unified)
    return low


def resolve(language: Language, expression: str, ctx: Context) -> EdtfDate | None:
    """Resolve one whole expression: the first rule that matches all of it and gives a date.
    A full stop at the end is read as the sentence's, and, when that finds nothing, as an
    abbreviation's ("w XX w.", "15 mar."), which a rule may read."""
    normalized = language.normalize(unicodedata.normalize("NFC", expression))
    text = normalized.strip(" \t.,;:!?")
    if "  " in text:
        text = _SPACES.sub(" ", text)
    if not text:
        return None
    found = _resolve_whole(language, text, ctx)
    if found is None and normalized.rstrip(" \t,;:!?").endswith("."):
        found = _resolve_whole(language, text + ".", ctx)
    return found


def _resolve_whole(language: Language, text: str, ctx: Context) -> EdtfDate | None:
    rules = language.rules
    for index in _candidates(language, text):
        rule = rules[index]
        m = rule.pattern.fullmatch(text)
        if m is not None:
            value = apply(rule, m, ctx)
            if value is not None:
                return value
    return None


def _candidates(language: Language, text: str) -> list[int]:
    """The rules that may match all of `text`, in their order: those whose required words
    it holds (`_Gate.windows`) and those with none. A match holds one of its rule's words
    wherever it stands, a whole expression too, so a rule the gate keeps shut cannot match
    it; most expressions are a word or three, and the few rules their words open are tried
    in place of every rule of the language."""
    gate = _gate(language)
    opened = gate.opened(text)
    free = gate.free(len(language.rules))
    return sorted({*opened, *free}) if opened else list(free)


_SPACES: Final = re.compile(r" {2,}")


def scan(language: Language, text: str, *, gated: bool = True) -> list[Match]:
    """Every rule's matches in running text, keeping the longest where they overlap.

    Most sentences of an article hold no date. A rule that must contain one of a few
    words (a month, a weekday, a digit: see `prefilter`) runs only near those words;
    the others run over the whole text. `gated=False` runs every rule everywhere: the
    reference the gating is tested against.
    """
    norm = language.normalize(text)
    gate = _gate(language) if gated else _Gate(None, {}, {}, frozenset())
    breaks = _line_breaks(text if len(text) == len(norm) else norm)
    windows, edges = gate.windows(norm, breaks)
    everything = list(_by_line([(0, len(norm))], breaks))
    found: list[Match] = []
    patterns = _grouped(language)
    rules = language.rules
    free = gate.free(len(rules))
    at_start, all_marks, checks = gate.at_start, gate.marks, gate.checks
    word_started = gate.word_started
    for index in sorted([*windows, *free]) if windows else free:
        # in the rules' order: it breaks ties between matches of one length
        rule = rules[index]
        pattern = patterns[index]
        if pattern is None:
            pattern = patterns[index] = leading.grouped(rule.pattern)
        opened = windows.get(index)
        if opened is None:
            if index in at_start:
                # its matches start where the text does: tried there alone, not at every
                # character of the first line
                m = pattern.match(norm, *everything[0]) if everything else None
                if m is not None and m.end() > m.start():
                    found.append(Match(m.start(), m.end(), rule, m))
                continue
            opened = [(s, e, e) for s, e in everything]
        if index in all_marks:
            marks = all_marks[index]
            opened = [w for w in opened if _marked(marks, norm, w[0], w[1])]
        if index in checks:
            check = checks[index]
            opened = [w for w in opened if _holds(check, norm, w[0], w[1])]
        if not opened:
            continue
        if index not in word_started:
            for start, end, _ in opened:
                for m in pattern.finditer(norm, start, end):
                    if m.end() > m.start():
                        found.append(Match(m.start(), m.end(), rule, m))
            continue
        for start, end, last in opened:
            # `finditer` over the stretch, its match tried only where a word may start and
            # no later than the last word that opened the rule there: a match holds one
            pos = start
            for i in range(bisect.bisect_left(edges, start), bisect.bisect_right(edges, last)):
                at = edges[i]
                if at >= pos:
                    m = pattern.match(norm, at, end)
                    if m is not None:
                        found.append(Match(at, m.end(), rule, m))
                        pos = m.end()
    if language.hours is not None and found:
        found = _off_the_hour(language.hours, norm, found)
    chosen = _longest_first(found)
    if len(chosen) < len(found):
        chosen = _longest_first([*chosen, *_rest_of_losers(norm, found, chosen)])
    if language.names is None:
        return chosen
    names = language.names
    raw = text if len(text) == len(norm) else norm
    return [
        m
        for m in chosen
        if _opens_lower(raw, m.start, m.end)
        or not names.search(norm, _name_reach(raw, m.start), m.start)
    ]


def _off_the_hour(hours: re.Pattern[str], text: str, found: list[Match]) -> list[Match]:
    """The matches but those that open inside an hour of the clock (`Language.hours`), its
    word before them: their first number tells a time ("ora 20 – 14 septembrie"). A match
    that holds the hour's word keeps it ("duminica seara la ora 19"). The hours are looked
    for around each match's start alone (`HOUR_REACH`), not over the whole text: an article
    has a few matches and thousands of characters."""
    size = len(text)
    return [
        m
        for m in found
        if not any(
            h.start() < m.start < h.end()
            for h in hours.finditer(
                text, max(0, m.start - HOUR_REACH), min(size, m.start + HOUR_REACH)
            )
        )
    ]


HOUR_REACH: Final = 40
"""How far either side of a match's start an hour that holds it is looked for: an hour's
words and number ("por volta das 20", "godzinie 14") are shorter, and one that holds the
start ends before the reach, its look-ahead reading the text as it is."""


def _marked(marks: tuple[tuple[str, ...], ...], text: str, start: int, end: int) -> bool:
    """Whether the text between `start` and `end` holds one mark of each part."""
    for part in marks:
        for mark in part:
            if text.find(mark, start, end) >= 0:
                break
        else:
            return False
    return True


def _holds(patterns: tuple[re.Pattern[str], ...], text: str, start: int, end: int) -> bool:
    """Whether one of the patterns finds something between `start` and `end`."""
    for pattern in patterns:  # noqa: SIM110  (run for every stretch: no generator)
        if pattern.search(text, start, end) is not None:
            return True
    return False


_NON_WORD: Final = re.compile(r"\W")


def _opens_lower(text: str, start: int, end: int) -> bool:
    """Whether the mention at `start`..`end` opens on a lower-case word, a preposition, and
    holds no capital ("a avenida em agosto", "na rua no sábado"): a date in a name follows
    the name word with a number or a capital ("a ponte 25 de Abril", "o semanário Sábado",
    "o Rio de Janeiro"), so this one is the time of its clause, not part of a name. `text`
    is the text before normalisation."""
    part = text[start:end]
    return bool(part) and part[0].islower() and not any(map(str.isupper, part))


def _line_breaks(text: str) -> list[int]:
    """Where the text's lines end. Normalisation makes a line break a space, so the breaks
    are read in the text before it."""
    return [m.start() for m in _BREAK.finditer(text)] if "\n" in text else []


_BREAK: Final = re.compile(r"\n")


def _by_line(stretches: Iterable[tuple[int, int]], breaks: list[int]) -> Iterator[tuple[int, int]]:
    """The stretches of text cut at every line break: no mention runs from one line into the
    next. A saved article's line ends a headline, a byline, a timestamp or a paragraph (the
    seeds and the thirty test articles hold no hard-wrapped sentence), and `sentences` ends a
    sentence there too; a time at the end of one line and a date opening the next ("в 08:30" /
    "12.03") are two things, never one date."""
    for start, end in stretches:
        i = bisect.bisect_left(breaks, start)
        while i < len(breaks) and breaks[i] < end:
            if breaks[i] > start:
                yield start, breaks[i]
            start = breaks[i] + 1
            i += 1
        if end > start:
            yield start, end


def _name_reach(text: str, start: int) -> int:
    """Where the name words before a mention may start: `NAME_REACH` back, never past a
    line break (a street abbreviation ending one paragraph names nothing in the next).
    `text` is the text before normalisation, which turns line breaks into spaces."""
    reach = max(0, start - NAME_REACH)
    line = text.rfind("\n", reach, start)
    return reach if line < 0 else line + 1


NAME_REACH: Final = 40
"""How far before a mention the name words (`Language.names`) are looked for."""


REACH: Final = 48
"""How far (in characters) an expression may extend on either side of the first and the last
of its required words. Measured, not derived: the patterns' spaces and words repeat without
bound, so no width follows from them. The longest seen over the 17,000 sentences of the
eval sets, the tense and forms probes and the corpora is 40 ("a partir da próxima
quinta-feira, 25 de agosto" before "agosto"; "4 septembrie, după-amiază, începând cu ora 18"
after "septembrie"); `tests/dates/test_prefilter.py` keeps the probes' longest a margin
below it. Each rule is tried over twice this and its word around every word that opens it:
the narrower, the fewer places tried."""


@dataclass(slots=True)
class _Gate:
    """The required words of a language's rules, and which rules each word lets run."""

    trigger: re.Pattern[str] | None
    trie: dict[str, Any]
    rules_by_word: dict[str, list[int]]
    gated: frozenset[int]
    longest: int = 0
    scanner: leading.Scanner | None = None
    anywhere: re.Pattern[str] | None = None
    """How the trigger is run (`leading.first_of`): its first alternative (the words that
    start a word, the numbers) and its second (the words found anywhere)."""
    at_start: frozenset[int] = frozenset()
    """Rules that match only at the start of the text (`prefilter.starts_text`): run on
    its first line alone, and kept out of the trigger (their words, weekday abbreviations
    as "vi" or "ср", would open windows all over an article for nothing)."""
    seen: dict[str, tuple[int, ...]] = field(default_factory=dict)
    """The rules let run by the text at a trigger, by the text's first `longest` characters:
    articles repeat their months and weekdays, and a dict look-up is cheaper than the trie."""
    checks: dict[int, tuple[re.Pattern[str], ...]] = field(default_factory=dict)
    """For a rule whose matches need words of two parts or more ("15 de junho": a day and
    a month), a pattern that finds the words of its next most selective part
    (`prefilter.second_best`): a stretch its own words opened without them holds no match,
    and looking for a word costs less than trying the rule at every word."""
    marks: dict[int, tuple[tuple[str, ...], ...]] = field(default_factory=dict)
    """For a rule whose matches need punctuation of their own ("15/06", "2024-06-15": a
    slash, a dash, a dot), each such part's marks (`prefilter.marks`): a stretch without
    one of each holds no match, and `str.find` tells it for less than any pattern."""
    ungated: tuple[int, ...] | None = None
    """The rules `free` gives, once counted."""
    runs: dict[int, prefilter.DigitRuns | None] = field(default_factory=dict)
    """For each rule a number opens, the lengths of the digit runs it reads
    (`prefilter.digit_runs`; None when it cannot tell)."""
    by_length: dict[int, tuple[int, ...]] = field(default_factory=dict)
    """The rules a number of each length opens, once counted (`_numbered`)."""
    word_started: frozenset[int] = frozenset()
    """The gated rules whose matches start where a word may start (`leading.opens_word`):
    `scan` tries them only there, up to the last of their words in a stretch."""

    def free(self, count: int) -> tuple[int, ...]:
        """The rules (of the language's `count`) that run whatever the text holds: those
        with no required words and those `at_start`. `scan` visits these and the rules
        whose words the text holds, not every rule of the language."""
        if self.ungated is None:
            self.ungated = tuple(i for i in range(count) if i not in self.gated)
        return self.ungated

    def windows(
        self, text: str, breaks: Sequence[int] = ()
    ) -> tuple[dict[int, list[tuple[int, int, int]]], list[int]]:
        """For each gated rule, the stretches of text near its required words, each within
        the line of its word (`breaks`: where the lines end; no mention crosses one, see
        `_by_line`), with where the last of its words there starts; and, in order, the
        places that no word character precedes from each stretch's start to its last word.

        A rule's match holds one of its words, so the rest of a stretch that runs into
        another line could only hold matches that another word of the rule opens a stretch
        for; cutting here, once a word, costs less than cutting every rule's stretches. And
        no match starts after the last of its words, nor (its first item `(?<!\\w)`,
        `leading.opens_word`) after a word character: `scan` tries such a rule at those
        places alone, found here for the parts of the text near a word that opens a rule."""
        spans: dict[int, list[tuple[int, int, int]]] = {}
        edges: list[int] = []
        if self.trigger is None:
            return spans, edges
        size = len(text)
        seen, longest = self.seen, self.longest
        reached = -1
        """How far the places were found."""
        for at, stop in leading.first_of(self.scanner, self.anywhere, text):
            # `_rules_at`, its look-up written out for the words seen before
            if text[at].isdigit():
                rules = self._numbered(text, at)
            else:
                known = seen.get(text[at : at + longest])
                rules = self._rules_at(text, at) if known is None else known
            if not rules:
                continue
            start = text.rfind(" ", 0, max(0, at - REACH)) + 1
            end = text.find(" ", min(size, stop + REACH))
            end = size if end == -1 else end
            if breaks:
                line = bisect.bisect_right(breaks, at)
                if line and start <= breaks[line - 1]:
                    start = breaks[line - 1] + 1
                if line < len(breaks) and end > breaks[line]:
                    end = breaks[line]
            first = start
            for index in rules:
                # each rule's stretches, joined where they overlap (they come in order of
                # their start); written out here, as this runs for every rule at every word
                own = spans.get(index)
                if own is None:
                    spans[index] = [(start, end, at)]
                elif start <= own[-1][1]:
                    opened, last_end, _ = own[-1]
                    own[-1] = (opened, max(end, last_end), at)
                    first = min(first, opened)
                else:
                    own.append((start, end, at))
            first = max(first, reached + 1)
            if first <= at:
                if first == 0:
                    edges.append(0)
                edges.extend(m.end() for m in _NON_WORD.finditer(text, max(first - 1, 0), at))
                reached = at
        return spans, edges

    def opened(self, text: str) -> list[int]:
        """The gated rules whose required words the text holds (`windows` without the
        stretches: what a whole expression needs)."""
        if self.trigger is None:
            return []
        seen, longest = self.seen, self.longest
        found: list[int] = []
        for at, _ in leading.first_of(self.scanner, self.anywhere, text):
            if text[at].isdigit():
                found.extend(self._numbered(text, at))
                continue
            rules = seen.get(text[at : at + longest])
            found.extend(self._rules_at(text, at) if rules is None else rules)
        return found

    def _numbered(self, text: str, at: int) -> tuple[int, ...]:
        """The rules a number at `at` opens: of those that read a number, the ones that
        read a run of digits of its length (`prefilter.digit_runs`: "500 de drone", "10
        000" open no day, month or year). A number glued to a word before it is not
        known to start where the text's run does: it opens every rule that reads one."""
        if at > 0 and (text[at - 1].isalnum() or text[at - 1] == "_"):
            return self._rules_at(text, at)
        length = _DIGIT_RUN.match(text, at).end() - at  # type: ignore[union-attr]
        rules = self.by_length.get(length)
        if rules is None:
            every = self._rules_at(text, at)
            runs = self.runs
            rules = self.by_length[length] = tuple(
                i for i in every if (known := runs.get(i)) is None or known.admits(length)
            )
        return rules

    def _rules_at(self, text: str, at: int) -> tuple[int, ...]:
        """The rules whose required words start at `at` (a digit: the digit rules)."""
        key = prefilter.DIGIT if text[at].isdigit() else text[at : at + self.longest]
        rules = self.seen.get(key)
        if rules is None:
            words = [prefilter.DIGIT] if key == prefilter.DIGIT else words_at(self.trie, text, at)
            rules = tuple(sorted({i for word in words for i in self.rules_by_word.get(word, ())}))
            if len(self.seen) >= SEEN_MAX:
                self.seen.clear()
            self.seen[key] = rules
        return rules


SEEN_MAX: Final = 10_000
"""How many texts at a trigger `_Gate` remembers before it starts afresh (bounded memory
over an archive of any size)."""


_GATES: Final[dict[int, tuple[Language, _Gate]]] = {}
"""Each language's gate, by the language's identity: kept with the language, so that a
language made and dropped (a toy one, in tests) never lends its gate to one made after it
at the same address."""
_DIGIT_RUN: Final = re.compile(r"\d+")


def _common_words(language: Language) -> frozenset[str]:
    """The words the language uses in nearly every sentence (its prepositions, conjunctions
    and clause openers, from its tense data), as they are in normalised text."""
    tense = language.tense
    if tense is None:
        return frozenset()
    spelled = "|".join(a for a in (tense.conjunctions, tense.openers) if a).split("|")
    plain = {w for w in spelled if w.isalpha()} | set(tense.prepositions)
    return frozenset(language.normalize(w.lower()) for w in plain)


def _gate(language: Language) -> _Gate:
    """The language's gate, built once from its rules' compiled patterns."""
    known = _GATES.get(id(language))
    if known is not None and known[0] is language:
        return known[1]
    rules_by_word: dict[str, list[int]] = {}
    words: set[prefilter.Word] = set()
    flags = 0
    common = _common_words(language)
    at_start = frozenset(
        i for i, rule in enumerate(language.rules) if prefilter.starts_text(rule.pattern)
    )
    checks: dict[int, tuple[re.Pattern[str], ...]] = {}
    marks: dict[int, tuple[tuple[str, ...], ...]] = {}
    for index, rule in enumerate(language.rules):
        if index in at_start:
            continue
        needed = prefilter.given(rule.needs)
        if needed is None:
            needed, parts = prefilter.read(rule.pattern, common)
            also = None if needed is None else prefilter.second_best(parts, needed, common)
            if also is not None:
                checks[index] = prefilter.presence(also, rule.pattern)
            if needed is not None and (punctuation := prefilter.marks(parts, needed)):
                marks[index] = punctuation
        if needed is None:
            continue
        words |= needed
        flags |= rule.pattern.flags & re.IGNORECASE
        for word in needed:
            rules_by_word.setdefault(word.text, []).append(index)
    texts = {w.text for w in words if w.text != prefilter.DIGIT}
    trie = prefilter.build_trie(texts)
    gated = frozenset(i for ids in rules_by_word.values() for i in ids)
    longest = max(map(len, texts), default=0)
    trigger = prefilter.trigger_pattern(words, flags)
    first, second = prefilter.trigger_parts(words)
    runs = {
        i: prefilter.digit_runs(language.rules[i].pattern)
        for i in rules_by_word.get(prefilter.DIGIT, ())
    }
    gate = _Gate(
        trigger,
        trie,
        rules_by_word,
        gated,
        longest,
        None if first is None else leading.Scanner(regexcache.compile(first, flags)),
        None if second is None else regexcache.compile(second, flags),
        at_start,
        checks=checks,
        marks=marks,
        runs=runs,
        word_started=frozenset(i for i in gated if leading.opens_word(language.rules[i].pattern)),
    )
    _GATES[id(language)] = (language, gate)
    return gate


def _rest_of_losers(text: str, found: list[Match], chosen: list[Match]) -> list[Match]:
    """A rule's match that lost to a longer one overlapping its start may hold a match of
    its own after it, which `finditer` never tried, having taken the longer one: "next
    Wednesday, 8 May" where one rule read "Wednesday, 8 May" and lost to "next Wednesday"
    still holds "8 May". Each loser is searched again from the end of what beat it."""
    taken = {id(m) for m in chosen}
    starts = [m.start for m in chosen]
    out: list[Match] = []
    for lost in found:
        i = bisect.bisect_right(starts, lost.start) - 1
        if id(lost) in taken or i < 0:
            continue
        winner = chosen[i]
        if lost.start < winner.end < lost.end:
            stop = min(len(text), lost.end + REACH)  # room for the rule's look-aheads
            m = lost.rule.pattern.search(text, winner.end, stop)
            if (
                m is not None
                and m.start() < lost.end
                and m.end() > m.start()
                and (m.end() < stop or stop == len(text))
            ):
                out.append(Match(m.start(), m.end(), lost.rule, m))
    return out


_GROUPED: Final[dict[int, tuple[Language, list[re.Pattern[str] | None]]]] = {}


def _grouped(language: Language) -> list[re.Pattern[str] | None]:
    """Each rule's pattern as `scan` runs it (`leading.grouped`: the same matches, its
    alternations grouped by first letter), compiled the first time the rule runs."""
    known = _GROUPED.get(id(language))
    if known is None or known[0] is not language:
        known = _GROUPED[id(language)] = (language, [None] * len(language.rules))
    return known[1]


def _longest_first(found: Iterable[Match]) -> list[Match]:
    """The longest matches that do not overlap, in text order. The spans taken are kept
    sorted (they are disjoint), so each candidate is tested against one neighbour."""
    chosen: list[Match] = []
    starts: list[int] = []
    ends: list[int] = []
    for cand in sorted(found, key=lambda c: (-(c.end - c.start), c.start)):
        j = bisect.bisect_left(starts, cand.end) - 1
        if j < 0 or ends[j] <= cand.start:
            chosen.append(cand)
            starts.insert(j + 1, cand.start)
            ends.insert(j + 1, cand.end)
    return sorted(chosen, key=lambda c: c.start)


# --- calendar arithmetic shared by every language --------------------------------


def add_months(d: dt.date, months: int) -> dt.date:
    """Move by calendar months, clamping the day to the target month's length."""
    total = d.year * 12 + (d.month - 1) + months
    y, m = divmod(total, 12)
    m += 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))


def nearest_weekday(ref: dt.date, weekday: int, prefer: Direction) -> dt.date:
    """The weekday (0 = Monday) nearest the reference in the direction, the day itself included."""
    delta = (weekday - ref.weekday()) % 7
    if prefer == "future":
        return ref + dt.timedelta(days=delta)
    return ref - dt.timedelta(days=(ref.weekday() - weekday) % 7)


def nearest_month(ref: dt.date, month: int, prefer: Direction) -> tuple[int, int]:
    """(year, month) of the month nearest the reference in the direction, the current included."""
    if prefer == "future":
        return (ref.year if month >= ref.month else ref.year + 1, month)
    return (ref.year if month <= ref.month else ref.year - 1, month)


def nearest_day_month(ref: dt.date, month: int, day: int, prefer: Direction) -> dt.date | None:
    """The day-and-month nearest the reference in the direction (29 Feb looks for a leap year)."""
    step = 1 if prefer == "future" else -1
    y = ref.year
    for _ in range(9):
        try:
            d = dt.date(y, month, day)
        except ValueError:
            if day > 29 or month != 2:
                return None
            y += step
            continue
        if (prefer == "future" and d >= ref) or (prefer == "past" and d <= ref):
            return d
        y += step
    return None


# --- periods, weeks and shifts (appended for the pt and en rules; language-free) ---------

Unit = Literal["day", "week", "month", "quarter", "year"]


def _fold_char(ch: str) -> str:
    if unicodedata.decomposition(ch).startswith("<super>"):
        # an ordinal indicator, a superscript letter: its plain letter ("1º" -> "1o")
        plain = unicodedata.normalize("NFKD", ch)
        return plain if len(plain) == 1 and plain.isalpha() else ch
    base = unicodedata.normalize("NFD", ch)
    return base[0] if len(base) > 1 and base[0].isascii() else ch


_FOLDED: Final = _CharMap(_fold_char)


def fold_accents(text: str) -> str:
    """Drop diacritics one character for one ("março" -> "marco"), so offsets are kept.

    Writers and transcripts drop accents freely ("terca", "mes", "proximo"); folding
    lets one pattern accept both spellings. Ordinal indicators become letters ("1º" -> "1o").
    """
    if text.isascii():
        return text
    out = text
    for ch in set(_NON_ASCII.findall(text)):
        # a text has a few letters with diacritics, each many times: one `str.replace`
        # (in C) for each, rather than a call back for every occurrence
        folded = _FOLDED[ord(ch)]
        if folded != ch:
            if not folded.isascii():  # replaced in turn, it might be replaced again
                return _NON_ASCII.sub(_fold_match, text)
            out = out.replace(ch, folded)
    return out


_NON_ASCII: Final = re.compile(r"[^\x00-\x7f]")


def _fold_match(m: re.Match[str]) -> str:
    return _FOLDED[ord(m.group())]


def period(d: dt.date, unit: Unit) -> EdtfDate:
    """The day, ISO week, month, quarter or year that contains a day, at that precision."""
    if unit == "day":
        return day(d)
    if unit == "week":
        iso = d.isocalendar()
        return week(iso.year, iso.week)
    if unit == "month":
        return month(d.year, d.month)
    if unit == "quarter":
        return quarter(d.year, (d.month + 2) // 3)
    return year(d.year)


def shift(d: dt.date, unit: Unit, n: int) -> dt.date:
    """Move a day by n calendar units (n < 0 goes back); months and years clamp the day."""
    if unit == "day":
        return d + dt.timedelta(days=n)
    if unit == "week":
        return d + dt.timedelta(weeks=n)
    if unit == "month":
        return add_months(d, n)
    if unit == "quarter":
        return add_months(d, 3 * n)
    return add_months(d, 12 * n)


def span(first: EdtfDate, last: EdtfDate) -> EdtfDate:
    """One interval from the first period to the last, written at their grain ("2012-12/2013-01").

    A run of ISO weeks is "2013-W05/2013-W06" (the store writes it with its days).
    """
    if first == last:
        return first
    if first.precision == "day" or first.precision != last.precision:
        return interval(first.start, last.end)
    return EdtfDate(f"{first.value}/{last.value}", "interval", first.start, last.end)


def next_periods(ref: dt.date, unit: Unit, n: int) -> EdtfDate:
    """The n whole units just after (n > 0) or before (n < 0) the one holding the reference.

    "the next 3 months" on 2013-02-12 is 2013-03/2013-05; "the last 2 years" is 2011/2012.
    """
    step = 1 if n > 0 else -1
    near = period(shift(ref, unit, step), unit)
    far = period(shift(ref, unit, n), unit)
    return span(near, far) if n > 0 else span(far, near)


def strict_weekday(ref: dt.date, weekday: int, prefer: Direction) -> dt.date:
    """The weekday (0 = Monday) nearest the reference in the direction, the day itself excluded."""
    if prefer == "future":
        return ref + dt.timedelta(days=(weekday - ref.weekday() - 1) % 7 + 1)
    return ref - dt.timedelta(days=(ref.weekday() - weekday - 1) % 7 + 1)


def weekday_of_week(ref: dt.date, weekday: int, weeks: int = 0) -> dt.date:
    """The weekday (0 = Monday) of the ISO week `weeks` away from the reference's own."""
    return ref - dt.timedelta(days=ref.weekday()) + dt.timedelta(weeks=weeks, days=weekday)


def nearest_day_of_month(ref: dt.date, day_: int, prefer: Direction) -> dt.date | None:
    """A bare day of the month ("dia 17") nearest the reference in the direction, itself too."""
    step = 1 if prefer == "future" else -1
    first = ref.replace(day=1)
    for k in range(13):
        m = add_months(first, step * k)
        if day_ > calendar.monthrange(m.year, m.month)[1]:
            continue
        d = m.replace(day=day_)
        if (prefer == "future" and d >= ref) or (prefer == "past" and d <= ref):
            return d
    return None


def nearest_quarter(ref: dt.date, q: int, prefer: Direction, closed: bool = True) -> EdtfDate:
    """A quarter without a year, nearest the reference in the direction, the current included.

    Looking forward, the quarter just ended is still this one (`closed`): "os dados do
    primeiro trimestre serão publicados" in May, "wyniki za trzeci kwartał bank opublikuje"
    in October speak of the results of the quarter that closed, which are what is published
    next. Not when the quarter is the time of the clause's event (`closed` False: "a fábrica
    abrirá no primeiro trimestre" in May is next year's; `Words.period_during`).
    """
    current = (ref.month + 2) // 3
    if prefer == "future":
        if closed and (q == current - 1 or (current == 1 and q == 4)):
            return quarter(ref.year if q < current else ref.year - 1, q)
        return quarter(ref.year if q >= current else ref.year + 1, q)
    return quarter(ref.year if q <= current else ref.year - 1, q)


def said_during(m: re.Match[str], words: Iterable[str]) -> bool:
    """Whether a period's mention is said with one of `words` (`Words.period_during`, each
    a whole word or words): opening on it ("w drugim kwartale", "durante o segundo
    trimestre"), ending on it with the mention's first word ("ao longo" "do segundo
    trimestre", "по време" "на второто тримесечие"), or, a phrase the rules do not take in
    (two words or more, or five letters), right before it ("podczas" "drugiego kwartału",
    "pe parcursul" "trimestrului al doilea")."""
    text = m.string
    before = text[max(0, m.start() - PREPOSITION_REACH) : m.start()].lower().split()
    own = m.group().lower().split()
    with_first = " ".join([*before[-3:], *own[:1]])
    alone = " ".join(before[-3:])
    opening = " ".join(own[:4])
    for w in words:
        if opening.startswith(w + " ") or with_first == w or with_first.endswith(" " + w):
            return True
        if (" " in w or len(w) >= 5) and (alone == w or alone.endswith(" " + w)):
            return True
    return False


PREPOSITION_REACH: Final = 30
"""How far before a mention the words that introduce it are read (`said_during`)."""


def full_year(digits: str, ref: dt.date | None = None) -> int:
    """A year as written. Two digits are read in the century that puts them at most ten
    years after the reference ("'39" in 2025 is 1939, "'30" 2030, "26.02.24" 2024): news
    writes two digits for years past far more than for years ahead. With no reference they
    pivot at 50 ("74" -> 1974, "13" -> 2013)."""
    value = int(digits)
    if len(digits) > 2:
        return value
    if ref is None:
        return 1900 + value if value >= 50 else 2000 + value
    return 2000 + value if 2000 + value <= ref.year + 10 else 1900 + value


# --- yearly days, movable feasts, seasons (appended for the ro and bg rules) ------


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of words, longest first so "lunea" is tried before "luni"."""
    unique = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w) for w in unique)


def calendar_day(year_: int, month_: int, day_: int) -> dt.date | None:
    """The date, or None when the month has no such day (31 April): not a date after all."""
    try:
        return dt.date(year_, month_, day_)
    except ValueError:
        return None


def nearest_weekday_dom(ref: dt.date, weekday: int, dom: int, prefer: Direction) -> dt.date | None:
    """The nearest `dom`-th falling on `weekday` ("Tuesday the 19th"), else just the `dom`-th.
    A weekday and its day name one day of a few weeks' news: the one within a week the other
    way beats one months away in the clause's direction (a state read as a past, "fica
    fechada na sexta-feira, 15", the day after a Thursday)."""
    found = _weekday_dom_toward(ref, weekday, dom, prefer)
    other = _weekday_dom_toward(ref, weekday, dom, "past" if prefer == "future" else "future")
    week = dt.timedelta(days=7)
    if found is not None and other is not None and abs(other - ref) <= week < abs(found - ref):
        return other
    return found


def _weekday_dom_toward(ref: dt.date, weekday: int, dom: int, prefer: Direction) -> dt.date | None:
    step = 1 if prefer == "future" else -1
    first = ref.replace(day=1)
    for k in range(28):
        month_start = add_months(first, k * step)
        d = calendar_day(month_start.year, month_start.month, dom)
        if d is None or d.weekday() != weekday:
            continue
        if (d >= ref) if prefer == "future" else (d <= ref):
            return d
    return nearest_day_of_month(ref, dom, prefer)


def named_alone(m: re.Match[str], cue: str | None, year_: int | None) -> bool:
    """A holiday in running text with no preposition of time before it and no year after it
    is a subject, an object or a noun's complement, not a time adverbial: "Ziua Națională
    va fi marcată luni", "почитат Богоявление", "orszaki Trzech Króli", "a missa de Ano
    Novo", "O Natal dos Hospitais realiza-se a 5 de dezembro". The day it is celebrated is
    not what the sentence dates; a time adverbial says "on" ("de Crăciun", "на Великден",
    "w Wigilię", "no Natal"). An expression parsed whole ("Crăciun") is still the day."""
    whole = m.start() == 0 and m.end() == len(m.string)
    return not (cue or year_ is not None or whole)


def nearest_yearly(ref: dt.date, on: Callable[[int], dt.date], prefer: Direction) -> dt.date:
    """A yearly day (a holiday, movable or not) nearest the reference in the direction."""
    d = on(ref.year)
    if prefer == "future" and d < ref:
        return on(ref.year + 1)
    if prefer == "past" and d > ref:
        return on(ref.year - 1)
    return d


def western_easter(year_: int) -> dt.date:
    """Gregorian Easter Sunday (the anonymous Gregorian algorithm)."""
    a, b, c = year_ % 19, year_ // 100, year_ % 100
    d, e = divmod(b, 4)
    g = (8 * b + 13) // 25
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 19 * ell) // 433
    month_ = (h + ell - 7 * m + 90) // 25
    return dt.date(year_, month_, (h + ell - 7 * m + 33 * month_ + 19) % 32)


def orthodox_easter(year_: int) -> dt.date:
    """Orthodox Easter Sunday (Meeus' Julian algorithm) as a Gregorian date, 1900-2099."""
    a, b, c = year_ % 4, year_ % 7, year_ % 19
    d = (19 * c + 15) % 30
    e = (2 * a + 4 * b - d + 34) % 7
    month_, day_ = divmod(d + e + 114, 31)
    return dt.date(year_, month_, day_ + 1) + dt.timedelta(days=13)


def season_year(ref: dt.date, code: int) -> int:
    """The year of "this" season (21 spring .. 24 winter) at the reference.

    Winter is named by the year it starts in, so in January "this winter" began last December.
    """
    return ref.year - 1 if code == 24 and (ref.month, ref.day) < (3, 20) else ref.year


def easter(year: int) -> dt.date:
    """Western (Gregorian) Easter Sunday, the anchor of the movable feasts.

    The name the pl rules use; the computus itself (the anonymous Gregorian algorithm) is
    `western_easter`, so there is one implementation.
    """
    return western_easter(year)


# --- ranges written the same way in every language (appended for ro, bg) -------------


def day_range(
    ctx: Context, m1: int, d1: int, m2: int, d2: int, y1: int | None, y2: int | None
) -> EdtfDate | None:
    """ "13-15 July", "from 13 July to 15 August 2025": days; a missing year is inferred
    (the first day nearest the reference in the direction, the last one after it)."""
    if y2 is not None:
        start_year = y1 if y1 is not None else (y2 if (m1, d1) <= (m2, d2) else y2 - 1)
        first, last = calendar_day(start_year, m1, d1), calendar_day(y2, m2, d2)
    else:
        first = yearless_start(ctx, (m1, d1), (m2, d2))
        last = None if first is None else calendar_day(first.year + ((m2, d2) < (m1, d1)), m2, d2)
    if first is None or last is None or last < first:
        return None
    return interval(first, last)


def yearless_start(ctx: Context, a: tuple[int, int], b: tuple[int, int]) -> dt.date | None:
    """The first day of a yearless range of days from `a` to `b` (month, day): the one
    nearest the reference in the direction, but a range looking ahead that still runs on the
    reference day is the one under way ("Festiwal trwa od 15 do 23 listopada", written on
    the 20th): its end is ahead, its start just past."""
    started = nearest_day_month(ctx.today, a[0], a[1], "past")
    if ctx.prefer == "future" and started is not None:
        end = calendar_day(started.year + (b < a), *b)
        if end is not None and end >= ctx.today:
            return started
    return nearest_day_month(ctx.today, a[0], a[1], ctx.prefer)


def days_of_month(ctx: Context, d1: int, d2: int) -> EdtfDate | None:
    """ "nos dias 17 e 18", "în zilele de 17 și 18": two days of one month the news leaves
    unsaid, the month of the last day nearest the reference in the direction."""
    last = nearest_day_of_month(ctx.today, d2, ctx.prefer)
    if last is None or not 1 <= d1 < d2:
        return None
    return interval(last.replace(day=d1), last)


def month_range(ctx: Context, m1: int, m2: int, y1: int | None, y2: int | None) -> EdtfDate:
    """ "from June to August 2024": from the first month's first day to the last's end."""
    if y2 is not None:
        start_year = y1 if y1 is not None else (y2 if m1 <= m2 else y2 - 1)
        return span(month(start_year, m1), month(y2, m2))
    start_year, _ = nearest_month(ctx.today, m1, ctx.prefer)
    if ctx.prefer == "future":
        started, _ = nearest_month(ctx.today, m1, "past")
        if (started + (m2 < m1), m2) >= (ctx.today.year, ctx.today.month):
            start_year = started
    return span(month(start_year, m1), month(start_year + (m2 < m1), m2))


def compiled(name: str, pattern: str, resolve: Resolver) -> Rule:
    """A rule from its meaning's name, its pattern as written and its resolver."""
    return Rule(name, regexcache.compile(pattern), resolve)


def numeric_span(
    first: tuple[int | None, int, int], last: tuple[int | None, int, int]
) -> EdtfDate | None:
    """Two days written in digits (year, month, day) as one span (`date_span`); a first day
    without its year is of the last day's year, or of the year before when it would
    follow the last ("28.12. – 3.01.2025")."""
    first_year, month_, day_ = first
    last_year = last[0]
    if last_year is None:
        return None
    end = calendar_day(last_year, last[1], last[2])
    if first_year is None:
        first_year = last_year
        if end is not None and (month_, day_) > (end.month, end.day):
            first_year -= 1
    return date_span(calendar_day(first_year, month_, day_), end)


def season_year_end(first: int, short: str) -> int | None:
    """The second year of a season or a school year written "2023/24": the year after the
    first, or None when the two digits do not say so ("2023/25" is no such year)."""
    last = first // 100 * 100 + int(short)
    if last < first:
        last += 100
    return last if last == first + 1 else None


def short_year_end(first: int, short: str) -> int | None:
    """The last year of a span written with its last two digits ("Fina Estampa (2011-12)",
    "(2019-21)"): the first year after the first one that ends so, within a century."""
    last = first // 100 * 100 + int(short)
    if last <= first:
        last += 100
    return last


def year_range(first: int, last: int) -> EdtfDate | None:
    """ "2022-2024": the years from the first to the last; a backward range is no date."""
    return span(year(first), year(last)) if first < last else None


# --- a weekday that pins a day (appended for the pt rules; language-free) ------------


def day_month_on_weekday(
    ref: dt.date, month_: int, day_: int, weekday: int | None, prefer: Direction
) -> dt.date | None:
    """A day and month without a year, nearest in the direction, unless a weekday named with
    it ("sábado, 31 de agosto") holds only the other way: the writer's weekday decides."""
    found = nearest_day_month(ref, month_, day_, prefer)
    if weekday is None or (found is not None and found.weekday() == weekday):
        return found
    other: Direction = "future" if prefer == "past" else "past"
    alternative = nearest_day_month(ref, month_, day_, other)
    if alternative is not None and alternative.weekday() == weekday:
        return alternative
    return found


def weekday_dom_near(ref: dt.date, weekday: int, dom: int, prefer: Direction) -> dt.date | None:
    """A weekday with its day of the month in brackets, the Brazilian wire style ("na
    quarta-feira (29)"): the nearest such day on either side, as the pair names one day of
    the weeks around the reference; failing that, the nearest in the direction."""
    first = ref.replace(day=1)
    near = [
        d
        for k in (-1, 0, 1)
        if (m := add_months(first, k)) and (d := calendar_day(m.year, m.month, dom)) is not None
        if d.weekday() == weekday
    ]
    if near:
        return min(near, key=lambda d: abs((d - ref).days))
    return nearest_weekday_dom(ref, weekday, dom, prefer)


# --- weekends and bare seasons (appended for the ro and bg rules; language-free) ------


def weekend(ref: dt.date, n: int | None, prefer: Direction) -> EdtfDate:
    """A Saturday and Sunday: `n` weeks from the reference's own (-1 last, 0 this, 1 next);
    with no word to say which (`n` None), the current one on a weekend, else the one before
    or after in the direction ("În weekend, turiștii au urcat" is the one just past)."""
    saturday = weekday_of_week(ref, 5)
    if n is None:
        n = -1 if ref.weekday() < 5 and prefer == "past" else 0
    elif n > 0 and ref.weekday() < 5:
        n -= 1  # on a weekday "next weekend" is the coming one
    saturday += dt.timedelta(days=7 * n)
    return span(day(saturday), day(saturday + dt.timedelta(days=1)))


def nearest_season(ref: dt.date, code: int, prefer: Direction) -> EdtfDate:
    """A season named without a year ("în primăvară", "през пролетта"): the current one
    while it lasts, else the nearest in the direction."""
    this = season(season_year(ref, code), code)
    if this.start <= ref <= this.end:
        return this
    if prefer == "future":
        return this if this.start > ref else season(this.start.year + 1, code)
    return this if this.end < ref else season(this.start.year - 1, code)


def weekday_range(
    ref: dt.date, first: int, last: int, prefer: Direction, own_day: bool = False
) -> EdtfDate | None:
    """ "from Thursday to Saturday": the first weekday as a lone one would be read
    (`weekday_date`: the reference day included looking back, and looking forward when
    `own_day`, a sentence's tense), to the last after it. "Festivalul va avea loc de
    miercuri până sâmbătă" in Wednesday's paper opens that Wednesday. Read back, the days
    are all behind the reference: "entre segunda e sexta-feira tinham sido registados" in
    Monday's paper is last week's."""
    if first == last:
        return None
    start = weekday_date(ref, first, prefer, own_day=own_day)
    end = start + dt.timedelta(days=(last - first) % 7)
    if prefer == "past" and end > ref:
        start, end = start - dt.timedelta(days=7), end - dt.timedelta(days=7)
    return interval(start, end)


def weekday_pairs(days: dict[str, int], joiner: str) -> str:
    """A regex of two weekdays in a row joined by "and" ("vineri și sâmbătă", "в събота и
    неделя"): a forecast's or a fixture's two days, one interval. Only days that follow each
    other are paired, so "luni și miercuri" stays two days; the pattern names no groups, the
    resolver reads the words back with `pair_of`."""
    forms: dict[int, list[str]] = {}
    for word, number in days.items():
        forms.setdefault(number, []).append(word)
    return "|".join(
        rf"(?:{alternation(forms[n])})\s+(?:{joiner})\s+(?:{alternation(forms[(n + 1) % 7])})"
        for n in sorted(forms)
        if (n + 1) % 7 in forms
    )


def weekday_pair(days: Mapping[str, int]) -> Resolver:
    """The resolver of a `weekday_pairs` match in group `pair`, for a language's weekdays."""
    return lambda m, ctx: pair_of(m["pair"], days, ctx)


def pair_of(text: str, days: Mapping[str, int], ctx: Context) -> EdtfDate | None:
    """The interval of a `weekday_pairs` match: the first weekday read as a lone one would
    be, the second the day after it."""
    words = re.findall(r"[^\W\d_]+", text)
    found = [days[w] for w in words if w in days]
    if len(found) < 2:
        return None
    return weekday_range(ctx.today, found[0], found[-1], ctx.prefer, ctx.tensed)


# --- day + month resolvers shared by the ro and bg rules (language-free) -------------


def previous_word(m: re.Match[str]) -> str:
    """The word just before a match in the text it was found in ("" at the start): the
    languages check it against their own words ("ulicy", "strada", "площад")."""
    words = m.string[max(0, m.start() - 80) : m.start()].split()  # a window: linear in text
    return words[-1] if words else ""


def dated_day(year_: int, month_: int, day_: int) -> EdtfDate | None:
    """The day at day precision, or None when the month has no such day (31 April)."""
    found = calendar_day(year_, month_, day_)
    return None if found is None else day(found)


def date_span(first: dt.date | None, last: dt.date | None) -> EdtfDate | None:
    """Two days written out in full and joined as a range ("between 31.12.2025 and
    02.01.2026"): one interval, as a payment window or a holiday timetable names one span,
    not two days; none when either is no day or the last is not after the first."""
    if first is None or last is None or last <= first:
        return None
    return interval(first, last)


def day_month_near(ctx: Context, month_: int, day_: int, weekday: int | None) -> EdtfDate | None:
    """A day and month without a year, at day precision: nearest in the direction unless the
    weekday written with it ("marți, 9 septembrie", "вторник, 9 септември") holds only the
    other way (`day_month_on_weekday`); the language only maps its weekday word to a number."""
    found = day_month_on_weekday(ctx.today, month_, day_, weekday, ctx.prefer)
    return None if found is None else day(found)


# --- half-years (appended for the ro, bg, pl and pt rules; language-free) -------------


def half_year(year_: int, half: int) -> EdtfDate:
    """The first (January-June) or second (July-December) half of a year, as months."""
    return part_of_year(year_, half, 6)


def part_of_year(year_: int, n: int, size: int) -> EdtfDate:
    """The `n`-th part of `size` months of a year, as its months: a half (6), a third (4,
    pt "quadrimestre", which Brazilian public accounts report by), a two-month part (2, pt
    "bimestre")."""
    return span(month(year_, size * (n - 1) + 1), month(year_, size * n))


def nearest_part(
    ref: dt.date, n: int, size: int, prefer: Direction, closed: bool = True
) -> EdtfDate:
    """A part of `size` months of a year said without its year (`nearest_half` for any
    size): the current one included, nearest in the direction; looking forward, the part
    just ended is still this year's for the quarter after it, when it is `closed` (its
    results reported), not when it is the time of the clause's event."""
    current = (ref.month - 1) // size + 1
    if prefer == "future":
        just_ended = closed and n == current - 1 and ref.month <= size * n + 3
        year_ = ref.year if n >= current or just_ended else ref.year + 1
    else:
        year_ = ref.year if n <= current else ref.year - 1
    return part_of_year(year_, n, size)


def first_months(year_: int, count: int) -> EdtfDate | None:
    """The first `count` months of a year ("primele cinci luni ale anului", "w pierwszych
    czterech miesiącach roku"), January to the count-th; economic news reports them. Twelve
    are the year ("w ciągu 12 miesięcy 2023 r.")."""
    if count == 12:
        return year(year_)
    if not 2 <= count <= 11:
        return None
    return span(month(year_, 1), month(year_, count))


def last_months(year_: int, count: int) -> EdtfDate | None:
    """The last `count` months of a year ("ultimele patru luni ale anului 2024", "nos
    últimos dois meses do ano passado"), the (13 - count)-th to December."""
    if not 2 <= count <= 11:
        return None
    return span(month(year_, 13 - count), month(year_, 12))


def nearest_half(ref: dt.date, half: int, prefer: Direction, closed: bool = True) -> EdtfDate:
    """A half-year without a year ("semestrul I", "първото полугодие", "w pierwszym
    półroczu", "no primeiro semestre"): the current one included, nearest in the direction.
    Looking forward, the half just ended is still this year's for a quarter after it, as
    with quarters (`closed`): "os resultados do primeiro semestre serão divulgados" in
    August; not when it is the time of the clause's event ("a fábrica abrirá no primeiro
    semestre" in August is next year's, `nearest_quarter`)."""
    return nearest_part(ref, half, 6, prefer, closed)


def half_of_month(ctx: Context, month_: int, half: int, year_: int | None) -> EdtfDate:
    """The first (1-15) or second (16 to the end) half of a month, as its days: "w drugiej
    połowie lutego", "na segunda quinzena de janeiro", "през първата половина на май". A
    fortnight is a half: it ends when the month does. With no year, the month nearest in
    the direction (`nearest_month`)."""
    y = year_ if year_ is not None else nearest_month(ctx.today, month_, ctx.prefer)[0]
    last = calendar.monthrange(y, month_)[1]
    first_day, last_day = (1, 15) if half == 1 else (16, last)
    return interval(dt.date(y, month_, first_day), dt.date(y, month_, last_day))


def week_of_year(ctx: Context, number: int, year_: int | None) -> EdtfDate | None:
    """The ISO week of a number ("în săptămâna 9", "w 48. tygodniu 2024 r.", "na semana 15"):
    of the year written or said with it, else of the year that puts it nearest in the
    direction, the current week included (looking forward, a week of the last quarter is
    still this year's, as with half-years). None when the year has no such week (53)."""
    if year_ is None:
        this_year, this_week, _ = ctx.today.isocalendar()
        if ctx.prefer == "future":
            # a week ended less than a quarter ago is still this year's: figures for a
            # numbered week come out weeks after it ("a semana 30 mostra" in August)
            year_ = this_year if number >= this_week - 13 else this_year + 1
        else:
            year_ = this_year if number <= this_week else this_year - 1
    try:
        return week(year_, number)
    except ValueError:
        return None


def last_week_of_year(year_: int) -> EdtfDate:
    """The last ISO week of a year ("a última semana do ano"): 52 or 53."""
    return week(year_, dt.date(year_, 12, 28).isocalendar()[1])


def month_named_or_offset(
    ctx: Context, month_: int | None, year_: int | None, step: int
) -> tuple[int, int]:
    """(year, month) of an ordinal's month: a month named, of its year, else the nearest in
    the direction (`nearest_month`); none named ("of the month", "din această lună", "do
    mês passado"), the reference month moved by `step` (0 this, -1 last, 1 next)."""
    if month_ is None:
        moved = add_months(ctx.today.replace(day=1), step)
        return moved.year, moved.month
    if year_ is not None:
        return year_, month_
    return nearest_month(ctx.today, month_, ctx.prefer)[0], month_


def nth_weekday(year_: int, month_: int, weekday: int, n: int) -> dt.date | None:
    """The n-th weekday (0 = Monday) of a month, n = -1 the last ("prima luni din martie",
    "последния петък от месеца", "o último domingo do mês"); None when the month has no
    fifth one."""
    if n == -1:
        last = dt.date(year_, month_, calendar.monthrange(year_, month_)[1])
        return last - dt.timedelta(days=(last.weekday() - weekday) % 7)
    first = dt.date(year_, month_, 1)
    found = first + dt.timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    return found if found.month == month_ else None


def nth_week(year_: int, month_: int, n: int) -> EdtfDate | None:
    """The n-th week of a month as its ISO week ("a terceira semana de março", "drugi tydzień
    marca"). Convention: the n-th week is the one whose Monday is the month's n-th Monday (a
    week begun in the month before belongs to that month); the last is the last whole week,
    the one ending on the month's last Sunday. None when the month has no such week."""
    if n == -1:
        sunday = nth_weekday(year_, month_, 6, -1)
        return None if sunday is None else period(sunday, "week")
    monday = nth_weekday(year_, month_, 0, n)
    return None if monday is None else period(monday, "week")


def nth_weekend(year_: int, month_: int, n: int) -> EdtfDate | None:
    """The n-th or last weekend of a month, its Saturday and Sunday ("primul weekend din
    decembrie", "o último fim de semana de agosto"). Convention: the weekend of the month's
    n-th (last) Saturday, its Sunday in the next month when the Saturday ends the month.
    None when the month has no such Saturday."""
    saturday = nth_weekday(year_, month_, 5, n)
    if saturday is None:
        return None
    return span(day(saturday), day(saturday + dt.timedelta(days=1)))


# --- what a date means, written once for every language --------------------------------

MEANINGS: Final[frozenset[str]] = frozenset(
    {
        "iso_date",  # 2025-09-03
        "numeric_date",  # a day written in digits with its year: 03.09.2025
        "numeric_day_month",  # a day and month in digits: 3/9
        "numeric_month",  # a month in digits with its year: 09.2025
        "numeric_range",  # two full numeric dates as one span
        "day_month",  # a day and a month name, a year if given: 3 September
        "month_day",  # a month name, then its day: September 3
        "day_of_month",  # a bare day of the month: on the 20th
        "weekday_day",  # a weekday with its day of the month
        "weekday_date",  # a weekday with its day and month in digits: Saturday (27.09)
        "month_year",  # a month and its year: June 2024
        "month_relative_year",  # a month of last/this/next year
        "month_offset",  # last/this/next June
        "month",  # a month name alone, the nearest in the direction
        "day_range",  # days from one to another: 13-15 July
        "month_range",  # months from one to another
        "quarter_range",  # quarters from one to another
        "year_range",  # years from one to another: 2022-2024
        "weekday",  # a weekday, the nearest in the direction or the one of a named week
        "weekday_abbreviation",  # a weekday abbreviated, as a whole expression
        "weekday_pair",  # two weekdays in a row joined by 'and': one interval
        "weekday_range",  # from one weekday to another
        "weekend",  # a Saturday and Sunday
        "relative_day",  # today, yesterday, tomorrow
        "period_offset",  # last/this/next week, month, quarter, year
        "latest_period",  # the latest year: last year alone, over the past year in a text
        "period_pair",  # this and next year: two offsets sharing one unit, one interval
        "school_year_offset",  # last/this/next school year: September to June, two years
        "same_month",  # that month, the same month: the month of the date mentioned before
        "same_day",  # the same date, the same day: the day of the date mentioned before
        "day_in_year",  # this very day in another year: on this day in 1944
        "part_of_period",  # earlier/later this year, the start of a month
        "units_ago",  # N days, weeks, months, years ago
        "units_ahead",  # in N days, weeks, months, years
        "units_later",  # N units later: counted from the date mentioned before
        "same_year",  # that year, the same year: the year of the date mentioned before
        "last_next_n",  # the last/next N units
        "ordinal_in_month",  # the n-th weekday, day or week of a month
        "edge_day",  # the first or last day of a month or a year
        "ordinal_period",  # the n-th quarter, half or month of a year
        "quarter",  # a quarter of a year
        "half_year",  # a half of a year
        "first_months",  # the first N months of a year: January to the N-th
        "last_months",  # the last N months of a year: the (13 - N)-th to December
        "half_of_month",  # the first or second half (fortnight) of a month
        "week_of_year",  # the n-th (ISO) week of a year: week 48
        "season",  # spring, summer, autumn, winter
        "holiday",  # a named day: Christmas, Easter, a national day
        "year",  # a year
        "decade",  # a decade: the 1990s, written 90, '90 or 1990
        "century",  # a century by its number: the 19th century, written XIX or 19
    }
)
"""The ideas a rule can express, one name each, the same in every language (a language
may have several rules for one idea: the shapes its phrases take)."""


def weekday_date(
    ref: dt.date,
    weekday: int,
    prefer: Direction,
    step: int | None = None,
    week: int | None = None,
    *,
    own_day: bool = False,
) -> dt.date:
    """A weekday (0 = Monday). `week`: the one of the ISO week that far from the reference's
    own ("Tuesday next week"). `step` k != 0: the k-th strictly after (k > 0) or before
    ("last Friday" -1, "the Friday after next" 2); 0: "this" one, the current week's in
    every language ("vinerea aceasta", "този петък", "nesta sexta-feira", "w ten piątek"
    on a Wednesday are the Friday two days on, whatever the tense), unless reading forward
    it is gone already ("this Monday" looking forward on a Tuesday is the coming one, as in
    Duckling). With no word to go on: looking back the reference day counts (news name
    the publication day by its weekday); looking forward it counts when `own_day`, the
    direction being a sentence's tense (`Context.tensed`: "on or after", dates.md rule 2),
    and not for a bare phrase read forward (Duckling's reading: on its own day one says
    "today"). "Next" (`step` 1) stays strictly after either way."""
    if week is not None:
        return weekday_of_week(ref, weekday, week)
    if step:
        found = strict_weekday(ref, weekday, "future" if step > 0 else "past")
        return found + dt.timedelta(weeks=step - (1 if step > 0 else -1))
    if step == 0:
        this = weekday_of_week(ref, weekday, 0)
        if prefer == "future" and this < ref:
            return strict_weekday(ref, weekday, "future")
        return this
    if prefer == "future" and not own_day:
        return strict_weekday(ref, weekday, "future")
    return nearest_weekday(ref, weekday, prefer)


def season_date(
    ctx: Context, code: int, step: int | None = None, year_: int | None = None
) -> EdtfDate:
    """A season (21 spring .. 24 winter): of a year; "last" (-1) the one that ended last,
    "next" (1) the one that starts next, -2 the one before last, "this" (0) the one of
    this year; with no word to go on the current one while it lasts, else the nearest in
    the direction."""
    if year_ is not None:
        return season(year_, code)
    ref = ctx.today
    this = season(season_year(ref, code), code)
    if step is None:
        return nearest_season(ref, code, ctx.prefer)
    if step < 0:
        last = this if this.end < ref else season(this.start.year - 1, code)
        return season(last.start.year + step + 1, code)
    if step > 0:
        following = this if this.start > ref else season(this.start.year + 1, code)
        return season(following.start.year + step - 1, code)
    return this


def holiday_date(
    ctx: Context, on: Callable[[int], dt.date], year_: int | None = None, step: int | None = None
) -> EdtfDate:
    """A yearly day: of a year; "last" (-1) the one before the reference, "next" (1) the one
    after; else the nearest in the direction, the reference day included."""
    if year_ is not None:
        return day(on(year_))
    ref = ctx.today
    if step is not None and step < 0:
        return day(nearest_yearly(ref - dt.timedelta(days=1), on, "past"))
    if step is not None and step > 0:
        return day(nearest_yearly(ref + dt.timedelta(days=1), on, "future"))
    return day(nearest_yearly(ref, on, ctx.prefer))


def anaphoric_month(ctx: Context, deictic: bool) -> EdtfDate | None:
    """ "That month", "the same month" ("nesse mês", "în aceeași lună", "през същия месец",
    "w tym samym miesiącu"): the month of the date mentioned last before it at day or month
    precision (`Context.antecedent`). A word that also says "this month" (`deictic`: pt
    "nesse mês", bg "през този месец") refers back only to a date of its own sentence, and
    is the reference month without one; a pure anaphor with nothing before it is no date
    (it cannot be resolved, and a date is never guessed)."""
    _ANTECEDENT_READS[0] += 1
    if ctx.antecedent is not None and (ctx.antecedent_near or not deictic):
        return month(ctx.antecedent.year, ctx.antecedent.month)
    return units_from(ctx.today, "month", 0) if deictic else None


SCHOOL_YEAR_START: Final = 9
"""The month a school year starts in, in all four countries (September)."""


def school_year(ref: dt.date, step: int) -> EdtfDate | None:
    """The school year under way at the reference ("this school year": from September to
    June, written as its two years, 2025/2026, as "2025/2026" is read), or `step` years on."""
    start = ref.year - (ref.month < SCHOOL_YEAR_START) + step
    return year_range(start, start + 1)


_FINER: Final = {"day": ("day",), "week": ("day", "week"), "month": ("day", "week", "month")}
"""The precisions an anchor needs for a count of each unit after it: "two days later" counts
from a day, never from a month or a year (`units_after_anchor`); a year counts from any."""


ANCHORED_UNITS: Final[frozenset[Unit]] = frozenset({"year"})
"""The units a count after a date told before is read in (`units_after_anchor`). Years
only: a history's "three years later" names a year nothing else in the text gives, while
news writes a day or a week later with its date beside it ("dzień później, 20 sierpnia") or
as a step of a story the eval sets' writers, following benchmarks/extract_eval/README.md,
did not mark (18 of 18 such days and weeks in the sets read by session 15)."""


def units_after_anchor(ctx: Context, unit: Unit, n: int) -> EdtfDate | None:
    """ "Three years later" ("trzy lata później", "três anos depois", "trei ani mai
    târziu", "три години по-късно"): `n` years after the end of the date mentioned last
    before it (`Context.anchor`). None with no date before it (it cannot be resolved, and a
    date is never guessed), or in a unit not read so (`ANCHORED_UNITS`)."""
    _ANTECEDENT_READS[0] += 1
    anchor = ctx.anchor
    if anchor is None or unit not in ANCHORED_UNITS or not _counts_from(anchor, unit):
        return None
    return units_from(anchor.end, unit, n)


def _counts_from(anchor: Anchor, unit: Unit) -> bool:
    """Whether a count of `unit` may start at the anchor: it is at least as fine (`_FINER`)."""
    return unit not in _FINER or anchor.precision in _FINER[unit]


def anaphoric_year(ctx: Context) -> EdtfDate | None:
    """ "The same year", "that year" ("w tym samym roku", "no mesmo ano", "în același an",
    "през същата година"): the year of the date mentioned last before it (`Context.anchor`),
    when that date lies within one year; no date otherwise (never guessed)."""
    _ANTECEDENT_READS[0] += 1
    anchor = ctx.anchor
    if anchor is None or anchor.start.year != anchor.end.year:
        return None
    return year(anchor.start.year)


THAT_YEAR_GAP: Final = 2
"""How many years before the reference's a year told before must lie for "this year" words
that also say "that year" (bg "тази година", pl "tego roku") to refer back to it: news
contrasts last year with this one ("W 2024 r. sprzedaż wzrosła, a w maju tego roku
spadła"), a history tells of its own year ("W 1939 roku ..., a we wrześniu tego roku ...")."""


def this_or_that_year(ctx: Context) -> int:
    """The year of "this year" words that also say "that year" (`Words.pointing_back`): the
    year of the date told before in the sentence, when that date lies within one year, at
    least `THAT_YEAR_GAP` years before the reference's, and the clause is past; the
    reference's year otherwise."""
    _ANTECEDENT_READS[0] += 1
    anchor = ctx.anchor
    year_ = ctx.today.year
    if (
        anchor is not None
        and anchor.near
        and anchor.start.year == anchor.end.year
        and anchor.start.year <= year_ - THAT_YEAR_GAP
        and ctx.prefer == "past"
        and ctx.tensed
    ):
        return anchor.start.year
    return year_


def following_period(ctx: Context, unit: Unit) -> EdtfDate | None:
    """ "The following year", "the following month" after a date told before it in its
    sentence ("W 1994 r. gmina kupiła działkę, a w następnym roku ...", "no ano seguinte",
    "în anul următor", "на следващата година"): the period after that date's, when it lies
    before the reference's own period, or is the reference's own in a past clause; None
    otherwise (the words also say "next": the one after the reference is read)."""
    _ANTECEDENT_READS[0] += 1
    anchor = ctx.anchor
    if anchor is None or not anchor.near or not _counts_from(anchor, unit):
        return None
    after = units_from(anchor.end, unit, 1)
    current = units_from(ctx.today, unit, 0)
    if after.end < current.start or (after == current and ctx.prefer == "past"):
        return after
    return None


def preceding_period(ctx: Context, unit: Unit) -> EdtfDate | None:
    """ "The previous month", "the previous quarter" after a date told before it in its
    sentence ("În aprilie exporturile au scăzut, după ce în luna precedentă crescuseră",
    "no terceiro trimestre ... à do trimestre anterior", "w poprzednim kwartale", "в
    предходната година"): the period before that date's, when the date lies within one period
    of the unit; None otherwise (the words also say "last": the one before the reference's
    is read)."""
    _ANTECEDENT_READS[0] += 1
    anchor = ctx.anchor
    if anchor is None or not anchor.near or anchor.opened:
        return None
    own = units_from(anchor.start, unit, 0)
    if units_from(anchor.end, unit, 0) != own:
        return None
    return units_from(anchor.start, unit, -1)


def anaphoric_day(ctx: Context) -> EdtfDate | None:
    """ "The same date", "the same day" ("на същата дата", "la aceeași dată", "tego samego
    dnia", "na mesma data"): the day of the date mentioned last before it
    (`Context.antecedent`); with nothing before it, no date (never guessed)."""
    _ANTECEDENT_READS[0] += 1
    return None if ctx.antecedent is None else day(ctx.antecedent)


def day_in_year(ref: dt.date, year_: int) -> EdtfDate | None:
    """ "On this day in 1944" ("на този ден през 1944 г.", "în această zi, în 1918", "w tym
    dniu w 1989 roku", "neste dia, em 1974"), the anniversary columns' opening: the reference's
    own day and month in that year, the day the article marks. None for 29 February in a year
    without one."""
    found = calendar_day(year_, ref.month, ref.day)
    return None if found is None else day(found)


def weekday_dom_of_antecedent(ctx: Context, weekday: int, dom: int) -> dt.date | None:
    """A weekday with its day of the month ("na quinta-feira, dia 25") in the month of a date
    before it in its sentence ("nos dias 17, 18 e 19 de março e na quinta-feira, dia 25"),
    when that day falls on the weekday: the writer goes on in the month just named. None
    otherwise (the nearest such day is read)."""
    _ANTECEDENT_READS[0] += 1
    prior = ctx.antecedent
    if prior is None or not ctx.antecedent_near:
        return None
    found = calendar_day(prior.year, prior.month, dom)
    return found if found is not None and found.weekday() == weekday else None


def weekday_after_antecedent(ctx: Context, weekday: int) -> dt.date | None:
    """ "The following Wednesday" after a day told before it in its sentence ("começa na
    quarta-feira, 5 de novembro, e a sentença sai na quarta-feira seguinte", "wstrzymano w
    poniedziałek 20 października, a wznowiono w następny poniedziałek"): the first such
    weekday after that day, a week on when it is one. None when the sentence tells no day
    before it or only a month (the next one from the reference is read)."""
    _ANTECEDENT_READS[0] += 1
    prior = ctx.antecedent
    if prior is None or not ctx.antecedent_near or ctx.antecedent_month:
        return None
    return prior + dt.timedelta(days=(weekday - prior.weekday() - 1) % 7 + 1)


def day_of_antecedent_month(ctx: Context, day_: int) -> EdtfDate | None:
    """ "a 19 do mesmo mês", "11 tego samego miesiąca": that day of the month of the date
    mentioned before it (`Context.antecedent`); None when there is none or the month has no
    such day."""
    _ANTECEDENT_READS[0] += 1
    if ctx.antecedent is None:
        return None
    found = calendar_day(ctx.antecedent.year, ctx.antecedent.month, day_)
    return None if found is None else day(found)


ANTECEDENT_DAYS: Final = 62
"""How far from the reference a date may be for a later day of the month alone to be of its
month (`day_after_antecedent`): an article's own calendar, not a date of its history."""


def day_after_antecedent(ctx: Context, day_: int) -> dt.date | None:
    """ "No dia 14 de junho ... no dia 22", "На 14 декември ..., а на 20-и": a day of the
    month alone, later in the month than the date mentioned before it, goes on in that
    month, when that date is of the article's own weeks, or a day of the day's own sentence
    (`Context.antecedent_day`; a timetable: "marcado para 6 de julho, o de Física para dia
    9"). After a month said alone in its
    sentence with no verb between (`Context.antecedent_month`: "As obras terminam em abril
    (no dia 14)"), the day details that month, however far it is. None otherwise (the
    nearest such day is read)."""
    _ANTECEDENT_READS[0] += 1
    prior = ctx.antecedent
    if prior is not None and ctx.antecedent_month:
        return calendar_day(prior.year, prior.month, day_)
    if prior is None or day_ <= prior.day:
        return None
    if not (ctx.antecedent_near and ctx.antecedent_day) and (
        abs((prior - ctx.today).days) > ANTECEDENT_DAYS
    ):
        return None
    return calendar_day(prior.year, prior.month, day_)


def later_day_in_sentence(ctx: Context, day_: int) -> dt.date | None:
    """A bare day number that is a date only as a later day after one told in its own
    sentence ("Pe 30 august ... spectacolul, pe 31 recitalul"): `day_after_antecedent`,
    None without a date before it in the sentence."""
    found = day_after_antecedent(ctx, day_)
    return found if ctx.antecedent_near else None


def month_step(ref: dt.date, month_: int, step: int) -> EdtfDate:
    """A month named with "last", "this" or "next" ("iunie trecut", "миналия юни", "setembro
    passado", "w przyszłym marcu"): last (-1) is the latest one strictly before the
    reference's month, next (1) the first strictly after it, -2/2 one year further; this
    (0) is the one of the reference's year."""
    if step == 0:
        return month(ref.year, month_)
    if step < 0:
        return month((ref.year if month_ < ref.month else ref.year - 1) + step + 1, month_)
    return month((ref.year if month_ > ref.month else ref.year + 1) + step - 1, month_)


def days_from(ref: dt.date, unit: Unit, n: int) -> EdtfDate:
    """The day n units after the reference, counted from the day itself ("a week from
    today" is a day, where "in a week" is the next ISO week)."""
    return day(shift(ref, unit, n))


def decades_ago(ref: dt.date, n: int) -> EdtfDate:
    """N decades back, at a decade's precision, as N years back is a year (shared/docs/
    dates.md rule 5): "three decades ago" on 2020-02-27 is the decade of 1990, `199X`."""
    back = ref.year - 10 * n
    return decade(back - back % 10)


def units_from(ref: dt.date, unit: Unit, n: int) -> EdtfDate:
    """The unit n units from the reference's own, at the unit's precision ("three weeks
    ago" is an ISO week, shared/docs/dates.md rule 5)."""
    return period(shift(ref, unit, n), unit)


# --- decades (language-free) -----------------------------------------------------------

_ROMAN: Final = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}


def roman(text: str) -> int | None:
    """A Roman numeral as written for a century ("xx", "xxi", "xix"), or None."""
    total, last = 0, 0
    for ch in reversed(text.lower()):
        value = _ROMAN.get(ch)
        if value is None:
            return None
        total += -value if value < last else value
        last = max(last, value)
    return total or None


def decade_of(digits: str, century: int | None = None) -> EdtfDate | None:
    """A decade as news writes it: "1990" (its first year), or "90"/"'90" with or without its
    century ("lata 80. XX wieku" is the 1980s). Two digits without a century are of the
    1900s, except "00" and "10" (the 2000s and 2010s: the 1900s and 1910s are history books'
    decades, written with their century); the 2020s are written "2020" when meant. Never read
    against today. A number that does not end in 0 is no decade."""
    digits = digits.lstrip("'")
    if not digits.isdigit() or not digits.endswith("0"):
        return None
    number = int(digits)
    if len(digits) == 4:
        first = number
    elif len(digits) != 2:
        return None
    elif century is not None:
        first = (century - 1) * 100 + number
    else:
        first = 2000 + number if number < 20 else 1900 + number
    return decade(first) if 1000 <= first <= 2990 else None


def end_not_reached(ctx: Context, unit: Unit) -> int:
    """The step of "the end of the year" or "of the month" said with no "this" or "last"
    ("Pod koniec roku sprzedaż spadła", "No final do ano, as vendas caíram"): told in the
    past (`Context.tensed`) while the reference is still in the first half of its own year or
    month (an article of 2 January), the end is the last one's (-1): this one's is still to
    come. Else 0, this one's."""
    if not ctx.tensed or ctx.nearest or ctx.prefer != "past":
        return 0
    today = ctx.today
    if unit == "year":
        return -1 if today.month <= 6 else 0
    if unit == "month":
        return -1 if today.day <= 15 else 0
    return 0


def century_of(written: str) -> EdtfDate | None:
    """A century by its number as written, Roman ("XIX") or Arabic ("19"): the hundred
    years from its "00" year, as newsrooms and TIMEX3 count them (the 19th century is
    1800-1899, not the astronomer's 1801-1900), an interval of years. Centuries before the
    first or after the twenty-first are no news date."""
    first = _century_start(written)
    return None if first is None else span(year(max(first, 1)), year(first + 99))


def _century_start(written: str) -> int | None:
    """The "00" year of a century written Roman or Arabic (`century_of`), None for none."""
    number = int(written) if written.isdigit() else roman(written)
    return None if number is None or not 1 <= number <= 21 else (number - 1) * 100


def half_of_century(written: str, half: int) -> EdtfDate | None:
    """The first or second half of a century ("w drugiej połowie XVIII w.", "na segunda
    metade do século XIX"): its fifty years from the "00" or the "50" year."""
    first = _century_start(written)
    if first is None:
        return None
    start = first + (half - 1) * 50
    return span(year(max(start, 1)), year(start + 49))


def centuries(first: str, last: str) -> EdtfDate | None:
    """Two centuries named together ("w XV i XVI wieku", "nos séculos XV e XVI", "na
    przełomie XIX i XX wieku"): one interval from the first's "00" year to the last's "99";
    a backward pair is no date."""
    start, end = _century_start(first), _century_start(last)
    if start is None or end is None or end <= start:
        return None
    return span(year(max(start, 1)), year(end + 99))
