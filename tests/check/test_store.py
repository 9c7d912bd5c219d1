"""`timeline check` on a copy of the shipped store and seeds, mutated one way at a time.

Each test breaks the copy the way a hand edit would and asserts the exact rule
id and line reported (and that nothing else cries wolf where it should not).
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tests.conftest import Invoke

STORE = Path("data/events.yaml")


def edit(old: str, new: str, path: Path = STORE) -> None:
    """Replace the first occurrence of `old` (which must be there) in the copy."""
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def line_of(needle: str, nth: int = 1, path: Path = STORE) -> int:
    """The 1-based line of the nth line containing `needle`."""
    hits = [n for n, line in enumerate(path.read_text().splitlines(), 1) if needle in line]
    return hits[nth - 1]


def check(cli: Invoke, *args: str) -> tuple[int, list[dict]]:
    result = cli("check", "--format", "json", *args)
    return result.exit_code, json.loads(result.stdout)["problems"]


def found(problems: list[dict], rule: str) -> list[int]:
    return sorted(p["line"] for p in problems if p["rule"] == rule)


def test_the_shipped_store_passes(project: Path, cli: Invoke) -> None:
    result = cli("check")
    assert result.exit_code == 0, result.output
    assert result.stdout.strip() == "5 events, 9 sources, 0 errors, 0 warnings"


def test_the_shipped_store_passes_under_strict_in_every_format(project: Path, cli: Invoke) -> None:
    for fmt in ("text", "parsable", "github", "json"):
        assert cli("check", "--strict", "--format", fmt).exit_code == 0


def test_yaml_syntax(project: Path, cli: Invoke) -> None:
    edit("    title: Kim Jong-un meets", "     title: Kim Jong-un meets")
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
    edit(old, new)
    after = STORE.read_text(encoding="utf-8").splitlines()
    changed = next(n for n, (a, b) in enumerate(zip(before, after, strict=True), 1) if a != b)
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [("yaml-syntax", changed)]


def test_a_missing_dash_merges_two_events_and_is_caught(project: Path, cli: Invoke) -> None:
    edit("  - id: belousov-visit-2024", "    id: belousov-visit-2024")
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "duplicate-key")[0] == line_of("    id: belousov-visit-2024")


def test_duplicate_key(project: Path, cli: Invoke) -> None:
    edit("    status: confirmed\n", "    status: confirmed\n    title: Another title\n")
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "duplicate-key") == [line_of("title: Another title")]


def test_aliases_and_anchors_are_refused_not_expanded(project: Path, cli: Invoke) -> None:
    edit("tags: [summit, diplomacy]", "tags: &t [summit, diplomacy]")
    edit("tags: [diplomacy]", "tags: *t")
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
    edit(
        "    title: Kim Jong-un meets Russia's defence minister Andrei Belousov in Pyongyang\n", ""
    )
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("schema-required", line_of("id: belousov-visit-2024"))
    ]


def test_schema_type(project: Path, cli: Invoke) -> None:
    edit("    tags: [diplomacy]\n", "    tags: diplomacy\n")
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("schema-type", line_of("tags: diplomacy"))
    ]


def test_unknown_key_suggests_the_key_meant(project: Path, cli: Invoke) -> None:
    edit('    date: "2025-07-12"', '    dat: "2025-07-12"')
    code, problems = check(cli)
    assert code == 1
    [unknown] = [p for p in problems if p["rule"] == "unknown-key"]
    assert unknown["line"] == line_of("dat:")
    assert unknown["col"] == 5
    assert "did you mean 'date'?" in unknown["message"]


def test_status_value(project: Path, cli: Invoke) -> None:
    edit("status: confirmed", "status: confirmd")
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "status-value") == [line_of("confirmd")]
    assert "did you mean 'confirmed'?" in problems[0]["message"]


def test_id_format(project: Path, cli: Invoke) -> None:
    edit("id: lavrov-visit-2025", "id: Lavrov_Visit_2025")
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [("id-format", line_of("Lavrov_Visit"))]
    assert "'lavrov-visit-2025'" in problems[0]["message"]


def test_id_unique(project: Path, cli: Invoke) -> None:
    edit("id: belousov-visit-2024", "id: lavrov-visit-2025")
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "id-unique") == [line_of("id: lavrov-visit-2025", nth=2)]


def test_edtf(project: Path, cli: Invoke) -> None:
    edit('date: "2024-06"', 'date: "June 2024"')
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [("edtf", line_of("June 2024"))]


@pytest.mark.parametrize("value", ['"2024-11-31"', "2024-11-31", '"2024-13"'])
def test_calendar_day(project: Path, cli: Invoke, value: str) -> None:
    edit('date: "2024-11-30"', f"date: {value}")
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "calendar-day") == [line_of(value)]
    assert found(problems, "edtf") == []


def test_unquoted_dates_mean_the_same(project: Path, cli: Invoke) -> None:
    edit('date: "2024-11-30"', "date: 2024-11-30")
    edit('resolved: "2024"', "resolved: 2024")
    assert check(cli) == (0, [])


def swap_first_two_events() -> None:
    text = STORE.read_text(encoding="utf-8")
    head, *events = re.split(r"(?m)^(?=  - id: )", text)
    events[0], events[1] = events[1], events[0]
    STORE.write_text(head + "".join(events), encoding="utf-8")


def test_order(project: Path, cli: Invoke) -> None:
    swap_first_two_events()
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("order", line_of("id: vostochny-summit-2023"))
    ]


def test_fix_restores_the_order_and_keeps_comments(project: Path, cli: Invoke) -> None:
    original = STORE.read_text(encoding="utf-8")
    swap_first_two_events()
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
    swap_first_two_events()
    edit("    status: confirmed\n", "    status: confirmed\n    status: confirmed\n")
    before = STORE.read_bytes()
    result = cli("check", "--fix")
    assert result.exit_code == 1
    assert "order not fixed" in result.stderr
    assert STORE.read_bytes() == before


def test_seed_exists_suggests_the_file_meant(project: Path, cli: Invoke) -> None:
    edit("seed: 002_df6dc53cd25a6e55.txt", "seed: 002_df6dc53cd25a6e56.txt")
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
    edit("seed: 002_df6dc53cd25a6e55.txt", f'seed: "{seed}"')
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("seed-path", line_of('seed: "' + seed[:4]))
    ]


def test_seed_path_refuses_a_link_out_of_the_seeds(project: Path, cli: Invoke) -> None:
    (project / "outside.txt").write_bytes(Path("seeds/002_df6dc53cd25a6e55.txt").read_bytes())
    (project / "seeds" / "link.txt").symlink_to(project / "outside.txt")
    edit("seed: 002_df6dc53cd25a6e55.txt", "seed: link.txt")
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
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("seed-hash", line_of("seed: 004_8969fe9032fab421.txt", 1)),
        ("seed-hash", line_of("seed: 004_8969fe9032fab421.txt", 2)),
    ]


def test_quote_whitespace_is_compared_verbatim(project: Path, cli: Invoke) -> None:
    edit("KCNA disse que o líder", "KCNA disse que  o líder")
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("quote-in-article", line_of("KCNA disse que  o líder"))
    ]
    assert "differs only in spaces" in problems[0]["message"]


def test_expression_in_quote(project: Path, cli: Invoke) -> None:
    edit("expression: w środę", "expression: we wtorek")
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "expression-in-quote") == [line_of("expression: we wtorek")]


@pytest.mark.parametrize(
    ("old", "new", "anchor"),
    [
        # pl "w środę" against 2023-09-13 is that Wednesday.
        ('        resolved: "2023-09-13"', '        resolved: "2023-09-06"', '"2023-09-06"'),
        # pt "em junho" against 2024-12-01 is June 2024.
        ('resolved: "2024-06"\n        quote: "A KCNA',
         'resolved: "2024-05"\n        quote: "A KCNA', '"2024-05"'),
        # ro "Anul trecut" against 2025-09-03 is 2024.
        ('resolved: "2024"\n        quote: "Anul', 'resolved: "2023"\n        quote: "Anul',
         '"2023"'),
        # pt "no sábado" against 2025-07-13 is 2025-07-12.
        ('        resolved: "2025-07-12"', '        resolved: "2025-07-13"', '"2025-07-13"'),
        # no expression: the article's own publication date, 2025-09-03.
        ('        resolved: "2025-09-03"', '        resolved: "2025-09-02"', '"2025-09-02"'),
    ],
)  # fmt: skip
def test_expression_resolves(project: Path, cli: Invoke, old: str, new: str, anchor: str) -> None:
    edit(old, new)
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "expression-resolves") == [line_of("resolved: " + anchor)]


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
    import datetime as dt

    from timeline.check.rules.provenance import resolve_cached

    got = resolve_cached(expression, lang, dt.date.fromisoformat(ref), "past")
    assert got is not None and got.value == value


def test_source_lang(project: Path, cli: Invoke) -> None:
    edit("        lang: pl", "        lang: pt")
    code, problems = check(cli)
    assert code == 1
    assert found(problems, "source-lang") == [line_of("lang: pt")]


def test_date_within_source(project: Path, cli: Invoke) -> None:
    edit('date: "2024-06"', 'date: "2024-07"')
    code, problems = check(cli)
    assert code == 1
    assert {(p["rule"], p["line"]) for p in problems} == {
        ("date-within-source", line_of('date: "2024-07"'))
    }
    assert len(problems) == 2  # the two sources that say June; the two that say 2024 agree


def test_a_dispute_silences_date_within_source(project: Path, cli: Invoke) -> None:
    edit('date: "2024-11-30"', 'date: "2024-11-29"')
    edit(
        'informou a agência de notícias KCNA ."\n',
        'informou a agência de notícias KCNA ."\n        dispute: KCNA dates it a day late\n',
    )
    assert check(cli) == (0, [])


def test_precision(project: Path, cli: Invoke) -> None:
    edit('date: "2024-06"', 'date: "2024-06-19"')
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("precision", line_of('date: "2024-06-19"'))
    ]


def test_confirmed_has_source(project: Path, cli: Invoke) -> None:
    text = STORE.read_text(encoding="utf-8")
    start = text.index(
        "    sources:\n      - seed: 004_8969fe9032fab421.txt\n        lang: pt\n"
        "        expression: no sábado"
    )
    end = text.index("\n\n", start)
    STORE.write_text(text[:start] + text[end + 1 :], encoding="utf-8")
    code, problems = check(cli)
    assert code == 1
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("confirmed-has-source", line_of("status: confirmed", nth=4))
    ]


def test_same_happening_is_a_warning(project: Path, cli: Invoke) -> None:
    text = STORE.read_text(encoding="utf-8")
    start = text.index("  - id: lavrov-visit-2025")
    end = text.index("  - id: beijing-parade-2025")
    copy = text[start:end].replace("lavrov-visit-2025", "lavrov-wonsan-2025")
    STORE.write_text(text[:end] + copy + text[end:], encoding="utf-8")
    code, problems = check(cli)
    assert code == 0
    assert [(p["rule"], p["level"], p["line"]) for p in problems] == [
        ("same-happening", "warning", line_of("id: lavrov-wonsan-2025"))
    ]
    assert check(cli, "--strict")[0] == 1


def test_future_after_report(project: Path, cli: Invoke) -> None:
    edit('date: "2025-07-12"', 'date: "2025-07-20"')
    edit(
        '“Uma atmosfera cheia de confiança quente”."\n',
        '“Uma atmosfera cheia de confiança quente”."\n        dispute: a test\n',
    )
    code, problems = check(cli)
    assert code == 0
    assert [(p["rule"], p["line"]) for p in problems] == [
        ("future-after-report", line_of('date: "2025-07-20"'))
    ]


def test_undecided(project: Path, cli: Invoke) -> None:
    edit("status: confirmed", "status: candidate")
    code, problems = check(cli)
    assert code == 0
    assert [(p["rule"], p["level"], p["line"]) for p in problems] == [
        ("undecided", "warning", line_of("status: candidate"))
    ]
    code, problems = check(cli, "--strict")
    assert code == 1
    assert problems[0]["level"] == "error"
