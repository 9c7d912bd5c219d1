"""Published output: sources cited by outlet, URL and publication date in every format,
the HTML page, and TimelineJS's title slide and spans. Golden files for each format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import Invoke, golden

TITLE = "Russia and North Korea: an alliance in the news"
DESCRIPTION = "How the pact between Moscow and Pyongyang was made and carried out."
VTC = "VTC News (Portuguese translation)"
VTC_URL = "https://vtcnews.vn/ong-kim-jong-un-noi-nga-co-quyen-tu-ve-truoc-ukraine-ar910542.html"
BELOUSOV = ["--since", "2024-11", "--until", "2024-11"]
"""One event, cited by one article whose front matter has an outlet and a URL (seed 003)."""


def show(cli: Invoke, *args: str) -> str:
    result = cli("show", *args)
    assert result.exit_code == 0, result.output
    return result.stdout


@pytest.mark.parametrize(
    ("fmt", "name"),
    [
        ("markdown", "publish.md"),
        ("json", "publish.json"),
        ("csv", "publish.csv"),
        ("timelinejs", "publish.timelinejs.json"),
        ("html", "publish.html"),
    ],
)
def test_golden_every_format(cli: Invoke, project: Path, fmt: str, name: str) -> None:
    out = show(cli, "--format", fmt, "--quotes", "--title", TITLE, "--description", DESCRIPTION)
    golden(name, out)


def test_text_quotes_cite_outlet_date_and_url(cli: Invoke, project: Path) -> None:
    out = show(cli, "--quotes", *BELOUSOV)
    lines = out.splitlines()
    assert lines[3] == f"    pt · {VTC}, 1 Dec 2024 · “em 30 de novembro” → 2024-11-30"
    assert lines[4] == f"      {VTC_URL}"


def test_markdown_cites_outlet_linked_with_date(cli: Invoke, project: Path) -> None:
    out = show(cli, "--format", "markdown", *BELOUSOV)
    assert f"  - pt · [{VTC}](<{VTC_URL}>), 1 Dec 2024\n" in out


def test_json_cites_outlet_url_date(cli: Invoke, project: Path) -> None:
    (event,) = json.loads(show(cli, "--format", "json", *BELOUSOV))["events"]
    source = event["sources"][0]
    assert (source["outlet"], source["url"], source["published"]) == (VTC, VTC_URL, "2024-12-01")
    assert source["article_title"].startswith("Kim meets Russian defence minister")


def test_csv_cites_outlet_date_url(cli: Invoke, project: Path) -> None:
    (row,) = csv.DictReader(io.StringIO(show(cli, "--format", "csv", *BELOUSOV)))
    assert row["citations"] == f"{VTC}, 1 Dec 2024, {VTC_URL}"


def test_timelinejs_cites_outlet_linked_with_date(cli: Invoke, project: Path) -> None:
    doc = json.loads(show(cli, "--format", "timelinejs", *BELOUSOV))
    text = doc["events"][0]["text"]["text"]
    assert f'<cite><a href="{VTC_URL}" rel="noopener noreferrer">{VTC}</a></cite>' in text
    assert '<time datetime="2024-12-01">1 Dec 2024</time>' in text


def test_html_cites_outlet_linked_with_date_language_and_marked_quote(
    cli: Invoke, project: Path
) -> None:
    out = show(cli, "--format", "html", *BELOUSOV)
    assert f'<cite><a href="{VTC_URL}" rel="noopener noreferrer">{VTC}</a></cite>' in out
    assert '<time datetime="2024-12-01">1 Dec 2024</time> · <span class="lang">Portuguese' in out
    assert '<blockquote lang="pt">' in out
    assert "Andrei Belousov, <mark>em 30 de novembro</mark>, informou" in out


def test_a_seed_without_outlet_is_cited_by_its_file_name(cli: Invoke, project: Path) -> None:
    (event,) = json.loads(show(cli, "--format", "json", "--tag", "treaty"))["events"]
    first = event["sources"][0]
    assert (first["seed"], first["outlet"], first["url"]) == (
        "000_70c3e496522568a5.txt",
        None,
        None,
    )
    assert first["published"] == "2025-09-03"
    (row,) = csv.DictReader(io.StringIO(show(cli, "--format", "csv", "--tag", "treaty")))
    assert row["citations"].startswith("000_70c3e496522568a5.txt, 3 Sep 2025 | ")


def test_a_missing_or_escaping_seed_is_cited_by_name_only(cli: Invoke, project: Path) -> None:
    (project / "seeds" / "003_b11bf649713d4806.txt").unlink()
    store = project / "data" / "events.yaml"
    store.write_text(store.read_text().replace("004_8969fe9032fab421.txt", "../data/events.yaml"))
    result = cli("show", "--format", "csv", *BELOUSOV)
    assert result.exit_code == 0 and result.stderr == ""
    (row,) = csv.DictReader(io.StringIO(result.stdout))
    assert row["citations"] == "003_b11bf649713d4806.txt"
    out = show(cli, "--format", "csv", "--tag", "treaty")
    assert out.rstrip().endswith(', 3 Sep 2025 | 003_b11bf649713d4806.txt | ../data/events.yaml"')


def test_a_non_http_url_is_shown_but_never_linked(cli: Invoke, project: Path) -> None:
    seed = project / "seeds" / "003_b11bf649713d4806.txt"
    seed.write_text(seed.read_text().replace(f"url: {VTC_URL}", "url: javascript:alert(1)"))
    out = show(cli, "--format", "html", *BELOUSOV)
    assert "href" not in out.split("<main>")[1]
    assert f"<cite>{VTC}</cite>, “Kim meets Russian" in out
    assert '<span class="unlinked">javascript:alert(1)</span>' in out
    markdown = show(cli, "--format", "markdown", *BELOUSOV)
    assert f"  - pt · {VTC}, 1 Dec 2024, javascript:alert(1)\n" in markdown


# --- TimelineJS: title slide, spans, no status -------------------------------------


def test_timelinejs_title_slide(cli: Invoke, project: Path) -> None:
    doc = json.loads(show(cli, "--format", "timelinejs", "--title", TITLE, "--description", "<b>"))
    assert doc["title"]["text"] == {"headline": TITLE, "text": "<p>&lt;b&gt;</p>"}


def test_timelinejs_periods_draw_as_spans(cli: Invoke, project: Path) -> None:
    store = project / "data" / "events.yaml"
    doc = yaml.safe_load(store.read_text())
    by_id = {e["id"]: e for e in doc["events"]}
    by_id["trump-patriot-deal-2025"]["date"] = "2025-34"  # Q2
    by_id["lavrov-visit-2025"]["date"] = "2025-22"  # summer
    store.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False))
    events = {e["unique_id"]: e for e in json.loads(show(cli, "--format", "timelinejs"))["events"]}
    pact = events["russia-north-korea-pact-2024"]
    assert (pact["start_date"], pact["end_date"], pact["display_date"]) == (
        {"year": 2024, "month": 6, "day": 1},
        {"year": 2024, "month": 6, "day": 30},
        "Jun 2024",
    )
    kursk = events["north-korean-troops-in-kursk-2025"]
    assert (kursk["start_date"], kursk["end_date"], kursk["display_date"]) == (
        {"year": 2025, "month": 1, "day": 1},
        {"year": 2025, "month": 12, "day": 31},
        "2025",
    )
    quarter = events["trump-patriot-deal-2025"]
    assert (quarter["start_date"], quarter["end_date"], quarter["display_date"]) == (
        {"year": 2025, "month": 4, "day": 1},
        {"year": 2025, "month": 6, "day": 30},
        "Q2 2025",
    )
    summer = events["lavrov-visit-2025"]
    assert (summer["start_date"], summer["end_date"], summer["display_date"]) == (
        {"year": 2025, "month": 6, "day": 21},
        {"year": 2025, "month": 9, "day": 22},
        "Summer 2025",
    )
    parade = events["beijing-parade-2025"]
    assert "end_date" not in parade and parade["start_date"] == {"year": 2025, "month": 9, "day": 3}


def test_timelinejs_publishes_no_status(cli: Invoke, project: Path) -> None:
    out = show(cli, "--format", "timelinejs", "--status", "all")
    for event in json.loads(out)["events"]:
        text = event["text"]["text"] + event["text"]["headline"]
        assert "confirmed" not in text and "candidate" not in text and "rejected" not in text


# --- the HTML page ------------------------------------------------------------------


def test_html_page_structure(cli: Invoke, project: Path) -> None:
    out = show(cli, "--format", "html", "--title", TITLE, "--description", DESCRIPTION)
    assert out.startswith('<!DOCTYPE html>\n<html lang="en">')
    assert f"<title>{TITLE}</title>" in out and f'<p class="dek">{DESCRIPTION}</p>' in out
    assert (
        "13 events, Feb 2022 to Sep 2025 · 5 articles in Bulgarian, Polish, Portuguese, Romanian"
        in out
    )
    assert [line for line in out.splitlines() if line.startswith("<h2")] == [
        f'<h2 id="h{y}">{y}</h2>' for y in (2022, 2023, 2024, 2025)
    ]
    assert out.count('<li class="event status-confirmed"') == 13
    assert (
        "http://" not in out.replace('href="http', "") and "https://" not in out.split("<main>")[0]
    )
    assert "<script" not in out and "@import" not in out and "url(" not in out
    assert "Content-Security-Policy" in out and "default-src 'none'" in out


def test_html_month_and_year_events_show_their_span(cli: Invoke, project: Path) -> None:
    out = show(cli, "--format", "html", "--tag", "treaty")
    assert (
        '<time class="date" datetime="2024-06">Jun 2024</time><span class="range">1–30 Jun 2024'
        in out
    )
    strip = out.split('<span class="strip" aria-hidden="true">')[1].split("</span>")[0]
    assert strip == "<i></i>" * 5 + '<i class="on"></i>' + "<i></i>" * 6
    kursk = show(cli, "--format", "html", "--since", "2025", "--tag", "war", "--until", "2025-01")
    assert (
        '<time class="date" datetime="2025">2025</time><span class="range">1 Jan – 31 Dec 2025'
        in kursk
    )


def test_html_marks_candidates_and_rejected_events(cli: Invoke, project: Path) -> None:
    out = show(cli, "--format", "html", "--status", "all")
    assert out.count('<li class="event status-rejected"') == 1
    assert '<p class="status">Rejected</p>' in out
    assert "· showing candidate, confirmed, rejected" in out
    confirmed = show(cli, "--format", "html")
    assert '<p class="status">' not in confirmed


def test_html_no_events(cli: Invoke, project: Path) -> None:
    out = show(cli, "--format", "html", "--since", "2030")
    assert '<p class="empty">No events match.</p>' in out and "<h2" not in out


def test_html_output_file(cli: Invoke, project: Path) -> None:
    result = cli("show", "--format", "html", "--output", "timeline.html")
    assert result.exit_code == 0 and result.stdout == ""
    assert (project / "timeline.html").read_text(encoding="utf-8") == show(cli, "--format", "html")


# --- start-up stays light -----------------------------------------------------------

PROBE = """
import sys
from typer.testing import CliRunner
from timeline.cli import app
result = CliRunner().invoke(app, sys.argv[1:])
assert result.exit_code == 0, result.output
heavy = ("dateparser", "pychrome", "websocket", "requests", "markdown_it", "timeline.html_page")
print(sorted({m for m in sys.modules if m.startswith(heavy)}))
"""


@pytest.mark.parametrize(
    ("args", "loaded"),
    [
        (["show", "--since", "2024"], []),
        (["show", "--quotes"], []),
        (["show", "--format", "timelinejs"], []),
        (["show", "--format", "csv"], []),
        (["show", "--format", "html"], ["timeline.html_page"]),
    ],
)
def test_show_imports_no_browser_and_html_only_when_asked(
    project: Path, args: list[str], loaded: list[str]
) -> None:
    import subprocess
    import sys

    from tests.conftest import ROOT

    out = subprocess.run(
        [sys.executable, "-c", PROBE, *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == str(loaded)


def test_html_intervals_and_weeks_say_their_days_once(cli: Invoke, project: Path) -> None:
    store = project / "data" / "events.yaml"
    doc = yaml.safe_load(store.read_text())
    doc["events"] += [
        {
            "id": "iv",
            "date": "2024-11-29/2025-01-03",
            "title": "Across years",
            "status": "confirmed",
        },
        {"id": "q", "date": "2024-36", "title": "A quarter", "status": "confirmed"},
    ]
    store.write_text(yaml.safe_dump(doc, allow_unicode=True, sort_keys=False))
    out = show(cli, "--format", "html", "--since", "2024-10", "--until", "2024-12")
    assert (
        '<time class="date" datetime="2024-11-29">29 Nov 2024 – 3 Jan 2025</time>'
        '<span class="strip"' in out
    )
    assert '<time class="date" datetime="2024-10-01">Q4 2024</time>' in out
    assert '<span class="range">1 Oct – 31 Dec 2024</span>' in out
