"""`timeline check --fix` moves whole events back into order: comments travel with them."""

from __future__ import annotations

import re
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tests.conftest import STORE, Invoke
from timeline import yamledit
from timeline.store import load_events


def split(text: str) -> tuple[str, list[str]]:
    head, *events = re.split(r"(?m)^(?=  - id: )", text)
    return head, [e.rstrip("\n") + "\n" for e in events]


ORIGINAL = STORE.read_text(encoding="utf-8")
HEAD, EVENTS = split(ORIGINAL)


def shuffled(order: list[int]) -> str:
    return HEAD + "\n".join(EVENTS[i] for i in order)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.permutations(range(len(EVENTS))))
def test_any_shuffle_is_put_back_byte_for_byte(order: list[int]) -> None:
    text = shuffled(list(order))
    back = sorted(range(len(order)), key=lambda i: order[i])
    assert yamledit.reorder(text, "x", back) == ORIGINAL


def test_a_header_comment_moves_with_its_event(cli: Invoke, project: Path) -> None:
    store = project / "data" / "events.yaml"
    order = list(range(len(EVENTS)))
    order.append(order.pop(5))  # belousov-visit-2024 goes last
    text = shuffled(order).replace(
        "  - id: belousov-visit-2024", "  # --- late 2024 ---\n  - id: belousov-visit-2024"
    )
    store.write_text(text, encoding="utf-8")
    assert cli("check").exit_code == 1
    result = cli("check", "--fix")
    assert result.exit_code == 0
    fixed = store.read_text(encoding="utf-8")
    assert "  # --- late 2024 ---\n  - id: belousov-visit-2024\n" in fixed
    assert fixed.replace("  # --- late 2024 ---\n", "") == ORIGINAL
    assert [e.id for e in load_events(store)] == [e.id for e in load_events(STORE)]
    assert not list(project.glob("data/.events.yaml.*"))
