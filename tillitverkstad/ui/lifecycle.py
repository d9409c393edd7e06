"""The workshop's life-cycle commands in the facilitator window: finish (after listing
what is unfinished, then offer the export), reopen for correction, and correct the
details."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMessageBox, QWidget

from tillitverkstad.ui.workshop_pane import WorkshopPane

if TYPE_CHECKING:  # the session loads the content model, which the start path must not
    from tillitverkstad.ui.session import WorkshopSession


class Lifecycle(QObject):
    """Owns the three actions; ``attach`` gives it the open session (or None)."""

    def __init__(
        self,
        window: QWidget,
        export: Callable[[], object],
        language: Callable[[], str],
        pane: Callable[[], WorkshopPane | None] = lambda: None,
    ) -> None:
        """``pane``: the open workshop's view, whose drafts are listed and kept."""
        super().__init__(window)
        self._window, self._export, self._language = window, export, language
        self._pane = pane
        self.session: WorkshopSession | None = None
        self.finish_action = QAction(window)
        self.reopen_action = QAction(window)
        self.details_action = QAction(window)
        self.finish_action.triggered.connect(self.finish)
        self.reopen_action.triggered.connect(self.reopen)
        self.details_action.triggered.connect(self.correct_details)
        self.offer: QMessageBox | None = None
        self.check: QMessageBox | None = None  # "not finished yet", while it asks
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
        """Finish now when nothing is left; else list what is and ask (not blocking)."""
        session = self.session
        if session is None or session.workshop.finished:
            return
        from tillitverkstad.core.finishing import unfinished  # with the content model

        pane = self._pane()
        drafts = pane.drafts() if pane is not None else []
        left = unfinished(session.workshop, session.content)
        if not drafts and not left:
            self._finish_now()
            return
        lines = []
        if left.unagreed:
            titles = ", ".join(session.title(step) for step in left.unagreed)
            lines.append(self.tr("No agreed value: {steps}").format(steps=titles))
        if left.ownerless:
            whats = ", ".join(f"\u201c{a.what}\u201d" for a in left.ownerless)
            lines.append(self.tr("Actions without an owner: {actions}").format(actions=whats))
        if drafts:
            lines.append(self.tr("Typed but not yet added (added when you finish):"))
            lines.extend(f"  \u2022 {draft}" for draft in drafts)
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Finish the workshop?"))
        box.setText(self.tr("Some things are not finished:"))
        box.setInformativeText(
            "\n".join(lines)
            + "\n\n"
            + self.tr(
                "Finishing locks notes, votes and actions until the workshop is reopened "
                "for correction."
            )
        )
        finish = box.addButton(self.tr("&Finish anyway"), QMessageBox.ButtonRole.AcceptRole)
        stay = box.addButton(self.tr("&Continue the workshop"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(stay)  # Enter pressed by mistake must not lock the record
        box.setEscapeButton(stay)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        finish.clicked.connect(self._finish_now)
        box.open()
        self.check = box

    def _finish_now(self) -> None:
        pane = self._pane()
        if pane is not None:
            pane.commit_drafts()  # the drafts listed are kept, as the question said
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
