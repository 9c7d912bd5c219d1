"""The progress bar of a long extraction: on a terminal's standard error only.

Its bar and time left follow the bytes of the archive read (rows for Parquet, by
their share of the file); its rate is in articles a second. Piped or redirected,
nothing is drawn, so logs and CI stay clean.
"""

from __future__ import annotations

import sys
from types import TracebackType
from typing import Any

from rich.progress import ProgressColumn, Task
from rich.text import Text


class _Rate(ProgressColumn):
    """Articles a second since the start."""

    def render(self, task: Task) -> Text:
        elapsed = task.elapsed or 0.0
        done = int(task.fields.get("records", 0))
        rate = f"{done / elapsed:,.0f} articles/s" if elapsed > 0.5 else ""
        return Text(f"{done:,} articles  {rate}", style="progress.data.speed")


class Bar:
    """`with Bar(total) as bar: bar.advance(units, records)`; silent off a terminal."""

    def __init__(self, total: int | None, enabled: bool | None = None) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.total = total
        self.progress: Any = None
        self.task: Any = None
        self.records = 0

    def __enter__(self) -> Bar:
        if self.enabled:
            from rich.console import Console
            from rich.progress import BarColumn, Progress, TaskProgressColumn, TimeRemainingColumn

            self.progress = Progress(
                BarColumn(),
                TaskProgressColumn(),
                _Rate(),
                TimeRemainingColumn(),
                console=Console(stderr=True),
            )
            self.progress.start()
            self.task = self.progress.add_task("extract", total=self.total, records=0)
        return self

    def advance(self, units: int, records: int) -> None:
        self.records += records
        if self.progress is not None:
            self.progress.update(self.task, advance=units, records=self.records)

    def __exit__(
        self,
        kind: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self.progress is not None:
            self.progress.stop()
