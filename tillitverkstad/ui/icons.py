"""Small icons drawn or taken from the style, sized from the font."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QLabel, QWidget


def lock_pixmap(size: int, color: QColor) -> QPixmap:
    """A padlock drawn in ``color`` (no emoji font needed)."""
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(color, max(1.5, size / 9)))
    shackle = QPainterPath()
    shackle.moveTo(size * 0.3, size * 0.48)
    shackle.lineTo(size * 0.3, size * 0.32)
    shackle.arcTo(QRectF(size * 0.3, size * 0.1, size * 0.4, size * 0.4), 180, -180)
    shackle.lineTo(size * 0.7, size * 0.48)
    painter.drawPath(shackle)
    painter.setBrush(color)
    painter.drawRoundedRect(QRectF(size * 0.18, size * 0.45, size * 0.64, size * 0.45), 2, 2)
    painter.end()
    return pixmap


def icon_label(widget: QWidget, kind: str, factor: float = 1.3) -> QLabel:
    """A small icon label sized from the font: ``kind`` is "warning" or "lock"."""
    label = QLabel(widget)
    size = max(12, round(widget.fontMetrics().height() * factor))
    # Each named for a screen reader by what it means, not read as a nameless "image".
    if kind == "lock":
        label.setPixmap(lock_pixmap(size, widget.palette().windowText().color()))
        label.setAccessibleName(QCoreApplication.translate("icons", "Private"))
    else:
        from PySide6.QtWidgets import QStyle  # its many enums are not needed at start-up

        icon = widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        label.setPixmap(icon.pixmap(size, size))
        label.setAccessibleName(QCoreApplication.translate("icons", "Warning"))
    label.setFixedSize(size, size)
    return label
