"""The rules of `timeline check`, one function each, registered by id.

Each rule is a generator over the `Context` that yields `Finding`s; the
decorator gives it its id and level. Its docstring explains why the rule exists
and shows a store that passes and one that fails: `tests/check/test_rules.py`
runs every example (against the articles in `tests/check/seeds/`) and asserts
that the failing one is reported by this rule on exactly the lines marked
`# <-`, so the documentation cannot drift from the code.

The examples cite `lavrov.txt`, an article published 2025-07-13 in Portuguese:

    Kim e Lavrov se conheceram no sábado em Wonsan.
    A KCNA publicou hoje o relato da visita.
    Lavrov vai visitar Pequim em agosto.

and `edited.txt`, the same article edited after its sha256 was recorded.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from timeline.check.context import Context
from timeline.check.problem import Finding, Level

Check = Callable[[Context], Iterable[Finding]]


@dataclass(frozen=True, slots=True)
class Option:
    """A setting of one rule, given in the configuration (`[tool.timeline.rules.<id>]`)."""

    default: int
    description: str
    minimum: int = 0


@dataclass(frozen=True, slots=True)
class Rule:
    """A registered rule: its id, its level, and the function that finds its problems."""

    id: str
    level: Level
    check: Check
    family: str
    strict_error: bool = False
    """Reported as an error under --strict (e.g. candidates left undecided)."""
    needs_tree: bool = True
    """Runs only when the store parsed as YAML."""
    options: Mapping[str, Option] = field(default_factory=dict)
    """What the configuration may set for this rule, with defaults."""

    @property
    def doc(self) -> str:
        return self.check.__doc__ or ""

    def level_for(self, strict: bool) -> Level:
        return "error" if strict and self.strict_error else self.level


REGISTRY: dict[str, Rule] = {}


def rule(
    rule_id: str,
    level: Level = "error",
    *,
    strict_error: bool = False,
    needs_tree: bool = True,
    options: Mapping[str, Option] | None = None,
) -> Callable[[Check], Check]:
    """Register a rule under its id; the family is the module that defines it."""

    def register(check: Check) -> Check:
        if rule_id in REGISTRY:
            raise ValueError(f"rule {rule_id!r} registered twice")
        family = check.__module__.rsplit(".", 1)[-1]
        REGISTRY[rule_id] = Rule(
            rule_id, level, check, family, strict_error, needs_tree, dict(options or {})
        )
        return check

    return register


def option(ctx: Context, rule_id: str, name: str) -> Any:
    """A rule's setting: the configured value, else the default it was registered with."""
    configured = ctx.options.get(rule_id, {})
    return configured[name] if name in configured else REGISTRY[rule_id].options[name].default


FAMILIES = ("syntax", "shape", "dates", "provenance", "agreement", "suspicions", "suppression")
"""The order rules are listed and run in: from the file's syntax to the timeline's sense."""


def all_rules() -> list[Rule]:
    """Every rule, family by family, each family in the order its module defines them."""
    return sorted(REGISTRY.values(), key=lambda r: FAMILIES.index(r.family))


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """' (did you mean 'date'?)' for a close typo, else ''."""
    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return f": did you mean {close[0]!r}?" if close else ""


def short(text: str, width: int = 60) -> str:
    """A value for a message: quoted, and cut to `width` characters."""
    if len(text) > width:
        text = text[: width - 1] + "…"
    return repr(text)


# Import the families last: each registers its rules with the decorator above.
from timeline.check.rules import (  # noqa: E402
    agreement,
    dates,
    provenance,
    shape,
    suppression,
    suspicions,
    syntax,
)

__all__ = [
    "REGISTRY",
    "Option",
    "Rule",
    "agreement",
    "all_rules",
    "dates",
    "did_you_mean",
    "option",
    "provenance",
    "rule",
    "shape",
    "short",
    "suppression",
    "suspicions",
    "syntax",
]
