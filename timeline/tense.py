"""Which way a sentence looks: past or future, from its verbs, per language.

Underspecified dates ("w środę", "no sábado") take the direction of their
sentence's tense: "powitał w środę" is the Wednesday on or before the reference,
"odwiedzi w piątek" the Friday on or after it. The markers are deliberately few
and specific; with none found, news prose is read as past.

Wire copy packs two tenses into one sentence ("X said on Tuesday that Y will
...", "the meeting, scheduled for 18 March, ..."), so the tense is read from
the mention's own clause: commas, dashes, quotes and the words that open a
reported or relative clause ("că", "że", "que", "че") bound it. A clause that is
nothing but the mention ("Începând de la 1 iulie, TVA va crește", "No Natal, as
lojas vão abrir") is a fronted adverbial: it takes the tense of the clause it
belongs to, up to the nearest strong bound (not a comma).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from timeline.dates.core import Direction

# Future markers: auxiliaries, future forms and "scheduled for" that news prose uses.
# A past verb of scheduling or postponing ("amânat pentru", "насрочи", "adiado para",
# "wyznaczył termin ... na") still points forward: what is set is yet to come. So do
# "is expected" ("se așteaptă", "се очаква", "spodziewana jest") and "enters into force",
# which news writes in the present for what is to come. In pt and ro a present that is
# plainly a verb reads forward too, as news writes a schedule in the present ("O FC Porto
# recebe o Sporting no sábado", "Dinamo – Rapid se joacă duminică", "Senatul îl dezbate
# luni"): a ro clitic before a word or a present ending ("-ează", "-ește"), pt verbs of
# fixtures and calendars, a present passive ("é votado a 31 de outubro"). So do a ro
# conditional ("ar putea fi mutată în martie") and a promise with its object ("tinha
# prometido rever em março", "a promis majorarea pensiilor în ianuarie"); a date right
# after the verb of promising is when the promise was made ("prometeu na segunda-feira").
_FUTURE: dict[str, re.Pattern[str]] = {
    "pl": re.compile(
        r"(?<!\w)(będzie|będą|będziemy|będę|odwiedzi|odwiedzą|przybędzie|spotka|spotkają|"
        r"podpisze|podpiszą|pojedzie|pojadą|przyjedzie|przyjadą|przyleci|przylecą|poleci|"
        r"polecą|zostanie|zostaną|planuje|planują|zamierza|zamierzają|odbędzie|odbędą|"
        r"wejdzie|wejdą|wzrośnie|wzrosną|spadnie|spadną|rozpocznie|rozpoczną|zakończy|"
        r"zakończą|potrwa|potrwają|ogłosi|ogłoszą|przedstawi|przedstawią|zbierze|zbiorą|"
        r"wybierze|wybiorą|zagłosuje|zagłosują|ruszy|ruszą|nastąpi|nastąpią|otworzy|"
        r"otworzą|ma\s+się\s+odbyć|mają\s+się\s+odbyć|ma\s+zostać|mają\s+zostać|"
        r"zaplanowan\w*|zaplanowano|przewidzian\w*\s+na|zagra|zagrają|wystąpi|wystąpią|"
        r"wyznaczy\w*\s+termin|(?:przełoż|przesunię|przesunął|odrocz|przeniesi)\w*\s+(?:na|do)|"
        r"(?:spodziewan|oczekiwan)[aey]|oczekuje\s+się|poda|podadzą|opublikuje|opublikują|zacznie|"
        r"zaczną|zaczniemy|zajmie|zajmą|podejmie|podejmą|zmierzy|zmierzą|przyjmie|przyjmą|"
        r"zdecyduje|zdecydują|rozpatrzy|rozpatrzą|wyda|wydadzą|złoży|złożą|wróci|wrócą|weźmie|wezmą|"
        r"zapadnie|zapadną|minie|miną|upłynie|nadejdzie|dojdzie|ostrzeże\w*|"
        r"(?:po)?został[oy]\s+(?:jeszcze\s+|tylko\s+)?\d+|"
        r"(?:może|mogą|musi|muszą|powin(?:ien|na|no|ni|ny))\s+(?:\w+\s+)?\w+(?:ć|c)|"
        r"obieca\w*\s+(?!(?:w|we|na|już)(?!\w))\w+)(?!\w)",
        re.IGNORECASE,
    ),
    "pt": re.compile(
        r"(?<!\w)(vai|vão|vamos|vou|irá|irão|deverá|deverão|visitará|visitarão|será|serão|"
        r"pretende|pretendem|planeja|planeia|deve|devem|"
        r"(?!verão|pará)\w+[aei](?:rá|rão)|"
        r"(?<!estava\s)(?<!estavam\s)(?<!esteve\s)(?<!era\s)"
        r"(?:marcad|agendad|previst|programad|prevista|convocad|adiad|remarcad)[oa]s?\s+para|"
        r"(?:marcou|agendou|adiou|remarcou)\s+(?:[^\W\d]+\s+){0,3}?para(?=\s+(?:[oa]\s+)?(?:\d|dia\s|"
        r"próxim|proxim|outono|inverno|verão|primavera|fim|final|início|segunda|terça|quarta|"
        r"quinta|sexta|sábado|domingo|janeiro|fevereiro|março|abril|maio|junho|julho|agosto|"
        r"setembro|outubro|novembro|dezembro))|entram?\s+em\s+vigor|"
        r"(?:pode|podem)\s+(?!ter\s)(?:ser|\w+[aei]r)|aviso\s+\w+|"
        r"espera-se|prev[êe]-se|(?:é|são)\s+\w+(?:ad|id)[oa]s?|"
        r"(?:promet|garant)\w*\s+(?!(?:n[oa]s?|em|ontem|hoje|que|a)(?!\w))\w+|"
        r"(?:recebe|defronta|enfrenta|joga|disputa|visita|passa|fecha|abre|termina|começa|divulga|falha|"
        r"arranca|decorre|realiza|reúne|vota|viaja|chega|regressa|inaugura|encerra|retoma|acolhe|"
        r"publica|apresenta|entra|lança|estreia|assina|debate|discute)"
        r"(?:m|-se|m-se)?)(?!\w)",
        re.IGNORECASE,
    ),
    "ro": re.compile(
        r"(?<!\w)(va|vor|vom|voi|vei|urmează să|urmeaza sa|o să|o sa|ar urma să|ar urma sa|"
        r"(?:programat|convocat|prevăzut|prevazut|planificat|stabilit|fixat|amânat|amanat|"
        r"reprogramat)(?:ă|a|e|i)?\s+(?:pentru|pe)|se\s+(?:așteaptă|asteapta|preconizează)|"
        r"(?:este|e|sunt|fi)\s+(?:așteptat|asteptat)(?:ă|a|e|i)?|"
        r"(?:intră|intra)\s+în\s+vigoare|(?:s-)?ar\s+(?:putea|trebui|avea|urma|fi(?!\s+fost))|"
        r"prom(?:is|ite|it|isese)\s+(?!(?:pe|în|in|ieri|azi|astăzi|că|ca)(?!\w))\w+|"
        r"(?:are|au)\s+loc|joacă|joaca|valabil\w*|cod\s+(?:galben|portocaliu|roșu|rosu)|"
        r"(?:se|îl|il|îi|ii|le|își|isi|ne)\s+(?!(?:va|vor|vom|mai|a|au|ar|află)(?!\w))"
        r"(?-i:[a-zăâîșțş])\w+|"
        r"(?!(?:firește|românește|omenește|englezește|franțuzește|nemțește|rusește)(?!\w))"
        r"(?-i:[a-zăâîșțş])\w+(?:ează|ește|esc))(?!\w)",
        re.IGNORECASE,
    ),
    "bg": re.compile(
        r"(?<!\w)(ще|предстои|(?:насрочен|планиран|предвиден|отложен)[оаи]?\s+за|"
        r"насрочи|насрочиха|отложи\s+за|отложиха\s+за|се\s+очакват?|очакват?\s+се|"
        r"влиза\s+в\s+сила|гостува|гостуват|посреща|посрещат|домакинства|"
        r"(?:оранжев|жълт|червен)\s+код|предупреждение|обеща(?:ха)?\s+(?!(?:в|във|на|че|днес|вчера)(?!\w))\w+)(?!\w)",
        re.IGNORECASE,
    ),
    "en": re.compile(r"(?<!\w)(will|shall|is to|are to|plans to|is going to)(?!\w)", re.IGNORECASE),
}

# Past markers, for the languages whose news writes what is scheduled in the present
# ("O FC Porto recebe o Arouca no sábado", "Revelionul începe miercuri seara"): a clause
# with neither a future nor a past marker is read forward. The lists over-match on
# purpose (a noun in "-eu" or "-at" reads as past): a false past marker only keeps the
# default reading, a missed one would turn a past event forward. Capitalised words are
# names ("Museu Gulbenkian"), not verbs.
_PAST: dict[str, re.Pattern[str]] = {
    "pt": re.compile(
        r"(?<!\w)(?:foi|foram|era|eram|esteve|estiveram|teve|tiveram|tinha|tinham|havia|"
        r"houve|fez|fizeram|disse|disseram|deu|deram|veio|vieram|pôs|puseram|quis|trouxe|"
        r"soube|viu|viram|morreu|nasceu|\w+ámos|"
        r"(?!(?:museu|europeu|troféu|chapéu|judeu|liceu|coliseu|ilhéu|apogeu|pneu|sábado|feriado|"
        r"estado|mercado|resultado|senado|deputado|advogado|soldado|cuidado|lado|legado|"
        r"partido|sentido|pedido|vida|saída|partida|medida|dúvida|corrida|comida|rápida|"
        r"válida|ida)(?!\w))"
        r"(?-i:[a-zà-ÿ])\w+(?:ou|eu|iu|aram|eram|iram|ava|avam|ado|ada|ados|adas|ido|ida|idos|"
        r"idas))(?!\w)",
        re.IGNORECASE,
    ),
    "ro": re.compile(
        r"(?<!\w)(?:era|erau|fost|fusese|avea|aveau|ieri|aseară|"
        r"(?:a|au|am|ați|ai)\s+(?:mai\s+|și\s+)?\w+s|"
        r"(?!\w*mite(?!\w))(?-i:[a-zăâîșțş])\w+(?:at|ată|ați|ate|it|ită|iți|ite|ut|ută|uți|ute|ât|ase|"
        r"ise|use|au)|(?-i:[a-zăâîșțş])\w{2,}(?:us|is|as)(?:ă|e))"
        r"(?!\w)",
        re.IGNORECASE,
    ),
}
_SINCE: dict[str, re.Pattern[str]] = {"pt": re.compile(r"desde\b|há\s", re.IGNORECASE)}
# Past markers of the languages read past by default (pl, bg): they only compete with a
# future marker in the same clause (the nearest wins) and date a verbless clause by the
# clause before it. "zeszły", "przyszły", "ubiegły" are "last"/"next", not verbs.
_PAST["pl"] = re.compile(
    r"(?<!\w)(?!(?:przyszł|zeszł|ubiegł|cał|mał|około|koło|jeśli|czyli|chwili|roli|woli)\w*)"
    r"(?!(?:\w*(?:dział|ół|mysł)|poseł|orzeł|anioł|węzeł|kocioł|kozioł)(?!\w))"
    r"(?-i:[a-ząćęłńóśźż])\w+(?:ł|ła|ło|li|ły|łem|łam|liśmy|łyśmy|łeś|łaś|ono|ęto|yto)(?!\w)",
    re.IGNORECASE,
)
_PAST["bg"] = re.compile(
    r"(?<!\w)(?<!ще\s)(?<!ще\sсе\s)(?<!да\s)(?<!да\sсе\s)(?:беше|бяха|бил|била|било|били|(?:е|са|бе|съм|сме)\s+\w+л[аио]?|"
    r"\w+(?:хме|хте)|(?!още)(?-i:[а-я])\w+(?:ха|ше)|заяви|обяви|съобщи|каза|прие|подписа|реши|призна|"
    r"обеща|посочи|добави|отбеляза|поиска|загуби|победи|спечели|откри|избухна|започна|"
    r"завърши|стана|дойде|уби|одобри|отложи|отказа|пристигна|почина|загина|даде|дадоха|взе|"
    r"взеха|посети|посетиха|проведе|изпрати|отхвърли|предложи|подкрепи|наложи|"
    r"(?!(?:кана|фина|сигна|журна|национа|термина|кардина|персона|оригина|арсена|трибуна|"
    r"маргина|ме|сканда|пе|ванда|феода|санда)л)\w+(?:на|да)л(?:ият|ия|ата|ото|ите))"
    r"(?!\w)",
    re.IGNORECASE,
)
_FORWARD = frozenset({"pt", "ro"})
"""The languages whose news writes what is scheduled in the present: a clause with neither
marker reads forward."""

_PARTICIPLE: dict[str, re.Pattern[str]] = {
    "pt": re.compile(r"\w+(?:ado|ada|ados|adas|ido|ida|idos|idas)", re.IGNORECASE),
    "ro": re.compile(
        r"\w+(?:at|ată|ați|ate|it|ită|iți|ite|ut|ută|uți|ute|ât|usă|use|isă|ise|asă|ase)",
        re.IGNORECASE,
    ),
}
_AUXILIARY: dict[str, frozenset[str]] = {
    "pt": frozenset(
        [
            "foi",
            "foram",
            "fora",
            "tinha",
            "tinham",
            "tem",
            "têm",
            "havia",
            "haviam",
            "sido",
            "era",
            "eram",
        ]
    ),
    "ro": frozenset(
        [
            "a",
            "au",
            "am",
            "ai",
            "ați",
            "fost",
            "s-a",
            "s-au",
            "l-a",
            "l-au",
            "i-a",
            "i-au",
            "le-a",
            "le-au",
            "mai",
            "și",
            "era",
            "erau",
            "fusese",
        ]
    ),
}
_SINCE_AFTER: dict[str, re.Pattern[str]] = {
    "ro": re.compile(r"\s*(?:încoace|incoace)(?!\w)", re.IGNORECASE),
    "bg": re.compile(r"\s*насам(?!\w)", re.IGNORECASE),
}
"""A mention followed by "încoace"/"насам" ("de la 21 februarie încoace") is a "since":
it looks back whatever the verb."""
_SINCE_PRESENT: dict[str, re.Pattern[str]] = {
    "ro": re.compile(r"din\s(?=[^,;]*$)", re.IGNORECASE),
}
_STATE: dict[str, re.Pattern[str]] = {
    "ro": re.compile(r"(?<!\w)(?:este|e|sunt|se\s+află|rămâne|rămân|există)(?!\w)", re.IGNORECASE),
}
_OF_BEFORE: dict[str, re.Pattern[str]] = {
    "ro": re.compile(r"(?-i:[a-zăâîșț])\w{2,}(?:ul|ului|le|lor|ile|iei|a)\s*\Z", re.IGNORECASE),
}
"""ro "din" after a noun with its article is "of", not "since": "alegerile din 5 noiembrie",
"atacului din 7 octombrie", "finala din 30 mai" are events named by their date."""
_NEVER = re.compile(r"(?!)")
"""ro "din <month>" with a verb of state ("sunt în vânzare din septembrie") is "since": it
looks back; with another present ("se aplică din iulie") it is "from", forward."""

"""A mention that opens on "since" looks back, whatever the verb: "veste a amarela desde
quinta-feira"."""

# Words that open a reported or relative clause: "a declarat marți că guvernul va ...".
_OPENERS: dict[str, str] = {
    "pl": r"że|który|która|które|którzy|których|gdy|kiedy",
    "pt": r"que|quando|onde",
    "ro": r"că|ca|care|când|cand|iar",
    "bg": r"че|който|която|което|които|когато|след\s+като",
    "en": r"that|which|who|when",
}
_STRONG = r"[;:()\"“”„«»]|\s[–—-]\s"
_WEAK = r",(?!\d)"
"""A comma, but not the decimal one of "5,17%"."""


def _breaks(lang: str, weak: bool) -> re.Pattern[str]:
    openers = _OPENERS.get(lang)
    parts = [_STRONG, *([_WEAK] if weak else [])]
    if openers:
        parts.append(rf"(?<!\w)(?:{openers})(?!\w)")
    return re.compile("|".join(parts), re.IGNORECASE)


_BREAKS: dict[tuple[str, bool], re.Pattern[str]] = {}
_WORD = re.compile(r"[^\W\d_]{3,}")


def direction(
    sentence: str, lang: str, at: int | None = None, end: int | None = None
) -> Direction | None:
    """ "future" when the clause around position `at` (else the whole sentence) speaks of
    what is to come, else "past".

    The clause matters: in "Kim będzie kontynuował podróż ... – powiedział w środę Putin"
    the Wednesday belongs to "powiedział", not to "będzie". `end` (the end of the mention)
    lets a clause that holds only the mention borrow the tense of its neighbour; in pt, ro
    and bg a clause with no past marker either is present tense, which news uses for what
    is scheduled ("regressa a Lisboa na segunda-feira"), so it is read forward.

    When a clause holds both a past and a future marker ("Am semnat acordul în martie și îl
    vom aplica din iulie", "Fechámos o acordo em março e vamos assiná-lo em julho"), the
    marker nearest the mention decides: coordinated verbs each govern their own dates.
    """
    pattern = _FUTURE.get(lang)
    if pattern is None:
        return None
    if at is None:
        return "future" if pattern.search(sentence) else "past"
    stop = at if end is None else end
    since = _SINCE.get(lang)
    if since is not None and end is not None and since.match(sentence, at, end):
        return "past"
    after = _SINCE_AFTER.get(lang)
    if after is not None and end is not None and after.match(sentence, end):
        return "past"
    start, finish = clause_span(sentence, at, stop, lang)
    mention = sentence[at:end] if end is not None else ""
    if end is not None and not _WORD.search(
        sentence[start:finish].replace(mention, " ", 1) if mention else sentence[start:finish]
    ):
        start, finish = clause_span(sentence, at, stop, lang, weak=False)
    futures = list(pattern.finditer(sentence, start, finish))
    future = _nearest(futures, sentence, start, at, stop)
    past_pattern = _PAST.get(lang)
    if end is None:
        return "past" if future is None else "future"
    past = None
    if past_pattern is not None:
        found = (
            m
            for m in past_pattern.finditer(sentence, start, finish)
            if not any(f.start() <= m.start() <= f.end() + 1 for f in futures)
        )
        headline = not sentence.rstrip().endswith((".", "!", "?", "…", '"', "”", "»"))
        past = _nearest(
            found,
            sentence,
            start,
            at,
            stop,
            lang,
            bare=future is None and not headline,
            any_=future is None,
        )
    if future is not None and (past is None or future <= past):
        return "future"
    if past is not None:
        return "past"
    if lang in _FORWARD:
        present_since = _SINCE_PRESENT.get(lang)
        if (
            present_since is not None
            and present_since.match(sentence, at, end)
            and not _OF_BEFORE[lang].search(sentence, max(0, at - 24), at)
            and _STATE.get(lang, _NEVER).search(sentence, start, finish)
        ):
            return "past"
    return _elliptic(sentence, lang, at, stop, start)


def _nearest(
    found: Iterable[re.Match[str]],
    sentence: str,
    start: int,
    at: int,
    stop: int,
    lang: str = "",
    *,
    bare: bool = True,
    any_: bool = False,
) -> int | None:
    """The distance in characters from the mention at `at`..`stop` to the nearest of the
    markers `found` (0 for a future marker that runs into it: "marcada para 18 de março"),
    or None when there is none (with `any_`, the first one found: when there is no future
    marker to weigh it against, only whether there is one matters). A past marker that is
    part of a future form ("va avea loc", "serão divulgados") was left out by the caller.

    A bare participle (no auxiliary before it) describes a noun ("pachetul fiscal adoptat
    de Senat", "uma vizită", "o processo iniciado em 2020"): after the mention it is no
    marker, and before it, it does not outweigh a finite future (`bare=False`). A headline
    (no final stop) has no verb but its participles ("Alegeri comasate pe 9 iunie"): they
    are no tense either, and the nearer reading decides.
    """
    best: int | None = None
    participle = _PARTICIPLE.get(lang)
    for m in found:
        if participle is not None and participle.fullmatch(m.group()):
            before = sentence[max(start, m.start() - 12) : m.start()].split()
            if (not bare or m.start() >= stop) and (
                not before or before[-1].lower() not in _AUXILIARY[lang]
            ):
                continue
        if m.end() <= at:
            distance = at - m.end() + _beyond(sentence, m.end(), at)
        elif m.start() >= stop:
            distance = m.start() - stop + _beyond(sentence, stop, m.start())
        elif lang:
            continue  # a past marker inside the mention is the mention's own word
        else:
            distance = 0
        if any_:
            return distance
        if best is None or distance < best:
            best = distance
    return best


_AND = re.compile(r"(?<!\w)(?:e|și|si|и|i|oraz|а|a|iar)(?!\w)", re.IGNORECASE)


def _beyond(sentence: str, start: int, end: int) -> int:
    """A marker past a coordinating "and" between it and the mention belongs to the other
    conjunct ("Fechámos o acordo em março e vamos assiná-lo em julho"): it counts as far."""
    return 1000 if _AND.search(sentence, start, end) else 0


_LOWER_WORD = re.compile(
    r"(?<!\w)(?<!\Ww\s)(?<!\Wz\s)(?<!\Wna\s)(?<!\Wdo\s)(?<!\Wod\s)(?<!\Wpo\s)(?<!\Wwe\s)"
    r"(?<!\Wze\s)(?<!\Wв\s)(?<!\Wс\s)(?<!\Wна\s)(?<!\Wот\s)(?<!\Wдо\s)(?<!\Wза\s)"
    r"(?-i:[a-ząćęłńóśźżа-я])\w{2,}",
    re.IGNORECASE,
)
"""A lower-case word after the date, but not one after a preposition ("z Maltą na
wyjeździe"): a verb is never a preposition's object."""


def _elliptic(sentence: str, lang: str, at: int, stop: int, start: int) -> Direction | None:
    """A clause with no marker at all in a language read past by default ("a druga tura 21
    kwietnia" after "odbędą się 7 kwietnia"): it shares the verb of the clause before it, so
    the marker nearest before it in the sentence decides."""
    if start == 0 or lang not in _FUTURE or not _AND.match(sentence, start + 1):
        return None  # no marker to go on: the nearer reading will be taken
    _, finish = clause_span(sentence, at, stop, lang)
    if _LOWER_WORD.search(sentence, stop, finish):
        # "a w niedzielę skacze w Innsbrucku", "а в неделя посреща ЦСКА": a word after the
        # date is the clause's own verb (elided, the verb leaves the date last: "a druga
        # tura 21 kwietnia"); its present says nothing of the direction
        return None
    before = sentence[:start]
    future = [m.end() for m in _FUTURE[lang].finditer(before)]
    past_pattern = _PAST.get(lang)
    past = [m.end() for m in past_pattern.finditer(before)] if past_pattern is not None else []
    if future and (not past or future[-1] >= past[-1]):
        return "future"
    return "past" if past else None


def clause(
    sentence: str, at: int, end: int | None = None, lang: str = "", *, weak: bool = True
) -> str:
    """The stretch of the sentence around a mention, between commas, dashes, quotes and
    (in `lang`) the words that open a clause; with `weak=False` commas do not bound it.

    Bounds inside the mention itself ("na semana que vem") are not bounds.
    """
    start, finish = clause_span(sentence, at, at if end is None else end, lang, weak=weak)
    return sentence[start:finish]


def clause_span(
    sentence: str, at: int, stop: int, lang: str, *, weak: bool = True
) -> tuple[int, int]:
    """Where `clause` starts and ends in the sentence, for a mention at `at`..`stop`."""
    key = (lang, weak)
    breaks = _BREAKS.get(key)
    if breaks is None:
        breaks = _BREAKS[key] = _breaks(lang, weak)
    start, finish = 0, len(sentence)
    for m in breaks.finditer(sentence):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= stop and m.start() > at:
            finish = m.start()
            break
    return start, finish


def direction_of(expression: str | None, sentence: str, lang: str) -> Direction | None:
    """The direction of an expression where it first occurs in its sentence (a source's quote):
    the same reading extraction gave it, so that `check` re-resolves it the same way."""
    at = sentence.find(expression) if expression else -1
    if at < 0:
        return direction(sentence, lang)
    return direction(sentence, lang, at, at + len(expression or ""))
