"""The command line: parse arguments, call the library, map outcomes to exit codes.

Nothing here knows how a date is resolved or a store is checked; each command is
a few lines over one library call. Exit codes: 0 clean, 1 findings, 2 usage or
unreadable input.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from enum import Enum
from typing import NoReturn

import typer

from timeline import __version__

app = typer.Typer(
    help="Build and check a sourced timeline of events from news in ro, bg, pl and pt.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
    context_settings={"help_option_names": ["-h", "--help"]},
)


class Prefer(str, Enum):
    past = "past"
    future = "future"


class ParseFormat(str, Enum):
    text = "text"
    json = "json"
    jsonl = "jsonl"


def fail(message: str, code: int = 2) -> NoReturn:
    """One line on standard error, then exit: no traceback ever reaches the user."""
    typer.echo(f"timeline: error: {message}", err=True)
    raise typer.Exit(code)


def parse_ref(text: str | None, what: str = "--ref") -> dt.date:
    """A reference date from the command line: YYYY-MM-DD (a time of day is ignored)."""
    if text is None:
        return dt.date.today()
    try:
        return dt.datetime.fromisoformat(text.strip()).date()
    except ValueError:
        fail(f"{what} {text!r} is not a date: write it as YYYY-MM-DD, e.g. 2025-07-13")


def _version(value: bool) -> None:
    if value:
        typer.echo(f"timeline {__version__}")
        raise typer.Exit()


@app.callback()
def _root(
    version: bool = typer.Option(
        False, "--version", callback=_version, is_eager=True, help="Print the version and exit."
    ),
) -> None:
    """Build and check a sourced timeline of events from news in ro, bg, pl and pt."""


@app.command()
def parse(
    expressions: list[str] = typer.Argument(
        None, help="Expressions to resolve; '-' or none reads one per line from standard input."
    ),
    lang: str = typer.Option(..., "--lang", "-l", help="Language: ro, bg, pl or pt."),
    ref: str = typer.Option(None, "--ref", help="Reference date, YYYY-MM-DD (default: today)."),
    prefer: Prefer = typer.Option(
        Prefer.past, "--prefer", help="Direction of underspecified dates with no tense to go on."
    ),
    fmt: ParseFormat = typer.Option(ParseFormat.text, "--format", "-f", help="Output format."),
) -> None:
    """Resolve date expressions against a reference date, at the precision their words carry.

    Example:

        timeline parse --lang pt --ref 2025-07-13 "no sábado" "em junho do ano passado"
    """
    from timeline import dates, records, render

    reference = parse_ref(ref)
    if lang not in dates.ALL:
        fail(f"unknown language {lang!r}: choose one of {', '.join(dates.SUPPORTED)}")
    if not expressions or expressions == ["-"]:
        texts = [line.rstrip("\r\n") for line in sys.stdin]
    else:
        texts = list(expressions)
    results = [(t, dates.resolve(t, lang, reference, prefer.value)) for t in texts]
    if fmt is ParseFormat.jsonl:
        out = sys.stdout
        for text, value in results:
            out.write(json.dumps(records.resolution(text, value), ensure_ascii=False) + "\n")
    elif fmt is ParseFormat.json:
        doc = {
            "lang": lang,
            "ref": reference.isoformat(),
            "prefer": prefer.value,
            "results": [records.resolution(t, v) for t, v in results],
        }
        typer.echo(json.dumps(doc, ensure_ascii=False, indent=2))
    else:
        render.console().print(
            render.parse_table(results, lang, reference, prefer.value, ref is None)
        )


def main() -> None:
    app()
