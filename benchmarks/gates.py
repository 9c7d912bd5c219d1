"""Quality gates for CI: the Duckling corpora and every blind set must not fall below floors.

    .venv/bin/python benchmarks/gates.py [--shared ../shared] [--raise-floors]

Two measures, each compared with the floors in `benchmarks/floors.json` (today's numbers):

- the Duckling corpora (`<shared>/bench/score_parse.py`, run on `.venv/bin/timeline
  parse` through `duckling_labels.py`, which gives a range or a season Duckling's name for
  its grain instead of the contract's `interval`/`season`): correct rows per language, both
  as scored by default (the start day) and with `--check-end` (the last day too);
- every set of `benchmarks/extract_eval/` (`extract_eval.py`): precision, recall and the
  gold mentions found with the right value and precision ("right", right values over gold
  mentions) per language and set. The share of right values among the found ones is not
  gated: a rule that finds more mentions, most of them right, would lower it.

The rows stay where they are (the corpora in ../shared, the sets beside this script): this
only reads their scores. Exit 0 when every number is at or above its floor, 1 when one is
below (each named on its own line), 2 when a scorer cannot run or its data is missing.
`--raise-floors` writes today's numbers as the new floors, refusing when one is lower.
"""

from __future__ import annotations

import argparse
import json
import shlex
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import extract_eval  # noqa: E402

FLOORS = ROOT / "benchmarks" / "floors.json"
TOLERANCE = 1e-9

Scores = dict[str, dict[str, dict[str, float]]]
"""measure -> part (a language, or set/language) -> metric -> number."""


def find_shared() -> Path:
    """The `shared` folder beside the repository (../shared), or beside a folder above it
    (a worktree under /work/wt/<name> shares /work/shared)."""
    for folder in ROOT.parents:
        if (folder / "shared" / "bench" / "score_parse.py").is_file():
            return folder / "shared"
    return ROOT.parent / "shared"


def duckling(shared: Path, timeline: str, check_end: bool) -> dict[str, dict[str, float]]:
    """Correct rows per language from the shared Duckling scorer."""
    scorer = shared / "bench" / "score_parse.py"
    if not scorer.is_file():
        raise FileNotFoundError(f"{scorer}: the Duckling scorer is missing (pass --shared)")
    cmd = [sys.executable, str(scorer), "--cmd", timeline, "--json"]
    if check_end:
        cmd.append("--check-end")
    run = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if run.returncode != 0:
        raise RuntimeError(f"{scorer}: exit {run.returncode}: {run.stderr.strip()[-400:]}")
    per_lang = json.loads(run.stdout)["per_lang"]
    return {lang: {"correct": float(row["correct"])} for lang, row in per_lang.items()}


def blind_sets() -> dict[str, dict[str, float]]:
    """Precision, recall and right values of every eval set, per language."""
    out: dict[str, dict[str, float]] = {}
    for suffix in extract_eval.suffixes():
        for lang in extract_eval.LANGS:
            if not (extract_eval.HERE / f"{lang}{suffix}.jsonl").exists():
                continue  # a set of some languages only
            s = extract_eval.score_language(lang, suffix)
            out[f"{lang}{suffix}"] = {
                "precision": s.matched / s.found if s.found else 1.0,
                "recall": s.matched / s.gold if s.gold else 1.0,
                "right": s.right_value / s.gold if s.gold else 1.0,
            }
    return out


def measure(shared: Path, timeline: str) -> Scores:
    return {
        "duckling": duckling(shared, timeline, check_end=False),
        "duckling --check-end": duckling(shared, timeline, check_end=True),
        "extract_eval": blind_sets(),
    }


def below(scores: Scores, floors: Scores) -> list[str]:
    """Every number under its floor, and every floor with no number (a set gone missing)."""
    out = []
    for name, parts in floors.items():
        for part, metrics in parts.items():
            for metric, floor in metrics.items():
                got = scores.get(name, {}).get(part, {}).get(metric)
                if got is None:
                    out.append(f"{name} {part} {metric}: no score (floor {floor:.4g})")
                elif got < floor - TOLERANCE:
                    out.append(f"{name} {part} {metric}: {got:.4g} < floor {floor:.4g}")
    return out


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=find_shared())
    parser.add_argument(
        "--timeline",
        default=shlex.join([sys.executable, str(ROOT / "benchmarks" / "duckling_labels.py")]),
        help="the parse command the Duckling scorer runs (default: timeline parse with "
        "Duckling's grain names for ranges and seasons)",
    )
    parser.add_argument("--raise-floors", action="store_true", help="write today's numbers")
    args = parser.parse_args(argv)
    try:
        scores = measure(args.shared, args.timeline)
    except (OSError, RuntimeError, ValueError) as err:
        print(f"gates: {err}", file=sys.stderr)
        return 2
    floors: Scores = json.loads(FLOORS.read_text(encoding="utf-8")) if FLOORS.exists() else {}
    failed = below(scores, floors)
    for line in failed:
        print(f"below floor: {line}")
    if args.raise_floors:
        if failed:
            print(f"{FLOORS}: not raised, numbers are below their floors", file=sys.stderr)
            return 1
        FLOORS.write_text(json.dumps(scores, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    checked = sum(len(m) for parts in floors.values() for m in parts.values())
    print(f"gates: {checked} floors checked, {len(failed)} below")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
