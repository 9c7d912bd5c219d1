"""Plain records of resolved values for the machine formats (json, jsonl, csv).

The shapes are the contracts of `shared/docs/dates.md`; keeping them in one place
keeps `parse`, `extract` and `show` speaking the same words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from timeline.model import EdtfDate

if TYPE_CHECKING:
    from timeline.extract import Mention

_GRAIN_BY_LENGTH = {4: "year", 7: "month", 10: "day"}


def contract_precision(value: EdtfDate) -> str:
    """The precision as the machine contract names it: an interval reports its endpoints' grain."""
    if value.precision == "interval":
        left = value.value.rstrip("?~%").split("/")[0]
        if "W" in left:
            return "week"
        if len(left) == 7 and left[5] == "3":
            return "quarter"  # EDTF quarters are 2024-33 .. 2024-36
        if len(left) == 7 and left[5] == "2":
            return "day"  # seasons 2024-21 .. 2024-24 run from equinox or solstice
        return _GRAIN_BY_LENGTH.get(len(left), "day")
    if value.precision == "season":
        return "day"  # a season is a run of days, from equinox or solstice
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
