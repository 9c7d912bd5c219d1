"""The `timelinejs` export in the real TimelineJS 3.9 (npm's @knight-lab/timelinejs), in
headless Chromium: every event is a marker, periods draw as spans, the title slide
says `--title`, and hostile groups and ids stay text (TimelineJS sets them with
innerHTML).

`.ci/run` fetches the package once into `.cache/` (`npm pack`); elsewhere the test
is skipped when the package or chromium is missing, and fails under CI=true.
"""

from __future__ import annotations

import json
import os
import tarfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests import browser
from tests.conftest import ROOT, Invoke
from tests.test_escaping import HOSTILE_EVENT, hostile_project
from timeline.escaping import html_text

PACKAGE = ROOT / ".cache" / "knight-lab-timelinejs-3.9.11.tgz"
FETCH = "npm pack @knight-lab/timelinejs@3.9.11 --pack-destination .cache"
# font: null, or TimelineJS fetches its font sheet from its CDN.
PAGE = """<!DOCTYPE html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="css/timeline.css">
<script src="js/timeline.js"></script></head>
<body><div id="timeline" style="width: 1200px; height: 700px"></div>
<script src="data.js"></script>
<script>window.tl = new TL.Timeline('timeline', DATA, {font: null});</script></body></html>
"""
SHOWN = """({
  markers: [...document.querySelectorAll('.tl-timemarker')].map(m => ({
    id: m.id, span: m.classList.contains('tl-timemarker-with-end'),
    width: m.querySelector('.tl-timemarker-timespan').getBoundingClientRect().width,
  })),
  groups: [...document.querySelectorAll('.tl-timegroup-message')].map(e => e.innerText),
  headlines: [...document.querySelectorAll('.tl-slide-content .tl-headline')]
    .map(e => e.innerText),
  active: document.querySelectorAll('#timeline img, #timeline script, #timeline svg').length,
})"""


def _missing(what: str) -> None:
    if os.environ.get("CI") == "true":
        pytest.fail(f"{what} is missing: .ci/run installs it")
    pytest.skip(f"{what} is missing")


@pytest.fixture(scope="module")
def chromium() -> Iterator[browser.Chromium]:
    if browser.executable() is None:
        _missing("chromium (apt-get install -y chromium)")
    if not PACKAGE.exists():
        _missing(f"TimelineJS ({FETCH})")
    os.environ.setdefault("NO_PROXY", "127.0.0.1,localhost")
    with browser.running() as running:
        yield running


def timeline_page(folder: Path, doc: str) -> Path:
    """TimelineJS's dist files, a page that embeds it, and the export as `data.js`."""
    with tarfile.open(PACKAGE) as archive:
        members = [m for m in archive.getmembers() if m.name.startswith("package/dist/")]
        archive.extractall(folder, members, filter="data")
    dist = folder / "package" / "dist"
    # JSON is JavaScript; '<' escaped so that no '</script>' can end a script element.
    script = doc.replace("<", "\\u003c")
    (dist / "data.js").write_text(f"const DATA = {script};")
    (dist / "page.html").write_text(PAGE)
    return dist / "page.html"


def test_export_in_timelinejs(
    chromium: browser.Chromium, cli: Invoke, project: Path, tmp_path: Path
) -> None:
    doc = cli("show", "--format", "timelinejs", "--title", "Kim & Moscow").stdout
    loaded = chromium.load(timeline_page(tmp_path, doc), 1200, 800, script=SHOWN)
    assert loaded.messages == []
    events = json.loads(cli("show", "--format", "json").stdout)["events"]
    shown = loaded.value
    assert shown["headlines"] == ["Kim & Moscow", *[e["title"] for e in events]]
    markers = {m["id"].removesuffix("-marker"): m for m in shown["markers"]}
    assert list(markers) == [e["id"] for e in events]
    for event in events:
        assert markers[event["id"]]["span"] == (event["precision"] != "day"), event["id"]
    year, day = markers["north-korean-troops-in-kursk-2025"], markers["beijing-parade-2025"]
    month = markers["russia-north-korea-pact-2024"]
    assert year["width"] > month["width"] > day["width"]
    assert sorted(shown["groups"]) == ["diplomacy", "military", "summit", "treaty", "war"]
    assert shown["active"] == 0


def test_hostile_groups_and_ids_stay_text_in_timelinejs(
    chromium: browser.Chromium, cli: Invoke, project: Path, tmp_path: Path
) -> None:
    hostile_project(project)
    doc = cli("show", "--format", "timelinejs", "--since", "2024-06", "--until", "2024-06").stdout
    loaded = chromium.load(timeline_page(tmp_path, doc), 1200, 800, script=SHOWN)
    assert loaded.messages == []
    shown = loaded.value
    assert shown["active"] == 0
    assert HOSTILE_EVENT["tags"][0] in shown["groups"]
    # The id is an attribute value, never markup: TimelineJS keeps the escaped text.
    marker = html_text(HOSTILE_EVENT["id"]) + "-marker"
    assert marker in [m["id"] for m in shown["markers"]]
