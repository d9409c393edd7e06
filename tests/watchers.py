"""What a progress bar hears of a long job (``core.jobs``), for the tests of the folder
read and the exports: every report, and with ``stop_at`` the user presses Cancel at that
report."""

from __future__ import annotations

from tillitverkstad.core.jobs import Cancelled


class Watcher:
    def __init__(self, stop_at: int | None = None) -> None:
        self.calls: list[tuple[int, int]] = []
        self.stop_at = stop_at

    def advance(self, done: int, total: int) -> None:
        self.calls.append((done, total))
        if self.stop_at is not None and len(self.calls) >= self.stop_at:
            raise Cancelled
