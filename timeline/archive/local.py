"""The chunks of an archive mapped over worker processes on this machine.

A `concurrent.futures` process pool runs `work.work` on each chunk; this process
only reads chunks and writes results. At most `WINDOW` chunks a worker are in
flight, so memory stays bounded whatever the archive's size; results are written
in input order (a chunk that finishes early waits for the ones before it) or, with
`ordered=False`, as they come. `jobs=1` runs in this process, with no pool: the
same function over the same chunks, so the same bytes.

Workers are started by a fork server that has imported the extraction once
(fork where there is no fork server): no copy of this process's threads or open
files, and a worker is ready in milliseconds.
"""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections import deque
from collections.abc import Callable, Iterable
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from itertools import chain, islice

from timeline.archive.work import Chunk, Done, Settings, work

WINDOW = 3
"""Chunks in flight per worker: enough to keep every core busy, few enough to bound memory."""


def cores() -> int:
    """The cores this process may run on (its CPU affinity, else the machine's count)."""
    try:
        return len(os.sched_getaffinity(0)) or 1
    except AttributeError:  # not on Linux
        return os.cpu_count() or 1


Take = Callable[[Chunk, Done], None]


def run(chunks: Iterable[Chunk], settings: Settings, jobs: int, ordered: bool, take: Take) -> None:
    """`take(chunk, done)` for each chunk's outcome, in input order unless not `ordered`.

    A single chunk, or `jobs=1`, runs here: starting workers costs more than it saves.
    """
    stream = iter(chunks)
    head = list(islice(stream, 2))
    if jobs <= 1 or len(head) < 2:
        for chunk in chain(head, stream):
            take(chunk, work(chunk, settings))
        return
    with ProcessPoolExecutor(
        max_workers=jobs, mp_context=_context(), initializer=_init, initargs=(settings,)
    ) as pool:
        pending: deque[tuple[Chunk, Future[Done]]] = deque()
        for chunk in chain(head, stream):
            pending.append((_strip(chunk), pool.submit(_work, chunk)))
            while len(pending) >= jobs * WINDOW:
                take(*_next(pending, ordered))
        while pending:
            take(*_next(pending, ordered))


def _strip(chunk: Chunk) -> Chunk:
    """The chunk without its records, kept here while a worker has them."""
    return Chunk(chunk.index, chunk.file, chunk.first, None, chunk.units)


def _next(pending: deque[tuple[Chunk, Future[Done]]], ordered: bool) -> tuple[Chunk, Done]:
    if ordered:
        chunk, future = pending.popleft()
        return chunk, future.result()
    finished, _ = wait([f for _, f in pending], return_when=FIRST_COMPLETED)
    for i, (chunk, future) in enumerate(pending):
        if future in finished:
            del pending[i]
            return chunk, future.result()
    raise AssertionError("wait() returned no finished future")  # pragma: no cover


def _context() -> multiprocessing.context.BaseContext:
    methods = multiprocessing.get_all_start_methods()
    if "forkserver" in methods:
        context = multiprocessing.get_context("forkserver")
        context.set_forkserver_preload([__name__])
        return context
    return multiprocessing.get_context("spawn")


_SETTINGS: list[Settings] = []


def _init(settings: Settings) -> None:
    """A worker keeps the run's settings; Ctrl-C is the parent's to handle (no tracebacks)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    _SETTINGS[:] = [settings]


def _work(chunk: Chunk) -> Done:
    return work(chunk, _SETTINGS[0])
