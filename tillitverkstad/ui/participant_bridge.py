"""The voting server's events, carried from its thread to the window's and delivered there
at most once a frame.

Sixty phones voting at once make sixty events in a few milliseconds. Each one a queued
signal would wake the window sixty times and repaint the count sixty times, each repaint
taking the interpreter lock from the server while it answers the next phone. Here an event
only notes itself under a lock (the latest count replaces the one before; a state change or
a note is kept in order) and wakes the window once; the window then takes everything that
has come, no sooner than a frame after its last delivery. So the window repaints at most at
the screen's rate, and a vote reaches the count within a frame of arriving."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, Qt, QTimer, Signal

from tillitverkstad.voting.events import DevicesChanged, VoteCounted, VotingEvent

FRAME_MS = 16  # one frame at 60 Hz: the fastest a count on screen can usefully change


class EventBridge(QObject):
    """Called with each event on the server's thread; emits ``arrived`` on the window's
    thread with a batch: every state change and note in order, then the newest device
    count and vote count."""

    arrived = Signal(list)
    _wake = Signal()

    def __init__(
        self, parent: QObject | None = None, clock: Callable[[], float] = time.monotonic
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._lock = threading.Lock()
        self._ordered: list[VotingEvent] = []
        self._latest: dict[type, VotingEvent] = {}  # only the newest count matters
        self._woken = False
        self._last = float("-inf")
        self._frame = QTimer(self, singleShot=True)
        self._frame.timeout.connect(self._deliver)
        self._wake.connect(self._on_wake, Qt.ConnectionType.QueuedConnection)

    def __call__(self, event: VotingEvent) -> None:
        """On the server's thread: note the event; wake the window if it is not yet."""
        with self._lock:
            if isinstance(event, DevicesChanged | VoteCounted):
                self._latest[type(event)] = event
            else:
                self._ordered.append(event)
            wake, self._woken = not self._woken, True
        if wake:
            self._wake.emit()

    def _on_wake(self) -> None:
        wait = FRAME_MS - (self._clock() - self._last) * 1000
        if wait <= 0:
            self._deliver()
        elif not self._frame.isActive():
            self._frame.start(max(1, round(wait)))

    def _deliver(self) -> None:
        with self._lock:
            batch = [*self._ordered, *self._latest.values()]
            self._ordered.clear()
            self._latest.clear()
            self._woken = False
        self._last = self._clock()
        if batch:
            self.arrived.emit(batch)
