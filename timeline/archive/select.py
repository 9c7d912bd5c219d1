"""Records of an archive brought into the seeds: `timeline add --from-jsonl FILE`.

The records that matter are chosen outside (a DuckDB or pandas query joining the
mentions to the archive, see the README); each chosen record becomes a seed with
its front matter (published, lang, title, outlet, url) through `timeline.add`, so
it is checked, named and refused exactly as a file added by hand. One bad record
adds nothing.
"""

from __future__ import annotations

from pathlib import Path

from timeline import add as adder
from timeline.archive import reader
from timeline.archive.work import BadRecord, Settings, raw_records, read_record


def inputs(name: str, settings: Settings) -> list[tuple[str, bytes, adder.Options]]:
    """Each record of the file as an input of `add.add_each`; `AddError` for a bad one."""
    out = []
    for chunk in reader.chunks(name, settings, reader.Counter()):
        for number, raw in raw_records(chunk, settings):
            where = f"{name}:{number}"
            try:
                record = read_record(name, number, raw, settings)
            except BadRecord as exc:
                raise adder.AddError(f"{where}: {exc}: nothing added") from None
            options = adder.Options(
                published=record.published,
                lang=record.lang,
                title=record.meta["title"],
                outlet=record.meta["outlet"],
                url=record.meta["url"],
            )
            out.append((where, record.text.encode("utf-8"), options))
    if not out:
        raise adder.AddError(f"{name}: no records: nothing added")
    return out


def add(name: str, settings: Settings, seeds: Path, lock: Path | None = None) -> list[adder.Added]:
    """Every record of the archive `name` added to `seeds`, or none (under the lock of the
    store `lock`, as `add` takes it)."""
    return adder.add_each(inputs(name, settings), seeds, lock)
