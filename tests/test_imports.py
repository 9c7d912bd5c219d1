"""Commands that need no date parsing must not pay for importing dateparser (and none
imports pyarrow or dask unless an archive or a cluster asks for them)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT

PROBE = """
import sys
from typer.testing import CliRunner
from timeline.cli import app
runner = CliRunner()
for args in (["show", "--since", "2024"], ["check", "--strict"], ["schema"],
             ["parse", "--lang", "pl", "--ref", "2023-09-13", "w środę"],
             ["extract", "seeds/002_df6dc53cd25a6e55.txt"], ["build", "--dry-run"]):
    result = runner.invoke(app, args)
    assert result.exit_code == 0, (args, result.output)
heavy = ("dateparser", "ruamel", "edtf", "pyarrow", "dask", "distributed")
print(sorted(m for m in sys.modules if m.split(".")[0] in heavy))
"""


def test_no_command_imports_dateparser(project: Path) -> None:
    out = subprocess.run(
        [sys.executable, "-c", PROBE],
        cwd=project,
        capture_output=True,
        text=True,
        check=True,
        env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin"},
    )
    assert out.stdout.strip() == "[]"
