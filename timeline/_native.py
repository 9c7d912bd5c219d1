"""The extraction engine's hottest modules compiled with mypyc, used only while they match
their sources.

Extraction runs its mention finder (`dates/core.py`, with the trigger scan of
`dates/leading.py`), its checks of every mention (`extract.py`) and the reading of each
clause's verb (`tense.py`) as Python code; mypyc, the compiler mypy ships, turns the same
typed modules into C extensions, whose calls, loops and attribute reads cost less
(`benchmarks/extract.py`).
`make` calls `build`, which compiles `timeline.COMPILED` into `timeline/_native/` (a folder
git ignores) and writes beside them each source's size and modification time.
`timeline.search_path` puts that folder before a package's own on its `__path__`, so that
`import timeline.extract` finds the compiled module, only while every compiled source is as
it was built: a module edited since is read as Python (correct, slower) until the next
build, never as stale code. With no build (no compiler, an install without `make`) or with
`TIMELINE_PURE=1` everything runs as Python, and finds the same (`tests/test_native.py`).
"""

from __future__ import annotations

import os
import shutil
import sys
import tempfile
from pathlib import Path

from timeline import COMPILED

ROOT = Path(__file__).resolve().parent
"""The `timeline` package's folder."""
BUILT = ROOT / "_native"


def stamp(root: Path = ROOT) -> str:
    """Each compiled source's name, size and modification time, a line each."""
    lines = []
    for name in COMPILED:
        status = (root / name).stat()
        lines.append(f"{name} {status.st_size} {status.st_mtime_ns}\n")
    return "".join(lines)


def build() -> int:
    """Compile `timeline.COMPILED` into `BUILT`, replacing any earlier build; say why when it
    cannot (no mypyc, no C compiler) and leave the modules to run as Python. Exit status 0
    either way: the compiled modules are a speed-up, never a requirement."""
    shutil.rmtree(BUILT, ignore_errors=True)
    try:
        from mypyc.build import mypycify
        from setuptools import Distribution
    except ImportError as error:
        print(f"timeline: not compiled ({error}); the engine runs as Python", file=sys.stderr)
        return 0
    sources = [f"timeline/{name}" for name in COMPILED]
    signatures = stamp()
    here = Path.cwd()
    with tempfile.TemporaryDirectory() as work:
        try:
            os.chdir(ROOT.parent)  # mypyc names each module by its path from here
            extensions = mypycify(
                sources, opt_level="3", separate=True, target_dir=str(Path(work, "c"))
            )
            dist = Distribution({"name": "timeline-native", "ext_modules": extensions})
            command = dist.get_command_obj("build_ext")
            command.build_lib = str(Path(work, "lib"))  # type: ignore[attr-defined]
            command.build_temp = str(Path(work, "temp"))  # type: ignore[attr-defined]
            command.ensure_finalized()
            command.run()
        except (Exception, SystemExit) as error:  # a compiler missing or failing
            print(f"timeline: not compiled ({error}); the engine runs as Python", file=sys.stderr)
            return 0
        finally:
            os.chdir(here)
        shutil.copytree(Path(work, "lib"), BUILT)
    (BUILT / "sources.txt").write_text(signatures, "utf-8")
    print(f"timeline: compiled {', '.join(sources)} into {BUILT.relative_to(ROOT.parent)}")
    return 0
