"""The HTML page in a real browser: Debian's headless Chromium, opened from disk (file://).

Skipped only when chromium is not installed and this is not CI; under CI (CI=true)
a missing browser fails, so the page is never left untested there.
"""

from __future__ import annotations

import json
import os
import re
import shlex
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import browser
from tests.conftest import ROOT, Invoke
from tests.test_escaping import HOSTILE_EVENT, hostile_project
from timeline.terminal import clean

EVENTS_IN_DOM = """
[...document.querySelectorAll('li.event')].map(e => ({
  id: e.id,
  title: e.querySelector('h3').innerText,
  date: e.querySelector('time.date').innerText,
  range: (e.querySelector('.range') || {}).innerText || null,
  marked: [...e.querySelectorAll('mark')].map(m => m.innerText),
  links: [...e.querySelectorAll('a')].map(a => a.href),
}))
"""
ACTIVE = "document.querySelectorAll('script, iframe, img, svg, object, embed, link').length"


@pytest.fixture(scope="module")
def chromium() -> Iterator[browser.Chromium]:
    if browser.executable() is None:
        if os.environ.get("CI") == "true":
            pytest.fail("chromium is not installed: .ci/run installs it (apt-get install chromium)")
        pytest.skip("chromium is not installed (apt-get install -y chromium)")
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    with browser.running() as running:
        yield running


def demo_command() -> list[str]:
    """The `timeline show --format html` line that `make demo` runs, as arguments."""
    makefile = (ROOT / "Makefile").read_text(encoding="utf-8")
    line = next(x for x in makefile.splitlines() if "timeline show --format html" in x)
    variables = dict(re.findall(r"^(\w+) := (.*)$", makefile, re.MULTILINE), BIN=".venv/bin")
    line = re.sub(r"\$\((\w+)\)", lambda m: variables[m.group(1)], line)
    args = shlex.split(line.strip().replace(".venv/bin/", ""))
    assert args[:2] == ["timeline", "show"] and "--output" in args and "$" not in line
    return args[1:]


def expected_events(cli: Invoke, *args: str) -> list[dict[str, str]]:
    result = cli("show", "--format", "json", *args)
    return json.loads(result.stdout)["events"]


@pytest.mark.parametrize("width", [390, 1280])
def test_demo_page_shows_every_event_without_console_errors(
    chromium: browser.Chromium, cli: Invoke, project: Path, width: int
) -> None:
    args = demo_command()
    assert cli(*args).exit_code == 0
    page = project / args[args.index("--output") + 1]
    loaded = chromium.load(page, width, script=EVENTS_IN_DOM)
    assert loaded.messages == []
    assert loaded.overflow == 0  # nothing wider than the screen: no sideways scrolling
    shown = loaded.value
    expected = expected_events(cli)
    assert len(shown) == len(expected) == 13
    for dom, event in zip(shown, expected, strict=True):
        assert dom["id"] == f"event-{event['id']}"
        assert dom["title"] == event["title"]
        assert dom["date"] == event["display"]
        assert (dom["range"] is None) == (event["precision"] == "day")
        assert len(dom["marked"]) == sum(1 for s in event["sources"] if s["expression"])
    pact = next(d for d in shown if d["id"] == "event-russia-north-korea-pact-2024")
    assert pact["range"] == "1–30 Jun 2024"
    assert pact["marked"] == ["Anul trecut", "от 2024 г.", "em junho", "em junho do ano passado"]
    assert pact["links"] == [
        "https://vtcnews.vn/ong-kim-jong-un-noi-nga-co-quyen-tu-ve-truoc-ukraine-ar910542.html"
    ]


def test_page_prints(chromium: browser.Chromium, cli: Invoke, project: Path) -> None:
    assert cli("show", "--format", "html", "--output", "t.html").exit_code == 0
    script = """({
      nav: getComputedStyle(document.querySelector('nav.years')).display,
      after: getComputedStyle(document.querySelector('cite a'), '::after').content,
      inside: getComputedStyle(document.querySelector('li.source')).breakInside,
      mark: getComputedStyle(document.querySelector('mark')).fontWeight,
    })"""
    loaded = chromium.load(project / "t.html", 800, script=script, media="print")
    assert loaded.messages == []
    assert loaded.value["nav"] == "none"
    assert loaded.value["after"].startswith('" <" attr(href)') or "vtcnews" in loaded.value["after"]
    assert loaded.value["inside"] == "avoid"
    assert loaded.value["mark"] == "700"  # backgrounds are not printed: marked in bold


def test_hostile_store_runs_nothing_in_the_browser(
    chromium: browser.Chromium, cli: Invoke, project: Path
) -> None:
    hostile_project(project)
    args = ["show", "--format", "html", "--quotes", "--since", "2024-06", "--until", "2024-06"]
    assert cli(*args, "--title", "</title><script>alert(1)</script>", "-o", "h.html").exit_code == 0
    loaded = chromium.load(project / "h.html", 390, script=f"[{ACTIVE}, {EVENTS_IN_DOM}]")
    assert loaded.messages == []
    active, shown = loaded.value
    assert active == 0
    hostile = next(d for d in shown if "script" in d["id"])
    assert hostile["title"] == " ".join(clean(HOSTILE_EVENT["title"]).split())
    assert hostile["links"] == []
    assert not re.search("[\u202a-\u202e\u2066-\u2069]", hostile["title"])


def test_console_errors_are_caught(chromium: browser.Chromium, tmp_path: Path) -> None:
    """The check itself: a page with a script error and a refused load is reported."""
    page = tmp_path / "broken.html"
    page.write_text(
        "<!DOCTYPE html><html><head><meta charset='utf-8'></head><body>"
        "<script>console.error('boom'); undefinedFunction();</script>"
        "<img src='missing.png'></body></html>"
    )
    loaded = chromium.load(page, 390)
    text = " ".join(loaded.messages)
    assert "console.error: boom" in text
    assert "ReferenceError: undefinedFunction is not defined" in text
    assert "net::ERR_FILE_NOT_FOUND" in text
