"""Saving without a Save button: every change is on disk within a second.

The workshop is captured on the UI thread (where it is edited) and written by one writer
thread, in order, so a slow disk (a USB stick, a network home folder) never holds up the
facilitator's typing. A failed write, for whatever reason (a full disk, a file that is not
ours, a bug), keeps everything in memory, is shown and is retried."""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from tillitverkstad.logfile import log_exception
from tillitverkstad.operations.library import OpenWorkshop

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SaveTiming:
    """How soon an edit is written, and how soon a failed write is tried again. Tests
    shorten the retry rather than wait seconds for it."""

    delay_ms: int = 300  # an edit is on disk within this plus one write (a few ms)
    retry_ms: int = 2000  # a full disk or a lost network folder needs a moment


PROMPTLY = SaveTiming()


class Autosave(QObject):
    saved = Signal()  # everything so far is on disk
    failed = Signal(object)  # the exception; edits stay in memory, retried
    _written = Signal(object)  # from the writer thread: None, or the exception it met

    def __init__(
        self, opened: OpenWorkshop, parent: QObject | None = None, timing: SaveTiming = PROMPTLY
    ) -> None:
        super().__init__(parent)
        self._opened = opened
        self._retry_ms = timing.retry_ms
        self.dirty = False
        self.last_saved: dt.datetime | None = None
        self._timer = QTimer(self, singleShot=True, interval=timing.delay_ms)
        self._timer.timeout.connect(self._capture)
        self._writer = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self._in_flight: list[Future] = []  # for flush() to wait on
        self.unreported = 0  # writes whose result has not reached the UI thread yet
        self._written.connect(self._on_written, Qt.ConnectionType.QueuedConnection)

    def touch(self) -> None:
        """Something changed: it will be on disk within the delay."""
        self.dirty = True
        if not self._timer.isActive():  # not restarted: steady typing still saves each delay
            self._timer.start()

    def _capture(self) -> Future | None:
        """Snapshot the workshop here, on the UI thread, and queue its durable write."""
        self._timer.stop()
        if not self.dirty:
            return None
        write = self._opened.prepare_save()
        self.dirty = False
        future = self._writer.submit(self._write, write)
        self._in_flight = [f for f in self._in_flight if not f.done()] + [future]
        self.unreported += 1
        return future

    def _write(self, write: Callable[[], None]) -> None:  # on the writer thread
        try:
            write()
        except Exception as exc:  # any failure: the banner shows, the edits stay
            log_exception(type(exc), exc.__traceback__, where="autosave")
            self._written.emit(exc)
            raise
        self._written.emit(None)

    def _on_written(self, error: object) -> None:
        self.unreported -= 1
        if error is not None:
            log.warning("autosave failed: %s", type(error).__name__)
            self.dirty = True  # the next capture is complete, so nothing is lost
            self._timer.start(self._retry_ms)
            self.failed.emit(error)
        elif not self.dirty and not self.unreported:
            self.last_saved = dt.datetime.now()
            self.saved.emit()

    def flush(self) -> bool:
        """Save now and wait for the disk; True when everything is on disk."""
        try:
            self._capture()
        except Exception as exc:  # capturing failed: nothing was queued, nothing is lost
            log_exception(type(exc), exc.__traceback__, where="autosave")
            self.dirty = True
            self.failed.emit(exc)
            return False
        ok = True
        for future in list(self._in_flight):
            try:
                future.result()
            except Exception:  # reported by _write; the edits are still in memory
                ok = False
        self._in_flight = []
        if not ok or self.dirty:
            return False
        self.last_saved = dt.datetime.now()
        return True

    def close(self) -> bool:
        """Flush, then stop the writer and release the workshop; False if not all saved."""
        saved = self.flush()
        if saved:
            self._writer.shutdown()
            self._opened.close()
        return saved

    def abandon(self) -> None:
        """Release the workshop with what could not be saved left unsaved."""
        self._opened.close()
