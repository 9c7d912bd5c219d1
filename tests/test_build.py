"""`timeline build`: candidates from every mention, once, without touching a curator's word."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from functools import cache
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import SEEDS, Invoke
from timeline import build, yamledit
from timeline.store import event_from_item, load_events, load_tree, parse_document, write_atomic

STORE = Path("data") / "events.yaml"

# Every mention of the five seeds, and each lead dated only by its article's date
# (None: no expression), as shared/seeds/README.md reads them.
EVERY_MENTION = sorted(
    [
        ("000", "în 2022", "2022"),
        ("000", "Anul trecut", "2024"),
        ("000", "duminică", "2025-08-31"),
        ("000", None, "2025-09-03"),
        ("001", "от 2024 г.", "2024"),
        ("001", "по-рано тази година", "2025"),
        ("001", None, "2025-09-03"),
        *[("002", "w środę", "2023-09-13")] * 4,
        ("002", "we wtorek", "2023-09-12"),
        ("003", "em 30 de novembro", "2024-11-30"),
        ("003", "em junho", "2024-06"),
        ("003", "em setembro passado", "2024-09"),
        ("004", "em fevereiro de 2022", "2022-02"),
        ("004", "no sábado", "2025-07-12"),
        ("004", "na quinta -feira", "2025-07-10"),
        ("004", "em abril", "2025-04"),
        ("004", "em junho do ano passado", "2024-06"),
        ("004", "no mês passado", "2025-06"),
        ("004", None, "2025-07-13"),
    ],
    key=str,
)


def run(cli: Invoke, *args: str) -> str:
    result = cli("build", *args)
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


Triple = tuple[str, str | None, str]


def triples(path: Path = STORE, status: str | None = "candidate") -> list[Triple]:
    out = []
    for event in load_events(path):
        if status is None or event.status == status:
            for s in event.sources:
                assert s.resolved is not None
                out.append((s.seed[:3], s.expression, s.resolved.value))
    return sorted(out, key=str)


def in_order(path: Path = STORE) -> bool:
    keys = [e.sort_key() for e in load_events(path)]
    return keys == sorted(keys)


def is_subsequence(old: str, new: str) -> bool:
    """Every line of `old`, in order, among the lines of `new`: nothing removed or changed."""
    lines = iter(new.splitlines())
    return all(any(line == other for other in lines) for line in old.splitlines())


# --- the acceptance lines ----------------------------------------------------------------


def uncurated() -> None:
    """Start from a store with no events, so that a build has every mention to propose."""
    STORE.write_text("# curated by hand\nevents:\n", encoding="utf-8")


def test_building_the_curated_store_changes_nothing(cli: Invoke, project: Path) -> None:
    shipped = STORE.read_bytes()
    mtime = STORE.stat().st_mtime_ns
    out = run(cli)
    assert "0 new candidates, 22 already cited, 0 unresolvable, 0 changed" in out
    assert STORE.read_bytes() == shipped
    assert STORE.stat().st_mtime_ns == mtime, "a build with nothing new must not write"


def test_building_twice_leaves_the_store_byte_identical(cli: Invoke, project: Path) -> None:
    uncurated()
    before = STORE.read_text(encoding="utf-8")
    first = run(cli)
    assert "22 new became 19 candidates (0 marked no event, 8 linked), 0 already cited" in first
    after_first = STORE.read_bytes()
    assert is_subsequence(before, after_first.decode())
    assert in_order()
    mtime = STORE.stat().st_mtime_ns
    second = run(cli)
    assert STORE.read_bytes() == after_first
    assert STORE.stat().st_mtime_ns == mtime, "a build with nothing new must not write"
    assert "0 new candidates, 22 already cited, 0 unresolvable, 0 changed" in second


def test_curator_comments_title_and_rejection_survive(cli: Invoke, project: Path) -> None:
    uncurated()
    run(cli)
    text = STORE.read_text(encoding="utf-8")
    text = text.replace(
        "  - id: 2025-07-10-na-quinta-feira-004\n",
        "  # duplicate of lavrov-visit-2025, keep for the record\n"
        "  - id: 2025-07-10-na-quinta-feira-004  # seen by: ana\n",
    )
    text = re.sub(
        r"(  - id: 2025-04-em-abril-004\n.*?\n    title: ).*?\n",
        r"\1Pyongyang acknowledges sending troops to Russia\n",
        text,
        count=1,
        flags=re.S,
    )
    text = re.sub(
        r"(  - id: 2025-06-no-mes-passado-004\n(?:.*\n){2}    status: )candidate",
        r"\1rejected",
        text,
        count=1,
    )
    STORE.write_text(text, encoding="utf-8")
    assert "rejected" in text and "Pyongyang acknowledges" in text and "seen by: ana" in text
    out = run(cli)
    assert "0 new candidates" in out
    assert STORE.read_text(encoding="utf-8") == text
    statuses = {e.id: (e.status, e.title) for e in load_events(STORE)}
    assert statuses["2025-06-no-mes-passado-004"][0] == "rejected"
    assert statuses["2025-04-em-abril-004"][1] == "Pyongyang acknowledges sending troops to Russia"


def test_curator_edits_survive_a_build_that_adds(cli: Invoke, project: Path) -> None:
    """Edits kept while new candidates arrive from another seed."""
    run(cli)
    text = STORE.read_text(encoding="utf-8")
    title = "    title: Putin welcomes"
    text = text.replace(title, "    # checked against Reuters\n" + title)
    text = text.replace(
        "        expression: no mês passado\n", "        expression: no mês passado  # Shoigu?\n"
    )
    STORE.write_text(text, encoding="utf-8")
    extra = "Kim Jong Un visitou Moscou na segunda-feira, segundo a agência oficial do país.\n"
    Path("extra.txt").write_text(extra, encoding="utf-8")
    assert cli("add", "extra.txt", "--published", "2025-07-16", "--lang", "pt").exit_code == 0
    out = run(cli)
    assert "1 new became 1 candidate " in out
    new = STORE.read_text(encoding="utf-8")
    assert is_subsequence(text, new)
    assert "2025-07-14-na-segunda-feira-005" in new
    assert in_order()


def test_an_empty_store_gets_every_mention_of_the_seeds(cli: Invoke, project: Path) -> None:
    STORE.write_text("events: []\n", encoding="utf-8")
    out = run(cli)
    assert "22 new became 19 candidates (0 marked no event, 8 linked), 0 already cited" in out
    assert triples() == EVERY_MENTION
    assert in_order()
    ids = [e.id for e in load_events(STORE)]
    assert len(set(ids)) == len(ids)
    assert {"2025-07-12-no-sabado-004", "2024-ot-2024-g-001", "2025-09-03-published-000"} <= set(
        ids
    )
    assert all(re.fullmatch(r"[a-z0-9-]+", i) for i in ids)
    assert STORE.read_text(encoding="utf-8").startswith("events:\n  - id: ")


def test_candidates_carry_their_provenance(cli: Invoke, project: Path) -> None:
    uncurated()
    run(cli)
    tree = load_tree(STORE)
    assert tree is not None
    event = next(
        e.plain()
        for e in tree.value["events"].value
        if e.plain()["id"] == "2025-07-10-na-quinta-feira-004"
    )
    body = Path("seeds/004_8969fe9032fab421.txt").read_text(encoding="utf-8")
    (source,) = event["sources"]
    assert event["date"] == "2025-07-10" and event["status"] == "candidate"
    assert event["tags"] == []
    assert source["expression"] == "na quinta -feira" and source["resolved"] == "2025-07-10"
    assert source["quote"] in body and "na quinta -feira" in source["quote"]
    assert len(event["title"]) <= 101 and event["title"].endswith("…")
    raw = STORE.read_text(encoding="utf-8")
    assert '    date: "2025-07-10"\n    title: Trump disse' in raw


def test_a_seed_that_is_not_utf8_is_named_and_the_store_untouched(
    cli: Invoke, project: Path
) -> None:
    before = STORE.read_bytes()
    Path("seeds/005_latin2.txt").write_bytes(
        b"---\npublished: 2024-01-01\nlang: pl\n---\nW \xb6rod\xea Putin spotka\xb3 Kima.\n"
    )
    result = cli("build")
    assert result.exit_code == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "005_latin2.txt" in lines[0] and "not UTF-8" in lines[0]
    assert STORE.read_bytes() == before
    assert not Path(str(STORE) + ".lock").exists()


def test_a_seed_with_broken_front_matter_is_named(cli: Invoke, project: Path) -> None:
    before = STORE.read_bytes()
    Path("seeds/005_broken.txt").write_text("---\npublished: [2024\n---\nText.\n", encoding="utf-8")
    result = cli("build")
    assert result.exit_code == 2
    assert "005_broken.txt" in result.stderr and "front matter" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert STORE.read_bytes() == before


def test_a_second_build_is_refused_while_the_lock_is_held(cli: Invoke, project: Path) -> None:
    before = STORE.read_bytes()
    lock = Path(str(STORE) + ".lock")
    lock.write_text(f"{os.getpid()}\n")
    result = cli("build")
    assert result.exit_code == 2
    assert f"{lock}: locked by another timeline command (pid {os.getpid()})" in result.stderr
    assert STORE.read_bytes() == before
    assert lock.exists(), "someone else's lock is never removed"


def test_a_stale_lock_is_taken_over(cli: Invoke, project: Path) -> None:
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    lock = Path(str(STORE) + ".lock")
    lock.write_text(dead.stdout)
    run(cli)
    assert not lock.exists()
    assert "2025-07-12" in STORE.read_text(encoding="utf-8")


def test_dry_run_prints_a_diff_and_writes_nothing(cli: Invoke, project: Path) -> None:
    uncurated()
    before = STORE.read_bytes()
    out = run(cli, "--dry-run")
    assert STORE.read_bytes() == before
    assert "--- a/data/events.yaml" in out and "+++ b/data/events.yaml" in out
    assert "+  - id: 2025-07-10-na-quinta-feira-004" in out
    assert "22 new became 19 candidates" in out and "dry run: nothing written" in out


def test_a_changed_resolution_is_reported_and_the_store_kept(cli: Invoke, project: Path) -> None:
    run(cli)
    text = STORE.read_text(encoding="utf-8").replace(
        '        expression: no sábado\n        resolved: "2025-07-12"',
        '        expression: no sábado\n        resolved: "2025-07-05"',
    )
    STORE.write_text(text, encoding="utf-8")
    out = run(cli)
    assert "1 changed resolution\n" in out
    assert "“no sábado” now resolves to 2025-07-12, the store says 2025-07-05" in out
    assert "lavrov-visit-2025" in out
    assert STORE.read_text(encoding="utf-8") == text


def test_an_edited_quote_still_cites_its_mention(cli: Invoke, project: Path) -> None:
    text = STORE.read_text(encoding="utf-8").replace(
        "Kim e Lavrov se conheceram no sábado em",
        "Kim e Lavrov se conheceram no sábado […] em",
    )
    STORE.write_text(text, encoding="utf-8")
    run(cli)
    cited = [t for t in triples() if t[1] == "no sábado"]
    assert cited == [], "a curator's trimmed quote must not bring the mention back"


def test_a_quote_that_no_longer_holds_its_words_still_cites_one_mention(
    cli: Invoke, project: Path
) -> None:
    """Even when the curator's quote happens to occur elsewhere in the article ("x")."""
    text = STORE.read_text(encoding="utf-8").replace(
        '"De acordo com a agência de notícias da KCNA do Estado norte -coreana, Kim e Lavrov se '
        'conheceram no sábado em “Uma atmosfera cheia de confiança quente”."',
        "x",
    )
    STORE.write_text(text, encoding="utf-8")
    out = run(cli)
    assert [t for t in triples() if t[1] == "no sábado"] == []
    assert "0 new candidates, 22 already cited" in out


def test_the_store_given_and_the_seeds_given(cli: Invoke, project: Path, tmp_path: Path) -> None:
    store = tmp_path / "elsewhere.yaml"
    store.write_text("# mine\nevents:\n", encoding="utf-8")
    out = run(cli, "--store", str(store), "--seeds", "seeds")
    assert "22 new became 19 candidates" in out
    assert store.read_text(encoding="utf-8").startswith("# mine\nevents:\n  - id: ")
    assert cli("build", "--seeds", "nowhere").exit_code == 2


def test_untrusted_text_in_the_summary_is_not_markup(cli: Invoke, project: Path) -> None:
    body = "Putin [bold]spotkał[/bold] \x1b[2J Kima w środę w Moskwie, podała agencja.\n"
    Path("seeds/005_x.txt").write_text(
        f"---\npublished: 2024-05-08\nlang: pl\n---\n{body}", encoding="utf-8"
    )
    out = run(cli, "--dry-run")
    assert "\x1b" not in out
    assert "[bold]spotkał[/bold]" in out


# --- the editing layer ------------------------------------------------------------------


def splice(text: str, *events: dict[str, object]) -> str:
    """Insert events (as the build would, by date) and return the new text."""
    tree = parse_document(text, "t.yaml")
    old = [e.plain() for e in (tree.value["events"].value or [])] if tree else []
    where = yamledit.layout(text, tree, "t.yaml")
    inserts = []
    for event in events:
        position = next(
            (i for i, e in enumerate(old) if str(e["date"]) > str(event["date"])), len(old)
        )
        inserts.append((position, event))
    added = yamledit.blocks(where, inserts)
    new = yamledit.insert(text, where, added)
    yamledit.verify(tree, new, inserts, added, "t.yaml")
    return new


def ev(id_: str, date: str) -> dict[str, object]:
    return {"id": id_, "date": date, "title": f"t {id_}", "status": "candidate", "tags": []}


def test_a_header_comment_stays_above_its_event() -> None:
    text = (
        "events:\n  - id: a\n    date: '2023'\n    # a's own remark\n\n"
        "  # --- 2025 ---\n  - id: b\n    date: '2025'\n"
    )
    new = splice(text, ev("c", "2024"))
    assert new == (
        "events:\n  - id: a\n    date: '2023'\n    # a's own remark\n\n"
        '  - id: c\n    date: "2024"\n    title: t c\n    status: candidate\n    tags: []\n\n'
        "  # --- 2025 ---\n  - id: b\n    date: '2025'\n"
    )


def test_insert_first_last_and_into_an_empty_list() -> None:
    text = "# top\nevents:  # the list\n  - id: b\n    date: 2024\nother: 1\n"
    new = splice(text, ev("a", "2023"), ev("c", "2025"))
    assert new.splitlines()[:3] == ["# top", "events:  # the list", "  - id: a"]
    assert new.endswith(
        '  - id: c\n    date: "2025"\n    title: t c\n    status: candidate\n'
        "    tags: []\nother: 1\n"
    )
    empty = splice("events: []  # nothing yet\n", ev("a", "2023"))
    assert empty.startswith("events:  # nothing yet\n  - id: a\n")


def test_the_file_s_own_layout_is_followed() -> None:
    crlf = splice("events:\r\n- id: b\r\n  date: 2024\r\n- id: c\r\n  date: 2026", ev("a", "2025"))
    assert crlf == (
        'events:\r\n- id: b\r\n  date: 2024\r\n- id: a\r\n  date: "2025"\r\n'
        "  title: t a\r\n  status: candidate\r\n  tags: []\r\n- id: c\r\n  date: 2026\r\n"
    )


def test_a_flow_list_is_refused_clearly() -> None:
    text = "events: [{id: a, date: 2024}]\n"
    with pytest.raises(build.StoreError, match="block list"):
        yamledit.layout(text, parse_document(text, "t.yaml"), "t.yaml")


@pytest.mark.parametrize(
    "value",
    [
        "plain words",
        "yes",
        "2024",
        "a: b",
        "#x",
        "- x",
        "x #y",
        "“quoted”",
        'say "hi"',
        "tab\there",
        "new\nline",
        "\x85\u2028\ufeff",
        "",
        " lead",
        "trail ",
        "null",
        "[x]",
    ],
)
def test_scalars_read_back_as_written(value: str) -> None:
    assert yaml.safe_load(f"k: {yamledit.scalar(value)}")["k"] == value


# --- property: a build only ever adds ---------------------------------------------------


@cache
def seed_findings() -> list[tuple[object, list[build.Found]]]:
    """The seeds, extracted once for every example."""
    return build.read_seeds(SEEDS)  # type: ignore[return-value]


@cache
def real_sources() -> list[dict[str, str]]:
    """A source for every finding of the seeds: the ones a random store may cite."""
    out = []
    for _, found in seed_findings():
        for f in found:
            if f.value is None:
                continue
            source = {"seed": f.seed, "lang": f.lang}
            if f.expression:
                source["expression"] = f.expression
            source["resolved"] = f.value.store_value()
            source["quote"] = f.quote
            out.append(source)
    return out


WORDS = st.text(
    alphabet=st.sampled_from(list("abcxyz ăşłюд:#'\"[]{}&*!|>%@-,.“”")), min_size=1, max_size=30
)
DATES = st.sampled_from(
    ["2022", "2023-09-13", "2024", "2024-06", "2024-11-29/2024-12-01", "2025-07-12", "2026-01"]
)
COMMENT = st.text(alphabet=st.sampled_from(list("abc xyz-:#ăю")), max_size=20).map(
    lambda t: "# " + t.strip()
)


def q(value: str) -> str:
    import json

    return json.dumps(value, ensure_ascii=False)


@st.composite
def stores(draw: st.DrawFn) -> str:
    """A store as a curator might have written it: any statuses, comments and source order."""
    lines = [draw(COMMENT), "events:"] if draw(st.booleans()) else ["events:"]
    n = draw(st.integers(0, 6))
    for i in range(n):
        if draw(st.booleans()):
            lines.append("  " + draw(COMMENT))
        date = draw(DATES)
        date_text = date if draw(st.booleans()) and "/" not in date else q(date)
        lines += [f"  - id: ev-{i}", f"    date: {date_text}", f"    title: {q(draw(WORDS))}"]
        status = draw(st.sampled_from(["candidate", "confirmed", "rejected"]))
        eol = f"  {draw(COMMENT)}" if draw(st.booleans()) else ""
        lines.append(f"    status: {status}{eol}")
        lines.append(f"    tags: [{', '.join(draw(st.lists(st.sampled_from(['a', 'b']))))}]")
        picked = draw(
            st.lists(
                st.sampled_from(real_sources()),
                min_size=1,
                max_size=3,
                unique_by=lambda s: (s["seed"], s["quote"]),
            )
        )
        lines.append("    sources:")
        for source in draw(st.permutations(picked)):
            first = True
            for key, value in source.items():
                text = q(value) if key in ("resolved", "quote") else value
                lines.append(f"      {'- ' if first else '  '}{key}: {text}")
                first = False
        if draw(st.booleans()):
            lines.append("    " + draw(COMMENT))
        if draw(st.booleans()):
            lines.append("")
    if n == 0:
        lines[-1] = "events: []"
    return "\n".join(lines) + "\n"


def curator_edits(draw: st.DrawFn, text: str) -> str:
    """Comments, titles and statuses changed at random, as a person in an editor would."""
    lines = text.splitlines()
    for _ in range(draw(st.integers(0, 6))):
        i = draw(st.integers(0, len(lines) - 1))
        line = lines[i]
        kind = draw(st.sampled_from(["comment", "title", "status"]))
        if kind == "comment" and i > 0:
            lines.insert(i, " " * draw(st.sampled_from([0, 2, 4, 8])) + draw(COMMENT))
        elif kind == "title" and line.startswith("    title: "):
            lines[i] = f"    title: {q(draw(WORDS))}"
        elif kind == "status" and line.startswith("    status: "):
            lines[i] = f"    status: {draw(st.sampled_from(['confirmed', 'rejected']))}"
    return "\n".join(lines) + "\n"


def one_build(path: Path) -> build.Report:
    report = build.plan(path, seed_findings())  # type: ignore[arg-type]
    if report.modified:
        write_atomic(path, report.after)
    return report


def assert_only_added(before: str, after: str) -> None:
    """Every line kept in order (`events: []` may only lose its `[]`); every event unchanged."""
    if "events: []" in before and "events: []" not in after:
        before = before.replace("events: []", "events:")
    assert is_subsequence(before, after), "a line (event, source or comment) was lost or changed"
    old = {e.plain()["id"]: e.plain() for e in (load_tree_text(before))}
    new = {e.plain()["id"]: e.plain() for e in (load_tree_text(after))}
    for key, event in old.items():
        assert new[key] == event


def load_tree_text(text: str) -> list[object]:
    tree = parse_document(text, "t.yaml")
    assert tree is not None
    return list(tree.value["events"].value or [])


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_build_never_removes_an_event_a_source_or_a_comment(
    data: st.DataObject, tmp_path_factory: pytest.TempPathFactory
) -> None:
    path = tmp_path_factory.mktemp("store") / "events.yaml"
    text = data.draw(stores())
    path.write_text(text, encoding="utf-8")
    one_build(path)
    first = path.read_text(encoding="utf-8")
    assert_only_added(text, first)
    assert in_order(path) or not in_order_text(text)
    edited = curator_edits(data.draw, first)
    path.write_text(edited, encoding="utf-8")
    report = one_build(path)
    assert report.new == [], "a mention once proposed is never proposed again"
    assert path.read_text(encoding="utf-8") == edited


def in_order_text(text: str) -> bool:
    keys = [event_from_item(item, "t").sort_key() for item in load_tree_text(text)]
    return keys == sorted(keys)


# --- the lead sentence shortcut and the help ------------------------------------------


def test_the_lead_sentence_shortcut_agrees_with_extract_on_every_seed() -> None:
    from timeline import extract
    from timeline.seeds import list_articles, read_article

    for path in list_articles(SEEDS):
        article = read_article(path)
        assert build.lead_sentence(article) == extract.lead_sentence(article), path.name


PARAGRAPH = st.sampled_from(
    [
        "Titlu fără punct",
        "(Foto: KCNA)",
        "Scurt.",
        "",
        "Kim a spus duminică că va ajuta Moscova cât de mult poate, a anunțat agenția.",
        "Putin a răspuns. Liderii s-au întâlnit la Beijing în timpul paradei militare de ieri.",
        "Dl. Kim a plecat cu trenul blindat spre Vladivostok, au scris jurnaliștii ruși",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(PARAGRAPH, max_size=9), st.sampled_from(["\n", "\n\n", "\r\n"]))
def test_the_lead_sentence_shortcut_agrees_with_extract(paragraphs: list[str], sep: str) -> None:
    from timeline import extract
    from timeline.seeds import Article

    body = sep.join(paragraphs)
    article = Article("x.txt", body, body.encode(), {"lang": "ro"})
    assert build.lead_sentence(article) == extract.lead_sentence(article)


def test_help_has_an_example(cli: Invoke) -> None:
    for command in ("build", "add"):
        result = cli(command, "--help")
        assert result.exit_code == 0
        assert "Example" in result.stdout and f"timeline {command}" in result.stdout
