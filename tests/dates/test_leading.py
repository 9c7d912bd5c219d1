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


@pytest.mark.parametrize("lang", LANGS)
def test_the_trigger_finds_what_its_alternation_finds(lang: str) -> None:
    gate = core._gate(dates.language(lang))
    assert gate.trigger is not None and gate.scanner is not None
    assert gate.scanner.lead is not None  # the words that start a word are found by the lead
    for text in texts(lang):
        norm = dates.language(lang).normalize(text)
        expected = [m.span() for m in gate.trigger.finditer(norm)]
        assert list(leading.first_of(gate.scanner, gate.anywhere, norm)) == expected, text


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
    both = re.compile(f"{scanner.pattern.pattern}|ar")
    assert list(leading.first_of(scanner, loose, text)) == [m.span() for m in both.finditer(text)]


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
