"""Gating rules by their required words never loses a match: gated scan == full scan."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from timeline import dates
from timeline.dates import data
from timeline.dates.core import scan
from timeline.dates.prefilter import DIGIT, Word, required_words
from timeline.seeds import list_articles, read_article

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent.parent


def cases(lang: str) -> list[str]:
    """The expressions of a language's corpus (`lang/<code>/corpus.yaml`)."""
    raw = data.read_yaml(data.LANG_DIR / lang / "corpus.yaml")
    return [str(row["text"]) for key in ("examples", "negatives") for row in raw[key]]


def spans(lang: str, text: str, gated: bool) -> list[tuple[int, int, str]]:
    return [(m.start, m.end, m.rule.name) for m in scan(dates.language(lang), text, gated=gated)]


@pytest.mark.parametrize("lang", ["ro", "bg", "pl", "pt", "en"])
def test_gated_scan_finds_what_the_full_scan_finds(lang: str) -> None:
    phrases = cases(lang)
    assert len(phrases) >= 40
    for phrase in phrases:
        for text in (phrase, f"Ele disse que {phrase}, e saiu.", f"({phrase})"):
            assert spans(lang, text, True) == spans(lang, text, False), text


def test_gated_scan_on_the_seeds() -> None:
    for path in list_articles(ROOT / "seeds"):
        article = read_article(path)
        lang = article.lang or "en"
        assert spans(lang, article.body, True) == spans(lang, article.body, False)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<!\w)w (?:środę|wtorek)(?!\w)", {Word("środę", True), Word("wtorek", True)}),
        (r"(?<!\w)(?:em )?(?:junho|julho) de \d{4}", {Word("junho", True), Word("julho", True)}),
        (r"(?:\d{1,2})\.(?:\d{1,2})\.\d{4}", {Word(DIGIT, False)}),
        (r"s[aá]bado", {Word("bado", False)}),
        (r"(?<!\w)(?:przed )?dwa lata temu", {Word("lata", True)}),
    ],
)
def test_required_words(pattern: str, expected: set[Word]) -> None:
    assert required_words(re.compile(pattern)) == expected


@pytest.mark.parametrize(
    "pattern",
    [r"(?:em|no)?\s*x", r"a|b", r"(?:foo)?bar?", r"(?:ontem|\w+)", r"[a-z]+"],
)
def test_no_selective_words_means_no_gating(pattern: str) -> None:
    assert required_words(re.compile(pattern)) is None


COMMON = frozenset({"em", "desde", "que", "para", "na", "no", "de", "a"})


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        # a preposition or a digit: the digit, which news writes far less often
        (r"(?<!\w)(?:em|desde|a partir de) \d{4}", {Word(DIGIT, False)}),
        # in one literal stretch, its longest word that is not a common one
        (r"(?<!\w)(?:que|para) (?:vem|vier) (?:ano|mes)", {Word("vem", True), Word("vier", True)}),
        # already rare: unchanged
        (r"(?<!\w)(?:na|no) (?:semana|mes) que vem", {Word("semana", True), Word("mes", True)}),
    ],
)
def test_common_words_are_not_what_a_rule_is_looked_for_by(
    pattern: str, expected: set[Word]
) -> None:
    assert required_words(re.compile(pattern), COMMON) == expected


def test_without_common_words_the_longest_is_taken() -> None:
    found = required_words(re.compile(r"(?<!\w)(?:em|desde|a partir de) \w{4}"))
    assert found == {Word("em", True), Word("desde", True), Word("partir", True)}


def test_a_number_is_rarer_than_a_word_of_two_letters() -> None:
    found = required_words(re.compile(r"(?<!\w)(?:ta|te) \d{1,2}"))
    assert found == {Word(DIGIT, False)}
    found = required_words(re.compile(r"(?<!\w)(?:tym|tej) \d{1,2}"))
    assert found == {Word("tym", True), Word("tej", True)}


@pytest.mark.parametrize("lang", ["ro", "bg", "pl", "pt"])
def test_every_rule_runs_near_its_words_or_at_the_start(lang: str) -> None:
    """A rule the prefilter cannot read runs over every line of every article: one such
    rule (a weekday table given a word of digits) cost extraction a tenth of its speed."""
    from timeline.dates.core import _gate

    language = dates.language(lang)
    gate = _gate(language)
    everywhere = [
        rule.name
        for i, rule in enumerate(language.rules)
        if i not in gate.gated and i not in gate.at_start
    ]
    assert everywhere == []


def test_a_rule_anchored_at_the_start_is_known_so() -> None:
    from timeline.dates.prefilter import starts_text

    assert starts_text(re.compile(r"(?<!\w)(?:\Afoo|\Abar)"))
    assert starts_text(re.compile(r"(?<![\w])\A(?P<m>x)"))
    assert not starts_text(re.compile(r"(?<!\w)(?:\Afoo)|bar"))
    assert not starts_text(re.compile(r"(?<!\w)(?:(?:on |\A)foo)"))


@pytest.mark.parametrize("lang", ["ro", "bg", "pl", "pt"])
def test_each_rule_has_the_stretches_of_its_own_words_joined(lang: str) -> None:
    """`_Gate.windows` joins the stretches of the words that open the same rules once for
    all of them: each rule still has its words' stretches, in order, joined where they
    overlap or touch, as when each word's stretch is joined to each of its rules."""
    from timeline.dates import core, leading

    language = dates.language(lang)
    gate = core._gate(language)
    root = Path(__file__).resolve().parent.parent.parent
    bodies = [a.body for a in map(read_article, list_articles(root / "seeds"))]
    bodies += [a.body for a in map(read_article, sorted((root / "tests/data/articles").glob("*")))]
    for body in bodies:
        text = language.normalize(body)
        breaks = core._line_breaks(body)
        expected: dict[int, list[tuple[int, int, int]]] = {}
        for at, stop in leading.first_of(gate.scanner, gate.anywhere, text):
            start = text.rfind(" ", 0, max(0, at - core.REACH)) + 1
            end = text.find(" ", min(len(text), stop + core.REACH))
            end = len(text) if end == -1 else end
            line = sum(1 for b in breaks if b < at)
            if line:
                start = max(start, breaks[line - 1] + 1)
            if line < len(breaks):
                end = min(end, breaks[line])
            opened = gate._numbered(text, at) if text[at].isdigit() else gate._rules_at(text, at)
            for index in opened:
                own = expected.setdefault(index, [])
                if own and start <= own[-1][1]:
                    own[-1] = (own[-1][0], max(end, own[-1][1]), at)
                else:
                    own.append((start, end, at))
        assert gate.windows(text, breaks)[0] == expected


REACH_MARGIN = 6
"""How far below `core.REACH` the longest reach of the probes must stay."""


def _reaches(lang: str, texts: list[str]) -> list[tuple[int, str]]:
    """For each match of a full scan, how far it extends before the first and after the last
    word that opens its rule, with its text."""
    from timeline.dates import core, leading

    language = dates.language(lang)
    gate = core._gate(language)
    out = []
    for text in texts:
        norm = language.normalize(text)
        hits = list(leading.first_of(gate.scanner, gate.anywhere, norm))
        for m in scan(language, text, gated=False):
            index = language.rules.index(m.rule)
            inside = [
                (at, stop)
                for at, stop in hits
                if m.start <= at
                and stop <= m.end
                and index
                in (gate._numbered(norm, at) if norm[at].isdigit() else gate._rules_at(norm, at))
            ]
            if inside:
                before = min(at for at, _ in inside) - m.start
                after = m.end - max(stop for _, stop in inside)
                out.append((max(before, after), norm[m.start : m.end]))
    return out


@pytest.mark.parametrize("lang", ["ro", "bg", "pl", "pt"])
def test_no_mention_reaches_near_the_gate_s_reach(lang: str) -> None:
    """`core.REACH` is measured: every mention of the language's corpus and forms probes
    lies within it of the words that open its rule, with room to spare. A rule that reads
    longer phrases fails here: raise `REACH` (it costs speed) rather than lose matches."""
    from timeline.dates import core

    raw = data.read_yaml(data.LANG_DIR / lang / "corpus.yaml")
    texts = [str(row["text"]) for row in raw["examples"]]
    forms = ROOT / "benchmarks" / "extract_eval" / "forms" / f"{lang}.jsonl"
    texts += [json.loads(line)["text"] for line in forms.read_text("utf-8").splitlines() if line]
    longest = max(_reaches(lang, texts))
    assert longest[0] <= core.REACH - REACH_MARGIN, longest


@pytest.mark.parametrize(
    ("pattern", "closed", "opened"),
    [
        (r"(?<!\w)(?:em )?[12]\d{3}(?!\d)", {4}, set()),
        (r"(?<!\w)(?:3[01]|[12]\d|0?[1-9])\.(?:0?[1-9]|1[0-2])", {1, 2}, {1, 2}),
        (r"(?<!\d)\d{1,2}/\d{1,2}/\d{2,4}(?!\d)", {1, 2, 3, 4}, set()),
        (r"(?<!\w)\d+ de ani", set(range(1, 10)), set()),
        # digits glued to a word's letters are no run of their own
        (r"(?<!\w)an\w* (?:[12]\d{3})(?!\d)", {4}, set()),
        # a separator written once and repeated
        (r"(?<!\w)\d{1,2}(?P<sep>[./-])\d{1,2}(?P=sep)\d{4}(?!\d)", {1, 2, 4}, set()),
    ],
)
def test_the_lengths_of_numbers_a_rule_reads(
    pattern: str, closed: set[int], opened: set[int]
) -> None:
    from timeline.dates.prefilter import digit_runs

    runs = digit_runs(re.compile(pattern))
    assert runs is not None
    assert (set(runs.closed), set(runs.open)) == (closed, opened)


@pytest.mark.parametrize(
    "pattern",
    [
        r"\d{4}",  # may start inside a longer number: no look-behind keeps a digit out
        r"(?<!\w)\w+ \d{4}",  # \w reads a digit as well as a letter
        r"(?<!\w)\d{2}.\d{2}",
    ],
)
def test_numbers_a_rule_may_read_anyhow_are_not_told(pattern: str) -> None:
    from timeline.dates.prefilter import digit_runs

    assert digit_runs(re.compile(pattern)) is None


def test_a_number_of_no_rule_s_length_opens_none_of_them() -> None:
    """ "500 de drone", "10 000 de soldați": a run of three digits is no day, month or year."""
    from timeline.dates import core

    language = dates.language("ro")
    gate = core._gate(language)
    three = {language.rules[i].name for i in gate._numbered("cei 500 de ", 4)}
    four = {language.rules[i].name for i in gate._numbered("în 2022 ", 3)}
    assert "year" not in three and "day_month" not in three
    assert {"year", "day_month"} <= four
