"""Tense words are data: each language's `lang/<code>/tense.yaml`, validated when loaded."""

from __future__ import annotations

import ast
import dataclasses
import re
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import dates, tense
from timeline.dates import tensedata
from timeline.dates.core import TenseWords
from timeline.dates.tensedata import TenseDataError, parse

TOY: dict[str, Any] = {
    "language": "xx",
    "future": [
        {"name": "future particle", "words": ["zu"]},
        {"name": "future ending", "suffixes": ["oka"], "stem": 2},
    ],
    "past": [
        {"name": "past ending", "suffixes": ["eta"], "stem": 2, "not_after": ["zu"]},
        {"name": "past auxiliary", "pattern": r"bi\s+\w+"},
    ],
    "openers": ["ke"],
    "conjunctions": ["un"],
}


def test_every_language_loads_its_data() -> None:
    for code in dates.ALL:
        words = tensedata.load(code)
        assert isinstance(words, TenseWords)
        assert dates.language(code).tense is words


def test_a_toy_language_from_data_alone() -> None:
    words = parse(TOY, "toy.yaml")
    assert words.future.search("mira zu kanta")
    assert words.future.search("mira kantoka")
    assert words.past is not None
    assert words.past.search("mira kanteta")
    assert words.past.search("mira bi kant")
    # a rule is a whole word: a word that merely contains one is not it
    assert not words.future.search("mirazu kanta")
    assert not words.past.search("mira zu kanteta")
    # an ending needs a lower-case word: a name is no verb
    assert not words.past.search("mira Kanteta")


def test_direction_in_a_toy_language(monkeypatch: pytest.MonkeyPatch) -> None:
    """The toy language is registered where the tense engine looks a language up
    (`timeline.dates`), not by replacing the engine's own functions: compiled by `make`
    (mypyc), `tense` calls them directly."""
    words = parse(TOY, "toy.yaml")
    known = dates.language
    monkeypatch.setattr(dates, "ALL", (*dates.ALL, "xx"))
    toy = dataclasses.replace(known("en"), tense=words)  # a Language, as `tense` requires
    monkeypatch.setattr(dates, "language", lambda code: toy if code == "xx" else known(code))
    sentence = "Mira kanteta dima, ke Lo zu vara dima."
    first = sentence.index("dima")
    second = sentence.index("dima", first + 1)
    try:
        assert tense.direction(sentence, "xx", first, first + 4) == "past"
        assert tense.direction(sentence, "xx", second, second + 4) == "future"
    finally:
        for cache in (tense._BREAKS, tense._ANDS):
            for key in [k for k in cache if "xx" in (k if isinstance(k, tuple) else (k,))]:
                del cache[key]


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"tense": []}, "toy.yaml: unknown key 'tense'"),
        ({"future": []}, "toy.yaml: future: expected a non-empty list of rules"),
        ({"future": [{"words": ["zu"]}]}, "future[0]: every rule needs a `name`"),
        ({"future": [{"name": "x", "words": ["zu"], "suffixes": ["a"]}]}, "give exactly one"),
        ({"future": [{"name": "x", "pattern": "(zu"}]}, "(x): the pattern does not compile"),
        ({"future": [{"name": "x", "words": ["zu"], "stemm": 2}]}, "unknown key 'stemm'"),
        ({"future": [{"name": "x", "suffixes": ["a"], "stem": 0}]}, "`stem` is the least"),
        ({"future": [{"name": "x", "words": "zu"}]}, "expected a list of non-empty strings"),
        ({"present_is_schedule": "yes"}, "present_is_schedule: expected true or false"),
        ({"language": "yy"}, "`language` says 'yy', the folder 'xx'"),
    ],
)
def test_a_broken_file_names_file_rule_and_fix(change: dict[str, Any], message: str) -> None:
    with pytest.raises(TenseDataError, match=re.escape(message)):
        parse({**TOY, **change}, "toy.yaml", "xx")


def test_missing_key() -> None:
    data = dict(TOY)
    del data["future"]
    with pytest.raises(TenseDataError, match=r"toy\.yaml: missing key 'future'"):
        parse(data, "toy.yaml")


def test_unreadable_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "xx").mkdir()
    (tmp_path / "xx" / "tense.yaml").write_text("future: [\n", encoding="utf-8")
    monkeypatch.setattr(tensedata, "LANG_DIR", tmp_path)
    with pytest.raises(TenseDataError, match=r"tense\.yaml:2: "):
        tensedata.load.__wrapped__("xx")
    (tmp_path / "xx" / "tense.yaml").write_text("language: xx\nlanguage: xx\n", "utf-8")
    with pytest.raises(TenseDataError, match=r"tense\.yaml:2: the key 'language' is given twice"):
        tensedata.load.__wrapped__("xx")
    with pytest.raises(TenseDataError, match="cannot read"):
        tensedata.load.__wrapped__("zz")


def test_every_rule_has_a_name_and_the_files_parse() -> None:
    for code in dates.ALL:
        path = tensedata.LANG_DIR / code / "tense.yaml"
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        assert data["language"] == code
        parse(data, str(path), code)


def _code_strings(path: Path) -> list[str]:
    """The string constants of a module's code, leaving out its docstrings."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    docstrings = {
        id(node.body[0].value)
        for node in ast.walk(tree)
        if isinstance(node, ast.Module | ast.FunctionDef | ast.ClassDef)
        and node.body
        and isinstance(node.body[0], ast.Expr)
        and isinstance(node.body[0].value, ast.Constant)
    }
    strings = []
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in docstrings
        ):
            strings.append(node.value)
    return strings


@pytest.mark.parametrize("module", ["tense.py", "dates/tensedata.py"])
def test_the_tense_engine_knows_no_language(module: str) -> None:
    """No word of any language in the engine's code: only the data files hold them."""
    path = Path(dates.__file__).parent.parent / module  # the source, compiled or not
    words = set()
    for code in dates.SUPPORTED:
        data = yaml.safe_load((tensedata.LANG_DIR / code / "tense.yaml").read_text("utf-8"))
        for key in ("openers", "conjunctions", "prepositions", "auxiliaries"):
            words.update(w.lower() for w in data.get(key, []) if len(w) > 2)
    source = path.read_text(encoding="utf-8")
    for text in _code_strings(path):
        letters = re.findall(r"[^\W\d_]{2,}", text)
        assert not [w for w in letters if not w.isascii()], (module, text)
        assert not words & {w.lower() for w in letters}, (module, text)
    assert not re.search(r"lang\s*==\s*['\"]", source)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(
        alphabet=st.sampled_from(list("абвгдеиклмнопрстухщъяaąćeęłoóśżăâîșțãçéõ ,.;-–\"'0123")),
        max_size=80,
    ),
    lang=st.sampled_from(dates.ALL),
    data=st.data(),
)
def test_direction_reads_any_text(text: str, lang: str, data: st.DataObject) -> None:
    """Any sentence and any span in it: a direction or None, never an error."""
    at = data.draw(st.integers(0, len(text)))
    end = data.draw(st.integers(at, len(text)))
    assert tense.direction(text, lang, at, end) in ("past", "future", None)
    assert tense.direction(text, lang) in ("past", "future")


@pytest.mark.parametrize("code", dates.SUPPORTED)
def test_a_word_inside_another_is_not_it(code: str) -> None:
    """Each auxiliary-like word of a `words` rule matches alone, never inside a longer word."""
    data = yaml.safe_load((tensedata.LANG_DIR / code / "tense.yaml").read_text("utf-8"))
    for key in ("future", "past"):
        for rule in data.get(key, []):
            if "words" not in rule:
                continue
            alone = parse({"language": code, "future": [rule]}, "t").future
            for word in rule["words"]:
                assert alone.search(f"x {word} y"), word
                assert not alone.search(f"x {word}ow y"), word
                assert not alone.search(f"x za{word} y"), word


def test_a_schedule_present_is_no_explicit_future() -> None:
    """`schedule: true` marks the `future` rules whose forms are a present of a schedule: they
    stay in `future` and are left out of `explicit_future`."""
    toy = {
        **TOY,
        "future": [*TOY["future"], {"name": "present", "words": ["ala"], "schedule": True}],
    }
    words = parse(toy, "toy")
    assert words.future.search("ala")
    assert words.explicit_future is not None
    assert not words.explicit_future.search("ala")
    assert words.explicit_future.search("zu")


def test_schedule_is_said_of_future_rules_only() -> None:
    toy = {**TOY, "past": [{"name": "past", "words": ["eta"], "schedule": True}]}
    with pytest.raises(TenseDataError, match="future"):
        parse(toy, "toy")
    bad = {**TOY, "future": [{"name": "present", "words": ["ala"], "schedule": "yes"}]}
    with pytest.raises(TenseDataError, match="true or false"):
        parse(bad, "toy")


_SUFFIX_RULES = [
    {"name": "plain", "suffixes": ["ou", "aram", "ava", "eu"]},
    {"name": "stem", "suffixes": ["ou", "aram"], "stem": 4},
    {"name": "except", "suffixes": ["ado", "ido"], "except": ["lado", "sentido", "vida"]},
    {"name": "prefixes", "suffixes": ["ла", "ли"], "prefixes": ["под", "пре", "за"], "stem": 2},
    {"name": "both", "suffixes": ["ł", "ła"], "prefixes": ["wy", "za"], "except": ["zała"]},
    {"name": "upper", "suffixes": ["ou"], "lower": False},
    {"name": "hyphen", "suffixes": ["am-se", "am"], "except": ["param"]},
    {"name": "not after", "suffixes": ["ado", "ou"], "not_after": ["re", "за"]},
    {"name": "words", "words": ["param", "vida", "за ли"], "not_after": ["ou"]},
]


def _lazy(rule: dict[str, Any]) -> re.Pattern[str]:
    """A rule as `tensedata` wrote it before it looked at whole words: a lazy stem and the
    suffixes tried after each letter, the exceptions and the words it must not follow
    first."""
    not_after = "".join(f"(?<!(?<!\\S){w}\\s)" for w in rule.get("not_after", ()))
    if "words" in rule:
        words = "|".join(w.replace(" ", r"\s+") for w in sorted(rule["words"], key=len)[::-1])
        return re.compile(rf"(?<!\w)(?:{not_after}(?:{words}))(?!\w)", re.IGNORECASE)
    ends = "|".join(sorted(rule["suffixes"], key=len, reverse=True))
    stem = rule.get("stem", 2)
    first = tensedata.LOWER if rule.get("lower", True) else r"[^\W\d_]"
    excluded = f"(?!(?:{'|'.join(rule['except'])})(?!\\w))" if "except" in rule else ""
    if "prefixes" in rule:
        prefixes = "|".join(sorted(rule["prefixes"], key=len, reverse=True))
        body = f"{excluded}(?={first})(?:{prefixes})\\w{{{stem},}}?(?:{ends})"
    else:
        body = f"{excluded}{first}\\w{{{stem - 1},}}?(?:{ends})"
    return re.compile(rf"(?<!\w)(?:{not_after}(?:{body}))(?!\w)", re.IGNORECASE)


_WORDS = "ou aram ava ado lado sentido vida ла ли под за wy ł ła zała am -se param p re Ş ſ OU X"
_PIECES = [*_WORDS.split(" "), " ", "\u00a0", ", ", "1"]
"""Endings, exceptions, prefixes and what sits between words, to build words of."""


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12), st.sampled_from(_SUFFIX_RULES))
def test_a_rule_finds_what_its_lazy_form_finds(parts: list[str], rule: Any) -> None:
    text = "".join(parts)
    ours = tensedata._rules([rule], "test")
    lazy = _lazy(rule)
    assert [m.span() for m in ours.finditer(text)] == [m.span() for m in lazy.finditer(text)]
    half = len(text) // 2
    assert [m.span() for m in ours.finditer(text, 1, half + 1)] == [
        m.span() for m in lazy.finditer(text, 1, half + 1)
    ]
    assert bool(ours.fullmatch(text)) == bool(lazy.fullmatch(text))


def _all_patterns(raw: dict[str, Any]) -> dict[str, re.Pattern[str]]:
    """Every rule list of a language's file, compiled as `parse` compiles it."""
    return {
        field: tensedata._rules(raw[field], field)
        for field in tensedata._RULE_LISTS
        if raw.get(field)
    }


@pytest.mark.parametrize("code", ["ro", "bg", "pl", "pt"])
def test_the_look_aheads_put_first_change_no_match(
    code: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A rule first looks at its word's last letters (`_last_letter`, `_word_ends`) and at
    its first ones (`_first_letter`), for speed: with and without them, every list of rules
    finds the same over the seeds and the language's forms probes."""
    from timeline.dates import data
    from timeline.seeds import list_articles, read_article

    raw = data.read_yaml(data.LANG_DIR / code / "tense.yaml")
    root = Path(__file__).resolve().parent.parent
    texts = [read_article(p).body for p in list_articles(root / "seeds")]
    forms = root / "benchmarks" / "extract_eval" / "forms" / f"{code}.jsonl"
    texts += [line for line in forms.read_text("utf-8").splitlines() if line]
    text = "\n".join(texts)
    guarded = _all_patterns(raw)
    for name in ("_last_letter", "_word_ends"):
        monkeypatch.setattr(tensedata, name, lambda *_: "")
    monkeypatch.setattr(tensedata, "_first_letter", lambda *_: "")
    plain = _all_patterns(raw)
    assert guarded.keys() == plain.keys()
    assert any(p.pattern != plain[f].pattern for f, p in guarded.items())  # guards in use
    for field, pattern in guarded.items():
        found = [m.span() for m in pattern.finditer(text)]
        assert found == [m.span() for m in plain[field].finditer(text)], field


@pytest.mark.parametrize(
    ("suffixes", "expected"),
    [
        (["ará", "erá", "arão"], r"(?=\w*+(?:(?<=rá|ão)))"),
        (["a", "am", "a-se"], r"(?=\w*+(?:(?<=a)|(?<=am)))"),
        ([" fost"], ""),
    ],
)
def test_a_suffix_rule_looks_at_its_word_s_last_letters(suffixes: list[str], expected: str) -> None:
    assert tensedata._last_letter(suffixes) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (r"(?!\w*(?:brat|sen)at(?!\w))\w*(?:[бвг]ат|[бв]ят)", r"(?=\w*+(?:(?<=ат|ят)))"),
        (r"\w+\s+\w+ат", ""),  # two words: the word starting here is not the one that ends so
        (r"\w*(?:a|ob)e?", ""),  # its last letter not known
    ],
)
def test_a_pattern_of_one_word_looks_at_its_ends(body: str, expected: str) -> None:
    assert tensedata._word_ends(body) == expected


def test_a_rule_opening_on_look_behinds_looks_at_its_first_letters() -> None:
    assert tensedata._first_letter(r"(?<!и\s)(?:марк|агенд)\w+", False) == "(?=[ам])"
    assert tensedata._first_letter(r"(?:марк|агенд)\w+", False) == ""  # the engine's own
    assert tensedata._first_letter(r"(?<!и\s)\w+", False) == ""  # any letter


def test_look_past_is_a_bounded_whole_number() -> None:
    """`look_past` in tense.yaml: a whole number from 0 to 200; anything else names the file."""
    base = {"language": "xx", "future": [{"name": "will", "words": ["will"]}]}
    assert tensedata.parse({**base, "look_past": 60}, "xx.yaml", "xx").look_past == 60
    for bad in (-1, 201, "60", True):
        with pytest.raises(tensedata.TenseDataError, match=re.escape("xx.yaml: look_past")):
            tensedata.parse({**base, "look_past": bad}, "xx.yaml", "xx")


@pytest.mark.parametrize(
    ("code", "minute"),
    [
        ("ro", "a egalat în minutul 90"),
        ("bg", "изравни в 90-ата минута"),
        ("pl", "wyrównał w 90. minucie"),
        ("pt", "empatou aos 90 minutos"),
    ],
)
def test_narrative_is_a_pattern_of_the_minute(code: str, minute: str) -> None:
    narrative = tensedata.load(code).narrative
    assert narrative is not None
    assert narrative.search(minute) is not None
    assert narrative.search("a 90 de minute de oraș") is None


FOLDING: dict[str, Any] = {
    **TOY,
    "future": [
        {"name": "future particle", "words": ["zü", "mö"]},
        {"name": "future ending", "suffixes": ["öka"], "stem": 2},
        {"name": "future phrase", "pattern": r"lü\s+\w+"},
    ],
    "folding": {"letters": {"ü": "u", "ö": "o"}, "keep": ["mo"]},
}


def test_a_toy_language_typed_without_its_diacritics() -> None:
    """`folding`: the same words read on text typed without the language's diacritics, every
    form with each listed letter also written plain, but for the `keep` words (another word's
    plain form); a sentence with none of those letters is read so."""
    words = parse(FOLDING, "toy.yaml")
    folded = words.folded
    assert folded is not None and words.marks is not None
    assert words.marks.search("mira kantöka") and words.marks.search("MÖ")
    assert not words.marks.search("mira kantoka")
    # as written, the forms ask for their diacritics
    assert not words.future.search("mira kantoka") and not words.future.search("lu kanta")
    for text in ("mira kantoka", "mira kantöka", "zu kanta", "zü kanta", "lu kanta", "LU kanta"):
        assert folded.future.search(text), text
    # a word whose plain form is another word is read only as written
    assert folded.future.search("mö kanta") and not folded.future.search("mo kanta")
    # the rest of the file is the same
    assert folded.past is not None and folded.past.search("mira kanteta")
    assert folded.openers == words.openers


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("să", "s[ăa]"),
        (r"(?-i:[a-zăî])\w+ează", r"(?-i:[a-zăîai])\w+e[aă]z[ăa]".replace("[aă]", "a")),
        ("(?!\\w*[áé])\\w+", "(?!\\w*[áé])\\w+"),  # a class of diacritics alone asks for one
        ("(?:ou|ámos)", "(?:ou|ámos)"),  # a whole alternative folding to a `keep` ending
        ("fech(?:ámos)-nos", "fech(?:ámos)-nos"),
        ("fechámos", "fech[áa]mos"),  # a word of its own, no ending alone
        ("ámosx", "[áa]mosx"),  # not a whole alternative: folds
        ("\\sá", "\\s[áa]"),
    ],
)
def test_fold_pattern(pattern: str, expected: str) -> None:
    table = {"ă": "a", "î": "i", "á": "a", "é": "e", "ș": "s"}
    assert tensedata.fold_pattern(pattern, table, {"amos"}) == expected


@pytest.mark.parametrize(
    ("folding", "message"),
    [
        ({"letters": {"ü": "uu"}}, "letters: 'ü': 'uu' is not one letter to another"),
        ({"letters": {}}, "`letters` maps each letter"),
        ({"letters": {"ü": "u"}, "keeps": []}, "unknown key 'keeps'"),
    ],
)
def test_a_broken_folding_names_the_fix(folding: dict[str, Any], message: str) -> None:
    with pytest.raises(TenseDataError, match=re.escape(message)):
        parse({**TOY, "folding": folding}, "toy.yaml", "xx")


@pytest.mark.parametrize(
    ("lang", "sentence", "date", "expected"),
    [
        ("ro", "Primaria debranseaza joi cartierul.", "joi", "future"),
        ("ro", "Primăria debranșează joi cartierul.", "joi", "future"),
        ("pt", "A autoestrada sera liberada em novembro.", "em novembro", "future"),
        ("pl", "Dwie szkoly odwolaly w piatek zajecia.", "w piatek", "past"),
    ],
)
def test_a_sentence_typed_without_diacritics_is_read(
    lang: str, sentence: str, date: str, expected: str
) -> None:
    at = sentence.index(date)
    assert tense.direction(sentence, lang, at, at + len(date)) == expected


def test_a_plain_rule_is_read_on_text_typed_without_diacritics_alone() -> None:
    """A rule with `plain: true` is a spelling of text typed without diacritics (an ending the
    folding keeps apart, written plain only where no word has its diacritics): only the folded
    words read it."""
    toy = {
        **FOLDING,
        "past": [*TOY["past"], {"name": "plain past", "words": ["kantul"], "plain": True}],
    }
    words = parse(toy, "toy.yaml")
    assert words.past is not None and not words.past.search("mira kantul")
    assert words.folded is not None and words.folded.past is not None
    assert words.folded.past.search("mira kantul")
    assert words.folded.past.search("mira kanteta")
    with pytest.raises(TenseDataError, match=re.escape("past[2]: `plain` is true or false")):
        parse({**toy, "past": [*toy["past"][:2], {"name": "x", "words": ["a"], "plain": 1}]}, "t")


def test_a_rule_that_does_not_fold_is_read_as_written() -> None:
    """`fold: false`: the rule's forms written plain are other words' (a 3rd person plural in
    -ą typed -a, a feminine noun's ending): the folded words read it only as written."""
    toy = {
        **FOLDING,
        "future": [*FOLDING["future"], {"name": "plural", "pattern": r"\w{3,}ü", "fold": False}],
    }
    words = parse(toy, "toy.yaml")
    assert words.folded is not None
    assert words.folded.future.search("kantü") and not words.folded.future.search("kantu")
    with pytest.raises(TenseDataError, match=re.escape("`fold` is true or false")):
        parse({**toy, "future": [{"name": "x", "words": ["a"], "fold": "no"}]}, "t")
