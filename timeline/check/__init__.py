"""`timeline check`: the CI gate over the store and the provenance of every source.

The runner reads the store (an unreadable file is `Unreadable`, exit 2; a YAML
syntax error is one more problem), builds the views the rules read, runs every
registered rule, and sorts what they found. Exit codes are decided here, in
`exit_code`, and nowhere else. `fix_order` is `--fix`: it restores the
chronological order with a comment-keeping YAML round trip.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from timeline import yamledit
from timeline.check import suppress
from timeline.check.context import Context, Unreadable, build
from timeline.check.problem import Finding, Level, Problem
from timeline.check.rules import FAMILIES, REGISTRY, Rule, all_rules, did_you_mean
from timeline.check.rules.dates import sort_key
from timeline.store import (
    Edit,
    StoreError,
    editing,
    gc_paused,
    parse_document,
    read_text,
)
from timeline.words import plural

__all__ = [
    "REGISTRY",
    "Finding",
    "Level",
    "Problem",
    "Report",
    "Rule",
    "Settings",
    "Unreadable",
    "all_rules",
    "default_seeds",
    "exit_code",
    "fix_order",
    "run",
    "select_rules",
]

_UNFIXABLE = ("yaml-syntax", "duplicate-key", "alias", "edtf", "calendar-day", "schema-type")


@dataclass(slots=True)
class Report:
    """What one run found, with the counts the summary line gives."""

    path: str
    problems: list[Problem] = field(default_factory=list)
    events: int = 0
    sources: int = 0
    strict: bool = False
    notes: list[str] = field(default_factory=list)
    """What --fix did, for the person running it."""
    suppressed: int = 0
    """Problems silenced by `# timeline: ignore[...]` comments."""
    rules: list[Rule] = field(default_factory=list)
    """The rules that ran (SARIF lists them)."""

    @property
    def errors(self) -> int:
        return sum(1 for p in self.problems if p.level == "error")

    @property
    def warnings(self) -> int:
        return sum(1 for p in self.problems if p.level == "warning")

    def summary(self) -> str:
        silenced = f", {self.suppressed:,} suppressed" if self.suppressed else ""
        return (
            f"{_plural(self.events, 'event')}, {_plural(self.sources, 'source')}, "
            f"{_plural(self.errors, 'error')}, {_plural(self.warnings, 'warning')}{silenced}"
        )


class SettingsError(ValueError):
    """A rule id or rule option of the settings that does not exist or does not fit."""


@dataclass(frozen=True, slots=True)
class Settings:
    """Which rules run and with what options (from `.timeline.yaml` or `[tool.timeline]`)."""

    rules: tuple[Rule, ...]
    options: dict[str, dict[str, Any]] = field(default_factory=dict)


def select_rules(
    select: Iterable[str] | None = None,
    ignore: Iterable[str] = (),
    options: dict[str, dict[str, Any]] | None = None,
    where: str = "the settings",
) -> Settings:
    """The rules to run: `select` (default all) less `ignore`; each a rule id or a family.

    An unknown name or option is a `SettingsError` naming it, never silently nothing.
    """
    chosen = _expand(select, where, "select") if select is not None else set(REGISTRY)
    chosen -= _expand(ignore, where, "ignore")
    checked: dict[str, dict[str, Any]] = {}
    for rule_id, values in (options or {}).items():
        checked[rule_id] = _options(rule_id, values, where)
    return Settings(tuple(r for r in all_rules() if r.id in chosen), checked)


def _expand(names: Iterable[str], where: str, key: str) -> set[str]:
    out: set[str] = set()
    for name in names:
        if name in REGISTRY:
            out.add(name)
        elif name in FAMILIES:
            out |= {r.id for r in REGISTRY.values() if r.family == name}
        elif name.upper() == "ALL":
            out |= set(REGISTRY)
        else:
            hint = did_you_mean(name, [*REGISTRY, *FAMILIES]) or ": see `timeline rule --all`"
            raise SettingsError(f"{where}: {key}: unknown rule {name!r}{hint}")
    return out


def _options(rule_id: str, values: dict[str, Any], where: str) -> dict[str, Any]:
    rule = REGISTRY.get(rule_id)
    if rule is None:
        hint = did_you_mean(rule_id, REGISTRY)
        raise SettingsError(f"{where}: rules: unknown rule {rule_id!r}{hint}")
    for name, value in values.items():
        spec = rule.options.get(name)
        if spec is None:
            known = ", ".join(rule.options) or "none"
            raise SettingsError(f"{where}: rules.{rule_id}: unknown option {name!r} ({known})")
        if type(value) is not int or value < spec.minimum:
            raise SettingsError(
                f"{where}: rules.{rule_id}.{name} must be a whole number >= {spec.minimum}"
            )
    return dict(values)


_plural = plural


def exit_code(report: Report) -> int:
    """0 clean, 1 on errors (or on warnings under --strict). Unreadable input is 2, elsewhere."""
    if report.errors or (report.strict and report.warnings):
        return 1
    return 0


def default_seeds(store: Path) -> Path:
    """Seeds live beside the store's folder: <store dir>/../seeds (data/ and seeds/)."""
    return store.parent.parent / "seeds"


def load(
    store: Path, seeds: Path | None = None, strict: bool = False, text: str | None = None
) -> Context:
    """The context the rules read (`text`: the store's, already read under its lock);
    `Unreadable` when the store or a seed cannot be read."""
    path = str(store)
    try:
        text = read_text(store) if text is None else text
    except StoreError as exc:
        raise Unreadable(str(exc)) from exc
    ctx = Context(path, seeds if seeds is not None else default_seeds(store), strict, text=text)
    if seeds is not None:
        _seeds_folder(seeds)
    try:
        tree = parse_document(text, path)
    except StoreError as exc:
        ctx.syntax_error = exc
    else:
        build(ctx, tree)
    return ctx


def _seeds_folder(folder: Path) -> None:
    """A seeds folder given that is not there is one line and exit 2, not an error per
    source (the default folder missing is `seed-exists` on each source: a store moved)."""
    try:
        if folder.is_dir():
            return
        what = "not a folder" if folder.exists() else "no such seeds folder"
    except OSError as exc:
        what = f"cannot read: {exc.strerror or exc}"
    raise Unreadable(f"{folder}: {what}: pass --seeds DIR")


def run(
    store: Path,
    seeds: Path | None = None,
    strict: bool = False,
    text: str | None = None,
    *,
    settings: Settings | None = None,
) -> Report:
    """Check a store and its seeds with the selected rules (default: every rule)."""
    settings = settings if settings is not None else Settings(tuple(all_rules()))
    with gc_paused():
        ctx = load(store, seeds, strict, text)
        ctx.options = settings.options
        problems = [
            Problem(f.path or ctx.path, f.line, f.col, rule.level_for(strict), rule.id, f.message)
            for rule in settings.rules
            if not (rule.needs_tree and ctx.syntax_error is not None)
            for f in rule.check(ctx)
        ]
        problems, silenced = suppress.apply(ctx, problems)
    problems.sort(key=lambda p: (p.path != ctx.path, p.path, p.line, p.col, p.rule, p.message))
    report = Report(ctx.path, problems, len(ctx.events), ctx.sources, strict, suppressed=silenced)
    report.rules = list(settings.rules)
    return report


def fix_order(store: Path, seeds: Path | None = None) -> str:
    """Put the events in chronological order; say what was done (or why nothing was).

    Under the store's lock (`store.editing`): a build running at the same time is
    waited for by no one, one of the two is refused, and nothing is written over a
    store that changed after it was read. Any refusal is `Unreadable` (exit 2).
    """
    try:
        with editing(store, "check --fix") as edit:
            return _fix_order(store, seeds, edit)
    except StoreError as exc:
        raise Unreadable(str(exc)) from exc


def _fix_order(store: Path, seeds: Path | None, edit: Edit) -> str:
    report = run(store, seeds, text=edit.text)
    blocking = sorted({p.rule for p in report.problems if p.rule in _UNFIXABLE})
    if blocking:
        return f"order not fixed: fix the {', '.join(blocking)} problems first"
    ctx = load(store, seeds, text=edit.text)
    events = ctx.tree.get("events") if ctx.tree is not None else None
    items = events.value if events is not None and isinstance(events.value, list) else []
    if not items or len(ctx.events) != len(items) or any(e.date is None for e in ctx.events):
        return "order not fixed: every event needs a valid date first"
    order = sorted(range(len(ctx.events)), key=lambda i: sort_key(ctx.events[i]))
    if order == list(range(len(order))):
        return ""
    try:
        text = yamledit.reorder(ctx.text, str(store), order)
    except (yamledit.SpliceError, StoreError) as exc:
        return f"order not fixed: {exc}"
    edit.write(text)
    moved = sum(1 for i, j in enumerate(order) if i != j)
    return f"fixed: {plural(moved, 'event')} of {store} moved into chronological order"
