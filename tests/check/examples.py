"""The passing and failing stores of each rule's docstring, and the lines marked `# <-`."""

from __future__ import annotations

import textwrap
from dataclasses import dataclass
from pathlib import Path

from timeline.check import Rule

SEEDS = Path(__file__).resolve().parent / "seeds"
MARK = "# <-"


@dataclass(frozen=True)
class Example:
    text: str
    marked: frozenset[int]


def block(doc: str, heading: str) -> Example:
    """The indented block under `heading` ("Passes:" or "Fails:") of a rule's docstring."""
    lines = doc.splitlines()
    start = next(i for i, line in enumerate(lines) if line.strip() == heading) + 1
    body: list[str] = []
    for line in lines[start:]:
        if line.strip() and not line.startswith(" " * 8):
            break
        body.append(line)
    text = textwrap.dedent("\n".join(body)).strip("\n") + "\n"
    marked = frozenset(n for n, line in enumerate(text.splitlines(), 1) if line.endswith(MARK))
    return Example(text, marked)


def examples(rule: Rule) -> tuple[Example, Example]:
    doc = rule.doc
    return block(doc, "Passes:"), block(doc, "Fails:")
