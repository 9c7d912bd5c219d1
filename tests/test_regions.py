"""Decisions proved by windows (`timeline.regions`) write what reading the whole store writes.

Every decision is made twice on the same text: on the store cut in regions (the fast way
`curate.decide` takes) and on the store read whole (`curate.load`, whose `_commit` parses
the whole new text back). The two must give the same text, or the same refusal; and a
decision the windows cannot prove must fall back to reading the whole store.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import Invoke
from timeline import curate, regions
from timeline.store import load_events

STORE = Path("data") / "events.yaml"
Action = Callable[[curate.Loaded], tuple[str, str]]


def both(text: str, action: Action) -> tuple[str, str]:
    """The action's outcome on the regions and on the whole store: equal, or refused alike."""
    cut = regions.Regions.read(text, str(STORE))
    assert cut is not None
    fast = curate.located(STORE, text, cut)
    whole = curate.load(STORE, text)
    try:
        expected = action(whole)
    except curate.CurateError as exc:
        with pytest.raises(curate.CurateError) as refused:
            action(fast)
        assert str(refused.value) == str(exc)
        return ("", text)
    got = action(fast)  # raises regions.Unsettled if the windows could not prove it
    assert got == expected
    assert fast.pending is not None and fast.pending.text == got[1]
    again = regions.Regions.read(got[1], str(STORE))
    assert again is not None
    assert again.regions == fast.pending.regions  # the regions kept for the next decision
    return got


def decisions(text: str) -> list[tuple[str, Action]]:
    """Every kind of decision on every candidate of the store, dates that move events too."""
    events = load_events(STORE)
    out: list[tuple[str, Action]] = []
    confirmed = [e.id for e in events if e.status == "confirmed"]
    for e in events:
        if e.status != "candidate":
            continue
        out.append(("reject", lambda s, i=e.id: curate.reject(s, [i], "not an event")))
        out.append(
            ("confirm", lambda s, i=e.id: curate.confirm(s, i, "A title: “quoted”", ["x, y"]))
        )
        resolved = [src.resolved.store_value() for src in e.sources if src.resolved]
        for date in {*resolved[:1], e.date.start.isoformat(), str(e.date.start.year)}:
            out.append(
                ("confirm --date", lambda s, i=e.id, d=date: curate.confirm(s, i, "T", [], d))
            )
            out.append(("edit --date", lambda s, i=e.id, d=date: curate.edit(s, i, date=d)))
        for target, _ in e.may_be[:1]:
            out.append(("merge", lambda s, i=e.id, t=target: curate.merge(s, i, t, "why")))
        for target in confirmed[:2] + confirmed[-1:]:
            out.append(("merge", lambda s, i=e.id, t=target: curate.merge(s, i, t, "why")))
    for i in confirmed[:1] + confirmed[-1:]:
        out.append(("edit --title", lambda s, i=i: curate.edit(s, i, title="New", tags=["a"])))
    return out


def test_every_decision_on_a_fresh_build_is_the_same_by_regions(cli: Invoke, project: Path) -> None:
    STORE.write_text("# rebuilt\nevents:\n", encoding="utf-8")
    assert cli("build").exit_code == 0
    text = STORE.read_text(encoding="utf-8")
    made: dict[str, int] = {}
    for kind, action in decisions(text):
        made[kind] = made.get(kind, 0) + (both(text, action)[1] != text)
    assert made == {
        "reject": 19,
        "confirm": 19,
        "confirm --date": 19,
        "edit --date": 0,  # a candidate's date is already the most precise its sources allow
        "merge": 8,
    }


def chronicle(gap: str = "\n") -> str:
    """Twelve events without sources (any date is theirs to take), a header comment, a
    comment closing an event."""
    out = ["# a chronicle\nevents:\n"]
    for n in range(12):
        if n:
            out.append(gap)
        if n == 6:
            out.append("  # --- the second half ---\n")
        out.append(
            f'  - id: e{n:02d}\n    date: "{2000 + n}"\n    title: Event {n}\n'
            "    status: confirmed\n    tags: []\n    sources: []\n"
        )
        if n == 3:
            out.append("    # checked twice\n")
    return "".join(out)


@pytest.mark.parametrize("event", ["e00", "e03", "e05", "e06", "e11"])
@pytest.mark.parametrize("date", ["1999", "2003-05", "2005-12-31", "2006", "2030", "2011"])
def test_edits_that_move_an_event_are_the_same_by_regions(
    project: Path, event: str, date: str
) -> None:
    text = chronicle()
    STORE.write_text(text, encoding="utf-8")
    message, _ = both(text, lambda s: curate.edit(s, event, date=date))
    assert message == f"edited {event}: date {date}"


def test_a_moved_event_leaves_the_other_separators_as_they_were(project: Path) -> None:
    """Two blank lines between events: only the moved event's own separator changes (reading
    the whole store would also make every other separator one blank line)."""
    text = chronicle("\n\n")
    cut = regions.Regions.read(text, str(STORE))
    assert cut is not None
    store = curate.located(STORE, text, cut)
    _, after = curate.edit(store, "e01", date="2008")
    lines = after.split("\n")
    moved = lines.index("  - id: e01")
    assert lines[moved - 2 : moved] == ["", ""] or lines[moved - 1] == ""
    assert after.count("\n\n\n") == text.count("\n\n\n") - 1
    assert [e.id for e in load_events_of(after)] == [
        "e00",
        "e02",
        "e03",
        "e04",
        "e05",
        "e06",
        "e07",
        "e01",
        "e08",
        "e09",
        "e10",
        "e11",
    ]


def load_events_of(text: str) -> list[Any]:
    STORE.write_text(text, encoding="utf-8")
    return load_events(STORE)


def test_decisions_one_after_another_on_the_shipped_store(cli: Invoke, project: Path) -> None:
    """Each decision starts from the regions the last one left (the cache) and writes what
    the whole store's reading would."""
    Path("kim.txt").write_text(
        "Kim Jong Un recebeu Sergei Shoigu na segunda-feira em Pyongyang.\n\n"
        "Em março de 2025 os dois países assinaram um acordo.\n",
        encoding="utf-8",
    )
    assert cli("add", "kim.txt", "--published", "2025-07-16", "--lang", "pt").exit_code == 0
    assert cli("build").exit_code == 0
    for _ in range(3):
        text = STORE.read_text(encoding="utf-8")
        candidates = [e for e in load_events(STORE) if e.status == "candidate"]
        if not candidates:
            break
        first = candidates[0]
        whole = curate.load(STORE, text)
        expected = curate.confirm(whole, first.id, "Confirmed", ["t"])[1]
        outcome = curate.decide(
            STORE, lambda s, i=first.id: curate.confirm(s, i, "Confirmed", ["t"])
        )
        assert outcome.after == expected == STORE.read_text(encoding="utf-8")


KEEP_CHOMPED = """\
events:
  - id: a
    date: "2024"
    title: A
    status: confirmed
    tags: []
    sources: []
    note: |+
      kept

  - id: b
    date: "2024"
    title: B
    status: candidate
    tags: []
    sources: []
  - id: c
    date: "2025"
    title: C
    status: confirmed
    tags: []
    sources: []
"""


def test_a_decision_that_would_change_another_event_is_refused(cli: Invoke, project: Path) -> None:
    """Merging b away takes the blank line a's keep-chomped note holds: a would change, so
    nothing is written (the windows see it, the whole store's reading refuses it)."""
    STORE.write_text(KEEP_CHOMPED, encoding="utf-8")
    cut = regions.Regions.read(KEEP_CHOMPED, str(STORE))
    assert cut is not None
    with pytest.raises(regions.Unsettled):
        curate.merge(curate.located(STORE, KEEP_CHOMPED, cut), "b", "c")
    result = cli("merge", "b", "--into", "c")
    assert result.exit_code == 2
    assert result.stderr == (
        "timeline: error: data/events.yaml: the decision would not read back as intended; "
        "nothing was written\n"
    )
    assert STORE.read_text(encoding="utf-8") == KEEP_CHOMPED


def test_a_store_with_an_alias_is_never_cut_in_regions(project: Path) -> None:
    text = KEEP_CHOMPED.replace(
        "tags: []\n    sources: []\n  - id: c", "tags: &t []\n    sources: []\n  - id: c", 1
    )
    text = text.replace(
        "title: C\n    status: confirmed\n    tags: []",
        "title: C\n    status: confirmed\n    tags: *t",
    )
    assert "*t" in text
    assert regions.Regions.read(text, "s.yaml") is None
