"""Text from articles and the store is printed literally: never markup, never control codes."""

from __future__ import annotations

import datetime as dt
import re

from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import render
from timeline.model import Event, Source, day

CONTROL = re.compile(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]")
nasty = st.text(
    alphabet=st.sampled_from(list("ab []/=#*_`<>\\\x1b\x07\x9b\x00\r\t\n;:0123456789"))
    | st.characters(),
    max_size=60,
)


@settings(deadline=None)  # no timing in tests: a loaded CI machine is no failure
@given(nasty)
def test_clean_leaves_no_control_character(text: str) -> None:
    assert not CONTROL.search(render.clean(text))


@settings(deadline=None)
@given(nasty, nasty)
def test_rendered_timeline_shows_the_text_verbatim_without_control_codes(
    title: str, quote: str
) -> None:
    source = Source("000_x.txt", "pt", None, day(dt.date(2025, 7, 12)), quote)
    event = Event("e", day(dt.date(2025, 7, 12)), title, "confirmed", ["x"], [source])
    out = render.plain(render.timeline_text([event], quotes=True), width=2000)
    assert not CONTROL.search(out.replace("\n", ""))
    assert render.clean(title).strip() in out
    assert render.clean(quote).strip() in out


def test_markup_and_escapes_in_a_title_print_as_text() -> None:
    title = "[bold red]boom[/] \x1b[2J\x1b]0;pwned\x07 [link=http://x]y[/link]"
    event = Event("e", day(dt.date(2025, 7, 12)), title, "confirmed")
    out = render.plain(render.timeline_text([event]), width=100)
    shown = "[bold red]boom[/] <U+001B>[2J<U+001B>]0;pwned<U+0007> [link=http://x]y[/link]"
    assert shown in out
    assert "\x1b" not in out and "\x07" not in out
