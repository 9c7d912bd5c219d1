"""Extraction throughput: timeline's mention finder against dateparser's search_dates.

Both run over the same articles (the shipped seeds) in the same process, warm (each
timed run follows an untimed one of the same job), best of several rounds taken in turns;
the ratio is what to read (machines here are shared and noisy). Goal: timeline at least 10
times faster. `make` compiles the engine's four hottest modules (timeline/_native.py); the
script says which engine it measured, and `TIMELINE_PURE=1` measures the Python one.

    .venv/bin/python benchmarks/extract.py [--rounds 10] [--min-ratio 10]

Exits 1 when the ratio is below the goal.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

from timeline.extract import find_mentions
from timeline.seeds import Article, list_articles, read_article

ROOT = Path(__file__).resolve().parent.parent
GOAL = 10.0
"""The issue's budget: at least ten times faster than dateparser's search_dates."""


def _engine() -> str:
    """How the extraction modules run here: compiled by `make` (timeline/_native.py) or as
    Python (no build, a source edited since, `TIMELINE_PURE=1`)."""
    loaded = sys.modules["timeline.extract"].__file__ or ""
    return "compiled (mypyc)" if not loaded.endswith(".py") else "Python"


def ours(articles: list[Article]) -> int:
    return sum(len(find_mentions(a)) for a in articles)


def dateparser_search(articles: list[Article]) -> int:
    from dateparser.search import search_dates

    found = 0
    for a in articles:
        ref = dt.datetime.combine(a.published or dt.date.today(), dt.time())
        hits = search_dates(a.body, languages=[a.lang or "en"], settings={"RELATIVE_BASE": ref})
        found += len(hits or [])
    return found


def best_of(
    rounds: int, jobs: list[Callable[[list[Article]], int]], articles: list[Article]
) -> list[float]:
    """Each job's best time, the jobs taking turns round by round, so that a burst of
    load on a shared machine falls on both sides of the ratio alike.

    In each turn a job runs once untimed before its timed run: the other job has just
    filled the processor's caches with its own code and data, and a process that extracts
    dates runs only its own (run straight after dateparser, extraction takes about a sixth
    longer). Each side is timed warm, as `timeit` times a statement."""
    for job in jobs:
        job(articles)  # warm: imports, compiled patterns, caches
    best = [float("inf")] * len(jobs)
    for _ in range(rounds):
        for i, job in enumerate(jobs):
            job(articles)
            start = time.perf_counter()
            job(articles)
            best[i] = min(best[i], time.perf_counter() - start)
    return best


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=10)
    parser.add_argument("--min-ratio", type=float, default=GOAL, help="exit 1 below this ratio")
    args = parser.parse_args()
    articles = [read_article(p) for p in list_articles(ROOT / "seeds")]
    t_ours, t_dp = best_of(args.rounds, [ours, dateparser_search], articles)
    n = len(articles)
    counts = f"timeline {ours(articles)}, dateparser {dateparser_search(articles)}"
    print(f"articles: {n}; mentions found: {counts}")
    print(f"engine: {_engine()}")
    print(f"timeline.extract:            {t_ours * 1000 / n:8.2f} ms/article")
    print(f"dateparser.search_dates:     {t_dp * 1000 / n:8.2f} ms/article")
    ratio = t_dp / t_ours
    print(f"ratio (dateparser/timeline): {ratio:8.1f}x  (goal >= {args.min_ratio:g})")
    if ratio < args.min_ratio:
        print(f"goal missed: {ratio:.1f}x < {args.min_ratio:g}x", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
