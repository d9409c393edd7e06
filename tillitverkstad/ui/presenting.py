"""Wires the shared screen into the facilitator window: the Visa menu, the live preview
dock, and a Presenter for whichever workshop is open.

Everything projection-related is imported when a workshop opens, not at start-up."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QWidget

from tillitverkstad.core.model import BlankMode
from tillitverkstad.ui.shortcut_guard import mark_focus_proof
from tillitverkstad.ui.widgets.presenting_bar import BarControl
from tillitverkstad.ui.workshop_pane import WorkshopPane

if TYPE_CHECKING:
    from PySide6.QtWidgets import QStatusBar

    from tillitverkstad.ui.presenter import Presenter
    from tillitverkstad.ui.preview import BoardIndicator, PreviewPanel
    from tillitverkstad.ui.session import WorkshopSession
    from tillitverkstad.ui.widgets.presenting_bar import PresentingBar

# Blanking must work while the cursor is in a note: Ctrl+B and Ctrl+Shift+B do it from
# anywhere; the slide-show keys B and W stay for when no text field has focus.
BLANK_KEYS = {BlankMode.BLACK: ("Ctrl+B", "B"), BlankMode.WHITE: ("Ctrl+Shift+B", "W")}


class Presenting:
    """Owns the per-workshop Presenter of a facilitator window and its preview panel, which
    sits under the agenda so the workshop keeps the full width of a laptop screen.

    It gets the three things it places things in: the facilitator's window (for the
    presenter's shortcuts), the View menu and the status bar."""

    def __init__(
        self,
        facilitator: QWidget,
        menu: QMenu,
        status_bar: QStatusBar,
        bar_extras: Callable[[], Sequence[BarControl]] = list,
    ) -> None:
        """``bar_extras``: the window's own controls for the presenting bar, after the
        presenter's (*Deltagarröstning*)."""
        self.facilitator = facilitator
        self._bar_extras = bar_extras
        self.menu = menu
        self.status_bar = status_bar
        self.preview: PreviewPanel | None = None
        self.board_indicator: BoardIndicator | None = None
        self.presenter: Presenter | None = None
        self.bar: PresentingBar | None = None  # the open view's presenting bar, if any
        self.preview_action = QAction(facilitator, checkable=True)
        self.preview_action.toggled.connect(self._show_preview)

    def attach(
        self, session: WorkshopSession, pane: WorkshopPane, settings_store: QSettings
    ) -> None:
        from tillitverkstad.ui.presenter import Presenter
        from tillitverkstad.ui.preview import BoardIndicator, PreviewPanel

        self.detach()
        self.preview = PreviewPanel()
        pane.add_side_panel(self.preview)
        self.preview.setVisible(self.preview_action.isChecked())
        presenter = Presenter(session, settings_store, self.facilitator, self.preview.slide)
        for action, keys in (
            (presenter.black_action, BLANK_KEYS[BlankMode.BLACK]),
            (presenter.white_action, BLANK_KEYS[BlankMode.WHITE]),
        ):
            action.setShortcuts([QKeySequence(key) for key in keys])
        mark_focus_proof(*presenter.actions())
        self.bar = pane.presenting_bar
        if self.bar is not None:
            self.bar.attach([*presenter.bar_controls(), *self._bar_extras()])
        presenter.presenting_changed.connect(self._presenting_changed)
        presenter.blank_changed.connect(self._blank_changed)
        presenter.reveal_refused.connect(lambda text: self.status_bar.showMessage(text, 15_000))
        self.board_indicator = BoardIndicator()
        self.status_bar.addPermanentWidget(self.board_indicator)
        presenter.board_changed.connect(self.board_indicator.set_on)
        presenter.projector_changed.connect(self._projector_changed)
        pane.timer_changed.connect(presenter.set_timer)
        self.menu.addSeparator()
        for action in presenter.actions():
            self.menu.addAction(action)
        self.menu.addMenu(presenter.screens_menu)
        self.menu.addMenu(presenter.theme_menu)
        self.preview_action.setText(
            QCoreApplication.translate("PreviewPanel", "&Preview of the shared screen")
        )
        self.menu.addAction(self.preview_action)
        self.presenter = presenter

    def detach(self) -> None:
        presenter, self.presenter = self.presenter, None
        if presenter is None:
            return
        for action in presenter.actions():
            self.menu.removeAction(action)
        self.menu.removeAction(presenter.screens_menu.menuAction())
        self.menu.removeAction(presenter.theme_menu.menuAction())
        if self.board_indicator is not None:
            self.status_bar.removeWidget(self.board_indicator)
            self.board_indicator.deleteLater()
            self.board_indicator = None
        self.menu.removeAction(self.preview_action)
        presenter.close()
        presenter.deleteLater()
        self.preview = None  # it belongs to the view's sidebar and goes with the view
        self.bar = None

    def _show_preview(self, visible: bool) -> None:
        if self.preview is not None:
            self.preview.setVisible(visible)

    def _presenting_changed(self, presenting: bool) -> None:
        """The preview appears when the group starts seeing the shared screen."""
        if self.preview is None or self.presenter is None:
            return
        if self.board_indicator is not None:
            self.board_indicator.set_presenting(presenting)
        screen = self.presenter.screen
        if presenting and screen is not None:
            self.preview.set_aspect(screen.size())
            self.preview_action.setChecked(True)
        blank = screen.blank_mode if screen else BlankMode.NONE
        self.preview.set_state(presenting, blank)
        if self.bar is not None:
            self.bar.show_presenting(presenting, blank)

    def _projector_changed(self, back: bool) -> None:
        """Said where the facilitator looks: the status bar and the preview."""
        if self.preview is not None:
            self.preview.set_projector_lost(not back)
        if back:
            text = QCoreApplication.translate(
                "PreviewPanel", "The projector is back: the shared screen is on it again."
            )
        else:
            text = QCoreApplication.translate(
                "PreviewPanel",
                "The projector was disconnected: the shared screen is in a window here "
                "until it is back.",
            )
        self.status_bar.showMessage(text, 0 if not back else 10_000)

    def _blank_changed(self, mode: str) -> None:
        blank = BlankMode(mode)
        if self.preview is not None:
            self.preview.set_state(True, blank)
        if self.bar is not None:
            self.bar.show_presenting(True, blank)

    def start(self) -> None:
        if self.presenter is not None:
            self.presenter.start()
