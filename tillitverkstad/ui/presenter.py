"""Drives the shared screen from the facilitator's side: decides what to project for the
current step, keeps results hidden until revealed, and places the window on a monitor.

All presentation state (revealed results, voting view, notes board, timer shown, theme)
lives here, so the shared screen itself stays display-only."""

from __future__ import annotations

from functools import partial
from typing import cast

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence, QScreen
from PySide6.QtWidgets import QMenu, QWidget

from tillitverkstad.core import projection as pv
from tillitverkstad.core.model import (
    NOTE_KINDS,
    RATED_KINDS,
    TIMED_KINDS,
    VOTED_KINDS,
    BlankMode,
    ChangeKey,
    StepKind,
)
from tillitverkstad.ui import screens
from tillitverkstad.ui.phone_wall import PhoneWall
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.settings import Settings
from tillitverkstad.ui.shared_screen import SharedScreen
from tillitverkstad.ui.slide_theme import DARK, LIGHT, theme_named
from tillitverkstad.ui.slides import Slide
from tillitverkstad.ui.widgets.presenting_bar import BarControl

MONITOR_KEY = "shared_screen/monitor"
TITLE_CARD_MS = 2500  # how long the neutral title card shows after moving to a step


def _gui() -> QGuiApplication:
    """The running application (the shared screen exists only while it does)."""
    return cast(QGuiApplication, QGuiApplication.instance())


class Presenter(QObject):
    presenting_changed = Signal(bool)
    blank_changed = Signal(str)  # what the group's screen shows: a BlankMode
    board_changed = Signal(bool)  # the current step's notes board is on (or off)
    projector_changed = Signal(bool)  # False: its monitor went away; True: back on it
    reveal_refused = Signal(str)  # why the results stay hidden (too few votes from phones)

    def __init__(
        self,
        session: WorkshopSession,
        settings: QSettings,
        facilitator: QWidget,
        preview: Slide | None = None,
    ) -> None:
        super().__init__(facilitator)
        self.session = session
        self.settings = settings
        self.facilitator = facilitator
        self.preview = preview
        self.screen: SharedScreen | None = None
        self._lost: str | None = None  # the monitor it was on, while that is unplugged
        self._revealed: dict[str, tuple] = {}  # step -> the votes that were revealed
        self._rating_mode: set[str] = set()
        self._board: set[str] = set()  # steps whose notes board is on; off by default
        self._board_shown = False
        self._timer: pv.TimerView | None = None
        self.phones = PhoneWall(self)  # Deltagarröstning's join slide and open vote
        self.phones.changed.connect(self.refresh)
        self.phones.vote_opened.connect(self._show_vote)
        self._theme = theme_named(Settings(settings).slide_theme)
        self._card_timer = QTimer(self, singleShot=True, interval=TITLE_CARD_MS)
        self._card_timer.timeout.connect(self.refresh)
        self._build_actions()
        session.changed.connect(self._on_changed)
        session.navigated.connect(self._on_navigated)
        app = _gui()
        app.screenAdded.connect(self._screens_changed)
        app.screenRemoved.connect(self._screen_removed)
        self.refresh()

    # -- actions for the facilitator's menus ------------------------------------

    def _action(self, text: str, shortcut: str, slot, checkable: bool = False) -> QAction:
        action = QAction(text, self.facilitator, checkable=checkable)
        action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        self.facilitator.addAction(action)  # shortcuts work wherever the focus is
        return action

    def _build_actions(self) -> None:
        self.present_action = self._action(
            self.tr("Show to the group"), "F5", self.toggle, checkable=True
        )
        self.rating_action = self._action(
            self.tr("Show voting on the shared screen"),
            "Ctrl+R",
            self.toggle_rating_mode,
            checkable=True,
        )
        self.reveal_action = self._action(
            self.tr("Reveal results"), "Ctrl+Shift+R", self.reveal, checkable=True
        )
        # Plain B and W: text fields take printable keys first, so typing is never hijacked.
        self.black_action = self._action(
            self.tr("Black screen"), "B", lambda: self.blank(BlankMode.BLACK)
        )
        self.white_action = self._action(
            self.tr("White screen"), "W", lambda: self.blank(BlankMode.WHITE)
        )
        self.board_action = self._action(
            self.tr("Show the group's notes"), "Ctrl+G", self.toggle_board, checkable=True
        )
        self.timer_action = self._action(
            self.tr("Show the timer to the group"), "Ctrl+T", self.set_timer_shown, checkable=True
        )
        self.timer_action.setChecked(True)
        self.join_action = self._action(
            self.tr("Show how to join participant voting"),
            "Ctrl+J",
            lambda: self.phones.toggle_join(),
            checkable=True,
        )
        self.screens_menu = QMenu(self.tr("&Move shared screen to"), self.facilitator)
        self.screens_menu.aboutToShow.connect(self._fill_screens_menu)
        self.theme_menu = QMenu(self.tr("Shared screen t&heme"), self.facilitator)
        group = QActionGroup(self.theme_menu)
        group.setExclusive(True)
        self.theme_actions = {}
        for theme, text in (
            (LIGHT, self.tr("&Light, for bright rooms")),
            (DARK, self.tr("&Dark, high contrast, for dim rooms")),
        ):
            action = QAction(text, group, checkable=True)
            action.setChecked(theme is self._theme)
            action.triggered.connect(lambda _checked, t=theme.id: self.set_theme(t))
            self.theme_menu.addAction(action)
            self.theme_actions[theme.id] = action

    def bar_controls(self) -> list[BarControl]:
        """The presenting bar's buttons, in order. A new control for the facilitator's
        view of the shared screen is one more entry here (its action in ``actions``)."""
        return [  # worded in the bar's context, where they have always been
            BarControl(
                "present",
                QCoreApplication.translate("PresentingBar", "Show to the group"),
                self.present_action,
            ),
            BarControl(
                "rating", QCoreApplication.translate("PresentingBar", "Voting"), self.rating_action
            ),
            BarControl(
                "reveal",
                QCoreApplication.translate("PresentingBar", "Reveal results"),
                self.reveal_action,
            ),
            BarControl(
                "black",
                QCoreApplication.translate("PresentingBar", "Black"),
                self.black_action,
                BlankMode.BLACK,
            ),
            BarControl(
                "white",
                QCoreApplication.translate("PresentingBar", "White"),
                self.white_action,
                BlankMode.WHITE,
            ),
        ]

    def actions(self) -> list[QAction]:
        return [
            self.present_action,
            self.rating_action,
            self.reveal_action,
            self.black_action,
            self.white_action,
            self.board_action,
            self.timer_action,
            self.join_action,
        ]

    # -- open, close, place -------------------------------------------------------

    @property
    def is_presenting(self) -> bool:
        return self.screen is not None

    def toggle(self) -> None:
        self.stop() if self.is_presenting else self.start()

    def start(self) -> None:
        if self.screen is None:
            self.screen = SharedScreen()
            self.screen.close_requested.connect(self.stop)
            self.screen.blank_changed.connect(self._blank_changed)
            self.screen.set_theme(self._theme)
            self.refresh()
        self._place(self.settings.value(MONITOR_KEY))
        self.present_action.setChecked(True)
        self.presenting_changed.emit(True)
        # The facilitator keeps the keyboard: shortcuts and typing go on in their window.
        self.facilitator.activateWindow()

    def stop(self) -> None:
        self._lost = None
        if self.screen is not None:
            self.screen.close()
            self.screen.deleteLater()
            self.screen = None
        self.present_action.setChecked(False)
        self.presenting_changed.emit(False)
        self.facilitator.activateWindow()

    def _infos(self) -> list[tuple[screens.ScreenInfo, QScreen]]:
        primary = QGuiApplication.primaryScreen()
        return [(screens.describe(s, primary), s) for s in QGuiApplication.screens()]

    def _place(self, remembered: str | None) -> None:
        assert self.screen is not None
        infos = self._infos()
        chosen = screens.choose_screen([i for i, _ in infos], remembered)
        if chosen is None:  # one monitor: a normal window the facilitator can resize
            self.screen.resize(1024, 768)
            self.screen.showNormal()
            return
        qscreen = next(s for i, s in infos if i == chosen)
        self.screen.setScreen(qscreen)
        self.screen.setGeometry(qscreen.geometry())
        # Not showFullScreen(): it also activates the window, taking the keyboard.
        self.screen.setWindowState(Qt.WindowState.WindowFullScreen)
        self.screen.show()

    def move_to(self, key: str) -> None:
        self.settings.setValue(MONITOR_KEY, key)
        if self.screen is not None:
            self.screen.showNormal()
            self._place(key)

    def _fill_screens_menu(self) -> None:
        self.screens_menu.clear()
        remembered = self.settings.value(MONITOR_KEY)
        for info, _ in self._infos():
            action = self.screens_menu.addAction(info.label, partial(self.move_to, info.key))
            action.setCheckable(True)
            action.setChecked(info.key == remembered)

    def _screens_changed(self, _screen: QScreen | None = None) -> None:
        """A monitor came: the remembered one, or the one it was on when that was
        unplugged (or any second monitor then), gets the shared screen again."""
        if self.screen is None:
            return
        keys = [i.key for i, _ in self._infos()]
        remembered = self.settings.value(MONITOR_KEY)
        if remembered in keys or (self._lost is not None and (self._lost in keys or len(keys) > 1)):
            self.screen.showNormal()  # from the fallback window (or another monitor)
            self._place(remembered if remembered in keys else self._lost)
            if self._lost is not None:
                self._lost = None
                self.projector_changed.emit(True)

    def _screen_removed(self, removed: QScreen) -> None:
        if self.screen is None or self.screen.screen() is not removed:
            return
        self._lost = screens.describe(removed, None).key
        self.projector_changed.emit(False)
        # Leave full screen and never cover the facilitator's window.
        self.screen.showNormal()
        target = self.facilitator.screen() or QGuiApplication.primaryScreen()
        g, f = target.availableGeometry(), self.facilitator.frameGeometry()
        place = screens.fallback_geometry(
            (g.x(), g.y(), g.width(), g.height()), (f.x(), f.y(), f.width(), f.height())
        )
        if place is None:
            self.screen.showMinimized()
        else:
            self.screen.setGeometry(*place)
        self.facilitator.raise_()
        self.facilitator.activateWindow()

    # -- what to show ---------------------------------------------------------------

    def blank(self, mode: BlankMode) -> None:
        if self.screen is not None:
            self.screen.toggle_blank(mode)

    def _blank_changed(self, mode: str) -> None:
        self.blank_changed.emit(mode)

    def toggle_rating_mode(self) -> None:
        step = self.session.workshop.current_step
        self._rating_mode ^= {step}
        self._board.discard(step)  # one view of a step at a time
        self.refresh()

    def reveal(self) -> None:
        s = self.session
        step = s.workshop.current_step
        if step in self._revealed:
            del self._revealed[step]
        elif s.kind(step) in RATED_KINDS and (
            refusal := self.phones.refusal(s.workshop.record(step).rating, s.content)
        ):
            self.reveal_refused.emit(refusal)
        else:
            self._revealed[step] = self._votes(step)
            self._rating_mode.add(step)
            self._board.discard(step)
        self.refresh()

    def _show_vote(self, step: str) -> None:
        self._rating_mode.add(step)
        self._board.discard(step)

    def toggle_board(self) -> None:
        """The current step's notes on the wall, or its question again."""
        step = self.session.workshop.current_step
        if self.session.kind(step) not in NOTE_KINDS:
            return
        self._board ^= {step}
        self._rating_mode.discard(step)
        self.refresh()

    @property
    def board_on(self) -> bool:
        return self.session.workshop.current_step in self._board

    def set_timer_shown(self, shown: bool) -> None:
        """Hide the countdown from the group (the facilitator keeps it)."""
        self.timer_action.setChecked(shown)
        self.refresh()

    def set_theme(self, theme_id: str) -> None:
        """Light or high-contrast dark slides; remembered for the next workshop."""
        self._theme = theme_named(theme_id)
        Settings(self.settings).slide_theme = self._theme.id
        self.theme_actions[self._theme.id].setChecked(True)
        for target in self._targets():
            target.set_theme(self._theme)

    def _votes(self, step: str) -> tuple:
        rating = self.session.workshop.record(step).rating
        return rating.current.counts, rating.desired.counts

    def set_timer(self, remaining: int, running: bool, _up: bool = False) -> None:
        self._timer = pv.TimerView(remaining, running)
        for target in self._targets():
            target.set_timer(self._timer if self._shows_timer() else None)

    def _on_changed(self, key: str) -> None:
        step = self.session.workshop.current_step
        # Votes changed after the reveal: hide them again to avoid anchoring on old numbers.
        # (The balance is the group's agreed split, not a vote: it stays shown, live.)
        rated = self.session.kind(step) in RATED_KINDS
        if rated and step in self._revealed and self._revealed[step] != self._votes(step):
            del self._revealed[step]
        if key in (step, ChangeKey.ACTIONS, ChangeKey.HEADER):
            self.refresh()
        else:  # another step marked done: the progress line follows
            for target in self._targets():
                target.set_progress(pv.progress(self.session.workshop))

    def _on_navigated(self, _step: str) -> None:
        # The timer is not reset here: the workshop view reports the new step's timer itself.
        self.phones.step_left()
        self._card_timer.start()
        self.refresh()

    def _targets(self) -> list:
        targets: list = [self.preview] if self.preview is not None else []
        if self.screen is not None:
            targets.append(self.screen)
        return targets

    def _shows_timer(self) -> bool:
        kind = self.session.kind(self.session.workshop.current_step)
        return (
            self._timer is not None
            and self.timer_action.isChecked()
            and not self._card_timer.isActive()
            and kind in TIMED_KINDS
            and not self.phones.join_shown
        )

    def current_view(self) -> pv.View:
        s = self.session
        ws, content, step = s.workshop, s.content, s.workshop.current_step
        kind = s.kind(step)
        if self.phones.join_shown and self.phones.join is not None:
            return self.phones.join
        if self._card_timer.isActive():
            return pv.title_card(ws, content, step)
        if kind is StepKind.INTRO:
            return pv.intro_view(ws, content)
        if kind is StepKind.SUMMARY:
            return pv.summary_view(ws, content)
        if kind is StepKind.ACTIONS:
            return pv.actions_view(ws, content)
        if kind is StepKind.REVIEW:
            return pv.review_view(ws, content)
        if kind in NOTE_KINDS and step in self._board:
            return pv.notes_board_view(ws, content, step)
        if kind in RATED_KINDS and step in self._rating_mode:
            row = s.comparison().row(step)
            last_time = row.last_time if row is not None else None
            revealed, phones = step in self._revealed, self.phones.phone_votes(step)
            return pv.rating_view(ws, content, step, revealed, last_time, phones)
        if kind is StepKind.BALANCE and step in self._rating_mode:
            return pv.balance_view(ws, content, step, revealed=step in self._revealed)
        return pv.question_view(ws, content, step)

    def refresh(self) -> None:
        step = self.session.workshop.current_step
        kind = self.session.kind(step)
        self.rating_action.setEnabled(kind in VOTED_KINDS)
        self.reveal_action.setEnabled(kind in VOTED_KINDS)
        self.board_action.setEnabled(kind in NOTE_KINDS)
        self.rating_action.setChecked(step in self._rating_mode)
        self.reveal_action.setChecked(step in self._revealed)
        self.board_action.setChecked(self.board_on)
        self.join_action.setEnabled(self.phones.join is not None)
        self.join_action.setChecked(self.phones.join_shown)
        view = self.current_view()
        progress = pv.progress(self.session.workshop)
        timer = self._timer if self._shows_timer() else None
        for target in self._targets():
            if isinstance(target, SharedScreen):
                target.show_view(view)
            else:
                target.set_view(view)
            target.set_timer(timer)
            target.set_progress(progress)
            target.set_theme(self._theme)
        if self.board_on != self._board_shown:
            self._board_shown = self.board_on
            self.board_changed.emit(self._board_shown)

    def close(self) -> None:
        self.stop()
        app = _gui()
        app.screenAdded.disconnect(self._screens_changed)
        app.screenRemoved.disconnect(self._screen_removed)
        for action in self.actions():
            self.facilitator.removeAction(action)
