"""Extraction time against the text's length: ten times the text must take at most 12x the time.

Hostile or careless input (issue 14) once made extraction quadratic: a 40 KB run of
`na quinta-feira ` took 72 s, a 55 KB date-dense article 54 s, because each mention's
reading looked at its whole sentence. This runs `extract.mentions_in` over texts of
N and 10 N characters (N = 5,500 by default, so 10 N is the 55 KB of the report), in
this one process, best of `--rounds`, and prints the ratio of the two times for each
kind of text:

- run: `na quinta-feira ` repeated, one sentence with a mention every 16 characters;
- commas: day, weekday and year mentions between commas, no full stop;
- nodots: the evaluation sentences of each language run together without full stops;
- dense: the evaluation sentences as written, one paragraph.

Exit status 1 when any ratio exceeds 12 (linear growth, with noise).

    .venv/bin/python benchmarks/linearity.py [--size 5500] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
import time
from pathlib import Path

from timeline.extract import mentions_in

GOAL = 12.0
ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT / "benchmarks" / "extract_eval"
REF = dt.date(2025, 7, 13)


def eval_text(lang: str, dots: bool) -> str:
    """The evaluation sentences of a language, one after the other in one paragraph."""
    texts = [
        json.loads(line)["text"]
        for path in sorted(EVAL.glob(f"{lang}*.jsonl"))
        for line in path.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    return " ".join(t if dots else t.rstrip(".!?") for t in texts)


def kinds() -> list[tuple[str, str, str]]:
    """(name, language, unit of text repeated to the size wanted)."""
    out = [
        ("run", "pt", "na quinta-feira "),
        ("commas", "pt", "em 12 de março de 2024, na segunda-feira, no ano passado, "),
    ]
    for lang in ("pt", "ro", "bg", "pl"):
        out.append((f"nodots-{lang}", lang, eval_text(lang, dots=False)))
    out.append(("dense-pt", "pt", eval_text("pt", dots=True)))
    return out


def timed(text: str, lang: str, rounds: int) -> tuple[float, int]:
    best = float("inf")
    found = 0
    for _ in range(rounds):
        start = time.perf_counter()
        found = sum(1 for _ in mentions_in(text, lang, REF))
        best = min(best, time.perf_counter() - start)
    return best, found


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=5500, help="N, the shorter text's length")
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    mentions_in("na quinta-feira", "pt", REF)  # warm: imports and compiled patterns
    failed = 0
    print(f"{'text':12} {'N':>7} {'10 N':>7} {'mentions':>9} {'t(N) s':>8} {'t(10N) s':>9} ratio")
    for name, lang, unit in kinds():
        sizes = (args.size, 10 * args.size)
        texts = [(unit * (n // len(unit) + 1))[:n] for n in sizes]
        (short, _), (long, found) = (timed(t, lang, args.rounds) for t in texts)
        ratio = long / short
        verdict = "ok" if ratio <= GOAL else f"MISSED (goal {GOAL:.0f})"
        failed += ratio > GOAL
        print(
            f"{name:12} {sizes[0]:7,} {sizes[1]:7,} {found:9,} {short:8.3f} {long:9.3f} "
            f"{ratio:5.1f} {verdict}"
        )
    outcome = "MISSED" if failed else "met"
    print(f"goal: 10x the text in at most {GOAL:.0f}x the time: {outcome}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
