"""The bar over a finished workshop: when it was finished, and the one way to change it."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from tillitverkstad.ui import theme


class FinishedBar(QFrame):
    reopen_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("finishedBar")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        self.reopen_button = QPushButton(self)
        self.reopen_button.clicked.connect(self.reopen_requested)
        layout = QHBoxLayout(self)
        layout.addWidget(QLabel(theme.DONE_MARK, self))
        layout.addWidget(self.label, 1)
        layout.addWidget(self.reopen_button)
        self._finished_at: str | None = None
        self.retranslate()
        self.hide()

    def show_finished(self, finished: bool, finished_at: str | None) -> None:
        self._finished_at = finished_at
        self.retranslate()
        self.setVisible(finished)

    def retranslate(self) -> None:
        when = _local_time(self._finished_at)
        self.label.setText(
            self.tr(
                "Finished {when}. Notes, votes and actions are locked; correcting the details "
                "is still possible."
            ).format(when=when)
        )
        self.reopen_button.setText(self.tr("&Reopen for correction"))
        self.reopen_button.setAccessibleName(self.tr("Reopen the workshop for correction"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def _local_time(iso: str | None) -> str:
    """``2026-11-23 16:05`` from the stored ISO time (empty when unknown)."""
    if not iso:
        return ""
    try:
        return dt.datetime.fromisoformat(iso).strftime("%Y-%m-%d %H:%M")
    except ValueError:
        return iso
