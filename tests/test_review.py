"""`timeline review`, driven end to end with scripted keys over a build of the real seeds."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import Invoke
from timeline.store import load_events

STORE = Path("data") / "events.yaml"


def built(cli: Invoke) -> None:
    STORE.write_text("# rebuilt\nevents:\n", encoding="utf-8")
    assert cli("build").exit_code == 0


def statuses() -> dict[str, str]:
    return {e.id: e.status for e in load_events(STORE)}


def review(cli: Invoke, *keys: str) -> str:
    result = cli("review", input="".join(k + "\n" for k in keys), columns=80)
    assert result.exit_code == 0, result.output + result.stderr
    return result.stdout


def test_a_scripted_review_confirms_rejects_undoes_merges_and_quits(
    cli: Invoke, project: Path
) -> None:
    built(cli)
    out = review(
        cli,
        "s",  # 2022-in-2022-000: skipped, comes back at the end
        "c",
        "Russia launches its full-scale invasion of Ukraine",
        "war",
        "r",
        "a duration, not an event",  # 2023-09-12-we-wtorek-002
        "u",  # ...undone: the same candidate again
        "c",
        "Kim Jong-un arrives in Russia",
        "diplomacy",
        "c",
        "Putin welcomes Kim at Vostochny",
        "summit, diplomacy",
        "1",  # 2024-anul-trecut-000 into its first suggestion, 2024-ot-2024-g-001
        "m",
        "Kim assinou acordo Putin junho",
        "1",  # 2024-ot-2024-g-001 by title search
        "q",
    )
    lines = out.splitlines()
    assert lines[0].startswith(" 2022-in-2022-000 · 19 left ")
    assert "[c]onfirm [1-3] merge into suggestion [m]erge… [r]eject [s]kip [u]ndo [q]uit" in (lines)
    assert "undone: rejected 1 candidate" in out
    assert "1 2024-06-em-junho-do-ano-passado-004 · Jun 2024 · " in out
    # prompts run together here (the input is not echoed); everything printed fits 80 columns
    assert all(len(line) <= 80 for line in lines if "›" not in line)
    assert out.rstrip().endswith("5 decisions written.")
    got = statuses()
    assert got["2022-02-em-fevereiro-de-2022-004"] == "confirmed"
    assert got["2023-09-12-we-wtorek-002"] == "confirmed"
    assert got["2023-09-13-w-srode-002"] == "confirmed"
    assert "2024-anul-trecut-000" not in got and "2024-ot-2024-g-001" not in got
    assert got["2022-in-2022-000"] == "candidate"
    events = {e.id: e for e in load_events(STORE)}
    assert events["2023-09-12-we-wtorek-002"].title == "Kim Jong-un arrives in Russia"
    assert events["2023-09-13-w-srode-002"].tags == ["summit", "diplomacy"]
    pact = events["2024-06-em-junho-do-ano-passado-004"]
    assert sorted(s.seed[:3] for s in pact.sources) == ["000", "001", "004"]
    assert STORE.read_text(encoding="utf-8").startswith("# rebuilt\nevents:\n")
    assert cli("check").exit_code == 0

    # Resuming: the next run starts at the first undecided candidate; nothing was lost.
    again = review(cli, "q")
    assert again.splitlines()[0].startswith(" 2022-in-2022-000 · 14 left ")
    assert again.rstrip().endswith("0 decisions written.")


def test_a_merge_outside_the_event_s_date_asks_for_a_dispute(cli: Invoke, project: Path) -> None:
    built(cli)
    keys = ["s"] * 8  # to 2024-09-em-setembro-passado-003 (the 9th candidate)
    out = review(
        cli,
        *keys,
        "m",
        "Prezydent Rosji Putin powitał",
        "1",
        "mistranslated: September of the year before",
        "q",
    )
    assert "2023-09-13 is outside 2024-09" in out
    event = next(e for e in load_events(STORE) if e.id == "2023-09-13-w-srode-002")
    assert event.sources[-1].dispute == "mistranslated: September of the year before"
    assert event.date.value == "2023-09-13"


def test_review_with_nothing_to_do_and_the_input_ending(cli: Invoke, project: Path) -> None:
    assert review(cli) == "No candidate left to review.\n0 decisions written.\n"
    built(cli)
    out = review(cli, "r", "page furniture")  # the input ends: as quitting, decision kept
    assert out.rstrip().endswith("1 decision written.")
    assert statuses()["2022-in-2022-000"] == "rejected"


def test_review_refuses_an_unreadable_store(cli: Invoke, project: Path) -> None:
    STORE.write_text("events: [\n", encoding="utf-8")
    result = cli("review", input="q\n")
    assert result.exit_code == 2
    assert result.stderr.startswith("timeline: error: data/events.yaml:")
    assert result.stderr.count("\n") == 1
