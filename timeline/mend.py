"""Mending an article's publication date: `timeline seed set-date SEED DATE`.

An article added without `--published` (or with a wrong one) has its relative
dates unresolved or wrong. Setting the date rewrites only the `published:` line
of its front matter (the body and its sha256 are untouched), resolves its
mentions again and says what changed. In the store, the candidates built from
that article alone follow (their sources' `resolved` and their date, re-placed
in order); a confirmed or rejected event is a curator's decision and is only
reported, with what to do.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.seeds import Article, ArticleError, list_articles, parse_article, read_article

_PUBLISHED = re.compile(r"^published\s*:.*$", re.M)


class MendError(Exception):
    """A date that cannot be set; the message says what to do instead."""


@dataclass(slots=True)
class Mended:
    """What setting the date did."""

    seed: Path
    old: dt.date | None
    new: dt.date
    changes: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)


def find_seed(folder: Path, wanted: str) -> Path:
    """A seed by its file name or its number ("004")."""
    from timeline.listing import matches_seed

    try:
        paths = list_articles(folder)
    except OSError as exc:
        raise MendError(f"{folder}: cannot list the seeds: {exc.strerror or exc}") from exc
    found = [p for p in paths if matches_seed(p.name, wanted)]
    if len(found) != 1:
        what = "no seed" if not found else "more than one seed"
        raise MendError(f"{folder}: {what} named {wanted!r}: give the file name (ls {folder})")
    return found[0]


def with_published(data: bytes, name: str, published: dt.date) -> bytes:
    """The file with its front matter's `published:` line set (added when missing)."""
    text = data.decode("utf-8")
    if not text.startswith("---"):
        raise MendError(f"{name}: no front matter: add the article with `timeline add`")
    close = text.find("\n---", 3)
    if close < 0:
        raise MendError(f"{name}: its front matter is not closed by a '---' line")
    head, rest = text[:close], text[close:]
    line = f"published: {published.isoformat()}"
    if _PUBLISHED.search(head):
        head = _PUBLISHED.sub(line, head, count=1)
    else:
        first = head.find("\n") + 1 if "\n" in head else len(head)
        head = head[:first] + line + "\n" + head[first:]
    return (head + rest).encode("utf-8")


def set_date(folder: Path, store: Path, wanted: str, published: dt.date) -> Mended:
    """Set the seed's date, re-resolve its mentions, update its candidates, report the rest.

    The article and the store change together under the store's lock (`store.editing`):
    a `build` running meanwhile either finishes first (its candidates then follow) or
    reads the article again under the lock, and a refusal writes neither file.
    """
    path = find_seed(folder, wanted)
    try:
        article = read_article(path)
        data = path.read_bytes()
    except (ArticleError, OSError) as exc:
        raise MendError(str(exc)) from exc
    done = Mended(path, article.published, published)
    new_data = with_published(data, str(path), published)
    try:
        updated = parse_article(new_data, str(path))
    except ArticleError as exc:
        raise MendError(str(exc)) from exc
    if updated.body_bytes != article.body_bytes:
        raise MendError(f"{path}: setting the date would change the body; nothing written")
    before = _values(article)
    after = _values(updated)
    for span, (words, old) in before.items():
        new = after.get(span, (words, None))[1]
        if old != new:
            done.changes.append(f"“{words}”: {old or 'unresolved'} → {new or 'unresolved'}")
    if store.is_file():
        done.notes += _with_store(store, path, data, new_data, updated)
    else:
        from timeline.store import StoreError, locked

        try:
            with locked(
                store if store.parent.is_dir() else folder / ".timeline-add", "seed set-date"
            ):
                _write_seed(path, data, new_data)
        except StoreError as exc:
            raise MendError(str(exc)) from exc
    return done


def _write_seed(path: Path, data: bytes, new_data: bytes) -> None:
    """Replace the article, unless it changed since it was read (held under the lock)."""
    from timeline.store import write_atomic

    try:
        if path.read_bytes() != data:
            raise MendError(f"{path}: changed on disk while this command ran: nothing written")
        if new_data != data:
            write_atomic(path, new_data.decode("utf-8"))
    except OSError as exc:
        raise MendError(f"{path}: cannot write: {exc.strerror or exc}") from exc


def _with_store(
    store: Path, path: Path, data: bytes, new_data: bytes, article: Article
) -> list[str]:
    """Write the article and the store's candidates that follow it, under one lock; when the
    store cannot be written, the article is put back as it was."""
    from timeline import curate
    from timeline.store import StoreError, editing, write_atomic

    try:
        with editing(store, "seed set-date") as edit:
            text, notes = _follow(curate.load(store, edit.text), article)
            _write_seed(path, data, new_data)
            if text != edit.text:
                try:
                    edit.write(text)
                except BaseException:
                    with contextlib.suppress(OSError):
                        write_atomic(path, data.decode("utf-8"))
                    raise
    except StoreError as exc:
        if not exc.refusal:
            raise
        raise MendError(f"{exc}; {path.name} is unchanged") from exc
    return notes


def _values(article: Article) -> dict[tuple[int, int], tuple[str, str | None]]:
    from timeline import extract

    return {
        (m.start, m.end): (m.text, m.value.store_value() if m.value else None)
        for m in extract.find_mentions(article)
    }


def _follow(loaded: Any, article: Article) -> tuple[str, list[str]]:
    """The store with the candidates citing the article alone following its new date, and a
    note for each event that cites it: candidates follow, the others are reported."""
    from timeline import curate
    from timeline.build import BuildError, findings

    try:
        found = findings(article)
    except BuildError as exc:
        raise MendError(str(exc)) from exc
    notes: list[str] = []
    expected = loaded.plain()
    edits: list[curate.Edit | None] = []
    moved: list[str] = []
    for i, event in enumerate(loaded.events):
        cited = [s for s in event.sources if s.seed == article.name]
        if not cited:
            continue
        values = [_resolution(s, found, article) for s in cited]
        stale = [
            (s, v)
            for s, v in zip(cited, values, strict=True)
            if v is not None and (s.resolved is None or s.resolved.store_value() != v)
        ]
        if not stale:
            continue
        if event.status != "candidate" or len(cited) != len(event.sources):
            for s, v in stale:
                notes.append(
                    f"{event.id} ({event.status}): “{s.expression or 'publication date'}” "
                    f"now resolves to {v}, the store says "
                    f"{s.resolved.store_value() if s.resolved else 'nothing'}: "
                    f"`timeline edit {event.id} --date ...` or record a dispute"
                )
            continue
        raws: list[dict[str, Any]] = expected[i]["sources"]
        for raw, value in zip(raws, values, strict=True):
            if value is not None:
                raw["resolved"] = value
        edits.append(curate.set_key(loaded, i, "sources", raws))
        date = values[0] or event.date.store_value()
        if date != event.date.store_value():
            edits.append(curate.set_key(loaded, i, "date", date))
            expected[i]["date"] = date
            moved.append(event.id)
        notes.append(f"{event.id} (candidate): now {date}")
    if not edits:
        return loaded.text, notes
    return curate._commit(loaded, edits, expected, moved), notes


def _resolution(source: Any, found: list[Any], article: Article) -> str | None:
    """What a source's words resolve to now (its lead: the publication day)."""
    if source.expression is None:
        return article.published.isoformat() if article.published else None
    for f in found:
        if f.expression == source.expression and source.quote and source.quote in f.quote:
            return f.value.store_value() if f.value else None
    return None
