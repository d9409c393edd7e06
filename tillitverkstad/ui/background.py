"""Long work off the UI thread, in the spirit of Anki's ``QueryOp``: the one way the window
runs a job that may take more than a moment (a PDF or workbook written, a folder of
packages read), so a facilitator never waits on a frozen window.

``run_in_background(parent, work, on_success)`` runs ``work(progress)`` on a worker
thread and delivers its result to ``on_success`` back on the UI thread. ``work`` is a
Qt-free function that reports through :class:`~tillitverkstad.core.jobs.JobProgress`; it
must not touch widgets or anything the UI thread may change meanwhile (hand it a copy).
The returned :class:`BackgroundTask` is cancelled with :meth:`BackgroundTask.cancel` (or
the Cancel button of :func:`with_progress_dialog`): the job stops at its next
``advance``, and ``on_cancel`` runs instead. A failure reaches ``on_failure`` as the
exception, or, without one, the user as a message in the UI language; an unexpected one
(a bug, not the user's doing) is logged with its stack first, never shown raw.

The window keeps answering while a job runs. Python lets one thread run at a time (the
GIL), and a job that reads or writes a file lets go of it and takes it back thousands
of times a second, each time before the waiting window thread has woken up to take it:
so ``advance`` hands the window a turn every :data:`TURN_EVERY_S` and waits (briefly)
until it has had it. Full garbage collections, which stop every thread, wait while a
job runs (:mod:`tillitverkstad.heap`); a long-lived result (``keep_result``) is kept out
of later collections once it has been handed over."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable
from typing import Any, TypeVar, cast

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from tillitverkstad import heap
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.jobs import Cancelled, JobProgress
from tillitverkstad.core.languages import SOURCE_LANGUAGE
from tillitverkstad.logfile import log_exception
from tillitverkstad.ui.errors import show_error

T = TypeVar("T")

SHOW_PROGRESS_AFTER_MS = 400  # a quick job finishes without a dialog flashing up
TURN_EVERY_S = 0.008  # the window gets the GIL at least this often: within a frame
TURN_WAIT_S = 0.1  # a window that does not answer (it waits for the pool) is not waited for
LET_GO_AT_ONCE = 16  # pieces freed between two chances to give the window its turn


class _Relay(QObject):
    """Carries the worker's news to the UI thread. Made without a parent and kept by the
    worker until it is done, so a job outliving its window has somewhere to report."""

    progressed = Signal(int, int)
    turn = Signal(object)  # a threading.Event the window sets once it has had its turn
    succeeded = Signal(object)  # what the work returned
    failed = Signal(object)  # the exception
    cancelled = Signal()


class _Progress:
    """The job's :class:`JobProgress`: stops the job once asked, and every
    :data:`TURN_EVERY_S` passes the progress on and gives the window its turn."""

    def __init__(self, relay: _Relay, stop: threading.Event) -> None:
        self._relay, self._stop = relay, stop
        self._last_turn = 0.0

    def advance(self, done: int, total: int) -> None:
        if self._stop.is_set() or not isValid(self._relay):  # the app is closing: stop
            raise Cancelled
        now = time.monotonic()
        if now - self._last_turn < TURN_EVERY_S and done < total:
            return
        self._relay.progressed.emit(done, total)
        had_turn = threading.Event()
        self._relay.turn.emit(had_turn)
        had_turn.wait(TURN_WAIT_S)  # without the GIL: the window takes it now
        self._last_turn = time.monotonic()
        if self._stop.is_set():  # the window's turn may have been the Cancel button
            raise Cancelled


class _Worker(QRunnable):
    def __init__(self, work: Callable[[JobProgress], Any], relay: _Relay, stop: threading.Event):
        super().__init__()
        self._work, self._relay, self._stop = work, relay, stop

    def run(self) -> None:  # on a worker thread
        relay = self._relay
        try:
            result = self._work(_Progress(relay, self._stop))
        except Cancelled:
            news: tuple[Any, ...] = (relay.cancelled,)
        except Exception as exc:
            if not isinstance(exc, TillitError | OSError):  # a bug: its stack goes to the log
                log_exception(type(exc), exc.__traceback__, where="background job")
            news = (relay.failed, exc)
        else:
            news = (relay.succeeded, result)
        if isValid(relay):  # gone only while the app closes: no one to tell
            signal, *args = news
            signal.emit(*args)


class BackgroundTask(QObject):
    """One job under way. Its signals arrive on the UI thread."""

    progressed = Signal(int, int)  # done, total
    finished = Signal()  # after the success, failure or cancel callback has run

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._stop = threading.Event()
        self.relay: _Relay | None = None
        self.running = True
        self.destroyed.connect(self._stop.set)  # its window went: no one awaits the result

    def cancel(self) -> None:
        """Stop the job at its next step; ``on_cancel`` runs instead of ``on_success``."""
        self._stop.set()

    @property
    def cancel_requested(self) -> bool:
        return self._stop.is_set()


def _end(task: BackgroundTask, hold: heap.Hold, callback: Callable[[], object], keep: bool) -> None:
    task.running = False
    if not isValid(task):  # its window went: no one awaits the result, nothing to tell
        hold.release()
        return
    try:
        callback()
    except BaseException:
        hold.release()
        raise
    else:
        hold.release(kept=keep)  # the result is in its place: frozen with it
    finally:
        task.finished.emit()


def run_in_background(
    parent: QObject,
    work: Callable[[JobProgress], T],
    on_success: Callable[[T], object],
    *,
    on_failure: Callable[[Exception], object] | None = None,
    on_cancel: Callable[[], object] | None = None,
    language: Callable[[], str],
    keep_result: bool = False,
) -> BackgroundTask:
    """Start ``work`` on a worker thread; see the module's docstring. Without
    ``on_failure`` an error is shown to the user over ``parent`` in ``language()``.
    ``keep_result``: what ``work`` returns stays for long (a folder read, an overview);
    once ``on_success`` has put it in place it is kept out of later collections."""
    task = BackgroundTask(parent)
    relay = _Relay()
    task.relay = relay  # lives until its news has been delivered
    hold = heap.hold(keeps=keep_result)
    # Gone only as the app closes, with the news it would have carried: the hold goes too.
    relay.destroyed.connect(lambda: hold.release())

    def succeeded(result: object) -> None:
        # A cancel that came after the job's last step: the user asked for nothing.
        if task.cancel_requested:
            cancelled()
            return
        _end(task, hold, lambda: on_success(cast(T, result)), keep_result)

    def failed(error: object) -> None:
        exc = cast(Exception, error)
        if on_failure is not None:
            _end(task, hold, lambda: on_failure(exc), False)
        else:
            window = parent if isinstance(parent, QWidget) else None
            _end(task, hold, lambda: show_error(window, exc, language()), False)

    def cancelled() -> None:
        _end(task, hold, on_cancel or (lambda: None), False)

    queued = Qt.ConnectionType.QueuedConnection
    relay.turn.connect(lambda had_turn: had_turn.set(), queued)
    relay.progressed.connect(task.progressed, queued)
    relay.succeeded.connect(succeeded, queued)
    relay.failed.connect(failed, queued)
    relay.cancelled.connect(cancelled, queued)
    worker = _Worker(work, relay, task._stop)
    worker.setAutoDelete(True)
    QThreadPool.globalInstance().start(worker)
    return task


def let_go(parent: QObject, pieces: list[object]) -> BackgroundTask:
    """Free ``pieces`` (the parts of something large the window no longer shows, which
    nothing else holds any more) on a worker thread, a few at a time: freeing the
    hundreds of thousands of objects of an overview of 10 000 packages in one go holds
    every thread, the window's too, for a third of a second. The caller hands over its
    list and keeps no reference to it."""

    def work(progress: JobProgress) -> None:
        total = len(pieces)
        while pieces:
            del pieces[-LET_GO_AT_ONCE:]
            progress.advance(total - len(pieces), total)

    return run_in_background(parent, work, lambda _: None, language=lambda: SOURCE_LANGUAGE)


def with_progress_dialog(task: BackgroundTask, parent: QWidget, label: str) -> QProgressDialog:
    """A window-modal progress dialog for ``task`` with a Cancel button, shown once the job
    has taken a moment, gone when it ends."""
    dialog = QProgressDialog(parent)  # its Cancel button in Qt's own words (Avbryt)
    dialog.setLabelText(label)
    dialog.setRange(0, 0)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(SHOW_PROGRESS_AFTER_MS)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, max(total, 1)))

    task.progressed.connect(progressed)
    dialog.canceled.connect(task.cancel)
    task.finished.connect(dialog.close)
    return dialog
