"""What the hostile tests share: running the real CLI as a process, and snapshots of files."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
from pathlib import Path

HANG = 120
"""Seconds after which a command is a hang: generous, only there to catch endless runs."""


def timeline(
    *args: str,
    cwd: Path | None = None,
    stdin: bytes | None = None,
    env: dict[str, str] | None = None,
    shell_stdin: str | None = None,
) -> subprocess.CompletedProcess[str]:
    """The real CLI (`python -m timeline`) as a separate process, bounded by `HANG`.

    `shell_stdin` redirects standard input in a shell (`<&-` closes it).
    """
    environment = {**os.environ, "NO_COLOR": "1", "COLUMNS": "100", **(env or {})}
    command = [sys.executable, "-m", "timeline", *args]
    if shell_stdin is not None:
        quoted = " ".join(_quote(part) for part in command)
        return subprocess.run(
            ["bash", "-c", f"{quoted} {shell_stdin}"],
            cwd=cwd,
            env=environment,
            capture_output=True,
            text=True,
            timeout=HANG,
            check=False,
        )
    done = subprocess.run(
        command,
        cwd=cwd,
        env=environment,
        input=stdin,
        capture_output=True,
        timeout=HANG,
        check=False,
    )
    encoding = environment.get("PYTHONIOENCODING", "utf-8")
    return subprocess.CompletedProcess(
        done.args, done.returncode, done.stdout.decode(encoding), done.stderr.decode(encoding)
    )


def _quote(part: str) -> str:
    import shlex

    return shlex.quote(part)


def one_error_line(stderr: str, *needles: str) -> str:
    """The single line of standard error, which names what it must (no traceback)."""
    lines = stderr.strip().splitlines()
    assert len(lines) == 1, stderr
    assert lines[0].startswith("timeline: error: "), stderr
    assert "Traceback" not in stderr
    for needle in needles:
        assert needle in lines[0], (needle, lines[0])
    return lines[0]


def snapshot(root: Path) -> dict[str, str]:
    """sha256 of every file under `root` (links by their target), to assert nothing changed."""
    out = {}
    for path in sorted(root.rglob("*")):
        if path.is_file() and ".hypothesis" not in path.parts:
            out[str(path.relative_to(root))] = hashlib.sha256(path.read_bytes()).hexdigest()
    return out


def article(body: str, front: str = "published: 2025-07-13\nlang: pt\n") -> str:
    """An article's text with front matter (and the body's sha256)."""
    digest = hashlib.sha256(body.encode("utf-8")).hexdigest()
    return f"---\n{front}sha256: {digest}\n---\n{body}"
