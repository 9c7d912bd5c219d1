"""Counts in sentences: "1 new candidate", "2 new candidates", "1,024 events".

Every summary line says a count with its noun through `plural`, so no command
prints "1 new candidates".
"""

from __future__ import annotations


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """`n` and the noun that agrees with it; `nouns` when the plural is not noun + "s"."""
    return f"{n:,} {noun if n == 1 else (nouns or noun + 's')}"


def part_of(shown: int, total: int, noun: str, nouns: str | None = None) -> str:
    """`plural` of a total of which only some are shown: "2 of 13 events", or "13 events" when
    all are (the footer of `show --limit` and `list --limit` alike)."""
    if shown == total:
        return plural(total, noun, nouns)
    return f"{shown:,} of {plural(total, noun, nouns)}"
