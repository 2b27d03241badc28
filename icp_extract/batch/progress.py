"""A progress bar for a batch on stderr (rich), and plain lines when there is no terminal.

Both implement :class:`icp_extract.batch.BatchProgress` plus ``echo``: the CLI prints its
per-file lines through ``echo`` so they appear above the bar instead of tearing it.
"""

from __future__ import annotations

import sys
from typing import Any, Protocol

from icp_extract.batch.model import FileResult, Status


class BatchProgress(Protocol):
    """What the batch tells whoever shows its progress (:class:`RichProgress` below is a bar)."""

    def start(self, total: int, resumed: int) -> None: ...

    def advance(self, result: FileResult) -> None: ...

    def stop(self) -> None: ...


class NullProgress:
    """Shows nothing: for a stderr that is not a terminal, ``-q``, and library use."""

    def start(self, total: int, resumed: int) -> None:
        pass

    def advance(self, result: FileResult) -> None:
        pass

    def stop(self) -> None:
        pass


class PlainProgress(NullProgress):
    """No bar: lines go straight to stderr (not a terminal, or ``-q``)."""

    def echo(self, line: str) -> None:
        print(line, file=sys.stderr, flush=True)


class RichProgress:
    """Files done of total, risks found, failures, elapsed and time left, redrawn in place."""

    def __init__(self, console: Any | None = None) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            Progress,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )

        self.console = console or Console(stderr=True)
        self._progress = Progress(
            TextColumn("[bold]extracting"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("files  {task.fields[risks]} risks  {task.fields[failed]} failed"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=self.console,
            transient=False,
            refresh_per_second=4,
        )
        self._task: Any = None
        self._risks = 0
        self._failed = 0

    def start(self, total: int, resumed: int) -> None:
        self._progress.start()
        # Resumed files count as done but not as speed, so the time left stays honest.
        self._task = self._progress.add_task("batch", total=total, risks=0, failed=0)
        self._progress.update(self._task, completed=0)
        self._resumed_pending = resumed

    def advance(self, result: FileResult) -> None:
        self._risks += result.risks
        self._failed += result.status is Status.FAILED
        if self._task is None:
            return
        self._progress.update(self._task, advance=1, risks=self._risks, failed=self._failed)
        if result.resumed and self._resumed_pending:
            self._resumed_pending -= 1
            if not self._resumed_pending:
                # Restart the speed estimate once the already-done files are counted.
                self._progress.reset(
                    self._task,
                    completed=int(self._progress.tasks[0].completed),
                    risks=self._risks,
                    failed=self._failed,
                )

    def stop(self) -> None:
        self._progress.stop()

    def echo(self, line: str) -> None:
        self.console.print(line, markup=False, highlight=False, soft_wrap=True)


def for_stderr(quiet: bool) -> PlainProgress | RichProgress:
    """A bar when stderr is a terminal and not ``quiet``; plain lines otherwise."""
    if quiet or not sys.stderr.isatty():
        return PlainProgress()
    return RichProgress()
