"""Decisions as commands: confirm, reject, merge, edit, list, seed set-date; and `build`'s
happenings and links, measured on the shipped timeline rebuilt from an empty store."""

from __future__ import annotations

import difflib
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import STORE as SHIPPED
from tests.conftest import Invoke
from timeline.model import Source
from timeline.store import load_events

STORE = Path("data") / "events.yaml"

# A Portuguese article of 16 July 2025 (front matter given by `add`): one mention of
# a day, one of a month, one quoting the day of publication.
ARTICLE = (
    "Kim Jong Un recebeu o ministro russo Sergei Shoigu na segunda-feira em Pyongyang, "
    "informou a KCNA.\n"
    "Os dois países assinaram um novo acordo militar em março de 2025, disse a agência.\n"
    "“Hoje a amizade entre os nossos povos é invencível”, disse Kim.\n"
)


def changed_lines(before: str, after: str) -> list[str]:
    """The unified diff's removed and added lines, in order (no context, no headers)."""
    return [
        line.rstrip("\n")
        for line in difflib.unified_diff(
            before.splitlines(keepends=True), after.splitlines(keepends=True), n=0
        )
        if line[:1] in "+-" and not line.startswith(("+++", "---"))
    ]


def ok(cli: Invoke, *args: str) -> str:
    result = cli(*args)
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def refused(cli: Invoke, *args: str) -> str:
    """A refusal: exit 2, one line on standard error, the store untouched."""
    before = STORE.read_bytes()
    result = cli(*args)
    assert result.exit_code == 2, result.output
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1 and result.stderr.startswith("timeline: error: ")
    assert STORE.read_bytes() == before
    return result.stderr


def with_article(cli: Invoke) -> None:
    """The shipped store plus the candidates of one more article."""
    Path("kim.txt").write_text(ARTICLE, encoding="utf-8")
    ok(cli, "add", "kim.txt", "--published", "2025-07-16", "--lang", "pt")
    out = ok(cli, "build")
    assert "3 new became 3 candidates (1 marked no event, 0 linked), 22 already cited" in out


def ids() -> list[str]:
    return [e.id for e in load_events(STORE)]


# --- build: happenings and links -------------------------------------------------------


def clusters() -> list[set[str]]:
    """Candidates joined by `may_be` suggestions, either way: what a curator sees as one."""
    events = load_events(STORE)
    parent = {e.id: e.id for e in events}

    def root(x: str) -> str:
        while parent[x] != x:
            x = parent[x]
        return x

    for e in events:
        for target, _ in e.may_be:
            parent[root(e.id)] = root(target)
    groups: dict[str, set[str]] = {}
    for e in events:
        groups.setdefault(root(e.id), set()).add(e.id)
    return list(groups.values())


def candidates_holding(event_id: str) -> dict[str, set[str]]:
    """For each source of a shipped event: the rebuilt candidates holding it, by seed.

    A source without words (an article's lead, dated by publication) is the article's
    lead candidate whichever sentence a curator chose to quote.
    """
    shipped = {e.id: e for e in load_events(SHIPPED)}[event_id]
    rebuilt = load_events(STORE)
    out: dict[str, set[str]] = {}

    def same(a: Source, b: Source) -> bool:
        if a.expression is None or b.expression is None:
            return (a.seed, a.expression, a.resolved) == (b.seed, b.expression, b.resolved)
        return (a.seed, a.expression, a.quote) == (b.seed, b.expression, b.quote)

    for source in shipped.sources:
        for candidate in rebuilt:
            if any(same(s, source) for s in candidate.sources):
                out.setdefault(source.seed, set()).add(candidate.id)
    return out


def test_rebuilt_from_empty_the_pact_and_the_parade_are_each_one_happening(
    cli: Invoke, project: Path
) -> None:
    STORE.write_text("events:\n", encoding="utf-8")
    out = ok(cli, "build")
    assert out == (
        "5 seeds read, 19 mentions found (+3 dated by publication), 22 new became 19 "
        "candidates (0 marked no event, 8 linked), 0 already cited, 0 unresolvable, "
        "0 changed resolutions\n"
    )
    pact = candidates_holding("russia-north-korea-pact-2024")
    parade = candidates_holding("beijing-parade-2025")
    assert sorted(s[:3] for s in pact) == ["000", "001", "003", "004"]  # ro, bg, pt, pt
    assert sorted(s[:3] for s in parade) == ["000", "001"]  # ro, bg
    pact_ids = set().union(*pact.values())
    parade_ids = set().union(*parade.values())
    groups = clusters()
    assert pact_ids in groups, "the pact's four candidates are linked to each other only"
    assert parade_ids in groups, "the parade's two candidates are linked to each other only"


def test_rebuilt_from_empty_no_mention_twice_and_one_candidate_per_happening_per_article(
    cli: Invoke, project: Path
) -> None:
    STORE.write_text("events:\n", encoding="utf-8")
    ok(cli, "build")
    sources = [(s.seed, s.expression, s.quote) for e in load_events(STORE) for s in e.sources]
    assert len(sources) == len(set(sources)) == 22
    for event in load_events(SHIPPED):
        for seed, holders in candidates_holding(event.id).items():
            assert len(holders) == 1, (event.id, seed, holders)
    vostochny = candidates_holding("vostochny-summit-2023")
    assert vostochny["002_df6dc53cd25a6e55.txt"] == {"2023-09-13-w-srode-002"}


def test_a_new_article_s_mention_of_a_shipped_event_is_linked_to_it(
    cli: Invoke, project: Path
) -> None:
    text = (
        "Руският президент Владимир Путин започна пълномащабната инвазия в Украйна през "
        "февруари 2022 г., припомня агенцията.\n"
    )
    Path("bg.txt").write_text(text, encoding="utf-8")
    ok(cli, "add", "bg.txt", "--published", "2025-09-05", "--lang", "bg")
    out = ok(cli, "build")
    assert "1 new became 1 candidate (0 marked no event, 1 linked)" in out
    (new,) = [e for e in load_events(STORE) if e.status == "candidate"]
    assert new.may_be[0][0] == "russia-invades-ukraine-2022"
    assert new.may_be[0][1] >= 0.5
    check = cli("check", "--format", "parsable")
    assert "may be the same happening as 'russia-invades-ukraine-2022' (0.57)" in check.stdout


# --- confirm ---------------------------------------------------------------------------


def test_confirm_changes_only_its_lines(cli: Invoke, project: Path) -> None:
    with_article(cli)
    before = STORE.read_text(encoding="utf-8")
    out = ok(
        cli,
        "confirm",
        "2025-07-14-na-segunda-feira-005",
        "--title",
        "Kim Jong-un receives Sergei Shoigu in Pyongyang",
        "--tag",
        "diplomacy, military",
    )
    assert out == (
        "confirmed 2025-07-14-na-segunda-feira-005: Kim Jong-un receives Sergei Shoigu in "
        "Pyongyang\n"
    )
    assert changed_lines(before, STORE.read_text(encoding="utf-8")) == [
        "-    title: Kim Jong Un recebeu o ministro russo Sergei Shoigu na segunda-feira em "
        "Pyongyang, informou a KCNA.",
        "-    status: candidate",
        "-    tags: []",
        "+    title: Kim Jong-un receives Sergei Shoigu in Pyongyang",
        "+    status: confirmed",
        "+    tags: [diplomacy, military]",
    ]
    assert "# The curated timeline" in STORE.read_text(encoding="utf-8")


def test_confirm_with_a_date_within_its_source_and_refusals(cli: Invoke, project: Path) -> None:
    with_article(cli)
    assert "outside 2025-03" in refused(
        cli, "confirm", "2025-03-em-marco-de-2025-005", "--title", "A pact", "--date", "2025-04"
    )
    assert "more precise than any source" in refused(
        cli, "confirm", "2025-03-em-marco-de-2025-005", "--title", "A pact", "--date", "2025-03-03"
    )
    assert "no event with the id 'nope'" in refused(cli, "confirm", "nope", "--title", "x")
    assert "already confirmed" in refused(cli, "confirm", "lavrov-visit-2025", "--title", "Lavrov")
    ok(cli, "confirm", "2025-03-em-marco-de-2025-005", "--title", "A new military accord")


# --- reject ----------------------------------------------------------------------------


def test_reject_by_kind_sets_status_and_note_only(cli: Invoke, project: Path) -> None:
    with_article(cli)
    before = STORE.read_text(encoding="utf-8")
    out = ok(cli, "reject", "--kind", "quoted", "--note", "Kim's 'today' in a quote")
    assert out == "rejected 1 candidate\n"
    assert changed_lines(before, STORE.read_text(encoding="utf-8")) == [
        "-    status: candidate",
        "+    status: rejected",
        "+    note: Kim's 'today' in a quote",
    ]
    assert "no event with the id 'unknown-id'" in refused(
        cli, "reject", "unknown-id", "--note", "x"
    )
    assert "only candidates are rejected" in refused(
        cli, "reject", "lavrov-visit-2025", "--note", "x"
    )


def test_reject_all_from_a_seed(cli: Invoke, project: Path) -> None:
    with_article(cli)
    out = ok(cli, "reject", "--all-from", "005", "--note", "not about the timeline")
    assert out == "rejected 3 candidates\n"
    assert [e.status for e in load_events(STORE) if e.id.endswith("-005")] == ["rejected"] * 3
    assert cli("check", "--strict").exit_code == 0


# --- merge -----------------------------------------------------------------------------


def test_merge_moves_the_sources_and_deletes_the_candidate(cli: Invoke, project: Path) -> None:
    with_article(cli)
    before = STORE.read_text(encoding="utf-8")
    out = ok(
        cli,
        "merge",
        "2025-07-14-na-segunda-feira-005",
        "--into",
        "lavrov-visit-2025",
        "--dispute",
        "another visit: test only",
    )
    assert out.startswith("merged 2025-07-14-na-segunda-feira-005 into lavrov-visit-2025")
    lines = changed_lines(before, STORE.read_text(encoding="utf-8"))
    seed = next(p.name for p in Path("seeds").glob("005_*"))
    assert lines == [
        f"+      - seed: {seed}",
        "+        lang: pt",
        "+        expression: na segunda-feira",
        '+        resolved: "2025-07-14"',
        '+        quote: "Kim Jong Un recebeu o ministro russo Sergei Shoigu na segunda-feira em '
        'Pyongyang, informou a KCNA."',
        '+        dispute: "another visit: test only"',
        "-",
        "-  - id: 2025-07-14-na-segunda-feira-005",
        '-    date: "2025-07-14"',
        "-    title: Kim Jong Un recebeu o ministro russo Sergei Shoigu na segunda-feira em "
        "Pyongyang, informou a KCNA.",
        "-    status: candidate",
        "-    tags: []",
        "-    sources:",
        f"-      - seed: {seed}",
        "-        lang: pt",
        "-        expression: na segunda-feira",
        '-        resolved: "2025-07-14"',
        '-        quote: "Kim Jong Un recebeu o ministro russo Sergei Shoigu na segunda-feira em '
        'Pyongyang, informou a KCNA."',
    ]


def test_merge_refusals(cli: Invoke, project: Path) -> None:
    with_article(cli)
    candidate = "2025-07-14-na-segunda-feira-005"
    assert "into itself" in refused(cli, "merge", candidate, "--into", candidate)
    assert "no event with the id 'lavrov'" in refused(cli, "merge", candidate, "--into", "lavrov")
    message = refused(cli, "merge", candidate, "--into", "lavrov-visit-2025")
    assert "2025-07-12 is outside 2025-07-14" in message and "--dispute" in message


def test_merge_narrows_the_date_and_keeps_the_order(cli: Invoke, project: Path) -> None:
    """A year-dated event merged with a month-dated source takes the month, and moves."""
    STORE.write_text("events:\n", encoding="utf-8")
    ok(cli, "build")
    ok(cli, "merge", "2024-06-em-junho-003", "--into", "2024-anul-trecut-000")
    events = load_events(STORE)
    pact = next(e for e in events if e.id == "2024-anul-trecut-000")
    assert pact.date.value == "2024-06" and len(pact.sources) == 2
    keys = [e.sort_key() for e in events]
    assert keys == sorted(keys)
    links = {e.id: e.may_be for e in events}
    assert ("2024-anul-trecut-000", 0.7) in links["2024-06-em-junho-do-ano-passado-004"]


# --- edit ------------------------------------------------------------------------------


def test_edit_the_shipped_store_changes_one_line_and_re_places_the_event(
    cli: Invoke, project: Path
) -> None:
    before = STORE.read_text(encoding="utf-8")
    out = ok(cli, "edit", "north-korean-troops-in-kursk-2025", "--title", "Kursk, with help")
    assert out == "edited north-korean-troops-in-kursk-2025: title\n"
    assert changed_lines(before, STORE.read_text(encoding="utf-8")) == [
        "-    title: North Korean troops help Moscow push Ukrainian forces out of the Kursk region",
        "+    title: Kursk, with help",
    ]
    assert "outside 2025-04" in refused(
        cli, "edit", "pyongyang-acknowledges-troops-2025", "--date", "2025-05"
    )
    assert "no event with the id" in refused(cli, "edit", "kursk", "--date", "2025")


def test_edit_a_date_moves_the_event_with_its_lines(cli: Invoke, project: Path) -> None:
    STORE.write_text("events:\n", encoding="utf-8")
    ok(cli, "build")
    before = ids()
    assert before.index("2024-anul-trecut-000") < before.index("2024-ot-2024-g-001")
    ok(cli, "edit", "2024-ot-2024-g-001", "--date", "2024")  # same date: nothing moves
    assert ids() == before
    ok(cli, "merge", "2024-06-em-junho-003", "--into", "2024-ot-2024-g-001")
    after = ids()
    assert after.index("2024-ot-2024-g-001") > after.index("2024-anul-trecut-000")
    keys = [e.sort_key() for e in load_events(STORE)]
    assert keys == sorted(keys)
    assert cli("check").exit_code == 0


# --- a whole curation ------------------------------------------------------------------


def test_a_full_curation_of_a_build_leaves_check_strict_clean(cli: Invoke, project: Path) -> None:
    STORE.write_text("# rebuilt\nevents:\n", encoding="utf-8")
    ok(cli, "build")
    steps = [
        ("merge", "2022-in-2022-000", "--into", "2022-02-em-fevereiro-de-2022-004"),
        ("confirm", "2022-02-em-fevereiro-de-2022-004", "--title", "Russia invades Ukraine"),
        ("confirm", "2023-09-12-we-wtorek-002", "--title", "Kim arrives in Russia"),
        ("confirm", "2023-09-13-w-srode-002", "--title", "Vostochny summit", "--tag", "summit"),
        (
            "merge",
            "2024-09-em-setembro-passado-003",
            "--into",
            "2023-09-13-w-srode-002",
            "--dispute",
            "mistranslated: September last year",
        ),
        ("merge", "2024-anul-trecut-000", "--into", "2024-06-em-junho-do-ano-passado-004"),
        ("merge", "2024-ot-2024-g-001", "--into", "2024-06-em-junho-do-ano-passado-004"),
        ("merge", "2024-06-em-junho-003", "--into", "2024-06-em-junho-do-ano-passado-004"),
        (
            "confirm",
            "2024-06-em-junho-do-ano-passado-004",
            "--title",
            "The pact",
            "--tag",
            "treaty",
        ),
        ("merge", "2025-09-03-published-001", "--into", "2025-09-03-published-000"),
        ("confirm", "2025-09-03-published-000", "--title", "Beijing parade"),
        ("reject", "2025-07-13-published-004", "--note", "the lead reports Saturday"),
    ]
    for step in steps:
        ok(cli, *step)
    left = [e.id for e in load_events(STORE) if e.status == "candidate"]
    for event_id in left:
        ok(cli, "confirm", event_id, "--title", f"Event {event_id}")
    events = load_events(STORE)
    pact = next(e for e in events if e.id == "2024-06-em-junho-do-ano-passado-004")
    assert sorted(s.lang or "" for s in pact.sources) == ["bg", "pt", "pt", "ro"]
    result = cli("check", "--strict")
    assert result.exit_code == 0, result.stdout
    assert result.stdout.strip().endswith("0 errors, 0 warnings")
    assert STORE.read_text(encoding="utf-8").startswith("# rebuilt\nevents:\n")


# --- list ------------------------------------------------------------------------------


def test_list_shows_ids_and_filters(cli: Invoke, project: Path) -> None:
    STORE.write_text("events:\n", encoding="utf-8")
    ok(cli, "build")
    out = ok(cli, "list", "--seed", "001")
    assert out.splitlines() == [
        "2024-ot-2024-g-001 · 2024 · candidate · 1 source (bg)",
        "  Двете страни са обвързани с договор за взаимна отбрана от 2024 г. и са подложени на "
        "тежки…",
        "  may be 2024-anul-trecut-000 (0.43) Anul trecut, Rusia și Coreea de Nord au semnat "
        "un acord prin",
        "  care se obligă reciproc să ofere…",
        "  may be 2024-06-em-junho-do-ano-passado-004 (0.39) Kim assinou um acordo com o líder "
        "russo Vladimir",
        "  Putin em junho do ano passado, concordando em…",
        "",
        "2025-po-rano-tazi-godina-001 · 2025 · candidate · 1 source (bg)",
        "  Севернокорейските войски помогнаха на Москва по-рано тази година да изтласка "
        "украинските сили от…",
        "  may be 2025-06-no-mes-passado-004 (0.38) Além dos soldados, a Coréia do Norte "
        "também prometeu",
        "  enviar milhares de trabalhadores para ajudar a…",
        "",
        "2025-09-03-published-001 · 3 Sep 2025 · candidate · 1 source (bg)",
        "  С евернокорейският лидер Ким Чен-ун обеща пълната си подкрепа на Владимир Путин и "
        "се зарече да…",
        "  may be 2025-09-03-published-000 (0.72) Vladimir Putin l-a invitat pe Kim Jong-un să "
        "viziteze",
        "  Rusia, în cadrul unei întâlniri prelungite…",
        "",
        "3 events",
    ]
    assert ok(cli, "list", "--text", "KURSK", "--limit", "1").splitlines()[-1] == ("1 event")
    assert ok(cli, "list", "--since", "2025-08", "--limit", "1").splitlines()[-1] == (
        "1 of 4 events"  # as `show --limit` words it
    )
    assert ok(cli, "show", "--status", "candidate", "--since", "2025-08", "--limit", "1").split(
        "\n"
    )[-2] == ("1 of 4 events (candidate)")
    assert ok(cli, "list", "--status", "confirmed").strip() == "0 events"
    full = ok(cli, "list", "2025-07-12-no-sabado-004")
    assert "    pt · 004_8969fe9032fab421.txt · “no sábado” → 2025-07-12" in full
    assert "no event with the id" in refused(cli, "list", "nope")


# --- mending an article's date ---------------------------------------------------------


def test_add_again_with_published_sets_the_date_and_re_resolves(cli: Invoke, project: Path) -> None:
    Path("kim.txt").write_text(ARTICLE, encoding="utf-8")
    out = ok(cli, "add", "kim.txt", "--lang", "pt")
    assert "added seeds/005_" in out
    build = ok(cli, "build")
    assert "2 unresolvable" in build  # "na segunda-feira" and "Hoje" have no reference date
    refusal = refused(cli, "add", "kim.txt")
    assert "already in the seeds as 005_" in refusal and "--published" in refusal
    out = ok(cli, "add", "kim.txt", "--published", "2025-07-16")
    seed = next(p.name for p in Path("seeds").glob("005_*"))
    assert out.splitlines()[:3] == [
        f"seeds/{seed}: published no date → 2025-07-16",
        "  “na segunda-feira”: unresolved → 2025-07-14",
        "  “Hoje”: unresolved → 2025-07-16",
    ]
    assert "2 new became 2 candidates (1 marked no event" in ok(cli, "build")
    out = ok(cli, "seed", "set-date", "005", "2025-07-17")
    assert "  “na segunda-feira”: 2025-07-14 → 2025-07-14" not in out
    assert "  store: 2025-07-16-hoje-005 (candidate): now 2025-07-17" in out
    assert cli("check").exit_code == 0
    assert "no seed named '999'" in refused(cli, "seed", "set-date", "999", "2025-07-17")


@pytest.mark.parametrize(
    "args",
    [
        ("confirm", "nope", "--title", "x"),
        ("reject", "nope", "--note", "x"),
        ("merge", "nope", "--into", "lavrov-visit-2025"),
        ("edit", "nope", "--title", "x"),
    ],
)
def test_every_decision_refuses_an_unknown_id_on_one_line(
    cli: Invoke, project: Path, args: tuple[str, ...]
) -> None:
    message = refused(cli, *args)
    assert "no event with the id 'nope'" in message and "timeline list" in message


def test_a_built_store_with_marks_and_links_fits_the_schema(cli: Invoke, project: Path) -> None:
    import jsonschema
    import yaml

    from timeline.schema import json_schema

    with_article(cli)
    text = Path("bg.txt")
    text.write_text(
        "Руският президент Владимир Путин започна пълномащабната инвазия в Украйна през "
        "февруари 2022 г., припомня агенцията.\n",
        encoding="utf-8",
    )
    ok(cli, "add", "bg.txt", "--published", "2025-09-05", "--lang", "bg")
    ok(cli, "build")
    data = yaml.safe_load(STORE.read_text(encoding="utf-8"))
    assert any("may_be" in e for e in data["events"]) and any("kind" in e for e in data["events"])
    jsonschema.Draft202012Validator(json_schema()).validate(data)
    data["events"][-1]["may_be"] = [{"id": "Not An Id", "score": 2}]
    errors = list(jsonschema.Draft202012Validator(json_schema()).iter_errors(data))
    assert len(errors) == 2
    result = cli("check", "--format", "parsable")
    assert "(schema-" not in result.stdout and "(unknown-key)" not in result.stdout


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    title=st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=80),
    tags=st.lists(st.text(st.characters(exclude_categories=("Cs",)), max_size=12), max_size=3),
)
def test_any_title_and_tags_read_back_as_written(
    tmp_path_factory: pytest.TempPathFactory, title: str, tags: list[str]
) -> None:
    """Untrusted text (quotes, colons, '#', control characters) is written so that it reads
    back as itself, or refused in one line; every other line of the store stays."""
    from timeline import curate

    folder = tmp_path_factory.mktemp("store")
    store = folder / "events.yaml"
    store.write_text(_CANDIDATE_STORE, encoding="utf-8")
    loaded = curate.load(store)
    tags = curate.tag_list(tags)
    try:
        _, text = curate.confirm(loaded, "c-1", title, tags)
    except curate.CurateError as exc:
        assert not " ".join(title.split()) and "--title" in str(exc)
        return
    store.write_text(text, encoding="utf-8")
    (event,) = load_events(store)
    assert event.title == " ".join(title.split())
    assert event.tags == tags and event.status == "confirmed"
    kept = [line for line in _CANDIDATE_STORE.splitlines() if "title:" not in line]
    kept = [line for line in kept if "status:" not in line and "tags:" not in line]
    assert all(line in text.splitlines() for line in kept)


_CANDIDATE_STORE = """\
# a comment that stays
events:
  - id: c-1   # trailing comment
    date: "2025-07-12"
    title: Kim e Lavrov se conheceram no sábado.
    status: candidate
    tags: []
    sources:
      - seed: x.txt
        expression: no sábado
        resolved: "2025-07-12"
        quote: "Kim e Lavrov se conheceram no sábado."
    # a comment inside the event
"""
