"""Issue 14, items 1-3: no command writes over a change it has not read.

1. Every command that writes the store (build, check --fix, add) takes the one lock
   (`timeline.store.editing` / `locked`) and refuses a store changed since it read it.
2. `show --output` never replaces the store or an article; `-` is standard output.
3. A symlinked store is written through to its target; a read-only store is refused.
"""

from __future__ import annotations

import json
import os
import re
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import Invoke
from tests.hostile.helpers import article, one_error_line, snapshot, timeline
from timeline import store as store_module

STORE = Path("data/events.yaml")


def shuffled() -> str:
    """The store with its first two events swapped (for `check --fix`) and its last event
    removed (for `build` to add back): both commands then have a write to make."""
    text = STORE.read_text(encoding="utf-8")
    blocks = re.split(r"(?m)^(?=  - id: )", text)
    blocks[1], blocks[2] = blocks[2], blocks[1]
    out = "".join(blocks[:-1])
    STORE.write_text(out, encoding="utf-8")
    return out


@pytest.fixture
def holder(project: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process holding the store's lock as a build would, until the test ends."""
    yield from _hold(project)


def _hold(project: Path) -> Iterator[subprocess.Popen[str]]:
    code = (
        "import sys, time\n"
        "from timeline.store import locked\n"
        "with locked('data/events.yaml', 'build'):\n"
        "    print('held', flush=True)\n"
        "    time.sleep(120)\n"
    )
    process = subprocess.Popen(
        [sys.executable, "-c", code], cwd=project, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout is not None and process.stdout.readline().strip() == "held"
    yield process
    process.kill()
    process.wait()


# --- 1. one lock, and no write over an unread change --------------------------------------


@pytest.mark.parametrize(
    "command",
    [("build",), ("check", "--fix"), ("add", "new.txt", "--published", "2025-07-14")],
)
def test_every_writer_is_refused_while_another_holds_the_lock(
    cli: Invoke, project: Path, holder: subprocess.Popen[str], command: tuple[str, ...]
) -> None:
    shuffled()
    Path("new.txt").write_text("Kim visitou Moscovo na terça-feira, disse a agência.\n")
    before = snapshot(project)
    result = cli(*command)
    assert result.exit_code == 2
    line = one_error_line(result.stderr, "events.yaml.lock", "locked by `timeline build`")
    assert f"(pid {holder.pid})" in line
    assert snapshot(project) == before


@pytest.fixture
def candidates_then_holder(project: Path) -> Iterator[subprocess.Popen[str]]:
    """The store built with two candidates (the parade's leads), then its lock held."""
    text = STORE.read_text(encoding="utf-8")
    STORE.write_text("".join(re.split(r"(?m)^(?=  - id: )", text)[:-1]), encoding="utf-8")
    built = timeline("build", cwd=project)
    assert "2 new became 2 candidates" in built.stdout, built
    records = [{"text": "Kim visitou Moscovo na terça-feira.", "lang": "pt"}]
    Path("records.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records))
    yield from _hold(project)


@pytest.mark.parametrize(
    ("command", "keys"),
    [
        (("confirm", "2025-09-03-published-000", "--title", "Parade", "--tag", "military"), None),
        (("reject", "2025-09-03-published-001", "--note", "the same parade"), None),
        (("merge", "2025-09-03-published-001", "--into", "2025-09-03-published-000"), None),
        (("edit", "lavrov-visit-2025", "--title", "Kim receives Lavrov"), None),
        (("review",), "r\nthe same parade\nq\n"),
        (("seed", "set-date", "004", "2025-07-14"), None),
        (("add", "--from-jsonl", "records.jsonl"), None),
    ],
)
def test_every_curation_command_is_refused_while_another_holds_the_lock(
    cli: Invoke,
    project: Path,
    candidates_then_holder: subprocess.Popen[str],
    command: tuple[str, ...],
    keys: str | None,
) -> None:
    before = snapshot(project)
    result = cli(*command, input=keys)
    assert result.exit_code == 2
    line = one_error_line(result.stderr, "events.yaml.lock", "locked by `timeline build`")
    assert f"(pid {candidates_then_holder.pid})" in line
    assert snapshot(project) == before


def test_a_curation_command_names_itself_to_the_one_it_refuses(cli: Invoke, project: Path) -> None:
    """The holder's command is in the message: `timeline confirm`, not a generic name."""
    from timeline import curate

    seen: list[str] = []

    def action(loaded: curate.Loaded) -> tuple[str, str]:
        seen.append(cli("edit", "lavrov-visit-2025", "--title", "Kim receives Lavrov").stderr)
        return "", loaded.text

    curate.decide(STORE, action, "confirm")
    assert "locked by `timeline confirm`" in seen[0], seen


def test_the_lock_is_released_when_its_holder_is_killed(
    cli: Invoke, project: Path, holder: subprocess.Popen[str]
) -> None:
    shuffled()
    holder.kill()
    holder.wait()
    result = cli("check", "--fix")
    assert "fixed: 2 events" in result.stderr
    assert not Path("data/events.yaml.lock").exists()


def test_a_store_changed_after_it_was_read_is_not_written_over(project: Path) -> None:
    with store_module.editing(STORE, "test") as edit:
        STORE.write_text(edit.text + "# a curator's edit, saved meanwhile\n", encoding="utf-8")
        with pytest.raises(store_module.StoreChanged, match="changed on disk"):
            edit.write(edit.text.replace("events:", "events: # lost?", 1))
    assert STORE.read_text(encoding="utf-8").endswith("# a curator's edit, saved meanwhile\n")


def test_check_fix_reorders_what_it_read_under_the_lock(cli: Invoke, project: Path) -> None:
    shuffled()
    result = cli("check", "--fix")
    assert "fixed: 2 events of data/events.yaml moved" in result.stderr
    assert result.exit_code == 0, result.stdout


# --- 2. show --output is never the store nor an article ----------------------------------


@pytest.mark.parametrize(
    ("output", "reason"),
    [
        ("data/events.yaml", "is the store"),
        ("./data/../data/events.yaml", "is the store"),
        ("seeds/004_8969fe9032fab421.txt", "inside the seeds folder"),
        ("seeds/new.md", "inside the seeds folder"),
        ("link-to-store.yaml", "is the store"),
        ("data/events.yaml.lock", "the store's lock"),
    ],
)
def test_show_refuses_to_overwrite_the_store_or_an_article(
    cli: Invoke, project: Path, output: str, reason: str
) -> None:
    Path("link-to-store.yaml").symlink_to("data/events.yaml")
    before = snapshot(project)
    result = cli("show", "--output", output, "--format", "json")
    assert result.exit_code == 2
    one_error_line(result.stderr, Path(output).name, reason)
    assert snapshot(project) == before


def test_output_dash_is_standard_output(cli: Invoke, project: Path) -> None:
    before = snapshot(project)
    result = cli("show", "--since", "2025-09", "--output", "-")
    assert result.exit_code == 0
    assert result.stdout.startswith("2025\n")
    assert snapshot(project) == before
    assert not Path("-").exists()


def test_output_dev_stdout_is_written_directly(project: Path) -> None:
    result = timeline("show", "--since", "2025-09", "--output", "/dev/stdout", cwd=project)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("2025\n") and result.stderr == ""


# --- 3. a symlinked store is written through; a read-only one is refused ---------------------


def test_a_symlinked_store_is_written_through_to_its_target(cli: Invoke, project: Path) -> None:
    shuffled()
    Path("data/events.yaml").rename("data/real.yaml")
    Path("data/events.yaml").symlink_to("real.yaml")
    assert cli("check", "--fix").exit_code == 0
    assert cli("build").exit_code == 0
    assert Path("data/events.yaml").is_symlink()
    assert os.readlink("data/events.yaml") == "real.yaml"
    assert "[error]" not in cli("check", "--format", "parsable").stdout  # in order, complete
    text = Path("data/real.yaml").read_text(encoding="utf-8")
    assert sum(line.startswith("  - id: ") for line in text.split("\n")) == 15
    assert not Path("data/real.yaml.lock").exists()


@pytest.mark.parametrize(
    "command",
    [("build",), ("check", "--fix"), ("edit", "lavrov-visit-2025", "--title", "Kim and Lavrov")],
)
def test_a_read_only_store_is_refused(cli: Invoke, project: Path, command: tuple[str, ...]) -> None:
    shuffled()
    STORE.chmod(0o444)
    before = snapshot(project)
    result = cli(*command)
    assert result.exit_code == 2
    one_error_line(result.stderr, "data/events.yaml", "read-only (mode 0444)", "chmod u+w")
    assert snapshot(project) == before
    assert stat.S_IMODE(STORE.stat().st_mode) == 0o444


def test_a_read_only_store_with_nothing_to_change_is_fine(cli: Invoke, project: Path) -> None:
    STORE.chmod(0o444)
    before = snapshot(project)
    assert cli("build").exit_code == 0
    assert cli("check", "--fix").exit_code == 0
    assert snapshot(project) == before


def test_add_writes_into_seeds_under_the_lock(cli: Invoke, project: Path) -> None:
    Path("new.txt").write_text(
        article("Kim visitou Moscovo na terça-feira, disse a agência.\n"), encoding="utf-8"
    )
    result = cli("add", "new.txt")
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("added seeds/005_")
    assert not Path("data/events.yaml.lock").exists()


def test_a_build_reads_again_an_article_whose_date_was_set_while_it_ran(
    cli: Invoke, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """`build` reads the seeds before it takes the lock. If `seed set-date` changes an
    article in between, the build must not write candidates resolved from the old date
    (check would then refuse them): under the lock it reads that article again."""
    from timeline import build

    body = (
        "O ministro russo chegou a Pyongyang na terça-feira, informou a agência KCNA.\n\n"
        "Ontem, os dois lados assinaram um memorando, segundo a agência.\n"
    )
    Path("mended.txt").write_text(body, encoding="utf-8")
    assert cli("add", "mended.txt", "--lang", "pt", "--published", "2025-07-10").exit_code == 0
    original = build.read_seeds
    mended: list[subprocess.CompletedProcess[str]] = []

    def read_then_mend(
        folder: Path, progress: bool = False, paths: list[Path] | None = None
    ) -> list[object]:
        seeds = original(folder, progress, paths)
        mended.append(timeline("seed", "set-date", "005", "2025-07-18", cwd=project))
        return seeds  # type: ignore[return-value]

    monkeypatch.setattr(build, "read_seeds", read_then_mend)
    result = cli("build")
    assert mended[0].returncode == 0, mended[0].stderr
    assert result.exit_code == 0, result.stderr
    events = {e.id: e for e in store_module.load_events(STORE)}
    assert {
        e.date.store_value() for e in events.values() if e.sources[0].seed.startswith("005_")
    } == {"2025-07-15", "2025-07-17"}
    report = json.loads(cli("check", "--format", "json").stdout)
    assert [p for p in report["problems"] if p["level"] == "error"] == []


def test_a_system_without_fcntl_refuses_writes_in_one_line(project: Path) -> None:
    """Where POSIX file locking is missing (Windows), a writing command says so in one line
    and writes nothing; reading commands work."""
    before = snapshot(project)

    def run(*args: str) -> subprocess.CompletedProcess[str]:
        code = (
            "import sys\n"
            "sys.modules['fcntl'] = None\n"
            f"sys.argv = ['timeline', *{list(args)!r}]\n"
            "from timeline.cli import main\n"
            "main()\n"
        )
        return subprocess.run(
            [sys.executable, "-c", code],
            cwd=project,
            capture_output=True,
            text=True,
            env={**os.environ, "NO_COLOR": "1", "COLUMNS": "100"},
            timeout=120,
            check=False,
        )

    result = run("edit", "lavrov-visit-2025", "--title", "Kim receives Lavrov")
    assert result.returncode == 2
    one_error_line(result.stderr, "events.yaml.lock", "no POSIX file locking (fcntl)", "WSL")
    assert run("build").returncode == 2
    assert snapshot(project) == before
    assert run("check").returncode == 0


def test_a_writer_killed_mid_write_leaves_the_store_whole(cli: Invoke, project: Path) -> None:
    """`kill -9` in the middle of writing the store (half of the new text out, flushed):
    the store is as it was, the lock is free, and the next commands work. What is left is
    the hidden temporary file beside the store, which nothing reads."""
    before = STORE.read_bytes()
    code = (
        "import os, signal\n"
        "from timeline.store import atomic_file, editing\n"
        "with editing('data/events.yaml', 'build') as edit:\n"
        "    with atomic_file('data/events.yaml') as stream:\n"
        "        stream.write(edit.data[: len(edit.data) // 2])\n"
        "        stream.flush()\n"
        "        os.fsync(stream.fileno())\n"
        "        os.kill(os.getpid(), signal.SIGKILL)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=project, timeout=120, check=False)
    assert done.returncode == -9
    assert STORE.read_bytes() == before
    left = [p.name for p in Path("data").iterdir() if p.name.endswith(".tmp")]
    assert len(left) == 1 and left[0].startswith(".events.yaml."), left
    assert cli("build").exit_code == 0  # the dead holder's lock file is taken over
    assert not Path("data/events.yaml.lock").exists()
    assert cli("check").exit_code == 0
