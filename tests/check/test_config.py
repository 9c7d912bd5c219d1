"""`timeline check` configured like ruff and yamllint: settings files, inline suppression,
SARIF for GitHub code scanning, -q, and `timeline rule`."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.check.test_store import STORE, VOSTOCHNY, edit, line_of
from tests.conftest import Invoke
from timeline.check import all_rules, suppress
from timeline.yamledit import scalar

SARIF_SCHEMA = Path(__file__).resolve().parent.parent / "data" / "sarif-schema-2.1.0.json"

# Two events that quote one sentence on overlapping dates: `same-happening` (warning).
SAME = """\
events:
  - id: lavrov-visit-2025
    date: "2025-07-12"
    title: Kim receives Lavrov
    status: confirmed
    sources:
      - seed: lavrov.txt
        expression: no sábado
        resolved: "2025-07-12"
        quote: Kim e Lavrov se conheceram no sábado em Wonsan.
  - id: lavrov-wonsan-2025{comment}
    date: "2025-07-12"
    title: Kim and Lavrov meet in Wonsan
    status: confirmed
    sources:
      - seed: lavrov.txt
        expression: no sábado
        resolved: "2025-07-12"
        quote: Kim e Lavrov se conheceram no sábado
"""
SEEDS = Path(__file__).resolve().parent / "seeds"


def problems(cli: Invoke, *args: str) -> tuple[int, list[tuple[int, str]]]:
    result = cli("check", "--seeds", str(SEEDS), "--format", "json", *args)
    doc = json.loads(result.stdout)
    return result.exit_code, [(p["line"], p["rule"]) for p in doc["problems"]]


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    (tmp_path / "data").mkdir()
    monkeypatch.chdir(tmp_path)
    return tmp_path


def store(folder: Path, text: str) -> Path:
    path = folder / "data" / "events.yaml"
    path.write_text(text, encoding="utf-8")
    return path


# --- settings files -------------------------------------------------------------------


def test_without_settings_the_warning_is_reported(folder: Path, cli: Invoke) -> None:
    store(folder, SAME.format(comment=""))
    assert problems(cli, "--strict") == (1, [(11, "same-happening")])


def test_pyproject_ignore_is_honoured(folder: Path, cli: Invoke) -> None:
    store(folder, SAME.format(comment=""))
    (folder / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.timeline]\nignore = ["same-happening"]\n',
        encoding="utf-8",
    )
    assert problems(cli, "--strict") == (0, [])


def test_timeline_yaml_is_found_from_a_subfolder(folder: Path, cli: Invoke, monkeypatch) -> None:
    store(folder, SAME.format(comment=""))
    (folder / ".timeline.yaml").write_text(
        "store: data/events.yaml\nignore: [suspicions]\n", encoding="utf-8"
    )
    (folder / "deep" / "er").mkdir(parents=True)
    monkeypatch.chdir(folder / "deep" / "er")
    assert problems(cli, "--strict") == (0, [])


def test_select_runs_only_the_rules_named(folder: Path, cli: Invoke) -> None:
    store(folder, SAME.format(comment="").replace('date: "2025-07-12"', 'date: "2025-07-13"', 1))
    (folder / ".timeline.yaml").write_text("select: [order]\n", encoding="utf-8")
    assert problems(cli) == (1, [(11, "order")])


def test_store_and_seeds_paths_come_from_the_settings(folder: Path, cli: Invoke) -> None:
    (folder / "timeline").mkdir()
    (folder / "timeline" / "store.yaml").write_text(SAME.format(comment=""), encoding="utf-8")
    (folder / "pyproject.toml").write_text(
        f'[tool.timeline]\nstore = "timeline/store.yaml"\nseeds = "{SEEDS}"\n', encoding="utf-8"
    )
    result = cli("check", "--format", "parsable")
    assert result.stdout.startswith("timeline/store.yaml:11:5: [warning]")
    assert result.stdout.endswith("(same-happening)\n")


LATE = """\
events:
  - id: lavrov-visit-2025
    date: "2025-07-20"
    title: Kim receives Lavrov
    status: confirmed
    sources:
      - seed: lavrov.txt
        expression: no sábado
        resolved: "2025-07-12"
        quote: Kim e Lavrov se conheceram no sábado em Wonsan.
        dispute: the agency's date is wrong
"""


def test_a_rule_option_sets_the_future_after_report_window(folder: Path, cli: Invoke) -> None:
    """The article is of 2025-07-13 and the event of 2025-07-20: 7 days after."""
    store(folder, LATE)
    assert problems(cli) == (0, [(3, "future-after-report")])
    settings = folder / ".timeline.yaml"
    settings.write_text("rules:\n  future-after-report:\n    window: 6\n", encoding="utf-8")
    assert problems(cli) == (0, [(3, "future-after-report")])
    settings.write_text("rules:\n  future-after-report:\n    window: 7\n", encoding="utf-8")
    assert problems(cli) == (0, [])
    (folder / "pyproject.toml").write_text(
        "[tool.timeline.rules.future-after-report]\nwindow = 7\n", encoding="utf-8"
    )
    settings.unlink()
    assert problems(cli) == (0, [])


@pytest.mark.parametrize(
    ("settings", "message"),
    [
        ("ignore: [same-hapening]\n", "ignore: unknown rule 'same-hapening': did you mean"),
        ("selct: [order]\n", "unknown setting 'selct'"),
        ("rules:\n  order:\n    window: 3\n", "rules.order: unknown option 'window' (none)"),
        (
            "rules:\n  future-after-report:\n    window: soon\n",
            "future-after-report.window must be a whole number >= 0",
        ),
        ("ignore: [order\n", ".timeline.yaml:2: not valid YAML"),
    ],
)
def test_a_bad_setting_is_one_line_and_exit_2(
    folder: Path, cli: Invoke, settings: str, message: str
) -> None:
    store(folder, "events: []\n")
    (folder / ".timeline.yaml").write_text(settings, encoding="utf-8")
    result = cli("check")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("timeline: error: ")
    assert ".timeline.yaml" in result.stderr and message in result.stderr
    assert result.stderr.count("\n") == 1


def test_a_pyproject_without_a_timeline_table_is_passed_over(
    folder: Path, cli: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    store(folder, SAME.format(comment=""))
    (folder / ".timeline.yaml").write_text("ignore: [same-happening]\n", encoding="utf-8")
    (folder / "sub").mkdir()
    (folder / "sub" / "pyproject.toml").write_text('[project]\nname = "x"\n', encoding="utf-8")
    monkeypatch.chdir(folder / "sub")
    assert problems(cli, "--strict", "--store", "../data/events.yaml") == (0, [])


def test_config_option_names_the_file(folder: Path, cli: Invoke) -> None:
    store(folder, SAME.format(comment=""))
    (folder / "strict.yaml").write_text("ignore: [same-happening]\n", encoding="utf-8")
    assert problems(cli, "--strict", "--config", "strict.yaml") == (0, [])


# --- inline suppression ---------------------------------------------------------------


@pytest.mark.parametrize(
    "comment", ["  # timeline: ignore[same-happening]", "  #timeline:ignore[order, same-happening]"]
)
def test_a_suppression_on_the_id_line_is_honoured(folder: Path, cli: Invoke, comment: str) -> None:
    store(folder, SAME.format(comment=comment))
    assert problems(cli, "--strict") == (0, [])
    summary = cli("check", "--seeds", str(SEEDS)).stdout.splitlines()[-1]
    assert summary == "2 events, 2 sources, 0 errors, 0 warnings, 1 suppressed"


def test_a_suppression_inside_the_block_or_above_it_is_honoured(folder: Path, cli: Invoke) -> None:
    inside = SAME.format(comment="").replace(
        "    title: Kim and Lavrov meet in Wonsan\n",
        "    title: Kim and Lavrov meet in Wonsan\n    # timeline: ignore[same-happening]\n",
    )
    store(folder, inside)
    assert problems(cli, "--strict") == (0, [])
    above = SAME.format(comment="").replace(
        "  - id: lavrov-wonsan-2025\n",
        "  # timeline: ignore[same-happening] (two meetings that day)\n"
        "  - id: lavrov-wonsan-2025\n",
    )
    store(folder, above)
    assert problems(cli, "--strict") == (0, [])


def test_a_suppression_names_its_rules_and_covers_its_event_only(folder: Path, cli: Invoke) -> None:
    # Another rule on the same event is still reported...
    store(folder, SAME.format(comment="  # timeline: ignore[order]"))
    assert problems(cli) == (0, [(11, "same-happening")])
    # ...and a suppression on the first event does not cover the second.
    text = SAME.format(comment="").replace(
        "  - id: lavrov-visit-2025\n",
        "  - id: lavrov-visit-2025  # timeline: ignore[same-happening]\n",
    )
    store(folder, text)
    assert problems(cli) == (0, [(11, "same-happening")])


def test_a_quote_cannot_suppress_its_own_checks(folder: Path, cli: Invoke) -> None:
    """Text inside a value (a quote copied from an article) is never a suppression."""
    text = SAME.format(comment="").replace(
        "        quote: Kim e Lavrov se conheceram no sábado\n",
        '        quote: "Kim e Lavrov # timeline: ignore[quote-in-article, same-happening]"\n',
    )
    store(folder, text)
    assert "quote-in-article" in {rule for _, rule in problems(cli)[1]}


def test_a_misspelt_suppression_is_an_error(folder: Path, cli: Invoke) -> None:
    store(folder, SAME.format(comment="  # timeline: ignore[same-hapening]"))
    result = cli("check", "--seeds", str(SEEDS), "--format", "parsable")
    assert result.exit_code == 1
    assert (
        "data/events.yaml:11:29: [error] unknown rule 'same-hapening': did you mean "
        "'same-happening'? (suppression)" in result.stdout
    )
    assert "(same-happening)" in result.stdout


def test_the_shipped_store_has_no_suppression_and_checks_clean(project: Path, cli: Invoke) -> None:
    assert "timeline: ignore" not in STORE.read_text(encoding="utf-8")
    assert cli("check", "--strict").exit_code == 0


# --- SARIF ------------------------------------------------------------------------------


def sarif_validator() -> jsonschema.Draft4Validator:
    schema = json.loads(SARIF_SCHEMA.read_text(encoding="utf-8"))
    return jsonschema.Draft4Validator(schema)


def test_sarif_validates_against_the_sarif_2_1_0_schema(project: Path, cli: Invoke) -> None:
    edit(f"id: {VOSTOCHNY}", "id: Vostochny Summit", VOSTOCHNY)
    result = cli("check", "--format", "sarif", "--strict")
    assert result.exit_code == 1
    doc = json.loads(result.stdout)
    assert list(sarif_validator().iter_errors(doc)) == []
    run = doc["runs"][0]
    assert doc["version"] == "2.1.0"
    rules = run["tool"]["driver"]["rules"]
    assert [r["id"] for r in rules] == [r.id for r in all_rules()]
    [result_] = [r for r in run["results"] if r["ruleId"] == "id-format"]
    assert rules[result_["ruleIndex"]]["id"] == "id-format"
    assert result_["level"] == "error"
    location = result_["locations"][0]["physicalLocation"]
    assert location["artifactLocation"]["uri"] == "data/events.yaml"
    assert location["region"]["startLine"] == line_of("id: Vostochny Summit")


def test_sarif_of_a_clean_store_and_of_untrusted_text_validates(project: Path, cli: Invoke) -> None:
    validator = sarif_validator()
    clean = json.loads(cli("check", "--format", "sarif").stdout)
    assert list(validator.iter_errors(clean)) == [] and clean["runs"][0]["results"] == []
    edit(f"id: {VOSTOCHNY}", 'id: "::error::x\\e[2J%0A"', VOSTOCHNY)
    doc = json.loads(cli("check", "--format", "sarif").stdout)
    assert list(validator.iter_errors(doc)) == []
    assert "\x1b" not in json.dumps(doc, ensure_ascii=False)


def test_sarif_is_rejected_by_the_schema_when_broken(project: Path, cli: Invoke) -> None:
    """The schema check can fail: a result without its message is invalid."""
    edit(f"id: {VOSTOCHNY}", "id: Vostochny Summit", VOSTOCHNY)
    doc = json.loads(cli("check", "--format", "sarif").stdout)
    del doc["runs"][0]["results"][0]["message"]
    assert list(sarif_validator().iter_errors(doc)) != []


# --- quiet -----------------------------------------------------------------------------


def test_quiet_prints_problems_only(project: Path, cli: Invoke) -> None:
    assert cli("check", "-q").stdout == ""
    edit(f"id: {VOSTOCHNY}", "id: Vostochny Summit", VOSTOCHNY)
    result = cli("check", "-q", "--format", "parsable")
    assert result.exit_code == 1
    assert result.stderr == ""
    assert result.stdout.count("\n") == 2 and "(id-format)" in result.stdout
    text = cli("check", "--quiet").stdout
    assert "(id-format)" in text and "events," not in text


# --- timeline rule ---------------------------------------------------------------------


def test_rule_prints_why_and_both_examples(cli: Invoke) -> None:
    result = cli("rule", "same-happening")
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith("same-happening (suspicions, warning)\n\nTwo events with overlapping")
    assert "Passes:\n\n    events:\n" in out and "Fails:\n\n    events:\n" in out
    assert "  # <- reported here" in out


def test_rule_shows_options(cli: Invoke) -> None:
    out = cli("rule", "future-after-report").stdout
    assert "Options ([tool.timeline.rules.future-after-report]):\n  window = 0: Days" in out


def test_rule_all_lists_every_rule_once(cli: Invoke) -> None:
    lines = cli("rule", "--all").stdout.splitlines()
    assert [line.split()[0] for line in lines] == [r.id for r in all_rules()]
    assert lines[0].split()[:2] == ["yaml-syntax", "error"]


def test_an_unknown_rule_is_exit_2_with_a_hint(cli: Invoke) -> None:
    result = cli("rule", "same-hapening")
    assert result.exit_code == 2
    assert result.stderr == (
        "timeline: error: unknown rule 'same-hapening': did you mean 'same-happening'?\n"
    )
    assert cli("rule").exit_code == 2


def test_the_rules_reference_in_docs_is_generated_from_the_rules() -> None:
    from timeline.check.reporters import rules_markdown

    docs = Path(__file__).resolve().parent.parent.parent / "docs" / "rules.md"
    assert docs.read_text(encoding="utf-8") == rules_markdown()


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "# timeline: ignore[order]",
                " #timeline:ignore[x]",
                "#",
                " ",
                "'",
                '"',
                "\\",
                "\n",
                "a",
            ]
        )
        | st.text(max_size=5),
        max_size=8,
    ).map("".join)
)
def test_no_text_written_by_build_is_read_as_a_suppression(text: str) -> None:
    """Whatever an article says, the value `build` writes for it holds no comment."""
    store = (
        'events:\n  - id: x\n    date: "2025"\n    title: t\n    sources:\n'
        f"      - seed: a.txt\n        quote: {scalar(text)}\n"
    )
    assert yaml.safe_load(store)["events"][0]["sources"][0]["quote"] == text
    assert suppress.comments(store) == []


def test_select_and_ignore_on_the_command_line(folder: Path, cli: Invoke) -> None:
    store(folder, SAME.format(comment="").replace("id: lavrov-visit-2025", "id: lavrov-zz-2025"))
    assert problems(cli) == (1, [(11, "order"), (11, "same-happening")])
    assert problems(cli, "--ignore", "order") == (0, [(11, "same-happening")])
    assert problems(cli, "--select", "order,same-happening", "--ignore", "suspicions") == (
        1,
        [(11, "order")],
    )
    # The command line's --select replaces the file's; its --ignore adds to the file's.
    (folder / ".timeline.yaml").write_text("select: [order]\n", encoding="utf-8")
    assert problems(cli, "--select", "same-happening") == (0, [(11, "same-happening")])
    (folder / ".timeline.yaml").write_text("ignore: [order]\n", encoding="utf-8")
    assert problems(cli, "--ignore", "same-happening") == (0, [])
    result = cli("check", "--ignore", "ordr")
    assert result.exit_code == 2
    assert result.stderr == (
        "timeline: error: the command line: ignore: unknown rule 'ordr': did you mean 'order'?\n"
    )
