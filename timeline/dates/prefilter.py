"""Which words a rule's matches must contain, so that `scan` runs each rule only near them.

A news article holds a handful of dates in thousands of characters, and a
language's rules are long alternations that are slow to try at every word. Like
RE2's prefilter, this reads each compiled pattern and finds a set of words one of
which every match contains ("junho", "sábado", a digit, ...). `scan` finds those
words in one pass over the text and runs each rule only around its own words.

The reading is conservative: where a construct is not understood, the rule has
no prefilter and runs everywhere, so gating can cost speed but never a match
(a test compares gated and ungated scans).
"""

from __future__ import annotations

import _sre
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from timeline.dates import regexcache

DIGIT = "0"
"""Stands for "any digit" among the required words."""


@dataclass(frozen=True, slots=True)
class Word:
    """A required word, and whether it starts a word of the text (then it is anchored)."""

    text: str
    anchored: bool


Words = frozenset[Word]


def required_words(pattern: re.Pattern[str], common: frozenset[str] = frozenset()) -> Words | None:
    """Words one of which every match contains, or None when no selective set is known.

    Where a match needs both a word of one set and a word of another, the set without a
    `common` word (the language's prepositions and conjunctions: "em", "que", "в") is
    taken: "na semana que vem" is looked for near "semana", not near every "que"."""
    return read(pattern, common)[0]


def read(
    pattern: re.Pattern[str], common: frozenset[str] = frozenset()
) -> tuple[Words | None, list[Words]]:
    """`required_words` and `every_required` at once, the pattern parsed once (once per
    machine: `regexcache`)."""
    return regexcache.reading(
        "prefilter.read",
        pattern,
        lambda: _read(pattern, common),
        _encode_reading,
        _decode_reading,
        (common,),
    )


def _encode_reading(found: tuple[Words | None, list[Words]]) -> Any:
    best, parts = found
    return (None if best is None else _encode(best), tuple(_encode(part) for part in parts))


def _decode_reading(kept: Any) -> tuple[Words | None, list[Words]]:
    best, parts = kept
    return (None if best is None else _decode(best), [_decode(part) for part in parts])


def _encode(words: Words) -> frozenset[tuple[str, bool]]:
    return frozenset((w.text, w.anchored) for w in words)


def _decode(kept: Any) -> Words:
    return frozenset(Word(text, anchored) for text, anchored in kept)


def _read(pattern: re.Pattern[str], common: frozenset[str]) -> tuple[Words | None, list[Words]]:
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        parsed = list(sre_parse.parse(pattern.pattern, pattern.flags))
        found = _Reader(common).sequence(parsed, boundary=False)
        parts = _Reader(common).parts(parsed, boundary=False)
    except Exception:  # an unfamiliar construct: no gating, never a lost match
        return None, []
    return (found if found is not None and _selective(found) else None), parts


def every_required(pattern: re.Pattern[str], common: frozenset[str] = frozenset()) -> list[Words]:
    """Each set of words one of which every match contains, for every part a match needs
    (`required_words` takes the most selective one; a date written in words needs its day
    and its month: "15 de junho" needs a digit and a month's name). Empty when the pattern
    is not understood."""
    return read(pattern, common)[1]


def second_best(
    parts: list[Words], chosen: Words, common: frozenset[str] = frozenset()
) -> Words | None:
    """Of a rule's `parts`, the most selective one that can tell more than the words it is
    gated by (`chosen`): a stretch those opened may still lack it. None when no part can:
    one that also holds a digit, when only a digit opens the stretch (it is there; a number
    word among the digits may open it without one), one with a `common` word or a word of
    fewer than three letters (nearly every stretch holds one)."""
    digit = all(w.text == DIGIT for w in chosen)
    others = [
        part
        for part in parts
        if part != chosen
        and not (digit and any(w.text == DIGIT for w in part))
        and all(w.text == DIGIT or (len(w.text) >= 3 and w.text not in common) for w in part)
    ]
    return max(others, key=lambda words: _score(words, common)) if others else None


def marks(parts: list[Words], chosen: Words) -> tuple[tuple[str, ...], ...]:
    """Of a rule's `parts`, those made of punctuation alone (a slash, a dash, a dot: no
    letter, no digit), other than the words it is gated by (`chosen`), each as its marks.
    A date written in digits needs its separators, and news sets numbers apart from them
    more often than not ("2,5 milhões", "30 pessoas")."""
    found = {
        tuple(sorted({w.text for w in part})): None
        for part in parts
        if part != chosen and part and not any(ch.isalnum() for w in part for ch in w.text)
    }
    return tuple(found)


try:
    from re._casefix import _EXTRA_CASES  # type: ignore[import-not-found]
except ImportError:  # another engine: words are looked for case-insensitively only
    _EXTRA_CASES = None
_DIGIT_ANYWHERE = re.compile(r"\d")
_CASELESS = re.compile(r"\(\?[a-zA-Z]*i")
"""An inline flag group that turns case-insensitive matching on ("(?i:", "(?ai:")."""


def presence(words: Words, pattern: re.Pattern[str]) -> tuple[re.Pattern[str], ...]:
    """Patterns that find the words wherever they stand (a digit for `DIGIT`), one of
    which finds something in any stretch of text where `pattern`, a rule that needs one of
    the words, may match: the words in the case the rule reads them (either case when it
    reads any part of itself so), the digits apart, so that each opens on a class of
    first characters the engine skips to."""
    found = []
    texts = {w.text for w in words if w.text != DIGIT}
    if texts:
        caseless = pattern.flags & re.IGNORECASE or _CASELESS.search(pattern.pattern)
        found.append(
            regexcache.compile(_trie_regex(build_trie(texts)), re.IGNORECASE if caseless else 0)
        )
    if any(w.text == DIGIT for w in words):
        found.append(_DIGIT_ANYWHERE)
    return tuple(found)


def lowered_presence(
    words: Words, pattern: re.Pattern[str]
) -> tuple[re.Pattern[str], re.Pattern[str]] | None:
    """`presence`'s pattern of the words, for a rule that reads them in either case, as a
    case-sensitive pattern of the words in lower case, to run over the lower case of the
    text, and a pattern of the characters whose presence in that lower case makes it no
    stand-in (None when the words are not all lower-case letters or uncased characters).

    The engine skips to a case-sensitive pattern's first letters in a tight loop of its
    own; for a case-insensitive one it starts an attempt at every character. The two
    find the same: a character matches a lower-case letter in either case when its simple
    lower case is that letter or one of the few the engine holds equal to it ("s" and the
    long "ſ", "в" and the rounded "ᲀ": `re._casefix`), and its lower case in the text is
    its simple one but for a final sigma, itself such a pair, and the dotted capital I,
    whose lower case is two characters (the caller compares the lengths)."""
    texts = {w.text for w in words if w.text != DIGIT}
    caseless = pattern.flags & re.IGNORECASE or _CASELESS.search(pattern.pattern)
    if not texts or not caseless or _EXTRA_CASES is None:
        return None
    letters = {ch for text in texts for ch in text}
    if any(
        _sre.unicode_tolower(ord(ch)) != ord(ch)
        or ch.lower() != ch
        or (ch.isalpha() and not _sre.unicode_iscased(ord(ch)))
        for ch in letters
    ):
        return None  # a capital or an uncased letter among the words: read as given
    unfit = {chr(o) for ch in letters for o in _EXTRA_CASES.get(ord(ch), ())}
    lowered = regexcache.compile(_trie_regex(build_trie(texts)))
    return lowered, regexcache.compile(
        f"[{re.escape(''.join(sorted(unfit)))}]" if unfit else "(?!)"
    )


def starts_text(pattern: re.Pattern[str]) -> bool:
    """Whether every match of the pattern starts where the text starts (`\\A` first, after
    only look-behinds, with no alternative that does without it): such a rule can match
    on a text's first line alone."""
    return regexcache.reading("prefilter.starts_text", pattern, lambda: _starts_text(pattern))


def _starts_text(pattern: re.Pattern[str]) -> bool:
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        items = list(sre_parse.parse(pattern.pattern, pattern.flags))
    except Exception:  # an unfamiliar construct: say no, the rule runs as any other
        return False
    return _starts(items)


def _starts(items: list[Any]) -> bool:
    for op, arg in items:
        name = str(op)
        if name == "ASSERT_NOT" or (name == "ASSERT" and arg[0] < 0):
            continue  # a look-behind takes no text
        if name == "AT":
            return str(arg) == "AT_BEGINNING_STRING"
        if name == "SUBPATTERN":
            return _starts(list(arg[-1]))
        return False
    return False


def given(needs: frozenset[str]) -> Words | None:
    """Words a rule's author declared (`Rule.needs`), found anywhere in the text."""
    return frozenset(Word(text, False) for text in needs) if needs else None


def _selective(words: Words) -> bool:
    """Digits, words of three letters or more, or two letters that must start a word."""
    return all(
        w.text == DIGIT or len(w.text) >= 3 or (w.anchored and len(w.text) == 2) for w in words
    )


def _score(words: Words, common: frozenset[str]) -> tuple[bool, bool, float, int, int]:
    """How few places of a text a set of words is likely to be found at: the larger, the
    fewer (no word that the language uses everywhere, longer words, anchored words). A
    number is rarer than a word of two letters at a word's start or of three anywhere
    ("ta", "te" in Polish, "do" in Portuguese stand in nearly every sentence), and commoner
    than a word of three letters at a word's start."""
    shortest = min(3.5 if w.text == DIGIT else len(w.text) + w.anchored for w in words)
    anchored = sum(w.anchored for w in words)
    rare = not any(w.text in common for w in words)
    return (_selective(words), rare, shortest, anchored, -len(words))


class _Reader:
    """Walks sre's parse tree; `boundary` says whether a word of the text starts here."""

    def __init__(self, common: frozenset[str] = frozenset()) -> None:
        from re import _constants as c  # type: ignore[attr-defined]

        self.c = c
        self.common = common

    def sequence(self, items: list[Any], boundary: bool) -> Words | None:
        """A sequence needs all its parts, so the most selective part's words will do."""

        def one(op: Any, arg: Any, boundary: bool) -> list[Words]:
            found = self.item(op, arg, boundary)
            return [] if found is None else [found]

        candidates = self.walk(items, boundary, one)
        return max(candidates, key=lambda words: _score(words, self.common)) if candidates else None

    def parts(self, items: list[Any], boundary: bool) -> list[Words]:
        """`sequence`'s candidates, every one of them: each is needed by every match. A
        group or a repeat that must occur gives its own parts, for the same reason."""
        c = self.c

        def one(op: Any, arg: Any, boundary: bool) -> list[Words]:
            if op is c.SUBPATTERN:
                return self.parts(list(arg[-1]), boundary)
            if op is c.ATOMIC_GROUP:
                return self.parts(list(arg), boundary)
            if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT) and arg[0] >= 1:
                return self.parts(list(arg[2]), boundary)
            found = self.item(op, arg, boundary)
            return [] if found is None else [found]

        return self.walk(items, boundary, one)

    def walk(
        self,
        items: list[Any],
        boundary: bool,
        one: Callable[[Any, Any, bool], list[Words]],
    ) -> list[Words]:
        """The words a sequence's parts need, in order: a run of literals read as its
        strings, any other item as `one` reads it (with whether a word starts there)."""
        found: list[Words] = []
        i = 0
        while i < len(items):
            strings, j = self.expand(items, i)
            if j > i:
                found += _longest_words(strings, boundary, self.common)
                boundary = all(_apart(s[-1:]) for s in strings) if strings else boundary
                i = j
                continue
            op, arg = items[i]
            found += one(op, arg, boundary)
            boundary = self.leaves_boundary(op, arg, boundary)
            i += 1
        return found

    def expand(self, items: list[Any], i: int) -> tuple[set[str], int]:
        """The literal strings that items[i:j] match, as far as they are only literals."""
        c = self.c
        strings = {""}
        while i < len(items):
            op, arg = items[i]
            if op is c.LITERAL:
                grown = {s + chr(arg) for s in strings}
            elif op is c.BRANCH or op is c.SUBPATTERN:
                alternatives = arg[1] if op is c.BRANCH else [arg[-1]]
                tails: set[str] = set()
                for alternative in alternatives:
                    inner, j = self.expand(list(alternative), 0)
                    if j < len(alternative):
                        return strings, i
                    tails |= inner
                grown = {s + t for s in strings for t in tails}
            else:
                break
            if len(grown) > 512:
                break
            strings = grown
            i += 1
        return strings, i

    def item(self, op: Any, arg: Any, boundary: bool) -> Words | None:
        c = self.c
        if op is c.SUBPATTERN:
            return self.sequence(list(arg[-1]), boundary)
        if op is c.ATOMIC_GROUP:
            return self.sequence(list(arg), boundary)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return self.sequence(list(arg[2]), boundary) if arg[0] >= 1 else None
        if op is c.BRANCH:
            union: set[Word] = set()
            for alternative in arg[1]:
                found = self.sequence(list(alternative), boundary)
                if found is None:
                    return None
                union |= found
            return frozenset(union)
        if self.is_digit(op, arg):
            return frozenset({Word(DIGIT, False)})
        return None

    def is_digit(self, op: Any, arg: Any) -> bool:
        c = self.c
        if op is c.CATEGORY:
            return bool(arg is c.CATEGORY_DIGIT)
        return op is c.IN and all(
            (o is c.CATEGORY and a is c.CATEGORY_DIGIT)
            or (o is c.RANGE and 48 <= a[0] <= a[1] <= 57)
            or (o is c.LITERAL and 48 <= a <= 57)
            for o, a in arg
        )

    def leaves_boundary(self, op: Any, arg: Any, boundary: bool) -> bool:
        """Whether a word of the text always starts right after this item."""
        c = self.c
        if op is c.LITERAL:
            return _apart(chr(arg))
        if op is c.ASSERT_NOT and arg[0] == -1:
            # (?<!\w) and the like; another look-behind ("(?<!\sdo)") says nothing of it
            return self.keeps_word_out(arg[1]) or boundary
        if op is c.AT:
            return arg in (c.AT_BEGINNING, c.AT_BEGINNING_STRING, c.AT_BOUNDARY) or boundary
        if op in (c.ASSERT, c.ASSERT_NOT):
            return boundary
        if op is c.IN:
            return all(
                (o is c.CATEGORY and a is c.CATEGORY_SPACE) or (o is c.LITERAL and _apart(chr(a)))
                for o, a in arg
            )
        if op is c.SUBPATTERN:
            return self.ends_boundary(list(arg[-1]), boundary)
        if op is c.BRANCH:
            return all(self.ends_boundary(list(alt), boundary) for alt in arg[1])
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            after = self.ends_boundary(list(arg[2]), boundary)
            return after and (boundary or arg[0] >= 1)
        if op is c.GROUPREF_EXISTS:
            # "(?(cue)|(?<!...))": each branch read as a sequence
            return all(self.ends_boundary(list(b or []), boundary) for b in arg[1:])
        return False

    def keeps_word_out(self, body: Any) -> bool:
        """Whether a look-behind's body is one item that reads every word character
        (`\\w`, `[\\w]`): after its negation a word of the text starts."""
        c = self.c
        items = list(body)
        if len(items) != 1:
            return False
        op, arg = items[0]
        if op is c.CATEGORY:
            return bool(arg is c.CATEGORY_WORD)
        return op is c.IN and any(o is c.CATEGORY and a is c.CATEGORY_WORD for o, a in arg)

    def ends_boundary(self, items: list[Any], boundary: bool) -> bool:
        for op, arg in items:
            boundary = self.leaves_boundary(op, arg, boundary)
        return boundary


def _longest_words(
    strings: set[str], boundary: bool, common: frozenset[str] = frozenset()
) -> list[Words]:
    """From each literal string its longest word that is not a `common` one ("przed "
    gives "przed", "que vem" gives "vem")."""
    words = set()
    for text in strings:
        pieces = [(m.start(), m.group()) for m in re.finditer(r"\S+", text)]
        if not pieces:
            return []  # one alternative holds no word: nothing is required here
        at, best = max(pieces, key=lambda p: (p[1] not in common, len(p[1])))
        anchored = boundary if at == 0 else _apart(text[at - 1])
        words.add(Word(best, anchored and best[0].isalpha()))
    return [frozenset(words)]


def _apart(char: str) -> bool:
    """Whether a character the pattern consumes leaves a word of the text starting right
    after it: a space, a dash, a dot, any character no word holds (`(?<!\\w)` holds
    after it, which is all the trigger asks of an anchored word)."""
    return len(char) == 1 and not (char.isalnum() or char == "_")


def trigger_pattern(words: set[Word], flags: int = 0) -> re.Pattern[str] | None:
    """One pattern that finds every required word: anchored ones only at a word start."""
    parts = [part for part in trigger_parts(words) if part is not None]
    return regexcache.compile("|".join(parts), flags) if parts else None


def trigger_parts(words: set[Word]) -> tuple[str | None, str | None]:
    """The trigger's two alternatives: the anchored words and the numbers, then the words
    found anywhere (`trigger_pattern` is the first, else the second)."""
    anchored = {w.text for w in words if w.anchored and w.text != DIGIT}
    loose = {w.text for w in words if not w.anchored and w.text != DIGIT}
    digits = any(w.text == DIGIT for w in words)
    first = None
    if anchored:
        # the word start is checked once, before the words and the numbers: a number glued
        # to letters ("COVID19") opens no mention, every rule starting at a word's start
        inner = _trie_regex(build_trie(anchored))
        first = r"(?<!\w)(?:\d+|" + inner + ")" if digits else r"(?<!\w)" + inner
    elif digits:
        first = r"\d+"
    return first, _trie_regex(build_trie(loose)) if loose else None


def build_trie(words: set[str]) -> dict[str, Any]:
    root: dict[str, Any] = {}
    for word in words:
        node = root
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}
    return root


def _trie_regex(node: dict[str, Any]) -> str:
    if "" in node:
        return ""  # a word ends here: finding it is all that is needed
    parts = [re.escape(ch) + _trie_regex(child) for ch, child in sorted(node.items())]
    return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"


def words_at(trie: dict[str, Any], text: str, at: int, limit: int = 64) -> list[str]:
    """Every word of the trie that starts at this position of the text."""
    found = []
    node = trie
    for i in range(at, min(len(text), at + limit)):
        node = node.get(text[i])  # type: ignore[assignment]
        if node is None:
            break
        if "" in node:
            found.append(text[at : i + 1])
    return found


# --- the lengths of numbers a rule reads --------------------------------------------

RUN_CAP = 9
"""Digit runs this long or longer are one length to `digit_runs` (no rule reads a run of
nine digits but as "any number")."""


@dataclass(frozen=True, slots=True)
class DigitRuns:
    """The lengths of the runs of digits a rule's matches read where a word starts:
    `closed`, those its pattern follows with a character or a look-ahead that is no digit
    (the text's run is that long), `open`, those it may leave with more digits after them
    (the text's run is that long or longer). A length of `RUN_CAP` stands for any length
    from it up."""

    closed: frozenset[int]
    open: frozenset[int]

    def admits(self, length: int) -> bool:
        """Whether a run of digits of this length in the text can be one the rule reads."""
        length = min(length, RUN_CAP)
        return length in self.closed or any(low <= length for low in self.open)


def digit_runs(pattern: re.Pattern[str]) -> DigitRuns | None:
    """The lengths of the digit runs the pattern's matches read where a word of the text
    starts, None when it cannot tell: a construct not understood, an item that may read a
    digit or a letter alike where a word may start (`\\w`, `.`, `\\S`), or a run of
    digits the pattern may start inside a run of the text (nothing before it keeps a digit
    out).

    A number opens every rule that reads one (`DIGIT`); the trigger finds it whole, at the
    start of a word, so a rule whose runs are none of its length ("500 de drone", "19
    miesięcy" for a rule of years) holds no match through it, and need not be tried around
    it. Digits glued to letters before them ("COVID19", a `\\w*` after a word) are no
    such run, and are not counted."""
    return regexcache.reading(
        "prefilter.digit_runs",
        pattern,
        lambda: _digit_runs(pattern),
        lambda runs: None if runs is None else (runs.closed, runs.open),
        lambda kept: None if kept is None else DigitRuns(kept[0], kept[1]),
    )


def _digit_runs(pattern: re.Pattern[str]) -> DigitRuns | None:
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        walker = _Runs()
        ends = walker.sequence(list(parsed), frozenset({_START}))
    except _NotUnderstood:
        return None
    except Exception:  # an unfamiliar construct: the rule runs at every number
        return None
    opened = frozenset(state for state in ends if state > 0)
    return DigitRuns(frozenset(walker.closed), opened)


_START = -1
"""A walker's state at the pattern's start, before anything says what precedes it."""
_APART = 0
"""The character before is no word's (a space, a sign): a word of the text starts here."""
_GLUED = -2
"""The character before is a letter: digits here are glued to a word, no run of its own."""
_NONDIGIT = -3
"""The character before is no digit, a letter or not."""


class _NotUnderstood(Exception):
    """An item `digit_runs` cannot read."""


class _Runs:
    """Walks sre's parse tree with the set of states the text may be in (`_START`,
    `_APART`, `_GLUED`, `_NONDIGIT`, or inside a run of digits of length 1 to `RUN_CAP`),
    collecting the lengths of the runs that end before a character or a look-ahead that
    is no digit. An item reads a "digit", a "letter", an "apart" character (no word's),
    a "nondigit" (a letter or not) or a "word" character (a digit or a letter)."""

    def __init__(self) -> None:
        from re import _constants as c  # type: ignore[attr-defined]

        self.c = c
        self.closed: set[int] = set()
        self.groups: dict[int, list[Any]] = {}

    def sequence(self, items: list[Any], states: frozenset[int]) -> frozenset[int]:
        for op, arg in items:
            states = self.item(op, arg, states)
        return states

    def item(self, op: Any, arg: Any, states: frozenset[int]) -> frozenset[int]:
        c = self.c
        if op is c.SUBPATTERN:
            out = self.sequence(list(arg[-1]), states)
            if arg[0] is not None:
                self.groups[arg[0]] = list(arg[-1])
            return out
        if op is c.ATOMIC_GROUP:
            return self.sequence(list(arg), states)
        if op is c.BRANCH:
            return self.union([list(a) for a in arg[1]], states)
        if op is c.GROUPREF_EXISTS:
            return self.union([list(arg[1]), list(arg[2] or [])], states)
        if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            return self.repeat(arg[0], arg[1], list(arg[2]), states)
        if op is c.AT:
            return states
        if op in (c.ASSERT, c.ASSERT_NOT):
            return self.assertion(op, arg, states)
        if op is c.GROUPREF:
            group = self.groups.get(arg)
            if group is None:
                raise _NotUnderstood
            return self.read(self.kind_of(group), states)
        return self.read(self.reads(op, arg), states)

    def union(self, branches: list[list[Any]], states: frozenset[int]) -> frozenset[int]:
        out: set[int] = set()
        for branch in branches:
            out |= self.sequence(branch, states)
        return frozenset(out)

    def read(self, kind: str, states: frozenset[int]) -> frozenset[int]:
        """The states after one character of this kind."""
        if kind == "digit":
            if _START in states:
                raise _NotUnderstood  # a run the pattern may start inside the text's
            return frozenset(self.digit(s) for s in states)
        if kind == "word":
            if states - {_GLUED}:
                raise _NotUnderstood  # may read the digits of a run where a word starts
            return states
        self.closed |= {s for s in states if s > 0}
        return frozenset({_GLUED if kind == "letter" else _APART if kind == "apart" else _NONDIGIT})

    @staticmethod
    def digit(state: int) -> int:
        if state == _GLUED:
            return _GLUED
        if state in (_APART, _NONDIGIT):
            return 1
        return min(state + 1, RUN_CAP)

    def repeat(
        self, low: int, high: int, body: list[Any], states: frozenset[int]
    ) -> frozenset[int]:
        out: set[int] = set(states) if low == 0 else set()
        current = states
        count = 0
        while count < high:
            current = self.sequence(body, current)
            count += 1
            if count >= low:
                if current <= out and count > low:
                    break  # nothing new: later rounds give the same states
                out |= current
            if count > low + RUN_CAP + 2:
                break
        return frozenset(out)

    def assertion(self, op: Any, arg: Any, states: frozenset[int]) -> frozenset[int]:
        c = self.c
        direction, body = arg
        items = list(body)
        if op is not c.ASSERT_NOT or len(items) != 1:
            return states  # takes no text: what it asks does not change a run
        kind = self.reads_or_none(*items[0])
        if kind not in ("word", "digit"):
            return states
        if direction < 0:
            # no digit (no word character) before: no run is running here
            after = _APART if kind == "word" else _NONDIGIT
            return frozenset(after if s <= 0 else s for s in states)
        self.closed |= {s for s in states if s > 0}
        return frozenset(_NONDIGIT if s > 0 else s for s in states)

    def reads_or_none(self, op: Any, arg: Any) -> str | None:
        try:
            return self.reads(op, arg)
        except _NotUnderstood:
            return None

    def kind_of(self, items: list[Any]) -> str:
        """The kind of a group's one character, for a back-reference to it ("(?P=sep)")."""
        if len(items) != 1:
            raise _NotUnderstood
        op, arg = items[0]
        if op is self.c.BRANCH:
            kinds = {self.kind_of(list(a)) for a in arg[1]}
            return self.joined(kinds)
        return self.reads(op, arg)

    def reads(self, op: Any, arg: Any) -> str:
        """The kind of character an item reads (see the class), or `_NotUnderstood`."""
        c = self.c
        if op is c.LITERAL:
            return _kind(chr(arg))
        if op is c.NOT_LITERAL or op is c.ANY:
            raise _NotUnderstood
        if op is c.CATEGORY:
            return self.category(arg)
        if op is c.IN:
            return self.in_set(arg)
        raise _NotUnderstood

    def category(self, arg: Any) -> str:
        c = self.c
        kinds = {
            c.CATEGORY_DIGIT: "digit",
            c.CATEGORY_WORD: "word",
            c.CATEGORY_SPACE: "apart",
            c.CATEGORY_NOT_WORD: "apart",
            c.CATEGORY_NOT_DIGIT: "nondigit",
        }
        if arg not in kinds:
            raise _NotUnderstood
        return kinds[arg]

    def in_set(self, members: list[Any]) -> str:
        c = self.c
        if members and members[0][0] is c.NEGATE:
            # a negated class keeps out what its members read: every word character
            # ("[^\\w.]") or every digit ("[^\\d]"); any other may read a digit
            negated = {a for o, a in members[1:] if o is c.CATEGORY}
            if c.CATEGORY_WORD in negated:
                return "apart"
            if c.CATEGORY_DIGIT in negated:
                return "nondigit"
            raise _NotUnderstood
        kinds = set()
        for o, a in members:
            if o is c.LITERAL:
                kinds.add(_kind(chr(a)))
            elif o is c.RANGE:
                kinds.add(self.range_kind(a[0], a[1]))
            elif o is c.CATEGORY:
                kinds.add(self.category(a))
            else:
                raise _NotUnderstood
        return self.joined(kinds)

    @staticmethod
    def joined(kinds: set[str]) -> str:
        """The kind of a class of characters of these kinds."""
        if len(kinds) == 1:
            return next(iter(kinds))
        if kinds <= {"letter", "apart", "nondigit"}:
            return "nondigit"
        if kinds <= {"letter", "digit", "word"}:
            return "word"
        raise _NotUnderstood  # digits and signs alike

    def range_kind(self, low: int, high: int) -> str:
        if high - low > 4096:
            raise _NotUnderstood
        return self.joined({_kind(chr(o)) for o in range(low, high + 1)})


def _kind(char: str) -> str:
    if _IS_DIGIT.match(char):
        return "digit"
    return "letter" if _IS_WORD.match(char) else "apart"


_IS_DIGIT = re.compile(r"\d")
_IS_WORD = re.compile(r"\w")
