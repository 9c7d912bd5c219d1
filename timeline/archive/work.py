"""One chunk of an archive in, its mention rows and its bad records out.

This is the unit of work every worker runs, in this process (`--jobs 1`), in a
local worker process or on a Dask worker: the same function over the same
records gives the same bytes wherever it runs, which is what lets `--jobs N`
and `--dask` promise `--jobs 1`'s output. A record that cannot be used (no
text, a date that is not a date, an unknown language, bytes that are not UTF-8,
a line that is not JSON) becomes a `Bad` with its reason and is skipped.
"""

from __future__ import annotations

import datetime as dt
import json
from dataclasses import dataclass, field
from typing import Any

from timeline import dates, records
from timeline import extract as ex
from timeline.seeds import MAX_BYTES

FIELDS = ("text", "published", "lang", "id", "url", "outlet", "title")
"""The record fields an archive may carry; only `text` is required."""
ARTICLE_COLUMNS = ("file", "record", "id", "published", "lang", "url", "outlet", "title")
"""The article's columns written beside each mention."""
MENTION_COLUMNS = ("text", "start_char", "end_char", "value", "precision", "start", "end")
COLUMNS = (*ARTICLE_COLUMNS, *MENTION_COLUMNS, "sentence")
KEEP_BAD = 10
"""Bad records kept with their reason per chunk (all are counted): the report names the first."""
MAX_RECORD = MAX_BYTES
"""A record (a JSONL line) longer than this is skipped unread, like an over-long article file."""


@dataclass(frozen=True, slots=True)
class Settings:
    """What every worker needs besides its records: sent once to each worker."""

    fields: dict[str, str] = field(default_factory=lambda: {f: f for f in FIELDS})
    """Our field name -> the archive's (`--field published=date`)."""
    lang: str | None = None
    """`--lang`: the language of every record, whatever the record says."""
    ref: dt.date | None = None
    """`--ref`: the reference date of every record, instead of its `published`."""
    parquet: bool = False
    """Rows as an Arrow record batch (for a Parquet file) rather than JSONL bytes."""


@dataclass(frozen=True, slots=True)
class Chunk:
    """A run of consecutive records: JSONL lines (None: a line too long) or a record batch."""

    index: int
    file: str
    """The archive's name as given: the `file` column of its rows."""
    first: int
    """The 1-based number of its first record: its line in JSONL, its row in Parquet."""
    items: Any
    units: int
    """Its share of the progress bar: bytes of JSONL, rows of Parquet."""


@dataclass(frozen=True, slots=True)
class Bad:
    """A record skipped, and why."""

    file: str
    record: int
    id: str | None
    reason: str


@dataclass(slots=True)
class Done:
    """A chunk's outcome: counts, the first bad records, and the rows (None once written)."""

    index: int
    units: int
    records: int = 0
    articles: int = 0
    mentions: int = 0
    bad_count: int = 0
    bad: list[Bad] = field(default_factory=list)
    payload: Any = None

    def skip(self, bad: Bad) -> None:
        self.bad_count += 1
        if len(self.bad) < KEEP_BAD:
            self.bad.append(bad)


@dataclass(slots=True)
class Summary:
    """What a run read, found and skipped (the first `KEEP_BAD` skipped records named)."""

    records: int = 0
    articles: int = 0
    mentions: int = 0
    bad_count: int = 0
    bad: list[Bad] = field(default_factory=list)

    def add(self, done: Done) -> None:
        self.records += done.records
        self.articles += done.articles
        self.mentions += done.mentions
        self.bad_count += done.bad_count
        self.bad += done.bad[: KEEP_BAD - len(self.bad)]

    def lines(self) -> list[str]:
        """The report: each named skipped record, then the counts."""
        out = []
        for bad in self.bad:
            named = f" (id {bad.id[:60]})" if bad.id else ""
            out.append(f"{bad.file}:{bad.record}: record skipped{named}: {bad.reason}")
        if self.bad_count > len(self.bad):
            out.append(f"... and {self.bad_count - len(self.bad)} more records skipped")
        out.append(
            f"{self.records} records, {self.articles} articles, {self.mentions} mentions, "
            f"{self.bad_count} records skipped"
        )
        return out


@dataclass(frozen=True, slots=True)
class Record:
    """A usable article of the archive."""

    file: str
    number: int
    text: str
    lang: str
    published: dt.date | None
    meta: dict[str, str | None]
    """id, url, outlet, title (None when absent)."""


class BadRecord(ValueError):
    """A record that cannot be used; `str()` is the reason, `record_id` its id if it has one."""

    def __init__(self, reason: str, record_id: str | None = None) -> None:
        super().__init__(reason)
        self.record_id = record_id


def work(chunk: Chunk, settings: Settings) -> Done:
    """Every mention of every usable record of the chunk, in record order."""
    done = Done(chunk.index, chunk.units)
    rows: list[dict[str, Any]] = []
    for number, raw in raw_records(chunk, settings):
        done.records += 1
        try:
            record = read_record(chunk.file, number, raw, settings)
        except BadRecord as exc:
            done.skip(Bad(chunk.file, number, exc.record_id, str(exc)))
            continue
        try:
            found = mention_rows(record, settings.ref)
        except Exception as exc:  # a defect of ours must not end a run of 10^7 articles
            reason = f"extraction failed ({type(exc).__name__}: {exc}): please report it"
            done.skip(Bad(chunk.file, number, record.meta["id"], reason))
            continue
        done.articles += 1
        done.mentions += len(found)
        rows += found
    done.payload = _arrow(rows) if settings.parquet else _jsonl(rows)
    return done


def raw_records(chunk: Chunk, settings: Settings) -> list[tuple[int, Any]]:
    """(record number, the record as a dict or a `BadRecord`) for each record of the chunk."""
    if isinstance(chunk.items, list):
        out: list[tuple[int, Any]] = []
        for i, line in enumerate(chunk.items):
            if line is None or line.strip():
                out.append((chunk.first + i, _json(line)))
        return out
    return [(chunk.first + i, row) for i, row in enumerate(chunk.items.to_pylist())]


def _json(line: bytes | None) -> Any:
    """A JSONL line as a value, or the `BadRecord` saying why it is none."""
    if line is None:
        return BadRecord(f"longer than {MAX_RECORD // (1024 * 1024)} MB: not read")
    try:
        text = line.decode("utf-8").removesuffix("\n").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        return BadRecord(f"not UTF-8 text (byte {exc.start + 1} of the line)")
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        return BadRecord(f"not JSON: {exc.msg} (column {exc.colno})")


def read_record(file: str, number: int, raw: Any, settings: Settings) -> Record:
    """The record's fields checked and typed; `BadRecord` with the reason when unusable."""
    if isinstance(raw, BadRecord):
        raise raw
    if not isinstance(raw, dict):
        raise BadRecord(f"not a JSON object but {_kind(raw)}")
    names = settings.fields
    record_id = _id(raw.get(names["id"]), names["id"])
    try:
        text = _text(raw.get(names["text"]), names["text"])
        meta = {"id": record_id}
        for key in ("url", "outlet", "title"):
            meta[key] = _string(raw.get(names[key]), names[key])
        published = _date(raw.get(names["published"]), names["published"])
        lang = settings.lang or _lang(raw.get(names["lang"]), names["lang"], text)
    except BadRecord as exc:
        raise BadRecord(str(exc), record_id) from None
    return Record(file, number, text, lang, published, meta)


_KINDS = {list: "a list", dict: "an object", str: "a string", bool: "true or false"}


def _kind(value: Any) -> str:
    """What a JSON value is, in words, for a reason."""
    return "null" if value is None else _KINDS.get(type(value), "a number")


def _id(value: Any, name: str) -> str | None:
    """An id is kept as text (17 and "17" are one id)."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, str | int):
        raise BadRecord(f"{name} is {_kind(value)}, not text or a whole number")
    return _valid(str(value), name)


def _valid(text: str, name: str) -> str:
    """The text, unless it holds a lone surrogate (JSON's "\\ud800"), which no file can store."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        raise BadRecord(f"{name} is not valid Unicode (a lone surrogate escape)") from None
    return text


def _text(value: Any, name: str) -> str:
    if isinstance(value, bytes):
        try:
            value = value.decode("utf-8")
        except UnicodeDecodeError:
            raise BadRecord(f"{name} is not UTF-8 text") from None
    if value is None or (isinstance(value, str) and not value.strip()):
        raise BadRecord(f"no text (field {name!r})")
    if not isinstance(value, str):
        raise BadRecord(f"{name} is {_kind(value)}, not text")
    return _valid(value, name)


def _string(value: Any, name: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, bytes):
        value = _text(value, name)
    if not isinstance(value, str):
        raise BadRecord(f"{name} is {_kind(value)}, not text")
    return _valid(value, name)


def _date(value: Any, name: str) -> dt.date | None:
    """A publication date: YYYY-MM-DD, an ISO date and time (its date as written), or none."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    if isinstance(value, str):
        try:
            return dt.datetime.fromisoformat(value.strip()).date()
        except ValueError:
            pass
    shown = repr(value) if len(repr(value)) <= 40 else repr(value)[:37] + "..."
    raise BadRecord(f"{name} {shown} is not a date (write YYYY-MM-DD)")


def _lang(value: Any, name: str, text: str) -> str:
    """The record's language, detected from its text when it has none."""
    if value is None or value == "":
        try:
            return ex.detect_language(text)
        except ex.LanguageError as exc:
            raise BadRecord(f"no {name} and {exc}".replace(": pass --lang", "")) from None
    if not isinstance(value, str) or value not in dates.SUPPORTED:
        shown = repr(value)[:20]
        raise BadRecord(f"unknown language {shown}: use {', '.join(dates.SUPPORTED)}")
    return value


def mention_rows(record: Record, ref: dt.date | None) -> list[dict[str, Any]]:
    """One row per mention: the article's columns, then the mention's (`records.mention`)."""
    reference = ref if ref is not None else record.published
    article = {
        "file": record.file,
        "record": record.number,
        "id": record.meta["id"],
        "published": record.published.isoformat() if record.published else None,
        "lang": record.lang,
        "url": record.meta["url"],
        "outlet": record.meta["outlet"],
        "title": record.meta["title"],
    }
    rows = []
    for m in ex.mentions_in(record.text, record.lang, reference):
        row = records.mention(record.file, m)
        rows.append({**article, **row})
    return rows


def _jsonl(rows: list[dict[str, Any]]) -> bytes:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows).encode("utf-8")


def _arrow(rows: list[dict[str, Any]]) -> Any:
    from timeline.archive import sink

    return sink.batch(rows)
