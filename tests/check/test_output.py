"""Output formats, exit codes, unreadable input and untrusted text of `timeline check`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from tests.check.test_store import STORE, VOSTOCHNY, counts, edit, line_of
from tests.conftest import Invoke


def two_problems() -> tuple[int, int]:
    """A store with an error (unknown key) and a warning (a candidate)."""
    edit('    date: "2023-09-13"', '    date: "2023-09-13"\n    dat: "2023-09-13"', VOSTOCHNY)
    edit("status: confirmed", "status: candidate", VOSTOCHNY)
    return line_of("    dat:"), line_of("status: candidate")


def summary(errors: str, warnings: str) -> str:
    events, sources = counts()
    return f"{events} events, {sources} sources, {errors}, {warnings}"


def test_parsable(project: Path, cli: Invoke) -> None:
    dat, status = two_problems()
    result = cli("check", "--format", "parsable")
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"data/events.yaml:{dat}:5: [error] unknown key 'dat' in event "
        "'vostochny-summit-2023': did you mean 'date'? (unknown-key)",
        f"data/events.yaml:{status}:13: [warning] 'vostochny-summit-2023' is still a "
        "candidate: confirm or reject it (undecided)",
    ]
    assert result.stderr.strip() == summary("1 error", "1 warning")


def test_github_annotations(project: Path, cli: Invoke) -> None:
    dat, status = two_problems()
    result = cli("check", "--format", "github")
    assert result.exit_code == 1
    lines = result.stdout.splitlines()
    assert lines[0] == (
        f"::error file=data/events.yaml,line={dat},col=5,title=unknown-key::unknown key 'dat' "
        "in event 'vostochny-summit-2023': did you mean 'date'? (unknown-key)"
    )
    assert lines[1].startswith(f"::warning file=data/events.yaml,line={status},col=13,")


def test_json(project: Path, cli: Invoke) -> None:
    dat, status = two_problems()
    result = cli("check", "--format", "json")
    doc = json.loads(result.stdout)
    events, sources = counts()
    assert doc["summary"] == {"events": events, "sources": sources, "errors": 1, "warnings": 1}
    assert [(p["rule"], p["level"], p["line"], p["col"]) for p in doc["problems"]] == [
        ("unknown-key", "error", dat, 5),
        ("undecided", "warning", status, 13),
    ]
    assert set(doc["problems"][0]) == {"path", "line", "col", "level", "rule", "message"}


def test_text_is_grouped_by_file_with_a_summary(project: Path, cli: Invoke) -> None:
    dat, status = two_problems()
    result = cli("check")
    assert result.exit_code == 1
    lines = unwrap(result.stdout.splitlines())
    assert lines[0] == "data/events.yaml"
    assert lines[1].split()[:3] == [f"{dat}:5", "error", "unknown"]
    assert lines[1].endswith("(unknown-key)")
    assert lines[2].split()[:2] == [f"{status}:13", "warning"]
    assert lines[-1] == summary("1 error", "1 warning")


def unwrap(lines: list[str]) -> list[str]:
    """Join a wrapped message's continuation lines (indented under the message) to its line."""
    out: list[str] = []
    for line in lines:
        if line.startswith(" " * 19) and out:
            out[-1] += " " + line.strip()
        else:
            out.append(line)
    return out


def test_text_wraps_to_the_width_under_the_message(project: Path, cli: Invoke) -> None:
    two_problems()
    result = cli("check", columns=60)
    lines = result.stdout.splitlines()
    assert all(len(line) <= 60 for line in lines)
    message_column = lines[1].index("error") + len("error") + 4
    continuation = [line for line in lines[2:] if line.startswith(" " * message_column)]
    assert continuation and all(line[message_column] != " " for line in continuation)
    assert "".join(lines).count("(unknown-key)") == 1


def test_untrusted_text_prints_literally(project: Path, cli: Invoke) -> None:
    edit(f"id: {VOSTOCHNY}", 'id: "[red]x[/red]\\e[2J\\x07"', VOSTOCHNY)
    for fmt in ("text", "parsable", "github"):
        out = cli("check", "--format", fmt).stdout
        assert "[red]x[/red]" in out
        assert "\x1b" not in out and "\x07" not in out


def test_a_store_that_is_not_utf8_is_unreadable(project: Path, cli: Invoke) -> None:
    line = line_of("środę")
    STORE.write_bytes(STORE.read_bytes().replace("środę".encode(), "środę".encode("cp1250")))
    result = cli("check")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"timeline: error: data/events.yaml:{line}:")
    assert "not UTF-8" in result.stderr and "save the store as UTF-8" in result.stderr


def test_a_missing_store_is_unreadable(project: Path, cli: Invoke) -> None:
    result = cli("check", "--store", "nowhere.yaml")
    assert result.exit_code == 2
    assert "nowhere.yaml: no such store" in result.stderr


def test_a_seed_that_cannot_be_read_is_exit_2(project: Path, cli: Invoke) -> None:
    seed = Path("seeds/002_df6dc53cd25a6e55.txt")
    seed.write_bytes(seed.read_bytes().replace("środę".encode(), "środę".encode("cp1250")))
    result = cli("check")
    assert result.exit_code == 2
    assert result.stderr.startswith("timeline: error: seeds/002_df6dc53cd25a6e55.txt:")
    assert "not UTF-8" in result.stderr
    assert result.stderr.count("\n") == 1


def test_deep_nesting_is_a_problem_not_a_crash(project: Path, cli: Invoke) -> None:
    STORE.write_text("events: " + "[" * 100_000 + "]" * 100_000 + "\n", encoding="utf-8")
    result = cli("check", "--format", "parsable")
    assert result.exit_code == 1
    assert "(yaml-syntax)" in result.stdout


def test_an_empty_store_is_reported(project: Path, cli: Invoke) -> None:
    STORE.write_text("# nothing yet\n", encoding="utf-8")
    result = cli("check", "--format", "parsable")
    assert result.exit_code == 1
    assert result.stdout.startswith("data/events.yaml:1:1: [error] the store is empty")


def test_an_empty_events_list_is_clean(project: Path, cli: Invoke) -> None:
    STORE.write_text("events: []\n", encoding="utf-8")
    assert cli("check").exit_code == 0


def test_check_never_imports_dateparser(project: Path) -> None:
    code = (
        "import sys\nfrom timeline.cli import main\nsys.argv = ['timeline', 'check']\n"
        "try:\n    main()\nexcept SystemExit as e:\n    assert e.code == 0, e.code\n"
        "assert 'dateparser' not in sys.modules, 'dateparser imported'\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def test_the_pre_commit_hooks_run_timeline_check() -> None:
    import yaml

    root = Path(__file__).resolve().parents[2]
    hooks = yaml.safe_load((root / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["timeline-check", "timeline-check-strict"]
    for hook in hooks:
        assert hook["entry"].startswith("timeline check")
        assert hook["pass_filenames"] is False
