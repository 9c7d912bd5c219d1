"""`timeline parse` with Duckling's names for the precision of a range, for the Duckling scorer.

    .venv/bin/python benchmarks/duckling_labels.py --lang pl --ref 2013-02-12 --format jsonl

The team's contract (docs/dates.md) names a range of two dates `interval` and a season
`season`, whatever the grain of their ends. Duckling's corpora name a range by the grain of
its ends ("iunie 19-20" is `day`, "ostatnie 2 lata" `year`, "este verão" `day`), and the
shared scorer (`../shared/bench/score_parse.py`, not ours to change) compares the printed
precision with that grain. This wrapper runs `timeline parse` with the arguments given and
renames only the precision of ranges and seasons to Duckling's grain; value, start and end are
the tool's own, untouched. So the gate keeps measuring what the corpora test, the start day
of each value, and the tool keeps printing the contract's labels; the README gives both the
scorer's figure on `timeline parse` itself and this one.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

TIMELINE = Path(__file__).resolve().parent.parent / ".venv" / "bin" / "timeline"
_GRAIN_BY_LENGTH = {4: "year", 7: "month", 10: "day"}


def duckling_grain(value: str, precision: str) -> str:
    """Duckling's grain for a value: a range's is the grain of its first end, a season's `day`
    (Duckling's seasons run from one day to another)."""
    if precision == "season":
        return "day"
    if precision != "interval":
        return precision
    left = value.rstrip("?~%").split("/")[0]
    if "W" in left:
        return "week"
    if len(left) == 7 and left[5] == "3":
        return "quarter"  # EDTF quarters are 2024-33 .. 2024-36
    if len(left) == 7 and left[5] == "2":
        return "day"  # a range of seasons
    return _GRAIN_BY_LENGTH.get(len(left), "day")


def relabel(line: str) -> str:
    """One output line of `timeline parse --format jsonl` with Duckling's grain name."""
    row = json.loads(line)
    if row.get("value") is not None and row.get("precision"):
        row["precision"] = duckling_grain(row["value"], row["precision"])
    return json.dumps(row, ensure_ascii=False)


def main(argv: list[str]) -> int:
    run = subprocess.run(
        [str(TIMELINE), "parse", *argv],
        stdin=sys.stdin,
        capture_output=True,
        text=True,
        check=False,
    )
    sys.stderr.write(run.stderr)
    if run.returncode != 0:
        return run.returncode
    for line in run.stdout.splitlines():
        print(relabel(line) if line.strip() else line)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
