"""Counts in sentences: "1 new candidate", "2 new candidates", "1,024 events".

Every summary line says a count with its noun through `plural`, so no command
prints "1 new candidates".
"""

from __future__ import annotations


def plural(n: int, noun: str, nouns: str | None = None) -> str:
    """`n` and the noun that agrees with it; `nouns` when the plural is not noun + "s"."""
    return f"{n:,} {noun if n == 1 else (nouns or noun + 's')}"
