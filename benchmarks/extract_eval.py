"""Mention finding on news sentences nobody tuned the rules on: precision, recall, values.

`benchmarks/extract_eval/<lang>.jsonl` holds hand-written wire-copy sentences (one or two
per line) with the date mentions a careful editor would pick out, each with its EDTF value
and precision (see `extract_eval/README.md` for the decisions behind the gold answers).
This runs `timeline.extract.mentions_in` over each sentence with its reference date and
compares:

- a found mention matches a gold one when their character spans overlap (same sentence,
  one to one); precision = matched / found, recall = matched / gold;
- value = share of matched mentions whose value and precision are both right
  ("strict" divides by everything found, false mentions counting as wrong);
- text = share of matched mentions whose words are exactly the gold words (the
  preposition is part of a mention: "w środę", "em junho"): reported, not scored.

    .venv/bin/python benchmarks/extract_eval.py [--lang pl] [--suffix _2] [--show]

The sets are `<lang><suffix>.jsonl`: "" is the first set (the rules were tuned on it, so
its score overstates), "_2" the second, written blind and scored before fixing. With no
`--suffix` every set is scored, each separately and then together, so a fix that helps
one set and hurts the other shows.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from timeline.extract import Mention, mentions_in

HERE = Path(__file__).resolve().parent / "extract_eval"
LANGS = ("ro", "bg", "pl", "pt")


@dataclass(frozen=True, slots=True)
class Gold:
    text: str
    start: int
    end: int
    value: str
    precision: str


@dataclass(slots=True)
class Score:
    """Counts for one language, and the lines worth reading when something is off."""

    found: int = 0
    gold: int = 0
    matched: int = 0
    right_value: int = 0
    same_text: int = 0
    misses: list[str] = field(default_factory=list)

    def line(self, name: str) -> str:
        p = self.matched / self.found if self.found else 1.0
        r = self.matched / self.gold if self.gold else 1.0
        v = self.right_value / self.matched if self.matched else 1.0
        strict = self.right_value / self.found if self.found else 1.0
        t = self.same_text / self.matched if self.matched else 1.0
        return (
            f"{name:4} precision {p:6.3f} ({self.matched}/{self.found})  "
            f"recall {r:6.3f} ({self.matched}/{self.gold})  "
            f"value {v:6.3f} ({self.right_value}/{self.matched}, strict {strict:.3f})  "
            f"text {t:6.3f} ({self.same_text}/{self.matched})"
        )

    def add(self, other: Score) -> None:
        self.found += other.found
        self.gold += other.gold
        self.matched += other.matched
        self.right_value += other.right_value
        self.same_text += other.same_text


def gold_spans(text: str, mentions: list[dict[str, str]]) -> list[Gold]:
    """Place each gold mention in its sentence: the next occurrence after the previous one,
    as a whole word where it stands as one ("ieri" is not the end of "negocierile")."""
    out: list[Gold] = []
    at = 0
    for m in mentions:
        start = _occurrence(text, m["text"], at)
        if start < 0:
            raise ValueError(f"gold mention {m['text']!r} is not in {text!r}")
        end = start + len(m["text"])
        out.append(Gold(m["text"], start, end, m["value"], m["precision"]))
        at = end
    return out


def _occurrence(text: str, wanted: str, at: int) -> int:
    """Where `wanted` stands in `text`: its first whole-word occurrence from `at`, else from
    the start, else its first occurrence inside a word from `at`, else from the start; -1
    when it is not there."""
    whole = re.compile(r"(?<!\w)" + re.escape(wanted) + r"(?!\w)")
    for found in (whole.search(text, at), whole.search(text)):
        if found is not None:
            return found.start()
    start = text.find(wanted, at)
    return start if start >= 0 else text.find(wanted)


def _value(m: Mention) -> tuple[str | None, str | None]:
    return (m.value.value, m.value.precision) if m.value is not None else (None, None)


def score_line(lang: str, case: dict[str, object]) -> Score:
    """Match one sentence's found mentions to its gold ones by overlapping span."""
    text = str(case["text"])
    ref = dt.date.fromisoformat(str(case["ref"]))
    raw = case["mentions"]
    assert isinstance(raw, list)
    golds = gold_spans(text, raw)
    found = list(mentions_in(text, lang, ref))
    s = Score(found=len(found), gold=len(golds))
    used: set[int] = set()
    for f in found:
        hit = next(
            (
                i
                for i, g in enumerate(golds)
                if i not in used and f.start < g.end and g.start < f.end
            ),
            None,
        )
        value, precision = _value(f)
        if hit is None:
            s.misses.append(f"  FALSE  {f.text!r} -> {value} ({precision})\n         {text}")
            continue
        used.add(hit)
        g = golds[hit]
        s.matched += 1
        if (value, precision) == (g.value, g.precision):
            s.right_value += 1
        else:
            s.misses.append(
                f"  VALUE  {f.text!r} -> {value} ({precision}), gold {g.value} ({g.precision})"
                f" ref {case['ref']}\n         {text}"
            )
        if f.text == g.text:
            s.same_text += 1
        else:
            s.misses.append(f"  TEXT   {f.text!r}, gold {g.text!r}")
    for i, g in enumerate(golds):
        if i not in used:
            s.misses.append(f"  MISSED {g.text!r} = {g.value} ({g.precision})\n         {text}")
    return s


def suffixes() -> list[str]:
    """The sets present: "" for `<lang>.jsonl`, "_2" for `<lang>_2.jsonl`, and so on (a set
    may hold some languages only)."""
    found = {p.stem[2:] for lang in LANGS for p in HERE.glob(f"{lang}*.jsonl")}
    return sorted(found, key=lambda s: (s != "", s))


def score_language(lang: str, suffix: str = "") -> Score:
    total = Score()
    for line in (HERE / f"{lang}{suffix}.jsonl").read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        s = score_line(lang, json.loads(line))
        total.add(s)
        total.misses.extend(s.misses)
    return total


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lang", choices=LANGS, action="append", help="only these languages")
    parser.add_argument(
        "--suffix",
        action="append",
        help='only these sets: "" is <lang>.jsonl, "_2" is <lang>_2.jsonl (default: all)',
    )
    parser.add_argument("--show", action="store_true", help="list false, missed, wrong mentions")
    args = parser.parse_args()
    langs = args.lang or LANGS
    sets = args.suffix if args.suffix is not None else suffixes()
    together = {lang: Score() for lang in langs}
    for suffix in sets:
        if len(sets) > 1:
            print(f"set {suffix or '(first)'}")
        overall = Score()
        for lang in langs:
            if not (HERE / f"{lang}{suffix}.jsonl").exists():
                continue  # a set of some languages only (set 22: bg and ro)
            s = score_language(lang, suffix)
            print(s.line(lang))
            if args.show and s.misses:
                print("\n".join(s.misses))
            overall.add(s)
            together[lang].add(s)
        print(overall.line("all"))
    if len(sets) > 1:
        print("all sets")
        overall = Score()
        for lang in langs:
            print(together[lang].line(lang))
            overall.add(together[lang])
        print(overall.line("all"))


if __name__ == "__main__":
    main()
