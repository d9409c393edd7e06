"""How the rating series and the balance's logics are drawn in the window's charts.

The two rating series must be told apart without colour: nuläge is a solid line with
round markers and solid bars, önskat läge a dashed line with square markers and hatched
bars. Their colours are from the Okabe-Ito palette, distinct for colour-blind readers.
Kept apart from ``theme`` so the start screen, which draws no chart, does not load the
painting classes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QPainter, QPen

from tillitverkstad.ui.theme import CURRENT_COLOR, DESIRED_COLOR


@dataclass(frozen=True)
class Series:
    color: str
    line: Qt.PenStyle
    marker: str  # "circle" or "square"
    hatched: bool


CURRENT = Series(CURRENT_COLOR, Qt.PenStyle.SolidLine, "circle", hatched=False)
DESIRED = Series(DESIRED_COLOR, Qt.PenStyle.DashLine, "square", hatched=True)


def series_pen(series: Series, width: float) -> QPen:
    pen = QPen(QColor(series.color), width, series.line)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    return pen


def draw_marker(painter: QPainter, series: Series, center: QPointF, radius: float) -> None:
    """A filled marker with an outline in the text colour, so it shows on any background."""
    painter.save()
    outline = painter.pen().color()
    painter.setPen(QPen(outline, max(1.0, radius / 4)))
    painter.setBrush(QColor(series.color))
    box = QRectF(center.x() - radius, center.y() - radius, 2 * radius, 2 * radius)
    if series.marker == "square":
        painter.drawRect(box.adjusted(radius * 0.1, radius * 0.1, -radius * 0.1, -radius * 0.1))
    else:
        painter.drawEllipse(box)
    painter.restore()


def fill_bar(painter: QPainter, series: Series, rect: QRectF, outline: QColor) -> None:
    """A bar in the series colour; önskat läge also gets a hatch so print and grey work."""
    painter.save()
    painter.setPen(QPen(outline, 1))
    painter.setBrush(QColor(series.color))
    painter.drawRect(rect)
    if series.hatched:
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QBrush(QColor(outline), Qt.BrushStyle.BDiagPattern))
        painter.drawRect(rect)
    painter.restore()


def draw_legend_entry(
    painter: QPainter, series: Series, left: float, middle: float, length: float, text: str
) -> float:
    """Draw a line sample with its marker and ``text``; returns the x where it ends."""
    height = painter.fontMetrics().height()
    painter.save()
    painter.setPen(series_pen(series, max(2.0, height / 7)))
    painter.drawLine(QPointF(left, middle), QPointF(left + length, middle))
    painter.restore()
    draw_marker(painter, series, QPointF(left + length / 2, middle), height / 4)
    text_left = left + length + height / 3
    width = painter.fontMetrics().horizontalAdvance(text)
    painter.drawText(
        QRectF(text_left, middle - height / 2, width + 2, height),
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        text,
    )
    return text_left + width


# The three governing logics of the balance step: colour plus a fill pattern and the name.
LOGIC_STYLES = (
    ("#56B4E9", Qt.BrushStyle.SolidPattern),  # sky blue
    ("#009E73", Qt.BrushStyle.Dense4Pattern),  # bluish green
    ("#CC79A7", Qt.BrushStyle.DiagCrossPattern),  # reddish purple
)
