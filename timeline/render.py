"""Renderables and documents for the terminal and for export; nothing here prints.

Text from articles and from the store is untrusted: it always enters rich as
`rich.text.Text` (never as markup), with control characters removed.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import sys

from rich.console import Console
from rich.table import Table
from rich.text import Text

from timeline.model import EdtfDate

_CONTROL = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b[@-_]|[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def clean(text: str) -> str:
    """Drop ANSI escape sequences and control characters (a tab or newline becomes a space)."""
    return _CONTROL.sub("", text.replace("\t", " ").replace("\n", " "))


def safe(text: str, style: str = "") -> Text:
    """Untrusted text as a rich `Text`: printed literally, never read as markup."""
    return Text(clean(text), style=style)


def console(file: object = None) -> Console:
    """The console for output: plain when piped or NO_COLOR is set; width from COLUMNS."""
    stream = file if file is not None else sys.stdout
    is_tty = bool(getattr(stream, "isatty", lambda: False)())
    width = None
    if os.environ.get("COLUMNS", "").isdigit():
        width = int(os.environ["COLUMNS"])
    elif not is_tty:
        width = 100
    return Console(
        file=stream,  # type: ignore[arg-type]
        width=width,
        no_color=bool(os.environ.get("NO_COLOR")) or not is_tty,
        force_terminal=False if not is_tty else None,
        highlight=False,
        markup=False,
        emoji=False,
        soft_wrap=False,
    )


def parse_table(
    results: list[tuple[str, EdtfDate | None]],
    lang: str,
    ref: dt.date,
    prefer: str,
    ref_is_today: bool,
) -> Table:
    """`timeline parse` for a person: each expression, its value, precision and span."""
    when = f"{ref.isoformat()} (today)" if ref_is_today else ref.isoformat()
    table = Table(
        title=Text(f"{lang}: resolved against {when}, underspecified dates read as {prefer}"),
        title_justify="left",
    )
    for col in ("expression", "value", "precision", "first day", "last day", "reads"):
        table.add_column(col)
    for text, value in results:
        if value is None:
            table.add_row(safe(text), Text("no date", style="dim"), "", "", "", "")
        else:
            table.add_row(
                safe(text),
                Text(value.value, style="bold"),
                value.precision,
                value.start.isoformat(),
                value.end.isoformat(),
                value.display(),
            )
    return table
