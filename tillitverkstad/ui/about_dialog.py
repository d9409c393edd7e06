"""“Om Tillitverkstad” (Help menu): version, licence, privacy promise and the data folder."""

from __future__ import annotations

import platform
from pathlib import Path

from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QPixmap, QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad import __version__
from tillitverkstad.paths import resource_dir

ICON = Path("icons") / "hicolor" / "64x64" / "apps" / "tillitverkstad.png"
WIDTH_LETTERS = 64  # the least width, in average letters (about 480 px at 100 % text)


def _plain_label(text: str, parent: QWidget) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # a folder name like "<b>" stays text
    label.setWordWrap(True)
    return label


class AboutDialog(QDialog):
    def __init__(self, data_dir: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data_dir = Path(data_dir)
        self.setWindowTitle(self.tr("About Tillitverkstad"))

        title = _plain_label("Tillitverkstad", self)
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        title.setFont(font)
        self.version_label = _plain_label(
            self.tr("Version {version}").format(version=__version__), self
        )
        purpose = _plain_label(
            self.tr("Workshops on trust-based governance and leadership, for leadership groups."),
            self,
        )
        licence = _plain_label(self.tr("Licence: MIT"), self)
        self.privacy_label = _plain_label(
            self.tr(
                "No network access, except participant voting's local server while it is "
                "on; no telemetry."
            ),
            self,
        )
        sources = _plain_label(
            self.tr(
                "Content based on SKR, Tillitsdelegationen (SOU 2018:47, SOU 2019:43) "
                "and Bringselius (2017)."
            ),
            self,
        )
        folder_caption = _plain_label(self.tr("Your workshops are stored in:"), self)
        self.folder_label = _plain_label(str(self.data_dir), self)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.open_button = QPushButton(self.tr("Open data folder"), self)
        self.open_button.clicked.connect(self.open_data_folder)
        if not self.data_dir.is_dir():
            self.open_button.setEnabled(False)
            self.open_button.setToolTip(
                self.tr("The folder is created when you save your first workshop.")
            )
        self.status_label = _plain_label("", self)
        runtime = _plain_label(f"Python {platform.python_version()}, Qt {qVersion()}", self)
        runtime.setEnabled(False)  # shown dimmed: for IT support, not for the facilitator

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)

        icon = QLabel(self)
        icon.setPixmap(QPixmap(str(resource_dir() / ICON)))
        icon.setAccessibleName(self.tr("The Tillitverkstad logo"))
        heading = QHBoxLayout()
        heading.addWidget(icon)
        heading.addWidget(title, 1)

        layout = self._column = QVBoxLayout(self)
        layout.addLayout(heading)
        for widget in (self.version_label, purpose, licence, self.privacy_label, sources):
            layout.addWidget(widget)
        layout.addSpacing(12)
        layout.addWidget(folder_caption)
        layout.addWidget(self.folder_label)
        layout.addWidget(self.open_button, alignment=Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.status_label)
        layout.addSpacing(12)
        layout.addWidget(runtime)
        layout.addWidget(buttons)
        # In letters, so large text widens the dialog rather than wrapping its lines
        # into a column taller than a laptop's screen.
        self.setMinimumWidth(self.fontMetrics().averageCharWidth() * WIDTH_LETTERS)

    def showEvent(self, event: QShowEvent) -> None:
        # Qt gives a window the height of its labels' first lines; these wrap, so its
        # least height is counted at its least width, where they take the most lines.
        self.setMinimumHeight(self._column.totalHeightForWidth(self.minimumWidth()))
        super().showEvent(event)

    def open_data_folder(self) -> bool:
        """Show the data folder in the system's file manager; say so if that fails."""
        opened = QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.data_dir)))
        self.status_label.setText("" if opened else self.tr("The folder could not be opened."))
        return opened
