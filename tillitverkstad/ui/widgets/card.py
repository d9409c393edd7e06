"""A card: a surface with a heading, the window's way of grouping (instead of a grey box).

It offers QGroupBox's ``setTitle``/``title`` so a panel can switch by changing its base
class; its content goes in ``body``. The heading is painted in the card's own top margin
in the heading size, so the card's children keep the body font."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QRect, QSize, Qt
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QFrame, QVBoxLayout, QWidget

from tillitverkstad.ui import theme


class Card(QFrame):
    def __init__(self, title: str = "", parent: QWidget | None = None, tone: str = "") -> None:
        super().__init__(parent)
        self.setProperty("card", True)
        if tone:
            self.setProperty("tone", tone)
        self._title = ""
        self.body = QVBoxLayout(self)
        self.body.setSpacing(theme.SPACE.s)
        self.setTitle(title)

    def heading_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * theme.TYPE.heading)
        font.setBold(True)
        return font

    def _heading_height(self) -> int:
        return QFontMetrics(self.heading_font()).height()

    def setTitle(self, title: str) -> None:
        self._title = title
        if title:
            self.setAccessibleName(title)
        self._place_body()
        self.update()

    def title(self) -> str:
        return self._title

    def _place_body(self) -> None:
        pad = theme.SPACE.l
        top = pad + (self._heading_height() + theme.SPACE.s if self._title else 0)
        self.body.setContentsMargins(pad, top, pad, pad)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._place_body()
        super().changeEvent(event)

    def minimumSizeHint(self) -> QSize:
        hint = super().minimumSizeHint()
        if self._title:
            width = QFontMetrics(self.heading_font()).horizontalAdvance(self._title)
            hint = hint.expandedTo(QSize(width + 2 * theme.SPACE.l, 0))
        return hint

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if not self._title:
            return
        painter = QPainter(self)
        painter.setFont(self.heading_font())
        painter.setPen(self.palette().windowText().color())
        pad = theme.SPACE.l
        painter.drawText(
            QRect(pad, pad, self.width() - 2 * pad, self._heading_height()),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            self._title,
        )
