"""Long jobs (a folder of packages read, a PDF or workbook written) report how far they
are and can be cancelled, without knowing who watches: the window runs them off its
thread with a progress bar and a Cancel button, the CLI and the benchmarks run them as
they are. A job calls ``progress.advance(done, total)`` now and then; a watcher that
wants it stopped raises :class:`Cancelled` from there, so the job stops at a point where
it has nothing half-written."""

from __future__ import annotations

from typing import Protocol


class Cancelled(Exception):
    """The user stopped a long job; whatever it had written is gone again."""


class JobProgress(Protocol):
    def advance(self, done: int, total: int) -> None:
        """``done`` of ``total`` units finished; raises :class:`Cancelled` to stop."""


class _Untracked:
    def advance(self, done: int, total: int) -> None:
        pass


UNTRACKED: JobProgress = _Untracked()
