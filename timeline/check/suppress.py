"""Inline suppression: `# timeline: ignore[rule, ...]` silences rules on one event.

A curator who has judged a warning (two events that quote one sentence but are
two happenings) says so where the event is written, so the judgement travels
with the event and is reviewed with it:

    events:
      - id: lavrov-wonsan-2025  # timeline: ignore[same-happening]
        date: "2025-07-12"

The comment may stand on the event's `- id:` line, on any line of the event's
block, or on its own lines directly above the event. It silences the named rules
for every problem reported on a line of that event (its sources included), and
nothing else: other events, other rules and the whole-file problems stay. Rule
ids are required (there is no blanket `ignore`); an unknown id is reported by the
rule `suppression`.

Only real YAML comments count: the words inside a quoted value (a quote copied
from an article) are never read as a suppression, so an article cannot silence
the checks of its own quotes.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator
from dataclasses import dataclass

import yaml

from timeline.check.context import Context
from timeline.check.problem import Problem

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_DIRECTIVE = re.compile(r"#\s*timeline:\s*ignore\[([^\]\n]*)\]")
_COMMENT_LINE = re.compile(r"^\s*#")


@dataclass(frozen=True, slots=True)
class Suppression:
    """One `# timeline: ignore[...]` comment: where it is and the rule ids it names."""

    line: int
    col: int
    rules: tuple[str, ...]


def comments(text: str) -> list[Suppression]:
    """Every suppression comment of the store, in order; text in values is skipped."""
    if "timeline:" not in text:
        return []
    found = [_suppression(text, m) for m in _DIRECTIVE.finditer(text)]
    if not found:
        return []
    spans = _scalar_spans(text)
    return [s for s in found if not _inside(spans, (s.line - 1, s.col - 1))]


def _suppression(text: str, match: re.Match[str]) -> Suppression:
    line_start = text.rfind("\n", 0, match.start()) + 1
    line = text.count("\n", 0, match.start()) + 1
    rules = tuple(r.strip() for r in match.group(1).split(",") if r.strip())
    return Suppression(line, match.start() - line_start + 1, rules)


def _scalar_spans(text: str) -> list[tuple[tuple[int, int], tuple[int, int]]]:
    """(start, end) of every scalar as (0-based line, column); up to a syntax error if any."""
    spans = []
    try:
        for token in yaml.scan(text, Loader=_Loader):
            if isinstance(token, yaml.ScalarToken):
                start, end = token.start_mark, token.end_mark
                spans.append(((start.line, start.column), (end.line, end.column)))
    except yaml.YAMLError:
        pass
    return spans


def _inside(spans: list[tuple[tuple[int, int], tuple[int, int]]], at: tuple[int, int]) -> bool:
    i = bisect.bisect_right(spans, (at, (1 << 62, 0))) - 1
    return i >= 0 and spans[i][0] <= at < spans[i][1]


def event_starts(ctx: Context) -> list[int]:
    """The first line of each event's block: its `- id:` line, or the comments right above it."""
    lines = ctx.text.split("\n")
    starts = []
    for event in ctx.events:
        first = event.item.line
        while first > 1 and _COMMENT_LINE.match(lines[first - 2]):
            first -= 1
        starts.append(first)
    return starts


def scopes(ctx: Context) -> Iterator[tuple[Suppression, int, int]]:
    """Each suppression with the lines it covers: its event's block, first to last line."""
    found = comments(ctx.text)
    starts = event_starts(ctx) if found else []
    if not starts:
        return
    ends = [*(s - 1 for s in starts[1:]), ctx.text.count("\n") + 1]
    for suppression in found:
        i = bisect.bisect_right(starts, suppression.line) - 1
        if i >= 0:
            yield suppression, starts[i], ends[i]


def apply(ctx: Context, problems: list[Problem]) -> tuple[list[Problem], int]:
    """The problems no suppression covers, and how many were silenced."""
    covered = [(first, last, set(s.rules)) for s, first, last in scopes(ctx)]
    if not covered:
        return problems, 0
    kept = [p for p in problems if not _silenced(p, ctx.path, covered)]
    return kept, len(problems) - len(kept)


def _silenced(problem: Problem, path: str, covered: list[tuple[int, int, set[str]]]) -> bool:
    if problem.path != path or problem.rule == "suppression":
        return False
    line, rule = problem.line, problem.rule
    return any(first <= line <= last and rule in rules for first, last, rules in covered)
