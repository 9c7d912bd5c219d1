"""What `timeline check` costs, against PyYAML's pure-Python `safe_load` of the same file.

In a temporary folder this generates articles (YAML front matter with their
sha256, then sentences in pt, pl, ro and bg that hold the shipped store's date
expressions) and a store of `--events` events with two sources each, every
source quoting its own sentence, its `resolved` computed by the resolver, the
events in chronological order: a sound store, so every rule does all its work.

Then, in this one process:

- check: `timeline.check.run()` plus the parsable report, in-process: the same
  library calls `timeline check` makes, without the interpreter's start-up;
- safe_load: `yaml.load(text, Loader=yaml.SafeLoader)` of the same file.

It prints check / safe_load (goal: at most 1.0) and, unless --no-growth, the
time of check on a store ten times larger (ten times the articles too): the
growth from N to 10 N events must be at most 12 (linear). --cli also times
`timeline check` as a subprocess, start-up included, for information.

    .venv/bin/python benchmarks/check.py [--events 10000] [--no-growth] [--cli]
"""

from __future__ import annotations

import argparse
import datetime as dt
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

from timeline import check, dates
from timeline.check import reporters
from timeline.seeds import body_sha256
from timeline.tense import direction

RATIO_GOAL = 1.0
GROWTH_GOAL = 12.0
SENTENCES = 100
"""Sentences per article; every source quotes a sentence of its own."""

# (language, expression, sentence holding it): the shipped store's expressions.
TEMPLATES: dict[str, list[tuple[str, str]]] = {
    "pt": [
        ("no sábado", "Kim e Lavrov se conheceram no sábado em Wonsan, segundo a nota {n}."),
        ("em junho", "O acordo foi assinado com Putin em junho, segundo a nota {n}."),
        ("em 30 de novembro", "Kim recebeu o ministro em 30 de novembro, segundo a nota {n}."),
    ],
    "pl": [("w środę", "Putin powitał w środę przywódcę Korei Północnej, notatka {n}.")],
    "ro": [("Anul trecut", "Anul trecut, Rusia și Coreea de Nord au semnat un acord, nota {n}.")],
    "bg": [("от 2024 г.", "Двете страни са обвързани с договор от 2024 г., бележка {n}.")],
}
LANGS = tuple(TEMPLATES)


def article_text(index: int) -> tuple[str, dt.date, list[tuple[str, str]]]:
    """An article's file text, its publication date, and its (expression, sentence) pairs."""
    lang = LANGS[index % len(LANGS)]
    published = dt.date(2024, 12, 1) + dt.timedelta(days=index % 300)
    choices = TEMPLATES[lang]
    pairs = []
    for j in range(SENTENCES):
        expression, template = choices[(j // 2) % len(choices)]  # an event quotes a pair
        pairs.append((expression, template.format(n=f"{index}-{j}")))
    body = "\n".join(sentence for _, sentence in pairs) + "\n"
    front = (
        f"---\npublished: {published.isoformat()}\nlang: {lang}\n"
        f"title: Generated article {index}\nsha256: {body_sha256(body.encode())}\n---\n"
    )
    return front + body, published, pairs


def make_project(root: Path, events: int) -> Path:
    """seeds/ and data/events.yaml for `events` events with two sources each."""
    seeds = root / "seeds"
    seeds.mkdir(parents=True)
    (root / "data").mkdir()
    count = max(1, (2 * events + SENTENCES - 1) // SENTENCES)
    articles = []
    for i in range(count):
        text, published, pairs = article_text(i)
        name = f"{i:05d}_generated.txt"
        (seeds / name).write_text(text, encoding="utf-8")
        articles.append((name, LANGS[i % len(LANGS)], published, pairs))
    rows = [_event(i, articles) for i in range(events)]
    rows.sort(key=lambda r: (r[0].start, r[0].end, r[1]))
    store = root / "data" / "events.yaml"
    store.write_text("events:\n" + "\n".join(r[2] for r in rows), encoding="utf-8")
    return store


def _event(i: int, articles: list[tuple[str, str, dt.date, list[tuple[str, str]]]]) -> tuple:
    """One event's (date, id, YAML text): two sentences of one article, so one date."""
    slot = 2 * i
    name, lang, published, pairs = articles[slot // SENTENCES]
    sources = []
    value = None
    for k in range(2):
        expression, sentence = pairs[(slot + k) % SENTENCES]
        value = dates.resolve(expression, lang, published, direction(sentence, lang))
        if value is None:  # a language whose rules are not written yet: date by publication
            value = dates.resolve(published.isoformat(), "en", published) or _day(published)
            expression = ""
        expr_line = f"        expression: {expression}\n" if expression else ""
        sources.append(
            f"      - seed: {name}\n        lang: {lang}\n{expr_line}"
            f'        resolved: "{value.store_value()}"\n        quote: "{sentence}"\n'
        )
    assert value is not None
    event_id = f"event-{i:06d}"
    text = (
        f'  - id: {event_id}\n    date: "{value.store_value()}"\n'
        f"    title: Generated event {i}\n    status: confirmed\n    tags: [generated]\n"
        f"    sources:\n{''.join(sources)}"
    )
    return (value, event_id, text)


def _day(d: dt.date) -> dates.EdtfDate:
    from timeline.model import day

    return day(d)


ROUNDS = 2
"""Each measurement is the best of this many runs: the machines are shared and noisy."""


def time_check(store: Path) -> tuple[float, check.Report]:
    best, report = float("inf"), None
    for _ in range(ROUNDS):
        started = time.perf_counter()
        report = check.run(store, store.parent.parent / "seeds")
        reporters.parsable(report)
        best = min(best, time.perf_counter() - started)
    assert report is not None
    return best, report


def time_safe_load(store: Path) -> float:
    text = store.read_text(encoding="utf-8")
    best = float("inf")
    for _ in range(ROUNDS):
        started = time.perf_counter()
        yaml.load(text, Loader=yaml.SafeLoader)
        best = min(best, time.perf_counter() - started)
    return best


def time_cli(store: Path) -> float:
    exe = Path(sys.executable).parent / "timeline"
    started = time.perf_counter()
    subprocess.run(
        [str(exe), "check", "--store", str(store), "-f", "parsable"],
        capture_output=True,
        check=False,
    )
    return time.perf_counter() - started


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=10_000)
    parser.add_argument("--no-growth", action="store_true", help="Skip the 10x larger store.")
    parser.add_argument("--cli", action="store_true", help="Also time the CLI as a subprocess.")
    args = parser.parse_args()
    ok = True
    with tempfile.TemporaryDirectory(prefix="timeline-check-bench-") as tmp:
        store = make_project(Path(tmp) / "small", args.events)
        size = store.stat().st_size / 1e6
        t_check, report = time_check(store)
        t_load = time_safe_load(store)
        ratio = t_check / t_load
        ok &= ratio <= RATIO_GOAL
        print(f"store: {report.summary()} ({size:.1f} MB)")
        print(f"check (in-process): {t_check:.2f} s; yaml.load SafeLoader: {t_load:.2f} s")
        print(f"ratio check/safe_load: {ratio:.2f} (goal <= {RATIO_GOAL})")
        if args.cli:
            print(f"timeline check as a subprocess (start-up included): {time_cli(store):.2f} s")
        if not args.no_growth:
            big = make_project(Path(tmp) / "big", 10 * args.events)
            t_big, big_report = time_check(big)
            growth = t_big / t_check
            ok &= growth <= GROWTH_GOAL
            print(f"store: {big_report.summary()}; check {t_big:.2f} s")
            print(
                f"growth {args.events:,} -> {10 * args.events:,} events: {growth:.1f}x "
                f"(goal <= {GROWTH_GOAL:.0f}x)"
            )
    print("OK" if ok else "GOAL MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
