"""The participants' window on the projector. It only displays: it is handed view
objects through a few command methods and holds no workshop state of its own."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QKeyEvent, QPainter
from PySide6.QtWidgets import QVBoxLayout, QWidget

from tillitverkstad.core import projection as pv
from tillitverkstad.core.model import BlankMode
from tillitverkstad.ui.slide_theme import SlideTheme
from tillitverkstad.ui.slides import Slide


class SharedScreen(QWidget):
    close_requested = Signal()  # F5 pressed on the shared screen
    blank_changed = Signal(str)  # a BlankMode

    def __init__(self, parent: QWidget | None = None) -> None:
        # Never takes the keyboard: the facilitator types on while the group looks, and a
        # window manager (or X without one) would otherwise focus it when it is shown.
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setWindowTitle(self.tr("Tillitverkstad \u2013 shared screen"))
        self.setAccessibleName(self.tr("Shared screen"))
        self.setMinimumSize(320, 240)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.slide = Slide(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.slide)
        self._blank = BlankMode.NONE

    # -- commands ---------------------------------------------------------------

    def show_view(self, view: pv.View | None) -> None:
        self.slide.set_view(view)

    def set_timer(self, timer: pv.TimerView | None) -> None:
        self.slide.set_timer(timer)

    def set_progress(self, progress: pv.Progress | None) -> None:
        self.slide.set_progress(progress)

    def set_theme(self, theme: SlideTheme) -> None:
        self.slide.set_theme(theme)

    @property
    def blank_mode(self) -> BlankMode:
        return self._blank

    def blank(self, mode: BlankMode) -> None:
        """Cover everything in black or white (NONE shows the slide again)."""
        self._blank = mode
        self.slide.setVisible(not mode)
        self.update()
        self.blank_changed.emit(mode)

    def toggle_blank(self, mode: BlankMode) -> None:
        """The same key blanks and restores, like B and W in a slide show."""
        self.blank(BlankMode.NONE if self._blank == mode else BlankMode(mode))

    # -- Qt -----------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        if self._blank:
            painter = QPainter(self)
            painter.fillRect(
                self.rect(),
                QColor(
                    Qt.GlobalColor.black if self._blank == BlankMode.BLACK else Qt.GlobalColor.white
                ),
            )
            painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_B:
            self.toggle_blank(BlankMode.BLACK)
        elif key == Qt.Key.Key_W:
            self.toggle_blank(BlankMode.WHITE)
        elif key == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
        elif key == Qt.Key.Key_F5:
            self.close_requested.emit()
        else:
            super().keyPressEvent(event)
