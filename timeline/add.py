"""`timeline add`: bring an article into `seeds/` with its front matter, once.

The article's bytes are kept exactly (the `sha256` in its front matter is of
them, so `check` can tell a later edit); it gets a stable name,
`NNN_<first 16 hex of sha256>.txt`, so the same text always has the same
suffix and the seeds sort in the order they were added. Every input is read and
validated before anything is written: one bad file adds nothing.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline.seeds import (
    MAX_BYTES,
    ArticleError,
    body_sha256,
    front_matter_text,
    list_articles,
    parse_article,
    read_article,
    too_large,
)

_NUMBERED = re.compile(r"^(\d+)_")


class AddError(Exception):
    """An article that cannot be added; `str()` is one line naming it."""


@dataclass(slots=True)
class Added:
    """One article written to the seeds folder."""

    path: Path
    lang: str
    published: dt.date | None
    detected: bool
    warnings: list[str] = field(default_factory=list)


@dataclass(slots=True)
class Options:
    """Metadata from the command line; it overrides the article's own front matter."""

    published: dt.date | None = None
    lang: str | None = None
    title: str | None = None
    outlet: str | None = None
    url: str | None = None


def existing(seeds: Path) -> dict[str, str]:
    """sha256 of each seed's body -> its file name (seeds that cannot be read are skipped)."""
    out: dict[str, str] = {}
    if not seeds.is_dir():
        return out
    for path in list_articles(seeds):
        try:
            out.setdefault(read_article(path).sha256, path.name)
        except ArticleError:
            continue
    return out


def next_number(seeds: Path) -> int:
    """One more than the highest `NNN_` prefix in the folder."""
    numbers = [int(m.group(1)) for p in seeds.iterdir() if (m := _NUMBERED.match(p.name))]
    return max(numbers, default=-1) + 1


def _one_line(value: Any) -> Any:
    return " ".join(str(value).split()) if isinstance(value, str) else value


def prepare(data: bytes, name: str, options: Options) -> tuple[dict[str, Any], bytes, list[str]]:
    """Front matter and body of one input; `AddError` when it is not usable text."""
    from timeline import dates, extract

    try:
        article = parse_article(data, name)
    except ArticleError as exc:
        raise AddError(str(exc)) from exc
    if not article.body.strip():
        raise AddError(f"{name}: the article has no text after its front matter")
    meta = dict(article.meta)
    for key in ("title", "outlet", "url"):
        given = getattr(options, key)
        if given:
            meta[key] = _one_line(given)
    if options.published is not None:
        meta["published"] = options.published
    notes = []
    lang = options.lang or article.lang
    if lang is None:
        try:
            lang = extract.detect_language(article.body)
        except extract.LanguageError as exc:
            raise AddError(f"{name}: {exc}") from exc
        notes.append(f"{name}: language detected as {lang} (pass --lang to say otherwise)")
    if lang not in dates.SUPPORTED:
        raise AddError(
            f"{name}: language {lang!r} is not supported: use {', '.join(dates.SUPPORTED)}"
        )
    meta["lang"] = lang
    meta["sha256"] = body_sha256(article.body_bytes)
    size = len(front_matter_text(meta).encode("utf-8")) + len(article.body_bytes)
    if size > MAX_BYTES:
        raise AddError(f"{name}: {too_large(size)}; nothing added")
    return meta, article.body_bytes, notes


def add(
    inputs: list[tuple[str, bytes]], seeds: Path, options: Options, lock: Path | None = None
) -> list[Added]:
    """Validate every input, then write each as `NNN_<sha256[:16]>.txt` in `seeds`."""
    return add_each([(name, data, options) for name, data in inputs], seeds, lock)


def add_each(
    inputs: list[tuple[str, bytes, Options]], seeds: Path, lock: Path | None = None
) -> list[Added]:
    """`add`, each input with its own metadata (records of an archive).

    With `lock` (the store), the store's lock is held while the seeds are numbered and
    written, as every writing command holds it: two adds never take one number, and
    a build never runs between them. Without a store folder the seeds folder is locked.
    """
    from timeline.store import locked

    if lock is None:
        return _add_each(inputs, seeds)
    seeds.mkdir(parents=True, exist_ok=True)
    on = lock if lock.parent.is_dir() else seeds / ".timeline-add"
    with locked(on, "add"):
        return _add_each(inputs, seeds)


def _add_each(inputs: list[tuple[str, bytes, Options]], seeds: Path) -> list[Added]:
    known = existing(seeds)
    planned: list[tuple[dict[str, Any], bytes, list[str]]] = []
    for name, data, options in inputs:
        meta, body, notes = prepare(data, name, options)
        digest = meta["sha256"]
        if digest in known:
            raise AddError(
                f"{name}: already in the seeds as {known[digest]} (same sha256): to set its "
                f"publication date, run `timeline add {name} --published DATE` or "
                f"`timeline seed set-date {known[digest]} DATE`"
            )
        known[digest] = name
        planned.append((meta, body, notes))
    seeds.mkdir(parents=True, exist_ok=True)
    number = next_number(seeds)
    return [_write(seeds, number + i, *entry) for i, entry in enumerate(planned)]


def _write(seeds: Path, number: int, meta: dict[str, Any], body: bytes, notes: list[str]) -> Added:
    from timeline.store import write_atomic

    path = seeds / f"{number:03d}_{meta['sha256'][:16]}.txt"
    if path.exists():
        raise AddError(f"{path}: already exists: nothing overwritten")
    published = meta.get("published")
    if not isinstance(published, dt.date):
        notes.append(
            f'{path.name}: no publication date: relative dates ("w środę", "no sábado") will '
            "stay unresolved; pass --published or add `published:` to its front matter"
        )
    write_atomic(path, front_matter_text(meta) + body.decode("utf-8"))
    if read_article(path).body_bytes != body:
        raise AddError(f"{path}: the written body differs from the input (please report this)")
    return Added(
        path,
        str(meta["lang"]),
        published if isinstance(published, dt.date) else None,
        any("detected" in n for n in notes),
        notes,
    )
