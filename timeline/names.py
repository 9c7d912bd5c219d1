"""Names as keys that match across scripts, spellings and declensions.

Why: one happening is told in Romanian, Bulgarian, Polish and Portuguese, so the
same person or place is written Путин, Putin, Putina, Putinem; Пхенян, Phenian;
Pjongjang, Pyongyang; Ким Чен Ун, Kim Dzong Un. Linking candidates to events
needs the names to meet, and it needs it fast (every candidate of a build is
compared with a store of thousands of events). So each name becomes a short key:

1. transliterated to ASCII by `anyascii` (Cyrillic to Latin, and every Latin
   diacritic folded: ł, ă, ș, ã, ó...), a library made for exactly this;
2. spelled phonetically, the way the languages' romanisations differ: kh/h/ch
   are one sound (Пхенян is "Pkhenyan", Phenian "Phenian"), j/y/i are one
   (Pjongjang, Pyongyang), w/v (Władimir, Vladimir), c before a, o, u is k
   (Coreea, Korea), doubled letters are single (Rússia, Rusia), ph is f, and
   Polish "ie" after a consonant is e (Biełousow, Belousov; Pieskow, Peskov);
3. cut to its first `STEM` letters, which keeps a declined or inflected name
   with its base (Putina, Putinem, Putinul: "putin"; Korei, Coreea, Корея:
   "kore").

What no key can do: tell that Phenian (the Romanian and Russian exonym) and
Pyongyang are one city, or Pekin and Beijing; such names meet only through the
other names of their sentences.

A key is no proof: "Rusia" and "Rosji" still differ, common capitalised words
match too. `linking` weighs keys by how rare they are and asks for an
overlapping date as well.
"""

from __future__ import annotations

import functools
import re
from itertools import chain

from anyascii import anyascii

STEM = 4
"""Letters a key keeps: long enough to tell most names apart, short enough for declensions."""
MIN_NAME = 3
"""Shorter capitalised words (initials, "O", "A", "De") are no names."""

_UPPER = "A-ZÀ-ÖØ-ÞĀĂĄĆČĎĘĚŁŃŇŐŘŚŞŠŢŤŮŰŹŻŽȘȚЀ-Я"
_NAME = re.compile(rf"[{_UPPER}](?<![^\W\d_][{_UPPER}])[^\W_]{{2,}}(?:[-'’][^\W\d_]+)*")
"""A word starting with a capital letter of the four languages' alphabets (and Latin-1).

The capital is matched before the look-behind (no letter before it) is tried: most
characters of a text are no capital, and asking the look-behind first at every one of
them made the search three times slower (every paragraph of a build is searched)."""
_PARTS = re.compile(r"[-'’]")
_SOUNDS = (
    ("sch", "s"),
    ("tsch", "c"),
    ("shch", "s"),
    ("dzh", "j"),
    ("kh", "h"),
    ("ch", "h"),
    ("zh", "j"),
    ("sh", "s"),
    ("sz", "s"),
    ("cz", "c"),
    ("ts", "c"),
    ("tz", "c"),
    ("dz", "j"),
    ("ph", "f"),
    ("w", "v"),
    ("x", "ks"),
    ("q", "k"),
)
_SOUND = re.compile("|".join(a for a, _ in _SOUNDS))
_SOUND_OF = dict(_SOUNDS)
_HARD_C = re.compile(r"c(?=[aouklrt]|$)")
_IY = re.compile(r"[jy]")
_SOFT_E = re.compile(r"([bdfgklmnprstvz])ie")
"""Polish writes a Russian е after a consonant 'ie' (Biełousow, Pieskow, Miedwiediew)."""
_DOUBLE = re.compile(r"(.)\1+")


def _sound(match: re.Match[str]) -> str:
    return _SOUND_OF[match.group()]


@functools.lru_cache(maxsize=65536)
def key(word: str) -> str:
    """A word's phonetic key, cut to `STEM` letters ("" when nothing Latin is left).

    >>> key("Путина"), key("Putin"), key("Пхенян"), key("Phenian"), key("Pjongjang")
    ('puti', 'puti', 'feni', 'feni', 'pion')

    Three-letter names keep all three; their declined forms also yield them (`names`).
    """
    text = anyascii(word).lower()
    text = "".join(ch for ch in text if "a" <= ch <= "z")
    for _ in range(2):  # "pkh" is "ph" once "kh" is "h", and "ph" is "f"
        text = _SOUND.sub(_sound, text)
    text = _SOFT_E.sub(r"\1e", text)
    text = _HARD_C.sub("k", text)
    text = _IY.sub("i", text)
    text = _DOUBLE.sub(r"\1", text)
    return text[:STEM]


def names(text: str) -> frozenset[str]:
    """The keys of the capitalised words of a text: its names, and a few other words.

    Capitalisation is the one mark of a name every script here shares. Words in
    capitals throughout (KCNA, NATO) count too; short words do not.
    """
    return frozenset(chain.from_iterable(map(_word_keys, _NAME.findall(text))))


@functools.lru_cache(maxsize=65536)
def _word_keys(word: str) -> tuple[str, ...]:
    """The keys one capitalised word yields, found once per distinct word: a story repeats
    its names, and every paragraph of a build is read for them."""
    out: list[str] = []
    for part in _PARTS.split(word):
        if len(part) >= MIN_NAME and part[0].isupper() and (k := key(part)):
            out.append(k)
            if short := _declined_short(part):
                out.append(short)
            if len(bones := skeleton(part)) >= SKELETON_MIN:
                out.append(SKELETON + bones)
    return tuple(out)


SKELETON = "~"
"""What starts a skeleton key, so `linking` can weigh it less than a phonetic key."""
SKELETON_MIN = 2
"""Consonants a skeleton needs to be a key at all."""
SKELETON_STEM = 3
"""Consonants a skeleton keeps: a case ending adds one (Phenianul, Putinem, Ławrowa)."""
_SKELETON_SOUNDS = tuple(pair for pair in _SOUNDS if pair[0] != "ph")
_SKELETON_SOUND = re.compile("|".join(a for a, _ in _SKELETON_SOUNDS))
_SKELETON_OF = dict(_SKELETON_SOUNDS)
_NOT_CONSONANT = re.compile(r"[aeiouyjh]+")
_CASE_ENDING = re.compile(r"^(.{4,}?)(?:ului|ul|owi|em|om)$")
"""The case endings (and Romanian article) that add a consonant: Kievul, Kijowem, Kimowi,
Phenianul. Taken off a word of four letters or more, so Seulul is Seul and Seul stays."""


@functools.lru_cache(maxsize=65536)
def skeleton(word: str) -> str:
    """A word's first consonants, the way an exonym or a vowel shift keeps them.

    Why: the phonetic `key` keeps vowels, so names whose vowels (and aspiration)
    moved between languages never meet: Rusia, Rosja, Rosji, Русия (u/o); Пхенян,
    Phenian (the Russian exonym) and Pyongyang, Pjongjang (P'yŏngyang: an
    aspirated p written ph or p, a final -ng written -n, vowels yo/e). Their
    consonants agree: vowels, j/y (a glide in every romanisation here) and h (an
    aspiration mark, and the h of kh/ch) are dropped, ng is n, c before a, o, u
    is k, doubled letters are one; `SKELETON_STEM` consonants are kept, after a
    case ending with a consonant is taken off (Kijowem, Kievul: Kijow, Kiev).

    >>> skeleton("Пхенян"), skeleton("Phenian"), skeleton("Pyongyang"), skeleton("Pjongjangu")
    ('pnn', 'pnn', 'pnn', 'pnn')
    >>> skeleton("Rosji"), skeleton("Rusia"), skeleton("Русия"), skeleton("Rússia")
    ('rs', 'rs', 'rs', 'rs')

    A skeleton is a weak key (Ruse, Rossi have Russia's): `linking` weighs it at
    `linking.SKELETON_WEIGHT` of a phonetic key, so it links names no key joins
    and adds little where one does.
    """
    text = anyascii(word).lower()
    text = "".join(ch for ch in text if "a" <= ch <= "z")
    text = _CASE_ENDING.sub(r"\1", text)
    text = _SKELETON_SOUND.sub(lambda m: _SKELETON_OF[m.group()], text)
    text = _HARD_C.sub("k", text).replace("ng", "n")
    return _NOT_CONSONANT.sub("", _DOUBLE.sub(r"\1", text))[:SKELETON_STEM]


_ENDINGS = re.compile(r"^(.{3})(?:[aeiouy]|em|om|ul|ei|ie|ou|owi|ului)$")
"""A three-letter name with a case ending: Kima, Kimem, Kimul, Kimowi (Kim)."""


@functools.lru_cache(maxsize=65536)
def _declined_short(word: str) -> str:
    """The key of the three-letter name a short declined word may be ("" when none)."""
    m = _ENDINGS.match(anyascii(word).lower())
    return key(m.group(1)) if m else ""
