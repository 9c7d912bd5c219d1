"""One escaping function per output format, used by every renderer of that format.

Text from articles, their front matter and the store is untrusted. Each format has
its own way to be attacked, so each has one function here, and no renderer writes
untrusted text any other way:

- terminal and plain text, `textsafe.visible(text, one_line=True)` (under every
  format here too): control characters, bidi overrides and isolates, zero-width
  characters and line separators are shown as `<U+202E>`, so a Trojan-Source style
  quote cannot disguise itself and no escape sequence reaches the terminal;
- Markdown, `markdown`: every character that could open markup, a code span, an
  HTML tag, a link or (at the start of a line) a heading or a list is
  backslash-escaped;
- HTML (the page and TimelineJS's fields, which TimelineJS sets with innerHTML),
  `html_text`; links only through `http_url`; TimelineJS's `group` and
  `display_date`, which it decodes once before setting them, `timelinejs_label`;
- CSV, `csv_cell`: formulas neutralised as OWASP recommends against CSV injection
  (a cell starting with = + - @ TAB or CR gets a leading quote), control characters
  removed;
- JSON, JSONL and TimelineJS, `json_dumps`: C1 controls, DEL, U+2028/U+2029, bidi
  and zero-width characters written as `\\uXXXX` (the value read back is unchanged).
"""

from __future__ import annotations

import html
import json
import re
from typing import Any
from urllib.parse import quote, urlsplit

from timeline import textsafe

BIDI = "\u061c\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
"""Bidirectional marks, embeddings, overrides and isolates: they reorder what a reader sees."""
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\u2061\u2062\u2063\u2064\ufeff\u180e\u00ad"
"""Characters that take no room: they hide inside words and defeat searches."""
SEPARATORS = "\u2028\u2029\u0085"
"""Line and paragraph separators that some terminals, editors and JavaScript break lines on."""


def _line(text: str) -> str:
    """Untrusted text as one line, every invisible or control character named."""
    return textsafe.visible(text, one_line=True)


# --- Markdown ---------------------------------------------------------------------

_MD_SPECIAL = re.compile(r"([\\`*\[\]<>~|&$])")
_MD_UNDERSCORE = re.compile(r"(?<![^\W_])_|_(?![^\W_])")
"""An underscore not between two letters or digits: only those can open or close emphasis."""
_MD_LINE_START = re.compile(r"^(\s*|\s*\d+)((?<=\d)[.)]|(?<!\d)[-+=>#])")


def markdown(text: str) -> str:
    """Untrusted text as literal Markdown inline text (CommonMark and GitHub's dialect).

    Backslash-escapes every character that opens emphasis, code spans, links, images,
    HTML, entities, strikethrough, tables or math; a leading `#`, `-`, `+`, `=`, `>`
    or `1.` is escaped too, so the text cannot start a heading, a list or a quote
    wherever a renderer puts it at the start of a line (it never spans lines:
    `visible` makes line breaks spaces).
    """
    escaped = _MD_UNDERSCORE.sub(r"\\_", _MD_SPECIAL.sub(r"\\\1", _line(text)))
    return _MD_LINE_START.sub(r"\1\\\2", escaped)


def markdown_url(url: str) -> str:
    """An http(s) URL (see `http_url`) made safe as a Markdown link destination."""
    return quote(url, safe=":/?#@!$&'*+,;=%~-._")


# --- HTML -------------------------------------------------------------------------


def html_text(text: str) -> str:
    """Untrusted text as HTML character data or a quoted attribute value; invisibles named."""
    return html.escape(_line(text), quote=True)


def timelinejs_label(text: str) -> str:
    """A TimelineJS `group` or `display_date`: escaped twice.

    TimelineJS 3.9 reads these two fields as HTML and keeps their text (a DOMParser's
    `textContent`, which decodes `&lt;` back to `<`), then writes that text into the
    page with innerHTML. Escaped once, `&lt;img onerror=...&gt;` would come back as
    a live tag; escaped twice, the first decoding leaves `&lt;img ...&gt;`, which the
    page shows as text. (Checked in tests/test_timelinejs_browser.py.)
    """
    return html.escape(html_text(text), quote=True)


_URL_FORBIDDEN = re.compile(r"[\s\x00-\x1f\x7f-\x9f\"'<>\\`" + re.escape(BIDI + ZERO_WIDTH) + "]")


def http_url(value: object) -> str | None:
    """The URL if it is a plain absolute http or https URL, else None (shown, never linked).

    `javascript:`, `data:`, relative and protocol-relative URLs, and URLs with spaces,
    quotes, controls or invisible characters are refused: a link in published output
    must lead where its text says.
    """
    if not isinstance(value, str):
        return None
    url = value.strip()
    if not url or _URL_FORBIDDEN.search(url):
        return None
    try:
        parts = urlsplit(url)
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    return url


# --- CSV --------------------------------------------------------------------------

_CSV_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f]")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def csv_cell(value: object) -> str:
    """A CSV cell a spreadsheet shows as text: no formula, no control character.

    Control characters are removed (a tab or line break becomes a space); a cell that
    starts with = + - @ (after any spaces), TAB or CR gets a leading single quote,
    as OWASP recommends against CSV injection. Bidi and zero-width characters are
    named as in the terminal.
    """
    text = _line(_CSV_CONTROL.sub("", "" if value is None else str(value)))
    if text.lstrip().startswith(_FORMULA_START):
        return "'" + text
    return text


# --- JSON -------------------------------------------------------------------------

_JSON_INVISIBLE = re.compile("[\x7f-\x9f" + re.escape(BIDI + ZERO_WIDTH + SEPARATORS) + "]")


def _json_escape(match: re.Match[str]) -> str:
    return f"\\u{ord(match.group()):04x}"


def json_dumps(value: Any, indent: int | None = None) -> str:
    """JSON with readable letters but every control and invisible character as `\\uXXXX`.

    `json.dumps(ensure_ascii=False)` escapes C0 controls but writes C1 controls, DEL,
    U+2028/U+2029 (line breaks to JavaScript and many editors), bidi overrides and
    zero-width characters raw. Outside strings JSON is ASCII, so replacing them in
    the serialised text only touches string contents, which read back unchanged.
    """
    text = json.dumps(value, ensure_ascii=False, indent=indent)
    return _JSON_INVISIBLE.sub(_json_escape, text)
