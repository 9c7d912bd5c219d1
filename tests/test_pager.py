"""`show --id`, `show --limit` and the pager of `show` and `list` (git's rules: a terminal only)."""

from __future__ import annotations

import json
import os
import pty
import select
import shlex
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import Invoke
from tests.test_show import CONFIRMED, REJECTED
from timeline import pager


def shown_ids(cli: Invoke, *args: str) -> list[str]:
    result = cli("show", "--format", "json", *args)
    assert result.exit_code == 0, result.output
    return [e["id"] for e in json.loads(result.stdout)["events"]]


def test_id_shows_the_named_events_in_timeline_order_whatever_their_status(
    cli: Invoke, project: Path
) -> None:
    named = ("--id", "beijing-parade-2025", "--id", REJECTED, "--id", CONFIRMED[0])
    assert shown_ids(cli, *named) == [CONFIRMED[0], REJECTED, "beijing-parade-2025"]
    assert shown_ids(cli, *named, "--status", "confirmed") == [
        CONFIRMED[0],
        "beijing-parade-2025",
    ]
    assert shown_ids(cli, *named, "--since", "2025") == [REJECTED, "beijing-parade-2025"]


def test_id_text_names_how_many_of_which_statuses(cli: Invoke, project: Path) -> None:
    result = cli("show", "--id", "russia-north-korea-pact-2024")
    assert result.exit_code == 0
    assert result.stdout == (
        "2024\n"
        "  Jun 2024  Russia and North Korea sign a pact of mutual military assistance\n"
        "            confirmed · 4 sources (ro, bg, pt) · treaty, diplomacy, military\n"
        "\n"
        "1 event (candidate, confirmed, rejected)\n"
    )


def test_an_unknown_id_is_refused_in_one_line(cli: Invoke, project: Path) -> None:
    result = cli("show", "--id", "beijing-parade-2025", "--id", "no-such-event")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "timeline: error: data/events.yaml: no event with the id 'no-such-event' "
        "(`timeline list --status all` shows ids)\n"
    )


def test_limit_shows_the_first_events_and_says_of_how_many(cli: Invoke, project: Path) -> None:
    assert shown_ids(cli, "--limit", "3") == CONFIRMED[:3]
    assert (
        shown_ids(cli, "--limit", "3", "--since", "2025")
        == [e for e in CONFIRMED if e.endswith("2025")][:3]
    )
    assert shown_ids(cli, "--limit", "100") == CONFIRMED
    text = cli("show", "--limit", "2").stdout
    assert text.endswith("\n2 of 13 events (confirmed)\n")
    assert "Kim Jong-un arrives in Russia" in text and "missile" not in text
    assert cli("show", "--limit", "13").stdout.endswith("\n13 events (confirmed)\n")


def test_limit_must_be_positive(cli: Invoke, project: Path) -> None:
    result = cli("show", "--limit", "0")
    assert result.exit_code == 2
    assert "--limit" in result.stderr


@pytest.fixture
def terminal(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> Path:
    """Standard output taken for a terminal, and a pager that writes what it reads to a file."""
    paged = tmp_path / "paged.txt"
    monkeypatch.setattr(pager, "is_terminal", lambda stream: True)
    monkeypatch.delenv("TIMELINE_PAGER", raising=False)
    monkeypatch.setenv("PAGER", f"cat > {shlex.quote(str(paged))}")
    return paged


def test_show_on_a_terminal_goes_through_the_pager(
    cli: Invoke, project: Path, terminal: Path
) -> None:
    piped = cli("show", "--no-pager").stdout
    assert not terminal.exists()
    result = cli("show")
    assert result.exit_code == 0 and result.stdout == ""
    assert terminal.read_text(encoding="utf-8") == piped
    assert piped.endswith("\n13 events (confirmed)\n")


def test_every_format_is_paged_but_an_output_file_is_not(
    cli: Invoke, project: Path, terminal: Path
) -> None:
    assert cli("show", "--format", "json").stdout == ""
    assert json.loads(terminal.read_text(encoding="utf-8"))["events"][0]["id"] == CONFIRMED[0]
    terminal.unlink()
    assert cli("show", "--output", "out.md", "--format", "markdown").exit_code == 0
    assert not terminal.exists() and (project / "out.md").read_text().startswith("# Timeline")


def test_list_on_a_terminal_goes_through_the_pager(
    cli: Invoke, project: Path, terminal: Path
) -> None:
    piped = cli("list", "--status", "all", "--no-pager").stdout
    assert "beijing-parade-2025" in piped
    assert cli("list", "--status", "all").stdout == ""
    assert terminal.read_text(encoding="utf-8") == piped


def test_timeline_pager_wins_and_empty_or_cat_means_none(
    cli: Invoke, project: Path, terminal: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    ours = tmp_path / "ours.txt"
    monkeypatch.setenv("TIMELINE_PAGER", f"cat > {shlex.quote(str(ours))}")
    assert cli("show").stdout == ""
    assert ours.read_text(encoding="utf-8").endswith("13 events (confirmed)\n")
    assert not terminal.exists()
    for direct in ("", "cat", "  "):
        monkeypatch.setenv("TIMELINE_PAGER", direct)
        assert cli("show").stdout.endswith("13 events (confirmed)\n")
    assert not terminal.exists()


def test_a_pager_that_does_not_exist_leaves_the_text_on_stdout(
    cli: Invoke, project: Path, terminal: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAGER", "no-such-pager-command-xyz")
    result = cli("show")
    assert result.exit_code == 0
    assert result.stdout.endswith("13 events (confirmed)\n")


def test_without_a_terminal_the_pager_is_never_run(
    cli: Invoke, project: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    paged = tmp_path / "paged.txt"
    monkeypatch.setenv("PAGER", f"cat > {shlex.quote(str(paged))}")
    assert cli("show").stdout.endswith("13 events (confirmed)\n")
    assert cli("list", "--status", "all").stdout.startswith("russia-invades-ukraine-2022")
    assert not paged.exists()


def test_less_gets_git_s_defaults_unless_the_user_set_less(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    seen = tmp_path / "env.txt"
    monkeypatch.setattr(pager, "is_terminal", lambda stream: True)
    monkeypatch.setenv("TIMELINE_PAGER", f'cat > /dev/null; echo "$LESS" > {seen}')
    monkeypatch.delenv("LESS", raising=False)
    pager.page("text\n")
    assert seen.read_text() == "FRX\n"
    monkeypatch.setenv("LESS", "-S")
    pager.page("text\n")
    assert seen.read_text() == "-S\n"


def test_a_real_terminal_pages_and_a_pipe_does_not(project: Path, tmp_path: Path) -> None:
    """The installed CLI in a child process: a pseudo-terminal, then a pipe."""
    paged = tmp_path / "paged.txt"
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "TIMELINE_PAGER")}
    env.update(PAGER=f"cat > {shlex.quote(str(paged))}", NO_COLOR="1", COLUMNS="100")
    command = [sys.executable, "-m", "timeline", "show", "--limit", "2"]
    piped = subprocess.run(command, capture_output=True, text=True, env=env, check=True)
    assert piped.stdout.endswith("\n2 of 13 events (confirmed)\n")
    assert not paged.exists()
    main, child = pty.openpty()
    try:
        subprocess.run(command, stdout=child, stderr=subprocess.PIPE, env=env, check=True)
        ready, _, _ = select.select([main], [], [], 0)
        assert not ready  # nothing reached the terminal itself
    finally:
        os.close(child)
        os.close(main)
    assert paged.read_text(encoding="utf-8") == piped.stdout
