"""The Översikt page's overview, worked out off the UI thread and shown a part at a time.

Over HR's 10 000 packages working the overview out takes a second and showing it (the
heatmap, the choices, four cards) some 10 ms a part. So the work runs through
``ui/background.py``, a newer choice cancels one still being worked out, and the parts are
shown one per event-loop turn, the window answering between them; a newer overview drops
what is left of an older one's parts. What the window no longer shows is let go of off
the UI thread (``background.let_go``): freeing it at once held the window a third of a
second."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from tillitverkstad.core.jobs import JobProgress
from tillitverkstad.core.overview import Overview
from tillitverkstad.ui.background import BackgroundTask, let_go, run_in_background
from tillitverkstad.ui.errors import show_error

Part = Callable[[], object]


class OverviewShowing(QObject):
    """``parts(overview)``: what showing it takes, in order, each short."""

    busy_changed = Signal(bool)  # True: what is shown is not yet the choice made
    shown = Signal()  # the newest overview is shown in full

    def __init__(
        self,
        parent: QWidget,
        parts: Callable[[Overview], list[Part]],
        language: Callable[[], str],
    ) -> None:
        super().__init__(parent)
        self._window, self._parts, self._language = parent, parts, language
        self.overview: Overview | None = None
        self.task: BackgroundTask | None = None  # the overview being worked out
        self._showing = 0  # overviews begun to be shown: a part of an older one is not shown
        self._shown = 0  # ... and shown in full
        self._old: list[object] = []  # what was shown before, until nothing shows it

    def start(self, work: Callable[[JobProgress], Overview]) -> BackgroundTask:
        """Work the overview out with ``work`` and show it, dropping one still under way."""
        if self.task is not None and self.task.running:
            self.task.cancel()
        task = run_in_background(
            self._window,
            work,
            self.show,
            on_failure=lambda error: show_error(self._window, error, self._language()),
            language=self._language,
            keep_result=True,
        )
        self.task = task
        self.busy_changed.emit(True)
        task.finished.connect(lambda: self.busy_changed.emit(self.task is not task))
        return task

    @property
    def busy(self) -> bool:
        """Whether the newest overview is still being worked out or shown."""
        running = self.task is not None and self.task.running
        return running or self._shown != self._showing

    def let_go_later(self, pieces: list[object]) -> None:
        """``pieces`` of something no part shows once the newest overview is shown."""
        self._old += pieces

    def show(self, overview: Overview) -> None:
        """Show ``overview`` a part per turn (again, in another language, when it is the
        one shown), then say so (``shown``)."""
        if self.overview is not None and self.overview is not overview:
            self._old += [*self.overview.groups, *self.overview.examples]
        self.overview = overview
        self._showing += 1
        showing, parts = self._showing, self._parts(overview)

        def next_part() -> None:
            if showing != self._showing:
                return
            parts.pop(0)()
            if parts:
                QTimer.singleShot(0, self, next_part)
                return
            if self._old:  # no part shows the older overviews any more
                let_go(self, self._old)
                self._old = []
            self._shown = showing
            self.shown.emit()

        next_part()
