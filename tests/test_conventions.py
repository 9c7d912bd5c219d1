"""The conventions of mature CLIs: colour switches, help metavars, completion, widths, counts."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from tests.conftest import ROOT, Invoke
from timeline.cli import app
from timeline.words import plural

ANSI = re.compile(r"\x1b\[[0-9;]*m")


def run(*args: str, env: dict[str, str] | None = None, columns: int = 100) -> tuple[int, str]:
    result = CliRunner().invoke(
        app, list(args), env={"COLUMNS": str(columns), **(env or {})}, catch_exceptions=False
    )
    return result.exit_code, result.stdout


# --- colour -----------------------------------------------------------------------------


def test_a_pipe_gets_plain_text(project: Path) -> None:
    _, out = run("show", env={"NO_COLOR": "", "FORCE_COLOR": ""})
    assert not ANSI.search(out)


def test_force_color_colours_a_pipe(project: Path) -> None:
    _, out = run("show", env={"FORCE_COLOR": "1", "NO_COLOR": ""})
    assert ANSI.search(out)
    plain = run("show", env={"FORCE_COLOR": "", "NO_COLOR": ""})[1]
    assert [line.rstrip() for line in ANSI.sub("", out).splitlines()] == plain.splitlines()


def test_no_color_wins_over_force_color_and_the_flag_over_both(project: Path) -> None:
    both = {"FORCE_COLOR": "1", "NO_COLOR": "1"}
    assert not ANSI.search(run("show", env=both)[1])
    assert ANSI.search(run("--color", "always", "show", env=both)[1])
    assert ANSI.search(run("show", "--color", "always", env=both)[1])
    assert not ANSI.search(run("show", "--color", "never", env={"FORCE_COLOR": "1"})[1])
    # The choice is for one run only.
    assert not ANSI.search(run("show", env={"FORCE_COLOR": "", "NO_COLOR": ""})[1])


def test_check_and_parse_honour_the_colour_choice(project: Path) -> None:
    env = {"FORCE_COLOR": "", "NO_COLOR": ""}
    assert ANSI.search(run("check", "--color", "always", env=env)[1])
    assert not ANSI.search(run("check", env=env)[1])
    parse = ("parse", "--lang", "pt", "--ref", "2025-07-13", "no sábado")
    assert ANSI.search(run(*parse, "--color", "always", env=env)[1])


def styles_of(out: str, title: str) -> set[str]:
    """The SGR codes in force where `title` starts on its line."""
    for line in out.splitlines():
        plain = ANSI.sub("", line)
        if title in plain:
            before = line[: line.index(title[:10])]
            return set(";".join(ANSI.findall(before)[-1:]).strip("\x1b[m").split(";"))
    raise AssertionError(title)


def test_candidates_and_rejected_events_are_styled_apart(project: Path) -> None:
    store = Path("data/events.yaml")
    text = store.read_text(encoding="utf-8")
    store.write_text(text.replace("status: confirmed", "status: candidate", 1), encoding="utf-8")
    _, out = run("show", "--status", "all", "--color", "always")
    confirmed = styles_of(out, "Russia and North Korea sign a pact")
    candidate = styles_of(out, "Russia launches its full-scale invasion")
    rejected = styles_of(out, "Kim offers Moscow")
    assert confirmed == {"1"}
    assert "33" in candidate  # yellow
    assert {"2", "9"} <= rejected  # dim, struck through
    assert len({frozenset(confirmed), frozenset(candidate), frozenset(rejected)}) == 3


# --- help, completion ------------------------------------------------------------------


@pytest.mark.parametrize(
    "command",
    [
        "show",
        "parse",
        "extract",
        "build",
        "add",
        "check",
        "rule",
        "confirm",
        "reject",
        "merge",
        "edit",
        "list",
        "review",
    ],
)
def test_help_shows_metavars_not_python_types(cli: Invoke, command: str) -> None:
    out = cli(command, "--help").stdout
    assert not re.search(r"<(str|int|path|list\[str\]|bool)>", out), out
    assert "list[" not in out


def test_help_names_what_each_option_takes(cli: Invoke) -> None:
    show = cli("show", "--help").stdout
    for usage in ("--since DATE", "--until DATE", "--status STATUS", "--lang LANG", "--tag TAG"):
        assert usage in show
    assert "-o, --output FILE" in show and "--store PATH" in show
    assert "--ref DATE" in cli("parse", "--help").stdout
    assert "--seeds DIR" in cli("check", "--help").stdout


def test_completion_is_offered(cli: Invoke) -> None:
    out = cli("--help").stdout
    assert "--install-completion" in out and "--show-completion" in out


def complete(words: str, cword: int, folder: Path) -> list[str]:
    """What bash's completion protocol gets back, as the installed script asks it."""
    env = {
        "PATH": "/usr/bin:/bin",
        "PYTHONPATH": str(ROOT),
        "_TIMELINE_COMPLETE": "complete_bash",
        "COMP_WORDS": words,
        "COMP_CWORD": str(cword),
    }
    main = "import sys; sys.argv = ['timeline']; from timeline.cli import main; main()"
    out = subprocess.run(
        [sys.executable, "-c", main], env=env, cwd=folder, capture_output=True, text=True
    )
    return out.stdout.split()


def test_the_completion_script_completes_commands_options_and_rules(tmp_path: Path) -> None:
    assert complete("timeline ch", 1, tmp_path) == ["check"]
    assert complete("timeline check --format s", 3, tmp_path) == ["sarif"]
    assert complete("timeline rule seed-", 2, tmp_path) == ["seed-path", "seed-exists", "seed-hash"]


# --- widths ------------------------------------------------------------------------------


@pytest.mark.parametrize("columns", [40, 60, 80, 100, 120])
def test_parse_never_cuts_a_value(cli: Invoke, columns: int) -> None:
    out = cli(
        "parse",
        "--lang",
        "pt",
        "--ref",
        "2025-07-13",
        "no sábado",
        "em junho do ano passado",
        "mai bine",
        columns=columns,
    ).stdout
    assert "…" not in out
    flat = " ".join(out.split())
    for value in ("2025-07-12", "2024-06", "2024-06-01", "2024-06-30", "12 Jul 2025", "Jun 2024"):
        assert value in flat, (columns, out)
    assert all(len(line) <= columns for line in out.splitlines())


def test_parse_keeps_the_table_where_it_fits(cli: Invoke) -> None:
    out = cli("parse", "--lang", "pt", "--ref", "2025-07-13", "no sábado", columns=100).stdout
    assert "│ no sábado  │ 2025-07-12 │ day       │ 2025-07-12 │ 2025-07-12 │ 12 Jul 2025 │" in out


def test_check_text_wraps_to_columns(project: Path, cli: Invoke) -> None:
    store = Path("data/events.yaml")
    store.write_text(
        store.read_text(encoding="utf-8").replace("    date: ", "    dat: ", 1), encoding="utf-8"
    )
    for columns in (50, 80):
        out = cli("check", columns=columns).stdout
        assert all(len(line) <= columns for line in out.splitlines()), out
        assert "(unknown-key)" in out


def test_extract_without_a_reference_says_so(tmp_path: Path, cli: Invoke) -> None:
    article = tmp_path / "a.txt"
    article.write_text("Kim e Lavrov se conheceram no sábado em Wonsan.\n", encoding="utf-8")
    out = cli("extract", "--lang", "pt", str(article)).stdout
    assert out.splitlines()[0] == f"{article} (no reference date)"
    assert "(reference no reference date)" not in out


# --- counts ------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=10**7))
@settings(max_examples=200)
def test_a_count_agrees_with_its_noun(n: int) -> None:
    said = plural(n, "new candidate")
    assert said.startswith(f"{n:,} new candidate")
    assert said.endswith("candidate" if n == 1 else "candidates")
    assert plural(n, "happening", "happenings") == plural(n, "happening")


def test_build_says_one_in_the_singular() -> None:
    from timeline.build import Report

    report = Report(Path("s"), "", "", seeds=1, mentions=1, new=[{}], changed=["x"], grouped=1)
    assert report.summary() == (
        "1 seed read, 1 mention found, 1 new became 1 candidate (0 marked no event, 0 linked), "
        "0 already cited, 0 unresolvable, 1 changed resolution"
    )
