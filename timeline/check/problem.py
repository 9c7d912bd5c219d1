"""A problem found by `timeline check`: a plain, frozen value.

Rules yield `Finding`s (where and what); the runner adds the rule's id and
level and the file, so a rule cannot misname itself, and reporters only ever
see `Problem`s.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal, NamedTuple

Level = Literal["error", "warning"]


@dataclass(frozen=True, slots=True, order=True)
class Problem:
    """One diagnostic: file, 1-based line and column, level, rule id and message."""

    path: str
    line: int
    col: int
    level: Level
    rule: str
    message: str

    def as_dict(self) -> dict[str, object]:
        return {
            "path": self.path,
            "line": self.line,
            "col": self.col,
            "level": self.level,
            "rule": self.rule,
            "message": self.message,
        }


class Finding(NamedTuple):
    """What a rule reports: where (in the store unless `path` is given) and what."""

    line: int
    col: int
    message: str
    path: str | None = None
