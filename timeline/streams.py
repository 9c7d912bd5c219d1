"""Reading inputs and writing outputs the command line names, without surprises.

- An input (`-` for standard input, or a file) is read only up to a limit: endless
  input (`yes | timeline add -`, `/dev/zero`) is refused, not read until memory runs out;
  a closed standard input is said so.
- An output file is written atomically, except `-` (standard output) and devices or
  pipes (`/dev/stdout`), which are written directly; the store and the articles are
  never an output (`show --output data/events.yaml` would replace the timeline's data).
"""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path


class StreamError(Exception):
    """An input or output refused or failed; `str()` is one line naming it."""


def read_limited(name: str, limit: int, what: str = "input") -> bytes:
    """The bytes of file `name` (`-`: standard input), at most `limit`, else `StreamError`."""
    try:
        if name == "-":
            stream = sys.stdin.buffer if sys.stdin is not None else None
            if stream is None or stream.closed:
                raise StreamError("-: standard input is closed: pass a file, or pipe the text in")
            data = stream.read(limit + 1)
        else:
            with open(name, "rb") as handle:
                data = handle.read(limit + 1)
    except IsADirectoryError:
        raise StreamError(f"{name}: a folder, not a file") from None
    except (OSError, ValueError) as exc:  # ValueError: a closed stream
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise StreamError(f"{name}: cannot read: {reason}") from exc
    if len(data) > limit:
        raise StreamError(
            f"{name}: more than {limit // 2**20} MB of {what}: too large (or endless) "
            "to be an article; split it or check that it is the right file"
        )
    return data


def stdin_lines(limit: int) -> list[str]:
    """The lines of standard input (at most `limit` bytes), without their line ends."""
    data = read_limited("-", limit, "standard input")
    return data.decode("utf-8", errors="replace").splitlines()


def protected(output: Path, store: Path, seeds: Path) -> str:
    """Why `output` may not be written (it is the store, its lock or an article), or ""."""
    try:
        target = Path(os.path.realpath(output))
        if target == Path(os.path.realpath(store)) or (
            output.exists() and store.exists() and output.samefile(store)
        ):
            return "is the store: the rendered timeline would replace its data"
        if target.name.endswith(".lock") and target.parent == Path(os.path.realpath(store)).parent:
            return "is the store's lock"
        if target.is_relative_to(Path(os.path.realpath(seeds))):
            return "is inside the seeds folder: the articles are the sources, never an output"
    except OSError:
        return ""
    return ""


def write_output(output: Path, text: str) -> None:
    """`-` is standard output; a device or a pipe is written directly; a file atomically."""
    from timeline.store import write_atomic

    if str(output) == "-":
        sys.stdout.write(text)
        return
    try:
        mode = output.stat().st_mode
    except OSError:
        mode = 0
    try:
        if mode and not stat.S_ISREG(mode) and not stat.S_ISDIR(mode):
            with open(output, "w", encoding="utf-8") as handle:
                handle.write(text)
            return
        if mode and stat.S_ISDIR(mode):
            raise StreamError(f"{output}: a folder: name a file to write")
        write_atomic(output, text)
    except OSError as exc:
        raise StreamError(f"{output}: cannot write: {exc.strerror or exc}") from exc
