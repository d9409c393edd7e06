"""The facilitator's workshop view: the agenda on the left, the current step on the right
with its title, previous/next and the countdown.

The main window creates it with an open :class:`WorkshopSession`; every edit goes through
the session (saved within a second, undoable there). The shared screen follows it through
``timer_changed`` and ``question_changed``.
"""

from __future__ import annotations

import importlib
import itertools
import time
from collections.abc import Callable

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.model import ChangeKey, StepKind
from tillitverkstad.ui import theme
from tillitverkstad.ui.agenda_sidebar import AgendaSidebar
from tillitverkstad.ui.finished_bar import FinishedBar
from tillitverkstad.ui.read_only import set_read_only
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.step_header import StepHeader
from tillitverkstad.ui.steps.base import StepPage
from tillitverkstad.ui.wheel_guard import guard_values
from tillitverkstad.ui.widgets.presenting_bar import PresentingBar
from tillitverkstad.ui.widgets.timer import StepTimer, TimerWidget

# Module and class of each kind's page; a page's module is imported when a step of that
# kind is first shown, so opening a workshop builds (and imports) only what is on screen.
PAGES: dict[StepKind, tuple[str, str]] = {
    StepKind.INTRO: ("intro", "IntroStep"),
    StepKind.REVIEW: ("review_step", "ReviewStep"),
    StepKind.PRINCIPLE: ("principle", "PrincipleStep"),
    StepKind.CORNERSTONE: ("principle", "PrincipleStep"),
    StepKind.DISCUSSION: ("discussion", "DiscussionStep"),
    StepKind.BALANCE: ("balance_step", "BalanceStep"),
    StepKind.SUMMARY: ("summary", "SummaryStep"),
    StepKind.ACTIONS: ("actions_step", "ActionsStep"),
    StepKind.CLOSING: ("closing", "ClosingStep"),
}


def page_class(kind: StepKind) -> type[StepPage]:
    module, name = PAGES[kind]
    return getattr(importlib.import_module(f"tillitverkstad.ui.steps.{module}"), name)


RECORD_EVERY_SECONDS = 15  # while the timer runs, so a crash loses at most this much


class WorkshopView(QWidget):
    timer_changed = Signal(int, bool, bool)  # remaining seconds (may be negative), running, up
    question_changed = Signal(str, int)  # step id, current question index
    notice = Signal(str)  # a short word for the status bar
    finish_requested = Signal()  # "Finish workshop" on the last step: the window checks first

    def __init__(
        self,
        session: WorkshopSession,
        language: str,
        parent: QWidget | None = None,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        super().__init__(parent)
        self.session, self.language = session, language
        self.setAccessibleName(self.tr("Workshop"))
        self.pages: dict[str, StepPage] = {}
        self._shown = ""
        self._extra: dict[str, int] = {}  # +1 min per step, kept for this sitting
        self.timer = StepTimer(clock, self)

        self.sidebar = AgendaSidebar(session, self)
        main = QWidget(self)
        self.title = QLabel(main)
        self.title.setObjectName("stepTitle")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        theme.scale_font(self.title, theme.TYPE.title, bold=True)
        self.previous_button = QPushButton(self.tr("◀ Previous"), main)
        self.previous_button.setAccessibleName(self.tr("Previous step"))
        self.next_button = QPushButton(self.tr("Next ▶"), main)
        self.next_button.setAccessibleName(self.tr("Next step (marks this step done)"))
        self.next_button.setProperty("role", "primary")
        self.timer_widget = TimerWidget(self.timer, main)
        self.presenting_bar = PresentingBar(main)
        self.header = StepHeader(
            self.title,
            self.timer_widget,
            (self.previous_button, self.next_button),
            self.presenting_bar,
            main,
        )
        self.stack = QStackedWidget(main)
        self.finished_bar = FinishedBar(main)
        self.finished_bar.reopen_requested.connect(session.reopen)
        column = QVBoxLayout(main)
        column.setContentsMargins(theme.SPACE.l, theme.SPACE.m, theme.SPACE.l, 0)
        column.setSpacing(theme.SPACE.s)
        column.addWidget(self.header)
        column.addWidget(self.finished_bar)
        column.addWidget(self.stack, 1)

        splitter = QSplitter(Qt.Orientation.Horizontal, self)
        splitter.addWidget(self.sidebar)
        splitter.addWidget(main)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([270, 1100])
        splitter.setChildrenCollapsible(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._order_tabs()
        self.presenting_bar.attached.connect(self._order_tabs)
        self.header.arranged.connect(self._order_tabs)

        self.sidebar.step_chosen.connect(self.go_to)
        self.previous_button.clicked.connect(self.go_previous)
        self.next_button.clicked.connect(self.go_next)
        self.timer.changed.connect(self._timer_changed)
        session.changed.connect(self._changed)
        session.navigated.connect(self._show)
        steps = session.workshop.steps
        self._show(
            session.workshop.current_step if session.workshop.current_step in steps else steps[0]
        )

    # -- public API (the window's side of it is ui.workshop_pane.WorkshopPane) ----

    @property
    def widget(self) -> QWidget:
        return self

    def add_side_panel(self, panel: QWidget) -> None:
        self.sidebar.add_panel(panel)

    def current_step(self) -> str:
        return self._shown

    def go_to(self, step_id: str) -> None:
        if step_id != self._shown:
            self.session.go_to(step_id)

    def go_next(self) -> None:
        """The next step; on the last one, "Finish workshop"."""
        steps = self.session.workshop.steps
        index = steps.index(self._shown)
        if index + 1 < len(steps):
            self.session.go_to(steps[index + 1], finish_current=True)
        elif not self.session.workshop.finished:
            self.finish_requested.emit()

    def skip_step(self) -> None:
        """Mark the current step dealt with although nothing was entered, and go on."""
        self.session.set_step_done(self._shown, True)
        steps = self.session.workshop.steps
        index = steps.index(self._shown)
        if index + 1 < len(steps):
            self.session.go_to(steps[index + 1])
        else:
            self.sidebar.refresh()

    def go_previous(self) -> None:
        steps = self.session.workshop.steps
        index = steps.index(self._shown)
        if index > 0:
            self.session.go_to(steps[index - 1])

    def toggle_timer(self) -> None:
        self.timer.toggle()

    def reset_timer(self) -> None:
        self.timer.reset()

    def add_minute(self) -> None:
        self.timer.add_minute()

    def new_note(self) -> None:
        self.pages[self._shown].focus_note_entry()

    def page(self, step_id: str | None = None) -> StepPage:
        """The page of ``step_id`` (default: the current step), built on first use."""
        step_id = step_id or self._shown
        if step_id not in self.pages:
            page = page_class(self.session.kind(step_id))(self.session, step_id, self.language)
            page.question_changed.connect(self.question_changed)
            set_read_only(page, self.session.workshop.finished)
            guard_values(page)
            self.stack.addWidget(page)
            self.pages[step_id] = page
        return self.pages[step_id]

    # -- reacting ---------------------------------------------------------------

    def drafts(self) -> list[str]:
        """Text typed and not yet entered on any step, each with where it is."""
        # "Tillit › Idéer: …": a path, as the menus write one (no capital after a dash).
        return [
            f"{self.session.title(step)} \u203a {draft}"
            for step, page in self.pages.items()
            for draft in page.drafts()
        ]

    def _order_tabs(self) -> None:
        """Tab follows the screen: the agenda, the step's header, the presenting bar (its
        buttons are made when the shared screen is attached, after the first page), then
        the page."""
        timer = self.timer_widget
        clock = [timer.start_button, timer.reset_button, timer.add_button]
        steps = [self.previous_button, self.next_button]
        # Large text puts the timer on a row of its own, under previous and next.
        header = clock + steps if self.header.one_row else steps + clock
        chain = [self.sidebar.list, *header, *self.presenting_bar.buttons.values()]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def commit_drafts(self) -> int:
        """Add what was typed and not yet entered (the current step's, and any a step
        left earlier could not add); the status bar says so."""
        kept = 0
        for step, page in self.pages.items():
            added = page.commit_drafts()
            if added:
                self.notice.emit(
                    self.tr("Unfinished text kept as notes in {step}: {count}").format(
                        step=self.session.title(step), count=added
                    )
                )
            kept += added
        return kept

    def _show(self, step_id: str) -> None:
        if self._shown and self._shown != step_id:
            self.commit_drafts()
            self.timer.pause()  # records the time used on the step being left
            self._record_time()
            self._extra[self._shown] = self.timer.extra
        self._shown = step_id
        page = self.page(step_id)
        page.refresh()
        self.stack.setCurrentWidget(page)
        self.title.setText(self.session.title(step_id))
        steps = self.session.workshop.steps
        self.previous_button.setEnabled(steps.index(step_id) > 0)
        self._update_finished()
        record = self.session.workshop.record(step_id)
        planned = 60 * self.session.workshop.minutes.get(step_id, 0)
        self.timer.load(planned, record.seconds_used, self._extra.get(step_id, 0))
        self.sidebar.refresh(select_current=True)
        self.question_changed.emit(step_id, record.question_index)

    def _changed(self, key: str) -> None:
        if key == ChangeKey.ACTIONS:
            for page in self.pages.values():
                page.refresh_actions()
            return
        if key == ChangeKey.HEADER:
            self.sidebar.refresh()
            self._update_finished()
            if self._shown in self.pages:  # e.g. the number of participants was corrected
                self.pages[self._shown].refresh()
            return
        if key in self.pages:
            self.pages[key].refresh()
        current = self.pages.get(self._shown)
        if current is not None and current.shows_everything and key != self._shown:
            current.refresh()
        self.sidebar.refresh()

    def _update_finished(self) -> None:
        """A finished workshop is locked; on the last step "Next" becomes "Finish"."""
        ws = self.session.workshop
        self.finished_bar.show_finished(ws.finished, ws.finished_at)
        for page in self.pages.values():
            set_read_only(page, ws.finished)
        last = bool(self._shown) and self._shown == ws.steps[-1]
        if last:
            self.next_button.setText(self.tr("Finish workshop ✓"))
            self.next_button.setAccessibleName(self.tr("Finish the workshop"))
        else:
            self.next_button.setText(self.tr("Next ▶"))
            self.next_button.setAccessibleName(self.tr("Next step (marks this step done)"))
        self.next_button.setEnabled(not (last and ws.finished))

    def _timer_changed(self, remaining: int, running: bool, time_up: bool) -> None:
        self.timer_changed.emit(remaining, running, time_up)
        if not self._shown:
            return
        stored = self.session.workshop.record(self._shown).seconds_used
        if not running or self.timer.elapsed() - stored >= RECORD_EVERY_SECONDS:
            self._record_time()

    def _record_time(self) -> None:
        elapsed = self.timer.elapsed()
        if elapsed != self.session.workshop.record(self._shown).seconds_used:
            self.session.record_time(self._shown, elapsed)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.ApplicationFontChange):
            theme.rescale_fonts(self)
        super().changeEvent(event)
