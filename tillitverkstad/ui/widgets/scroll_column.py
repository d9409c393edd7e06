"""A column that scrolls: a step page's, the overview's. It takes the keyboard focus (the
arrow keys and Page Up/Down scroll it, so text with no field in it can be read without a
mouse), shows that it has it, and is read by a screen reader as a named group rather
than a nameless "filler"."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtWidgets import QFrame, QScrollArea, QWidget

from tillitverkstad.ui import accessible


class ScrollColumn(QScrollArea):
    """A vertical scroll area that never gets narrower than its content needs (now, not
    just when it was made), so a splitter cannot squeeze controls off the edge."""

    def __init__(self, widget: QWidget, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible.expose(ScrollColumn, accessible.Role.Grouping)
        self.setAccessibleName(name)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(widget)

    def minimumSizeHint(self) -> QSize:
        widget = self.widget()
        inner = widget.minimumSizeHint().width() if widget is not None else 0
        width = inner + self.verticalScrollBar().sizeHint().width()
        return QSize(width, super().minimumSizeHint().height())

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.widget() and event.type() == QEvent.Type.LayoutRequest:
            self.updateGeometry()  # the content's least width may have changed
        return super().eventFilter(watched, event)
