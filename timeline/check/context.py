"""What the rules look at: the located tree, one view per event and source, and the articles.

The views are built once per run, tolerating any shape the YAML may have (a
rule reports a wrong shape; the others skip what they cannot use), so each rule
stays a few lines over typed fields. Articles are read once each, however many
sources cite them; a seed that exists but cannot be read stops the run
(`Unreadable`, exit 2), as an unreadable store does.
"""

from __future__ import annotations

import bisect
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from timeline.model import DateError, EdtfDate
from timeline.seeds import (
    Article,
    ArticleError,
    body_sha256,
    outside,
    read_article,
    unsafe_seed,
)
from timeline.store import Item, StoreError

if TYPE_CHECKING:
    from timeline.extract import Mention

_SENTENCE_END = re.compile(r"[.!?…]+[\"'”’»)\]]*\s+|\n+")


class Unreadable(Exception):
    """The store or a seed cannot be read at all: one line naming file and line, exit 2."""


@dataclass(slots=True)
class ArticleInfo:
    """An article read once, with what several rules need from it, computed once."""

    article: Article
    sha256: str
    _starts: list[int] | None = None
    _mentions: dict[tuple[str, dt.date], list[Mention]] = field(default_factory=dict)

    def mentions(self, lang: str, published: dt.date) -> list[Mention]:
        """The mentions `build` finds in the article, extracted once per run.

        Extraction reads a mention in its sentence (its clause's tense, a year named
        earlier in the sentence: "semnat în urmă cu doi ani, în luna mai" is May two
        years back), so `check` reads the article the way `build` read it, with the same
        function, rather than re-resolving the expression alone.
        """
        from timeline.extract import mentions_in

        key = (lang, published)
        found = self._mentions.get(key)
        if found is None:
            found = self._mentions[key] = list(mentions_in(self.article.body, lang, published))
        return found

    def sentence_of(self, pos: int) -> int:
        """The index of the sentence holding offset `pos` of the body."""
        if self._starts is None:
            body = self.article.body
            self._starts = [0, *(m.end() for m in _SENTENCE_END.finditer(body))]
        return bisect.bisect_right(self._starts, pos) - 1


@dataclass(slots=True)
class SourceView:
    """One source of an event, its fields as usable Python values (None when absent or wrong)."""

    item: Item
    seed: str | None = None
    lang: str | None = None
    expression: str | None = None
    quote: str | None = None
    dispute: str | None = None
    resolved: EdtfDate | None = None
    resolved_error: DateError | None = None
    file: Path | None = None
    """The article's path, once the seed's name is safe and the file exists."""
    info: ArticleInfo | None = None
    quote_at: int = -1
    """Offset of the quote in the article's body, -1 when it is not there."""

    @property
    def article(self) -> Article | None:
        return self.info.article if self.info else None

    @property
    def language(self) -> str | None:
        """The article's language (its front matter is the authority), else as written."""
        article_lang = self.info.article.lang if self.info else None
        return article_lang or self.lang


@dataclass(slots=True)
class EventView:
    """One event of the store, its fields as usable Python values."""

    item: Item
    index: int
    id: str | None = None
    date: EdtfDate | None = None
    date_error: DateError | None = None
    status: str | None = None
    sources: list[SourceView] = field(default_factory=list)

    @property
    def effective_status(self) -> str:
        """The status as the timeline reads it: absent means candidate."""
        return self.status if self.status is not None else "candidate"

    def key_of(self, name: str) -> Item | None:
        return self.item.get(name)

    def where(self, name: str) -> tuple[int, int]:
        """The position of a key's value, or of the event itself when the key is absent."""
        child = self.item.get(name)
        if child is None:
            return (self.item.line, self.item.col)
        return value_position(child)


def is_alias(item: Item) -> bool:
    """An alias left unexpanded (rule `alias` reports it; other rules skip it)."""
    return item.value is None and item.raw is None and bool(item.aliases)


def value_position(item: Item) -> tuple[int, int]:
    """Where to point at a value: a scalar's own position, a collection's key."""
    if isinstance(item.value, (dict, list)) or item.value is None:
        return item.where
    return (item.line, item.col)


@dataclass(slots=True)
class Context:
    """Everything one run of the rules reads."""

    path: str
    seeds: Path
    strict: bool = False
    tree: Item | None = None
    syntax_error: StoreError | None = None
    text: str = ""
    events: list[EventView] = field(default_factory=list)
    options: dict[str, dict[str, Any]] = field(default_factory=dict)
    """Rule settings from the configuration, by rule id (`rules.option` reads them)."""
    _seed_files: dict[str, Path | str] = field(default_factory=dict)
    _articles: dict[Path, ArticleInfo] = field(default_factory=dict)
    _listing: list[str] | None = None

    @property
    def sources(self) -> int:
        return sum(len(e.sources) for e in self.events)

    def seed_file(self, seed: str) -> Path | str:
        """The article file a seed names, or why it is refused ("path: ..." / "missing: ...")."""
        found = self._seed_files.get(seed)
        if found is None:
            found = self._seed_files[seed] = self._locate(seed)
        return found

    def _locate(self, seed: str) -> Path | str:
        reason = unsafe_seed(seed)
        if reason:
            return f"path: {reason}"
        candidate = self.seeds / seed
        try:
            if not candidate.is_file():
                return "missing: " + ("a folder, not an article" if candidate.exists() else "")
        except OSError as exc:
            raise Unreadable(f"{candidate}: cannot read: {exc.strerror or exc}") from exc
        if outside(candidate, self.seeds):
            return "path: it is a link that leads outside the seeds folder"
        return candidate

    def seed_names(self) -> list[str]:
        """The article files of the seeds folder, for "did you mean" hints."""
        if self._listing is None:
            try:
                self._listing = sorted(p.name for p in self.seeds.iterdir() if p.is_file())
            except OSError:
                self._listing = []
        return self._listing

    def article(self, file: Path) -> ArticleInfo:
        """An article, read on first use; `Unreadable` when it exists but cannot be read."""
        info = self._articles.get(file)
        if info is None:
            try:
                art = read_article(file)
            except ArticleError as exc:
                raise Unreadable(str(exc)) from exc
            info = self._articles[file] = ArticleInfo(art, body_sha256(art.body_bytes))
        return info


def text_of(item: Item | None) -> str | None:
    """A field's text when it is a YAML string (other types are `schema-type`'s business)."""
    if item is None or not isinstance(item.value, str):
        return None
    return item.value


def date_of(item: Item | None) -> tuple[EdtfDate | None, DateError | None]:
    """A date field however YAML typed it (2024 int, 2024-06-01 date, or text); None if absent."""
    if item is None or item.value in (None, "") or isinstance(item.value, (bool, dict, list)):
        return (None, None)  # absent, empty or of the wrong type: schema rules report those
    value: Any = item.value
    if type(value) is not dt.date and item.raw is not None:
        value = item.raw  # as written: 2024-06-01 10:00 is a timestamp, not a day
        if value != value.strip():
            return (None, DateError(f"{value!r} has spaces around the date: remove them"))
    try:
        return (EdtfDate.from_yaml(value), None)
    except DateError as exc:
        return (None, exc)


def build(ctx: Context, tree: Item | None) -> None:
    """Fill the context's views from the tree; read every article a source can use."""
    ctx.tree = tree
    events = tree.get("events") if tree is not None else None
    if events is None or not isinstance(events.value, list):
        return
    for index, item in enumerate(events.value):
        if isinstance(item.value, dict):
            ctx.events.append(_event_view(ctx, item, index))


def _event_view(ctx: Context, item: Item, index: int) -> EventView:
    status = item.get("status")
    view = EventView(
        item,
        index,
        id=text_of(item.get("id")),
        status=text_of(status) if status is not None else None,
    )
    view.date, view.date_error = date_of(item.get("date"))
    sources = item.get("sources")
    if sources is not None and isinstance(sources.value, list):
        view.sources = [_source_view(ctx, s) for s in sources.value if isinstance(s.value, dict)]
    return view


def _source_view(ctx: Context, item: Item) -> SourceView:
    get = item.get
    view = SourceView(
        item,
        seed=text_of(get("seed")),
        lang=text_of(get("lang")),
        expression=text_of(get("expression")),
        quote=text_of(get("quote")),
        dispute=text_of(get("dispute")),
    )
    view.resolved, view.resolved_error = date_of(get("resolved"))
    if view.seed is not None:
        found = ctx.seed_file(view.seed)
        if isinstance(found, Path):
            view.file = found
            view.info = ctx.article(found)
            if view.quote:
                view.quote_at = view.info.article.body.find(view.quote)
    return view
