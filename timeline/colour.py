"""Whether output is in colour: `--color`, then NO_COLOR, then FORCE_COLOR, then the terminal.

The conventions of https://no-color.org and https://force-color.org: a set,
non-empty NO_COLOR turns colour off, a set, non-empty FORCE_COLOR turns it on
even in a pipe (a CI log that renders ANSI colours), and `--color always|never`
on the command line overrides both. `auto` is the terminal's answer.
"""

from __future__ import annotations

import os
from typing import Literal

Choice = Literal["auto", "always", "never"]
_choice: Choice = "auto"


def choose(choice: Choice) -> None:
    """Record `--color` for this run (the root command calls it on every invocation)."""
    global _choice
    _choice = choice


def enabled(stream: object) -> bool:
    """Colour for `stream`: the flag, else NO_COLOR, else FORCE_COLOR, else a terminal."""
    if _choice != "auto":
        return _choice == "always"
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    return bool(getattr(stream, "isatty", lambda: False)())
