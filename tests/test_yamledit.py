"""The splice's proof (`yamledit.verify`): what it accepts reads back exactly; what it refuses."""

from __future__ import annotations

from typing import Any

import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from timeline import yamledit
from timeline.store import parse_document

STORE = (
    "# header\n"
    "events:\n"
    "  - id: a\n"
    "    date: '2023'\n"
    "    tags: &t [x]\n"
    "    # a's remark\n"
    "\n"
    "  # --- 2025 ---\n"
    "  - id: b\n"
    "    date: '2025'\n"
    "    tags: *t\n"
    "other: 1  # after the list\n"
)

ADVERSARIAL = [
    "yes",
    "null",
    "~",
    "",
    "2024",
    "0x1F",
    ".inf",
    "2024-05-08",
    "&anchor",
    "*alias",
    "!tag x",
    "!!int 3",
    "a: b",
    "#x",
    "x #y",
    "- x",
    "[x]",
    "{x: y}",
    "|",
    ">-",
    "'",
    '"',
    "% x",
    "@x",
    "`x",
    "---",
    "...",
    "tab\there",
    "new\nline",
    "\x85\u2028\u2029\ufeff",
    " lead",
    "trail ",
    "\\",
    "é ю “quoted”",
]


def candidate(id_: str, value: str) -> dict[str, Any]:
    return {
        "id": id_,
        "date": "2024",
        "title": value,
        "status": "candidate",
        "tags": ["t"],  # a flow list of any text is not what a build writes (see the report)
        "sources": [{"seed": value, "expression": value, "resolved": "2024", "quote": value}],
    }


def splice(text: str, inserts: list[tuple[int, dict[str, Any]]]) -> tuple[str, Any]:
    tree = parse_document(text, "t.yaml")
    where = yamledit.layout(text, tree, "t.yaml")
    added = yamledit.blocks(where, inserts)
    return yamledit.insert(text, where, added), (tree, added)


def verify(text: str, new: str, inserts: list[tuple[int, dict[str, Any]]], added: Any) -> None:
    tree = parse_document(text, "t.yaml")
    yamledit.verify(tree, new, inserts, added, "t.yaml", before=text)
    yamledit.verify(tree, new, inserts, added, "t.yaml")


@pytest.mark.parametrize("value", ADVERSARIAL)
def test_an_adversarial_scalar_reads_back_and_leaves_the_old_store_as_it_was(value: str) -> None:
    inserts = [(1, candidate("c", value)), (2, candidate("d", value))]
    new, (_, added) = splice(STORE, inserts)
    verify(STORE, new, inserts, added)
    old, now = yaml.safe_load(STORE), yaml.safe_load(new)
    assert now["events"] == [old["events"][0], inserts[0][1], old["events"][1], inserts[1][1]]
    assert now["other"] == old["other"]


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=12), st.integers(0, 2))
def test_any_text_reads_back(value: str, position: int) -> None:
    inserts = [(position, candidate("c", value))]
    new, (_, added) = splice(STORE, inserts)
    verify(STORE, new, inserts, added)
    assert yaml.safe_load(new)["events"][position] == inserts[0][1]


def test_a_kept_block_scalar_s_trailing_lines_are_not_taken() -> None:
    """`|+` keeps the blank lines after it: inserting before them would change the note."""
    text = (
        'events:\n  - id: a\n    date: "2023"\n    note: |+\n      text\n\n\n'
        '  - id: b\n    date: "2025"\n'
    )
    inserts = [(1, candidate("c", "x"))]
    new, (tree, added) = splice(text, inserts)
    assert yaml.safe_load(new)["events"][0]["note"] != "text\n\n\n"
    with pytest.raises(yamledit.SpliceError, match="old store"):
        yamledit.verify(tree, new, inserts, added, "t.yaml", before=text)
    with pytest.raises(yamledit.SpliceError):
        yamledit.verify(tree, new, inserts, added, "t.yaml")


def tampered(old: str, new: str) -> None:
    inserts = [(1, candidate("c", "words"))]
    text, (tree, added) = splice(STORE, inserts)
    assert old in text
    with pytest.raises(yamledit.SpliceError):
        yamledit.verify(tree, text.replace(old, new, 1), inserts, added, "t.yaml", before=STORE)


def test_a_candidate_that_reads_otherwise_is_refused() -> None:
    tampered('date: "2024"', "date: 2024")  # an int, not the string "2024"
    tampered("title: words", "title: &x words")  # an anchor a later alias could name
    tampered("title: words", "title: !!str words")  # a tag
    tampered("title: words", "title: yes")  # a bool
    tampered("title: words", "title: *t")  # an alias
    tampered("    status: candidate\n", "    status: candidate\n    extra: 1\n")


def rendered_otherwise(old: str, new: str) -> None:
    """A renderer that wrote `new` for `old` in a candidate's block: the bytes of the old
    store are all kept (step 1 passes), so only reading the block back can refuse it."""
    inserts = [(1, candidate("c", "words")), (2, candidate("d", "AT&T wins!"))]
    tree = parse_document(STORE, "t.yaml")
    where = yamledit.layout(STORE, tree, "t.yaml")
    added = yamledit.blocks(where, inserts)
    lines = "".join(added[min(added)])
    assert old in lines
    added[min(added)] = yamledit.split_lines(lines.replace(old, new, 1))
    text = yamledit.insert(STORE, where, added)
    with pytest.raises(yamledit.SpliceError, match="read back"):
        yamledit.verify(tree, text, inserts, added, "t.yaml", before=STORE)


def test_an_anchor_or_tag_is_refused_wherever_it_sits_in_a_candidate() -> None:
    """Anchors and tags are looked for only in candidates whose text holds '&' or '!'
    (`yamledit._marked`): on the mapping itself, a key, a flow item, a nested source, in
    a candidate beside one whose own text holds both characters."""
    rendered_otherwise("- id: c\n", "- &m\n    id: c\n")  # the candidate's mapping
    rendered_otherwise("- id: c\n", "- !!map\n    id: c\n")
    rendered_otherwise("    title: words", "    &k title: words")  # a key
    rendered_otherwise("title: words", "title: &x words")  # a value
    rendered_otherwise("tags: [t]", "tags: [!!str t]")  # a flow item
    rendered_otherwise("seed: words", "seed: &s words")  # a source's value
    rendered_otherwise("sources:\n", "sources: !!seq\n")


def test_a_candidate_whose_text_holds_ampersands_and_bangs_reads_back() -> None:
    for value in ("AT&T wins!", "&x", "!!str", "R&D & co!!", "x &y !z"):
        inserts = [(1, candidate("c", value))]
        new, (_, added) = splice(STORE, inserts)
        verify(STORE, new, inserts, added)
        assert yaml.safe_load(new)["events"][1] == inserts[0][1]


def test_a_changed_byte_of_the_curator_s_text_is_refused() -> None:
    tampered("# a's remark", "# a's remarK")  # a comment: invisible to the parser
    tampered("# header\n", "")
    tampered("other: 1", "other: 2")


def test_the_empty_forms_become_block_lists() -> None:
    for text in ("events: []  # none yet\nother: 1\n", "events:\n", "events: ~\nother: [1]\n"):
        inserts = [(0, candidate("c", "x")), (0, candidate("d", "y"))]
        new, (_, added) = splice(text, inserts)
        verify(text, new, inserts, added)
        assert yaml.safe_load(new)["events"] == [inserts[0][1], inserts[1][1]]


def test_positions_by_bisection_agree_with_the_first_later_event() -> None:
    from timeline import build
    from timeline.model import EdtfDate, Event

    def event(id_: str, date: str) -> Event:
        return Event(id_, EdtfDate.parse(date), id_)

    for dates in (["2021", "2023", "2023", "2025"], ["2025", "2021", "2023"]):
        events = [event(f"e{i}", d) for i, d in enumerate(dates)]
        new = [event("n1", "2023"), event("n2", "2020"), event("n3", "2026"), event("e1", "2023")]
        keys = [e.sort_key() for e in events]
        got = build._positions(events, new, [{"id": e.id} for e in new])
        for position, payload in got:
            key = next(e.sort_key() for e in new if e.id == payload["id"])
            assert position == next((i for i, k in enumerate(keys) if k > key), len(keys))


def test_the_quick_splice_proof_holds_only_for_whole_lines() -> None:
    """`_spliced` (step 1 in one comparison) says yes only when removing the blocks' lines
    leaves the old lines: a block line without its line break, or with one inside, joins
    or splits the old lines, and the proof falls back to cutting the text into lines."""
    old = "events:\n  - id: a\n"
    assert yamledit._spliced(old, {2: ["  - id: b\n"]}, old + "  - id: b\n")
    assert not yamledit._spliced(old, {1: ["  - id: b"]}, "events:\n  - id: b  - id: a\n")
    assert not yamledit._spliced(old, {2: ["  - id: b\n  x\n"]}, old + "  - id: b\n  x\n")
    assert not yamledit._spliced(old, {2: [""]}, old)
    assert not yamledit._spliced("events:\n  - id: a", {2: ["- b\n"]}, "events:\n  - id: a- b\n")
    assert not yamledit._spliced(old, {2: ["  - id: b\n"]}, old + "  - id: c\n")


def test_every_character_python_calls_printable_is_kept_literally_in_double_quotes() -> None:
    """`_double_quoted`'s shortcut: text Python calls printable, without a quote or a
    backslash, has nothing `_ESCAPE` would escape."""
    kept = [chr(cp) for cp in range(0x110000) if chr(cp).isprintable() and chr(cp) not in '"\\']
    assert not [ch for ch in kept if yamledit._ESCAPE.search(ch)]
    for text in ("a\u2028b", "tab\there", "bom\ufeff", 'say "x"', "back\\slash", "\x85", "é ж 😀"):
        assert yaml.safe_load(yamledit._double_quoted(text)) == text
