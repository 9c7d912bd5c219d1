"""Output formats of `timeline check`, chosen by name; each turns a `Report` into text.

Messages quote the store and the articles, which are untrusted: control
characters and ANSI escapes are removed from everything a reporter prints (JSON
escapes them instead), and the human format is paragraphs of plain text
(`timeline.layout`, printed through rich only for colour), never markup.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from itertools import groupby

from timeline.check import Report
from timeline.check.problem import Problem
from timeline.check.rules import Rule
from timeline.layout import Cell, Para
from timeline.terminal import clean

FORMATS = ("text", "parsable", "github", "json", "sarif")


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


def text(report: Report, quiet: bool = False) -> list[Para]:
    """Problems grouped by file, then the summary line (colour only on a terminal).

    A long message wraps to the terminal's width under its own column, so the
    positions and levels stay a clean left margin, as `show` wraps its titles.
    `quiet` leaves the summary out (and prints nothing for a clean store).
    Paragraphs (`timeline.layout`): plain output needs no rich.
    """
    paras: list[Para] = []
    for path, problems in groupby(report.problems, key=lambda p: p.path):
        paras.append(Para(clean(path), "underline"))
        paras.extend(_grid(list(problems)))
        paras.append(Para())
    if quiet:
        return paras[:-1]
    style = "bold red" if report.errors else ("yellow" if report.warnings else "green")
    paras.append(Para(report.summary(), style))
    return paras


def _grid(problems: list[Problem]) -> list[Para]:
    width = max(6, *(len(f"{p.line}:{p.col}") for p in problems))
    return [
        Para(
            clean(p.message),
            spans=((f"  ({p.rule})", "dim"),),
            indent=2,
            cells=(Cell(f"{p.line}:{p.col}", "dim", width), Cell(p.level, _STYLE[p.level], 7)),
        )
        for p in problems
    ]


def sarif(report: Report) -> str:
    """SARIF 2.1.0, the format GitHub code scanning uploads (`github/codeql-action/upload-sarif`).

    Each rule that ran is described (id, level, its documentation) and each problem
    is a result pointing at its file, line and column; columns count characters.
    """
    from timeline import __version__

    index = {rule.id: i for i, rule in enumerate(report.rules)}
    doc = {
        "$schema": "https://json.schemastore.org/sarif-2.1.0.json",
        "version": "2.1.0",
        "runs": [
            {
                "tool": {
                    "driver": {
                        "name": "timeline",
                        "version": __version__,
                        "rules": [_sarif_rule(r) for r in report.rules],
                    }
                },
                "columnKind": "unicodeCodePoints",
                "results": [_sarif_result(p, index) for p in report.problems],
            }
        ],
    }
    return json.dumps(doc, ensure_ascii=False, indent=2) + "\n"


def _sarif_rule(rule: Rule) -> dict[str, object]:
    doc = rule.doc.strip()
    summary = doc.splitlines()[0].strip() if doc else rule.id
    return {
        "id": rule.id,
        "name": "".join(w.capitalize() for w in rule.id.split("-")),
        "shortDescription": {"text": summary},
        "fullDescription": {"text": summary},
        "help": {"text": rule_help(rule)},
        "defaultConfiguration": {"level": rule.level},
        "properties": {"tags": [rule.family]},
    }


def _sarif_result(p: Problem, index: dict[str, int]) -> dict[str, object]:
    result: dict[str, object] = {
        "ruleId": p.rule,
        "level": p.level,
        "message": {"text": clean(p.message)},
        "locations": [
            {
                "physicalLocation": {
                    "artifactLocation": {"uri": _uri(p.path)},
                    "region": {"startLine": max(p.line, 1), "startColumn": max(p.col, 1)},
                }
            }
        ],
    }
    if p.rule in index:
        result["ruleIndex"] = index[p.rule]
    return result


def _uri(path: str) -> str:
    """A file as a URI reference: relative paths stay relative (to the repository's root)."""
    from pathlib import Path, PurePath
    from urllib.parse import quote

    if PurePath(path).is_absolute():
        return Path(path).as_uri()
    return quote(PurePath(path).as_posix())


def rule_list() -> str:
    """`timeline rule --all`: each rule's id, level and first line, in the order they run."""
    from timeline.check.rules import all_rules

    return "".join(
        f"{r.id:<22} {r.level:<8} {r.doc.strip().splitlines()[0] if r.doc.strip() else ''}\n"
        for r in all_rules()
    )


def rule_help(rule: Rule) -> str:
    """A rule's documentation as `timeline rule` prints it: level, why, the two examples."""
    import textwrap

    doc = textwrap.dedent("\n".join(rule.doc.splitlines()[1:])).strip("\n")
    first = rule.doc.strip().splitlines()[0].strip() if rule.doc.strip() else ""
    level = rule.level + (" (an error under --strict)" if rule.strict_error else "")
    head = [f"{rule.id} ({rule.family}, {level})", "", first]
    options = [
        f"  {name} = {spec.default}: {spec.description}" for name, spec in rule.options.items()
    ]
    tail = ["", "Options ([tool.timeline.rules." + rule.id + "]):", *options] if options else []
    doc = doc.replace("  # <-", "  # <- reported here")
    return "\n".join([*head, "", doc, *tail]).rstrip() + "\n"


MACHINE: dict[str, Callable[[Report], str]] = {
    "parsable": parsable,
    "github": github,
    "json": as_json,
    "sarif": sarif,
}


def rules_markdown() -> str:
    """docs/rules.md: every rule with why, a passing and a failing store (a test keeps it equal)."""
    import textwrap

    from timeline.check.rules import all_rules

    out = [
        "# The rules of `timeline check`",
        "",
        "Generated from the rules' own documentation (`timeline rule RULE` prints one,",
        "`timeline rule --all` lists them); the examples are run by the test-suite, so",
        "the failing store is reported by its rule on the line marked `# <-` and the",
        "passing one is clean. The examples cite `lavrov.txt`, an article published",
        "2025-07-13 in Portuguese:",
        "",
        "```text",
        "Kim e Lavrov se conheceram no sábado em Wonsan.",
        "A KCNA publicou hoje o relato da visita.",
        "Lavrov vai visitar Pequim em agosto.",
        "```",
        "",
        "Select, ignore and configure rules in `.timeline.yaml` or `[tool.timeline]`, and",
        "silence a rule on one event with `# timeline: ignore[RULE]`: see",
        "[configuration.md](configuration.md).",
        "",
    ]
    for rule in all_rules():
        lines = rule.doc.strip().splitlines()
        body = textwrap.dedent("\n".join(lines[1:])).strip("\n")
        level = rule.level + (" (an error under `--strict`)" if rule.strict_error else "")
        out += [f"## `{rule.id}`", "", f"*{level}; family {rule.family}*", "", lines[0].strip(), ""]
        out += _markdown_body(body)
        if rule.options:
            out += ["Options (`[tool.timeline.rules." + rule.id + "]`):", ""]
            out += [
                f"- `{n}` (default {o.default}): {o.description}" for n, o in rule.options.items()
            ]
            out.append("")
    return "\n".join(out)


def _markdown_body(body: str) -> list[str]:
    """The docstring's prose as is, its indented example stores as YAML code blocks."""
    out: list[str] = []
    block: list[str] = []

    def flush() -> None:
        while block and not block[-1].strip():
            block.pop()
        if block:
            out.extend(["```yaml", *block, "```", ""])
        block.clear()

    for line in body.splitlines():
        if line.startswith("    ") or (block and not line.strip()):
            block.append(line[4:])
            continue
        flush()
        out.append(line)
    flush()
    while out and not out[-1].strip():
        out.pop()
    return [*out, ""]
