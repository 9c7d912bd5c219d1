"""The chunked map of `local`, on a Dask distributed cluster (the `dask` extra).

Dask does the scheduling; this module only cuts the archives into partitions
and says what a partition's task is. A JSONL archive is cut into byte blocks at
line ends by `dask.bytes.read_bytes`; a first, cheap pass counts each block's
lines so every record keeps its line number (the `record` column) as in a serial
run. A Parquet archive is cut at its row groups. Each partition's task runs
`work.work` over its records in chunks, exactly as a local worker does, and either
writes its rows as one file of the output folder (`part-00000.parquet`, ...) or
hands them back to be written to standard output in input order.

The archives and the output folder must be at paths every worker can read and
write (a shared file system); `--dask local` starts a cluster on this machine.
"""

from __future__ import annotations

import contextlib
import dataclasses
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from timeline.archive import reader, sink
from timeline.archive.local import cores
from timeline.archive.progress import Bar
from timeline.archive.work import MAX_RECORD, Chunk, Done, Settings, Summary, work

MIN_BLOCK = 1 << 20
MAX_BLOCK = 64 << 20
PARTS_PER_WORKER = 4
"""Partitions a worker thread: small enough to balance the load, big enough to matter."""


@dataclass(frozen=True, slots=True)
class Part:
    """One partition: where its records come from and where its rows go."""

    index: int
    file: str
    """The archive's name as given (the rows' `file` column)."""
    path: str
    """The archive's absolute path, for the workers."""
    first: int
    row_group: int | None = None
    units: int = 0


def extract(
    names: list[str],
    settings: Settings,
    output: Path | None,
    address: str,
    jobs: int | None,
    ordered: bool = True,
    progress: bool | None = None,
) -> Summary:
    """`runner.extract` on a Dask cluster: `address` of its scheduler, or 'local'.

    With `output`, the rows are written by the workers as the files of the folder
    `output` (renamed into place when all are done); without, they come back here
    and go to standard output.
    """
    settings = dataclasses.replace(settings, parquet=_check_output(output))
    summary = Summary()
    with _client(address, jobs) as client, _folder(output) as folder:
        try:
            _run(client, names, settings, folder, ordered, progress, summary)
        except (reader.ArchiveError, BrokenPipeError, KeyboardInterrupt):
            raise
        except Exception as exc:  # a task failed on a worker: a file it cannot see, ...
            raise reader.ArchiveError(
                f"--dask {address}: a task failed: {type(exc).__name__}: {exc}"
            ) from exc
    return summary


def _run(
    client: Any,
    names: list[str],
    settings: Settings,
    folder: str | None,
    ordered: bool,
    progress: bool | None,
    summary: Summary,
) -> None:
    threads = max(sum(client.nthreads().values()), 1)
    tasks, parts = _tasks(names, settings, folder, threads, client)
    futures = client.compute(tasks)
    with Bar(reader.total(names), progress) as bar:
        out = contextlib.nullcontext() if folder else sink.open_sink(None, False)
        with out as stdout:
            for part, done in _results(client, futures, parts, ordered):
                if stdout is not None:
                    stdout.write(done.payload)
                summary.add(done)
                bar.advance(part.units, done.records)


def _check_output(output: Path | None) -> bool:
    if output is None:
        return False
    if output.exists():
        raise reader.ArchiveError(
            f"{output}: already exists: the workers write a folder of partitions there; "
            "remove it or choose another name"
        )
    if str(output.parent) and not output.parent.is_dir():
        raise reader.ArchiveError(f"{output.parent}: no such folder for the output")
    return reader.is_parquet(str(output))


@contextlib.contextmanager
def _client(address: str, jobs: int | None) -> Iterator[Any]:
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise reader.ArchiveError("--dask needs dask: pip install 'timeline[dask]'") from exc
    if address == "local":
        with (
            LocalCluster(
                n_workers=jobs or cores(),
                threads_per_worker=1,
                processes=True,
                dashboard_address=":0",  # no fixed port: other clusters may run here
            ) as cluster,
            Client(cluster) as client,
        ):
            yield client
        return
    try:
        client = Client(address, timeout="20s")
    except (OSError, TimeoutError, ValueError) as exc:
        raise reader.ArchiveError(f"--dask {address}: cannot reach the scheduler: {exc}") from exc
    with client:
        yield client


@contextlib.contextmanager
def _folder(output: Path | None) -> Iterator[str | None]:
    """A temporary folder beside `output` for the partitions, renamed onto it when complete."""
    if output is None:
        yield None
        return
    temp = tempfile.mkdtemp(dir=output.parent, prefix=f".{output.name}.", suffix=".tmp")
    try:
        yield os.path.abspath(temp)
        os.chmod(temp, 0o755)
        os.replace(temp, output)
    except BaseException:
        shutil.rmtree(temp, ignore_errors=True)
        raise


def _tasks(
    names: list[str], settings: Settings, folder: str | None, threads: int, client: Any
) -> tuple[list[Any], list[Part]]:
    """One delayed task a partition, in input order, and the partitions."""
    from dask import delayed

    tasks: list[Any] = []
    parts: list[Part] = []
    for name in names:
        path = os.path.abspath(name)
        if reader.is_parquet(name):
            for part in _row_groups(name, path, settings, len(parts)):
                parts.append(part)
                tasks.append(delayed(run_part)(part, None, settings, folder))
            continue
        if name.lower().endswith(".gz"):
            raise reader.ArchiveError(
                f"{name}: a gzip archive cannot be cut into partitions: decompress it, "
                "or extract it without --dask"
            )
        size = reader.size(name)
        for part, block in _blocks(name, path, size, threads, len(parts), client):
            parts.append(part)
            tasks.append(delayed(run_part)(part, block, settings, folder))
    return tasks, parts


def _blocks(
    name: str, path: str, size: int, threads: int, start: int, client: Any
) -> Iterator[tuple[Part, Any]]:
    """The JSONL archive's blocks, each with the number of its first line."""
    from dask import delayed
    from dask.bytes import read_bytes

    if size == 0:
        return
    blocksize = min(max(size // (threads * PARTS_PER_WORKER), MIN_BLOCK), MAX_BLOCK)
    _, (blocks,) = read_bytes(path, delimiter=b"\n", blocksize=blocksize, sample=False)
    counts = client.compute([delayed(count_lines)(b) for b in blocks], sync=True)
    first = 1
    share = size / max(len(blocks), 1)
    for i, (block, lines) in enumerate(zip(blocks, counts, strict=True)):
        yield Part(start + i, name, path, first, None, round(share)), block
        first += lines


def _row_groups(name: str, path: str, settings: Settings, start: int) -> Iterator[Part]:
    parquet, _ = reader.columns(name, settings)
    meta = parquet.metadata
    parquet.close()
    size = reader.size(name)
    rows = max(meta.num_rows, 1)
    first = 1
    for i in range(meta.num_row_groups):
        n = meta.row_group(i).num_rows
        yield Part(start + i, name, path, first, i, round(n * size / rows))
        first += n


def _results(
    client: Any, futures: list[Any], parts: list[Part], ordered: bool
) -> Iterator[tuple[Part, Done]]:
    """Each partition's outcome, in input order or as they finish; each released once read."""
    from dask.distributed import as_completed

    by_key = {f.key: part for f, part in zip(futures, parts, strict=True)}
    stream = iter(futures) if ordered else as_completed(futures)
    for future in stream:
        done = future.result()
        future.release()
        yield by_key[future.key], done


def count_lines(block: bytes) -> int:
    """Lines in a block as `reader` counts them: a last line without a newline is one."""
    return block.count(b"\n") + (1 if block and not block.endswith(b"\n") else 0)


def run_part(part: Part, block: bytes | None, settings: Settings, folder: str | None) -> Done:
    """A partition's rows (on a worker): written as they come to its file of `folder`, or
    returned (no folder: they go to standard output)."""
    total = Done(part.index, part.units)
    if folder is None:
        payloads = []
        for done in _work(part, block, settings, total):
            payloads.append(done.payload)
        total.payload = b"".join(payloads)
        return total
    suffix = ".parquet" if settings.parquet else ".jsonl"
    with open(os.path.join(folder, f"part-{part.index:05d}{suffix}"), "wb") as stream:
        out: Any = sink.ParquetSink(stream) if settings.parquet else sink.JsonlSink(stream)
        for done in _work(part, block, settings, total):
            out.write(done.payload)
        if settings.parquet:
            out.close()
    return total


def _work(part: Part, block: bytes | None, settings: Settings, total: Done) -> Iterator[Done]:
    """Each chunk's outcome, its counts added to `total`."""
    for chunk in _chunks(part, block, settings):
        done = work(chunk, settings)
        _merge(total, done)
        yield done


def _merge(total: Done, done: Done) -> None:
    total.records += done.records
    total.articles += done.articles
    total.mentions += done.mentions
    for bad in done.bad:
        total.skip(bad)
    total.bad_count += done.bad_count - len(done.bad)


def _chunks(part: Part, block: bytes | None, settings: Settings) -> Iterator[Chunk]:
    """The partition's records in chunks of `reader.CHUNK_RECORDS`, as a local run cuts them."""
    size = reader.CHUNK_RECORDS
    if block is None:
        parquet, wanted = reader.columns(part.path, settings)
        table = parquet.read_row_group(part.row_group, columns=wanted)
        parquet.close()
        first = part.first
        for batch in table.to_batches(max_chunksize=size):
            yield Chunk(part.index, part.file, first, batch, 0)
            first += batch.num_rows
        return
    lines: list[bytes | None] = list(block.split(b"\n"))
    if lines and lines[-1] == b"":
        lines.pop()
    for i, line in enumerate(lines):
        if line is not None and len(line) > MAX_RECORD:
            lines[i] = None
    for start in range(0, len(lines), size):
        yield Chunk(part.index, part.file, part.first + start, lines[start : start + size], 0)
