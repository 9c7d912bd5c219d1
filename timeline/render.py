"""Renderables and documents for the terminal and for export; nothing here prints.

Text from articles, their front matter and the store is untrusted: it always enters
rich as `rich.text.Text` (never as markup) through `clean`, which names control,
bidi and zero-width characters (`<U+202E>`), and every export format writes it
through its one escaping function in `timeline/escaping.py`. Sources are cited by
outlet, publication date and URL (`timeline/attribution.py`). The HTML page lives
in `timeline/html_page.py`, imported only when asked for.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sys
from collections.abc import Sequence
from itertools import groupby
from typing import TYPE_CHECKING, Any

from rich.console import Console, Group, RenderableType
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

from timeline import escaping, layout, terminal
from timeline.attribution import Citation, Citations
from timeline.layout import Para
from timeline.model import EdtfDate, Event, Source
from timeline.terminal import citation as _citation
from timeline.terminal import clean
from timeline.terminal import meta_line as _meta_line

if TYPE_CHECKING:
    from timeline.extract import Mention


def safe(text: str, style: str = "") -> Text:
    """Untrusted text as a rich `Text`: printed literally, never read as markup."""
    return Text(clean(text), style=style)


def console(file: object = None) -> Console:
    """The console for output: colour as `timeline.colour` decides; width from COLUMNS."""
    from timeline import colour

    stream = file if file is not None else sys.stdout
    is_tty = bool(getattr(stream, "isatty", lambda: False)())
    coloured = colour.enabled(stream)
    return Console(
        file=stream,  # type: ignore[arg-type]
        width=_width(is_tty),
        no_color=not coloured,
        force_terminal=coloured,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )


def plain(renderable: RenderableType, width: int | None = None) -> str:
    """Render without colour, trailing spaces removed: stable text for files and pipes."""
    buffer = io.StringIO()
    out = Console(
        file=buffer,
        width=width or _width(False),
        no_color=True,
        highlight=False,
        markup=False,
        emoji=False,
        force_terminal=False,
        color_system=None,
    )
    out.print(renderable)
    return "\n".join(line.rstrip() for line in buffer.getvalue().split("\n"))


def _width(is_tty: bool) -> int | None:
    return layout.width(is_tty)


def parse_table(
    results: list[tuple[str, EdtfDate | None]],
    lang: str,
    ref: dt.date,
    prefer: str,
    ref_is_today: bool,
) -> RenderableType:
    """`timeline parse` for a person: each expression, its value, precision and span.

    A table when the width allows every value whole; on a narrower terminal one
    block per expression instead, so a value is never cut to `2025-0…`.
    """
    when = f"{ref.isoformat()} (today)" if ref_is_today else ref.isoformat()
    title = Text(f"{lang}: resolved against {when}, underspecified dates read as {prefer}")
    rows = [
        (
            text,
            [
                value.value,
                value.precision,
                value.start.isoformat(),
                value.end.isoformat(),
                value.display(),
            ]
            if value is not None
            else None,
        )
        for text, value in results
    ]
    return _FitOrStack(title, rows)


_PARSE_COLUMNS = ("value", "precision", "first day", "last day", "reads")


class _FitOrStack:
    """The parse results as a table if it fits `max_width`, else stacked (nothing cut)."""

    def __init__(self, title: Text, rows: list[tuple[str, list[str] | None]]) -> None:
        self.title = title
        self.rows = rows

    def __rich_console__(self, console: Console, options: Any) -> Any:
        widths = [len(c) for c in _PARSE_COLUMNS]
        for _, cells in self.rows:
            for i, cell in enumerate(cells or ["no date"]):
                widths[i] = max(widths[i], len(cell))
        expression = max((len(clean(t)) for t, _ in self.rows), default=10)
        needed = sum(w + 3 for w in widths) + min(expression, 12) + 4
        yield self._table() if options.max_width >= needed else self._stacked()

    def _table(self) -> Table:
        table = Table(title=self.title, title_justify="left")
        table.add_column("expression", overflow="fold")
        for col in _PARSE_COLUMNS:
            table.add_column(col, no_wrap=True)
        for text, cells in self.rows:
            if cells is None:
                table.add_row(safe(text), Text("no date", style="dim"), "", "", "", "")
            else:
                table.add_row(safe(text), Text(cells[0], style="bold"), *cells[1:])
        return table

    def _stacked(self) -> Group:
        parts: list[RenderableType] = [self.title]
        for text, cells in self.rows:
            parts.append(safe(text, "bold"))
            if cells is None:
                parts.append(Padding(Text("no date", style="dim"), (0, 0, 0, 2)))
                continue
            value, precision, first, last, reads = cells
            line = Text(value, style="bold").append(f" ({precision}), {reads}")
            line.append(f", {first} to {last}" if first != last else "")
            parts.append(Padding(line, (0, 0, 0, 2)))
        return Group(*parts)


# --- the timeline ------------------------------------------------------------------


def rich_paragraphs(paras: Sequence[Para]) -> Group:
    """Paragraphs (`timeline.layout`) as rich renderables, for colour on a terminal."""
    return Group(*(_rich_paragraph(p) for p in paras))


def _rich_paragraph(para: Para) -> RenderableType:
    body = Text(para.text, style=para.style)
    for text, style in para.spans:
        body.append(text, style=style)
    shown: RenderableType = body
    if para.cells:
        table = Table.grid(padding=(0, 2))
        for cell in para.cells:
            table.add_column(width=cell.width, no_wrap=True)
        table.add_column(ratio=1, overflow=para.overflow)
        table.add_row(*(Text(c.text, style=c.style) for c in para.cells), body)
        shown = table
    return Padding(shown, (0, 0, 0, para.indent)) if para.indent else shown


def highlighted_quote(quote: str, expression: str | None, style: str = "bold underline") -> Text:
    """The quote as literal text, the expression's words styled where they occur."""
    text = Text(clean(quote), style="italic")
    if expression:
        needle = clean(expression)
        start = text.plain.find(needle)
        if start >= 0:
            text.stylize(style, start, start + len(needle))
    return text


def quote_parts(quote: str, expression: str | None) -> tuple[str, str, str]:
    """The quote split around the first occurrence of its expression (raw, unescaped)."""
    at = quote.find(expression) if expression else -1
    if not expression or at < 0:
        return quote, "", ""
    end = at + len(expression)
    return quote[:at], quote[at:end], quote[end:]


def timeline_text(
    events: Sequence[Event],
    quotes: bool = False,
    footer: str = "",
    cites: Citations | None = None,
) -> Group:
    """Events under year headings (`timeline.terminal`), as rich renderables."""
    return rich_paragraphs(terminal.timeline(events, quotes, footer, cites))


# --- Markdown ----------------------------------------------------------------------


def md_escape(text: str) -> str:
    """Untrusted text made literal in Markdown (see `escaping.markdown`)."""
    return escaping.markdown(text)


def md_quote(quote: str, expression: str | None) -> str:
    """A quote for Markdown with its expression in bold."""
    before, expr, after = quote_parts(quote, expression)
    if not expr:
        return md_escape(quote)
    return f"{md_escape(before)}**{md_escape(expr)}**{md_escape(after)}"


def md_citation(cite: Citation) -> str:
    """Outlet (linked when its URL is http or https), publication date, URL otherwise."""
    link = cite.link
    name = md_escape(cite.name)
    text = f"[{name}](<{escaping.markdown_url(link)}>)" if link else name
    if cite.published_display:
        text += f", {cite.published_display}"
    if cite.url and not link:
        text += f", {md_escape(cite.url)}"
    return text


def markdown(
    events: Sequence[Event],
    quotes: bool = False,
    title: str = "Timeline",
    description: str = "",
    cites: Citations | None = None,
) -> str:
    """The timeline as a Markdown document, one section a year, each source cited."""
    lines = [f"# {md_escape(title)}", ""]
    if description:
        lines += [md_escape(description), ""]
    for year_, group in groupby(events, key=lambda e: e.date.start.year):
        lines += [f"## {year_}", ""]
        for event in group:
            lines.append(
                f"- **{event.date.display()}**: {md_escape(event.title)} "
                f"*({md_escape(_meta_line(event))})*"
            )
            for s in event.sources:
                expr = f" · “{md_escape(s.expression)}”" if quotes and s.expression else ""
                resolved = f" → {s.resolved.value}" if quotes and s.resolved else ""
                cite = md_citation(_citation(cites, s))
                lines.append(f"  - {md_escape(s.lang or '??')} · {cite}{expr}{resolved}")
                if quotes and s.quote:
                    lines.append(f"    > {md_quote(s.quote, s.expression)}")
        lines.append("")
    if not events:
        lines += ["No events match.", ""]
    return "\n".join(lines)


# --- JSON and CSV ------------------------------------------------------------------


def event_record(event: Event, cites: Citations | None = None) -> dict[str, Any]:
    """An event as plain data, for JSON: every field, each source with its citation."""
    return {
        "id": event.id,
        "date": event.date.value,
        "precision": event.date.precision,
        "start": event.date.start.isoformat(),
        "end": event.date.end.isoformat(),
        "display": event.date.display(),
        "title": event.title,
        "status": event.status,
        "tags": list(event.tags),
        "languages": event.languages,
        "sources": [_source_record(s, _citation(cites, s)) for s in event.sources],
        "note": event.note,
    }


def _source_record(s: Source, cite: Citation) -> dict[str, Any]:
    return {
        "seed": s.seed,
        "lang": s.lang,
        "outlet": cite.outlet,
        "url": cite.url,
        "published": cite.published.isoformat() if cite.published else None,
        "article_title": cite.title,
        "expression": s.expression,
        "resolved": s.resolved.value if s.resolved else None,
        "quote": s.quote,
        "dispute": s.dispute,
    }


def json_text(events: Sequence[Event], cites: Citations | None = None) -> str:
    return escaping.json_dumps({"events": [event_record(e, cites) for e in events]}, indent=2)


CSV_COLUMNS = (
    "id",
    "date",
    "precision",
    "start",
    "end",
    "title",
    "status",
    "tags",
    "languages",
    "sources",
    "seeds",
    "citations",
)


def csv_text(events: Sequence[Event], cites: Citations | None = None) -> str:
    """One row an event; lists joined with ';', citations (outlet, date, URL) with ' | '."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for e in events:
        row = [
            e.id,
            e.date.value,
            e.date.precision,
            e.date.start.isoformat(),
            e.date.end.isoformat(),
            e.title,
            e.status,
            ";".join(e.tags),
            ";".join(e.languages),
            len(e.sources),
            ";".join(s.seed for s in e.sources),
            " | ".join(_citation(cites, s).line() for s in e.sources),
        ]
        writer.writerow([escaping.csv_cell(cell) for cell in row])
    return buffer.getvalue()


# --- TimelineJS --------------------------------------------------------------------


def _tl_date(d: dt.date) -> dict[str, int]:
    return {"year": d.year, "month": d.month, "day": d.day}


def timelinejs(
    events: Sequence[Event],
    title: str = "Timeline",
    description: str = "",
    cites: Citations | None = None,
) -> dict[str, Any]:
    """TimelineJS's JSON: a title slide, each date shown at its precision, periods as spans.

    TimelineJS writes headlines, texts and groups into the page with innerHTML, so
    every field is HTML-escaped (groups and display dates twice: TimelineJS decodes
    them once first, see `escaping.timelinejs_label`). A month, quarter, season, year
    or interval runs from its first day (`start_date`) to its last (`end_date`) and
    draws as a span;
    `display_date` says it at its precision ("Jun 2024"). Both dates carry the day:
    TimelineJS 3.9 drops an `end_date` whose fields agree with every field of the
    `start_date`, so a start of `{year: 2024, month: 6}` would lose June's end.
    Status is not published.
    """
    esc = escaping.html_text
    items = []
    for e in events:
        item: dict[str, Any] = {
            "unique_id": esc(e.id),
            "start_date": _tl_date(e.date.start),
            "display_date": escaping.timelinejs_label(e.date.display()),
            "text": {"headline": esc(e.title), "text": _tl_text(e, cites)},
        }
        if e.date.start != e.date.end:
            item["end_date"] = _tl_date(e.date.end)
        if e.tags:
            item["group"] = escaping.timelinejs_label(e.tags[0])
        items.append(item)
    intro = f"<p>{esc(description)}</p>" if description else ""
    return {"title": {"text": {"headline": esc(title), "text": intro}}, "events": items}


def html_quote(quote: str, expression: str | None) -> str:
    """A quote as HTML, its expression in <mark>; every part escaped."""
    before, expr, after = quote_parts(quote, expression)
    esc = escaping.html_text
    marked = f"<mark>{esc(expr)}</mark>" if expr else ""
    return f"{esc(before)}{marked}{esc(after)}"


def html_citation(cite: Citation) -> str:
    """`<cite>` with the outlet, linked when its URL is plain http(s); title and date after it."""
    esc = escaping.html_text
    link = cite.link
    name = esc(cite.name)
    if link:
        name = f'<a href="{esc(link)}" rel="noopener noreferrer">{name}</a>'
    text = f"<cite>{name}</cite>"
    if cite.title:
        text += f", “{esc(cite.title)}”"
    if cite.published:
        iso = cite.published.isoformat()
        text += f', <time datetime="{iso}">{cite.published_display}</time>'
    if cite.url and not link:
        text += f', <span class="unlinked">{esc(cite.url)}</span>'
    return text


def html_lang(code: str | None) -> str | None:
    """A language code fit for a `lang` attribute, else None."""
    if code and 2 <= len(code) <= 3 and code.isascii() and code.isalpha() and code.islower():
        return code
    return None


def _tl_text(event: Event, cites: Citations | None) -> str:
    esc = escaping.html_text
    parts = []
    if event.tags:
        parts.append(f"<p>{esc(', '.join(event.tags))}</p>")
    for s in event.sources:
        lang = html_lang(s.lang)
        lang_attr = f' lang="{lang}"' if lang else ""
        parts.append(f"<p>{html_citation(_citation(cites, s))} · {esc(s.lang or '')}</p>")
        if s.quote:
            parts.append(f"<blockquote{lang_attr}>{html_quote(s.quote, s.expression)}</blockquote>")
    return "".join(parts)


def mentions_text(file: str, mentions: Sequence[Mention], ref: dt.date | None) -> Group:
    """Each sentence with its mentions highlighted and what they resolve to."""
    when = f"reference {ref.isoformat()}" if ref else "no reference date"
    parts: list[RenderableType] = [Text(f"{clean(file)} ({when})", style="bold")]
    by_sentence: dict[int, list[Mention]] = {}
    for m in mentions:
        by_sentence.setdefault(m.sentence_start, []).append(m)
    for start, group in by_sentence.items():
        sentence = Text(clean(group[0].sentence))
        notes = Text()
        for m in group:
            at = m.start - start
            sentence.stylize("bold reverse" if m.value else "bold red", at, at + len(m.text))
            notes.append("  “")
            notes.append(clean(m.text), style="bold")
            notes.append("” → ")
            notes.append(
                f"{m.value.value} ({m.value.precision})"
                if m.value
                else "unresolvable (no reference date)",
                style="green" if m.value else "red",
            )
        parts.append(Padding(sentence, (1, 0, 0, 2)))
        parts.append(Padding(notes, (0, 0, 0, 2)))
    if not mentions:
        parts.append(Text("  no date mentions", style="dim"))
    return Group(*parts)
