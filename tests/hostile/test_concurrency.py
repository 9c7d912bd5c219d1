"""Issue 14, item 1 (acceptance): every writer runs in parallel against one store, 20 times.

Each round starts, at the same moment and as real processes (`python -m timeline`),
every command that writes: `build`, `check --fix`, `add`, and the curation commands
`confirm`, `reject`, `merge`, `edit`, a scripted `review` decision and `seed set-date`.
The round's store (made once, by the real CLI, from the real seeds and store) gives each
of them its own work:

- `build`: the Beijing parade's event is missing (its two leads come back as candidates),
  and article 005 (added with a wrong date) was never built;
- `check --fix`: two events are out of order;
- `confirm`, `reject`, `merge`, `review`: a candidate each, built from the real seeds
  (the review rejects the first candidate it shows, which no other command touches);
- `edit`: a confirmed event's title; `seed set-date`: article 005's date, which its
  candidates follow when the build wrote them first;
- `add`: a new article.

Every run must either complete (exit 0) or be refused with the lock message (exit 2,
one line), and the final store must hold every write that reported success and pass
`check` (no error but the order, when `check --fix` was the one refused). Before the lock
was shared, `check --fix` run during a build silently dropped the build's candidates; and
a build that had read article 005 before `seed set-date` changed it wrote candidates
resolved from the old date (it now reads changed articles again under the lock).
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.conftest import SEEDS, STORE
from tests.hostile.helpers import HANG, article, timeline
from timeline.model import Event
from timeline.store import load_events

ROUNDS = 20
EDITED = "Kim receives Lavrov (title set by a curator during the round)"
NEW_ARTICLE = article(
    "Kim Jong-un visitou a fábrica de mísseis na terça-feira, informou a agência KCNA.\n",
    "published: 2025-07-18\nlang: pt\n",
)
MENDED_BODY = (
    "O ministro russo da Defesa chegou a Pyongyang na terça-feira para conversações com "
    "Kim Jong-un, informou a agência KCNA.\n\nOntem, os dois lados assinaram um memorando "
    "sobre cooperação militar, segundo a agência.\n"
)
"""Article 005: added as published 2025-07-10 (a Thursday); `seed set-date` makes it 07-18,
so its Tuesday moves from 07-08 to 07-15 and its "yesterday" from 07-09 to 07-17."""
MENDED_DATE = "2025-07-18"
WITHDRAWN = (
    "russia-invades-ukraine-2022",
    "kim-arrives-in-russia-2023",
    "north-korea-missile-launch-2023",
    "belousov-visit-2024",
)
"""Events taken out of the store before the template's build: their sources come back as
the candidates the curation commands decide."""
CONFIRMED = ("2023-09-12-we-wtorek-002", "Kim Jong-un arrives in Russia by train", ["diplomacy"])
REJECTED = ("2024-11-30-em-30-de-novembro-003", "decided in a concurrency round")
MERGED = ("2023-09-13-w-srode-002", "vostochny-summit-2023")
REVIEWED = ("2022-in-2022-000", "a year, no event (scripted review)")
OUT_OF_ORDER = ("pyongyang-acknowledges-troops-2025", "workers-to-rebuild-kursk-2025")


def _blocks(text: str) -> list[str]:
    return re.split(r"(?m)^(?=  - id: )", text)


def _without(text: str, ids: tuple[str, ...]) -> str:
    return "".join(b for b in _blocks(text) if not any(b.startswith(f"  - id: {i}\n") for i in ids))


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The round's project, made once with the real CLI (see the module's docstring)."""
    root = tmp_path_factory.mktemp("concurrency") / "template"
    shutil.copytree(SEEDS, root / "seeds")
    shutil.copytree(STORE.parent, root / "data")
    store = root / "data" / "events.yaml"
    store.write_text(_without(store.read_text(encoding="utf-8"), WITHDRAWN), encoding="utf-8")
    built = timeline("build", cwd=root)
    assert built.returncode == 0 and "5 new became 5 candidates" in built.stdout, built
    (root / "mended.txt").write_text(MENDED_BODY, encoding="utf-8")
    added = timeline("add", "mended.txt", "--lang", "pt", "--published", "2025-07-10", cwd=root)
    assert added.returncode == 0 and "added seeds/005_" in added.stdout, added
    (root / "mended.txt").unlink()
    blocks = _blocks(_without(store.read_text(encoding="utf-8"), ("beijing-parade-2025",)))
    at = [
        next(k for k, b in enumerate(blocks) if b.startswith(f"  - id: {i}\n"))
        for i in OUT_OF_ORDER
    ]
    blocks[at[0]], blocks[at[1]] = blocks[at[1]], blocks[at[0]]
    store.write_text("".join(blocks), encoding="utf-8")
    (root / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")
    events = {e.id: e for e in load_events(store)}
    for candidate in (CONFIRMED[0], REJECTED[0], MERGED[0], REVIEWED[0]):
        assert events[candidate].status == "candidate", candidate
    assert next(e.id for e in load_events(store) if e.status == "candidate") == REVIEWED[0]
    return root


def _start(root: Path, *args: str, stdin: str | None = None) -> subprocess.Popen[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    return subprocess.Popen(
        [sys.executable, "-m", "timeline", *args],
        cwd=root,
        env=env,
        stdin=subprocess.PIPE if stdin is not None else subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _refused(stderr: str) -> bool:
    """One line naming the lock. The holder is named when it has written its name yet; in
    the instant between its `flock` and that write, it is "another timeline command"."""
    lines = stderr.strip().splitlines()
    return (
        len(lines) == 1
        and lines[0].startswith("timeline: error: data/events.yaml.lock: locked by ")
        and re.search(r"locked by (`timeline [^`]+`|another timeline command)", lines[0])
        is not None
    )


def _commands(seed: str) -> dict[str, tuple[tuple[str, ...], str | None]]:
    review_keys = f"r\n{REVIEWED[1]}\nq\n"
    return {
        "build": (("build",), None),
        "check --fix": (("check", "--fix", "--format", "parsable"), None),
        "add": (("add", "new.txt"), None),
        "edit": (("edit", "lavrov-visit-2025", "--title", EDITED), None),
        "confirm": (
            ("confirm", CONFIRMED[0], "--title", CONFIRMED[1], "--tag", ",".join(CONFIRMED[2])),
            None,
        ),
        "reject": (("reject", REJECTED[0], "--note", REJECTED[1]), None),
        "merge": (("merge", MERGED[0], "--into", MERGED[1]), None),
        "review": (("review",), review_keys),
        "seed set-date": (("seed", "set-date", seed, MENDED_DATE), None),
    }


Run = tuple[int, str, str]
"""Exit code, standard output, standard error."""


def _round(root: Path, seed: str) -> dict[str, Run]:
    started = {
        name: (_start(root, *args, stdin=keys), keys)
        for name, (args, keys) in _commands(seed).items()
    }
    results = {}
    for name, (process, keys) in started.items():
        out, err = process.communicate(keys, timeout=HANG)
        results[name] = (process.returncode, out, err)
    return results


def _final_check(root: Path) -> dict[str, list[str]]:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "check", "--format", "json"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=HANG,
        check=False,
    )
    report = json.loads(done.stdout)
    errors: dict[str, list[str]] = {}
    for problem in report["problems"]:
        if problem["level"] == "error":
            errors.setdefault(problem["rule"], []).append(problem["message"])
    return errors


def _kept(
    root: Path, seed: str, results: dict[str, Run], before: int
) -> dict[str, Callable[[], bool]]:
    """For each command, whether the store (and seeds) hold its write."""
    store = root / "data" / "events.yaml"
    text = store.read_text(encoding="utf-8")
    events = {e.id: e for e in load_events(store)}
    mended = (root / "seeds" / seed).read_text(encoding="utf-8")

    def confirmed(e: Event | None) -> bool:
        return (
            e is not None
            and (e.status, e.title, e.tags) == ("confirmed", CONFIRMED[1], CONFIRMED[2])
            and e.kind is None
            and not e.may_be
        )

    def merged() -> bool:
        into = events[MERGED[1]]
        quotes = [s.quote or "" for s in into.sources]
        return MERGED[0] not in events and any("wystrzeliła w środę" in q for q in quotes)

    def built() -> bool:
        summary = results["build"][1].strip().splitlines()[-1]
        match = re.search(r"new became (\d+) candidates?", summary)
        assert match, summary
        new = int(match.group(1))
        merged_away = 1 if results["merge"][0] == 0 else 0
        own = [e for e in events.values() if any(s.seed == seed for s in e.sources)]
        return (
            new >= 4  # the parade's two leads and article 005's two dates (and maybe new.txt's)
            and len(events) == before + new - merged_away
            and {"2025-09-03-published-000", "2025-09-03-published-001"} <= set(events)
            and len(own) == 2
        )

    def added() -> bool:
        path = root / results["add"][1].split()[1]
        body = path.read_text(encoding="utf-8") if path.parent.name == "seeds" else ""
        return body.endswith("informou a agência KCNA.\n")

    return {
        "build": built,
        "check --fix": lambda: "fixed: 2 events" in results["check --fix"][2],
        "add": added,
        "edit": lambda: f"title: {EDITED}\n" in text,
        "confirm": lambda: confirmed(events.get(CONFIRMED[0])),
        "reject": lambda: (
            (events[REJECTED[0]].status, events[REJECTED[0]].note) == ("rejected", REJECTED[1])
        ),
        "merge": merged,
        "review": lambda: (
            f"rejected {REVIEWED[0]}" in results["review"][1]
            and "1 decision written." in results["review"][1]
            and (events[REVIEWED[0]].status, events[REVIEWED[0]].note) == ("rejected", REVIEWED[1])
        ),
        "seed set-date": lambda: f"\npublished: {MENDED_DATE}\n" in mended,
    }


def _untouched(root: Path, seed: str, before: int) -> dict[str, Callable[[], bool]]:
    """For each command, whether what it would have written is absent (it was refused)."""
    store = root / "data" / "events.yaml"
    text = store.read_text(encoding="utf-8")
    events = {e.id: e for e in load_events(store)}
    mended = (root / "seeds" / seed).read_text(encoding="utf-8")
    seeds = sorted(p.name for p in (root / "seeds").iterdir())

    def candidate(event_id: str) -> bool:
        return event_id in events and events[event_id].status == "candidate"

    return {
        "build": lambda: (
            "2025-09-03-published" not in text
            and not any(s.seed == seed for e in events.values() for s in e.sources)
        ),
        "check --fix": lambda: True,  # the order problem left is asserted by the final check
        "add": lambda: len(seeds) == 6,
        "edit": lambda: EDITED not in text,
        "confirm": lambda: candidate(CONFIRMED[0]),
        "reject": lambda: candidate(REJECTED[0]),
        "merge": lambda: candidate(MERGED[0]),
        "review": lambda: candidate(REVIEWED[0]),
        "seed set-date": lambda: "\npublished: 2025-07-10\n" in mended,
    }


def test_every_writer_in_parallel_loses_nothing(template: Path, tmp_path: Path) -> None:
    seed = next(p.name for p in (template / "seeds").iterdir() if p.name.startswith("005_"))
    before = len(load_events(template / "data" / "events.yaml"))
    outcomes = {name: [0, 0] for name in _commands(seed)}
    for round_ in range(ROUNDS):
        root = tmp_path / f"round{round_}"
        shutil.copytree(template, root)
        results = _round(root, seed)
        for name, (code, _out, err) in results.items():
            assert "Traceback" not in err, (round_, name, err)
            assert code == 0 or (code == 2 and _refused(err)), (round_, name, code, err)
            outcomes[name][0 if code == 0 else 1] += 1
        assert not (root / "data" / "events.yaml.lock").exists()
        kept = _kept(root, seed, results, before)
        untouched = _untouched(root, seed, before)
        for name, (code, _out, _err) in results.items():
            if code == 0:
                assert kept[name](), (round_, name, "reported done, not in the store", results)
            else:
                assert untouched[name](), (round_, name, "refused, but written", results)
        errors = _final_check(root)
        expected = {} if results["check --fix"][0] == 0 else {"order"}
        assert set(errors) == set(expected), (round_, errors, results)
        shutil.rmtree(root)
    print("completed / refused:", outcomes)
    assert sum(done for done, _ in outcomes.values()) >= ROUNDS  # most runs complete
