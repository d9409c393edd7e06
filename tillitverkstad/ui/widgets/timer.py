"""The step's countdown: a clock-driven model (``StepTimer``) and its controls."""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tillitverkstad.ui import accessible, theme

TICK_MS = 200
TIME_UP = "timeUp"  # dynamic property: the stylesheet gives the frame the alert colour


def format_remaining(seconds: int) -> str:
    """``12:05``, or ``−01:23`` once the time is up (a real minus sign)."""
    sign = "−" if seconds < 0 else ""
    minutes, secs = divmod(abs(seconds), 60)
    return f"{sign}{minutes:02d}:{secs:02d}"


class StepTimer(QObject):
    """Counts a step's planned time down; time used keeps counting past zero.

    The clock is injectable so tests can move time without sleeping; ``poll()`` (called by
    an internal QTimer while running) emits ``changed`` whenever the shown second changes.
    """

    changed = Signal(int, bool, bool)  # remaining seconds (may be negative), running, time up

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._planned = 0
        self._extra = 0  # +1 min presses since the step was loaded or reset
        self._base = 0.0  # elapsed seconds before the current run
        self._started: float | None = None
        self._shown: tuple[int, bool, bool] | None = None
        self._ticker = QTimer(self, interval=TICK_MS)
        self._ticker.timeout.connect(self.poll)

    # -- state ------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self._started is not None

    @property
    def planned(self) -> int:
        """Planned seconds including any extra minutes."""
        return self._planned + self._extra

    @property
    def extra(self) -> int:
        return self._extra

    def elapsed(self) -> int:
        extra = self._clock() - self._started if self._started is not None else 0.0
        return math.floor(self._base + extra)

    def remaining(self) -> int:
        return self.planned - self.elapsed()

    @property
    def time_up(self) -> bool:
        return self.planned > 0 and self.remaining() <= 0

    # -- commands ---------------------------------------------------------------

    def load(self, planned_seconds: int, elapsed_seconds: int, extra_seconds: int = 0) -> None:
        """Show another step: stopped, with its planned and already used time."""
        self._ticker.stop()
        self._started = None
        self._planned = max(0, planned_seconds)
        self._extra = max(0, extra_seconds)
        self._base = float(max(0, elapsed_seconds))
        self._emit(force=True)

    def start(self) -> None:
        if self._started is None:
            self._started = self._clock()
            self._ticker.start()
            self._emit(force=True)

    def pause(self) -> None:
        if self._started is not None:
            self._base += self._clock() - self._started
            self._started = None
            self._ticker.stop()
            self._emit(force=True)

    def toggle(self) -> None:
        self.pause() if self.running else self.start()

    def reset(self) -> None:
        """Back to the planned time (without extra minutes), stopped."""
        self._ticker.stop()
        self._started = None
        self._base = 0.0
        self._extra = 0
        self._emit(force=True)

    def add_minute(self) -> None:
        self._extra += 60
        self._emit(force=True)

    def poll(self) -> None:
        self._emit()

    def _emit(self, force: bool = False) -> None:
        state = (self.remaining(), self.running, self.time_up)
        if force or state != self._shown:
            self._shown = state
            self.changed.emit(*state)


class TimerWidget(QFrame):
    """Big remaining time with start/pause, reset and +1 min. When the time is up the time
    turns negative, a warning sign and text appear and the frame changes — no popup."""

    def __init__(self, timer: StepTimer, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer
        self.setObjectName("stepTimer")
        self.setAccessibleName(self.tr("Timer"))
        layout = QHBoxLayout(self)
        layout.setContentsMargins(theme.SPACE.m, theme.SPACE.xs, theme.SPACE.s, theme.SPACE.xs)
        layout.setSpacing(theme.SPACE.s)
        self.warning = QLabel(theme.WARNING_MARK, self)
        self.warning.setAccessibleName(self.tr("Time is up"))
        self.time_label = QLabel("00:00", self)
        self.state_label = QLabel(self)
        self.start_button = QPushButton(self.tr("Start"), self)
        self.reset_button = QPushButton(self.tr("Reset"), self)
        self.add_button = QPushButton(self.tr("+1 min"), self)
        self.start_button.setAccessibleName(self.tr("Start or pause the timer"))
        self.reset_button.setAccessibleName(self.tr("Reset the timer"))
        self.add_button.setAccessibleDescription(self.tr("Add one minute"))
        for widget in (self.warning, self.time_label, self.state_label):
            layout.addWidget(widget)
        layout.addStretch(1)
        for button in (self.start_button, self.reset_button, self.add_button):
            layout.addWidget(button)
        self.state_label.setProperty("role", "muted")
        theme.scale_font(self.time_label, theme.TYPE.figure, bold=True)
        theme.scale_font(self.warning, theme.TYPE.title, bold=True)
        self.start_button.clicked.connect(timer.toggle)
        self.reset_button.clicked.connect(timer.reset)
        self.add_button.clicked.connect(timer.add_minute)
        timer.changed.connect(self.show_state)
        self._shown_up: bool | None = None
        self._said_up = False
        self.show_state(timer.remaining(), timer.running, timer.time_up)

    def show_state(self, remaining: int, running: bool, time_up: bool) -> None:
        self.time_label.setText(format_remaining(remaining))
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))
        self.warning.setVisible(time_up)
        if time_up:
            self.state_label.setText(self.tr("Time is up"))
        elif not self.timer.planned:
            self.state_label.setText(self.tr("no planned time"))
        else:
            self.state_label.setText(
                self.tr("of {minutes} min").format(minutes=self.timer.planned // 60)
            )
        if time_up != self._shown_up:  # restyle only on change: the time ticks every second
            self._shown_up = time_up
            self.setProperty(TIME_UP, time_up)
            self.style().unpolish(self)
            self.style().polish(self)
        self._speak(remaining, running, time_up)

    def _speak(self, remaining: int, running: bool, time_up: bool) -> None:
        """The time as a screen reader reads it: in whole minutes, so its name changes once
        a minute rather than every second (the digits on screen tick); time up is said
        once, when it happens, without taking the focus."""
        name = self.spoken(remaining)
        if self.time_label.accessibleName() != name:
            self.time_label.setAccessibleName(name)
        if time_up and running and not self._said_up:
            accessible.announce(self, self.tr("Time is up"))
        self._said_up = time_up

    def spoken(self, remaining: int) -> str:
        """ "Tid kvar: 4 av 10 min", "Tiden är ute: 1 min över" (minutes begun count)."""
        planned = self.timer.planned // 60
        if remaining >= 0 and planned:
            return self.tr("Time left: {minutes} of {planned} min").format(
                minutes=math.ceil(remaining / 60), planned=planned
            )
        over = math.ceil(-remaining / 60)
        if planned:
            return self.tr("Time is up: {minutes} min over").format(minutes=over)
        return self.tr("{minutes} min used").format(minutes=over)

    @property
    def is_time_up_shown(self) -> bool:
        return self.warning.isVisibleTo(self) and self.time_label.text().startswith("−")
