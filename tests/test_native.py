"""The compiled engine (`timeline/_native.py`): used only while it matches its sources, and
finding what the Python modules find."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import timeline
from tests.conftest import extract_seeds
from timeline import _native

ROOT = Path(__file__).resolve().parent.parent


def _built_tree(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A package folder with the compiled modules' sources and a build of them, stamped."""
    package = tmp_path / "timeline"
    for name in timeline.COMPILED:
        source = package / name
        source.parent.mkdir(parents=True, exist_ok=True)
        source.write_text("x = 1\n", "utf-8")
    built = package / "_native"
    (built / "timeline" / "dates").mkdir(parents=True)
    (built / "sources.txt").write_text(_native.stamp(package), "utf-8")
    monkeypatch.delenv("TIMELINE_PURE", raising=False)
    return package


def test_a_current_build_comes_first(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = _built_tree(tmp_path, monkeypatch)
    assert timeline.search_path("timeline", str(package)) == [str(package / "_native" / "timeline")]
    assert timeline.search_path("timeline.dates", str(package)) == [
        str(package / "_native" / "timeline" / "dates")
    ]


def test_a_source_edited_since_the_build_runs_as_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    package = _built_tree(tmp_path, monkeypatch)
    (package / timeline.COMPILED[-1]).write_text("x = 2  # edited\n", "utf-8")
    assert timeline.search_path("timeline", str(package)) == []
    assert timeline.search_path("timeline.dates", str(package)) == []


@pytest.mark.parametrize("stamp", ["", "not a stamp", "extract.py 1 2\n"])
def test_a_failed_or_broken_build_runs_as_python(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, stamp: str
) -> None:
    package = _built_tree(tmp_path, monkeypatch)
    (package / "_native" / "sources.txt").write_text(stamp, "utf-8")
    assert timeline.search_path("timeline", str(package)) == []


def test_pure_is_asked_for(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = _built_tree(tmp_path, monkeypatch)
    monkeypatch.setenv("TIMELINE_PURE", "1")
    assert timeline.search_path("timeline", str(package)) == []


def _extract(pure: bool) -> tuple[str, str]:
    """`timeline extract` over the shipped seeds in a fresh interpreter, and where its
    extraction module was loaded from."""
    env = {k: v for k, v in os.environ.items() if k != "TIMELINE_PURE"}
    if pure:
        env["TIMELINE_PURE"] = "1"
    run = extract_seeds(env)
    assert run.returncode == 0, run.stderr
    out = run.stdout
    where = subprocess.run(
        [sys.executable, "-c", "import timeline.extract as e; print(e.__file__)"],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        check=True,
    ).stdout.strip()
    return out, where


def test_compiled_and_python_engines_find_the_same() -> None:
    """Whichever way the engine runs here (compiled after `make`, else Python), it finds on
    the seeds exactly what the Python modules find."""
    python, where = _extract(pure=True)
    assert where.endswith(".py")
    found, _ = _extract(pure=False)
    assert found == python
    assert len(python.splitlines()) == 19
