"""`timeline extract ARCHIVE...`: read, map over the cores, write, and count.

The one entry point the command line calls for archives on this machine; the
reading, the map and the writing are each their own module.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
from collections.abc import Iterator
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

from timeline.archive import local, reader, sink
from timeline.archive.local import cores
from timeline.archive.progress import Bar
from timeline.archive.work import FIELDS, Chunk, Done, Settings, Summary

__all__ = ["cores", "extract", "settings"]


def settings(
    names: list[str], fields: list[str], lang: str | None, ref: dt.date | None
) -> Settings:
    """The run's settings from the command line; `ArchiveError` for a usage mistake."""
    mixed = [n for n in names if not reader.is_archive(n)]
    if mixed:
        raise reader.ArchiveError(
            f"{mixed[0]}: not an archive (.jsonl, .ndjson, .jsonl.gz, .parquet): "
            "extract articles and archives in separate runs"
        )
    mapping = {f: f for f in FIELDS}
    for given in fields:
        name, equals, key = given.partition("=")
        if not equals or name.strip() not in FIELDS or not key.strip():
            raise reader.ArchiveError(
                f"--field {given!r}: write NAME=KEY with NAME one of {', '.join(FIELDS)}, "
                "e.g. --field text=body"
            )
        mapping[name.strip()] = key.strip()
    return Settings(fields=mapping, lang=lang, ref=ref)


def all_chunks(names: list[str], settings: Settings) -> Iterator[Chunk]:
    """The chunks of every archive, one after the other, numbered across them."""
    counter = reader.Counter()
    for name in names:
        yield from reader.chunks(name, settings, counter)


def check_output(output: Path | None) -> bool:
    """Whether the output is Parquet; `ArchiveError` when its folder is missing."""
    if output is None:
        return False
    if output.is_dir():
        raise reader.ArchiveError(f"{output}: is a folder: give a file name for the output")
    if not output.parent.is_dir() and str(output.parent):
        raise reader.ArchiveError(f"{output.parent}: no such folder for the output")
    return reader.is_parquet(str(output))


def extract(
    names: list[str],
    settings: Settings,
    output: Path | None,
    jobs: int,
    ordered: bool = True,
    progress: bool | None = None,
) -> Summary:
    """Every mention of every usable record of the archives, to `output` (or standard output).

    `ArchiveError` when an archive cannot be read: then no output file is left.
    """
    settings = dataclasses.replace(settings, parquet=check_output(output))
    total = reader.total(names)
    summary = Summary()
    with Bar(total, progress) as bar, sink.open_sink(output, settings.parquet) as out:

        def take(chunk: Chunk, done: Done) -> None:
            out.write(done.payload)
            summary.add(done)
            bar.advance(chunk.units, done.records)

        try:
            local.run(all_chunks(names, settings), settings, jobs, ordered, take)
        except BrokenProcessPool as exc:
            raise reader.ArchiveError(
                f"a worker process ended abruptly ({exc.__cause__ or 'killed?'}): "
                "out of memory? try fewer --jobs"
            ) from exc
    return summary
