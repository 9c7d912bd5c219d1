"""`timeline show`: the rendered timeline of the real store, in every format."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import yaml

from tests.conftest import Invoke, golden

CONFIRMED = [
    "russia-invades-ukraine-2022",
    "kim-arrives-in-russia-2023",
    "north-korea-missile-launch-2023",
    "vostochny-summit-2023",
    "russia-north-korea-pact-2024",
    "belousov-visit-2024",
    "north-korean-troops-in-kursk-2025",
    "pyongyang-acknowledges-troops-2025",
    "workers-to-rebuild-kursk-2025",
    "trump-patriot-deal-2025",
    "lavrov-visit-2025",
    "sco-summit-tianjin-2025",
    "beijing-parade-2025",
]
REJECTED = "2025-07-13-published-004"
ALL = [*CONFIRMED[:11], REJECTED, *CONFIRMED[11:]]


def ids(cli: Invoke, *args: str) -> list[str]:
    result = cli("show", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return [e["id"] for e in json.loads(result.stdout)["events"]]


def test_since_2024_golden_text(cli: Invoke, project: Path) -> None:
    result = cli("show", "--since", "2024")
    assert result.exit_code == 0
    golden("show_since_2024.txt", result.stdout)
    lines = result.stdout.splitlines()
    assert "Vostochny" not in result.stdout
    order = [
        next(i for i, line in enumerate(lines) if key in line)
        for key in ("Jun 2024", "30 Nov 2024", "12 Jul 2025", "3 Sep 2025")
    ]
    assert order == sorted(order)


def test_full_timeline_golden_text_narrow(cli: Invoke, project: Path) -> None:
    result = cli("show", columns=60)
    assert result.exit_code == 0
    golden("show_all_60.txt", result.stdout)
    assert all(len(line) <= 60 for line in result.stdout.splitlines())


def test_quotes_golden_text(cli: Invoke, project: Path) -> None:
    result = cli("show", "--quotes", "--lang", "pt")
    golden("show_quotes_pt.txt", result.stdout)


def test_markdown_golden(cli: Invoke, project: Path) -> None:
    result = cli("show", "--format", "markdown", "--quotes")
    assert result.exit_code == 0
    golden("show.md", result.stdout)
    assert "**em junho do ano passado**" in result.stdout


def test_json_fields(cli: Invoke, project: Path) -> None:
    events = json.loads(cli("show", "--format", "json").stdout)["events"]
    assert [e["id"] for e in events] == CONFIRMED
    by_id = {e["id"]: e for e in events}
    pact = by_id["russia-north-korea-pact-2024"]
    assert pact["date"] == "2024-06"
    assert pact["precision"] == "month"
    assert (pact["start"], pact["end"]) == ("2024-06-01", "2024-06-30")
    assert pact["display"] == "Jun 2024"
    assert pact["status"] == "confirmed"
    assert pact["languages"] == ["ro", "bg", "pt"]
    assert [s["seed"][:3] for s in pact["sources"]] == ["000", "001", "003", "004"]
    assert pact["sources"][3]["expression"] == "em junho do ano passado"
    assert pact["sources"][3]["resolved"] == "2024-06"
    assert by_id["beijing-parade-2025"]["sources"][0]["expression"] is None
    dispute = by_id["vostochny-summit-2023"]["sources"][3]
    assert (dispute["seed"][:3], dispute["resolved"]) == ("003", "2024-09")
    assert dispute["dispute"].startswith('"em setembro passado" reads as September 2024')


def test_csv_fields(cli: Invoke, project: Path) -> None:
    rows = list(csv.DictReader(io.StringIO(cli("show", "--format", "csv").stdout)))
    assert [r["id"] for r in rows] == CONFIRMED
    assert rows[0] == {
        "id": "russia-invades-ukraine-2022",
        "date": "2022-02",
        "precision": "month",
        "start": "2022-02-01",
        "end": "2022-02-28",
        "title": "Russia launches its full-scale invasion of Ukraine",
        "status": "confirmed",
        "tags": "war",
        "languages": "pt;ro",
        "sources": "2",
        "seeds": "004_8969fe9032fab421.txt;000_70c3e496522568a5.txt",
        "citations": "004_8969fe9032fab421.txt, 13 Jul 2025 | 000_70c3e496522568a5.txt, 3 Sep 2025",
    }
    assert rows[4]["sources"] == "4" and rows[4]["languages"] == "ro;bg;pt"


def test_timelinejs_fields(cli: Invoke, project: Path) -> None:
    doc = json.loads(cli("show", "--format", "timelinejs").stdout)
    events = {e["unique_id"]: e for e in doc["events"]}
    assert list(events) == CONFIRMED
    assert events["russia-north-korea-pact-2024"]["start_date"] == {
        "year": 2024,
        "month": 6,
        "day": 1,
    }
    assert events["russia-north-korea-pact-2024"]["display_date"] == "Jun 2024"
    assert events["lavrov-visit-2025"]["start_date"] == {"year": 2025, "month": 7, "day": 12}
    assert events["lavrov-visit-2025"]["text"]["headline"] == (
        "Kim Jong-un receives Sergei Lavrov and offers &quot;unconditional support&quot;"
    )
    assert events["lavrov-visit-2025"]["group"] == "diplomacy"
    assert "end_date" not in events["lavrov-visit-2025"]
    assert doc["title"]["text"]["headline"] == "Timeline"


@pytest.mark.parametrize(
    ("args", "expected"),
    [
        (["--since", "2024"], CONFIRMED[4:]),
        (["--until", "2024"], CONFIRMED[:6]),
        (["--since", "2024-07", "--until", "2025-07-12"], CONFIRMED[5:11]),
        (["--since", "2024-06-15", "--until", "2024-06-15"], CONFIRMED[4:5]),
        (["--since", "2025-07-13", "--until", "2025-09-02"], [CONFIRMED[6], CONFIRMED[11]]),
        (["--lang", "bg"], [CONFIRMED[4], CONFIRMED[6], CONFIRMED[12]]),
        (["--lang", "pl,ro"], [*CONFIRMED[:5], *CONFIRMED[11:]]),
        (["--tag", "treaty"], [CONFIRMED[4]]),
        (["--status", "rejected"], [REJECTED]),
        (["--status", "all"], ALL),
        (["--status", "confirmed,rejected", "--since", "2025-07-13"], [ALL[6], *ALL[11:]]),
    ],
)
def test_filters(cli: Invoke, project: Path, args: list[str], expected: list[str]) -> None:
    assert ids(cli, *args) == expected


def test_unquoted_dates_in_the_store(cli: Invoke, project: Path) -> None:
    store = project / "data" / "events.yaml"
    text = (
        store.read_text()
        .replace('date: "2024-06"', "date: 2024")
        .replace('date: "2025-07-12"', "date: 2025-07-12")
    )
    store.write_text(text)
    events = json.loads(cli("show", "--format", "json").stdout)["events"]
    by_id = {e["id"]: e for e in events}
    assert by_id["russia-north-korea-pact-2024"]["date"] == "2024"
    assert by_id["lavrov-visit-2025"]["date"] == "2025-07-12"


def test_untrusted_text_is_printed_literally(cli: Invoke, project: Path) -> None:
    store = project / "data" / "events.yaml"
    doc = yaml.safe_load(store.read_text())
    doc["events"][0]["title"] = "[bold red]boom[/] \x1b[31mred\x1b[0m \x07bell [link=x]y[/link]"
    store.write_text(yaml.safe_dump(doc, allow_unicode=True))
    for fmt in ("text", "markdown"):
        out = cli("show", "--format", fmt, "--quotes").stdout
        assert "\x1b" not in out and "\x07" not in out
        assert "[bold red]boom" in out.replace("\\", "")
        assert "<U+001B>[31mred<U+001B>[0m <U+0007>bell" in out.replace("\\", "")


def test_output_file(cli: Invoke, project: Path) -> None:
    result = cli("show", "--format", "markdown", "--output", "out.md")
    assert result.exit_code == 0 and result.stdout == ""
    assert (project / "out.md").read_text().startswith("# Timeline\n\n## 2022\n")
    assert [p.name for p in project.iterdir() if p.name.startswith(".out")] == []


def test_store_found_from_a_subfolder(
    cli: Invoke, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (project / "seeds" / "sub").mkdir()
    monkeypatch.chdir(project / "seeds" / "sub")
    assert ids(cli) == CONFIRMED


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--since", "someday"], "--since 'someday' is not a date"),
        (["--status", "maybe"], "--status 'maybe' is not a status"),
        (["--store", "missing.yaml"], "missing.yaml: no such store"),
    ],
)
def test_usage_errors(cli: Invoke, project: Path, args: list[str], message: str) -> None:
    result = cli("show", *args)
    assert result.exit_code == 2
    assert message in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1


def test_broken_store_names_file_and_line(cli: Invoke, project: Path) -> None:
    store = project / "data" / "events.yaml"
    line = store.read_text().splitlines().index('    date: "2024-11-30"') + 1
    store.write_text(store.read_text().replace('date: "2024-11-30"', 'date: "2024-11-31"'))
    result = cli("show")
    assert result.exit_code == 2
    expected = f"data/events.yaml:{line}:11: date: '2024-11-31' is not a real calendar day"
    assert expected in result.stderr


def test_yaml_syntax_error(cli: Invoke, project: Path) -> None:
    store = project / "data" / "events.yaml"
    store.write_text("events:\n  - id: x\n    title: [unclosed\n")
    result = cli("show")
    assert result.exit_code == 2
    assert result.stderr.startswith("timeline: error: ")
    assert "events.yaml:3:12: YAML syntax" in result.stderr


def test_version_and_help(cli: Invoke) -> None:
    from importlib.metadata import version

    assert cli("--version").stdout.strip() == f"timeline {version('sourced-timeline')}"
    for command in ("show", "parse"):
        out = cli(command, "--help").stdout
        assert f"timeline {command}" in out
