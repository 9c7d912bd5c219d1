"""Who reported it: a source's outlet, URL and publication date, from its article's front matter.

`timeline add` records an article's outlet, URL, title and publication date in the
front matter of its seed; every published format cites a source by them, and by
the seed's file name when the front matter does not have them. A seed that cannot
be read (missing, outside the seeds folder, not UTF-8) is cited by its file name:
rendering never fails over attribution, `timeline check` reports such seeds.

The values are untrusted text: each renderer escapes them for its format
(`timeline/escaping.py`), and a URL is a link only when it is plain http(s).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from timeline.escaping import http_url
from timeline.model import MONTH_ABBR, Event

LANGUAGE_NAMES = {"ro": "Romanian", "bg": "Bulgarian", "pl": "Polish", "pt": "Portuguese"}


@dataclass(frozen=True, slots=True)
class Citation:
    """What a reader needs to find the article again."""

    seed: str
    outlet: str | None = None
    url: str | None = None
    """As written in the front matter; `link` is the same URL when it is safe to link."""
    published: dt.date | None = None
    title: str | None = None

    @property
    def name(self) -> str:
        """The outlet, else the seed's file name."""
        return self.outlet or self.seed

    @property
    def link(self) -> str | None:
        return http_url(self.url)

    @property
    def published_display(self) -> str | None:
        d = self.published
        return f"{d.day} {MONTH_ABBR[d.month - 1]} {d.year}" if d else None

    def line(self) -> str:
        """One line for text formats: outlet, publication date, URL (unescaped)."""
        parts = [self.name]
        if self.published_display:
            parts.append(self.published_display)
        if self.url:
            parts.append(self.url)
        return ", ".join(parts)


Citations = dict[str, Citation]


def citations(events: Iterable[Event], seeds: Path | None) -> Citations:
    """The citation of every seed the events cite, each article read once."""
    found: Citations = {}
    for event in events:
        for source in event.sources:
            if source.seed not in found:
                found[source.seed] = _citation(source.seed, seeds)
    return found


def _citation(seed: str, seeds: Path | None) -> Citation:
    path = _inside(seed, seeds)
    if path is None:
        return Citation(seed)
    from timeline.seeds import ArticleError, read_article

    try:
        article = read_article(path)
    except (ArticleError, OSError, ValueError):
        return Citation(seed)
    meta = article.meta
    return Citation(
        seed,
        outlet=_text(meta.get("outlet")),
        url=_text(meta.get("url")),
        published=article.published,
        title=_text(meta.get("title")),
    )


def _inside(seed: str, seeds: Path | None) -> Path | None:
    """The seed's file when it is a plain name of a regular file inside the seeds folder."""
    if seeds is None or not seed or seed in (".", "..") or "/" in seed or "\\" in seed:
        return None
    try:
        folder = seeds.resolve()
        path = (seeds / seed).resolve()
    except (OSError, RuntimeError, ValueError):
        return None
    if path.parent != folder or not path.is_file():
        return None
    return path


def _text(value: object) -> str | None:
    if value is None or isinstance(value, (dict, list)):
        return None
    text = str(value).strip()
    return text or None
