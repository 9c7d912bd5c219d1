"""Tense probes: does a date take the direction its verb's form gives it, for verbs in no list?

Each file `benchmarks/tense_probes/<lang>_<set>.jsonl` holds news sentences in the format
of `benchmarks/extract_eval/` (text, reference date, gold mentions), each with an
underspecified date ("в петък", "no sábado", "w marcu") whose value hangs on the verb's
tense. The sets: `_own` written by the tense work before it changed code, `_dev` and
`_held` written blind by someone who had not seen the code (the rules may be steered by
the failures of `_dev`, never of `_held`). Scored with `extract_eval.score_line`; the
number that matters is "right": gold mentions found with the right value and precision,
over all gold mentions (a missed mention counts as wrong).

    .venv/bin/python benchmarks/tense_probes.py [FILE ...] [--show] [--floor STEM=SHARE ...]

`--show` never lists the failures of a `_held` set (`_held`, `_held2`, ...) but those named
by `--released STEM`, a set the coordinator released to a session. With no FILE every set in
`benchmarks/tense_probes/` is scored. Exits 1 when a set named by `--floor` (its file
stem, such as `bg_held`) scores below its share, 2 when a file is missing or unreadable.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from extract_eval import Score, score_line

HERE = Path(__file__).resolve().parent / "tense_probes"


def score_file(path: Path) -> Score:
    """The score of one probe file; its language is the stem's prefix (`bg_dev` → bg)."""
    lang = path.stem.split("_", 1)[0]
    total = Score()
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            case = json.loads(line)
        except json.JSONDecodeError as err:
            raise SystemExit(f"{path}:{number}: not JSON ({err.msg}); fix the line") from None
        s = score_line(lang, case)
        total.add(s)
        total.misses.extend(s.misses)
    return total


def right(s: Score) -> float:
    """Gold mentions found with the right value, over all gold mentions."""
    return s.right_value / s.gold if s.gold else 1.0


def _floors(pairs: list[str]) -> dict[str, float]:
    out: dict[str, float] = {}
    for pair in pairs:
        stem, sep, share = pair.partition("=")
        try:
            out[stem] = float(share)
        except ValueError:
            sep = ""
        if not sep:
            print(f"tense_probes: --floor {pair!r}: write STEM=SHARE, e.g. bg_held=0.95")
            raise SystemExit(2)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("files", nargs="*", type=Path, help="probe files (default: all)")
    parser.add_argument(
        "--show", action="store_true", help="list wrong and missed mentions (never of a _held set)"
    )
    parser.add_argument(
        "--floor", action="append", default=[], help="STEM=SHARE, e.g. bg_held=0.95"
    )
    parser.add_argument(
        "--released",
        action="append",
        default=[],
        help="a held set whose failures --show may list, released by the coordinator (bg_held7)",
    )
    args = parser.parse_args()
    floors = _floors(args.floor)
    files = args.files or sorted(HERE.glob("*.jsonl"))
    missing = [str(p) for p in files if not p.is_file()] + [
        f"{stem}.jsonl" for stem in floors if stem not in {p.stem for p in files}
    ]
    if missing:
        print(f"tense_probes: no such probe file: {', '.join(missing)}")
        return 2
    failed = []
    for path in files:
        s = score_file(path)
        share = right(s)
        print(f"{path.stem:9} right {share:6.3f} ({s.right_value}/{s.gold})  {s.line('')[5:]}")
        held = "_held" in path.stem and path.stem not in args.released
        if args.show and s.misses and not held:
            print("\n".join(s.misses))
        floor = floors.get(path.stem)
        if floor is not None and share < floor:
            failed.append(f"{path.stem} {share:.3f} < {floor}")
    if failed:
        print("below the floor: " + "; ".join(failed))
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
