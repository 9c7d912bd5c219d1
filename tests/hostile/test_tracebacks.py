"""Issue 14, items 10-13: each of these is one line naming the file and the problem, exit 2.

Never a traceback, never a half-written file.
"""

from __future__ import annotations

import errno
import os
from pathlib import Path

import pytest

from tests.conftest import Invoke
from tests.hostile.helpers import article, one_error_line, snapshot, timeline
from timeline.seeds import MAX_BYTES

CITED = "seeds/004_8969fe9032fab421.txt"
"""A seed the store cites, so that `check` reads it."""


def _set_front(path: Path, key: str, value: str) -> None:
    lines = path.read_text(encoding="utf-8").split("\n")
    at = next(i for i, line in enumerate(lines) if line.startswith(f"{key}:"))
    lines[at] = f"{key}: {value}"
    path.write_text("\n".join(lines), encoding="utf-8")


# --- 10. impossible dates and languages in front matter; --ref out of range -----------------


@pytest.mark.parametrize(
    ("value", "message"),
    [
        ("2025-02-30", "not a date or time: day is out of range"),
        ("2025-07-13T25:00:00", "not a date or time: hour must be in 0..23"),
        ("0001-01-01", "0001-01-01 is outside the dates that can be resolved"),
        ("9999-12-31", "9999-12-31 is outside the dates that can be resolved"),
        ('"2025-02-30"', "'2025-02-30' is not a date: write it as YYYY-MM-DD"),
        ("13/07/2025", "'13/07/2025' is not a date"),
        ("[2025]", "[2025] is not a date"),
    ],
)
@pytest.mark.parametrize("command", ["extract", "build", "check"])
def test_an_impossible_published_date_is_one_line(
    cli: Invoke, project: Path, value: str, message: str, command: str
) -> None:
    _set_front(project / CITED, "published", value)
    before = snapshot(project)
    result = cli(command, CITED) if command == "extract" else cli(command)
    assert result.exit_code == 2
    one_error_line(result.stderr, f"{CITED}:", message)
    assert snapshot(project) == before


@pytest.mark.parametrize(
    ("value", "shown"), [("xx", "'xx'"), ("[pt, ro]", "['pt', 'ro']"), ("{a: b}", "{'a': 'b'}")]
)
def test_a_language_that_is_not_one_of_ours_is_one_line(
    cli: Invoke, project: Path, value: str, shown: str
) -> None:
    _set_front(project / CITED, "lang", value)
    for args in (("extract", CITED), ("build",)):
        result = cli(*args)
        assert result.exit_code == 2
        one_error_line(result.stderr, f"{CITED}:3:", f"lang: {shown} is not a supported language")


@pytest.mark.parametrize("ref", ["9999-12-31", "0001-01-01", "0999-12-31"])
def test_a_reference_date_out_of_range_is_one_line(cli: Invoke, ref: str) -> None:
    result = cli("parse", "--lang", "pt", "--ref", ref, "amanhã", "há dois anos")
    assert result.exit_code == 2
    one_error_line(result.stderr, f"--ref '{ref}' is outside the dates that can be resolved")


def test_the_edges_of_the_range_resolve(cli: Invoke) -> None:
    for ref in ("1000-01-01", "8999-12-31"):
        result = cli("parse", "--lang", "pt", "--ref", ref, "--format", "jsonl", "há 999 anos")
        assert result.exit_code == 0 and '"precision": "year"' in result.stdout


# --- 11. add checks the size before writing -------------------------------------------------


def test_add_over_the_size_limit_writes_nothing_and_builds_still_work(
    cli: Invoke, project: Path
) -> None:
    """The body fits, but front matter pushes the file over the limit `build` reads."""
    body = ("Kim visitou Moscovo na terca-feira. " * (MAX_BYTES // 35 + 1))[: MAX_BYTES - 8]
    Path("big.txt").write_text(body, encoding="utf-8")
    before = snapshot(project / "seeds")
    result = cli("add", "big.txt", "--published", "2025-07-14", "--lang", "pt")
    assert result.exit_code == 2
    one_error_line(result.stderr, "big.txt", "MB is too large for an article", "nothing added")
    assert snapshot(project / "seeds") == before
    assert cli("build").exit_code == 0


# --- 12. a store that cannot be written, seeds that cannot be read -----------------------------


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (errno.ENOSPC, "No space left on device"),
        (errno.EACCES, "Permission denied"),
        (errno.EROFS, "Read-only file system"),
    ],
)
def test_check_fix_on_a_full_disk_or_read_only_folder_is_one_line(
    cli: Invoke, project: Path, monkeypatch: pytest.MonkeyPatch, error: int, said: str
) -> None:
    """The failure is injected where the temporary file is made (the machine's own
    read-only folders and full disks cannot be made in a test run as root)."""
    store = project / "data" / "events.yaml"
    text = store.read_text(encoding="utf-8")
    first, second = text.index("\n  - id: "), text.index("\n  - id: ", text.index("\n  - id: ") + 1)
    third = text.index("\n  - id: ", second + 1)
    store.write_text(text[:first] + text[second:third] + text[first:second] + text[third:])
    before = snapshot(project)

    def refuse(*_args: object, **_kwargs: object) -> None:
        raise OSError(error, os.strerror(error))

    monkeypatch.setattr("timeline.store.tempfile.mkstemp", refuse)
    result = cli("check", "--fix")
    assert result.exit_code == 2
    one_error_line(result.stderr, "data/events.yaml", f"cannot write: {said}; nothing changed")
    assert snapshot(project) == before
    assert not (project / "data" / "events.yaml.lock").exists()


def test_check_on_an_unreadable_seeds_folder_is_one_line(
    cli: Invoke, project: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real = Path.is_file

    def denied(path: Path) -> bool:
        if "seeds" in path.parts:
            raise PermissionError(errno.EACCES, "Permission denied", str(path))
        return real(path)

    monkeypatch.setattr(Path, "is_file", denied)
    result = cli("check")
    assert result.exit_code == 2
    one_error_line(result.stderr, "seeds/", "cannot read: Permission denied")


def test_a_seeds_folder_that_is_a_file_is_one_line(cli: Invoke, project: Path) -> None:
    result = cli("check", "--seeds", "data/events.yaml")
    assert result.exit_code == 2
    one_error_line(result.stderr, "data/events.yaml: not a folder: pass --seeds DIR")


# --- 13. full devices, closed standard input, encodings -------------------------------------


@pytest.mark.parametrize(
    "args", [("show",), ("show", "--format", "json"), ("check",), ("check", "--format", "json")]
)
def test_writing_to_a_full_device_is_one_line(project: Path, args: tuple[str, ...]) -> None:
    result = timeline(*args, cwd=project, shell_stdin="> /dev/full")
    assert result.returncode == 2
    one_error_line(result.stderr, "standard output: cannot write: No space left on device")


@pytest.mark.parametrize("args", [("parse", "--lang", "pt", "-"), ("extract", "-"), ("add", "-")])
def test_a_closed_standard_input_is_one_line(project: Path, args: tuple[str, ...]) -> None:
    before = snapshot(project)
    result = timeline(*args, cwd=project, shell_stdin="<&-")
    assert result.returncode == 2
    one_error_line(result.stderr, "-: standard input is closed")
    assert snapshot(project) == before


@pytest.mark.parametrize(
    "args",
    [
        ("show", "--quotes", "--lang", "bg"),
        ("show", "--format", "csv"),
        ("check", "--format", "json"),
        ("extract", "seeds/001_6d008dd6f1349301.txt"),
        ("parse", "--lang", "bg", "--ref", "2025-07-13", "вчера"),
    ],
)
def test_an_output_encoding_that_cannot_hold_the_text_gets_escapes(
    project: Path, args: tuple[str, ...]
) -> None:
    result = timeline(*args, cwd=project, env={"PYTHONIOENCODING": "cp1252"})
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr


def test_cyrillic_in_cp1252_output_is_written_as_escapes(project: Path) -> None:
    result = timeline(
        "show", "--quotes", "--lang", "bg", cwd=project, env={"PYTHONIOENCODING": "cp1252"}
    )
    assert "\\u0414\\u0432\\u0435\\u0442\\u0435" in result.stdout  # "Двете"


def test_an_article_given_on_standard_input_still_works(project: Path) -> None:
    text = article("Kim visitou Moscovo na terça-feira.\n")
    result = timeline("extract", "--format", "jsonl", "-", cwd=project, stdin=text.encode())
    assert result.returncode == 0 and '"value": "2025-07-08"' in result.stdout


def test_a_language_data_file_that_does_not_load_is_one_line(
    project: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """A language's data edited by hand and broken (its loader's message names the file,
    the line and the fix) reaches the user as that one line and exit 2 from the real entry
    point, whichever command read the language first."""
    from timeline import cli
    from timeline.dates.tensedata import TenseDataError

    said = "timeline/dates/lang/ro/tense.yaml:145: mapping values are not allowed; fix the file"

    def broken(*_args: object, **_kwargs: object) -> None:
        raise TenseDataError(said)

    monkeypatch.chdir(project)
    monkeypatch.setattr("timeline.seeds.read_article", broken)  # not a compiled module
    monkeypatch.setattr("sys.argv", ["timeline", "extract", CITED])
    with pytest.raises(SystemExit) as stopped:
        cli.main()
    assert stopped.value.code == 2
    assert capsys.readouterr().err == f"timeline: error: {said}\n"
