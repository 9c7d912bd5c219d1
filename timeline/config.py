"""The project's settings: `.timeline.yaml` or `[tool.timeline]` in `pyproject.toml`.

Found as ruff and yamllint find theirs: from the current folder upwards, the first
folder holding a `.timeline.yaml`, or a `pyproject.toml` with a `[tool.timeline]`
table (a `pyproject.toml` without one is passed over), wins; `.timeline.yaml` wins
over `pyproject.toml` in one folder. Paths in it are relative to its folder.
Options given on the command line win over the file.

    [tool.timeline]
    store = "data/events.yaml"
    seeds = "seeds"
    ignore = ["same-happening"]        # rule ids, or families such as "suspicions"

    [tool.timeline.rules.future-after-report]
    window = 1                         # days

Rule ids are checked against the rules only by `check` (`check.select_rules`), so
reading the settings costs `show` no import of the rules.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

YAML_NAME = ".timeline.yaml"
KEYS = ("store", "seeds", "select", "ignore", "rules")


class ConfigError(Exception):
    """A settings file that cannot be used: one line naming the file and the key."""


@dataclass(frozen=True, slots=True)
class Config:
    """What the settings file says (everything None or empty when there is none)."""

    path: Path | None = None
    store: Path | None = None
    seeds: Path | None = None
    select: tuple[str, ...] | None = None
    ignore: tuple[str, ...] = ()
    rules: dict[str, dict[str, Any]] = field(default_factory=dict)


def find(start: Path | None = None) -> Path | None:
    """The settings file that applies in `start` (default: the current folder), if any."""
    here = (start or Path.cwd()).resolve()
    for folder in (here, *here.parents):
        yaml_file = folder / YAML_NAME
        if yaml_file.is_file():
            return yaml_file
        pyproject = folder / "pyproject.toml"
        if pyproject.is_file() and "[tool.timeline" in _read(pyproject):
            return pyproject
    return None


def load(path: Path | None = None) -> Config:
    """The settings of `path`, else of the file found from the current folder; else none."""
    path = path if path is not None else find()
    if path is None:
        return Config()
    table = _yaml_table(path) if path.suffix in (".yaml", ".yml") else _toml_table(path)
    return _config(path, table)


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read: {getattr(exc, 'strerror', None) or exc}") from exc


def _toml_table(path: Path) -> dict[str, Any]:
    import tomllib

    try:
        doc = tomllib.loads(_read(path))
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    table = doc.get("tool", {}).get("timeline", {})
    if not isinstance(table, dict):
        raise ConfigError(f"{path}: [tool.timeline] must be a table")
    return table


def _yaml_table(path: Path) -> dict[str, Any]:
    import yaml

    try:
        doc = yaml.safe_load(_read(path))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f":{mark.line + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or exc
        raise ConfigError(f"{path}{where}: not valid YAML: {problem}") from exc
    if doc is None:
        return {}
    if not isinstance(doc, dict):
        raise ConfigError(f"{path}: must be a mapping of settings ({', '.join(KEYS)})")
    return doc


def _config(path: Path, table: dict[str, Any]) -> Config:
    name = _where(path)
    for key in table:
        if key not in KEYS:
            known = ", ".join(KEYS)
            raise ConfigError(f"{name}: unknown setting {key!r}: the settings are {known}")
    rules = table.get("rules", {})
    if not isinstance(rules, dict) or not all(isinstance(v, dict) for v in rules.values()):
        raise ConfigError(f"{name}: 'rules' maps a rule id to its settings, e.g. rules.RULE.window")
    select = table.get("select")
    return Config(
        path=path,
        store=_path(path, table, "store"),
        seeds=_path(path, table, "seeds"),
        select=None if select is None else _ids(name, "select", select),
        ignore=_ids(name, "ignore", table.get("ignore", [])),
        rules={str(k): dict(v) for k, v in rules.items()},
    )


def _where(path: Path) -> str:
    return f"{path} [tool.timeline]" if path.name == "pyproject.toml" else str(path)


def _path(config: Path, table: dict[str, Any], key: str) -> Path | None:
    value = table.get(key)
    if value is None:
        return None
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(f'{_where(config)}: {key!r} must be a path, e.g. {key} = "..."')
    target = config.parent / value
    return Path(_relative(target))


def _relative(target: Path) -> str:
    """A path as short as it can be written from the current folder (for messages)."""
    import os

    try:
        return os.path.relpath(target)
    except ValueError:
        return str(target)


def _ids(name: str, key: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ConfigError(f'{name}: {key!r} must be a list of rule ids, e.g. ["same-happening"]')
    return tuple(v.strip() for v in value)


def store_path(explicit: Path | None, config: Config) -> Path:
    """The store: `--store`, else the settings' `store`, else data/events.yaml found upwards."""
    if explicit is not None:
        return explicit
    if config.store is not None:
        return config.store
    from timeline.store import find_store

    return find_store(None)
