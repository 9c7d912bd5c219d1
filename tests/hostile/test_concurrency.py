"""Issue 14, item 1 (acceptance): writers run in parallel against one store, 20 times.

Each round starts `build`, `check --fix`, `add` and a curation command (`edit`) at the
same moment on a store with
two events out of order and one event missing (so that each of them has something to
write). Every run must either complete or be refused with the lock message, and the
final store must hold every write that reported success: the build's candidates, the
order `check --fix` restored, the article `add` wrote. Before the lock was shared,
`check --fix` run during a build silently dropped the build's candidates.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import SEEDS, STORE
from tests.hostile.helpers import HANG, article

ROUNDS = 20
EDITED = "Kim receives Lavrov (title set by a curator during the round)"
NEW_ARTICLE = article(
    "Kim Jong-un visitou a fábrica de mísseis na terça-feira, informou a agência KCNA.\n",
    "published: 2025-07-18\nlang: pt\n",
)


def _project(root: Path) -> None:
    shutil.copytree(SEEDS, root / "seeds")
    shutil.copytree(STORE.parent, root / "data")
    store = root / "data" / "events.yaml"
    blocks = re.split(r"(?m)^(?=  - id: )", store.read_text(encoding="utf-8"))
    blocks[1], blocks[2] = blocks[2], blocks[1]
    store.write_text("".join(blocks[:-1]), encoding="utf-8")
    (root / "new.txt").write_text(NEW_ARTICLE, encoding="utf-8")


def _start(root: Path, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100"}
    return subprocess.Popen(
        [sys.executable, "-m", "timeline", *args],
        cwd=root,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _check(root: Path) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-m", "timeline", "check", "--format", "json"],
        cwd=root,
        capture_output=True,
        text=True,
        timeout=HANG,
        check=False,
    )
    report: dict[str, object] = json.loads(done.stdout)
    return report


def _refused(stderr: str) -> bool:
    """One line naming the lock. The holder is named when it has written its name yet; in
    the instant between its `flock` and that write, it is "another timeline command"."""
    lines = stderr.strip().splitlines()
    return (
        len(lines) == 1
        and re.search(
            r"events\.yaml\.lock: locked by (`timeline [^`]+`|another timeline command)", lines[0]
        )
        is not None
    )


def test_build_check_fix_add_and_edit_in_parallel_lose_nothing(tmp_path: Path) -> None:
    outcomes = {"build": [0, 0], "check --fix": [0, 0], "add": [0, 0], "edit": [0, 0]}
    for round_ in range(ROUNDS):
        root = tmp_path / f"round{round_}"
        _project(root)
        events_before = (root / "data" / "events.yaml").read_text().count("\n  - id: ")
        runs = {
            "build": _start(root, "build"),
            "check --fix": _start(root, "check", "--fix", "--format", "parsable"),
            "add": _start(root, "add", "new.txt"),
            "edit": _start(root, "edit", "lavrov-visit-2025", "--title", EDITED),
        }
        results = {name: (p, *p.communicate(timeout=HANG)) for name, p in runs.items()}
        for name, (process, _out, err) in results.items():
            assert "Traceback" not in err, (name, err)
            ok = process.returncode == 0
            assert ok or (process.returncode == 2 and _refused(err)), (
                name,
                process.returncode,
                err,
            )
            outcomes[name][0 if ok else 1] += 1
        store = (root / "data" / "events.yaml").read_text(encoding="utf-8")
        report = _check(root)
        rules = {p["rule"] for p in report["problems"]}  # type: ignore[index, union-attr]
        assert "yaml-syntax" not in rules and not (root / "data" / "events.yaml.lock").exists()
        build, _, build_err = results["build"][0], results["build"][1], results["build"][2]
        if build.returncode == 0:
            summary = results["build"][1].strip().splitlines()[-1]
            match = re.search(r"new became (\d+) candidates?", summary)
            assert match, summary
            new = int(match.group(1))
            assert new >= 2, summary
            assert store.count("\n  - id: ") == events_before + new
            assert "id: 2025-09-03-published-000" in store
            assert "id: 2025-09-03-published-001" in store
        else:
            assert "2025-09-03-published" not in store, build_err
        fix = results["check --fix"]
        if fix[0].returncode == 0:
            assert "fixed: 2 events" in fix[2]
            assert "order" not in rules
        else:
            assert "order" in rules
        added = results["add"]
        if added[0].returncode == 0:
            path = root / added[1].split()[1]
            assert path.parent.name == "seeds" and path.read_text(encoding="utf-8").endswith(
                "informou a agência KCNA.\n"
            )
        else:
            assert len(list((root / "seeds").iterdir())) == 5
        if results["edit"][0].returncode == 0:  # a curation command's write is kept too
            assert f"title: {EDITED}\n" in store
        else:
            assert EDITED not in store
        shutil.rmtree(root)
    print("completed / refused:", outcomes)
    assert sum(done for done, _ in outcomes.values()) >= ROUNDS  # most runs complete
