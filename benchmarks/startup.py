"""How long `timeline show` takes to start, against a minimal typer app that prints a YAML value.

Both run as fresh interpreters (`python -c ...`, the same interpreter, the same
folder), alternately, so a busy machine slows both alike:

- baseline: a typer app of one command that loads `data/events.yaml` with PyYAML
  and prints the first event's id: the least a typer CLI over a YAML store costs;
- show: `timeline show` over the same store, printing the timeline;
- check: `timeline check` over the same store (it re-reads every cited article and
  resolves its dates), with the rules' compiled patterns kept on disk
  (`timeline/dates/regexcache.py`, a cache folder of the script's own, filled by the
  untimed first run), against
- check, cold: the same with the cache turned off (`TIMELINE_CACHE_DIR=`), as a first
  run on a new machine or after an upgrade compiles every pattern.

It prints the median of each, show / baseline (the goal is at most 1.3) and check /
check cold (the goal is at most 0.5); the script exits 1 when either is missed. It also
says which heavy modules `show` and `check` imported (none of dateparser, a browser
library, pyarrow or dask may appear).

    .venv/bin/python benchmarks/startup.py [--runs 15]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

GOAL = 1.3
KEPT_GOAL = 0.5
"""`check` with the patterns kept, at most this part of `check` compiling them all."""
ROOT = Path(__file__).resolve().parent.parent
HEAVY = (
    "dateparser",
    "playwright",
    "selenium",
    "pyppeteer",
    "pychrome",
    "websocket",
    "pyarrow",
    "dask",
    "distributed",
)

BASELINE = """
import typer, yaml
app = typer.Typer()
@app.command()
def main(path: str = "data/events.yaml") -> None:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    with open(path, encoding="utf-8") as handle:
        print(yaml.load(handle, Loader=loader)["events"][0]["id"])
app()
"""

RUN = """
import sys
from timeline.cli import main
sys.argv = ["timeline", "{command}"]
try:
    main()
except SystemExit as exit:
    if exit.code:
        raise
"""
SHOW = RUN.format(command="show")
CHECK = RUN.format(command="check")

PROBE = """
heavy = sorted(m for m in sys.modules if m.split(".")[0] in {heavy!r})
print("HEAVY", heavy, file=sys.stderr)
"""


def once(code: str, cache: str | None = None) -> float:
    env = None if cache is None else {**os.environ, "TIMELINE_CACHE_DIR": cache}
    start = time.perf_counter()
    subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, check=True, stdout=subprocess.DEVNULL, env=env
    )
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=15)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as kept:
        return measure(args.runs, kept)


def measure(runs: int, kept: str) -> int:
    # Warm the file cache and .pyc files, and fill the pattern cache.
    once(BASELINE, kept), once(SHOW, kept), once(CHECK, kept), once(CHECK, "")
    base: list[float] = []
    show: list[float] = []
    check: list[float] = []
    cold: list[float] = []
    for _ in range(runs):
        base.append(once(BASELINE, kept))
        show.append(once(SHOW, kept))
        check.append(once(CHECK, kept))
        cold.append(once(CHECK, ""))
    b, s, c = statistics.median(base), statistics.median(show), statistics.median(check)
    k = statistics.median(cold)
    ratio = s / b
    print(
        f"fastest: baseline {min(base) * 1000:.0f} ms, show {min(show) * 1000:.0f} ms, "
        f"ratio {min(show) / min(base):.2f}; check {min(check) * 1000:.0f} ms"
    )
    heavy = [heavy_modules(code) for code in (SHOW, CHECK)]
    print(f"baseline (typer + yaml, one value): {b * 1000:.0f} ms (median of {runs})")
    print(f"timeline show:                      {s * 1000:.0f} ms (median of {runs})")
    print(f"timeline check:                     {c * 1000:.0f} ms (median of {runs})")
    print(f"timeline check, patterns compiled:  {k * 1000:.0f} ms (median of {runs})")
    print(f"check / baseline: {c / b:.2f} (no goal); {heavy[1]}")
    print(f"check / check compiling its patterns: {c / k:.2f} (goal <= {KEPT_GOAL})")
    print(f"show / baseline: {ratio:.2f} (goal <= {GOAL}); {heavy[0]}")
    missed = ratio > GOAL or c / k > KEPT_GOAL or heavy != ["HEAVY []", "HEAVY []"]
    if missed:
        print("goal missed", file=sys.stderr)
    return 1 if missed else 0


def heavy_modules(code: str) -> str:
    """The heavy modules a command imported, as a line `HEAVY [...]`."""
    probe = subprocess.run(
        [sys.executable, "-c", code + PROBE.format(heavy=HEAVY)],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    )
    return probe.stderr.strip().splitlines()[-1]


if __name__ == "__main__":
    sys.exit(main())
