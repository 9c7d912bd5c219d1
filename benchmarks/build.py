"""What a build costs beyond extraction: 1,000 articles, build vs. extraction alone.

The five seeds are repeated 200 times with their `published` date shifted by a
day each time (so every copy resolves to other dates and proposes its own
candidates), into a temporary folder with a copy of the shipped store. Then, in
this one process, after a warm-up:

- extraction alone: read every article and find its mentions;
- build: the same, plus the lead sentences, matching against the store,
  inserting the candidates, verifying the new store and writing it.

Each is run `--rounds` times, alternately (the store is reset before every build); the best
time of each is compared. Goal: build <= 1.5 x extraction; the exit status is 1 when
it is missed.

    .venv/bin/python benchmarks/build.py [--articles 1000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

from timeline import build, extract
from timeline.seeds import front_matter_text, list_articles, read_article

ROOT = Path(__file__).resolve().parent.parent
GOAL = 1.5


def make_corpus(folder: Path, count: int) -> list[Path]:
    """`count` articles: the seeds again and again, each copy published one day later."""
    seeds = [read_article(p) for p in list_articles(ROOT / "seeds")]
    folder.mkdir(parents=True)
    for i in range(count):
        article = seeds[i % len(seeds)]
        meta = dict(article.meta)
        shift = dt.timedelta(days=i // len(seeds))
        if article.published is not None:
            meta["published"] = article.published + shift
        name = f"{i:04d}_{Path(article.name).stem.split('_', 1)[-1]}.txt"
        (folder / name).write_bytes(front_matter_text(meta).encode() + article.body_bytes)
    return list_articles(folder)


def extraction(paths: list[Path]) -> int:
    mentions = 0
    for path in paths:
        mentions += len(extract.find_mentions(read_article(path)))
    return mentions


def timed_build(store: Path, shipped: str, seeds: Path) -> tuple[float, build.Report]:
    store.write_text(shipped, encoding="utf-8")
    start = time.perf_counter()
    report = build.build(store, seeds)
    return time.perf_counter() - start, report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    shipped = (ROOT / "data" / "events.yaml").read_text(encoding="utf-8")
    with tempfile.TemporaryDirectory() as tmp:
        seeds = Path(tmp) / "seeds"
        paths = make_corpus(seeds, args.articles)
        store = Path(tmp) / "data" / "events.yaml"
        store.parent.mkdir()
        extraction(paths[:10])  # warm-up: imports, compiled rules
        extract_times, build_times = [], []
        report = None
        for _ in range(args.rounds):
            start = time.perf_counter()
            mentions = extraction(paths)
            extract_times.append(time.perf_counter() - start)
            seconds, report = timed_build(store, shipped, seeds)
            build_times.append(seconds)
        assert report is not None
        size = store.stat().st_size
    best_extract, best_build = min(extract_times), min(build_times)
    ratio = best_build / best_extract
    print(f"articles:        {len(paths)} ({mentions} mentions)")
    print(f"extraction only: {best_extract:.3f} s  (best of {args.rounds})")
    print(
        f"build:           {best_build:.3f} s  (best of {args.rounds}; {len(report.new)} "
        f"candidates written, store {size / 1e6:.1f} MB)"
    )
    print(f"ratio:           {ratio:.2f}  (goal <= {GOAL})  {'ok' if ratio <= GOAL else 'OVER'}")
    return 0 if ratio <= GOAL else 1


if __name__ == "__main__":
    sys.exit(main())
