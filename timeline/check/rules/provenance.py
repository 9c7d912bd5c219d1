"""Provenance: each source points at an article that still says what the store claims.

The article must be inside seeds/, unchanged since it was curated (its body
still has the front matter's sha256), hold the quote verbatim, and the quote the
expression; and the expression must still resolve to `resolved` against the
article's publication date, in the direction of the quote's tense.
"""

from __future__ import annotations

import bisect
import datetime as dt
import functools
import itertools
from collections.abc import Iterator

from timeline import dates
from timeline.check.context import ArticleInfo, Context, SourceView, value_position
from timeline.check.problem import Finding
from timeline.check.rules import did_you_mean, rule, short
from timeline.dates import Direction
from timeline.model import EdtfDate
from timeline.seeds import body_sha256
from timeline.tense import direction, direction_of


def _seed_refusals(ctx: Context, kind: str) -> Iterator[tuple[SourceView, str]]:
    for event in ctx.events:
        for source in event.sources:
            if source.seed is not None and source.file is None:
                found = ctx.seed_file(source.seed)
                if isinstance(found, str) and found.startswith(kind):
                    yield source, found[len(kind) :].strip()


def _at(source: SourceView, key: str) -> tuple[int, int]:
    item = source.item.get(key)
    return value_position(item) if item is not None else (source.item.line, source.item.col)


@rule("seed-path")
def seed_path(ctx: Context) -> Iterator[Finding]:
    """A seed is a file name inside seeds/: no '..', no absolute path, no link leading out.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrov.txt
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: ../data/events.yaml  # <-
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.
    """
    for source, reason in _seed_refusals(ctx, "path:"):
        yield Finding(*_at(source, "seed"), f"seed {short(source.seed or '')}: {reason}")


@rule("seed-exists")
def seed_exists(ctx: Context) -> Iterator[Finding]:
    """The article a source cites is in the seeds folder.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrov.txt
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrof.txt  # <-
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.
    """
    for source, reason in _seed_refusals(ctx, "missing:"):
        seed = source.seed or ""
        hint = did_you_mean(seed, ctx.seed_names())
        what = f" is {reason}" if reason else " is not there"
        yield Finding(
            *_at(source, "seed"), f"seed {short(seed)}{what} (seeds folder: {ctx.seeds}){hint}"
        )


@rule("seed-hash")
def seed_hash(ctx: Context) -> Iterator[Finding]:
    """The article's body still has the sha256 its front matter recorded when it was curated.

    An edited article may no longer hold the quotes, or mean the dates, the store
    took from it. Reported on each source that cites it. Line endings alone do not
    count: a checkout that turned LF into CRLF (git's autocrlf) changed no word.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrov.txt
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: edited.txt  # <-
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.
    """
    for event in ctx.events:
        for source in event.sources:
            info = source.info
            if info is None:
                continue
            declared = info.article.declared_sha256
            if declared is None:
                message = "has no sha256 in its front matter: record the body's sha256"
            elif declared.lower() != info.sha256 and not _only_line_endings(info, declared):
                message = (
                    f"was edited after it was curated: its body's sha256 is "
                    f"{info.sha256[:12]}…, the front matter says {declared[:12]}…"
                )
            else:
                continue
            yield Finding(*_at(source, "seed"), f"article {source.file} {message}")


def _only_line_endings(info: ArticleInfo, declared: str) -> bool:
    """The body differs from the curated one only by CRLF line endings (a Windows checkout)."""
    body = info.article.body_bytes
    return b"\r\n" in body and body_sha256(body.replace(b"\r\n", b"\n")) == declared.lower()


@rule("quote-in-article")
def quote_in_article(ctx: Context) -> Iterator[Finding]:
    """The quote occurs in the article exactly as written: same spaces, same characters.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrov.txt
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrov.txt
                resolved: "2025-07-13"
                quote: A KCNA publicou  hoje o relato da visita.  # <-
    """
    for event in ctx.events:
        for source in event.sources:
            if source.info is None or not source.quote or source.quote_at >= 0:
                continue
            hint = _near_miss(source.quote, source.info.article.body)
            yield Finding(
                *_at(source, "quote"),
                f"the quote {short(source.quote)} is not in {source.file}{hint}",
            )


def _near_miss(quote: str, body: str) -> str:
    """Why an absent quote looks present to a reader, when it does."""
    if " ".join(quote.split()) in " ".join(body.split()):
        return ": it differs only in spaces or line breaks; copy it verbatim"
    if quote.casefold() in body.casefold():
        return ": it differs only in letter case; copy it verbatim"
    return ": copy the sentence from the article verbatim (or correct the seed)"


@rule("expression-in-quote")
def expression_in_quote(ctx: Context) -> Iterator[Finding]:
    """The expression is the quote's own words, verbatim.

    Passes:

        events:
          - id: lavrov-visit-2025
            date: "2025-07-12"
            title: Kim receives Lavrov
            sources:
              - seed: lavrov.txt
                expression: no sábado
                resolved: "2025-07-12"
                quote: Kim e Lavrov se conheceram no sábado em Wonsan.

    Fails:

        events:
          - id: lavrov-visit-2025
            date: "2025-07-12"
            title: Kim receives Lavrov
            sources:
              - seed: lavrov.txt
                expression: no sabado  # <-
                resolved: "2025-07-12"
                quote: Kim e Lavrov se conheceram no sábado em Wonsan.
    """
    for event in ctx.events:
        for source in event.sources:
            if source.expression and source.quote and source.expression not in source.quote:
                yield Finding(
                    *_at(source, "expression"),
                    f"the expression {short(source.expression)} is not in the quote: "
                    "copy the date's words from the quote verbatim",
                )


@rule("expression-resolves")
def expression_resolves(ctx: Context) -> Iterator[Finding]:
    """The expression still resolves to `resolved` against the article's publication date.

    It is resolved in the article's language, in the direction of the quote's
    tense. A source without an expression is dated by the article itself, so its
    `resolved` is the article's publication date.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            sources:
              - seed: lavrov.txt
                resolved: "2025-07-13"
                quote: A KCNA publicou hoje o relato da visita.
          - id: beijing-visit-2025
            date: "2025-08"
            title: Lavrov to visit Beijing
            sources:
              - seed: lavrov.txt
                expression: em agosto
                resolved: "2025-08"
                quote: Lavrov vai visitar Pequim em agosto.

    Fails:

        events:
          - id: lavrov-visit-2025
            date: "2025-07-11"
            title: Kim receives Lavrov
            sources:
              - seed: lavrov.txt
                expression: no sábado
                resolved: "2025-07-11"  # <-
                quote: Kim e Lavrov se conheceram no sábado em Wonsan.
    """
    for event in ctx.events:
        for source in event.sources:
            if source.info is None or source.resolved is None:
                continue
            message = _resolution_problem(source, source.resolved)
            if message:
                yield Finding(*_at(source, "resolved"), message)


def _resolution_problem(source: SourceView, resolved: EdtfDate) -> str:
    article = source.article
    assert article is not None
    published = article.published
    if not source.expression:
        if published is None:
            return (
                f"no expression, and {source.file} has no published date in its front "
                "matter to date the source by"
            )
        if (resolved.start, resolved.end) != (published, published):
            return (
                f"no expression, so the source is dated by the article's publication, "
                f"{published.isoformat()}, not {resolved}: add the article's words as "
                "expression, or correct resolved"
            )
        return ""
    lang = source.language
    if lang is None or lang not in dates.ALL:
        return "" if lang else f"no language to resolve {short(source.expression)} in: add lang"
    if published is None:
        return (
            f"{source.file} has no published date in its front matter to resolve "
            f"{short(source.expression)} against"
        )
    found = _as_built(source, lang, published, resolved)
    if found is not None:  # as `build` read it: in its sentence, in its article
        value, prefer = found
    else:  # words the extraction does not find there: the expression in its quote's tense
        prefer = direction_of(source.expression, source.quote or "", lang)
        value = resolve_cached(source.expression, lang, published, prefer)
    reading = f"in {lang} against {published.isoformat()}, read as {prefer or 'nearest'}"
    if value is None:
        return f"{short(source.expression)} does not resolve to a date {reading}"
    if (value.start, value.end) != (resolved.start, resolved.end):
        return (
            f"{short(source.expression)} resolves to {value.store_value()} {reading}, "
            f"not {resolved}"
        )
    return ""


def _as_built(
    source: SourceView, lang: str, published: dt.date, resolved: EdtfDate
) -> tuple[EdtfDate | None, Direction | None] | None:
    """(value, direction) of the source's expression as `build` reads it where the quote
    stands in the article, or None when extraction finds no such mention in the quote.

    The same words may stand twice in one quote and read two dates ("on Monday he said
    that on Monday he will..."): a source names its mention by words and quote only, and
    build wrote one source for each, so the mention reading `resolved` is the source's;
    when none does, the first one is reported."""
    info, quote, expression = source.info, source.quote, source.expression
    if info is None or not quote or not expression or source.quote_at < 0:
        return None
    end = source.quote_at + len(quote)
    mentions = info.mentions(lang, published)
    first = bisect.bisect_left(mentions, source.quote_at, key=lambda m: m.start)
    readings: list[tuple[EdtfDate | None, Direction | None]] = []
    for mention in itertools.islice(mentions, first, None):
        if mention.start >= end:
            break
        if mention.text == expression:
            offset = mention.start - mention.sentence_start
            prefer = direction(mention.sentence, lang, offset, offset + len(mention.text))
            readings.append((mention.value, prefer))
    for value, prefer in readings:
        if value is not None and (value.start, value.end) == (resolved.start, resolved.end):
            return value, prefer
    return readings[0] if readings else None


@functools.lru_cache(maxsize=65536)
def resolve_cached(
    expression: str, lang: str, published: dt.date, prefer: Direction | None
) -> EdtfDate | None:
    """`dates.resolve`, once per (expression, language, reference, direction)."""
    return dates.resolve(expression, lang, published, prefer)
