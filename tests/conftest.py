"""Shared fixtures: the real CLI, and a private copy of the real seeds and store."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from typer.testing import CliRunner, Result

from timeline.cli import app

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
STORE = ROOT / "data" / "events.yaml"
GOLDEN = Path(__file__).resolve().parent / "golden"


@pytest.fixture(scope="session", autouse=True)
def pattern_cache(tmp_path_factory: pytest.TempPathFactory) -> Iterator[None]:
    """The compiled patterns the session's processes keep (`timeline/dates/regexcache.py`)
    go to a folder of its own, never the user's cache: every run starts cold, as CI does."""
    before = os.environ.get("TIMELINE_CACHE_DIR")
    os.environ["TIMELINE_CACHE_DIR"] = str(tmp_path_factory.mktemp("pattern-cache"))
    yield
    if before is None:
        os.environ.pop("TIMELINE_CACHE_DIR", None)
    else:
        os.environ["TIMELINE_CACHE_DIR"] = before


@pytest.fixture
def project(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of seeds/ and data/ in a temporary folder, which becomes the working directory."""
    shutil.copytree(SEEDS, tmp_path / "seeds")
    shutil.copytree(STORE.parent, tmp_path / "data")
    monkeypatch.chdir(tmp_path)
    return tmp_path


Invoke = Callable[..., Result]


@pytest.fixture
def cli(monkeypatch: pytest.MonkeyPatch) -> Invoke:
    """Run the real CLI in-process; a crash fails the test loudly."""
    monkeypatch.delenv("NO_COLOR", raising=False)
    runner = CliRunner()

    def invoke(*args: str, input: str | None = None, columns: int = 100) -> Result:
        return runner.invoke(
            app, list(args), input=input, env={"COLUMNS": str(columns)}, catch_exceptions=False
        )

    return invoke


def extract_seeds(env: dict[str, str], seeds: Path = SEEDS) -> subprocess.CompletedProcess[str]:
    """`timeline extract --format jsonl` over every article of `seeds` in a fresh interpreter
    with the environment `env`, run from the folder above them."""
    articles = sorted(str(p.relative_to(seeds.parent)) for p in seeds.glob("*.txt"))
    return subprocess.run(
        [sys.executable, "-m", "timeline", "extract", "--format", "jsonl", *articles],
        cwd=seeds.parent,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )


def golden(name: str, actual: str, update: bool = False) -> None:
    """Compare with tests/golden/NAME; UPDATE_GOLDEN=1 rewrites the file instead."""
    import os

    path = GOLDEN / name
    if update or os.environ.get("UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")
