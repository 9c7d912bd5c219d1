"""`timeline build`: every date mention of the seeds becomes a candidate event, once.

The store is the curators' document: a build only *adds* candidates. A mention
already cited by any event (whatever its status: a rejected candidate stays
rejected) is never proposed again, and nothing a curator wrote is changed. When
the resolver now reads a cited expression differently from the store's
`resolved`, the build reports it and keeps the store's value; `check` flags it.

Safety: every seed is read and extracted before the store is touched, so a bad
seed stops the build with the store as it was; a lock file keeps two builds from
interleaving; the new text is verified (see `yamledit`) and written atomically.
"""

from __future__ import annotations

import bisect
import functools
import itertools
import os
import re
import sys
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline import yamledit
from timeline.model import EdtfDate, Event, Source, day
from timeline.seeds import (
    Article,
    ArticleError,
    Stamp,
    list_articles,
    outside,
    read_article,
    stamps,
    unsafe_seed,
)
from timeline.store import (
    StoreError,
    StoreLocked,
    editing,
    event_from_item,
    event_items,
    gc_paused,
    lock_path,
    parse_document,
    read_text,
)

if TYPE_CHECKING:
    from timeline.happenings import Paragraphs

TITLE_MAX = 100
SLUG_MAX = 40
_INVISIBLE = re.compile(r"[\x00-\x1f\x7f-\x9f\u00ad\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff]")
"""Control and format characters: a title is one line of visible text."""
PROGRESS_MIN = 50
"""Fewer seeds than this are read in well under a second: no progress bar."""


class BuildError(Exception):
    """A build that cannot go on; `str()` is one line naming the file at fault."""


LockHeld = StoreLocked
"""Another command holds the store's lock (`timeline.store.locked`)."""


@dataclass(frozen=True, slots=True)
class Found:
    """One thing the seeds say is dated: a mention, or an article's lead dated by publication."""

    seed: str
    lang: str
    expression: str | None
    value: EdtfDate | None
    quote: str
    start: int = -1
    end: int = -1


@dataclass(slots=True)
class Report:
    """What a build read, proposed and noticed, and the store's text before and after."""

    store: Path
    before: str
    after: str
    seeds: int = 0
    mentions: int = 0
    leads: int = 0
    cited: int = 0
    unresolvable: int = 0
    grouped: int = 0
    """Mentions (and leads) the new candidates hold: `grouped` became `len(new)`."""
    linked: int = 0
    """New candidates with at least one `may_be` suggestion."""
    new: list[dict[str, Any]] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)

    @property
    def modified(self) -> bool:
        return self.before != self.after

    def summary(self) -> str:
        from timeline.words import plural

        lead = f" (+{self.leads} dated by publication)" if self.leads else ""
        marked = sum(1 for c in self.new if c.get("kind"))
        new = (
            f"{self.grouped:,} new became {plural(len(self.new), 'candidate')} "
            f"({marked} marked no event, "
            f"{self.linked} linked)"
            if self.new
            else "0 new candidates"
        )
        return (
            f"{plural(self.seeds, 'seed')} read, {plural(self.mentions, 'mention')} found{lead}, "
            f"{new}, {self.cited} already cited, {self.unresolvable} unresolvable, "
            f"{plural(len(self.changed), 'changed resolution')}"
        )


# --- reading the seeds ------------------------------------------------------------------


def extract_seed(path: Path) -> tuple[Article, list[Found]]:
    """An article's mentions (and its lead, when the lead sentence carries no date words)."""
    try:
        article = read_article(path)
    except ArticleError as exc:
        raise BuildError(str(exc)) from exc
    return article, findings(article)


def findings(article: Article) -> list[Found]:
    """`extract_seed` of an article already read (`seed set-date` reads its new text)."""
    from timeline import dates, extract

    path = article.path
    try:
        lang = article.lang or extract.detect_language(article.body)
        mentions = extract.find_mentions(article, lang)
    except ArticleError as exc:
        raise BuildError(str(exc)) from exc
    except (extract.LanguageError, dates.UnknownLanguage) as exc:
        raise BuildError(f"{path}: {exc} (set `lang:` in its front matter)") from exc
    name = article.name
    found = [Found(name, m.lang, m.text, m.value, m.sentence, m.start, m.end) for m in mentions]
    lead = lead_sentence(article)
    at = article.body.find(lead) if lead else -1
    if at >= 0 and not any(at <= f.start < at + len(lead) for f in found):
        value = day(article.published) if article.published else None
        found.insert(0, Found(name, lang, None, value, lead, at, at + len(lead)))
    return found


LEAD_PARAGRAPHS = 4


def lead_sentence(article: Article) -> str:
    """`extract.lead_sentence`, looking at the first lines, one more at a time, before the whole.

    Why: it splits the whole body into sentences to use the first real one (a
    tenth of a 1,000-seed build). Sentences never cross a line break, so a lead
    found in the first lines is the lead of the whole text (the headline it may
    skip is the first non-blank line of both). Most articles open with their lead
    or with a headline and then the lead, so one or two lines are read; only when
    the first `LEAD_PARAGRAPHS` lines hold none is the whole body read.
    """
    from timeline import extract

    body = article.body
    start = 0
    for _ in range(LEAD_PARAGRAPHS):
        end = body.find("\n", start)
        if end < 0:
            break
        if body[start:end].strip():
            head = Article(article.path, body[: end + 1], b"", article.meta, article.body_line)
            if lead := extract.lead_sentence(head):
                return lead
        start = end + 1
    return extract.lead_sentence(article)


def seed_paths(folder: Path) -> list[Path]:
    """The seeds to read, each refused as `check` would refuse it (`BuildError`): a link
    leading out of the folder, a name `check` cannot cite (control characters...)."""
    paths = _listed(folder)
    _refuse_unsafe(folder, paths)
    return paths


def _listed(folder: Path) -> list[Path]:
    try:
        return list_articles(folder)
    except OSError as exc:
        raise BuildError(f"{folder}: cannot list the seeds: {exc.strerror or exc}") from exc


def _refuse_unsafe(folder: Path, paths: list[Path]) -> None:
    """`seed_paths`' refusals, for these paths of the folder."""
    from timeline.textsafe import visible

    for path in paths:  # each is `folder/name`: only a link can lead out (one lstat each)
        if reason := unsafe_seed(path.name):
            shown = visible(str(path)).replace("\n", "<U+000A>").replace("\t", "<U+0009>")
            raise BuildError(
                f"{shown}: refused as a seed's name ({reason}, and `check` would refuse it): "
                "rename the file (`timeline add` names articles NNN_<sha256>.txt)"
            )
        if path.is_symlink() and outside(path, folder):
            raise BuildError(f"{path}: a link that leads outside the seeds folder: refused")


def reread_changed(
    folder: Path, seeds: list[tuple[Article, list[Found]]], before: dict[Path, Stamp | None]
) -> list[tuple[Article, list[Found]]]:
    """The seeds as they are now: those changed since `before` (stamps taken before they
    were read; `seed set-date`, an editor) and those added since are read again.

    `build` calls it under the store's lock, so that it never writes candidates resolved
    from an article's old front matter after `seed set-date` has changed it.
    """
    paths = _listed(folder)
    now = stamps(paths)
    if now == before:  # the paths were checked when they were first listed
        return seeds
    _refuse_unsafe(folder, [path for path in paths if before.get(path) != now[path]])
    read = {Path(article.path): (article, found) for article, found in seeds}
    return [
        read[path] if path in read and before.get(path) == now[path] else extract_seed(path)
        for path in paths
    ]


def read_seeds(
    folder: Path, progress: bool = False, paths: list[Path] | None = None
) -> list[tuple[Article, list[Found]]]:
    """Every seed's findings, in name order; the first unreadable seed stops everything.

    `paths`: the folder's `seed_paths`, when the caller has listed them already.
    """
    if paths is None:
        paths = seed_paths(folder)
    if not (progress and len(paths) >= PROGRESS_MIN and sys.stderr.isatty()):
        return [extract_seed(path) for path in paths]
    from rich.console import Console
    from rich.progress import Progress

    out = []
    with Progress(console=Console(file=sys.stderr), transient=True) as bar:
        task = bar.add_task("reading seeds", total=len(paths))
        for path in paths:
            out.append(extract_seed(path))
            bar.advance(task)
    return out


def seeds_folder(explicit: Path | None, store: Path) -> Path:
    """The seeds to build from: the one given, else `seeds/` beside the store's folder, or here."""
    if explicit is not None:
        return explicit
    beside = store.resolve().parent.parent / "seeds"
    return Path(os.path.relpath(beside)) if beside.is_dir() else Path("seeds")


# --- what the store already cites ---------------------------------------------------------


def _norm(text: str | None) -> str:
    return " ".join(unicodedata.normalize("NFC", text or "").split())


@dataclass(slots=True)
class Citations:
    """The store's sources by seed, to tell a mention already cited from a new one."""

    by_seed: dict[str, list[tuple[Event, Source, str]]] = field(default_factory=dict)
    """Each source of a seed with its event and its expression normalized (`_norm`)."""

    def add(self, event: Event, source: Source) -> None:
        self.by_seed.setdefault(source.seed, []).append((event, source, _norm(source.expression)))

    def matches(
        self, found: Found, body: str, claims: dict[int, list[int]]
    ) -> list[tuple[Event, Source]]:
        """The sources citing this finding: same seed, same words, a quote holding it there.

        A finding without words (an article's lead) is cited by any source of the
        seed without an expression: the article's own date is already in the store.
        """
        cited = self.by_seed.get(found.seed)
        if not cited:
            return []
        if found.expression is None:
            return [(event, source) for event, source, words in cited if not words]
        wanted = _norm(found.expression)
        return [
            (event, source)
            for event, source, words in cited
            if words == wanted
            and (_covers(body, source.quote, found) or id(source) in claims.get(found.start, ()))
        ]


def _covers(body: str, quote: str | None, found: Found) -> bool:
    """The quote is the finding's sentence, or occurs in the body around the finding's words."""
    if not quote:
        return False
    if quote == found.quote:
        return True
    at = body.find(quote)
    while at >= 0:
        if at <= found.start and found.end <= at + len(quote):
            return True
        at = body.find(quote, at + 1)
    return False


def edited_quote_claims(
    citations: Citations, article: Article, found: list[Found]
) -> dict[int, list[int]]:
    """Sources whose quote no longer holds their words in the article: each claims one mention.

    A curator may trim or fix a quote, or leave it out; the source still cites its
    words, so it claims the first mention with those words that no source places
    (by quote), and that mention is not proposed again. Returns the claimed
    mentions' offsets, each with the `id()` of the source claiming it.
    """
    cited = citations.by_seed.get(article.name)
    if not cited:
        return {}
    body = article.body
    worded = [(f, _norm(f.expression)) for f in found if f.expression is not None]

    def places(source: Source, words: str, f: Found, f_words: str) -> bool:
        return words == f_words and _covers(body, source.quote, f)

    lost = [
        (s, w)
        for _, s, w in cited
        if s.expression and not any(places(s, w, f, fw) for f, fw in worded)
    ]
    claims: dict[int, list[int]] = {}
    for source, words in lost:
        for f, f_words in worded:
            if words != f_words or f.start in claims:
                continue
            if not any(places(s, w, f, f_words) for _, s, w in cited):
                claims[f.start] = [id(source)]
                break
    return claims


# --- candidates ---------------------------------------------------------------------------

_TRANSLIT = str.maketrans(
    {
        "а": "a",
        "б": "b",
        "в": "v",
        "г": "g",
        "д": "d",
        "е": "e",
        "ж": "zh",
        "з": "z",
        "и": "i",
        "й": "y",
        "к": "k",
        "л": "l",
        "м": "m",
        "н": "n",
        "о": "o",
        "п": "p",
        "р": "r",
        "с": "s",
        "т": "t",
        "у": "u",
        "ф": "f",
        "х": "h",
        "ц": "ts",
        "ч": "ch",
        "ш": "sh",
        "щ": "sht",
        "ъ": "a",
        "ь": "y",
        "ю": "yu",
        "я": "ya",
        "ё": "yo",
        "ы": "y",
        "э": "e",
        "і": "i",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ß": "ss",
        "æ": "ae",
        "œ": "oe",
        "ı": "i",
    }
)


@functools.lru_cache(maxsize=8192)
def slug(text: str, limit: int = SLUG_MAX) -> str:
    """ASCII words joined by '-': "na quinta -feira" is na-quinta-feira, "от 2024 г." ot-2024-g."""
    folded = unicodedata.normalize("NFKD", text.lower().translate(_TRANSLIT))
    ascii_ = "".join(ch for ch in folded if not unicodedata.combining(ch)).encode("ascii", "ignore")
    words = re.findall(r"[a-z0-9]+", ascii_.decode())
    out = ""
    for word in words:
        if out and len(out) + 1 + len(word) > limit:
            break
        out = f"{out}-{word}" if out else word[:limit]
    return out


@functools.lru_cache(maxsize=1024)
def seed_prefix(seed: str) -> str:
    """The short name of a seed in ids: its number ("004"), else a slug of its name."""
    m = re.match(r"(\d+)_", seed)
    return m.group(1) if m else slug(Path(seed).stem, 16) or "seed"


def candidate_id(found: Found, value: EdtfDate, taken: set[str]) -> str:
    """`<date>-<words>-<seed>` ("2025-07-12-no-sabado-004"), with -2, -3... when taken."""
    words = slug(found.expression) if found.expression else "published"
    base = "-".join(p for p in (slug(value.store_value(), 32), words, seed_prefix(found.seed)) if p)
    candidate, n = base, 1
    while candidate in taken:
        n += 1
        candidate = f"{base}-{n}"
    taken.add(candidate)
    return candidate


def provisional_title(sentence: str, limit: int = TITLE_MAX) -> str:
    """The sentence on one line, cut at a word boundary near `limit` characters."""
    text = " ".join(sentence.split())
    if not text.isprintable():  # every invisible character is one Python calls unprintable
        text = _INVISIBLE.sub("", text)
    if len(text) <= limit:
        return text
    cut = text.rfind(" ", 0, limit)
    return text[: cut if cut > limit // 2 else limit].rstrip(" ,;:-–—") + "…"


def candidate(happening: Any, taken: set[str]) -> dict[str, Any]:
    """The event a happening proposes, in the store's key order, one source per mention.

    Its id and title come from its first mention with words (else its lead).
    """
    found: list[Found] = happening.found
    from timeline.happenings import dispute_of

    value: EdtfDate = happening.value
    first = next((f for f in found if f.expression is not None), found[0])
    sources = []
    for f in found:
        source: dict[str, Any] = {"seed": f.seed, "lang": f.lang}
        if f.expression is not None:
            source["expression"] = f.expression
        source["resolved"] = (f.value or value).store_value()
        source["quote"] = f.quote
        if dispute := dispute_of(f, happening):
            source["dispute"] = dispute
        sources.append(source)
    data: dict[str, Any] = {
        "id": candidate_id(first, value, taken),
        "date": value.store_value(),
        "title": provisional_title(first.quote),
        "status": "candidate",
    }
    if happening.kind:
        data["kind"] = happening.kind
    data["tags"] = []
    data["sources"] = sources
    return data


# --- planning -------------------------------------------------------------------------------


def plan(store: Path, seeds: list[tuple[Article, list[Found]]], text: str | None = None) -> Report:
    """Read the store (or take its `text`, read under the lock) and decide what to add;
    nothing is written."""
    name = str(store)
    before = read_text(store) if text is None else text
    tree = parse_document(before, name)
    events = [event_from_item(item, name) for item in event_items(tree, name)]
    report = Report(store, before, before, seeds=len(seeds))
    citations = Citations()
    for event in events:
        for source in event.sources:
            citations.add(event, source)
    taken = {e.id for e in events}
    new: list[Event] = []
    contexts: list[frozenset[str]] = []
    for article, found in seeds:
        _plan_article(article, found, citations, taken, report, new, contexts)
    if report.new:
        _link(events, new, contexts, report)
        where = yamledit.layout(before, tree, name)
        inserts = _positions(events, new, report.new)
        expect = yamledit.Expect()
        added = yamledit.blocks(where, inserts, expect)
        after = yamledit.insert(before, where, added)
        try:
            yamledit.verify(tree, after, inserts, added, name, before=before, expect=expect)
        except yamledit.SpliceError as exc:
            raise BuildError(f"{name}: cannot add candidates safely: {exc}") from exc
        report.after = after
    return report


def _plan_article(
    article: Article,
    found: list[Found],
    citations: Citations,
    taken: set[str],
    report: Report,
    new: list[Event],
    contexts: list[frozenset[str]],
) -> None:
    """The article's findings no event cites yet, grouped into happenings, one candidate each."""
    from timeline import happenings

    claims = edited_quote_claims(citations, article, found)
    fresh: list[Found] = []
    for f in found:
        if f.expression is None:
            report.leads += 1
        else:
            report.mentions += 1
        cited = citations.matches(f, article.body, claims)
        if cited:
            report.cited += 1
            report.changed.extend(_changes(f, cited, found, article.body))
        elif f.value is None:
            report.unresolvable += 1
        else:
            fresh.append(f)
    if not fresh:
        return
    paragraphs = happenings.Paragraphs(article.body)
    opening: frozenset[str] | None = None
    for happening in happenings.group(fresh, paragraphs, article.published):
        data = candidate(happening, taken)
        report.new.append(data)
        report.grouped += len(happening.found)
        # Linking and placing need its id, date and title only; its sources are not cited
        # again, for a build reads each seed once.
        new.append(Event(data["id"], happening.value, data["title"], "candidate"))
        context = _context(happening.found, paragraphs)
        if any(f.expression is None for f in happening.found):
            if opening is None:
                opening = _opening_names(paragraphs)
            context |= opening
        contexts.append(context)


OPENING_LINES = 3
"""A lead (dated by publication) is the story itself: the names of its first lines count."""


def _context(found: list[Found], paragraphs: Paragraphs) -> frozenset[str]:
    """The name keys of the paragraphs a happening's mentions sit in."""
    indexes = {paragraphs.index(f.start) for f in found if f.start >= 0}
    if len(indexes) == 1:
        return paragraphs.names(indexes.pop())
    return frozenset().union(*(paragraphs.names(i) for i in indexes))


def _opening_names(paragraphs: Paragraphs) -> frozenset[str]:
    """The name keys of the first `OPENING_LINES` non-blank lines (a name never spans lines)."""
    lines = (i for i in range(len(paragraphs.starts)) if paragraphs.text(i).strip())
    return frozenset().union(*map(paragraphs.names, itertools.islice(lines, OPENING_LINES)))


def _event_names(event: Event) -> frozenset[str]:
    """An event's name keys: its title's and every quote's."""
    from timeline.names import names

    return names(" ".join([event.title, *(s.quote or "" for s in event.sources)]))


def _link(
    events: list[Event], new: list[Event], contexts: list[frozenset[str]], report: Report
) -> None:
    """Each new candidate's `may_be`: the events and candidates it may be (`timeline.linking`)."""
    from timeline import linking

    nodes = [
        linking.Node(e.id, e.date.start, e.date.end, _event_names(e))
        for e in events
        if e.status != "rejected"
    ]
    fresh = [
        linking.Node(e.id, e.date.start, e.date.end, names)
        for e, names in zip(new, contexts, strict=True)
    ]
    index = linking.Index([*nodes, *fresh])
    for node, data in zip(fresh, report.new, strict=True):
        links = index.suggestions(node)
        if links:
            data["may_be"] = [{"id": target, "score": score} for target, score in links]
            report.linked += 1


def _changes(
    found: Found, cited: list[tuple[Event, Source]], others: list[Found], body: str
) -> list[str]:
    """A line for each citing source whose `resolved` differs from what the words give now."""
    from timeline.render import clean

    now = found.value.store_value() if found.value else None
    out = []
    for event, source in cited:
        stored = source.resolved.store_value() if source.resolved else None
        if stored is None or stored == now or _read_by_another(found, source, others, body):
            continue
        words = f"“{clean(found.expression)}”" if found.expression else "its publication date"
        out.append(
            f"{clean(found.seed)}: {words} now resolves to {now or 'nothing'}, "
            f"the store says {stored} (event {clean(event.id)}); the store's value is kept"
        )
    return out


def _read_by_another(found: Found, source: Source, others: list[Found], body: str) -> bool:
    """Another mention of the same words in the source's quote reads its `resolved`: the
    words stand twice in one sentence with two dates ("on Monday he said that on Monday
    he will..."), one source each, and a source names its mention by words and quote only."""
    if found.expression is None or source.resolved is None:
        return False
    stored, words = source.resolved.store_value(), _norm(found.expression)
    return any(
        other is not found
        and other.value is not None
        and other.value.store_value() == stored
        and _norm(other.expression) == words
        and _covers(body, source.quote, other)
        for other in others
    )


def _positions(
    events: list[Event], new: list[Event], data: list[dict[str, Any]]
) -> list[tuple[int, dict[str, Any]]]:
    """Each new event's place in the original list: before the first event that sorts after it."""
    keys = [e.sort_key() for e in events]
    ordered = all(a <= b for a, b in itertools.pairwise(keys))
    out = []
    for event, payload in sorted(zip(new, data, strict=True), key=lambda p: p[0].sort_key()):
        key = event.sort_key()
        if ordered:  # the first key after `key` is where bisection finds it
            position = bisect.bisect_right(keys, key)
        else:
            position = next((i for i, k in enumerate(keys) if k > key), len(keys))
        out.append((position, payload))
    return out


# --- the write ------------------------------------------------------------------------------


def build(store: Path, seeds_dir: Path, dry_run: bool = False, progress: bool = False) -> Report:
    """Extract the seeds, plan the candidates and (unless `dry_run`) write the store.

    The seeds are read before the store's lock is taken (`store.editing`), so the lock is
    held only while the store is read, planned and written; under it, seeds changed or
    added meanwhile are read again (`reread_changed`).
    """
    if not seeds_dir.is_dir():
        raise BuildError(f"{seeds_dir}: no such seeds folder: pass --seeds DIR")
    with gc_paused():
        paths = seed_paths(seeds_dir)
        before = stamps(paths)
        seeds = read_seeds(seeds_dir, progress, paths)
        if dry_run:
            return plan(store, seeds)
        with editing(store, "build") as edit:
            seeds = reread_changed(seeds_dir, seeds, before)
            report = plan(store, seeds, edit.text)
            if report.modified:
                edit.write(report.after)
    return report


def diff(report: Report) -> str:
    """The change a build makes, as a unified diff, lines split on "\n" only; control, bidi
    and zero-width characters are shown as `<U+202E>`, so a curator sees what is there."""
    import difflib

    from timeline.textsafe import visible

    name = str(report.store)
    lines = difflib.unified_diff(
        report.before.split("\n"),
        report.after.split("\n"),
        f"a/{name}",
        f"b/{name}",
        lineterm="",
    )
    return "".join(visible(line) + "\n" for line in lines)


__all__ = [
    "BuildError",
    "LockHeld",
    "Report",
    "StoreError",
    "build",
    "diff",
    "lock_path",
    "plan",
]
