"""Portuguese (pt) date expressions: the words as data, then the rules that read them.

Text is lower-cased and folded to plain letters before matching ("março" -> "marco",
"1º" -> "1o", "quinta -feira" keeps its space), so the patterns are written without
accents and accept both spellings, as writers and machine translations mix them.

Resolve (reference Sunday 2025-07-13, prefer past):
    "no sábado" -> 2025-07-12      "em junho do ano passado" -> 2024-06
    "no mês passado" -> 2025-06    "segundo trimestre de 2013" -> 2013-Q2 (2013-34)
    "há 3 dias" -> 2025-07-10      "de 29 de novembro a 1 de dezembro" -> an interval
Not dates (None): "um", "ter" (the verb), "por 3 dias" (a duration), "recentemente",
"após a pandemia", "no último ano" ("over the last year": a vague span, not 2024).

Words that are also common words need a cue in running text: "segunda" (second),
"quarta" (fourth), "quinta" (fifth; a farm), "sexta" (sixth), "domingo" (a surname),
"Natal" (a city), "primavera" (the Arab Spring), bare years (counts: "2022 pessoas").
Alone, as the whole expression given to `resolve`, they are read as dates.

Shaped from `lang/pt/words.yaml` (`timeline.dates.shapes`, each meaning written once):
units ago / ahead (a state verb beside it is a span), relative days, this/last/next period,
weekends, a month last/next, weekday ranges, ISO and year-first numeric dates, numeric
months, weekday abbreviations. Names (streets, bridges, papers) and abbreviations are data
too.

Still written here, and why (what the shapes cannot yet say, and what is not yet moved):
- weekdays: "segunda", "quarta", "quinta", "sexta" are also ordinals and "domingo" a
  surname, so a bare one needs a cue before it and no noun after it, written with regex
  conditionals over several groups (`WEEKDAY_BARE`), and a day of the month in brackets
  ("na quarta-feira (29)") picks the day; pairs take "-feira" forms the tables lack;
- ranges of days, months, quarters and years, and two numeric dates as one span ("de 29
  de novembro a 1 de dezembro", "do segundo ao quarto trimestre"): two of a slot in one
  shape need first/last slots;
- dates with a year said as a phrase ("junho do ano passado", "o primeiro semestre do ano
  que vem"), seasons, holidays: the year phrase carries an offset of its own; holidays
  also read "da Páscoa" as a noun's complement (a lookbehind per name);
- day + month with a weekday before or after it and two-digit years ("em abril de 74"),
  the day of the month ("no dia 17"), ordinal periods, the last/next N units, bare months
  and years after a preposition: not yet moved.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable

from timeline.dates import core, data, regexcache, shapes
from timeline.dates.core import Context, Rule, Unit
from timeline.model import EdtfDate, day, month, quarter, year

# --- words ----------------------------------------------------------------------------

WORDS = data.words("pt")
"""The words of Portuguese dates: `lang/pt/words.yaml`."""


AMBIGUOUS_WEEKDAYS: frozenset[str] = frozenset({"segunda", "quarta", "quinta", "sexta"})
"""Ordinals (second, fourth, fifth, sixth): a day only with "-feira" or a cue ("Domingo" the
surname is capitalised: extraction reads a capitalised word after a first name as a name)."""


_UNITS_1_TO_9 = ("um", "dois", "três", "quatro", "cinco", "seis", "sete", "oito", "nove")

_ORDINALS_1_TO_9 = (
    "primeiro", "segundo", "terceiro", "quarto", "quinto", "sexto", "sétimo", "oitavo", "nono",
)  # fmt: skip


def fold(text: str) -> str:
    """The normal form patterns are written in: lower case, no accents, same length."""
    return core.fold_accents(core.default_normalize(text))


def _lookup(words: dict[str, int]) -> dict[str, int]:
    return {fold(w): n for w, n in words.items()}


_MONTH = _lookup(WORDS.months)
_MONTH_ANY = {**_MONTH, **_lookup(WORDS.month_abbreviations)}
_WEEKDAY = _lookup(WORDS.weekdays)
_NUMBER = {**_lookup(WORDS.cardinals), **_lookup(WORDS.ordinals)}
_ORDINAL = _lookup(WORDS.ordinals)
_SEASON = _lookup(WORDS.season_codes())
_UNIT: dict[str, Unit] = {fold(w): u for w, u in WORDS.units.items()}
_PERIOD_UNIT: dict[str, Unit] = {fold(w): u for w, u in WORDS.period_units.items()}
_HOLIDAY = {fold(w): f for w, f in WORDS.holiday_days().items()}


def _alt(words: Iterable[str]) -> str:
    """An alternation of words and phrases; a space in a phrase takes any run of spaces."""
    return "(?:" + core.alternation(words).replace("\\ ", r"\s+") + ")"


# --- pattern pieces (over folded text) ------------------------------------------------

_B, _E = r"(?<![\w])", r"(?![\w])"
YEAR = r"[12]\d{3}(?!\d)"
OLD_YEAR = r"[1-9]\d\d(?!\d)(?=\s*(?:$|[,;:!?)\]]|\.(?!\d)))"
"""A year of three digits, only where it closes its phrase after the "de" of a month ("a 25
de dezembro de 800."): elsewhere three digits are a count."""
YEAR_AFTER_ANO = r"(?:(?<=\bano\s)|(?<=\bano\sde\s))[1-9]\d\d(?!\d)(?![.,]\d)"
"""A year of three digits right after "ano" or "ano de" ("no ano de 785 e ampliada", "No ano
711 os exércitos"), wherever its phrase goes on: the year word says it is one; a plural noun
after it makes it a count (`COUNT_NOUN`: "ao longo do ano 785 pessoas")."""
MONTH_NAME = _alt(_MONTH)
MONTH_WORD = rf"(?:{MONTH_NAME}|{_alt(fold(w) for w in WORDS.month_abbreviations)}\.?)"
DAY_MARK = shapes.fragment("pt", "day_ending")
"""The ordinal mark of a number ("1.º trimestre", "1º de maio")."""
DAY_ENDING = rf"(?:{DAY_MARK})?"
"""The ordinal mark a day may carry ("1º", "1.º", "1°"): the first of a month is written so."""
DAY_NUMBER = (
    rf"(?:(?:3[01]|[12]\d|0?[1-9]){DAY_ENDING}(?!\d)|{_alt(_lookup(WORDS.cardinals))}|primeiro)"
)
COUNT = rf"(?:\d{{1,3}}|{_alt(_lookup(WORDS.cardinals))})"
ORDINAL = _alt(_ORDINAL)
WEEKDAY = _alt(_WEEKDAY)
FEIRA = shapes.fragment("pt", "feira")
UNIT = _alt(_UNIT)
PERIOD_UNIT = _alt(_PERIOD_UNIT)
PAST = r"(?:passad[oa]|anterior)"
NEXT = r"(?:que\s+vem|proxim[oa])"
REL_YEAR = (
    r"(?:d[oa]\s+)?(?P<ry>ano\s+passado|ano\s+anterior|ano\s+que\s+vem|proximo\s+ano"
    r"|ano\s+(?:corrente|atual|actual|em\s+curso)|n?d?(?:est|ess)[ea]\s+ano)"
)
LEAD = rf"(?:{shapes.fragment('pt', 'lead')})?"
"""Prepositions a mention may start with; kept in the mention ("em junho").
"no início deste mês" contracts "de" + "este": the period rules read "deste"."""
CUE = (
    r"(?:n[oa]|[nd]?est[ea]|[nd]?ess[ea]|desde\s+[oa]|ate\s+(?:ao|[oa])|desde|ate|pel[oa]|para(?:\s+[oa])?"
    r"|a\s+partir\s+d[eoa]|(?:"
    + "|".join(
        f"(?<={w}\\s)"
        for w in ("domingo", "sabado", "feira", "segunda", "terca", "quarta", "quinta", "sexta")
    )
    + r")para)"
)
"""Words that make an ambiguous weekday, season or holiday a date ("na quinta", "no Natal"),
and the "para" of a night after its first weekday ("de domingo para segunda")."""
TIME_TAIL = shapes.fragment("pt", "time")
CLOCK = shapes.fragment("pt", "clock")
"""A clock's time after a day and month with a dot ("a 3.12 às 10h"), which makes them a date."""
"""A time of day after a day: dropped, the day is kept ("amanhã às 15h")."""
COUNT_NOUN = (
    r"(?!\s+(?!(?:depois|mais|apos|antes|tres|seis|pois|pel[oa]s|d[oa]s|n[oa]s|aos|apenas"
    r"|ambos|ambas|tod[oa]s|est[ea]s|ess[ea]s|aquel[ea]s|menos|jamais)\b)[a-z]{3,}s\b|\s*%)"
)
"""A year is not followed by a plural noun: "2022 pessoas" is a count; a word of grammar in
-s is no noun ("fundado em 1540 pelos franciscanos")."""


def _rule(name: str, pattern: str, fn: core.Resolver) -> Rule:
    return Rule(name, regexcache.compile(_B + pattern + _E), fn)


# --- reading the words ----------------------------------------------------------------


_DIGITS = re.compile(r"\d+")


def _number(text: str) -> int:
    text = re.sub(r"\s+", " ", text)
    digits = _DIGITS.match(text)
    if digits is not None:
        return int(digits.group())
    return _NUMBER[text]


def _month_of(text: str) -> int:
    return _MONTH_ANY[text.rstrip(".")]


def _weekday_of(text: str) -> int:
    return _WEEKDAY[re.split(r"[\s-]", text)[0]]


def _group(m: re.Match[str], *names: str) -> str | None:
    """The first of several alternative groups that took part in the match."""
    for name in names:
        if (value := m.group(name)) is not None:
            return value
    return None


def _rel_year(ref: dt.date, words: str) -> int:
    """ "do ano passado" -> last year, "do próximo ano" -> next, "deste ano" -> this one."""
    words = re.sub(r"\s+", " ", words)
    if words in ("ano passado", "ano anterior"):
        return ref.year - 1
    if words in ("ano que vem", "proximo ano"):
        return ref.year + 1
    return ref.year


# --- days -----------------------------------------------------------------------------

YEAR2 = r"'?\d{2}(?!\d)(?![.,/:]?\d)(?!\s*(?:%|[^\W\d_]))"
"""A year in two digits after "de" ("em abril de 74", "a 9 de novembro de '89"), read by
`core.full_year`: not when a word follows ("de 20 anos" is an age, a count)."""
YEAR_APPOSED = r"(?=\s*(?:$|[,;:!?)\]\"'”»–—]|-(?!\d)|\.(?!\d)))"
"""After a comma, a year ends its clause ("a 25 de abril, em 1974, os militares..."): a
number going on ("até 5 de maio, 1500 pessoas inscreveram-se") is a count, not the year."""
GLUED_DE = r"(?:(?<=\do)|(?<=\.o)|(?<=°))de\s+"
"""The "de" written against a day's ordinal mark ("no próximo 1ºde julho", folded "1ode"):
the mark ends the number, so no space is needed to tell the two apart."""
DAY_MONTH = (
    rf"(?:(?:(?:proxim[oa]|ultim[oa]|{PAST})\s+)?(?P<pwd>{WEEKDAY}){FEIRA}?\s*,?\s+)?"
    rf"(?:(?P<this>(?:n|d)?est[ea])\s+)?(?:(?:o\s+)?dia\s+)?(?P<d>{DAY_NUMBER})"
    rf"(?:\s+(?:de\s+)?|{GLUED_DE})(?P<m>{MONTH_WORD})(?:(?:\s+(?:de\s+|do\s+ano\s+de\s+)?"
    rf"|\s*,\s+(?:de\s+|do\s+ano\s+de\s+|em\s+)?(?={YEAR}{YEAR_APPOSED}))(?P<y>{YEAR}|(?<=de\s){OLD_YEAR})|"
    rf"\s+de\s+(?P<y2>{YEAR2})|\s+{REL_YEAR}"
    rf"|\s+(?P<mstep>(?P<last>(?:passad|ultim)[oa])|proxim[oa]|que\s+vem)(?!\w))?"
    rf"(?:\s*,?\s+(?P<swd>{WEEKDAY}){FEIRA}?(?!\s+e\s+{WEEKDAY}))?"
)


def _day_month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "30 de novembro" (nearest in the direction), "5 de maio de 2013" (itself), "neste
    10 de junho" (this year's, whatever the tense); a weekday written with it ("sábado, 31
    de agosto") picks the year in which it falls on that day."""
    d, mo = _number(m.group("d")), _month_of(m.group("m"))
    y, ry, y2 = m.group("y"), m.groupdict().get("ry"), m.groupdict().get("y2")
    if y2:
        found = core.calendar_day(core.full_year(y2.lstrip("'"), ctx.ref), mo, d)
    elif y:
        found = core.calendar_day(int(y), mo, d)
    elif ry:
        found = core.calendar_day(_rel_year(ctx.today, ry), mo, d)
    elif m.groupdict().get("this"):  # "deste 25 de Abril": this year's
        found = core.calendar_day(ctx.today.year, mo, d)
    elif m.groupdict().get("mstep"):
        # "24 de Março último", "5 de março passado", "10 de maio próximo": the last such day
        # before the reference or the next after it, whatever the tense
        found = core.day_month_on_weekday(
            ctx.today, mo, d, None, "past" if m.groupdict().get("last") else "future"
        )
    else:
        wd = _group(m, "pwd", "swd") if "pwd" in m.re.groupindex else None
        weekday = None if wd is None else _weekday_of(wd)
        found = core.day_month_on_weekday(ctx.today, mo, d, weekday, ctx.prefer)
    return None if found is None else day(found)


MONTH_DAY = rf"\A(?P<m>{MONTH_NAME})\s+(?P<d>{DAY_NUMBER})(?:\s*,?\s+(?:de\s+)?(?P<y>{YEAR}))?\Z"
"""English order ("maio 5"): only as a whole expression, in text it is "maio, 12 pessoas"."""


def _numeric(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "03/09/2025", "1.3.2013", "2025-09-03": day first except in ISO order; with a second
    full date after it, the range between them."""
    found = core.calendar_day(
        core.full_year(m.group("y"), ctx.ref), int(m.group("m")), int(m.group("d"))
    )
    if found is None:
        return None
    if m.groupdict().get("y2"):
        last = core.calendar_day(int(m["y2"]), int(m["m2"]), int(m["d2"]))
        return core.span(day(found), day(last)) if last is not None and last > found else None
    return day(found)


def _numeric_range(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "12.05. a 30.06.2025": day first, the first day in the last one's year."""
    year_ = int(m.group("y1")) if m.group("y1") else None
    first = (year_, int(m.group("m")), int(m.group("d")))
    return core.numeric_span(first, (int(m.group("y")), int(m.group("m2")), int(m.group("d2"))))


def _numeric_short(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "3/9", "a 28.02": day and month, the year nearest in the direction."""
    month_, day_ = int(m.group("m") or m.group("m2")), int(m.group("d") or m.group("d2"))
    found = core.nearest_day_month(ctx.today, month_, day_, ctx.prefer)
    return None if found is None else day(found)


def _day_of_month(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "no dia 17": the nearest 17th in the direction, or of the month of the date before
    it, later in that month (`core.day_after_antecedent`); "no próximo dia 20" is the next
    20th from the reference, "no passado dia 20" the last (the Portuguese press's preposed
    "passado")."""
    number = _number(m.group("d"))
    if m.group("next") or m.group("last"):
        found = core.nearest_day_of_month(
            ctx.today, number, "future" if m.group("next") else "past"
        )
    else:
        found = core.day_after_antecedent(ctx, number) or core.nearest_day_of_month(
            ctx.today, number, ctx.prefer
        )
    return None if found is None else day(found)


_FOLLOWING = "|".join(fold(w) for w in WORDS.following)
"""`following`: "next" that may count from the day told before ("a quarta-feira seguinte")."""


_PLAIN_WEEKDAY = (
    "(?:"
    + "|".join(f"(?<={w})" for w in _WEEKDAY if w not in {fold(a) for a in AMBIGUOUS_WEEKDAYS})
    + ")"
)
"""Ends on a weekday name that is nothing else ("terça", "sábado")."""
FINITE_VERB = (
    r"(?:eu|ele|ela|eles|elas|nos|voce|voces|me|te|lhe|lhes"
    r"|fui|foi|fomos|foram|fiz|fez|fizemos|fizeram|tive|teve|tivemos|tiveram|estive|esteve"
    r"|houve|vou|vai|vamos|vao|veio|vieram|deu|dei|tem|temos|ha|havera"
    r"|\w{2,}(?:ou|eu|iu|ei|aram|eram|iram|amos|emos|imos|ava|avam|rao|remos))"
)
"""What after a bare "sexta" makes it the day, not the ordinal before its noun ("na sexta
edição"): a subject pronoun or clitic, or a finite verb by its ending (the perfeito,
imperfeito and future endings no noun an ordinal qualifies ends in: not -a, -ia, -em, -ra,
"na segunda volta", "categoria", "ordem", "hora") or one of the irregular forms."""
# AFTER_DAY: "e" with a word of rank after it ("na quarta e última fase", "na sexta e
# derradeira noite") joins two ordinals of one noun, never a day (forms batch 543)
AFTER_DAY = (
    r"(?=\s*(?:[,.;:!?)\"'»”]|\Z)|\s+(?:\d|(?:de|da|do|das|dos|a|as|ao|em|no|na|ou|que|o|os"
    r"|e(?!\s+(?:ante)?(?:pen)?(?:ultim|derradeir)[oa](?!\w))"
    r"|pel[oa]|para|com|passad[oa]|proxim[oa]|seguinte|anterior|agora|depois|antes|apos|quando"
    rf"|foi|sera|ja|nao|se|um|uma|{FINITE_VERB})(?!\w))|\s*\(\d)"
)
WEEKDAY_BARE = (
    rf"(?P<bol>\A)?(?:(?P<cue>{CUE}(?:\s+(?P<dir1>proxim[oa]|ultim[oa]|passad[oa]))?|de(?=\s+domingo)"
    rf"|(?P<dir2>proxim[oa]|"
    rf"ultim[oa]))\s+)?(?<!revista\s)(?P<wd>{WEEKDAY})(?P<feira>{FEIRA})?"
    rf"(?(feira)|(?:{_PLAIN_WEEKDAY}|(?(cue)(?:(?<=domingo)|{AFTER_DAY})|(?(dir2){AFTER_DAY}"
    r"|(?(bol)\Z|(?=\s+(?:de\s+(?:madrugada|manha|tarde|noite)|a\s+(?:tarde|noite))(?!\w)))))))"
    rf"(?:\s+(?P<following>{_FOLLOWING})(?!\w))?"
    r"(?:\s*\((?P<dom>[0-3]?\d)o?\))?"
    rf"{TIME_TAIL}"
)
"""A bare "segunda" needs a cue before it and, after it, no noun: "na segunda metade" is not
Monday; with no cue, a part of the day after it makes it the day ("domingo de madrugada").
What may follow is punctuation, the end, a number or a function word, or the day of the
month in brackets, ordinal or not ("nesta segunda (1º)")."""


NUMBERED_WEEKDAY = (
    rf"(?:(?P<cue>{CUE})\s+)?(?:(?P<dir>proxim[oa]|ultim[oa]|passad[oa])\s+)?"
    rf"(?P<n>[2-6])\.?a{FEIRA}"
)
"""The numbered weekdays of pt-PT, always with "feira" ("esta 3ª feira", "na 2.ª-feira"):
Monday is the second day."""


def _numbered_weekday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "na próxima 5ª feira": as its named weekday would read (`_weekday`'s steps)."""
    wd, direction = int(m.group("n")) - 2, m.group("dir")
    step = None if direction is None else (1 if direction.startswith("proxim") else -1)
    if step is None and (m.group("cue") or "").startswith(("nest", "est", "dest")):
        step = 0
    return day(core.weekday_date(ctx.today, wd, ctx.prefer, step, own_day=ctx.tensed))


def _weekday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "no sábado": nearest in the direction (`core.weekday_date`).

    News reports events of the publication day by weekday ("w środę" on a Wednesday) and
    writes them ahead so too ("vota na sexta-feira" in Friday's paper): the reference day
    counts looking back, and forward when a sentence's tense says so; a bare "sábado" read
    forward is the next one (Duckling's reading: today would be "hoje"). A day of the
    month in brackets after it ("na quarta-feira (29)", Brazilian wire style) names the day.
    """
    wd, direction = _weekday_of(m.group("wd")), _group(m, "dir1", "dir2")
    if m.group("dom"):
        found = core.weekday_dom_of_antecedent(ctx, wd, int(m.group("dom"))) or (
            core.weekday_dom_near(ctx.today, wd, int(m.group("dom")), ctx.prefer)
        )
        return None if found is None else day(found)
    step = None if direction is None else (1 if direction.startswith("proxim") else -1)
    if step is None and (m.group("cue") or "").startswith(("nest", "est", "dest")):
        step = 0  # "nesta sexta-feira", "a manhã desta sexta-feira": this week's
    if m.group("following"):
        # "a sentença sai na quarta-feira seguinte": after the day told before, else next
        after = core.weekday_after_antecedent(ctx, wd)
        if after is not None:
            return day(after)
        step = 1
    return day(core.weekday_date(ctx.today, wd, ctx.prefer, step, own_day=ctx.tensed))


_FEIRA_FORMS = {f"{w}{tail}": n for w, n in _WEEKDAY.items() for tail in ("", "-feira", " feira")}
WEEKDAY_PAIR = (
    rf"(?:(?:{CUE}|para|de)\s+|(?<=,\s)|(?<=\())(?P<pair>{core.weekday_pairs(_FEIRA_FORMS, 'e')})"
)
"""Two weekdays in a row after a cue, or after a comma or an opening bracket, in
apposition ("nos dias 8 e 9 de março, sábado e domingo", "4 e 5 de setembro de 2025 (quinta
e sexta-feira)")."""
"""Two weekdays that follow each other joined by "e" after a cue ("para domingo e
segunda-feira", "no sábado e domingo"): a forecast's or a fixture's two days, one interval;
"segunda e quarta" stays two days."""


WEEK_OFFSETS: dict[str, int] = {
    "da semana passada": -1, "da semana anterior": -1, "da última semana": -1,
    "desta semana": 0, "dessa semana": 0, "agora": 0,
    "da semana que vem": 1, "da próxima semana": 1, "que vem": 1,
}  # fmt: skip
_WEEK_OFFSET = {fold(w): n for w, n in WEEK_OFFSETS.items()}
WEEKDAY_QUALIFIED = (
    rf"(?:{CUE}\s+)?(?:(?P<wd>{WEEKDAY}){FEIRA}?|(?P<n>[2-6])\.?a{FEIRA})\s+"
    rf"(?P<q>{PAST}|retrasad[oa]|{_alt(_WEEK_OFFSET)})"
    rf"{TIME_TAIL}"
)


def _weekday_qualified(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "domingo passado" (strictly before), "domingo retrasado" (the one before), "quarta que
    vem" (in next week), "terça agora";
    a numbered weekday too ("5ª feira da próxima semana": Monday is the second day)."""
    number = m.group("n")
    wd = _weekday_of(m.group("wd")) if number is None else int(number) - 2
    q = re.sub(r"\s+", " ", m.group("q"))
    if q in _WEEK_OFFSET:
        return day(core.weekday_of_week(ctx.today, wd, _WEEK_OFFSET[q]))
    last = core.strict_weekday(ctx.today, wd, "past")
    if q.startswith("retrasad"):  # "a sexta-feira retrasada": the one before the last
        return day(last - dt.timedelta(days=7))
    return day(last)


# --- relative periods -----------------------------------------------------------------

LAST_N = (
    rf"(?:n[oa]s\s+)?(?:(?:ultim[oa]s|passad[oa]s)\s+(?P<n>{COUNT})\s+(?P<u>{UNIT})"
    rf"|(?P<n2>{COUNT})\s+(?:ultim[oa]s|anteriores)\s+(?P<u2>{UNIT})"
    rf"|(?P<n3>{COUNT})\s+(?P<u3>{UNIT})\s+(?:anteriores|passad[oa]s))"
)
NEXT_N = (
    rf"(?:n[oa]s\s+)?(?:proxim[oa]s?\s+(?P<n>{COUNT})\s+(?P<u>{UNIT})"
    rf"|(?P<n2>{COUNT})\s+proxim[oa]s\s+(?P<u2>{UNIT})"
    rf"|(?P<n3>{COUNT})\s+(?P<u3>{UNIT})\s+que\s+vem)"
)


def _n_periods(sign: int) -> core.Resolver:
    def resolve(m: re.Match[str], ctx: Context) -> EdtfDate | None:
        n = _number(_group(m, "n", "n2", "n3") or "")
        unit = _UNIT[_group(m, "u", "u2", "u3") or ""]
        return core.next_periods(ctx.today, unit, sign * n) if n > 0 else None

    resolve.__doc__ = "The last / next N whole units beside the current one, as one interval."
    return resolve


# --- months, quarters, years ------------------------------------------------------------

MONTH_ABBREVIATION = _alt(fold(w) for w in WORDS.month_abbreviations)
MONTH_YEAR = (
    rf"{LEAD}(?:(?P<m>{MONTH_NAME})(?:(?:\s*[,/]\s*|\s+(?:de\s+|do\s+ano\s+de\s+)?)(?P<y>{YEAR})"
    rf"|\s+de\s+(?P<y2>{YEAR2}))"
    rf"|(?<![\w.])(?P<ma>{MONTH_ABBREVIATION})\.\s*(?:de\s+)?(?P<y3>{YEAR}))"
)
"""A month and its year ("junho de 2024", "em junho 2024", "de 74"), the month also
abbreviated with its dot before a year in four digits ("em jan. 2023"; not inside a date
written "18.dez.2023"; without the dot, "mai", "set", "out" begin common words, which the
scan would look near)."""
MONTH_REL_YEAR = rf"{LEAD}(?P<m>{MONTH_NAME})\s+{REL_YEAR}"
MONTH_BARE = rf"{LEAD}(?:(?:o\s+)?mes\s+de\s+)?(?P<m>{MONTH_NAME})"


def _month_year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    if m.group("ma"):
        return month(int(m.group("y3")), _MONTH_ANY[m.group("ma")])
    y2 = m.group("y2")
    y = core.full_year(y2.lstrip("'"), ctx.ref) if y2 else int(m.group("y"))
    return month(y, _MONTH[m.group("m")])


def _month_rel_year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "em junho do ano passado": that month of the previous year."""
    return month(_rel_year(ctx.today, m.group("ry")), _MONTH[m.group("m")])


def _month_bare(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "em junho": the nearest June in the direction, the current month included."""
    return month(*core.nearest_month(ctx.today, _MONTH[m.group("m")], ctx.prefer))


_DURING = {f for w in WORDS.period_during for f in (w, core.fold_accents(w))}
"""The prepositions that make a quarter or a half the time of its clause's event."""

_PART_MONTHS = {"bimestre": 2, "quadrimestre": 4, "semestre": 6}
"""The parts of a year by their months: a "bimestre" of two, a "quadrimestre" of four (the
periods Brazilian public accounts and schools report by), a "semestre" of six."""
ORDINAL_PERIOD = (
    rf"{LEAD}(?P<o>{ORDINAL}|ultim[oa]|[1-9]{DAY_MARK})\s+"
    rf"(?P<u>mes|trimestre|tri(?!\w)|{'|'.join(_PART_MONTHS)})"
    r"(?!\s+(?:letivo|lectivo|escolar|academico)(?!\w))"
    rf"(?:\s+(?:(?:de|do\s+ano\s+de)\s+)?(?P<y>{YEAR})|\s+{REL_YEAR})?"
)


def _part_of_year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "no primeiro semestre (de 2024)", "do 2º quadrimestre", "o último bimestre do ano
    passado": that part's months (`core.part_of_year`); a bare one is the nearest."""
    size = _PART_MONTHS[m.group("u")]
    o = m.group("o")
    n = 12 // size if o.startswith("ultim") else _number(o)
    if not 1 <= n <= 12 // size:
        return None
    if m.group("y"):
        return core.part_of_year(int(m.group("y")), n, size)
    if m.group("ry"):
        return core.part_of_year(_rel_year(ctx.today, m.group("ry")), n, size)
    during = core.said_during(m, _DURING)
    return core.nearest_part(ctx.today, n, size, ctx.prefer, not during)


def _ordinal_period(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "segundo trimestre de 2013", "último mês de 2013"; a bare quarter is the nearest."""
    is_quarter = m.group("u").startswith("tri")  # "no 2º tri"
    if m.group("u") in _PART_MONTHS:
        return _part_of_year(m, ctx)
    last = 4 if is_quarter else 12
    o = m.group("o")
    n = last if o.startswith("ultim") else _number(o)
    if not 1 <= n <= last:
        return None
    if m.group("y"):
        y = int(m.group("y"))
    elif m.group("ry"):
        y = _rel_year(ctx.today, m.group("ry"))
    elif is_quarter and not o.startswith("ultim"):
        return core.nearest_quarter(ctx.today, n, ctx.prefer, not core.said_during(m, _DURING))
    else:
        return None
    return quarter(y, n) if is_quarter else month(y, n)


AT_LEAST = shapes.fragment("pt", "at_least")
"""An "at least" between a year and its preposition ("desde pelo menos 2010")."""

YEAR_ALONE = (
    r"(?P<bol>\A)?(?:(?P<lead>em|no\s+ano\s+de|o\s+ano\s+de|ano\s+de|ano|desde|ate|de|para|"
    r"face\s+a|em\s+relacao\s+a|relativamente\s+a|comparad[oa]\s+com|"
    r"ate\s+(?:a[o]?\s+)?(?:final|fim)\s+de|"
    r"antes\s+de|depois\s+de|apos|a\s+partir\s+de|durante|n[oa]s?\s+(?:inicio|comeco|final|"
    rf"fim|fins|meados)\s+de|em\s+(?:meados|fins|finais)\s+de)(?:,?\s+{AT_LEAST},?)?\s+)?(?P<y>{YEAR}|{YEAR_AFTER_ANO})"
    rf"(?(lead)|(?(bol)\Z|(?!))){COUNT_NOUN}"
)


def _year(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    return year(int(m.group("y")))


# --- seasons and holidays -------------------------------------------------------------

_SEASON_PART = r"(?:(?:n|a|d)?o\s+|até\s+ao\s+)?(?:início|inicio|final|fim|meio)\s+d[oa]"
"""The start, end or middle of a season ("no final do verão"): the season, as the model dates it."""

SEASON = (
    rf"(?P<bol>\A)?(?:(?P<cue>{CUE}|durante\s+[oa]|em|{_SEASON_PART})\s+)?"
    rf"(?:(?P<this>n?(?:est|ess)[ea])\s+"
    rf"|(?P<pre>proxim[oa]|ultim[oa])\s+)?(?P<s>{_alt(_SEASON)})"
    rf"(?:\s+(?:de\s+)?(?P<y>{YEAR})|\s+(?P<q>{PAST}|{NEXT})|\s+{REL_YEAR})?"
    r"(?(cue)|(?(this)|(?(pre)|(?(y)|(?(q)|(?(ry)|(?(bol)\Z|(?!))))))))"
)


def _season(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """Seasons as the model dates them: "este verão" holds or is nearest the reference."""
    y = int(m.group("y")) if m.group("y") else None
    if m.group("ry"):  # "o verão do próximo ano", "no inverno do ano passado"
        y = _rel_year(ctx.today, m.group("ry"))
    step = _step(m.group("pre") or m.group("q") or "")
    if step is None and m.group("this"):
        step = 0
    return core.season_date(ctx, _SEASON[m.group("s")], step, y)


def _step(qualifier: str) -> int | None:
    """ "passado"/"anterior"/"último" -1, "próximo"/"que vem" 1, else None (folded)."""
    if qualifier.startswith(("passad", "anterior", "ultim")):
        return -1
    if qualifier.startswith(("proxim", "que")):
        return 1
    return None


_EVE = "|".join(
    r"\s+".join(map(re.escape, fold(cue).split()))
    for cue in sorted(WORDS.eve_cues, key=len, reverse=True)
)
"""The cues that name a holiday's eve (`eve_cues`, folded)."""
_AFTER_WEEKDAY = (
    "(?:"
    + "|".join(
        f"(?<={re.escape(w)}{feira}\\s)" for w in sorted(_WEEKDAY) for feira in ("", "-feira")
    )
    + ")"
)
"""Right after a weekday: the "a" of a range of days ("de quinta-feira a domingo de Páscoa")."""
_PLAIN_HOLIDAY = "".join(f"(?<!{fold(w)})" for w in sorted(WORDS.ambiguous_holidays))
"""Does not end on a holiday name that is also a common word or a place."""
HOLIDAY = (
    rf"(?P<bol>\A)?(?:(?P<cue>(?P<eve>{_EVE})|{CUE}|{_AFTER_WEEKDAY}a(?=\s+{WEEKDAY}\b)|(?P<bracketed>[ao])(?=\s+{WEEKDAY}\b[^()]{{0,30}}\(\s*\d)|o|dia\s+de|antes\s+d[oa]|depois\s+d[oa]|apos\s+[oa]|ate\s+ao"
    rf"|(?:n[oa]|desde\s+[oa]|ate\s+a?[oa])\s+feriado\s+d[oa])"
    rf"\s+)?(?:(?P<pre>proxim[oa]|ultim[oa])\s+)?(?(cue)|(?<!\sd[oa]\s)(?<!\sd[oa]s\s))"
    rf"(?P<h>{_alt(_HOLIDAY)})"
    rf"(?:\s+(?:de\s+)?(?P<y>{YEAR})|\s+(?P<q>{PAST}|{NEXT})|\s+{REL_YEAR})?"
    rf"(?(pre)|(?(y)|(?(q)|(?(ry)|(?(cue)|(?:{_PLAIN_HOLIDAY}|(?(bol)\Z|(?!))))))))"
)
"""After "da"/"do" a holiday qualifies a noun ("as celebrações da Páscoa", "o feriado do
Natal"): a name, not a date, unless a preposition ("antes da", "depois do", "no feriado do")
is the cue; so is "até ao", "a" and "o" contracted ("até ao Natal"). A feast named by its
weekday takes "a" as its cue at the end of a range of days ("de quinta-feira a domingo de
Páscoa") or "a"/"o" before its day in brackets ("a terça-feira de Carnaval (17)", "o Domingo
de Páscoa (31)"); elsewhere "a Sexta-feira Santa" is as often the feast's name, a subject."""


def _holiday(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """Christmas, New Year, Easter...: the nearest in the direction, unless a year is given.

    "em Natal" is the city: the ambiguous names need a cue ("no Natal") or a qualifier.
    """
    on = feast = _HOLIDAY[re.sub(r"\s+", " ", m.group("h"))]
    if m.group("eve"):  # "na véspera da Páscoa": the day before the feast
        on = lambda y: feast(y) - dt.timedelta(days=1)  # noqa: E731
    cue = m.group("cue") if m.group("cue") != "o" or m.group("bracketed") else None
    dated = m.group("y") or m.group("ry") or m.group("pre") or m.group("q")
    if core.named_alone(m, cue, 0 if dated else None):
        return None  # "a missa de Ano Novo", "O Natal dos Hospitais realiza-se a 5 de dezembro"
    ref = ctx.today
    y = int(m.group("y")) if m.group("y") else None
    if m.group("ry"):
        y = _rel_year(ref, m.group("ry"))
    step = _step(m.group("pre") or m.group("q") or "")
    return core.holiday_date(ctx, on, y, step)


# --- intervals ------------------------------------------------------------------------

RANGE_OPEN = (
    r"(?:(?P<entre>entre(?:\s+[oa]s?)?(?:\s+dias?)?)\s+"
    r"|(?:de|d[oa]|desde(?:\s+[oa](?:\s+dia)?)?|a\s+partir\s+d[eoa]|para|em|n[oa])\s+)?"
)
RANGE_JOIN = (
    r"(?(entre)\s+e\s+(?:[oa]\s+)?(?:dia\s+)?"
    r"|(?:\s*[-/]\s*|\s+(?:a|ao|ate(?:\s+ao?)?)\s+(?:dia\s+)?))"
)
"""Either end may be said with its "dia" ("entre o 7 de novembro e o dia 2 de abril",
"desde o dia 4 de maio até ao dia 18 de junho")."""


def _endpoint_year(m: re.Match[str], side: str) -> int | None:
    text = m.group(side + "y")
    return int(text) if text else None


def _years_of(
    m: re.Match[str], ctx: Context, a: tuple[int, int], b: tuple[int, int], units: int
) -> tuple[int, int]:
    """Years of the two ends of a range: a year written on one end carries to the other."""
    ya, yb = _endpoint_year(m, "a"), _endpoint_year(m, "b")
    if yb is None and m.groupdict().get("ry"):
        yb = _rel_year(ctx.today, m.group("ry"))
    wraps = b < a  # "21 de dezembro a 6 de janeiro", "outubro a março"
    if ya is None and yb is None:
        ya = _nearest_year(ctx, a, b, units)
    if ya is None:
        assert yb is not None
        ya = yb - 1 if wraps else yb
    if yb is None:
        yb = ya + 1 if wraps else ya
    return ya, yb


def _nearest_year(ctx: Context, a: tuple[int, int], b: tuple[int, int], units: int) -> int:
    """The year of a range's first end with no year: its nearest occurrence in the direction
    (a range of days under way on the reference day is this one, `core.yearless_start`)."""
    if units == 4:
        return core.nearest_quarter(ctx.today, a[0], ctx.prefer).start.year
    if units == 12:
        return core.nearest_month(ctx.today, a[0], ctx.prefer)[0]
    found = core.yearless_start(ctx, a, b)
    return found.year if found else ctx.today.year


def _endpoint(p: str, kind: str) -> str:
    """One end of a range; the last may carry a year said as a phrase ("de março a junho
    deste ano"), which serves both."""
    said = rf"|\s+{REL_YEAR}" if p == "b" else ""
    year_part = rf"(?:\s*,?\s+(?:(?:de|do\s+ano\s+de)\s+)?(?P<{p}y>{YEAR}){said})?"
    if kind in ("quarter", "ordinal_month"):
        unit = "trimestres?" if kind == "quarter" else "mes"
        tail = rf"\s+{unit}{year_part}"
        # the first end may leave its unit to the second: "do segundo ao quarto trimestre",
        # "no 2.º e 3.º trimestres"
        number = rf"{ORDINAL}|[1-4]{DAY_MARK}" if kind == "quarter" else ORDINAL
        return rf"(?P<{p}o>{number})" + (f"(?:{tail})?" if p == "a" else tail)
    if kind == "month":
        return rf"(?P<{p}m>{MONTH_NAME}){year_part}"
    return rf"(?P<{p}d>{DAY_NUMBER})\s+(?:de\s+)?(?P<{p}m>{MONTH_WORD}){year_part}"


def _range_of(kind: str) -> str:
    join = RANGE_JOIN
    if kind == "quarter":  # two quarters in a row joined by "e": "no 2.º e 3.º trimestres"
        join = rf"(?:{RANGE_JOIN}|(?(entre)(?!)|(?P<both>\s+e\s+(?:[oa]\s+)?)))"
    return RANGE_OPEN + _endpoint("a", kind) + join + _endpoint("b", kind)


def _range_periods(kind: str) -> core.Resolver:
    def resolve(m: re.Match[str], ctx: Context) -> EdtfDate | None:
        units = 4 if kind == "quarter" else 12
        if kind == "month":
            a, b = _MONTH[m.group("am")], _MONTH[m.group("bm")]
        else:
            a, b = _number(m.group("ao")), _number(m.group("bo"))
        if not (1 <= a <= units and 1 <= b <= units):
            return None
        if m.groupdict().get("both") and b != a + 1:
            return None  # "no primeiro e terceiro trimestres": two quarters apart
        ya, yb = _years_of(m, ctx, (a, 0), (b, 0), units)
        make = quarter if kind == "quarter" else month
        first, last = make(ya, a), make(yb, b)
        return core.span(first, last) if last.start > first.start else None

    resolve.__doc__ = f"A range of {kind.replace('_', ' ')}s, a year on either end serving both."
    return resolve


DAY_RANGE = (
    rf"{RANGE_OPEN}(?P<ad>{DAY_NUMBER})(?:\s+(?:de\s+)?(?P<am>{MONTH_WORD})"
    rf"(?:\s*,?\s+(?:de\s+)?(?P<ay>{YEAR}))?)?(?:{RANGE_JOIN}|(?(am)(?!)|(?P<both>\s+e\s+)))"
    rf"{_endpoint('b', 'day')}"
)
"""Also two days of one month joined by "e" ("4 e 5 de novembro"): one interval when they
follow each other, a strike's or a summit's two days."""


def _day_range(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    """ "13 a 15 de julho", "de 29 de novembro a 1 de dezembro", "entre 3 e 5 de março";
    "de 29 a 4 de janeiro" starts in the month before."""
    bm = _month_of(m.group("bm"))
    am = _month_of(m.group("am")) if m.group("am") else bm
    if (
        not m.group("am")
        and _number(m.group("ad")) > _number(m.group("bd"))
        and not m.group("both")
    ):
        am = 12 if bm == 1 else bm - 1  # "de 29 a 4 de janeiro": 29 December
    a, b = (am, _number(m.group("ad"))), (bm, _number(m.group("bd")))
    ya, yb = _years_of(m, ctx, a, b, 0)
    first, last = core.calendar_day(ya, *a), core.calendar_day(yb, *b)
    if first is None or last is None or last <= first:
        return None
    if m.group("both") and (last - first).days != 1:
        return day(last)  # "3 e 10 de março": two days, not a run; the second one is dated
    return core.span(day(first), day(last))


SCHOOL_YEAR = r"(?<=(?:19|20)\d\d)/(?=(?:19|20)\d\d)"
YEAR_RANGE = (
    rf"(?:(?:em|n[oa]|d[oa])\s+(?=[12]\d{{3}}/\d\d(?!\d)))?{RANGE_OPEN}(?:(?<!\w)ano\s+de\s+)?(?P<a>{YEAR})(?:(?:{RANGE_JOIN}(?:(?<=\s)ano\s+de\s+)?|{SCHOOL_YEAR}|\s+e\s+)(?P<b>{YEAR})"
    rf"|(?:/|(?<=\(\d{{4}})-(?=\d\d\)))(?P<s>\d\d)(?![\d/]|\.\d))(?!\d){COUNT_NOUN}"
)
"""Years from one to another ("de 2019 a 2022", "2020-2022", two years joined by "e": the
list of two that `extract` splits unless they follow each other), a school or a sports year
"2024/2025" (the years it runs over; only years of the last two centuries: "proc. 1523/2024"
is a case number)."""


def _year_range(m: re.Match[str], ctx: Context) -> EdtfDate | None:
    a = int(m.group("a"))
    short = m.group("s")
    if short is None:
        b: int | None = int(m.group("b"))
    elif "/" in m.group():  # "2023/24": a season's or a school year's
        b = core.season_year_end(a, short)
    else:  # "(2011-12)": a span's, in brackets
        b = core.short_year_end(a, short)
    return core.year_range(a, b) if b is not None else None


# --- the language ---------------------------------------------------------------------

NUMERIC = (
    rf"(?<!\d[./-])(?P<d>[0-3]?\d){DAY_ENDING}(?P<s>[/.-])(?:(?<=\.)\s)?(?P<m>[01]?\d)(?P=s)"
    r"(?:(?<=\.)\s(?=\d{4}))?(?P<y>[12]\d{3}|\d{2})(?![/.-]?\d)"
)
SECOND = (
    r"(?:\s+(?:e|a|ate(?:\s+ao?)?)\s+(?:[oa]\s+)?(?P<d2>[0-3]?\d)(?P=s)(?P<m2>[01]?\d)(?P=s)"
    r"(?P<y2>\d{4})(?![/.-]?\d))?"
)
"""A second full date as the end of a range ("entre 25/05/2023 e 07/06/2023", "de 1.3.2024 a
5.3.2024"): one interval. An optional tail of the numeric rule, as a rule of its own would
try every "de" of the text."""

DOTTED_BEFORE = r"a|at[eé]|em|desde|para|no|n[oa] dia|dia|de"
"""The prepositions before a day and month written with a dot and no year ("a 28.02"),
which must end its clause: "para 3.25 por cento" is a figure."""

BARE_DOTTED = r"(?<=[^\W\d_] )"
"""A day and month with a dot and no preposition, after a word ("O julgamento começa
12.05"): found here, kept by extraction only right after a verb (`tense.verb_just_before`),
as "o ponto 12.05", "às 12.05" are no dates; never a whole expression."""

RULES: list[Rule] = [
    _rule(
        "numeric_date",
        rf"(?:entre(?:\s+[oa]s?)?\s+|{LEAD})(?:dia\s+)?{NUMERIC}{SECOND}{TIME_TAIL}",
        _numeric,
    ),
    _rule(  # the first day leaves its year to the last: "de 12.05. a 30.06.2025"
        "numeric_range",
        r"(?:(?:de|entre|desde)\s+)?(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)(?:\.(?P<y1>\d{4})|\.)?"
        r"(?:\s*[–—-]\s*|\s+(?:a|e|ate)\s+)(?P<d2>[0-3]?\d)\.(?P<m2>[01]?\d)\.(?P<y>\d{4})(?![/.-]?\d)",
        _numeric_range,
    ),
    _rule(
        "numeric_day_month",
        rf"(?:(?:(?<!\w)(?:{DOTTED_BEFORE})\s+(?:dia\s+)?|{BARE_DOTTED})"
        r"(?<!\bas\s)(?<!\bdas\s)(?<!\bpelas\s)(?P<d2>[12]\d|3[01]|0?[1-9])\."
        rf"(?P<m2>0[1-9]|1[0-2])(?:(?=\s*(?:$|[,;:!?)–—]|\.(?!\d)))|\s+{CLOCK})|"
        rf"{LEAD}(?:dia\s+)?(?<![\d/.])(?P<d>[0-3]?\d){DAY_ENDING}/(?P<m>[01]?\d)(?![/\d])"
        rf"(?!\s+(?:d[oa]s?|de)\s){TIME_TAIL})",
        _numeric_short,
    ),
    _rule("day_range", DAY_RANGE, _day_range),
    _rule("quarter_range", _range_of("quarter"), _range_periods("quarter")),
    _rule("month_range", _range_of("ordinal_month"), _range_periods("ordinal_month")),
    _rule("month_range", _range_of("month"), _range_periods("month")),
    _rule("year_range", YEAR_RANGE, _year_range),
    _rule("day_month", rf"{LEAD}{DAY_MONTH}{TIME_TAIL}", _day_month),
    _rule("month_day", MONTH_DAY, _day_month),
    _rule(
        "day_of_month",
        rf"(?:(?:em|n[oa]|n?ess[ea]|n?est[ea]|ate\s+o|desde\s+o|a\s+partir\s+do)\s+)?"
        rf"(?:(?:(?P<next>proximo)|(?P<last>passad[oa]))\s+)?dia\s+"
        rf"(?P<d>{DAY_NUMBER})(?![.º°ª]?\s*(?:de\s+)?{MONTH_NAME}|[./]\d){TIME_TAIL}",
        _day_of_month,
    ),
    _rule("weekday", WEEKDAY_QUALIFIED, _weekday_qualified),
    _rule("weekday_pair", WEEKDAY_PAIR, core.weekday_pair(_WEEKDAY)),
    _rule("weekday", WEEKDAY_BARE, _weekday),
    _rule("weekday", NUMBERED_WEEKDAY, _numbered_weekday),
    _rule("last_next_n", LAST_N, _n_periods(-1)),
    _rule("last_next_n", NEXT_N, _n_periods(1)),
    _rule("ordinal_period", ORDINAL_PERIOD, _ordinal_period),
    _rule("month_year", MONTH_YEAR, _month_year),
    _rule("month_relative_year", MONTH_REL_YEAR, _month_rel_year),
    _rule("month", MONTH_BARE, _month_bare),
    _rule("year", YEAR_ALONE, _year),
    _rule("season", SEASON, _season),
    _rule("holiday", HOLIDAY, _holiday),
]


LANGUAGE = shapes.language("pt", RULES, fold)
"""The rules above, then the shapes of `lang/pt/words.yaml`; names, abbreviations and tense
words from the language's data."""
