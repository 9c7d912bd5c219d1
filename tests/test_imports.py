"""What a command imports, and what it builds, is what it uses: a fast start.

Commands that need no date parsing do not pay for dateparser; no command imports
a browser library, or pyarrow or dask unless an archive or a cluster asks for
them; plain `show` and `check` output is laid out without rich
(`timeline.layout`). Each probe runs the real entry point, `timeline.cli.main`,
as the installed `timeline` command does, in a fresh interpreter.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
import typer.main
from typer.testing import CliRunner

from tests.conftest import ROOT
from timeline.cli import app, invoked

HEAVY = (
    "dateparser",
    "ruamel",
    "edtf",
    "pyarrow",
    "dask",
    "distributed",
    "playwright",
    "selenium",
    "pyppeteer",
    "pychrome",
    "websocket",
)

PROBE = """
import sys
from timeline.cli import main
sys.argv = ["timeline", *sys.argv[1:]]
try:
    main()
except SystemExit as exit:
    assert not exit.code, exit.code
print(sorted({m.split(".")[0] for m in sys.modules} & {"rich", *HEAVY}), file=sys.stderr)
"""


@pytest.mark.parametrize(
    ("args", "plain"),
    [
        (["show", "--since", "2024"], True),
        (["show", "--quotes", "--status", "all"], True),
        (["show", "--format", "json"], False),
        (["check", "--strict"], True),
        (["check", "--format", "sarif"], False),
        (["list", "--status", "all"], False),
        (["schema"], False),
        (["rule", "--all"], False),
        (["parse", "--lang", "pl", "--ref", "2023-09-13", "w środę"], False),
        (["extract", "seeds/002_df6dc53cd25a6e55.txt"], False),
        (["build", "--dry-run"], False),
        (["init", "new"], False),
    ],
)
def test_a_command_imports_only_what_it_uses(project: Path, args: list[str], plain: bool) -> None:
    """No command imports dateparser, a browser library, pyarrow or dask; plain text no rich."""
    out = subprocess.run(
        [sys.executable, "-c", PROBE.replace("HEAVY", repr(HEAVY)), *args],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    loaded = out.stderr.strip().splitlines()[-1]
    assert loaded == "[]" if plain else loaded in ("[]", "['rich']"), (args, out.stderr)


def _names() -> list[str]:
    group = typer.main.get_command(app)
    return sorted(group.commands)  # type: ignore[attr-defined]


@pytest.mark.parametrize("name", _names())
def test_the_invoked_command_alone_has_the_whole_apps_help(name: str) -> None:
    """`main` builds only the command named (`cli.invoked`); its help is the same."""
    runner = CliRunner()
    alone = invoked([name, "--help"])
    assert alone is not app
    assert [*typer.main.get_command(alone).commands] == [name]  # type: ignore[attr-defined]
    expected = runner.invoke(app, [name, "--help"], env={"COLUMNS": "100"})
    got = runner.invoke(alone, [name, "--help"], env={"COLUMNS": "100"})
    assert (got.exit_code, got.output) == (expected.exit_code, expected.output)


@pytest.mark.parametrize(
    ("argv", "alone"),
    [
        (["show", "--since", "2024"], True),
        (["--color", "never", "show", "--status", "all"], True),
        (["--color=never", "check"], True),
        (["check", "--format", "parsable"], True),
        (["seed", "--help"], True),
        (["shw"], False),
        (["--help"], False),
        (["--version"], False),
        (["--color", "never"], False),
        ([], False),
    ],
)
def test_the_invoked_command_runs_as_in_the_whole_app(
    project: Path, argv: list[str], alone: bool
) -> None:
    runner = CliRunner()
    expected = runner.invoke(app, argv, env={"COLUMNS": "100"})
    got = runner.invoke(invoked(argv), argv, env={"COLUMNS": "100"})
    assert (got.exit_code, got.output) == (expected.exit_code, expected.output)
    assert (invoked(argv) is not app) == alone
