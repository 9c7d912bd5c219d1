"""Mention rows written as JSONL or Parquet, atomically: a run that fails leaves no file.

The rows go to a temporary file beside the output, renamed into place when the
run is complete (standard output is streamed as it comes). Parquet has one fixed
schema (dates as dates, offsets as integers) so pandas, DuckDB and Polars read
every file alike; rows are gathered into row groups of `ROW_GROUP` rows, so the
file is the same whatever the chunks were.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any, Protocol

from timeline.archive.work import COLUMNS
from timeline.store import atomic_file

ROW_GROUP = 65536
_INTEGERS = ("record", "start_char", "end_char")
_DATES = ("published", "start", "end")


class Sink(Protocol):
    def write(self, payload: Any) -> None: ...


def schema(dates: bool = True) -> Any:
    """The Parquet schema of mention rows (`dates=False`: ISO dates as text, before the cast)."""
    import pyarrow as pa

    def kind(name: str) -> Any:
        if name in _INTEGERS:
            return pa.int64()
        if dates and name in _DATES:
            return pa.date32()
        return pa.string()

    return pa.schema([(name, kind(name)) for name in COLUMNS])


def batch(rows: list[dict[str, Any]]) -> Any:
    """Rows as an Arrow table of the Parquet schema."""
    import pyarrow as pa

    return pa.Table.from_pylist(rows, schema=schema(dates=False)).cast(schema())


class JsonlSink:
    """JSONL bytes, as the chunks come, to a stream."""

    def __init__(self, stream: IO[bytes]) -> None:
        self.stream = stream

    def write(self, payload: bytes) -> None:
        self.stream.write(payload)


class ParquetSink:
    """Arrow tables gathered into row groups of a Parquet file."""

    def __init__(self, stream: IO[bytes]) -> None:
        import pyarrow.parquet as pq

        self.writer = pq.ParquetWriter(stream, schema(), compression="zstd")
        self.held: list[Any] = []
        self.rows = 0

    def write(self, payload: Any) -> None:
        self.held.append(payload)
        self.rows += payload.num_rows
        if self.rows >= ROW_GROUP:
            self.flush()

    def flush(self) -> None:
        import pyarrow as pa

        if self.held:
            self.writer.write_table(pa.concat_tables(self.held), row_group_size=ROW_GROUP)
        self.held, self.rows = [], 0

    def close(self) -> None:
        self.flush()
        self.writer.close()


@contextlib.contextmanager
def open_sink(output: Path | None, parquet: bool) -> Iterator[Sink]:
    """A sink to `output` (standard output when None), renamed into place on success only."""
    if output is None:
        stdout = sys.stdout
        stdout.flush()
        yield JsonlSink(stdout.buffer)
        stdout.buffer.flush()
        return
    with atomic_file(output) as stream:
        if parquet:
            sink = ParquetSink(stream)
            try:
                yield sink
            except BaseException:
                with contextlib.suppress(Exception):
                    sink.writer.close()  # its file is about to be removed
                raise
            sink.close()
        else:
            yield JsonlSink(stream)
