"""`timeline check` on a copy of the shipped store and seeds, mutated one way at a time.

Each test breaks the copy the way a hand edit would and asserts the exact rule
id and line reported (and that nothing else cries wolf where it should not).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

import pytest
import yaml

from tests.conftest import Invoke

STORE = Path("data/events.yaml")


def span(event: str | None, text: str) -> tuple[int, int]:
    """Where an event's block is in the store's text (the whole text when `event` is None).

    Tests name the event they break, so they keep working as curators add events.
    """
    if event is None:
        return (0, len(text))
    start = text.index(f"\n  - id: {event}\n") + 1
    following = text.find("\n  - id: ", start)
    return (start, len(text) if following == -1 else following + 1)


def edit(old: str, new: str, event: str | None = None, path: Path = STORE) -> None:
    """Replace the first `old` (which must be there) in the event's block of the copy."""
    text = path.read_text(encoding="utf-8")
    start, end = span(event, text)
    at = text.find(old, start, end)
    assert at != -1, old
    path.write_text(text[:at] + new + text[at + len(old) :], encoding="utf-8")


def line_of(needle: str, event: str | None = None, nth: int = 1, path: Path = STORE) -> int:
    """The 1-based line of the nth line holding `needle` in the event's block."""
    text = path.read_text(encoding="utf-8")
    start, end = span(event, text)
    first = text.count("\n", 0, start) + 1
    lines = text[start:end].splitlines()
    hits = [first + i for i, line in enumerate(lines) if needle in line]
    return hits[nth - 1]


def check(cli: Invoke, *args: str) -> tuple[int, list[dict]]:
    result = cli("check", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)["problems"]


def found(problems: list[dict], rule: str) -> list[int]:
    return sorted(p["line"] for p in problems if p["rule"] == rule)


def counts() -> tuple[int, int]:
    events = yaml.safe_load(STORE.read_text(encoding="utf-8"))["events"]
    return len(events), sum(len(e.get("sources") or []) for e in events)


def test_the_shipped_store_passes(project: Path, cli: Invoke) -> None:
    result = cli("check")
    assert result.exit_code == 0, result.output
    events, sources = counts()
    assert (
        result.stdout.splitlines()[-1]
        == f"{events} events, {sources} sources, 0 errors, 0 warnings"
    )


def test_the_shipped_store_passes_in_every_format(project: Path, cli: Invoke) -> None:
    for fmt in ("text", "parsable", "github", "json"):
        assert cli("check", "--format", fmt).exit_code == 0


VOSTOCHNY = "vostochny-summit-2023"
PACT = "russia-north-korea-pact-2024"
BELOUSOV = "belousov-visit-2024"
LAVROV = "lavrov-visit-2025"
PARADE = "beijing-parade-2025"


def test_yaml_syntax(project: Path, cli: Invoke) -> None:
    edit("    title: Kim Jong-un meets", "     title: Kim Jong-un meets", BELOUSOV)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("yaml-syntax", line_of("     title: Kim Jong-un meets"))
    ]


@pytest.mark.parametrize(
    ("old", "new"),
    [
        ("title: Kim Jong-un meets Russia", 'title: "Kim Jong-un meets Russia'),  # never closed
        ("title: Kim Jong-un meets Russia's", "title: 'Kim Jong-un meets Russia"),
        ("tags: [diplomacy, military]", "tags: [diplomacy, military"),
        ("    tags: [diplomacy, military]", "\ttags: [diplomacy, military]"),
        ("    tags: [diplomacy, military]", "   tags: [diplomacy, military]"),
        ("title: Kim Jong-un meets Russia", "title: Kim: Jong-un meets Russia"),
        ('KCNA ."\n', 'KCNA ." (KCNA)\n'),
    ],
)
def test_yaml_syntax_points_at_the_line_edited(
    project: Path, cli: Invoke, old: str, new: str
) -> None:
    before = STORE.read_text(encoding="utf-8").splitlines()
    edit(old, new, BELOUSOV)
    after = STORE.read_text(encoding="utf-8").splitlines()
    changed = next(n for n, (a, b) in enumerate(zip(before, after, strict=True), 1) if a != b)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [("yaml-syntax", changed)]


def test_a_missing_dash_merges_two_events_and_is_caught(project: Path, cli: Invoke) -> None:
    line = line_of(f"  - id: {BELOUSOV}")
    edit(f"  - id: {BELOUSOV}", f"    id: {BELOUSOV}")
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "duplicate-key")[0] == line


def test_duplicate_key(project: Path, cli: Invoke) -> None:
    edit("    status: confirmed\n", "    status: confirmed\n    title: Another title\n", PACT)
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "duplicate-key") == [line_of("title: Another title")]


def test_aliases_and_anchors_are_refused_not_expanded(project: Path, cli: Invoke) -> None:
    edit("tags: [", "tags: &t [", VOSTOCHNY)
    edit("tags: [diplomacy]", "tags: *t", LAVROV)
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "alias") == [line_of("&t"), line_of("*t")]
    assert found(problems, "schema-required") == []


def test_billion_laughs_is_cheap_and_refused(project: Path, cli: Invoke) -> None:
    lines = ['a0: &a0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    lines += [f"a{i}: &a{i} [" + ",".join([f"*a{i - 1}"] * 9) + "]" for i in range(1, 10)]
    STORE.write_text("\n".join(lines) + "\nevents: []\n", encoding="utf-8")
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "alias")[0] == 1
    assert len(found(problems, "alias")) == 10 + 9 * 9


def test_schema_required(project: Path, cli: Invoke) -> None:
    edit("    title: Kim Jong-un meets Russia's defence minister Andrei Belousov in Pyongyang\n",
         "", BELOUSOV)  # fmt: skip
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("schema-required", line_of(f"id: {BELOUSOV}"))
    ]


def test_schema_type(project: Path, cli: Invoke) -> None:
    edit("    tags: [diplomacy]\n", "    tags: diplomacy\n", LAVROV)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("schema-type", line_of("tags: diplomacy"))
    ]


def test_unknown_key_suggests_the_key_meant(project: Path, cli: Invoke) -> None:
    edit('    date: "2025-07-12"', '    dat: "2025-07-12"', LAVROV)
    code, problems = check(cli)
    assert code == 1
    [unknown] = [p for p in problems if p["rule"] == "unknown-key"]
    assert unknown["line"] == line_of("    dat:")
    assert unknown["col"] == 5
    assert "did you mean 'date'?" in unknown["message"]


def test_status_value(project: Path, cli: Invoke) -> None:
    edit("status: confirmed", "status: confirmd", VOSTOCHNY)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [("status-value", line_of("confirmd"))]
    assert "did you mean 'confirmed'?" in problems[0]["message"]


def test_id_format(project: Path, cli: Invoke) -> None:
    edit(f"id: {LAVROV}", "id: Lavrov_Visit_2025", LAVROV)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [("id-format", line_of("Lavrov_Visit"))]
    assert "'lavrov-visit-2025'" in problems[0]["message"]


def test_id_unique(project: Path, cli: Invoke) -> None:
    edit(f"id: {LAVROV}", f"id: {BELOUSOV}", LAVROV)
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "id-unique") == [line_of(f"id: {BELOUSOV}", nth=2)]


def test_edtf(project: Path, cli: Invoke) -> None:
    edit('date: "2024-06"', 'date: "June 2024"', PACT)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [("edtf", line_of("June 2024"))]


@pytest.mark.parametrize("value", ['"2024-11-31"', "2024-11-31", '"2024-13"'])
def test_calendar_day(project: Path, cli: Invoke, value: str) -> None:
    edit('date: "2024-11-30"', f"date: {value}", BELOUSOV)
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "calendar-day") == [line_of(f"date: {value}")]
    assert found(problems, "edtf") == []


def test_unquoted_dates_mean_the_same(project: Path, cli: Invoke) -> None:
    edit('date: "2024-11-30"', "date: 2024-11-30", BELOUSOV)
    edit('resolved: "2024"', "resolved: 2024", PACT)
    assert check(cli) == (0, [])


def move_last_event_first() -> tuple[str, str]:
    """Break the order; return the ids of the moved event and of the one now after it."""
    text = STORE.read_text(encoding="utf-8")
    head, *events = re.split(r"(?m)^(?=  - id: )", text)
    last = events.pop().rstrip("\n") + "\n\n"
    events[-1] = events[-1].rstrip("\n") + "\n"
    STORE.write_text(head + last + "".join(events), encoding="utf-8")
    ids = [e.split("\n", 1)[0].removeprefix("  - id: ") for e in (last, events[0])]
    return ids[0], ids[1]


def test_order(project: Path, cli: Invoke) -> None:
    _, second = move_last_event_first()
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [("order", line_of(f"id: {second}"))]


def test_fix_restores_the_order_and_keeps_comments(project: Path, cli: Invoke) -> None:
    original = STORE.read_text(encoding="utf-8")
    move_last_event_first()
    assert STORE.read_text(encoding="utf-8") != original
    result = cli("check", "--fix")
    assert result.exit_code == 0, result.output
    assert "moved into chronological order" in result.stderr
    assert STORE.read_text(encoding="utf-8") == original


def test_fix_leaves_an_ordered_store_byte_for_byte(project: Path, cli: Invoke) -> None:
    original = STORE.read_bytes()
    assert cli("check", "--fix").exit_code == 0
    assert STORE.read_bytes() == original


def test_fix_refuses_a_store_it_cannot_read_as_intended(project: Path, cli: Invoke) -> None:
    move_last_event_first()
    edit("    status: confirmed\n", "    status: confirmed\n    status: confirmed\n", PACT)
    before = STORE.read_bytes()
    result = cli("check", "--fix")
    assert result.exit_code == 1
    assert "order not fixed" in result.stderr
    assert STORE.read_bytes() == before


def test_seed_exists_suggests_the_file_meant(project: Path, cli: Invoke) -> None:
    edit("seed: 002_df6dc53cd25a6e55.txt", "seed: 002_df6dc53cd25a6e56.txt", VOSTOCHNY)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("seed-exists", line_of("002_df6dc53cd25a6e56"))
    ]
    assert "did you mean '002_df6dc53cd25a6e55.txt'?" in problems[0]["message"]


@pytest.mark.parametrize(
    "seed", ["../data/events.yaml", "/etc/passwd", "../seeds/002_df6dc53cd25a6e55.txt",
             "sub/../../x.txt", "C:\\\\seeds\\\\x.txt"]
)  # fmt: skip
def test_seed_path(project: Path, cli: Invoke, seed: str) -> None:
    edit("seed: 002_df6dc53cd25a6e55.txt", f'seed: "{seed}"', VOSTOCHNY)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("seed-path", line_of('seed: "' + seed[:4]))
    ]


def test_seed_path_refuses_a_link_out_of_the_seeds(project: Path, cli: Invoke) -> None:
    (project / "outside.txt").write_bytes(Path("seeds/002_df6dc53cd25a6e55.txt").read_bytes())
    (project / "seeds" / "link.txt").symlink_to(project / "outside.txt")
    edit("seed: 002_df6dc53cd25a6e55.txt", "seed: link.txt", VOSTOCHNY)
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "seed-path") == [line_of("seed: link.txt")]


def test_seeds_option_points_elsewhere(project: Path, cli: Invoke) -> None:
    Path("seeds").rename("articles")
    code, problems = check(cli)
    assert code == 1
    assert {p["rule"] for p in problems} == {"seed-exists"}
    assert check(cli, "--seeds", "articles") == (0, [])


def test_seed_hash_on_every_source_citing_the_edited_article(project: Path, cli: Invoke) -> None:
    seed = Path("seeds/004_8969fe9032fab421.txt")
    edit("11.000 soldados", "12.000 soldados", path=seed)
    citing = STORE.read_text(encoding="utf-8").count("seed: 004_8969fe9032fab421.txt")
    code, problems = check(cli)
    assert code == 1
    assert {p["rule"] for p in problems} == {"seed-hash"}
    assert found(problems, "seed-hash") == [
        line_of("seed: 004_8969fe9032fab421.txt", nth=n) for n in range(1, citing + 1)
    ]


def test_quote_whitespace_is_compared_verbatim(project: Path, cli: Invoke) -> None:
    edit("KCNA disse que o líder", "KCNA disse que  o líder", PACT)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("quote-in-article", line_of("KCNA disse que  o líder"))
    ]
    assert "differs only in spaces" in problems[0]["message"]


def test_expression_in_quote(project: Path, cli: Invoke) -> None:
    edit("expression: w środę", "expression: we wtorek", VOSTOCHNY)
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "expression-in-quote") == [line_of("expression: we wtorek", VOSTOCHNY)]


@pytest.mark.parametrize(
    ("event", "old", "new"),
    [
        (VOSTOCHNY, '"2023-09-13"', '"2023-09-06"'),  # pl "w środę" on 2023-09-13: that day
        (PACT, '"2024-06"\n        quote: "A KCNA', '"2024-05"\n        quote: "A KCNA'),
        (PACT, '"2024"\n        quote: "Anul', '"2023"\n        quote: "Anul'),  # ro: 2024
        (LAVROV, '"2025-07-12"', '"2025-07-13"'),  # pt "no sábado" on 2025-07-13: the 12th
        (PARADE, '"2025-09-03"', '"2025-09-02"'),  # no expression: the publication date
    ],
)
def test_expression_resolves(project: Path, cli: Invoke, event: str, old: str, new: str) -> None:
    edit("resolved: " + old, "resolved: " + new, event)
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "expression-resolves") == [
        line_of("resolved: " + new.split("\n")[0], event)
    ]


@pytest.mark.parametrize(
    ("lang", "expression", "ref", "value"),
    [
        ("pl", "w środę", "2023-09-13", "2023-09-13"),
        ("pt", "no sábado", "2025-07-13", "2025-07-12"),
        ("pt", "em junho do ano passado", "2025-07-13", "2024-06"),
        ("ro", "Anul trecut", "2025-09-03", "2024"),
        ("bg", "от 2024 г.", "2025-09-03", "2024"),
        ("pt", "em 30 de novembro", "2024-12-01", "2024-11-30"),
        ("pt", "em junho", "2024-12-01", "2024-06"),
    ],
)
def test_the_shipped_expressions_resolve_as_the_store_says(
    lang: str, expression: str, ref: str, value: str
) -> None:
    from timeline.check.rules.provenance import resolve_cached

    got = resolve_cached(expression, lang, dt.date.fromisoformat(ref), "past")
    assert got is not None and got.value == value


def test_source_lang(project: Path, cli: Invoke) -> None:
    edit("        lang: pl", "        lang: pt", VOSTOCHNY)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("source-lang", line_of("lang: pt", VOSTOCHNY))
    ]


def test_date_within_source(project: Path, cli: Invoke) -> None:
    edit('date: "2024-06"', 'date: "2024-07"', PACT)
    code, problems = check(cli)
    assert code == 1
    assert {(p["rule"], p["line"]) for p in problems} == {
        ("date-within-source", line_of('date: "2024-07"'))
    }
    assert len(problems) == 2  # the two sources that say June; the two that say 2024 agree


def test_a_dispute_silences_date_within_source(project: Path, cli: Invoke) -> None:
    edit('date: "2024-11-30"', 'date: "2024-11-29"', BELOUSOV)
    edit('KCNA ."\n', 'KCNA ."\n        dispute: KCNA dates it a day late\n', BELOUSOV)
    assert check(cli) == (0, [])


def test_precision(project: Path, cli: Invoke) -> None:
    edit('date: "2024-06"', 'date: "2024-06-19"', PACT)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("precision", line_of('date: "2024-06-19"'))
    ]


def test_confirmed_has_source(project: Path, cli: Invoke) -> None:
    text = STORE.read_text(encoding="utf-8")
    start, end = span(LAVROV, text)
    block = text[start:end]
    cut = block[: block.index("    sources:\n")] + "\n"
    STORE.write_text(text[:start] + cut + text[end:], encoding="utf-8")
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("confirmed-has-source", line_of("status: confirmed", LAVROV))
    ]


def test_same_happening_is_a_warning(project: Path, cli: Invoke) -> None:
    text = STORE.read_text(encoding="utf-8")
    start, end = span(LAVROV, text)
    copy = text[start:end].replace(LAVROV, "lavrov-visit-2025-again")
    STORE.write_text(text[:end] + copy + text[end:], encoding="utf-8")
    code, problems = check(cli)
    assert code == 0
    assert [(p["rule"], p["level"], p["line"]) for p in problems] == [
        ("same-happening", "warning", line_of("id: lavrov-visit-2025-again"))
    ]
    assert check(cli, "--strict")[0] == 1


def test_future_after_report(project: Path, cli: Invoke) -> None:
    edit('date: "2025-09-03"', 'date: "2025-09-05"', PARADE)
    text = STORE.read_text(encoding="utf-8")
    start, end = span(PARADE, text)
    block = re.sub(r"(?m)^(        quote: .*\n)", r"\1        dispute: a test\n", text[start:end])
    STORE.write_text(text[:start] + block + text[end:], encoding="utf-8")
    code, problems = check(cli)
    assert code == 0
    assert {(p["rule"], p["line"]) for p in problems} == {
        ("future-after-report", line_of('date: "2025-09-05"'))
    }


def test_undecided(project: Path, cli: Invoke) -> None:
    edit("status: confirmed", "status: candidate", PARADE)
    code, problems = check(cli)
    assert code == 0
    assert [(p["rule"], p["level"], p["line"]) for p in problems] == [
        ("undecided", "warning", line_of("status: candidate"))
    ]
    code, problems = check(cli, "--strict")
    assert code == 1
    assert problems[0]["level"] == "error"
