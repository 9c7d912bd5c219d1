"""YAML itself: syntax, keys written twice, anchors and aliases."""

from __future__ import annotations

import re
from collections.abc import Iterator

import yaml

from timeline.check.context import Context
from timeline.check.problem import Finding
from timeline.check.rules import rule
from timeline.store import Item

_Loader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_MAYBE_ANCHOR = re.compile(r"(?:^|[\s\[{,:?-])[&*][^\s\[\]{},]")
"""Text that may hold an anchor or alias; only then is the file tokenised to find them."""


@rule("yaml-syntax", needs_tree=False)
def yaml_syntax(ctx: Context) -> Iterator[Finding]:
    """The store must be valid YAML; the problem points at the line and column.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
             title: KCNA reports Lavrov's visit  # <-
    """
    error = ctx.syntax_error
    if error is not None:
        yield Finding(error.line or 1, error.col or 1, error.message)


@rule("duplicate-key")
def duplicate_key(ctx: Context) -> Iterator[Finding]:
    """A key written twice in one mapping: YAML loaders keep the last one silently.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit

    Fails:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            date: "2025-07-12"  # <-
    """
    if ctx.tree is None:
        return
    for mapping in _mappings(ctx.tree):
        first = next(iter(mapping.value))
        for key, line, col in mapping.duplicates:
            if key == first:
                # The mapping's first key again: a list item that lost its '- ' merged
                # into the one above; its other keys are repeats only because of that.
                yield Finding(
                    line,
                    col,
                    f"key {key!r} is written twice in one mapping: if a new item starts on "
                    f"this line, it has lost its '- ': write '- {key}: ...'",
                )
                break
            yield Finding(
                line,
                col,
                f"key {key!r} is written twice here; YAML keeps only the last: remove one",
            )


def _mappings(tree: Item) -> Iterator[Item]:
    """Every mapping of the tree that has duplicate keys (iterative: no recursion limit)."""
    stack = [tree]
    while stack:
        item = stack.pop()
        value = item.value
        if type(value) is dict:
            if item.duplicates:
                yield item
            stack.extend(value.values())
        elif type(value) is list:
            stack.extend(value)


@rule("alias")
def alias(ctx: Context) -> Iterator[Finding]:
    """Anchors (&name) and aliases (*name) are refused: the store is plain data.

    An alias is never expanded, so a "billion laughs" file costs nothing to check;
    every value must be written out where it is used.

    Passes:

        events:
          - id: kcna-report-2025
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            tags: [diplomacy]

    Fails:

        events:
          - id: kcna-report-2025
            date: &day "2025-07-13"  # <-
            title: KCNA reports Lavrov's visit
          - id: kcna-report-2025-again
            date: *day  # <-
            title: KCNA reports Lavrov's visit again
    """
    text = ctx.text
    if ("&" not in text and "*" not in text) or not _MAYBE_ANCHOR.search(text):
        return
    for token in yaml.scan(text, Loader=_Loader):
        if isinstance(token, yaml.AnchorToken):
            what = f"anchor '&{token.value}'"
        elif isinstance(token, yaml.AliasToken):
            what = f"alias '*{token.value}'"
        else:
            continue
        mark = token.start_mark
        yield Finding(
            mark.line + 1,
            mark.column + 1,
            f"{what}: anchors and aliases are refused in the store; write the value out in full",
        )
