"""The user documentation: its examples are real, and it stands on its own."""

from __future__ import annotations

import json
import re

import pytest

from tests.conftest import ROOT, Invoke

DATES = ROOT / "docs" / "dates.md"
_ROW = re.compile(
    r"^\| (ro|bg|pl|pt) \| (\d{4}-\d\d-\d\d) \| ([^|]+) \|(?: (back|forward) \|)? ([^|]+) \|$"
)


def examples() -> list[tuple[str, str, str, str, str]]:
    rows = []
    for line in DATES.read_text(encoding="utf-8").splitlines():
        if m := _ROW.match(line):
            lang, ref, expression, looking, value = m.groups()
            prefer = "future" if looking == "forward" else "past"
            rows.append((lang, ref, expression.strip(), prefer, value.strip().strip("`")))
    return rows


def test_the_dates_page_has_examples_of_every_kind() -> None:
    rows = examples()
    assert len(rows) >= 20
    assert {r[0] for r in rows} == {"ro", "bg", "pl", "pt"}
    assert {r[3] for r in rows} == {"past", "future"}
    assert sum(1 for r in rows if r[4] == "none") >= 5


@pytest.mark.parametrize(("lang", "ref", "expression", "prefer", "value"), examples())
def test_each_example_of_the_dates_page_is_what_parse_says(
    cli: Invoke, lang: str, ref: str, expression: str, prefer: str, value: str
) -> None:
    result = cli(
        "parse", "--lang", lang, "--ref", ref, "--prefer", prefer, "--format", "jsonl", expression
    )
    assert result.exit_code == 0
    got = json.loads(result.stdout)["value"]
    assert (got if got is not None else "none") == value


def user_docs() -> dict[str, str]:
    """What a user reads: the README up to its Development section, and docs/."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8").split("\n## Development\n")[0]
    docs = {p.name: p.read_text(encoding="utf-8") for p in (ROOT / "docs").glob("*.md")}
    return {"README.md": readme, **docs}


def test_user_docs_do_not_send_readers_outside_the_repository() -> None:
    for name, text in user_docs().items():
        assert "../shared" not in text and "shared/docs" not in text, name


def test_links_between_the_docs_resolve() -> None:
    for name, text in user_docs().items():
        base = ROOT if name == "README.md" else ROOT / "docs"
        for target in re.findall(r"\]\(([^)#:]+)(?:#[^)]*)?\)", text):
            assert (base / target).exists(), f"{name} links to missing {target}"
