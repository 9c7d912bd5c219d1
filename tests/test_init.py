"""`timeline init`, then the whole round in an empty folder; the hint where there is no store."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT, SEEDS, Invoke
from timeline.init import DISTRIBUTION, RELEASE
from timeline.schema import EVENT_FIELDS, SOURCE_FIELDS


@pytest.fixture
def empty(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    return tmp_path


def article_body(name: str) -> str:
    """A shipped article without its front matter: what a user saves from the web."""
    text = (SEEDS / name).read_text(encoding="utf-8")
    return text.split("\n---\n", 1)[1]


def test_init_then_add_build_check_show_in_an_empty_folder(empty: Path, cli: Invoke) -> None:
    result = cli("init")
    assert result.exit_code == 0
    assert result.stdout.splitlines()[:2] == [
        "wrote data/events.yaml",
        "wrote .pre-commit-config.yaml",
    ]
    assert (empty / "seeds").is_dir()
    assert cli("check").stdout == "0 events, 0 sources, 0 errors, 0 warnings\n"

    (empty / "article.txt").write_text(article_body("004_8969fe9032fab421.txt"), encoding="utf-8")
    added = cli("add", "article.txt", "--published", "2025-07-13", "--lang", "pt")
    assert added.exit_code == 0
    assert added.stdout.startswith("added seeds/000_") and "(pt, 2025-07-13)" in added.stdout

    built = cli("build")
    assert built.exit_code == 0
    assert built.stdout.startswith("1 seed read, 6 mentions found (+1 dated by publication), ")
    assert "7 new became 7 candidates" in built.stdout

    checked = cli("check", "--format", "parsable")
    assert checked.exit_code == 0
    assert checked.stdout.count("(undecided)") == 7
    assert cli("check", "--strict").exit_code == 1

    shown = cli("show", "--status", "candidate", "--since", "2025-07-12")
    assert shown.exit_code == 0
    assert "12 Jul 2025" in shown.stdout and "13 Jul 2025" in shown.stdout
    assert shown.stdout.endswith("2 events (candidate)\n")


def test_the_store_is_empty_and_documents_every_field(empty: Path, cli: Invoke) -> None:
    cli("init", "tl")
    text = (empty / "tl" / "data" / "events.yaml").read_text(encoding="utf-8")
    assert yaml.safe_load(text) == {"events": []}
    for name, spec in {**EVENT_FIELDS, **SOURCE_FIELDS}.items():
        assert f"{name}:  # {'required' if spec.required else 'optional'}; " in text, name
    assert "#       - seed:  # required" in text


def test_the_pre_commit_sample_is_pinned_to_the_release(empty: Path, cli: Invoke) -> None:
    cli("init")
    config = yaml.safe_load((empty / ".pre-commit-config.yaml").read_text(encoding="utf-8"))
    [repo] = config["repos"]
    [hook] = repo["hooks"]
    assert hook["id"] == "timeline-check"
    assert hook["entry"] == "timeline check"
    assert hook["additional_dependencies"] == [f"{DISTRIBUTION}=={RELEASE}"]
    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {k: hook[k] for k in ("files", "pass_filenames", "require_serial")} == {
        k: hooks[0][k] for k in ("files", "pass_filenames", "require_serial")
    }


def test_init_keeps_what_exists(empty: Path, cli: Invoke) -> None:
    (empty / "data").mkdir()
    (empty / "data" / "events.yaml").write_text("events:\n  - id: mine\n", encoding="utf-8")
    result = cli("init")
    assert result.exit_code == 0
    assert "kept data/events.yaml (it exists)" in result.stdout
    assert (empty / "data" / "events.yaml").read_text(encoding="utf-8") == "events:\n  - id: mine\n"
    assert (empty / ".pre-commit-config.yaml").is_file()


def test_init_where_a_file_stands_is_exit_2(empty: Path, cli: Invoke) -> None:
    (empty / "seeds").write_text("not a folder", encoding="utf-8")
    result = cli("init")
    assert result.exit_code == 2
    assert result.stderr == (
        "timeline: error: seeds: exists and is not a folder: move it away first\n"
    )
    (empty / "afile").write_text("x", encoding="utf-8")
    assert cli("init", "afile").exit_code == 2


@pytest.mark.parametrize(
    "command", [["build"], ["check"], ["show"], ["build", "--dry-run"], ["check", "--strict"]]
)
def test_without_a_store_commands_say_to_run_init(
    empty: Path, cli: Invoke, command: list[str]
) -> None:
    result = cli(*command)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr == (
        "timeline: error: no timeline here: no data/events.yaml in this folder or above; "
        "run `timeline init` to start one, or pass --store PATH\n"
    )
    assert not (empty / "data").exists()
