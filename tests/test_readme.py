"""Every `$ timeline ...` command in README.md runs and prints what the README shows.

UPDATE_README=1 rewrites the outputs in README.md from real runs instead.
"""

from __future__ import annotations

import os
import re
import shlex
from pathlib import Path

import pytest

from tests.conftest import ROOT, Invoke

README = ROOT / "README.md"
BLOCK = re.compile(r"```console\n(.*?)```", re.DOTALL)


def console_blocks(text: str) -> list[tuple[str, str]]:
    """(command, expected output) for each `$ ` line of each console block."""
    found = []
    for block in BLOCK.findall(text):
        parts = re.split(r"^\$ (.*)\n", block, flags=re.MULTILINE)
        found += list(zip(parts[1::2], parts[2::2], strict=True))
    return found


COMMANDS = console_blocks(README.read_text(encoding="utf-8"))


def run(cli: Invoke, command: str) -> str:
    args = shlex.split(command)
    assert args[0] == "timeline"
    result = cli(*args[1:])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_readme_has_examples() -> None:
    assert len(COMMANDS) >= 5
    assert COMMANDS[0][0] == "timeline show --since 2024"


@pytest.mark.parametrize(("command", "expected"), COMMANDS, ids=[c for c, _ in COMMANDS])
def test_readme_command(cli: Invoke, project: Path, command: str, expected: str) -> None:
    actual = run(cli, command)
    if os.environ.get("UPDATE_README"):
        text = README.read_text(encoding="utf-8")
        text = text.replace(f"$ {command}\n{expected}", f"$ {command}\n{actual}", 1)
        README.write_text(text, encoding="utf-8")
        return
    assert actual == expected


def test_every_check_rule_is_documented() -> None:
    import timeline.check  # noqa: F401  (registers the rules)
    from timeline.check.rules import REGISTRY

    text = README.read_text(encoding="utf-8")
    for rule_id, rule in REGISTRY.items():
        assert f"| `{rule_id}` | {rule.level}" in text, rule_id
