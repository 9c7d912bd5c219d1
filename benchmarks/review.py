"""How fast `timeline review` shows the next candidate, on a store of 10,000 events.

`benchmarks/check.py`'s generator makes the articles and a sound store of
`--events` events; every tenth becomes a candidate linked (`may_be`) to its
neighbour. A review session is then driven in this process as a curator would:
each candidate is rejected with a note, and the time from the decision's last
key to the next candidate printed (on an 80-column console) is measured. The
decision itself is written by the session's writer thread meanwhile; closing
the session waits for every write, and the store is then read back to check
that every decision landed.

Goal: the 90th percentile of those times under 100 ms (exit 1 when missed).

    .venv/bin/python benchmarks/review.py [--events 10000] [--decisions 20]
"""

from __future__ import annotations

import argparse
import io
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console

sys.path.insert(0, str(Path(__file__).resolve().parent))
from check import make_project

from timeline import review
from timeline.store import load_events

GOAL_MS = 100.0


def with_candidates(store: Path) -> int:
    """Every tenth event a candidate suggesting its neighbour; how many candidates."""
    text = store.read_text(encoding="utf-8")
    blocks = re.split(r"(?m)^(?=  - id: )", text)
    out = [blocks[0]]
    n = 0
    for i, block in enumerate(blocks[1:]):
        if i % 10 == 0:
            neighbour = re.search(r"id: (\S+)", blocks[i + 2] if i + 2 < len(blocks) else blocks[1])
            assert neighbour is not None
            block = block.replace("status: confirmed", "status: candidate")
            block = block.rstrip("\n") + (
                f"\n    may_be:\n      - id: {neighbour.group(1)}\n        score: 0.8\n"
            )
            n += 1
        out.append(block)
    store.write_text("".join(out), encoding="utf-8")
    return n


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--decisions", type=int, default=20)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        store = make_project(Path(tmp), args.events)
        candidates = with_candidates(store)
        console = Console(file=io.StringIO(), width=80, color_system=None)
        answers: list[str] = []
        session = review.Session.open(store, Path(tmp) / "seeds", console, lambda _: answers.pop(0))
        times = []
        started = time.perf_counter()
        for _ in range(args.decisions):
            event = session.events[session.todo[0]]
            answers[:] = ["r", "benchmark: not an event"]
            decided = time.perf_counter()
            session.step(event)
            console.print(session.card(session.events[session.todo[0]], len(session.todo)))
            times.append((time.perf_counter() - decided) * 1000)
        session._close()
        written = time.perf_counter() - started
        rejected = sum(1 for e in load_events(store) if e.status == "rejected")
    p90 = statistics.quantiles(times, n=10)[-1]
    print(f"store:            {args.events:,} events ({candidates:,} candidates)")
    print(
        f"next candidate:   median {statistics.median(times):.1f} ms, 90th percentile "
        f"{p90:.1f} ms, max {max(times):.1f} ms over {len(times)} decisions"
    )
    print(f"all written in:   {written:.1f} s ({rejected} rejected in the store)")
    ok = p90 < GOAL_MS and rejected == args.decisions
    print(f"goal:             90th percentile < {GOAL_MS:.0f} ms  {'ok' if ok else 'MISSED'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
