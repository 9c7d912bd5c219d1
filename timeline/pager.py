"""Long output through a pager, the way git does it: only on a terminal, never into a pipe.

Why git's rules: a curator reads `show` and `list` on a terminal, where 2,000
candidates scroll past; a script pipes them, and a pager there would hang it.
So the pager runs only when standard output is a terminal and `--no-pager` is
not given. The command is `TIMELINE_PAGER`, else `PAGER`, else `less`; an
empty one or `cat` means no pager. Like git, `LESS=FRX` is set when `LESS` is
not: less quits at once when the text fits one screen (F), shows colours (R)
and leaves the text on the screen (X). A pager that cannot be started, or that
the reader quits early, costs nothing: the text is written directly (the shell
says why on stderr), or the rest is dropped.
"""

from __future__ import annotations

import os
import sys
from typing import IO

DEFAULT = "less"
LESS = "FRX"
"""git's default for less: quit if one screen, raw colours, no screen clearing."""


def is_terminal(stream: IO[str]) -> bool:
    """Whether `stream` is a terminal (tests replace this to pretend it is)."""
    return bool(getattr(stream, "isatty", lambda: False)())


def command(stream: IO[str], enabled: bool = True) -> str | None:
    """The pager command for `stream`, or None when text goes there directly."""
    if not enabled or not is_terminal(stream):
        return None
    chosen = os.environ.get("TIMELINE_PAGER")
    if chosen is None:
        chosen = os.environ.get("PAGER", DEFAULT)
    chosen = chosen.strip()
    return None if chosen in ("", "cat") else chosen


def page(text: str, enabled: bool = True, stream: IO[str] | None = None) -> None:
    """Write `text` to `stream` (stdout), through the pager when `command` names one."""
    out = stream if stream is not None else sys.stdout
    pager = command(out, enabled)
    if pager is None or not _through(pager, text):
        out.write(text)
        out.flush()


def _through(pager: str, text: str) -> bool:
    """Run the pager (a shell command, as git runs it) on `text`; False if it cannot start."""
    import subprocess

    env = dict(os.environ)
    env.setdefault("LESS", LESS)
    env.setdefault("LV", "-c")
    try:
        process = subprocess.Popen(pager, shell=True, stdin=subprocess.PIPE, env=env)
    except OSError:
        return False
    assert process.stdin is not None
    try:
        process.stdin.write(text.encode("utf-8", "replace"))
        process.stdin.close()
    except BrokenPipeError:  # the reader quit before the end
        pass
    # 127: the shell found no such command (it said so on stderr): the text goes directly
    return process.wait() != 127
