"""What `timeline show` prints as text: the timeline as paragraphs (`layout.Para`).

The paragraphs are decided here once, without rich: `render.rich_paragraphs` prints
them in colour on a terminal, `layout.plain` writes them for a file or a pipe.
Every string from the store or an article goes through `clean` (one line, every
control, bidi and zero-width character named), never through markup.
"""

from __future__ import annotations

from collections.abc import Sequence
from itertools import groupby
from typing import TYPE_CHECKING

from timeline.layout import Cell, Para
from timeline.textsafe import visible

if TYPE_CHECKING:
    from timeline.attribution import Citation, Citations
    from timeline.model import Event, Source

STATUS_STYLE = {
    "confirmed": ("bold", "green"),
    "candidate": ("bold yellow", "yellow"),
    "rejected": ("dim strike", "dim"),
}
"""Title and date styles by status: a candidate stands out, a rejected event recedes."""

QUOTE_STYLE = "italic"
EXPRESSION_STYLE = "bold underline"


def clean(text: str) -> str:
    """Untrusted text for the terminal: one line, controls and invisible characters named."""
    return visible(text, one_line=True)


def sources_summary(event: Event) -> str:
    n = len(event.sources)
    noun = "source" if n == 1 else "sources"
    langs = ", ".join(event.languages)
    return f"{n} {noun} ({langs})" if langs else f"{n} {noun}"


def meta_line(event: Event) -> str:
    """Status, sources and tags of an event, on the line under its title."""
    parts = [event.status, sources_summary(event)]
    if event.tags:
        parts.append(", ".join(event.tags))
    return " · ".join(clean(p) for p in parts)


def timeline(
    events: Sequence[Event],
    quotes: bool = False,
    footer: str = "",
    cites: Citations | None = None,
) -> list[Para]:
    """Events under year headings: date at its precision, title, status and sources."""
    paras: list[Para] = []
    width = max((len(e.date.display()) for e in events), default=8)
    for year_, group in groupby(events, key=lambda e: e.date.start.year):
        if paras:
            paras.append(Para())
        paras.append(Para(str(year_), "bold magenta"))
        for event in group:
            title_style, date_style = STATUS_STYLE.get(event.status, STATUS_STYLE["confirmed"])
            date = Cell(event.date.display(), date_style, width)
            meta = (("\n", ""), (meta_line(event), "dim"))
            body = Para(clean(event.title), title_style, meta, 2, (date,), "ellipsis")
            paras.append(body)
            if quotes:
                for source in event.sources:
                    paras.extend(source_lines(source, citation(cites, source)))
    if not events:
        paras.append(Para("No events match.", "dim"))
    if footer:
        paras.extend([Para(), Para(footer, "dim")])
    return paras


def citation(cites: Citations | None, source: Source) -> Citation:
    """The source's citation, or its file name alone when its article is not known."""
    from timeline.attribution import Citation

    return (cites or {}).get(source.seed) or Citation(source.seed)


def source_lines(source: Source, cite: Citation) -> list[Para]:
    """A source under its event: language, outlet and date, expression and value; its
    URL, its quote with the expression marked and any dispute on lines of their own."""
    head = [(clean(source.lang or "??"), "cyan"), (" · ", ""), (clean(cite.name), "")]
    if cite.published_display:
        head.append((f", {cite.published_display}", ""))
    if source.expression:
        head += [(" · “", ""), (clean(source.expression), "bold"), ("”", "")]
    if source.resolved is not None:
        head.append((f" → {source.resolved.value}", ""))
    lines = [Para(spans=tuple(head), indent=4)]
    if cite.url:
        lines.append(Para(clean(cite.url), "dim", indent=6))
    if source.quote:
        quote = (("“", ""), *quote_spans(source.quote, source.expression), ("”", ""))
        lines.append(Para(spans=quote, indent=6))
    if source.dispute:
        dispute = ((clean(source.dispute), ""),)
        lines.append(Para("dispute: ", "yellow", dispute, indent=6))
    return lines


def quote_spans(quote: str, expression: str | None) -> tuple[tuple[str, str], ...]:
    """The quote as literal text, the first occurrence of its expression marked."""
    text = clean(quote)
    needle = clean(expression) if expression else ""
    start = text.find(needle) if needle else -1
    if start < 0:
        return ((text, QUOTE_STYLE),)
    end = start + len(needle)
    parts = [
        (text[:start], QUOTE_STYLE),
        (text[start:end], f"{QUOTE_STYLE} {EXPRESSION_STYLE}"),
        (text[end:], QUOTE_STYLE),
    ]
    return tuple(part for part in parts if part[0])
