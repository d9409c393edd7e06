"""Wires the shared screen into the facilitator window: the Visa menu, the live preview
dock, and a Presenter for whichever workshop is open.

Everything projection-related is imported when a workshop opens, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from tillitverkstad.ui.presenter import Presenter
    from tillitverkstad.ui.preview import BoardIndicator, PreviewPanel


class Presenting:
    """Owns the per-workshop Presenter of a facilitator window and its preview panel, which
    sits under the agenda so the workshop keeps the full width of a laptop screen."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        self.window = window
        self.menu = menu
        self.preview: PreviewPanel | None = None
        self.board_indicator: BoardIndicator | None = None
        self.presenter: Presenter | None = None
        self.preview_action = QAction(window, checkable=True)
        self.preview_action.toggled.connect(self._show_preview)

    def attach(self, session, view, settings_store) -> None:
        from tillitverkstad.ui.presenter import Presenter
        from tillitverkstad.ui.preview import BoardIndicator, PreviewPanel

        self.detach()
        self.preview = PreviewPanel()
        sidebar = getattr(view, "sidebar", None)
        if sidebar is not None:
            sidebar.layout().addWidget(self.preview)
        self.preview.setVisible(self.preview_action.isChecked())
        presenter = Presenter(session, settings_store, self.window, self.preview.slide)
        presenter.presenting_changed.connect(self._presenting_changed)
        presenter.blank_changed.connect(self._blank_changed)
        self.board_indicator = BoardIndicator()
        self.window.statusBar().addPermanentWidget(self.board_indicator)
        presenter.board_changed.connect(self.board_indicator.set_on)
        if hasattr(view, "timer_changed"):
            view.timer_changed.connect(presenter.set_timer)
        self.menu.addSeparator()
        for action in presenter.actions():
            self.menu.addAction(action)
        self.menu.addMenu(presenter.screens_menu)
        self.menu.addMenu(presenter.theme_menu)
        self.preview_action.setText(
            QCoreApplication.translate("PreviewPanel", "Preview of the shared screen")
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
            self.window.statusBar().removeWidget(self.board_indicator)
            self.board_indicator.deleteLater()
            self.board_indicator = None
        self.menu.removeAction(self.preview_action)
        presenter.close()
        presenter.deleteLater()
        self.preview = None  # it belongs to the view's sidebar and goes with the view

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
        self.preview.set_state(presenting, screen.blank_mode if screen else "")

    def _blank_changed(self, mode: str) -> None:
        if self.preview is not None:
            self.preview.set_state(True, mode)

    def start(self) -> None:
        if self.presenter is not None:
            self.presenter.start()
