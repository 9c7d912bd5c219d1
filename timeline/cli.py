"""The command line: parse arguments, call the library, map outcomes to exit codes.

Nothing here knows how a date is resolved or a store is checked; each command is
a few lines over one library call. Exit codes: 0 clean, 1 findings, 2 usage or
unreadable input.
"""

from __future__ import annotations

import typer

from timeline import __version__

app = typer.Typer(
    help="Build and check a sourced timeline of events from news in ro, bg, pl and pt.",
    no_args_is_help=True,
    add_completion=False,
    rich_markup_mode=None,
    pretty_exceptions_enable=False,
)


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


def main() -> None:
    app()
