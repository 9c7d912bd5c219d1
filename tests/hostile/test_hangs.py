"""Issue 14, items 7-9: hostile input ends quickly, with one line, never a hang.

Each command runs as its own process with a generous timeout (`HANG`) that only a
hang reaches.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from tests.hostile.helpers import article, one_error_line, snapshot, timeline

BOMB = (
    "published: 2025-07-13\nlang: pt\n"
    'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
    + "".join(
        f"{chr(98 + i)}: &{chr(98 + i)} [{','.join(['*' + chr(97 + i)] * 9)}]\n" for i in range(8)
    )
)
"""Nine levels of nine aliases each: a few hundred bytes that expand to 9^9 strings."""


# --- 7. aliases in front matter ----------------------------------------------------------


@pytest.mark.parametrize("command", [("extract",), ("build",), ("check",)])
def test_an_alias_bomb_in_front_matter_is_refused_at_once(
    project: Path, command: tuple[str, ...]
) -> None:
    seed = project / "seeds" / "004_8969fe9032fab421.txt"  # cited by the store: check reads it
    text = seed.read_text(encoding="utf-8")
    seed.write_text(text.replace("---\n", "---\n" + BOMB.split("lang: pt\n")[1], 1))
    before = snapshot(project)
    args = [*command, str(seed.relative_to(project))] if command == ("extract",) else command
    result = timeline(*args, cwd=project)
    assert result.returncode == 2
    one_error_line(result.stderr, "004_8969fe9032fab421.txt:", "aliases (*name) are refused")
    assert snapshot(project) == before


# --- 8. extraction is linear (benchmarks/linearity.py measures the ratio) -------------------


def test_a_long_run_of_weekdays_is_extracted_without_hanging(tmp_path: Path) -> None:
    """160 KB: the quadratic extraction took 72 s for 40 KB, so this would take about 20
    minutes; linear, it takes seconds."""
    path = tmp_path / "run.txt"
    path.write_text(article("na quinta-feira " * 10_000), encoding="utf-8")
    result = timeline("extract", "--format", "jsonl", str(path))
    assert result.returncode == 0, result.stderr
    assert result.stdout.count('"text": "na quinta-feira"') == 10_000


# --- 9. non-regular stores, endless input, COLUMNS ---------------------------------------------


@pytest.mark.parametrize("command", [("show",), ("check",), ("build",), ("check", "--fix")])
def test_a_device_as_store_is_refused_before_reading(
    project: Path, command: tuple[str, ...]
) -> None:
    result = timeline(*command, "--store", "/dev/zero", cwd=project)
    assert result.returncode == 2
    one_error_line(result.stderr, "/dev/zero", "a device, not a store file")


def test_a_pipe_as_store_is_refused_before_reading(project: Path) -> None:
    fifo = project / "data" / "fifo.yaml"
    os.mkfifo(fifo)
    result = timeline("check", "--store", str(fifo), cwd=project)
    assert result.returncode == 2
    one_error_line(result.stderr, "fifo.yaml", "a pipe, not a store file")


def test_endless_standard_input_to_add_is_refused(project: Path) -> None:
    before = snapshot(project)
    result = timeline("add", "-", cwd=project, shell_stdin="< /dev/zero")
    assert result.returncode == 2
    one_error_line(result.stderr, "-: more than 8 MB")
    result = timeline("add", "-", "--lang", "pt", cwd=project, shell_stdin="< <(yes na terça)")
    assert result.returncode == 2
    one_error_line(result.stderr, "-: more than 8 MB")
    assert snapshot(project) == before


def test_endless_standard_input_to_extract_and_parse_is_refused(project: Path) -> None:
    for args in (("extract", "-"), ("parse", "--lang", "pt", "-")):
        result = timeline(*args, cwd=project, shell_stdin="< <(yes amanhã)")
        assert result.returncode == 2
        one_error_line(result.stderr, "-: more than 8 MB")


@pytest.mark.parametrize("columns", ["100000000", "99999999999999999999", "0", "-5", "abc"])
def test_any_columns_value_prints_the_timeline_and_the_findings(
    project: Path, columns: str
) -> None:
    shown = timeline("show", "--since", "2025-09", cwd=project, env={"COLUMNS": columns})
    assert shown.returncode == 0, shown.stderr
    assert "Beijing military parade" in " ".join(shown.stdout.split())
    store = project / "data" / "events.yaml"
    store.write_text(store.read_text().replace('date: "2024-11-30"', 'date: "2024-11-31"'))
    checked = timeline("check", cwd=project, env={"COLUMNS": columns})
    assert checked.returncode == 1
    assert "calendar-day" in checked.stdout and "1 error" in " ".join(checked.stdout.split())
