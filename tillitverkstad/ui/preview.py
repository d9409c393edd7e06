"""The live thumbnail of the shared screen, under the agenda in the facilitator window."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QVBoxLayout, QWidget

from tillitverkstad.core.model import BlankMode
from tillitverkstad.ui.slides import Slide

PREVIEW_WIDTH = 200
DEFAULT_ASPECT = QSize(4, 3)  # most projectors; the real shape is taken when presenting


class PreviewPanel(QWidget):
    """What the group sees (or would see), small; says so in words when it is blanked."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 6, 0, 0)
        self.heading = QLabel(self)
        font = self.heading.font()
        font.setBold(True)
        self.heading.setFont(font)
        # What the group sees right now, at a glance, as OpenLP's "Live" does.
        self.live = QLabel(self)
        self.live.setObjectName("liveIndicator")
        self.live.setFont(font)
        self.live.setProperty("role", "live")
        self.live.hide()
        header = QHBoxLayout()
        header.setContentsMargins(0, 0, 0, 0)
        header.addWidget(self.heading)
        header.addStretch(1)
        header.addWidget(self.live)
        self.slide = Slide(self)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addLayout(header)
        layout.addWidget(self.slide, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.status)
        self.set_aspect(DEFAULT_ASPECT)
        self._presenting, self._blank = False, BlankMode.NONE
        self._projector_lost = False
        self.retranslate()

    def set_aspect(self, size: QSize) -> None:
        """Match the shape of the screen the group looks at."""
        if size.width() > 0 and size.height() > 0:
            height = round(PREVIEW_WIDTH * size.height() / size.width())
            self.slide.setFixedSize(PREVIEW_WIDTH, height)

    def set_state(self, presenting: bool, blank: BlankMode) -> None:
        self._presenting, self._blank = presenting, blank
        self._projector_lost = self._projector_lost and presenting
        self.slide.set_blank(blank)
        self.retranslate()

    def set_projector_lost(self, lost: bool) -> None:
        self._projector_lost = lost
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("Shared screen"))
        self.slide.setAccessibleName(self.tr("Preview of the shared screen"))
        live = {
            BlankMode.NONE: self.tr("\u25cf Live"),
            BlankMode.BLACK: self.tr("\u25cf Black"),
            BlankMode.WHITE: self.tr("\u25cf White"),
        }[self._blank]
        self.live.setText(live)
        self.live.setAccessibleName(live)
        self.live.setVisible(self._presenting)
        if self._projector_lost:
            text = self.tr(
                "The projector was disconnected: the shared screen is in a window here "
                "until it is back."
            )
        elif not self._presenting:
            text = self.tr("Not shown to the group. F5 shows it.")
        elif self._blank == BlankMode.BLACK:
            text = self.tr("The group sees a black screen. B shows it again.")
        elif self._blank == BlankMode.WHITE:
            text = self.tr("The group sees a white screen. W shows it again.")
        else:
            text = self.tr("Showing to the group (F5 stops).")
        self.status.setText(text)


class BoardIndicator(QLabel):
    """Says, in the facilitator window's status bar, that the current step's notes board
    is on: whatever is entered into its categories appears on the wall."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setFrameShape(QLabel.Shape.StyledPanel)
        self.setMargin(2)
        self._on, self._presenting = False, False
        self.hide()
        self.retranslate()

    def set_on(self, on: bool) -> None:
        self._on = on
        self.setVisible(on)

    def set_presenting(self, presenting: bool) -> None:
        self._presenting = presenting
        self.retranslate()

    def retranslate(self) -> None:
        if self._presenting:
            text = self.tr("\u25a3 The group sees this step's notes (Ctrl+G turns it off)")
        else:
            text = self.tr(
                "\u25a3 Notes board on: the group sees it after F5 (Ctrl+G turns it off)"
            )
        self.setText(text)
        self.setAccessibleName(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
