"""Running a language's patterns over text in less time, with the very same matches.

`grouped`: a rule's pattern compiled with its alternations grouped by first letter
("a(?:br|go|no)|m(?:ar|ai)" in place of "abr|mar|ago|mai|ano"). Python's regex engine
tries the alternatives of an alternation one by one at every position; the rules are long
lists of words (prepositions, weekdays, months, numbers). Only alternatives that open on
the same letter can both match at a position, and among those the order is kept, so the
alternative that leads to a match is the same one, and the groups it sets; the engine
tests one first letter where it tested them all. An optional group `(?:X)?` becomes the
alternation `(?:X|)`, which tries X first and then nothing, as `?` does, without the
bookkeeping of a repeat.

`first_of`: the gate's trigger (`core._Gate`) opens on `(?<!\\w)`, as a mention starts
where a word starts. The engine cannot skip ahead on a look-behind, so it starts a whole
attempt at every character, inside words too. `\\W(?=REST)` finds the same starts: its
first item is a character class, which the engine looks for in a tight loop of its own,
and it attempts REST only after a character that is no word's.

Nothing here knows a language: it rewrites compiled patterns.
"""

from __future__ import annotations

import re
import sys
from collections.abc import Iterator
from re import _compiler as sre_compile  # type: ignore[attr-defined]
from re import _constants as sre_constants  # type: ignore[attr-defined]
from re import _parser as sre_parse  # type: ignore[attr-defined]
from typing import Any, Final

from timeline.dates import prefilter, regexcache

_C: Final[Any] = sre_constants
_REPEATS: Final = (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT)


class Scanner:
    """A pattern `(?<!\\w)REST` as `first_of` runs it: `lead` (`\\W(?=(REST))`) finds
    where it matches, and what (its group `group`), `pattern` matches at the text's start."""

    __slots__ = ("group", "grouped", "lead", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = pattern
        self.grouped = grouped(pattern)
        self.lead, self.group = _lead(pattern)


class Sieve:
    """A pattern (`grouped`) searched for only where a word that every match of it holds
    is found (`prefilter.required_words`): looking for a few words costs less than trying
    a long pattern at every character, and most of the text searched holds none of them.
    The same matches as the pattern's own `search` and `finditer`."""

    __slots__ = ("digits", "lowered", "needs", "pattern")

    def __init__(self, pattern: re.Pattern[str]) -> None:
        self.pattern = grouped(pattern)
        words = prefilter.required_words(pattern)
        self.needs = None if words is None else prefilter.presence(words, pattern)
        self.lowered = None if words is None else prefilter.lowered_presence(words, pattern)
        """The words in lower case, to look for in the text's lower case, and the letters
        that keep the lower case from standing in for the text (`prefilter.lowered_presence`)."""
        digits = frozenset(w for w in words or () if w.text == prefilter.DIGIT)
        self.digits = prefilter.presence(digits, pattern)
        """The needs other than the words: a digit, when a match may hold one instead."""

    def absent(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> bool:
        """Whether no match can be found between `pos` and `endpos` (nor in any part of
        it): none of the words every match holds is there. False when it cannot tell."""
        needs = self.needs
        if needs is None:
            return False
        lowered = self.lowered
        if lowered is not None and pos >= 0 and endpos >= 0:
            part = text[pos:endpos]
            low = part.lower()
            if len(low) == len(part) and lowered[1].search(low) is None:
                return lowered[0].search(low) is None and all(
                    need.search(text, pos, endpos) is None for need in self.digits
                )
        return all(need.search(text, pos, endpos) is None for need in needs)

    def search(self, text: str, pos: int = 0, endpos: int = sys.maxsize) -> re.Match[str] | None:
        if self.absent(text, pos, endpos):
            return None
        return self.pattern.search(text, pos, endpos)

    def finditer(
        self, text: str, pos: int = 0, endpos: int = sys.maxsize
    ) -> Iterator[re.Match[str]]:
        if self.absent(text, pos, endpos):
            return iter(())
        return self.pattern.finditer(text, pos, endpos)


_SIEVES: Final[dict[int, tuple[re.Pattern[str], Sieve]]] = {}


def sieved(pattern: re.Pattern[str]) -> Sieve:
    """The pattern's `Sieve`, built once: for a cue that is looked for in every sentence that
    holds a mention, which few sentences hold."""
    known = _SIEVES.get(id(pattern))
    if known is None or known[0] is not pattern:
        known = _SIEVES[id(pattern)] = (pattern, Sieve(pattern))
    return known[1]


def grouped(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern with its alternations grouped by first letter (itself, when a construct
    is not understood). Rewritten once per machine (`regexcache`)."""
    return regexcache.derived("leading.grouped", pattern, _grouped_tree)


def _grouped_tree(pattern: re.Pattern[str]) -> Any:
    """The pattern parsed, its alternations grouped; None when a construct is not understood."""
    parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    _group_alternatives(parsed)
    return parsed


def opens_word(pattern: re.Pattern[str]) -> bool:
    """Whether every match of the pattern holds a character and starts after no word
    character: its first item is `(?<!\\w)`, with no alternative that does without it.
    `core.scan` tries such a rule only where a word may start, and only up to the last word
    that opens it: read once per machine (`regexcache`)."""
    return regexcache.reading("leading.opens_word", pattern, lambda: _opens_word(pattern))


def _opens_word(pattern: re.Pattern[str]) -> bool:
    if pattern.flags & re.ASCII:
        return False  # its `\\w` is not the one word edges are found with
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
    except Exception:  # an unfamiliar construct: tried at every character, as before
        return False
    return (
        len(parsed.data) >= 2
        and parsed.getwidth()[0] > 0
        and _word_start(parsed.data[0], pattern.flags)
    )


def _lead(pattern: re.Pattern[str]) -> tuple[re.Pattern[str] | None, int]:
    """`\\W(?=(REST))` for a pattern `(?<!\\w)REST` that matches no empty string, its
    alternations grouped by first letter, and the number of the group around REST: it
    spans what the pattern matches after the `\\W`, so that the pattern need not be run
    again there. None for a pattern of any other shape (it is then run as it is)."""
    try:
        parsed = sre_parse.parse(pattern.pattern, pattern.flags)
        if len(parsed.data) < 2 or parsed.getwidth()[0] == 0:
            return None, 0
        if not _word_start(parsed.data[0], pattern.flags):
            return None, 0
        rest = sre_parse.SubPattern(parsed.state, list(parsed.data[1:]))
        _group_alternatives(rest)
        head = sre_parse.parse(r"\W", pattern.flags).data[0]
        group = parsed.state.opengroup()
        parsed.state.closegroup(group, rest)
        held = sre_parse.SubPattern(parsed.state, [(_C.SUBPATTERN, (group, 0, 0, rest))])
        parsed.data = [head, (_C.ASSERT, (1, held))]
        lead: re.Pattern[str] = sre_compile.compile(parsed, pattern.flags)
    except Exception:  # an unfamiliar construct: the pattern runs as it is
        return None, 0
    return lead, group


def _word_start(item: tuple[Any, Any], flags: int) -> bool:
    """Whether a parsed item is `(?<!\\w)` (or `(?<![\\w])`)."""
    op, arg = item
    if op is not _C.ASSERT_NOT or arg[0] != -1:
        return False
    for spelled in (r"(?<!\w)", r"(?<![\w])"):
        _, (_, inner) = sre_parse.parse(spelled, flags).data[0]
        if list(arg[1].data) == list(inner.data):
            return True
    return False


def _group_alternatives(sub: Any) -> None:
    """Rewrite a parsed pattern in place: alternations grouped by first letter, `(?:X)?`
    as `(?:X|)` (see the module's docstring)."""
    data = sub.data
    for i, (op, arg) in enumerate(data):
        if op is _C.BRANCH:
            for alternative in arg[1]:
                _group_alternatives(alternative)
            data[i] = (_C.BRANCH, (None, _by_first_letter(sub.state, arg[1])))
        elif op is _C.SUBPATTERN:
            _group_alternatives(arg[-1])
        elif op in _REPEATS:
            _group_alternatives(arg[2])
            if op is _C.MAX_REPEAT and arg[:2] == (0, 1) and not sre_compile._simple(arg[2]):
                data[i] = (_C.BRANCH, (None, [arg[2], sre_parse.SubPattern(sub.state, [])]))
        elif op in (_C.ASSERT, _C.ASSERT_NOT):
            _group_alternatives(arg[1])
        elif op is _C.ATOMIC_GROUP:
            _group_alternatives(arg)
        elif op is _C.GROUPREF_EXISTS:
            _group_alternatives(arg[1])
            if arg[2] is not None:
                _group_alternatives(arg[2])


def _first_letter(alternative: Any) -> int | None:
    """The letter an alternative opens on, None when it opens on anything else."""
    data = alternative.data
    return data[0][1] if data and data[0][0] is _C.LITERAL else None


def _by_first_letter(state: Any, alternatives: list[Any]) -> list[Any]:
    """The alternatives, those that open on the same letter joined under it. Only a run of
    alternatives that all open on a letter is regrouped: one that opens otherwise (a
    class, a group, nothing) may match where any other does, so it keeps its place."""
    out: list[Any] = []
    i = 0
    while i < len(alternatives):
        if _first_letter(alternatives[i]) is None:
            out.append(alternatives[i])
            i += 1
            continue
        j = i
        while j < len(alternatives) and _first_letter(alternatives[j]) is not None:
            j += 1
        groups: dict[int | None, list[Any]] = {}
        for alternative in alternatives[i:j]:
            groups.setdefault(_first_letter(alternative), []).append(alternative)
        for letter, members in groups.items():
            if len(members) == 1:
                out.append(members[0])
                continue
            tails = [sre_parse.SubPattern(state, list(m.data[1:])) for m in members]
            tails = _by_first_letter(state, tails)
            node = sre_parse.SubPattern(state, [(_C.LITERAL, letter)])
            if len(tails) == 1:
                node.data += tails[0].data
            else:
                node.data.append((_C.BRANCH, (None, tails)))
            out.append(node)
        i = j
    return out


def first_of(
    first: Scanner | None, second: re.Pattern[str] | None, text: str
) -> Iterator[tuple[int, int]]:
    """The spans `finditer` gives for `first`'s pattern (the words that start a word, the
    numbers: none starts inside another) and every match of `second` (the words found
    anywhere in a word), also where it starts inside another match ("celasi" inside
    "acelasi", where "acela" starts the word: skipped, it would open no stretch for its
    rules, and a match would be lost), one span a start (the first's where both start
    there), in order of their start. Each alternative is looked for on its own, the
    first with its `lead`, the second with the engine's own skip to its first letters."""
    one = _next(first, text, 0)
    two = _span(second.search(text)) if second is not None else None
    while one is not None or two is not None:
        if two is None and first is not None and first.lead is not None:
            # the second's words are all found: the first's lead alone, run in a tight loop
            lead, group = first.lead, first.group
            while one is not None:
                yield one
                hit = lead.search(text, one[1] - 1)  # `_next` after a match, never empty
                one = None if hit is None else hit.span(group)
            return
        if one is not None and (two is None or one[0] <= two[0]):
            found = one
            yield found
            one = _next(first, text, found[1])
        else:
            assert two is not None
            found = two
            yield found
        if two is not None and two[0] <= found[0]:
            two = _span(second.search(text, found[0] + 1)) if second is not None else None


def _span(m: re.Match[str] | None) -> tuple[int, int] | None:
    return None if m is None else m.span()


def _next(scanner: Scanner | None, text: str, at: int) -> tuple[int, int] | None:
    """The span of the leftmost match of the scanner's pattern at or after `at`."""
    if scanner is None:
        return None
    lead = scanner.lead
    if lead is None:
        return _span(scanner.grouped.search(text, at))
    if at == 0:
        m = scanner.pattern.match(text)
        if m is not None:
            return m.span()
    found = lead.search(text, max(at - 1, 0))
    return None if found is None else found.span(scanner.group)
