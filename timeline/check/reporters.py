"""Output formats of `timeline check`, chosen by name; each turns a `Report` into text.

Messages quote the store and the articles, which are untrusted: control
characters and ANSI escapes are removed from everything a reporter prints (JSON
escapes them instead), and the human format goes through rich as plain `Text`,
never as markup.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import groupby

from rich.console import Group, RenderableType
from rich.text import Text

from timeline.check import Report
from timeline.check.problem import Problem
from timeline.render import clean

FORMATS = ("text", "parsable", "github", "json")


def parsable(report: Report) -> str:
    """`path:line:col: [level] message (rule)`, one problem a line (as yamllint's)."""
    return "".join(
        f"{clean(p.path)}:{p.line}:{p.col}: [{p.level}] {clean(p.message)} ({p.rule})\n"
        for p in report.problems
    )


def github(report: Report) -> str:
    """GitHub Actions workflow commands: each problem annotates its line in the pull request."""
    return "".join(
        f"::{p.level} file={_prop(p.path)},line={p.line},col={p.col},title={p.rule}::"
        f"{_data(p.message)} ({p.rule})\n"
        for p in report.problems
    )


def _data(text: str) -> str:
    """Escape a workflow command's message (GitHub's own escaping rules)."""
    text = clean(text)
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _prop(text: str) -> str:
    return _data(text).replace(":", "%3A").replace(",", "%2C")


def as_json(report: Report) -> str:
    """One JSON document: the problems and the summary's counts."""
    doc = {
        "store": report.path,
        "problems": [p.as_dict() for p in report.problems],
        "summary": {
            "events": report.events,
            "sources": report.sources,
            "errors": report.errors,
            "warnings": report.warnings,
        },
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


_STYLE = {"error": "bold red", "warning": "yellow"}


def text(report: Report) -> RenderableType:
    """Problems grouped by file, then the summary line (colour only on a terminal)."""
    parts: list[RenderableType] = []
    for path, problems in groupby(report.problems, key=lambda p: p.path):
        parts.append(Text(clean(path), style="underline"))
        parts.extend(_line(p) for p in problems)
        parts.append(Text(""))
    style = "bold red" if report.errors else ("yellow" if report.warnings else "green")
    parts.append(Text(report.summary(), style=style))
    return Group(*parts)


def _line(p: Problem) -> Text:
    line = Text("  ")
    line.append(f"{p.line}:{p.col}".ljust(8), style="dim")
    line.append(p.level.ljust(9), style=_STYLE[p.level])
    line.append(clean(p.message))
    line.append(f"  ({p.rule})", style="dim")
    return line


MACHINE: dict[str, Callable[[Report], str]] = {
    "parsable": parsable,
    "github": github,
    "json": as_json,
}
