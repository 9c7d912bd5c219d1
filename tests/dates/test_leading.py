"""`leading` runs the rules in less time with the very same matches: each rule's grouped
pattern against the rule's own, the trigger's two alternatives against the trigger."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path

import pytest

from timeline import dates
from timeline.dates import core, data, leading
from timeline.seeds import list_articles, read_article

ROOT = Path(__file__).resolve().parent.parent.parent
LANGS = ["ro", "bg", "pl", "pt", "en"]


def texts(lang: str) -> list[str]:
    """The language's corpus expressions, alone and in a sentence, and the seeds in it."""
    raw = data.read_yaml(data.LANG_DIR / lang / "corpus.yaml")
    phrases = [str(row["text"]) for key in ("examples", "negatives") for row in raw[key]]
    out = [t for p in phrases for t in (p, p.lower(), f"Ele disse que {p}, e saiu.")]
    seeds = (read_article(p) for p in list_articles(ROOT / "seeds"))
    return out + [a.body for a in seeds if a.lang == lang]


def found(matches: Iterable[re.Match[str]]) -> list[tuple[object, ...]]:
    return [(m.span(), m.groupdict(), m.lastindex) for m in matches]


@pytest.mark.parametrize("lang", LANGS)
def test_grouped_patterns_match_as_the_rules_do(lang: str) -> None:
    language = dates.language(lang)
    for rule in language.rules:
        grouped = leading.grouped(rule.pattern)
        assert grouped is not rule.pattern, rule.name  # every rule's pattern is understood
        for text in texts(lang):
            norm = language.normalize(text)
            assert found(grouped.finditer(norm)) == found(rule.pattern.finditer(norm)), rule.name
            cut = (len(norm) // 3, 2 * len(norm) // 3)  # a stretch: pos and endpos
            assert found(grouped.finditer(norm, *cut)) == found(rule.pattern.finditer(norm, *cut))


def every_start(
    first: re.Pattern[str], second: re.Pattern[str] | None, text: str
) -> list[tuple[int, int]]:
    """What `first_of` yields, the slow way: `first`'s matches as `finditer` gives them and
    a match of `second` at every position where one starts, one span a start (`first`'s)."""
    spans = {m.start(): m.span() for m in first.finditer(text)}
    for at in range(len(text)):
        hit = second.match(text, at) if second is not None else None
        if hit is not None:
            spans.setdefault(at, hit.span())
    return [spans[at] for at in sorted(spans)]


@pytest.mark.parametrize("lang", LANGS)
def test_the_trigger_finds_every_start_of_its_words(lang: str) -> None:
    gate = core._gate(dates.language(lang))
    assert gate.trigger is not None and gate.scanner is not None
    assert gate.scanner.lead is not None  # the words that start a word are found by the lead
    for text in texts(lang)[::3]:
        norm = dates.language(lang).normalize(text)
        expected = every_start(gate.scanner.pattern, gate.anywhere, norm)
        assert list(leading.first_of(gate.scanner, gate.anywhere, norm)) == expected, text


def test_a_word_found_anywhere_inside_another_match_opens_its_rules() -> None:
    """ "celasi", a word found anywhere, starts inside "acelasi", which "acela" (a word that
    starts a word) opens first: the rule that needs "celasi" is still tried there, and the
    gated scan finds what the full scan finds."""

    toy = _toy(
        core.Rule("same_year", re.compile(r"(?<!\w)acela\w* an(?!\w)"), _nothing),
        core.Rule(
            "day_month",
            re.compile(r"(?<!\w)pe \d+ iunie a?celasi an(?!\w)"),
            _nothing,
            needs=frozenset({"celasi"}),
        ),
    )
    gate = core._gate(toy)
    assert gate.anywhere is not None and gate.scanner is not None
    text = "pe 12 iunie acelasi an"
    assert list(leading.first_of(gate.scanner, gate.anywhere, text)) == [(12, 17), (13, 19)]
    assert (0, 22, "day_month") in _scanned_alike(toy, text)


def _nothing(m: re.Match[str], ctx: core.Context) -> None:
    return None


def _toy(*rules: core.Rule) -> core.Language:
    """A language of these rules alone, its text lower-cased."""
    return core.Language("xx", "toy", list(rules), str.lower)


def _scanned_alike(toy: core.Language, text: str) -> list[tuple[int, int, str]]:
    """The gated scan's matches, checked to be the full scan's."""
    gated = [(m.start, m.end, m.rule.name) for m in core.scan(toy, text, gated=True)]
    assert gated == [(m.start, m.end, m.rule.name) for m in core.scan(toy, text, gated=False)]
    return gated


@pytest.mark.parametrize(
    ("pattern", "text"),
    [
        (r"(?<!\w)(?:de|de la|din)\s+(?:mai|martie)", "de la martie, din mai, de mai"),
        (r"(?<!\w)(?:(?:pe|la)\s+)?(?P<d>\d+)\s+(?:mai|martie|marti)", "la 3 martie, 4 mai"),
        (r"(?<!\w)(?:ab|a|abc)(?P<x>c)?", "abc ab a abcc"),
        (r"(?<!\w)(?:x(?P<a>1)|x(?P<b>1)2)", "x12 x1"),
    ],
)
def test_grouping_keeps_the_order_of_alternatives(pattern: str, text: str) -> None:
    compiled = re.compile(pattern)
    assert found(leading.grouped(compiled).finditer(text)) == found(compiled.finditer(text))


def test_a_lead_finds_the_matches_after_a_non_word_character() -> None:
    scanner = leading.Scanner(re.compile(r"(?<!\w)(?:\d+|mar|martie)"))
    assert scanner.lead is not None
    text = "12 martie, marți 3; amar 45x 6"
    expected = [m.span() for m in scanner.pattern.finditer(text)]
    assert list(leading.first_of(scanner, None, text)) == expected
    loose = re.compile("ar")
    assert list(leading.first_of(scanner, loose, text)) == every_start(scanner.pattern, loose, text)
    # "ar" inside "martie" and "marți", which "mar" and "martie" matched first, is found too
    assert (4, 6) in list(leading.first_of(scanner, loose, text))


@pytest.mark.parametrize(
    "text",
    [
        "Publicat: 3 martie",
        "PUBLICAT 3 martie",
        "publicaſ, pubIİcat, Σ publicat",
        "обновено ᲀ, ОБНОВЕН",
        "oбнoвен",  # Latin o among Cyrillic letters
        "nothing here at all",
        "ſtill ᲂбновен, ıdem",
    ],
)
def test_a_sieve_reads_the_lower_case_as_its_words_read_either_case(text: str) -> None:
    """The words looked for in the lower case of the text (`prefilter.lowered_presence`)
    are found where the case-insensitive pattern of them finds them, and only there: the
    letters the engine holds equal to another ("ſ" to "s", "ᲂ" to "о") and the dotted
    capital I, whose lower case is two characters, send it back to that pattern."""
    sieve = leading.Sieve(re.compile(r"(?<!\w)(?:publicat|обновен|stil|idem)\s+\d", re.IGNORECASE))
    assert sieve.lowered is not None
    slow = leading.Sieve(re.compile(r"(?<!\w)(?:publicat|обновен|stil|idem)\s+\d", re.IGNORECASE))
    slow.lowered = None
    for pos in range(-2, len(text) + 2):
        for end in (pos + 4, pos + 9, len(text), len(text) + 3, 2):
            assert sieve.absent(text, pos, end) == slow.absent(text, pos, end), (pos, end)


@pytest.mark.parametrize(
    ("pattern", "opens"),
    [
        (r"(?<!\w)foo", True),
        (r"(?<![\w])\(\d+\)", True),
        (r"(?<!\w)(?:on |at )?\d+ may", True),
        (r"(?<!\w)foo|bar", False),  # "bar" may start inside a word
        (r"(?<!\w)(?:foo)?", False),  # may match nothing
        (r"foo", False),
        (r"(?<=\s)foo", False),
    ],
)
def test_opens_word_reads_the_first_item_of_every_alternative(pattern: str, opens: bool) -> None:
    assert leading.opens_word(re.compile(pattern)) is opens
    assert not leading.opens_word(re.compile(pattern, re.ASCII))


def test_a_rule_that_opens_a_word_is_tried_where_one_may_start() -> None:
    """`scan` tries such a rule only after a character of no word, and no later than the
    last word that opens it in a stretch: the same matches as `finditer` everywhere, those
    opening on punctuation ("(12 may)", "-12 may") and those of a word said twice included."""

    toy = _toy(
        core.Rule("numeric_day_month", re.compile(r"(?<!\w)\(\d+ may\)"), _nothing),
        core.Rule("day_month", re.compile(r"(?<!\w)(?:on )?\d+ may(?!\w)"), _nothing),
        core.Rule("month", re.compile(r"(?<!\w)in may(?: and may)?(?!\w)"), _nothing),
    )
    assert core._gate(toy).word_started == frozenset({0, 1, 2})
    for text in (
        "talks (12 may) and x-12 may, on 3 may",
        "in may and may, then in may",
        "may may may (1 may)(2 may)",
        "xin may, ain may, on 14 may\non 15 may",
    ):
        assert _scanned_alike(toy, text)
