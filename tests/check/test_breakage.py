"""The ways curators really break the store, each caught on the line broken; sound variants pass.

Every case mutates a copy of the shipped store (or a seed) and runs the real
CLI. A broken case names the rule and the line it must be reported on (the
first line holding a needle, in the named event's block); `timeline check`
may report more, but that one must be there, with a column on that line.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.check.test_store import BELOUSOV, LAVROV, PACT, STORE, check, edit, span
from tests.conftest import Invoke

SEED4 = "004_8969fe9032fab421.txt"
FIRST = "russia-invades-ukraine-2022"


def line_in(text: str, needle: str | tuple[str, int], event: str | None = None) -> int:
    """The line of the first (or nth, given as (needle, n)) line holding needle in the event."""
    needle, nth = needle if isinstance(needle, tuple) else (needle, 1)
    start, end = span(event, text)
    first = text.count("\n", 0, start) + 1
    hits = [first + i for i, ln in enumerate(text[start:end].split("\n")) if needle in ln]
    return hits[nth - 1]


def store() -> str:
    return STORE.read_text(encoding="utf-8")


def put(text: str) -> None:
    STORE.write_text(text, encoding="utf-8")


def cut_sources(event: str, replacement: str) -> None:
    """Replace an event's `sources:` block (to its end) with `replacement`."""
    text = store()
    start, end = span(event, text)
    block = text[start:end]
    put(text[:start] + block[: block.index("    sources:\n")] + replacement + "\n" + text[end:])


# (id, mutation, rule, needle of the line reported, event the needle is in)
Case = tuple[str, Callable[[], None], str, str | tuple[str, int], str | None]

BROKEN: list[Case] = [
    # --- keys misspelt
    ("sourcs", lambda: edit("    sources:", "    sourcs:", LAVROV), "unknown-key", "sourcs:",
     LAVROV),
    ("titel", lambda: edit("    title: Kim Jong-un r", "    titel: Kim Jong-un r", LAVROV),
     "unknown-key", "titel:", LAVROV),
    ("qoute", lambda: edit("        quote:", "        qoute:", LAVROV), "unknown-key", "qoute:",
     LAVROV),
    ("event: at the top", lambda: edit("events:", "event:"), "unknown-key", "event:", None),
    # --- indentation
    ("source key dedented into the event",
     lambda: edit("        quote:", "    quote:", LAVROV), "unknown-key", "    quote:", LAVROV),
    ("source key over-indented", lambda: edit("        quote:", "          quote:", LAVROV),
     "yaml-syntax", "          quote:", LAVROV),
    ("event key under-indented", lambda: edit("    status: confirmed", "   status: confirmed",
     LAVROV), "yaml-syntax", "   status: confirmed", LAVROV),
    ("a source's dash at the events' level",
     lambda: edit(f"      - seed: {SEED4}", f"  - seed: {SEED4}", LAVROV),
     "yaml-syntax", f"  - seed: {SEED4}", LAVROV),
    ("a source's dash two deeper",
     lambda: edit(f"      - seed: {SEED4}", f"        - seed: {SEED4}", LAVROV),
     "yaml-syntax", f"- seed: {SEED4}", LAVROV),
    ("a source's dash two shallower",
     lambda: edit(f"      - seed: {SEED4}", f"    - seed: {SEED4}", LAVROV),
     "yaml-syntax", f"- seed: {SEED4}", LAVROV),
    ("tab", lambda: edit("    tags: [diplomacy]", "\ttags: [diplomacy]", LAVROV), "yaml-syntax",
     "\ttags", LAVROV),
    ("no-break space as indentation",
     lambda: edit("    tags: [diplomacy]", "  \u00a0 tags: [diplomacy]", LAVROV),
     "yaml-syntax", "\u00a0", LAVROV),
    # --- dashes
    ("first event without its dash",
     lambda: edit(f"  - id: {FIRST}", f"    id: {FIRST}"), "yaml-syntax", f"id: {FIRST}", None),
    ("first source without its dash",
     lambda: edit(f"      - seed: {SEED4}\n        lang: pt\n        expression: em fev",
                  f"        seed: {SEED4}\n        lang: pt\n        expression: em fev", FIRST),
     "yaml-syntax", f"seed: {SEED4}", FIRST),
    ("second source without its dash",
     lambda: edit("      - seed: 000_", "        seed: 000_", FIRST), "duplicate-key",
     "seed: 000_", FIRST),
    ("only source without its dash",
     lambda: edit(f"      - seed: {SEED4}", f"        seed: {SEED4}", LAVROV), "schema-type",
     f"seed: {SEED4}", LAVROV),
    ("no space after the dash", lambda: edit(f"  - id: {LAVROV}", f"  -id: {LAVROV}"),
     "yaml-syntax", f"-id: {LAVROV}", None),
    ("no space after the colon", lambda: edit("    status: confirmed", "    status:confirmed",
     LAVROV), "yaml-syntax", "status:confirmed", LAVROV),
    # --- quoting
    ("an unclosed quote on a quote",
     lambda: edit("atmosfera cheia de confiança quente”.\"", "atmosfera cheia de confiança "
                  "quente”.", LAVROV), "yaml-syntax", "        quote:", LAVROV),
    ("an unclosed bracket", lambda: edit("tags: [diplomacy]", "tags: [diplomacy", LAVROV),
     "yaml-syntax", "tags: [diplomacy", LAVROV),
    ("a flow list left open to the end",
     lambda: put("# c\nevents: [\n  {id: a, date: 2024, title: t},\n"), "yaml-syntax",
     "events: [", None),
    ("text after a closing quote",
     lambda: edit('date: "2025-07-12"', 'date: "2025-07-12" x', LAVROV), "yaml-syntax",
     'date: "2025-07-12" x', LAVROV),
    ("a control character", lambda: edit("Kim Jong-un receives", "Kim Jong-un\x1b[1m receives",
     LAVROV), "yaml-syntax", "\x1b", LAVROV),
    # --- duplicates
    ("a key twice in a source", lambda: edit("        lang: pt\n",
     "        lang: pt\n        lang: pt\n", LAVROV), "duplicate-key", ("lang: pt", 2), LAVROV),
    ("events twice", lambda: put(store() + "events: []\n"), "duplicate-key", "events: []",
     None),
    # --- ids and values
    ("spaced id", lambda: edit(f"id: {LAVROV}", "id: lavrov visit 2025", LAVROV), "id-format",
     "lavrov visit", None),
    ("numeric id", lambda: edit(f"id: {LAVROV}", "id: 2025", LAVROV), "schema-type",
     "id: 2025", None),
    ("status capitalised", lambda: edit("status: confirmed", "status: Confirmed", LAVROV),
     "status-value", "Confirmed", LAVROV),
    ("empty expression", lambda: edit("expression: no sábado", 'expression: ""', LAVROV),
     "schema-type", 'expression: ""', LAVROV),
    ("an event that is a string",
     lambda: edit(f"  - id: {LAVROV}", f"  - lavrov visit\n\n  - id: {LAVROV}"),
     "schema-type", "  - lavrov visit", None),
    ("events is a mapping", lambda: put("events:\n  id: x\n  date: 2024\n  title: x\n"),
     "schema-type", "  id: x", None),
    ("a top-level list", lambda: put("- id: x\n  date: 2024\n  title: x\n"), "schema-type",
     "- id: x", None),
    # --- dates
    ("a timestamp", lambda: edit('date: "2024-11-30"', "date: 2024-11-30 10:00:00", BELOUSOV),
     "edtf", "date: 2024-11-30 10:00:00", BELOUSOV),
    ("a one-digit month in a timestamp",
     lambda: edit('date: "2024-11-30"', "date: 2024-6-1", BELOUSOV), "edtf", "2024-6-1",
     BELOUSOV),
    ("spaces inside the quotes",
     lambda: edit('date: "2024-11-30"', 'date: " 2024-11-30"', BELOUSOV), "edtf",
     'date: " 2024', BELOUSOV),
    ("30/11/2024", lambda: edit('date: "2024-11-30"', "date: 30/11/2024", BELOUSOV), "edtf",
     "30/11/2024", BELOUSOV),
    ("empty date", lambda: edit('date: "2024-11-30"', 'date: ""', BELOUSOV), "schema-required",
     'date: ""', BELOUSOV),
    # --- agreement and provenance
    ("confirmed with sources: []", lambda: cut_sources(LAVROV, "    sources: []\n"),
     "confirmed-has-source", "sources: []", LAVROV),
    ("an expression still in the quote that no longer resolves",
     lambda: edit("expression: em junho do ano passado", "expression: em junho", PACT),
     "expression-resolves", ('resolved: "2024-06"', 2), PACT),
    ("a seed under seeds/", lambda: edit(f"seed: {SEED4}", f"seed: seeds/{SEED4}", LAVROV),
     "seed-exists", f"seed: seeds/{SEED4}", LAVROV),
    # --- YAML features refused
    ("a custom tag", lambda: edit(f"  - id: {LAVROV}\n", f"  - !event\n    id: {LAVROV}\n"),
     "yaml-syntax", "!event", None),
    ("a python tag", lambda: edit("tags: [diplomacy]", "tags: !!python/object:os.system []",
     LAVROV), "yaml-syntax", "!!python", LAVROV),
    ("a wrong explicit type", lambda: edit('date: "2025-07-12"', "date: !!int abc", LAVROV),
     "yaml-syntax", "!!int abc", LAVROV),
    ("a merge key", lambda: put(store().replace(f"  - id: {LAVROV}\n",
     f"  - &lav\n    id: {LAVROV}\n") + "  - <<: *lav\n    id: x\n"), "alias", "&lav", None),
    # --- more than one document, and garbage after it
    ("two documents", lambda: put(store() + "---\nevents: []\n"), "yaml-syntax", "---", None),
    ("garbage at the end", lambda: put(store() + "garbage here\n"), "yaml-syntax",
     "garbage here", None),
    ("garbage after the end marker", lambda: put(store() + "...\ngarbage\n"), "yaml-syntax",
     "garbage", None),
]  # fmt: skip


@pytest.mark.parametrize(
    ("mutate", "rule", "needle", "event"),
    [pytest.param(*case[1:], id=case[0]) for case in BROKEN],
)
def test_a_broken_store_is_reported_on_the_broken_line(
    project: Path, cli: Invoke, mutate: Callable[[], None], rule: str, needle: str, event: str
) -> None:
    mutate()
    text = store()
    if "\n" in needle:  # the second such line of the event that was edited
        start = text.index("em junho\n")
        line = text.count("\n", 0, text.index(needle, start)) + 1
    else:
        line = line_in(text, needle, event)
    code, problems = check(cli)
    assert code == 1
    hits = [p for p in problems if p["rule"] == rule and p["line"] == line]
    assert hits, (rule, line, [(p["rule"], p["line"], p["message"]) for p in problems])
    assert 1 <= hits[0]["col"] <= len(text.splitlines()[line - 1]) + 1
    result = cli("check", "--format", "parsable")
    assert result.exit_code == 1
    assert f"data/events.yaml:{line}:" in result.stdout


def test_a_lost_dash_is_one_problem_not_one_per_key(project: Path, cli: Invoke) -> None:
    edit(f"  - id: {LAVROV}", f"    id: {LAVROV}")
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("duplicate-key", line_in(store(), f"id: {LAVROV}"))
    ]
    assert "lost its '- '" in problems[0]["message"]


def test_an_empty_or_boolean_date_is_one_problem(project: Path, cli: Invoke) -> None:
    edit('date: "2024-11-30"', "date: yes", BELOUSOV)
    assert [p["rule"] for p in check(cli)[1]] == ["schema-type"]


@pytest.mark.parametrize(
    ("data", "line"),
    [
        (b"\x00\x01\x02binary", 1),
        (b"events:\n  - id: a\x00b\n", 2),
        ("events: []\n".encode("utf-16"), 1),
        ("events:\n  - id: a\n    title: S\xe1bado\n".encode("latin-1"), 3),
    ],
    ids=["binary", "a NUL byte", "UTF-16", "Latin-1"],
)
def test_a_store_that_is_not_text_is_unreadable(
    project: Path, cli: Invoke, data: bytes, line: int
) -> None:
    STORE.write_bytes(data)
    result = cli("check", "--format", "parsable")
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith(f"timeline: error: data/events.yaml:{line}")


def test_a_huge_store_is_refused_before_it_is_read(
    project: Path, cli: Invoke, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("timeline.store.MAX_STORE_BYTES", 1000)
    result = cli("check")
    assert result.exit_code == 2
    assert "too large for a store" in result.stderr


def _four_spaces(text: str) -> str:
    widths = {2: 4, 4: 6, 6: 10, 8: 12}
    return re.sub(r"(?m)^( +)(?=\S)", lambda m: " " * widths[len(m.group(1))], text)


def _comments(text: str) -> str:
    text = re.sub(r"(?m)^(  - id: )", r"  # an event\n\1", text)
    text = re.sub(r"(?m)^(    (?:status|tags|date): [^\n]*)$", r"\1  # a comment", text)
    return "# top\n" + text + "# end\n"


def _unquoted(text: str) -> str:
    return re.sub(r'((?:date|resolved): )"([0-9-]+)"', r"\1\2", text)


def _dedented_lists(text: str) -> str:
    """Each list at the indentation of the key that holds it (`sources:` then `- seed:`)."""
    widths = {2: 0, 4: 2, 6: 2, 8: 4}
    return re.sub(r"(?m)^( +)(?=\S)", lambda m: " " * widths[len(m.group(1))], text)


def _key_order(text: str) -> str:
    text = re.sub(r"(?m)^  - id: (.*)\n    date: (.*)\n", r"  - date: \2\n    id: \1\n", text)
    return re.sub(r"(?m)^(    title: .*\n)(    status: .*\n)", r"\2\1", text)


SOUND: dict[str, Callable[[str], str]] = {
    "CRLF": lambda t: t.replace("\n", "\r\n"),
    "a BOM": lambda t: "\ufeff" + t,
    "unquoted dates": _unquoted,
    "single-quoted dates": lambda t: re.sub(r'((?:date|resolved): )"([0-9-]+)"', r"\1'\2'", t),
    "comments everywhere": _comments,
    "block-style tags": lambda t: re.sub(r"(?m)^    tags: \[(\w+)\]$", r"    tags:\n      - \1", t),
    "keys in another order": _key_order,
    "extra blank lines": lambda t: "\n\n" + t.replace("\n\n", "\n\n\n\n"),
    "4-space indentation": _four_spaces,
    "lists at their key's indentation": _dedented_lists,
    "no final newline": lambda t: t.rstrip("\n"),
    "trailing spaces": lambda t: t.replace("\n", "   \n"),
    "a document start": lambda t: "---\n" + t,
    "a %YAML directive": lambda t: "%YAML 1.1\n---\n" + t,
    "a document end": lambda t: t + "...\n",
    "an explicit !!str": lambda t: t.replace('date: "2025-07-12"', "date: !!str 2025-07-12"),
    "a title over two lines": lambda t: t.replace(
        "title: Kim Jong-un receives Sergei", "title: Kim Jong-un receives\n      Sergei"
    ),
}  # fmt: skip


@pytest.mark.parametrize("variant", list(SOUND), ids=list(SOUND))
def test_a_sound_store_written_differently_passes(project: Path, cli: Invoke, variant: str) -> None:
    text = SOUND[variant](store())
    assert text != store()
    STORE.write_bytes(text.encode("utf-8"))
    assert check(cli) == (0, [])


def test_seeds_checked_out_with_crlf_line_endings_pass(project: Path, cli: Invoke) -> None:
    for seed in Path("seeds").iterdir():
        seed.write_bytes(seed.read_bytes().replace(b"\n", b"\r\n"))
    assert check(cli) == (0, [])


def test_an_article_edited_beyond_its_line_endings_is_still_caught(
    project: Path, cli: Invoke
) -> None:
    seed = Path("seeds") / SEED4
    seed.write_bytes(seed.read_bytes().replace(b"\n", b"\r\n").replace(b"11.000", b"12.000"))
    code, problems = check(cli)
    assert code == 1
    assert {p["rule"] for p in problems} == {"seed-hash"}
