"""An archive file as a stream of chunks of records, never read whole.

JSONL (one JSON object a line; `.gz` decompressed on the fly) is cut into runs of
lines by count and size; Parquet (pyarrow, the `parquet` extra) into record
batches of the needed columns only. Lines are handed on as bytes: decoding and
parsing, like everything per record, is the workers' job, so this process only
reads and the cores do the rest.
"""

from __future__ import annotations

import gzip
import os
from collections.abc import Iterator
from dataclasses import dataclass
from typing import IO, Any, cast

from timeline.archive.work import MAX_RECORD, Chunk, Settings

JSONL = (".jsonl", ".ndjson", ".jsonl.gz", ".ndjson.gz")
PARQUET = (".parquet", ".pq")
CHUNK_RECORDS = 200
"""Records a chunk: about a fifth of a second of one core's work on news articles."""
CHUNK_BYTES = 1 << 20


class ArchiveError(Exception):
    """An archive that cannot be read; `str()` is one line naming it and what to do."""


def is_archive(name: str) -> bool:
    """Archives are told from articles by their name: .jsonl, .ndjson (.gz) or .parquet."""
    return name.lower().endswith(JSONL + PARQUET)


def is_parquet(name: str) -> bool:
    return name.lower().endswith(PARQUET)


def size(name: str) -> int:
    """The file's size in bytes: the progress bar's total."""
    try:
        return os.stat(name).st_size
    except OSError as exc:
        raise ArchiveError(f"{name}: cannot read: {exc.strerror or exc}") from exc


@dataclass(slots=True)
class Counter:
    """Chunk numbers running on across the archives of one run (their output order)."""

    next: int = 0

    def take(self) -> int:
        self.next += 1
        return self.next - 1


def chunks(
    name: str, settings: Settings, counter: Counter, records: int = CHUNK_RECORDS
) -> Iterator[Chunk]:
    """The archive's records in chunks, in order; `ArchiveError` if it cannot be read."""
    if is_parquet(name):
        yield from _parquet_chunks(name, settings, counter, records)
    else:
        yield from _jsonl_chunks(name, counter, records)


def _open(name: str) -> tuple[IO[bytes], IO[bytes]]:
    """The stream of the archive's bytes, and the file under it (for gzip, its position)."""
    try:
        raw = open(name, "rb")  # noqa: SIM115  (closed by the caller's with)
    except OSError as exc:
        raise ArchiveError(f"{name}: cannot read: {exc.strerror or exc}") from exc
    if name.lower().endswith(".gz"):
        return cast(IO[bytes], gzip.GzipFile(fileobj=raw, mode="rb")), raw
    return raw, raw


def _jsonl_chunks(name: str, counter: Counter, records: int) -> Iterator[Chunk]:
    first, number, done = 1, 1, 0
    lines: list[bytes | None] = []
    held = 0
    stream, raw = _open(name)
    try:
        with raw, stream:
            for line in _lines(stream):
                lines.append(line)
                held += len(line) if line is not None else MAX_RECORD
                number += 1
                if len(lines) >= records or held >= CHUNK_BYTES:
                    units = (raw.tell() if raw is not stream else done + held) - done
                    done += units
                    yield Chunk(counter.take(), name, first, lines, units)
                    first, lines, held = number, [], 0
            end = raw.tell()
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        raise ArchiveError(f"{name}:{number}: cannot read: {exc}") from exc
    if lines:
        yield Chunk(counter.take(), name, first, lines, max(end - done, 0))


def _lines(stream: IO[bytes]) -> Iterator[bytes | None]:
    """Each line's bytes; None for a line longer than `MAX_RECORD`, which is skipped unread."""
    while True:
        line = stream.readline(MAX_RECORD + 1)
        if not line:
            return
        if len(line) > MAX_RECORD and not line.endswith(b"\n"):
            while (rest := stream.readline(1 << 20)) and not rest.endswith(b"\n"):
                pass
            yield None
            continue
        yield line


def columns(name: str, settings: Settings) -> tuple[Any, list[str]]:
    """The Parquet file and the columns to read; `ArchiveError` without a text column."""
    try:
        import pyarrow.parquet as pq
    except ImportError as exc:
        raise ArchiveError(
            f"{name}: reading Parquet needs pyarrow: pip install 'timeline[parquet]'"
        ) from exc
    try:
        parquet = pq.ParquetFile(name)
    except OSError as exc:
        raise ArchiveError(f"{name}: cannot read: {exc}") from exc
    except Exception as exc:  # pyarrow's ArrowInvalid for a file that is not Parquet
        raise ArchiveError(f"{name}: not a Parquet file ({exc})") from exc
    present = parquet.schema_arrow.names
    if settings.fields["text"] not in present:
        raise ArchiveError(
            f"{name}: no column {settings.fields['text']!r} for the text (columns: "
            f"{', '.join(present[:12])}): pass --field text=COLUMN"
        )
    return parquet, [c for c in settings.fields.values() if c in present]


def _parquet_chunks(
    name: str, settings: Settings, counter: Counter, records: int
) -> Iterator[Chunk]:
    parquet, wanted = columns(name, settings)
    rows = max(parquet.metadata.num_rows, 1)
    share = size(name) / rows
    first, done = 1, 0
    try:
        for batch in parquet.iter_batches(batch_size=records, columns=wanted):
            units = round((first - 1 + batch.num_rows) * share) - done
            done += units
            yield Chunk(counter.take(), name, first, batch, units)
            first += batch.num_rows
    except OSError as exc:
        raise ArchiveError(f"{name}: row {first}: cannot read: {exc}") from exc
    finally:
        parquet.close()


def total(names: list[str]) -> int:
    """The progress bar's total over the archives: their sizes in bytes."""
    return sum(size(n) for n in names)
