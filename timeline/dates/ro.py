"""Romanian (ro) date expressions: the words as data, then the rules that read them.

Text is lower-cased and folded to plain letters before matching ("mâine" -> "maine",
"marți" and "marţi" -> "marti", "astăzi" -> "astazi"), so the patterns are written
without diacritics and accept text with or without them, in either comma or cedilla form.

Resolve (reference Wednesday 2025-09-03, prefer past):
    "duminică" -> 2025-08-31        "Anul trecut" -> 2024        "în 2022" -> 2022
    "în iunie anul trecut" -> 2024-06  "săptămâna trecută" -> 2025-W35
    "acum 3 zile" -> 2025-08-31     "între 3 și 5 martie" -> 2025-03-03/2025-03-05
Not dates (None): "mai bine de două ore", "cele mai mari" ("mai" is "more"),
"80 de ani" (a duration), "2022 de persoane" (a count), "recent" (vague).

Words that are also common words need a cue in running text: "mai" is May only with a
day ("3 mai"), a year ("mai 2024") or "luna"/"în" before it and nothing after; "luni"
(Monday, and "months") is not a day after a number ("trei luni") or before "de zile";
"Paște" folds to "paste" (pasta) and "Anul Nou" is any new year, so both need "de" or
"ziua de" before them; weekday abbreviations ("jo", "vi", "du") only stand alone.

Shaped from `lang/ro/words.yaml` (`timeline.dates.shapes`, each meaning written once):
units ago / ahead, relative days, this/last/next period, weekends, a month last/next,
weekday ranges and pairs, numeric dates (day first, year first, ISO), numeric months, a part
of this/last/next period ("la începutul anului trecut"), date adjectives, ranges of days,
months and years ("între 3 și 5 martie", "din iunie până în august anul trecut"), a month of
last/this/next year ("iunie anul trecut"), a month with its year, a month alone ("mai" only
where it cannot be "more"), seasons ("vara anului trecut", "iarna viitoare"), years after a
preposition, a day and its month with the weekday written before it ("marți, 9 septembrie",
"întâi martie"), the month first ("martie 12"), a weekday with its day ("vineri, 14"), a part
of a named month ("la mijlocul lunii iulie"), weekday abbreviations. Names (streets, schools),
abbreviations and the words after which "mai" is "more" are data too.

Still written here, and why (what the shapes cannot yet say, and what is not yet moved):
- quarters and halves ("trimestrul II al anului 2024"): they need ordinal readers
  (`QUARTER_NAMES`);
- "mai" (May, and "more"), "luni" (Monday, and "months"): guards that read the word before
  or after the match (`NOT_A_DAY_BEFORE`); the shapes have the before-word check only for
  durations;
- holidays: the eve ("în ajunul"), the nouns a "de Crăciun" qualifies (`NOT_A_HOLIDAY_AFTER`);
"""

from __future__ import annotations

import datetime as dt
import re

from timeline.dates import core, data, shapes
from timeline.dates.core import Context, Rule
from timeline.model import EdtfDate

# --- words (written folded: lower case, no diacritics) ---------------------------------

WORDS = data.words("ro")
"""The words of Romanian dates: `lang/ro/words.yaml`."""


NOT_A_HOLIDAY_AFTER: frozenset[str] = frozenset(
    {"targ", "targul", "targuri", "targurile", "targului", "brad", "bradul", "brazi",
     "minivacanta", "minivacantei",
     "cadou", "cadoul", "cadouri", "cadourile", "prima", "prime", "primele", "bonus",
     "bonusul", "bonusuri", "colind", "colinde", "colindele", "meniu", "meniul", "decor",
     "decoruri", "decoratiuni", "decoratiunile", "ornamente", "film", "filme", "filmul",
     "cantec", "cantece", "spiritul", "atmosfera", "oferta", "oferte", "ofertele",
     "cumparaturi", "cumparaturile", "masa", "mesele", "mesaj", "mesajul", "mesaje",
     "felicitari", "concert", "concertul", "concerte", "traditii", "traditiile",
     "iluminat", "iluminatul", "oua", "ouale", "cozonac", "cozonaci", "miel",
     "vacanta", "vacantei", "sezonul", "sezon", "campania", "program", "programul",
     "slujba", "slujbele", "slujbei", "slujbe", "liturghia", "liturghiei", "artificii",
     "artificiile", "petrecerea", "petrecerile", "spectacolul", "spectacolele", "balul",
     "postul", "postului",
     # the pronoun standing for such a noun: "o vacanță, cea de Paști"
     "cea", "cel", "cele", "cei"}
)  # fmt: skip
"""Nouns that a bare "de <holiday>" qualifies: "târgul de Crăciun" (the Christmas fair),
"prime de Crăciun" (bonuses), "ouă de Paște", "slujba de Crăciun" (the service), "focul de
artificii de la Revelion" name things, not a day."""


def fold(text: str) -> str:
    """The normal form patterns are written in: lower case, no diacritics, same length."""
    return core.fold_accents(core.default_normalize(text))


# --- pattern pieces ------------------------------------------------------------------

_B = r"(?<!\w)"
_E = r"(?!\w)"
_YEAR = rf"{shapes.slot('ro', 'year')}(?![.,/]\d)"
"""A year as its news writes one (`year_pattern`), not followed by decimals."""
_OFFSET = core.alternation(WORDS.offsets)


def _year_rel(p: str) -> str:
    """ "anul trecut", "din anul trecut", "a anului trecut", "acestui an" -> group `<p>yr`."""
    return (
        rf"(?:(?:din|al|a|pe|de)\s+)?(?:anul|anului)\s+(?P<{p}yr>{_OFFSET})"
        rf"|(?:(?:din|al|a)\s+)?(?P<{p}yt>acest|acestui)\s+an"
    )


def _year_or_rel(p: str) -> str:
    """A year in digits ("2024", "anul 2024", "din 2024") or relative ("anul trecut")."""
    return (
        rf"(?:\s*,?\s+(?:(?:din|al|a|pe)\s+)?(?:(?:anul|anului|lui)\s+)?(?P<{p}y>{_YEAR})"
        rf"|\s+(?:{_year_rel(p)}))"
    )


# --- reading matched words -----------------------------------------------------------


def _offset(text: str) -> int:
    return WORDS.offsets[re.sub(r"\s+", " ", text)]


def _year_of(m: re.Match[str], ctx: Context, p: str = "") -> int | None:
    """The year a match names ("2024", "anul trecut"), or None when it names none."""
    groups = m.groupdict()
    if groups.get(f"{p}y"):
        return int(groups[f"{p}y"])
    if groups.get(f"{p}yr"):
        return ctx.today.year + _offset(groups[f"{p}yr"])
    if groups.get(f"{p}yt"):
        return ctx.today.year
    return None


# --- resolvers -------------------------------------------------------------------------


def _holiday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    name = re.sub(r"\s+", " ", m["h"])
    if m["cue"] in ("de", "de la") and core.previous_word(m) in NOT_A_HOLIDAY_AFTER:
        return None
    whole = m.start() == 0 and m.end() == len(m.string)
    said = _year_of(m, ctx) is not None  # "Paștele din 2025": its year says which feast
    if name in WORDS.ambiguous_holidays and (not (m["cue"] or whole or said) or m["cue"] == "din"):
        return None  # "sucul din florii de soc" (of the flowers): "din" names a source too
    if core.named_alone(m, m["cue"], _year_of(m, ctx)):
        return None
    feast = WORDS.holiday_days()[name]
    on = feast
    if re.sub(r"\s+", " ", m["cue"] or "") == "in ajunul":
        # "În Ajunul Crăciunului", "în ajunul Paștelui": the eve, the day before the feast
        on = lambda y: feast(y) - dt.timedelta(days=1)  # noqa: E731
    return core.holiday_date(ctx, on, _year_of(m, ctx))


# --- rules ---------------------------------------------------------------------------


_HOLIDAY_CUE = rf"(?:(?P<cue>{core.alternation(WORDS.holiday_cues)})\s+)?"
RULES: list[Rule] = [
    core.compiled(
        "holiday",
        rf"{_B}{_HOLIDAY_CUE}(?P<h>{core.alternation(WORDS.holiday_days())})"
        rf"(?:{_year_or_rel('')})?{_E}",
        _holiday,
    ),
]


LANGUAGE = shapes.language("ro", RULES, fold)
"""The rules above, then the shapes of `lang/ro/words.yaml`; names, abbreviations and tense
words from the language's data."""
