"""The workshop's life-cycle commands in the facilitator window: finish (then offer the
export), reopen for correction, and correct the details."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

if TYPE_CHECKING:  # the session loads the content model, which the start path must not
    from PySide6.QtWidgets import QMessageBox  # made when a workshop is finished

    from tillitverkstad.ui.session import WorkshopSession


class Lifecycle(QObject):
    """Owns the three actions; ``attach`` gives it the open session (or None)."""

    def __init__(
        self, window: QWidget, export: Callable[[], object], language: Callable[[], str]
    ) -> None:
        super().__init__(window)
        self._window, self._export, self._language = window, export, language
        self.session: WorkshopSession | None = None
        self.finish_action = QAction(window)
        self.reopen_action = QAction(window)
        self.details_action = QAction(window)
        self.finish_action.triggered.connect(self.finish)
        self.reopen_action.triggered.connect(self.reopen)
        self.details_action.triggered.connect(self.correct_details)
        self.offer: QMessageBox | None = None
        self.details_dialog: QWidget | None = None
        self.retranslate()
        self.attach(None)

    def actions(self) -> list[QAction]:
        return [self.finish_action, self.reopen_action, self.details_action]

    def retranslate(self) -> None:
        self.finish_action.setText(self.tr("&Finish workshop…"))
        self.reopen_action.setText(self.tr("Re&open for correction"))
        self.details_action.setText(self.tr("Correct the &details…"))

    def attach(self, session: WorkshopSession | None) -> None:
        if self.session is not None:
            self.session.finished_changed.disconnect(self._finished_changed)
        self.session = session
        if session is not None:
            session.finished_changed.connect(self._finished_changed)
        self._update()

    def _update(self) -> None:
        finished = self.session is not None and self.session.workshop.finished
        self.finish_action.setEnabled(self.session is not None and not finished)
        self.reopen_action.setEnabled(finished)
        self.details_action.setEnabled(self.session is not None)

    def finish(self) -> None:
        if self.session is not None:
            self.session.finish()

    def reopen(self) -> None:
        if self.session is not None:
            self.session.reopen()

    def _finished_changed(self, finished: bool) -> None:
        self._update()
        if finished:
            self._offer_export()

    def _offer_export(self) -> None:
        """Finishing is when the record goes to HR: ask, without blocking the window."""
        from PySide6.QtWidgets import QMessageBox

        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Workshop finished"))
        box.setText(
            self.tr(
                "The workshop is finished and its notes, votes and actions are locked. "
                "Export the report for the HR archive now?"
            )
        )
        export = box.addButton(self.tr("&Export report…"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(self.tr("&Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(export)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is export and self._export())
        box.open()
        self.offer = box

    def correct_details(self) -> QWidget | None:
        """Open the correction dialog (window-modal, not blocking)."""
        from tillitverkstad.ui.details_dialog import DetailsDialog

        if self.session is None:
            return None
        dialog = DetailsDialog(self.session, self._language(), self._window)
        dialog.open()
        self.details_dialog = dialog
        return dialog
