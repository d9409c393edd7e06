"""The live thumbnail of the shared screen in the facilitator window."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QVBoxLayout, QWidget

from tillitverkstad.ui.slides import Slide

PREVIEW_WIDTH = 220


class PreviewDock(QDockWidget):
    """A live thumbnail of what the group sees (or would see, when not presenting)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sharedScreenPreview")
        self.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
        )
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(6, 6, 6, 6)
        self.slide = Slide()
        self.slide.setFixedSize(PREVIEW_WIDTH, PREVIEW_WIDTH * 9 // 16)
        self.status = QLabel()
        self.status.setWordWrap(True)
        layout.addWidget(self.slide, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status)
        layout.addStretch(1)
        self.setWidget(body)
        self.retranslate(False)

    def retranslate(self, presenting: bool) -> None:
        self.setWindowTitle(self.tr("Shared screen"))
        self.status.setText(
            self.tr("Showing to the group (F5 stops).")
            if presenting
            else self.tr("Not shown to the group. F5 shows it.")
        )
        self.slide.setAccessibleName(self.tr("Preview of the shared screen"))
        self.toggleViewAction().setText(self.tr("Preview of the shared screen"))
