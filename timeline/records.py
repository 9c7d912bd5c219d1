"""Plain records of resolved values for the machine formats (json, jsonl, csv).

The shapes are the contracts of `shared/docs/dates.md`; keeping them in one place
keeps `parse`, `extract` and `show` speaking the same words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline.model import EdtfDate

if TYPE_CHECKING:
    from timeline.extract import Mention


def contract_precision(value: EdtfDate) -> str:
    """The precision as the machine contract (docs/dates.md) names it: the value's own.

    A range of two dates is one mention of precision `interval` whatever its ends' grain
    ("8 i 9 lipca", "martie 2023 – aprilie 2024"); a season is `season`, a decade `decade`:
    `start` and `end` say which days they cover.
    """
    return value.precision


def resolution(text: str, value: EdtfDate | None) -> dict[str, Any]:
    """`{"input", "value", "precision", "start", "end"}` for one expression."""
    if value is None:
        return {"input": text, "value": None, "precision": None, "start": None, "end": None}
    return {
        "input": text,
        "value": value.value,
        "precision": contract_precision(value),
        "start": value.start.isoformat(),
        "end": value.end.isoformat(),
    }


def mention(file: str, m: Mention) -> dict[str, Any]:
    """`timeline extract`'s record for one mention (offsets into the text after front matter)."""
    v = m.value
    return {
        "file": file,
        "text": m.text,
        "start_char": m.start,
        "end_char": m.end,
        "value": v.value if v else None,
        "precision": contract_precision(v) if v else None,
        "start": v.start.isoformat() if v else None,
        "end": v.end.isoformat() if v else None,
        "sentence": m.sentence,
    }
