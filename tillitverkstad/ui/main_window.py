"""The facilitator's window: the library, or the open workshop, with menus and shortcuts.

It holds at most one ``WorkshopSession``; going back to the library or closing the window
saves it and releases the workshop's lock. It is the one place that wires the window's
parts together: its commands (``WindowActions``), dialogs (``WindowDialogs``), the export
(``ExportFlow``), the save status, the recent menu, the life cycle and the shared screen
(``Presenting``) each get the few things they need and report back through signals; the
open workshop's view is reached through ``WorkshopPane``. See docs/architecture.md."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any, cast

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.display import display_line
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import ChangeKey
from tillitverkstad.operations import library as ops
from tillitverkstad.operations.library import Library
from tillitverkstad.ui.errors import show_error
from tillitverkstad.ui.library_page import LibraryPage
from tillitverkstad.ui.lifecycle import Lifecycle
from tillitverkstad.ui.participant_entry import ParticipantMode
from tillitverkstad.ui.presenting import Presenting
from tillitverkstad.ui.recent_menu import RecentMenu
from tillitverkstad.ui.save_status import SaveStatus
from tillitverkstad.ui.settings import Settings
from tillitverkstad.ui.shortcut_guard import ShortcutGuard
from tillitverkstad.ui.window_actions import WindowActions
from tillitverkstad.ui.window_dialogs import WindowDialogs
from tillitverkstad.ui.workshop_pane import WorkshopPane

if TYPE_CHECKING:  # imported when a workshop is opened: keeps the content loader off the start
    from PySide6.QtGui import QCloseEvent

    from tillitverkstad.core.model import Occasion
    from tillitverkstad.ui.autosave import SaveTiming
    from tillitverkstad.ui.exporting import ExportFlow
    from tillitverkstad.ui.overview_page import OverviewPage
    from tillitverkstad.ui.session import WorkshopSession

ViewFactory = Callable[["WorkshopSession", str], WorkshopPane]


def workshop_view(session: WorkshopSession, language: str) -> WorkshopPane:
    """The real workshop view, imported only when a workshop is opened."""
    from tillitverkstad.ui.workshop_view import WorkshopView

    return WorkshopView(session, language)


class MainWindow(QMainWindow):
    settings_changed = Signal()  # the settings dialog was accepted; app.py applies them
    data_folder_chosen = Signal(object)  # Path | None (standard): app.py switches to it
    workshop_opened = Signal(str)  # workshop id
    workshop_closed = Signal()

    def __init__(
        self,
        library: Library,
        settings: Settings,
        view_factory: ViewFactory | None = None,
        parent: QWidget | None = None,
        *,
        list_library: bool = True,
        save_timing: SaveTiming | None = None,
    ) -> None:
        """``list_library=False`` when a workshop opens straight away: the library is
        listed when the facilitator goes back to it, not while the workshop appears."""
        super().__init__(parent)
        self._save_timing = save_timing
        self.library = library
        self.settings = settings
        self._view_factory = view_factory or workshop_view
        self.session: WorkshopSession | None = None
        self.view: WorkshopPane | None = None
        self._was_maximized = False

        self.library_page = LibraryPage(library, lambda: self.language, self)
        self.library_page.open_requested.connect(self.open_workshop)
        self.library_page.new_requested.connect(self.new_workshop)
        self.library_page.follow_up_requested.connect(self.start_follow_up)
        self.library_page.overview_requested.connect(self.show_overview)
        self.overview_page: OverviewPage | None = None  # made when first shown
        self.stack = QStackedWidget()
        self.stack.addWidget(self.library_page)
        self.save_status = SaveStatus(lambda: self.library.data_dir, lambda: self.language, self)
        self.save_warning = self.save_status.banner
        central = QWidget()
        layout = self._column = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.save_warning)
        layout.addWidget(self.stack, 1)
        self.setCentralWidget(central)
        self.saved_label = self.save_status.label
        self.statusBar().addPermanentWidget(self.saved_label)

        self.recent_menu = RecentMenu(lambda: self.library, settings, self)
        self.recent_menu.open_requested.connect(self.open_workshop)
        self.lifecycle = Lifecycle(
            self, self.export_report, lambda: self.language, lambda: self.view
        )
        self.commands = WindowActions(
            self, self.menuBar(), self.recent_menu, self.lifecycle.actions()
        )
        self._connect_commands()
        self.dialogs = WindowDialogs(
            self, lambda: self.library, settings, lambda: self.language, self.shortcut_actions
        )
        self.dialogs.settings_accepted.connect(self.settings_changed)
        self.dialogs.folder_chosen.connect(self.data_folder_chosen)
        self.dialogs.workshop_stored.connect(self._open_stored)
        self.participants = ParticipantMode(
            self,
            lambda strip: self._column.insertWidget(1, strip),
            lambda: self.language,
            (self.commands.participants, self.commands.phone_vote),
            lambda text: self.statusBar().showMessage(text, 10_000),
        )
        self.presenting = Presenting(
            self,
            self.commands.view_menu,
            self.statusBar(),
            bar_extras=lambda: [self.participants.bar_control()],
        )
        self._guard = ShortcutGuard(self.actions, self)  # a child of the window: gone with it
        self._guard.follow_focus(cast(QApplication, QApplication.instance()))  # fields first
        self._export: ExportFlow | None = None  # made on the first export
        self.retranslate()
        self._update_actions()
        self.resize(1200, 760)
        if list_library:
            self.library_page.refresh()

    @property
    def language(self) -> str:
        return self.settings.language

    # -- commands and menus (made in window_actions) -----------------------------

    def _connect_commands(self) -> None:
        c = self.commands
        for action, run in (
            (c.new, self.new_workshop),
            (c.import_package, self.import_package),
            (c.overview, self.show_overview),
            (c.export, self.export_report),
            (c.back, self.close_workshop),
            (c.settings, self.show_settings),
            (c.quit, self.close),
            (c.undo, self.undo),
            (c.redo, self.redo),
            (c.full_screen, self.toggle_full_screen),
            (c.help, self.show_help),
            (c.guide, self.show_guide),
            (c.about, self.show_about),
            (c.new_note, self._on_view(lambda view: view.new_note())),
            (c.next_step, self._on_view(lambda view: view.go_next())),
            (c.previous_step, self._on_view(lambda view: view.go_previous())),
            (c.skip_step, self._on_view(lambda view: view.skip_step())),
            (c.timer, self._on_view(lambda view: view.toggle_timer())),
            (c.reset_timer, self._on_view(lambda view: view.reset_timer())),
            (c.add_minute, self._on_view(lambda view: view.add_minute())),
            (c.participants, self.toggle_participant_voting),
            (c.phone_vote, lambda: self.participants.toggle_vote()),
        ):
            action.triggered.connect(lambda _checked=False, run=run: run())

    def _on_view(self, command: Callable[[WorkshopPane], object]) -> Callable[[], None]:
        """``command`` on the open workshop's view; nothing when none is open."""

        def run() -> None:
            if self.view is not None:
                command(self.view)

        return run

    def retranslate(self) -> None:
        self.commands.retranslate()
        self.recent_menu.retranslate()
        self.lifecycle.retranslate()
        self._update_undo_texts()
        self._update_title()
        self._show_saved_time()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def shortcut_actions(self) -> list[QAction]:
        """Every command that has a shortcut, in menu order (for the help dialog)."""
        return self.commands.shortcut_actions()

    def _update_actions(self) -> None:
        finished = self.session is not None and self.session.workshop.finished
        self.commands.set_workshop_open(self.session is not None, finished)
        self._update_undo_texts()

    def _update_undo_texts(self, *_: Any) -> None:
        self.commands.show_undo(self.session.undo_stack if self.session else None)

    def _update_title(self) -> None:
        if self.session is None:
            self.setWindowTitle("Tillitverkstad")
        else:
            group = display_line(self.session.workshop.group)
            self.setWindowTitle(f"{group} \u2013 Tillitverkstad")

    # -- commands ---------------------------------------------------------------

    def undo(self) -> None:
        if self.session:
            self.session.undo_stack.undo()

    def redo(self) -> None:
        if self.session:
            self.session.undo_stack.redo()

    def import_package(self) -> None:
        if self.session is None or self.close_workshop():
            self.library_page.import_package()

    def show_overview(self) -> QWidget | None:
        """The Översikt page over the library (the open workshop is saved and closed)."""
        if self.session is not None and not self.close_workshop():
            return None
        if self.overview_page is None:
            from tillitverkstad.ui.overview_page import OverviewPage

            self.overview_page = OverviewPage(self.library, lambda: self.language, self)
            self.overview_page.open_requested.connect(self.open_workshop)
            self.overview_page.back_requested.connect(self._show_library_page)
            self.stack.addWidget(self.overview_page)
            self.overview_page.show_library()
        else:
            self.overview_page.refresh()
        self.stack.setCurrentWidget(self.overview_page)
        self.overview_page.heatmap.setFocus(Qt.FocusReason.OtherFocusReason)
        return self.overview_page

    def _show_library_page(self) -> None:
        self.stack.setCurrentWidget(self.library_page)
        self.library_page.refresh()
        self.library_page.focus_list()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showMaximized() if self._was_maximized else self.showNormal()
        else:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        self.commands.full_screen.setChecked(self.isFullScreen())

    def show_help(self) -> QWidget:
        return self.dialogs.help()

    def show_about(self) -> QWidget:
        return self.dialogs.about()

    def show_guide(self) -> QWidget:
        return self.dialogs.guide()

    def toggle_participant_voting(self) -> QWidget | None:
        """Deltagarröstning on (through its dialog, returned) or off."""
        return self.participants.toggle()

    def end_participant_voting(self) -> None:
        """The app is quitting: an open vote's votes are kept, the server stops."""
        self.participants.shutdown()

    def start_presenting(self) -> None:
        """Show the open workshop to the group (``open ID --present``, or F5)."""
        self.presenting.start()

    @property
    def export_flow(self) -> ExportFlow | None:
        """The export under way or last made (None before the first one)."""
        return self._export

    def export_report(self) -> QWidget | None:
        """Ask where and what, then write the PDF (and the data package) off the UI thread."""
        if self.session is None:
            return None
        if self._export is None:
            from tillitverkstad.ui.exporting import ExportFlow

            self._export = ExportFlow(
                self, lambda: self.library, self.settings, lambda: self.language
            )
            self._export.status.connect(self.statusBar().showMessage)
        return self._export.start(self.session)

    def show_settings(self) -> QWidget:
        """Open the settings dialog (without blocking); accepting emits settings_changed."""
        return self.dialogs.settings()

    def new_workshop(self) -> QWidget:
        """Open the new-workshop form (without blocking); on OK the workshop opens."""
        return self.dialogs.new_workshop()

    def start_follow_up(self, previous_id: str, occasion: int = 2) -> QWidget | None:
        """The follow-up dialog for the group of ``previous_id`` (without blocking)."""
        return self.dialogs.follow_up(previous_id, occasion)

    def _open_stored(self, workshop_id: str) -> None:
        """A workshop just stored by a dialog: listed, then opened."""
        self.library_page.refresh(workshop_id)
        self.open_workshop(workshop_id)

    def set_library(self, library: Library) -> bool:
        """Switch to another data folder; the open workshop is saved and closed first."""
        if not self.close_workshop():
            return False
        self.library = library
        self.library_page.set_library(library)
        if self.overview_page is not None:
            self.overview_page.set_library(library)
        try:
            ops.prepare(library)
        except TillitError as exc:
            show_error(self, exc, self.language)
        return True

    # -- the open workshop -------------------------------------------------------

    def open_workshop(self, workshop_id: str) -> bool:
        """Open a workshop for editing; a clear message if it is locked or unreadable."""
        if self.session is not None:
            if self.session.workshop.id == workshop_id:
                return True
            if not self.close_workshop():
                return False
        from tillitverkstad.ui.session import WorkshopSession

        try:
            opened = ops.open_for_editing(self.library, workshop_id)
        except TillitError as exc:
            show_error(self, exc, self.language)
            self.library_page.refresh()
            return False
        earlier: tuple[Occasion, ...] | None
        try:
            listed = ops.list_workshops(self.library)  # once, for both: it may be long
            earlier = ops.earlier_occasions(self.library, opened.workshop, listed)
            later = ops.next_occasion(self.library, opened.workshop, listed)
        except (TillitError, OSError):
            earlier = later = None  # the session falls back on what the workshop remembers
        try:
            session = WorkshopSession(
                opened, self, self._save_timing, earlier=earlier, next_occasion=later
            )
        except TillitError as exc:  # reading checked it; the workshop must not stay locked
            opened.close()
            show_error(self, exc, self.language)
            return False
        self.session = session
        try:
            self._install_view()
        except BaseException:
            self.session = None
            session.close()
            raise
        self.settings.remember_workshop(workshop_id)
        session.saved.connect(self._show_saved_time)
        session.save_failed.connect(self.save_status.show_failed)
        session.undo_stack.indexChanged.connect(self._update_undo_texts)
        session.undo_stack.cleanChanged.connect(self._update_undo_texts)
        session.changed.connect(self._session_changed)
        session.finished_changed.connect(self.commands.show_finished)
        self.lifecycle.attach(session)
        self._update_actions()
        self._update_title()
        self._show_saved_time()
        self.save_status.show_repaired(opened.repaired)
        self.workshop_opened.emit(workshop_id)
        return True

    def _install_view(self) -> None:
        """(Re)build the workshop view, e.g. after the UI language changed."""
        assert self.session is not None
        old = self.view
        if old is not None:
            old.commit_drafts()  # nothing typed is lost with the old view
        view = self.view = self._view_factory(self.session, self.language)
        view.notice.connect(lambda text: self.statusBar().showMessage(text, 10_000))
        view.finish_requested.connect(self.lifecycle.finish)
        self.stack.addWidget(view.widget)
        self.stack.setCurrentWidget(view.widget)
        view.widget.setFocus(Qt.FocusReason.OtherFocusReason)
        self.presenting.attach(self.session, view, self.settings.store)
        assert self.presenting.presenter is not None
        self.participants.attach(self.session, view, self.presenting.presenter)
        if old is not None:
            self.stack.removeWidget(old.widget)
            old.widget.deleteLater()

    def rebuild_view(self) -> None:
        if self.session is not None:
            self._install_view()

    def save_now(self) -> bool:
        """Text typed but not entered is added, and every edit written now (logout,
        SIGTERM, the session manager): True when everything is on disk."""
        if self.session is None:
            return True
        if self.view is not None:
            self.view.commit_drafts()
        return self.session.flush()

    def close_workshop(self) -> bool:
        """Save, release the lock and go back to the library. False if the user stays."""
        session = self.session
        if session is None:
            return True
        if not self.participants.release():  # asks before discarding notes from phones
            return False
        if self.view is not None:
            self.view.commit_drafts()  # text typed but not entered is kept as notes
            refused = self.view.drafts()  # what the core would not add (no "what")
            if refused and not self.save_status.confirm_drop_drafts(refused):
                return False
        if not session.flush() and not self.save_status.confirm_close_unsaved():
            return False
        if not session.close():
            session.abandon()  # the user chose to leave unsaved edits behind
        self.presenting.detach()
        self.participants.detach()
        self.lifecycle.attach(None)
        session.saved.disconnect(self._show_saved_time)
        session.save_failed.disconnect(self.save_status.show_failed)
        self.session = None
        if self.view is not None:
            self.stack.removeWidget(self.view.widget)
            self.view.widget.deleteLater()
            self.view = None
        session.deleteLater()
        self.save_warning.hide()
        self.stack.setCurrentWidget(self.library_page)
        self._update_actions()
        self._update_title()
        self._show_saved_time()
        self.library_page.refresh(session.workshop.id)
        self.library_page.focus_list()
        self.workshop_closed.emit()
        return True

    def _session_changed(self, key: str) -> None:
        if key == ChangeKey.HEADER:  # the group's name may have been corrected
            self._update_title()

    def _show_saved_time(self) -> None:
        self.save_status.show_saved(self.session)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.close_workshop():
            self.settings.geometry = self.saveGeometry()
            event.accept()
        else:
            event.ignore()
