"""Wires the shared screen into the facilitator window: the Visa menu, the live preview
dock, and a Presenter for whichever workshop is open.

Everything projection-related is imported when a workshop opens, not at start-up."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMainWindow, QMenu

if TYPE_CHECKING:
    from tillitverkstad.ui.presenter import Presenter
    from tillitverkstad.ui.preview import PreviewDock


class Presenting:
    """Owns the preview dock and the per-workshop Presenter of a facilitator window."""

    def __init__(self, window: QMainWindow, menu: QMenu) -> None:
        self.window = window
        self.menu = menu
        self.dock: PreviewDock | None = None
        self.presenter: Presenter | None = None

    def attach(self, session, view, settings_store) -> None:
        from tillitverkstad.ui.presenter import Presenter
        from tillitverkstad.ui.preview import PreviewDock

        self.detach()
        if self.dock is None:
            self.dock = PreviewDock(self.window)
            self.window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.dock)
            self.dock.hide()  # shown when presenting starts, or from the Visa menu
        presenter = Presenter(session, settings_store, self.window, self.dock.slide)
        presenter.presenting_changed.connect(self._presenting_changed)
        if hasattr(view, "timer_changed"):
            view.timer_changed.connect(presenter.set_timer)
        self.menu.addSeparator()
        for action in presenter.actions():
            self.menu.addAction(action)
        self.menu.addMenu(presenter.screens_menu)
        self.menu.addAction(self.dock.toggleViewAction())
        self.presenter = presenter

    def detach(self) -> None:
        presenter, self.presenter = self.presenter, None
        if presenter is None:
            return
        for action in presenter.actions():
            self.menu.removeAction(action)
        self.menu.removeAction(presenter.screens_menu.menuAction())
        if self.dock is not None:
            self.menu.removeAction(self.dock.toggleViewAction())
        presenter.close()
        presenter.deleteLater()
        if self.dock is not None:
            self.dock.slide.set_view(None)
            self.dock.hide()

    def _presenting_changed(self, presenting: bool) -> None:
        """The preview appears when the group starts seeing the shared screen."""
        if self.dock is not None:
            self.dock.retranslate(presenting)
            if presenting:
                self.dock.show()

    def start(self) -> None:
        if self.presenter is not None:
            self.presenter.start()
