"""Untrusted text made visible: characters that hide or disguise text shown by name.

Articles and the store are untrusted. A bidi override (U+202E) reverses what follows
it on screen, a zero-width space splits a word invisibly, U+2028 breaks a line where
no newline is seen: in a diff a curator approves, "Trojan Source" text can look like
something it is not. `visible` writes each such character as `<U+202E>` so it is
seen, and drops nothing. It is the one such function: the build's diff keeps its
tabs and line breaks, every renderer (terminal, Markdown, HTML, CSV) asks for one
line (`one_line=True`: a tab or line break is layout, not content, and becomes a
space). This module imports nothing but `re`, so `show` can clean text cheaply.
"""

from __future__ import annotations

import re

_LAYOUT = str.maketrans({"\t": " ", "\n": " ", "\r": " "})

_HIDDEN = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u00ad\u061c\u115f\u1160\u180e\u200b-\u200f"
    "\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufe00-\ufe0f\ufeff\ufff9-\ufffb]"
)
"""C0 controls but tab and newline, DEL and C1 controls, the soft hyphen, the Arabic
letter mark, Hangul fillers, the Mongolian vowel separator, zero-width characters and
directional marks (U+200B-U+200F), line and paragraph separators, embeddings and
overrides (U+202A-U+202E), word joiner and invisible operators, isolates
(U+2066-U+2069), variation selectors, the BOM and interlinear annotation marks."""


def _name(match: re.Match[str]) -> str:
    return f"<U+{ord(match.group()):04X}>"


def visible(text: str, *, one_line: bool = False) -> str:
    """`text` with every invisible or direction-changing character written as `<U+XXXX>`.

    Tabs and newlines are kept (a diff is made of lines), or with `one_line` made
    spaces, as a carriage return is; everything else that a terminal would hide,
    reorder or act on is shown by its code point, so the result is safe to print
    and says exactly what the text holds.
    """
    return _HIDDEN.sub(_name, text.translate(_LAYOUT) if one_line else text)


def has_hidden(text: str) -> bool:
    """Whether `visible` would change the text."""
    return _HIDDEN.search(text) is not None
