"""A language's tense words and verb morphology, read from `lang/<code>/tense.yaml`.

The engine (`timeline.tense`) knows no language: what makes a clause past or future in
Bulgarian or Portuguese is data, the way dateparser and HeidelTime keep theirs. A file
holds named rules over the verb's form, each one of three kinds:

- `words`: whole words or phrases ("ще", "urmează să", "vai"); a space matches any run
  of spaces;
- `suffixes`: a verb form by its ending ("-ха", "-ł", "-aram"), on a lower-case word of
  at least `stem` letters before the ending, optionally starting with one of `prefixes`
  (Slavic perfective prefixes), never one of the word patterns in `except`;
- `pattern`: a regular expression, for the shapes that need one (an auxiliary and a
  participle: "е подписал", "l-a semnat").

A `future` rule may say `schedule: true`: its forms are a present that news uses for what
is scheduled ("începe", "abre", "гостува"), the same form as a habit's or a yearly rule's,
no explicit future; the other `future` rules (an auxiliary, a synthetic or perfective
future: "va începe", "vai abrir", "ще", "odbędzie się") are compiled apart as
`explicit_future`.

`promise` names which of the `future` rules are verbs of promising (a YAML alias of them):
they look ahead only for the dates after them, a date before one being the day of the
promise. `warning` holds the nouns of a warning (not verbs: they are no `future` rule), which
read forward the dates after them only. `plan_past` is a plan told in the past: the dates after
it in its sentence take the nearer reading. `plan_then` is a future told from the past ("щеше
да", "ia assinar"), and `undone` the "but" after a comma whose past clause tells that a plan
came to nothing: the plan's date is then past.

Any rule may say `not_after` (words that must not stand just before it: "да", "ще") and
`followed_by` (a regular expression that must follow it). Every rule is matched as a
whole word: a word that merely contains a listed word is not that word.

`narrative` (a regular expression) is the mark of a match report, the minute of a goal:
a present in its clause, with no explicit future, is the report's historic present, past.

`historic` (a regular expression) is the label opening a photo caption or a chronology
("Foto:", "Cronologia crizei:"), matched at the sentence's start: a present after it tells
what has happened, past, unless the date's clause holds an explicit future.

`day_part` (a regular expression) is a noun of a part of the day or of the edge of a span
("madrugada", "tarde", "fim", "data", "seara", "нощта"), matched whole: with a preposition
before it and one after, right before the date ("durante a madrugada de quarta-feira", "pe
data de 8 octombrie"), it is the date's head, no word of a clause of its own.

`that_is` (a regular expression) is the language's "that is" ("czyli", "adică", "ou seja",
"тоест"): opening a clause that holds only a date ("zaraz po wyborach, czyli we wtorek"), it
makes the date a restatement of the time of the clause before it, no clause of its own.

`look_past` (a whole number, 0 to 200, default 0) lets a language's verb forms read that many
characters past the end of the clause in their look-aheads, for a form told by the next
conjunct's verb (ro "se accidentă ..., iar medicii îl transportară"); the matches still lie
inside the clause.

The file is validated when loaded: an unknown key, a missing one, a wrong type or a
regular expression that does not compile is an error naming the file and the rule.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from timeline.dates import regexcache
from timeline.dates.core import TenseWords

LANG_DIR = Path(__file__).resolve().parent / "lang"

_LOWER = "".join(re.escape(c) for c in map(chr, range(0x61, 0x530)) if c.islower() and c.isalpha())
LOWER = f"(?-i:[{_LOWER}])"
"""One lower-case letter of any of the scripts the languages use (Latin, Cyrillic): a verb
form is written lower-case, a name is not."""

_RULE_KEYS = {"name", "words", "suffixes", "pattern", "stem", "prefixes", "except", "not_after"}
_RULE_KEYS |= {"followed_by", "lower", "schedule", "plain", "fold"}
_KINDS = ("words", "suffixes", "pattern")

_RULE_LISTS = (
    "future",
    "past",
    "promise",
    "warning",
    "plan_past",
    "plan_then",
    "participle",
    "present",
    "before_past",
    "before_present",
    "before_either",
    "before_object_past",
    "nonfinite",
    "opening_plural",
    "first_person",
)
"""Fields that are lists of rules, compiled into one pattern each."""
_WORD_LISTS = (
    "auxiliaries",
    "openers",
    "conjunctions",
    "prepositions",
    "clitics",
    "copulas",
    "adverbs",
    "subordinators",
    "interposed",
    "numerals",
    "complementizers",
)
"""Fields that are lists of words."""
_PATTERNS = (
    "since",
    "since_after",
    "since_present",
    "dated_from",
    "dated_on",
    "state",
    "perfective",
    "of_before",
    "subject",
    "onset",
    "subjunctive",
    "complement_after",
    "passive",
    "undone",
    "narrative",
    "historic",
    "day_part",
    "that_is",
)
"""Fields that are one regular expression each."""
_FLAGS = ("present_is_schedule",)
_NUMBERS = {"look_past": (0, 200)}
"""Whole numbers and their bounds."""
_REQUIRED = ("language", "future")
_KEYS = {*_RULE_LISTS, *_WORD_LISTS, *_PATTERNS, *_FLAGS, *_NUMBERS, *_REQUIRED, "folding"}


class TenseDataError(ValueError):
    """A tense file that does not follow the schema: the message names file, rule and fix."""


def _strings(value: Any, where: str) -> list[str]:
    if not isinstance(value, list):
        raise TenseDataError(f"{where}: expected a list of non-empty strings")
    for v in value:
        if not isinstance(v, str) or not v:
            raise TenseDataError(
                f"{where}: {v!r} is no word; quote it (YAML reads no, yes, on, off as true/false)"
            )
    return value


def _alternatives(words: list[str]) -> str:
    """Words as alternatives of a pattern, longest first; a space is any run of spaces."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def _mapping_of(raw: Any, where: str, allowed: Collection[str], expected: str) -> None:
    """Refuse what is not a mapping (`expected` says what should be there) or holds a key
    not `allowed`, in one line naming `where`."""
    if not isinstance(raw, Mapping):
        raise TenseDataError(f"{where}: {expected}")
    unknown = set(raw) - set(allowed)
    if unknown:
        raise TenseDataError(
            f"{where}: unknown key {sorted(unknown)[0]!r}; allowed: {sorted(allowed)}"
        )


def _rule(raw: Any, where: str) -> str:
    """One rule as a pattern (without the word bounds the caller puts around all rules)."""
    _mapping_of(raw, where, _RULE_KEYS, f"a rule is a mapping with a name and one of {_KINDS}")
    name = raw.get("name")
    if not isinstance(name, str) or not name:
        raise TenseDataError(f"{where}: every rule needs a `name` saying which form it is")
    where = f"{where} ({name})"
    kinds = [k for k in _KINDS if k in raw]
    if len(kinds) != 1:
        raise TenseDataError(f"{where}: give exactly one of {', '.join(_KINDS)}")
    kind = kinds[0]
    if kind == "words":
        body = _alternatives(_strings(raw["words"], f"{where} words"))
    elif kind == "pattern":
        if not isinstance(raw["pattern"], str) or not raw["pattern"]:
            raise TenseDataError(f"{where}: `pattern` is a regular expression string")
        body = raw["pattern"]
    else:
        body = _suffix_rule(raw, where)
    not_after = ""
    if "not_after" in raw:
        words = _strings(raw["not_after"], f"{where} not_after")
        not_after = _not_after(words)
    if kind == "suffixes":
        not_after = _last_letter(_strings(raw["suffixes"], f"{where} suffixes")) + not_after
    if kind == "pattern":
        not_after = _word_ends(body) + not_after
    not_after = _first_letter(body, bool(not_after)) + not_after
    followed = raw.get("followed_by")
    if followed is not None and (not isinstance(followed, str) or not followed):
        raise TenseDataError(f"{where}: `followed_by` is a regular expression string")
    out = f"{not_after}(?:{body})" + (f"(?!\\w)(?={followed})" if followed else "")
    try:
        regexcache.compile(out)
    except re.error as err:
        raise TenseDataError(f"{where}: the pattern does not compile ({err})") from None
    return out


def _first_letter(body: str, behind: bool) -> str:
    """A look-ahead at the characters a rule's match can start with, put before its
    look-behinds: at most words of a clause it fails at once, where the look-behinds would
    each be tried first ("(?<!и\\s)(?<!те\\s)…"; `behind`: the rule's `not_after` ones
    stand before it). Empty when they are not known (a class of any letter, a construct not
    read) or when the rule starts with no look-behind (its first letters are what the
    engine tries first anyway, `leading.grouped`). Read once per machine (`regexcache`)."""
    return regexcache.reading(
        "tensedata.first_letter", body, lambda: _read_first_letter(body, behind), extra=(behind,)
    )


def _read_first_letter(body: str, behind: bool) -> str:
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        items = list(sre_parse.parse(body, re.IGNORECASE))
    except re.error:
        return ""
    if not items or not (behind or _behind_first(items)):
        return ""
    first = _firsts(items)
    if not first or len(first) > 40:
        return ""
    return "(?=[" + "".join(re.escape(ch) for ch in sorted(first)) + "])"


def _behind_first(items: list[Any]) -> bool:
    """Whether a sequence, or an alternative it opens with, starts with a look-around."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    op, arg = items[0]
    if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT):
        return True
    if op is sre_parse.SUBPATTERN:
        return bool(arg[-1]) and _behind_first(list(arg[-1]))
    if op is sre_parse.BRANCH:
        return any(alternative and _behind_first(list(alternative)) for alternative in arg[1])
    return False


def _firsts(items: list[Any]) -> set[str] | None:
    """The characters a sequence of parsed items can start with; None when any can or the
    sequence may match nothing (then what follows it would count too)."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    for op, arg in items:
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.AT):
            continue  # takes no text
        if op is sre_parse.LITERAL:
            return {chr(arg)}
        if op is sre_parse.IN:
            if any(o is not sre_parse.LITERAL for o, _ in arg):
                return None
            return {chr(a) for _, a in arg}
        if op is sre_parse.SUBPATTERN:
            return _firsts(list(arg[-1]))
        if op is sre_parse.BRANCH:
            found: set[str] = set()
            for alternative in arg[1]:
                part = _firsts(list(alternative))
                if part is None:
                    return None
                found |= part
            return found
        if op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
            return _firsts(list(arg[2])) if arg[0] >= 1 else None
        return None
    return None


def _word_ends(body: str) -> str:
    """For a pattern that reads one word, a look-ahead that the word starting here ends as
    its matches can (their last two letters, or the last one): every rule ends where a word
    does, and a look at the word's end turns away nearly every word before the pattern's
    look-arounds and repeats are tried ("(?!\\w*(?:климат|формат…))…\\w*(?:[бв]ат|…ят)").
    Empty when the pattern may read more than one word or its endings are not known.
    Read once per machine (`regexcache`)."""
    return regexcache.reading("tensedata.word_ends", body, lambda: _read_word_ends(body))


def _read_word_ends(body: str) -> str:
    try:
        from re import _parser as sre_parse  # type: ignore[attr-defined]

        items = list(sre_parse.parse(body, re.IGNORECASE))
    except re.error:
        return ""
    if not _one_word(items):
        return ""
    ends = _endings(items, 2) or _endings(items, 1)
    if not ends or len(ends) > 60:
        return ""
    by_length: dict[int, set[str]] = {}
    for end in ends:
        by_length.setdefault(len(end), set()).add(re.escape(end))
    looks = "|".join(f"(?<={'|'.join(sorted(e))})" for _, e in sorted(by_length.items()))
    return f"(?=\\w*+(?:{looks}))"


def _one_word(items: list[Any]) -> bool:
    """Whether every character a parsed pattern reads is a word's (letters, digits)."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    for op, arg in items:
        if op in (sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.AT):
            continue
        if op is sre_parse.LITERAL:
            if not _LETTERS.fullmatch(chr(arg)):
                return False
        elif op is sre_parse.IN:
            for o, a in arg:
                if o is sre_parse.LITERAL and _LETTERS.fullmatch(chr(a)):
                    continue
                if o is sre_parse.RANGE and all(
                    _LETTERS.fullmatch(chr(c)) for c in range(a[0], a[1] + 1)
                ):
                    continue
                if o is sre_parse.CATEGORY and a in (
                    sre_parse.CATEGORY_WORD,
                    sre_parse.CATEGORY_DIGIT,
                ):
                    continue
                return False
        elif op is sre_parse.SUBPATTERN:
            if not _one_word(list(arg[-1])):
                return False
        elif op is sre_parse.BRANCH:
            if not all(_one_word(list(a)) for a in arg[1]):
                return False
        elif op in (sre_parse.MAX_REPEAT, sre_parse.MIN_REPEAT, sre_parse.POSSESSIVE_REPEAT):
            if not _one_word(list(arg[2])):
                return False
        else:
            return False
    return True


def _endings(items: list[Any], size: int) -> set[str] | None:
    """The strings of `size` letters a parsed pattern's matches can end with (shorter ones
    where a match may be shorter), None when not known."""
    from re import _parser as sre_parse  # type: ignore[attr-defined]

    if size == 0:
        return {""}
    i = len(items) - 1
    while i >= 0 and items[i][0] in (sre_parse.ASSERT, sre_parse.ASSERT_NOT, sre_parse.AT):
        i -= 1  # look-arounds at the end read nothing
    if i < 0:
        return None
    op, arg = items[i]
    rest = items[:i]
    if op is sre_parse.LITERAL:
        last = {chr(arg)}
    elif op is sre_parse.IN and all(o is sre_parse.LITERAL for o, _ in arg):
        last = {chr(a) for _, a in arg}
    elif op is sre_parse.SUBPATTERN:
        return _endings([*rest, *arg[-1]], size)
    elif op is sre_parse.BRANCH:
        found: set[str] = set()
        for alternative in arg[1]:
            part = _endings([*rest, *alternative], size)
            if part is None:
                return None
            found |= part
        return found
    else:
        return None
    if size == 1:
        return last
    before = _endings(rest, size - 1)
    if before is None:
        return None
    return {b + c for b in before for c in last}


def _last_letter(suffixes: list[str]) -> str:
    """A look-ahead that the word starting here ends on a suffix's last letters: a rule on a
    whole word's ending (every rule ends where a word does) can match no other word, and
    this one look at the word's end turns away nearly every word before the rule's
    look-behinds and its suffixes, of several lengths, are tried. Empty for a suffix that
    starts with no letter."""
    # the last two letters of each suffix (the one of a suffix of one letter), one
    # look-behind for each length; a suffix that runs on past a hyphen ("a-se") ends the
    # word that starts here with its letters before it
    by_length: dict[int, set[str]] = {}
    for w in suffixes:
        head = _HEAD.match(w)
        letters = head.group() if head else ""
        if not letters:
            return ""
        by_length.setdefault(min(2, len(letters)), set()).add(re.escape(letters[-2:]))
    ends = "|".join(f"(?<={'|'.join(sorted(e))})" for _, e in sorted(by_length.items()))
    return f"(?=\\w*+(?:{ends}))"


def _not_after(words: list[str]) -> str:
    """Look-behinds that no word of `words` stands just before: one per length of word, its
    words as alternatives (a look-behind is of one width), so that a rule with twenty words
    not before it tries a handful of look-behinds at each word, not twenty."""
    by_length: dict[int, list[str]] = {}
    for w in words:
        by_length.setdefault(len(w), []).append(re.escape(w))
    return "".join(
        f"(?<!(?<!\\S)(?:{'|'.join(group)})\\s)" for _, group in sorted(by_length.items())
    )


def _suffix_rule(raw: Mapping[str, Any], where: str) -> str:
    endings = _alternatives(_strings(raw["suffixes"], f"{where} suffixes"))
    stem = raw.get("stem", 2)
    if not isinstance(stem, int) or isinstance(stem, bool) or stem < 1:
        raise TenseDataError(f"{where}: `stem` is the least number of letters before the ending")
    lower = raw.get("lower", True)
    if not isinstance(lower, bool):
        raise TenseDataError(f"{where}: `lower` is true or false")
    excluded = ""
    if "except" in raw:
        excluded = f"(?!(?:{'|'.join(_strings(raw['except'], f'{where} except'))})(?!\\w))"
    first = LOWER if lower else r"[^\W\d_]"
    suffixes = _strings(raw["suffixes"], f"{where} suffixes")
    whole = all(_LETTERS.fullmatch(w) for w in suffixes)
    if "prefixes" in raw:
        prefixes = _alternatives(_strings(raw["prefixes"], f"{where} prefixes"))
        if whole:
            word = f"(?={first})(?:{prefixes})(?:{_word_end(suffixes, stem)})"
            return _excepted(word, excluded, whole=True)
        return _excepted(f"(?={first})(?:{prefixes})\\w{{{stem},}}?(?:{endings})", excluded)
    if whole:
        return _excepted(f"{first}(?:{_word_end(suffixes, stem - 1)})", excluded, whole=True)
    return _excepted(f"{first}\\w{{{stem - 1},}}?(?:{endings})", excluded)


def _excepted(form: str, excluded: str, whole: bool = False) -> str:
    """A verb form that is none of the exceptions: the form looked for first, the long
    list of exceptions only where it is found (both are read where the word starts, in
    either order), and the form then matched as before; a form that is a whole word
    (`_word_end`) is then the word, taken whole."""
    if not excluded:
        return form
    return f"(?={form}){excluded}" + ("\\w*+" if whole else f"(?:{form})")


_LETTERS = re.compile(r"\w+")
_HEAD = re.compile(r"[^\W\d_]+")


def _word_end(suffixes: list[str], stem: int) -> str:
    """The rest of a word that ends on one of the suffixes after at least `stem` letters,
    taken whole and then looked back on: "\\w{stem,}?(?:suffixes)" as it matches where a
    word ends (every rule is matched as a whole word, and a suffix of letters alone can
    end no sooner), without trying every suffix after every letter of every word. A
    look-behind is of one width, so the suffixes go by their length, each length with the
    letters it needs ahead."""
    by_length: dict[int, list[str]] = {}
    for suffix in suffixes:
        by_length.setdefault(len(suffix), []).append(suffix)
    return "|".join(
        f"(?=\\w{{{stem + length}}})\\w*+(?<={_alternatives(same)})"
        for length, same in sorted(by_length.items(), reverse=True)
    )


def _rules(raw: Any, where: str, schedule: bool | None = None) -> re.Pattern[str]:
    """The rules as one pattern; with `schedule` given, only those whose `schedule` flag
    (false when absent) is that."""
    if not isinstance(raw, list) or not raw:
        raise TenseDataError(f"{where}: expected a non-empty list of rules")
    parts = [
        _rule(r, f"{where}[{i}]")
        for i, r in enumerate(raw)
        if schedule is None or _schedule(r, f"{where}[{i}]") == schedule
    ]
    if not parts:
        return re.compile(r"(?!)")
    return regexcache.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)


def _schedule(raw: Any, where: str) -> bool:
    """A rule's `schedule` flag: its forms are a present used for a schedule."""
    flag = raw.get("schedule", False) if isinstance(raw, Mapping) else False
    if not isinstance(flag, bool):
        raise TenseDataError(f"{where}: `schedule` is true or false")
    return flag


def _pattern(raw: Any, where: str) -> re.Pattern[str]:
    if not isinstance(raw, str) or not raw:
        raise TenseDataError(f"{where}: expected a regular expression string")
    try:
        return regexcache.compile(raw, re.IGNORECASE)
    except re.error as err:
        raise TenseDataError(f"{where}: the pattern does not compile ({err})") from None


def _folding(raw: Any, where: str) -> tuple[dict[str, str], frozenset[str]]:
    """The letters a language's `folding` writes plain (both cases) and its `keep` words."""
    _mapping_of(raw, where, {"letters", "keep"}, "a mapping of `letters` and `keep`")
    letters = raw.get("letters")
    if not isinstance(letters, Mapping) or not letters:
        raise TenseDataError(
            f"{where}: `letters` maps each letter with a diacritic to its plain one"
        )
    table: dict[str, str] = {}
    for k, v in letters.items():
        if not (isinstance(k, str) and isinstance(v, str) and len(k) == len(v) == 1 and k != v):
            raise TenseDataError(f"{where}: letters: {k!r}: {v!r} is not one letter to another")
        table[k.lower()] = v.lower()
        table[k.upper()] = v.upper()
    keep = frozenset(w.lower() for w in _strings(raw.get("keep", []) or [], f"{where} keep"))
    return table, keep


def _fold_word(word: str, table: Mapping[str, str]) -> str:
    return "".join(table.get(c, c) for c in word)


def _with_folded(words: list[str], table: Mapping[str, str], keep: Collection[str]) -> list[str]:
    """The words and, after them, those of their folded forms that are new and not `keep`."""
    out = list(words)
    for w in words:
        plain = _fold_word(w, table)
        if plain != w and plain.lower() not in keep and plain not in out:
            out.append(plain)
    return out


def fold_pattern(
    source: str, table: Mapping[str, str], keep: Collection[str] = (), *, words: bool = False
) -> str:
    """A regular expression that also matches its text typed without diacritics: each letter
    of `table` outside a class becomes a class of it and its plain letter ("ă" "[ăa]"), one in
    a class with other members gets its plain letter beside it ("[a-zăâ]"; a class of such
    letters alone, "[áéíóú]", asks for a diacritic and stays as it is). A run of letters that
    is a whole alternative ("ámos" in "(?:ou|ámos)", "está" in "está|foi") and folds to a
    `keep` word or ending (another word's: "amos", the present's; "esta", this) stays as
    written. With `words` (a rule's `except`) only the runs that are whole alternatives fold,
    words of their own ("câmara"); a letter with its diacritic inside a shape ("\\w*í\\w+do":
    an adjective with an accent, tímido) says what the shape is and stays."""
    out: list[str] = []
    i, n = 0, len(source)
    while i < n:
        c = source[i]
        if c == "\\":
            out.append(source[i : i + 2])
            i += 2
        elif c == "[":
            j = i + 1
            j += source.startswith("^", j)
            j += source.startswith("]", j)  # a "]" first in a class is a letter of it
            plain: list[str] = []
            other = False  # a member no letter of `table` (a range "a-z", "\\w", "e")
            while j < n and source[j] != "]":
                step = 2 if source[j] == "\\" else 1
                if step == 1 and source[j] in table:
                    plain.append(table[source[j]])
                else:
                    other = True
                j += step
            # a class of nothing but letters with diacritics asks for one ("[áéíóú]": an
            # accented word), which a folded text lacks; the others get the plain letters
            out.append(source[i:j] + ("".join(dict.fromkeys(plain)) if other else ""))
            i = j
        elif c.isalpha():
            j = i
            while j < n and source[j].isalpha():
                j += 1
            run = source[i:j]
            folded = _fold_word(run, table)
            whole = (i == 0 or source[i - 1] in "|(:") and (j == n or source[j] in "|)")
            if folded == run or (whole and folded.lower() in keep) or (words and not whole):
                out.append(run)
            else:
                out.append("".join(f"[{ch}{table[ch]}]" if ch in table else ch for ch in run))
            i = j
        else:
            out.append(c)
            i += 1
    return "".join(out)


_FOLDED_WORDS = ("words", "suffixes", "prefixes", "not_after")
"""The rule keys that are lists of words or endings (`except` and `followed_by` are patterns)."""


def _fold_rule(raw: Any, table: Mapping[str, str], keep: Collection[str]) -> Any:
    """A rule read on text typed without diacritics; one that says `fold: false` (its forms,
    written plain, are other words': a 3rd person plural in -ą, the feminine nouns' -a) is
    read only as written."""
    if not isinstance(raw, Mapping):
        return raw
    flag = raw.get("fold", True)
    if not isinstance(flag, bool):
        raise TenseDataError(f"{raw.get('name', 'a rule')}: `fold` is true or false")
    if not flag:
        return raw
    rule = dict(raw)
    for key in _FOLDED_WORDS:
        if isinstance(rule.get(key), list):
            # the words a form must not follow are kept out in all their spellings
            rule[key] = _with_folded(rule[key], table, () if key == "not_after" else keep)
    if isinstance(rule.get("except"), list):
        rule["except"] = [
            fold_pattern(e, table, words=True) if isinstance(e, str) else e for e in rule["except"]
        ]
    for key in ("pattern", "followed_by"):
        if isinstance(rule.get(key), str):
            rule[key] = fold_pattern(rule[key], table, keep)
    return rule


def folded_data(
    data: Mapping[str, Any], table: Mapping[str, str], keep: Collection[str]
) -> dict[str, Any]:
    """A tense file's data read on text typed without diacritics (`TenseWords.folded`): its
    rules, word lists and patterns with `fold_pattern` and `_with_folded`."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key == "folding":
            continue
        if key in _RULE_LISTS and isinstance(value, list):
            out[key] = [_fold_rule(r, table, keep) for r in value]
        elif key in _WORD_LISTS and isinstance(value, list):
            out[key] = _with_folded(_strings(value, key), table, keep)
        elif key in _PATTERNS and isinstance(value, str):
            out[key] = fold_pattern(value, table, keep)
        else:
            out[key] = value
    return out


def _unplain(data: Mapping[str, Any], where: str) -> dict[str, Any]:
    """The data without its `plain` rules (spellings of text typed without diacritics, read
    only in `TenseWords.folded`); a list left empty is left out."""
    out: dict[str, Any] = {}
    for key, value in data.items():
        if key in _RULE_LISTS and isinstance(value, list):
            kept = []
            for i, rule in enumerate(value):
                flag = rule.get("plain", False) if isinstance(rule, Mapping) else False
                if not isinstance(flag, bool):
                    raise TenseDataError(f"{where}: {key}[{i}]: `plain` is true or false")
                if not flag:
                    kept.append(rule)
            if kept or not value:
                out[key] = kept
        else:
            out[key] = value
    return out


def parse(data: Any, source: str, code: str | None = None, *, plain: bool = False) -> TenseWords:
    """The typed `TenseWords` of one file's data; `source` names the file in errors. A file
    with `folding` (the letters its language writes with diacritics, and their plain ones)
    also gets the words read on text typed without them (`TenseWords.folded`); a rule that
    says `plain: true` is a spelling of such text and is read there alone (`plain`: these are
    the folded words)."""
    _mapping_of(data, source, _KEYS, f"expected a mapping of the keys {sorted(_KEYS)}")
    whole = data
    if not plain:
        data = _unplain(data, source)
    missing = [k for k in _REQUIRED if k not in data]
    if missing:
        raise TenseDataError(f"{source}: missing key {missing[0]!r}")
    if code is not None and data["language"] != code:
        raise TenseDataError(f"{source}: `language` says {data['language']!r}, the folder {code!r}")
    fields: dict[str, Any] = {}
    for key in _RULE_LISTS:
        if key in data:
            fields[key] = _rules(data[key], f"{source}: {key}")
            if key != "future" and isinstance(data[key], list):
                for i, r in enumerate(data[key]):
                    if isinstance(r, Mapping) and "schedule" in r:
                        raise TenseDataError(
                            f"{source}: {key}[{i}]: `schedule` is said of `future` rules only"
                        )
    fields["explicit_future"] = _rules(data["future"], f"{source}: future", schedule=False)
    for key in _PATTERNS:
        if key in data:
            fields[key] = _pattern(data[key], f"{source}: {key}")
    words: dict[str, Callable[[list[str]], Any]] = {
        "auxiliaries": lambda ws: frozenset(w.lower() for w in ws),
        "openers": _alternatives,
        "conjunctions": _alternatives,
        "subordinators": _alternatives,
        "interposed": _alternatives,
        "prepositions": lambda ws: frozenset(w.lower() for w in ws),
        "clitics": lambda ws: frozenset(w.lower() for w in ws),
        "copulas": lambda ws: frozenset(w.lower() for w in ws),
        "adverbs": lambda ws: frozenset(w.lower() for w in ws),
        "numerals": lambda ws: frozenset(w.lower() for w in ws),
        "complementizers": lambda ws: frozenset(w.lower() for w in ws),
    }
    for key, build in words.items():
        if key in data:
            fields[key] = build(_strings(data[key], f"{source}: {key}"))
    for key in _FLAGS:
        if key in data:
            if not isinstance(data[key], bool):
                raise TenseDataError(f"{source}: {key}: expected true or false")
            fields[key] = data[key]
    for key, (low, high) in _NUMBERS.items():
        if key in data:
            value = data[key]
            if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
                raise TenseDataError(f"{source}: {key}: expected a whole number {low} to {high}")
            fields[key] = value
    if "folding" in data:
        table, keep = _folding(data["folding"], f"{source}: folding")
        typed = folded_data(whole, table, keep)
        fields["folded"] = parse(typed, f"{source} (typed without diacritics)", code, plain=True)
        fields["marks"] = regexcache.compile("[" + re.escape("".join(sorted(table))) + "]")
    return TenseWords(**fields)


@cache
def load(code: str) -> TenseWords:
    """The tense words of the language `code`, from its data file."""
    path = LANG_DIR / code / "tense.yaml"
    try:
        text = path.read_text(encoding="utf-8")
    except OSError as err:
        raise TenseDataError(f"{path}: cannot read ({err.strerror})") from None
    try:
        data = yaml.load(text, Loader=_UniqueKeys)
    except yaml.YAMLError as err:
        mark = getattr(err, "problem_mark", None)
        line = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(err, "problem", None) or "not valid YAML"
        raise TenseDataError(f"{path}{line}: {problem}; fix the file") from None
    return parse(data, str(path), code)


_SafeLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it: the same documents, read in C."""


class _UniqueKeys(_SafeLoader):  # type: ignore[valid-type,misc]
    """A safe loader that refuses a key given twice (YAML would keep the last silently)."""


def _mapping(loader: yaml.SafeLoader, node: yaml.MappingNode) -> dict[Any, Any]:
    seen: set[Any] = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"the key {key!r} is given twice", key_node.start_mark
            )
        seen.add(key)
    return loader.construct_mapping(node)


_UniqueKeys.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping)
