"""The store's own suppression comments: each must name real rules and sit on an event."""

from __future__ import annotations

from collections.abc import Iterator

from timeline.check import suppress
from timeline.check.context import Context
from timeline.check.problem import Finding
from timeline.check.rules import REGISTRY, did_you_mean, rule


@rule("suppression")
def suppression(ctx: Context) -> Iterator[Finding]:
    """A `# timeline: ignore[rule]` comment names known rules and sits on an event.

    The comment silences the named rules on the event it is written on (its
    `- id:` line, any line of its block, or the comment lines right above it). A
    misspelt rule id would silence nothing while looking like it does.

    Passes:

        events:
          - id: kcna-report-2025  # timeline: ignore[undecided]
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit

    Fails:

        events:
          - id: kcna-report-2025  # timeline: ignore[undecied]  # <-
            date: "2025-07-13"
            title: KCNA reports Lavrov's visit
            status: rejected
    """
    found = suppress.comments(ctx.text)
    if not found:
        return
    starts = suppress.event_starts(ctx)
    for comment in found:
        if not comment.rules:
            yield Finding(
                comment.line, comment.col, "name the rules to ignore: # timeline: ignore[rule-id]"
            )
        for rule_id in comment.rules:
            if rule_id not in REGISTRY:
                hint = did_you_mean(rule_id, REGISTRY) or ": `timeline rule --all` lists them"
                yield Finding(comment.line, comment.col, f"unknown rule {rule_id!r}{hint}")
        if not starts or comment.line < starts[0]:
            yield Finding(
                comment.line,
                comment.col,
                "this suppression is on no event: write it on the event's '- id:' line",
            )
