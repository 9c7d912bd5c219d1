"""The timeline as one self-contained HTML page: for a newsroom's site, a phone, or paper.

One file, no network: the style sheet is inline (its hash is the only thing the
Content-Security-Policy allows, so no script runs, nothing loads and no form posts
anywhere), the fonts are the reader's system fonts, and there is no script at all.
It reads on a 390 px phone, on a desktop, and printed (print CSS: black on white,
each link's address written out, the marked words bold and underlined, no
citation split over two pages).

Every event shows its date at its precision (a month event, "Jun 2024", also shows
the days it spans and marks its months on a small year strip), its title, tags,
and its sources as citations: outlet linked to the article, publication date,
language, and the quote in its language (`lang` attribute) with the dating words
marked. Confirmed events carry no status text; a candidate or rejected event, when
asked for, is marked as such.

Every string from the store and from the articles' front matter goes through
`escaping.html_text`; a URL is a link only when it is plain http or https.
"""

from __future__ import annotations

import base64
import hashlib
from collections.abc import Sequence
from itertools import groupby

from timeline import escaping
from timeline.attribution import LANGUAGE_NAMES, Citation, Citations
from timeline.model import MONTH_ABBR, EdtfDate, Event, Source, interval
from timeline.render import html_citation, html_lang, html_quote

esc = escaping.html_text

CSS = """
:root {
  --ink: #1a1a1a; --muted: #5c5c5c; --rule: #d9d4cc; --paper: #fffdf9;
  --accent: #b3261e; --mark: #ffe58a; --quote: #f4f1ea; --link: #1d4e89;
  --serif: Georgia, "Times New Roman", "Noto Serif", "DejaVu Serif", serif;
  --sans: system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Helvetica Neue",
    "Liberation Sans", "DejaVu Sans", Arial, sans-serif;
}
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; background: var(--paper); color: var(--ink);
  font: 17px/1.55 var(--serif); overflow-wrap: break-word;
}
a { color: var(--link); text-decoration-thickness: 1px; text-underline-offset: 2px; }
a:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
.masthead { max-width: 52rem; margin: 0 auto; padding: 2.2rem 1.1rem 0; }
.masthead > :last-child { padding-bottom: 1.2rem; border-bottom: 3px double var(--ink); }
.kicker {
  margin: 0 0 .4rem; font: 700 .78rem/1 var(--sans); letter-spacing: .14em;
  text-transform: uppercase; color: var(--accent);
}
h1 { margin: 0; font: 700 clamp(1.75rem, 5.5vw, 2.7rem)/1.12 var(--serif); }
.dek { margin: .7rem 0 0; font-size: 1.12rem; color: #333; }
.summary { margin: .9rem 0 0; font: .84rem/1.4 var(--sans); color: var(--muted); }
.years {
  position: sticky; top: 0; z-index: 1; background: var(--paper);
  border-bottom: 1px solid var(--rule);
}
.years ol {
  max-width: 52rem; margin: 0 auto; padding: .5rem 1.1rem; list-style: none;
  display: flex; gap: 1.1rem; overflow-x: auto; font: 600 .85rem/1.4 var(--sans);
}
.years a { color: var(--ink); text-decoration: none; }
.years a:hover { color: var(--accent); }
main { max-width: 52rem; margin: 0 auto; padding: 0 1.1rem 2rem; }
.year h2 {
  margin: 2.2rem 0 .2rem; padding-bottom: .25rem; border-bottom: 1px solid var(--ink);
  font: 700 1.5rem/1.2 var(--sans); letter-spacing: -.01em;
}
.events { list-style: none; margin: 0; padding: 0; }
.event {
  display: grid; grid-template-columns: 8.6rem 1fr; gap: 0 1.3rem;
  padding: 1.15rem 0; border-bottom: 1px solid var(--rule);
}
.when { font-family: var(--sans); }
.date { display: block; font-weight: 700; font-size: 1rem; color: var(--accent); }
.range { display: block; font-size: .78rem; color: var(--muted); margin-top: .1rem; }
.strip { display: flex; gap: 2px; margin-top: .45rem; max-width: 7.2rem; }
.strip i { flex: 1; height: 5px; background: var(--rule); }
.strip i.on { background: var(--accent); }
h3 { margin: 0; font: 700 1.22rem/1.3 var(--serif); }
.status {
  display: inline-block; margin: 0 0 .35rem; padding: .05rem .45rem;
  font: 700 .7rem/1.5 var(--sans); letter-spacing: .08em; text-transform: uppercase;
  border: 1px solid currentColor; border-radius: 2px;
}
.status-candidate .status { color: #8a5a00; }
.status-rejected .status { color: var(--muted); }
.status-rejected h3 { color: var(--muted); text-decoration: line-through; }
.tags {
  margin: .4rem 0 0; padding: 0; list-style: none; display: flex; flex-wrap: wrap; gap: .35rem;
}
.tags li {
  font: 600 .72rem/1.6 var(--sans); text-transform: uppercase; letter-spacing: .06em;
  color: var(--muted); background: #efebe3; padding: 0 .45rem; border-radius: 2px;
}
.sources { margin: .8rem 0 0; padding: 0; list-style: none; }
.sources > li { margin: 0 0 .8rem; }
.cite { margin: 0; font: .84rem/1.45 var(--sans); color: var(--muted); }
.cite cite { font-style: normal; font-weight: 700; color: var(--ink); }
.unlinked { word-break: break-all; }
blockquote {
  margin: .35rem 0 0; padding: .5rem .8rem; background: var(--quote);
  border-left: 3px solid var(--rule); font-size: .95rem; line-height: 1.5; font-style: italic;
}
mark { background: var(--mark); color: inherit; font-style: normal; padding: 0 .1em; }
.dispute { margin: .35rem 0 0; font: .82rem/1.45 var(--sans); color: #6b4e00; }
.empty { margin: 2rem 0; font-family: var(--sans); color: var(--muted); }
footer {
  max-width: 52rem; margin: 0 auto; padding: 0 1.1rem 3rem;
  font: .8rem/1.5 var(--sans); color: var(--muted);
}
footer > :first-child { padding-top: 1rem; border-top: 3px double var(--ink); }
footer p { margin: .3rem 0; }
@media (max-width: 600px) {
  body { font-size: 16px; }
  .masthead { padding-top: 1.4rem; }
  .event { grid-template-columns: 1fr; gap: .3rem; }
  .when { display: flex; flex-wrap: wrap; align-items: baseline; gap: 0 .6rem; }
  .strip { flex-basis: 100%; max-width: 9rem; margin-top: .25rem; }
  h3 { font-size: 1.13rem; }
}
@media print {
  @page { margin: 16mm 14mm; }
  :root { --paper: #fff; --quote: #fff; --accent: #000; --mark: #e6e6e6; }
  body { font-size: 10.5pt; color: #000; }
  .years { display: none; }
  .masthead, main, footer { max-width: none; padding-left: 0; padding-right: 0; }
  .event { display: block; padding: .7rem 0; }
  .when { display: flex; gap: 0 .6rem; align-items: baseline; }
  .strip { display: none; }
  .year h2, .when, h3, .tags { break-after: avoid; page-break-after: avoid; }
  .sources > li, blockquote { break-inside: avoid; page-break-inside: avoid; }
  a { color: #000; text-decoration: none; }
  cite a[href]::after { content: " <" attr(href) ">"; font-weight: 400; word-break: break-all; }
  blockquote { border-left: 2px solid #999; padding: .2rem .6rem; }
  mark { background: none; font-weight: 700; text-decoration: underline; }
  .tags li { background: none; border: 1px solid #999; }
}
""".strip()

_CSS_HASH = base64.b64encode(hashlib.sha256(CSS.encode("utf-8")).digest()).decode("ascii")
CSP = (
    f"default-src 'none'; style-src 'sha256-{_CSS_HASH}'; img-src 'none'; "
    "base-uri 'none'; form-action 'none'"
)
"""Nothing but the page's own style sheet: no script, no request, no form, no base URL."""

STATUS_LABELS = {"candidate": "Unconfirmed", "rejected": "Rejected"}


def page(
    events: Sequence[Event],
    cites: Citations | None,
    title: str = "Timeline",
    description: str = "",
    statuses: Sequence[str] = ("confirmed",),
) -> str:
    """The whole page for the events, in the timeline's order."""
    cites = cites or {}
    years = [(y, list(group)) for y, group in groupby(events, key=lambda e: e.date.start.year)]
    parts = [
        _head(title, description),
        "<body>",
        _masthead(events, cites, title, description, statuses),
    ]
    if len(years) > 1:
        links = "".join(f'<li><a href="#y{y}">{y}</a></li>' for y, _ in years)
        parts.append(f'<nav class="years" aria-label="Years"><ol>{links}</ol></nav>')
    parts.append("<main>")
    for year_, group in years:
        items = "\n".join(_event(e, year_, cites) for e in group)
        parts.append(
            f'<section class="year" id="y{year_}" aria-labelledby="h{year_}">\n'
            f'<h2 id="h{year_}">{year_}</h2>\n<ol class="events">\n{items}\n</ol>\n</section>'
        )
    if not events:
        parts.append('<p class="empty">No events match.</p>')
    parts += ["</main>", _footer(), "</body>", "</html>", ""]
    return "\n".join(parts)


def _head(title: str, description: str) -> str:
    about = f'<meta name="description" content="{esc(description)}">\n' if description else ""
    return (
        "<!DOCTYPE html>\n"
        '<html lang="en">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1">\n'
        f'<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
        f'<meta name="generator" content="timeline">\n{about}'
        f"<title>{esc(title)}</title>\n<style>{CSS}</style>\n</head>"
    )


def _masthead(
    events: Sequence[Event],
    cites: Citations,
    title: str,
    description: str,
    statuses: Sequence[str],
) -> str:
    dek = f'\n<p class="dek">{esc(description)}</p>' if description else ""
    return (
        '<header class="masthead">\n<p class="kicker">Timeline</p>\n'
        f"<h1>{esc(title)}</h1>{dek}\n"
        f'<p class="summary">{esc(_summary(events, cites, statuses))}</p>\n</header>'
    )


def _summary(events: Sequence[Event], cites: Citations, statuses: Sequence[str]) -> str:
    """ "9 events, Jun 2024 to Sep 2025 · 5 articles in Romanian, Bulgarian, Portuguese"."""
    n = len(events)
    text = f"{n} event{'s' if n != 1 else ''}"
    if events:
        first, last = events[0].date.start, max(e.date.start for e in events)
        text += f", {_month_year(first.year, first.month)}"
        if (last.year, last.month) != (first.year, first.month):
            text += f" to {_month_year(last.year, last.month)}"
    articles = {s.seed for e in events for s in e.sources}
    if articles:
        langs = sorted({LANGUAGE_NAMES.get(c, c) for e in events for c in e.languages})
        noun = "article" if len(articles) == 1 else "articles"
        text += f" · {len(articles)} {noun}"
        text += f" in {', '.join(langs)}" if langs else ""
    if list(statuses) != ["confirmed"]:
        text += f" · showing {', '.join(statuses)}"
    return text


def _month_year(year_: int, month_: int) -> str:
    return f"{MONTH_ABBR[month_ - 1]} {year_}"


def _event(event: Event, year_: int, cites: Citations) -> str:
    status = event.status if event.status in STATUS_LABELS or event.status == "confirmed" else ""
    css = f"event status-{status}" if status else "event"
    label = STATUS_LABELS.get(event.status)
    badge = f'<p class="status">{label}</p>\n' if label else ""
    tags = "".join(f"<li>{esc(t)}</li>" for t in event.tags)
    tag_list = f'\n<ul class="tags" aria-label="Tags">{tags}</ul>' if tags else ""
    sources = "\n".join(_source(s, cites.get(s.seed) or Citation(s.seed)) for s in event.sources)
    source_list = f'\n<ol class="sources">\n{sources}\n</ol>' if sources else ""
    return (
        f'<li class="{css}" id="{esc("event-" + event.id)}">\n'
        f"{_when(event.date, year_)}\n"
        f'<div class="what">\n{badge}<h3>{esc(event.title)}</h3>{tag_list}{source_list}\n</div>\n'
        "</li>"
    )


def _when(date: EdtfDate, year_: int) -> str:
    """The date at its precision; for a period also its days and a strip of its months."""
    text = f'<time class="date" datetime="{esc(_datetime(date))}">{esc(date.display())}</time>'
    if date.precision == "day":
        return f'<div class="when">{text}</div>'
    days = interval(date.start, date.end).display()
    strip = "".join(
        '<i class="on"></i>' if _covers(date, year_, m) else "<i></i>" for m in range(1, 13)
    )
    span = f'<span class="range">{esc(days)}</span>' if days != date.display() else ""
    return (
        f'<div class="when">{text}{span}<span class="strip" aria-hidden="true">{strip}</span></div>'
    )


def _datetime(date: EdtfDate) -> str:
    """A valid HTML `datetime` value at the date's precision."""
    if date.precision in ("year", "month", "day") and date.value[:1].isdigit():
        return date.value.rstrip("?~%")
    return date.start.isoformat()


def _covers(date: EdtfDate, year_: int, month_: int) -> bool:
    first = (date.start.year, date.start.month)
    last = (date.end.year, date.end.month)
    return first <= (year_, month_) <= last


def _source(source: Source, cite: Citation) -> str:
    lang = html_lang(source.lang)
    language = LANGUAGE_NAMES.get(source.lang or "", source.lang or "")
    meta = f' · <span class="lang">{esc(language)}</span>' if language else ""
    parts = [f'<li class="source">\n<p class="cite">{html_citation(cite)}{meta}</p>']
    if source.quote:
        lang_attr = f' lang="{lang}"' if lang else ""
        quote = html_quote(source.quote, source.expression)
        parts.append(f"<blockquote{lang_attr}>{quote}</blockquote>")
    if source.dispute:
        parts.append(f'<p class="dispute">Note: {esc(source.dispute)}</p>')
    parts.append("</li>")
    return "\n".join(parts)


def _footer() -> str:
    return (
        "<footer>\n"
        "<p>Each date is as precise as its sources: a month when no article gives the day. "
        "Quotes are verbatim in the articles' languages; the marked words are what date "
        "the event.</p>\n"
        "<p>Compiled with timeline.</p>\n"
        "</footer>"
    )
