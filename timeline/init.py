"""`timeline init`: a new timeline's folders and files, ready for `add`, `build` and `check`.

It writes `seeds/`, `data/events.yaml` (an empty `events: []` under a comment that
documents every field, generated from `timeline.schema` so it cannot drift) and a
sample `.pre-commit-config.yaml` that runs `timeline check` pinned to a release.
Nothing that exists is overwritten: an existing file is left as it is and named.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from timeline.schema import Field

RELEASE = "0.2.0"
"""The release the pre-commit sample pins (tag v0.2.0; CHANGELOG.md's newest release)."""
DISTRIBUTION = "sourced-timeline"
"""The name on PyPI; the command it installs is `timeline`."""


class InitError(Exception):
    """The folder cannot be prepared (not a folder, no permission): one line, exit 2."""


@dataclass(slots=True)
class Created:
    """What `init` wrote, and what it found already there and left alone."""

    written: list[Path] = field(default_factory=list)
    kept: list[Path] = field(default_factory=list)


def store_text() -> str:
    """An empty store whose comment documents each field of an event and of a source."""
    from timeline.schema import EVENT_FIELDS, SOURCE_FIELDS

    lines = [
        "# The timeline: one list of events, in chronological order (by first day, then",
        "# last day, then id). `timeline build` adds candidates; curators confirm or reject.",
        "# `timeline schema` prints this format as JSON Schema; `timeline rule --all` lists",
        "# what `timeline check` verifies. Each event:",
        "#",
    ]
    for i, (name, spec) in enumerate(EVENT_FIELDS.items()):
        lines.append(_field("#   - " if i == 0 else "#     ", name, spec))
        if name == "sources":
            for j, (sub, sub_spec) in enumerate(SOURCE_FIELDS.items()):
                lines.append(_field("#       - " if j == 0 else "#         ", sub, sub_spec))
    lines.append("events: []")
    return "\n".join(lines) + "\n"


def _field(prefix: str, name: str, spec: Field) -> str:
    need = "required" if spec.required else "optional"
    return f"{prefix}{name}:  # {need}; {spec.description}"


def pre_commit_text() -> str:
    """A `.pre-commit-config.yaml` that runs `timeline check` from the pinned release."""
    return f"""\
# pre-commit (https://pre-commit.com): `pre-commit install`, then every commit that
# touches the store or an article runs `timeline check`. The hook installs
# {DISTRIBUTION} {RELEASE} (the release tagged v{RELEASE}) from PyPI; to use a
# clone of the repository instead, replace this entry with
#   - repo: <the repository's URL>
#     rev: v{RELEASE}
#     hooks:
#       - id: timeline-check
repos:
  - repo: local
    hooks:
      - id: timeline-check
        name: timeline check
        entry: timeline check
        language: python
        additional_dependencies: ["{DISTRIBUTION}=={RELEASE}"]
        files: ^(data/events\\.yaml|seeds/.*)$
        pass_filenames: false
        require_serial: true
"""


def init(folder: Path) -> Created:
    """Create the timeline's layout in `folder` (made if missing); keep whatever exists."""
    if folder.exists() and not folder.is_dir():
        raise InitError(f"{folder}: not a folder: give a folder for the new timeline")
    done = Created()
    try:
        for sub in (folder / "seeds", folder / "data"):
            if sub.exists() and not sub.is_dir():
                raise InitError(f"{sub}: exists and is not a folder: move it away first")
            sub.mkdir(parents=True, exist_ok=True)
        files = {
            folder / "data" / "events.yaml": store_text(),
            folder / ".pre-commit-config.yaml": pre_commit_text(),
        }
        for path, text in files.items():
            if path.exists():
                done.kept.append(path)
                continue
            _write_new(path, text)
            done.written.append(path)
    except OSError as exc:
        where = exc.filename or folder
        raise InitError(f"{where}: cannot write: {exc.strerror or exc}") from exc
    return done


def _write_new(path: Path, text: str) -> None:
    """Write a file that must not exist yet (never over one created meanwhile)."""
    with path.open("x", encoding="utf-8", newline="") as handle:
        handle.write(text)
