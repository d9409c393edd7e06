"""Colours, pens and markers for the two rating series, shared by every chart.

The two series must be told apart without colour: nuläge is a solid line with round
markers and solid bars, önskat läge a dashed line with square markers and hatched bars.
Colours are from the Okabe-Ito palette, which stays distinct for colour-blind readers.
Backgrounds always come from the system palette (light or dark); only these accents are
fixed.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainter, QPainterPath, QPen, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QWidget

CURRENT_COLOR = "#0072B2"  # Okabe-Ito blue: nuläge
DESIRED_COLOR = "#E69F00"  # Okabe-Ito orange: önskat läge
ALERT_COLOR = "#D55E00"  # Okabe-Ito vermilion: time is up, large spread (always with text)

# Status marks in the agenda: a symbol and a word, never colour alone.
DONE_MARK = "✓"
CURRENT_MARK = "▶"
STARTED_MARK = "◐"
NOT_STARTED_MARK = "○"
WARNING_MARK = "⚠"


@dataclass(frozen=True)
class Spacing:
    """The spacing scale in pixels: every margin and gap is one of these."""

    xs: int = 4
    s: int = 8
    m: int = 12
    l: int = 16  # noqa: E741 - the scale's own name
    xl: int = 24
    xxl: int = 32


@dataclass(frozen=True)
class TypeScale:
    """Sizes relative to the body text (which follows the text-size setting)."""

    caption: float = 0.9
    body: float = 1.0
    lead: float = 1.1  # a step's meaning, an intro text
    heading: float = 1.2  # a card's title
    question: float = 1.5  # the current discussion question: what the eye finds first
    title: float = 1.75  # the step's title
    figure: float = 2.0  # the timer, an agreed value


SPACE = Spacing()
TYPE = TypeScale()


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


FONT_FACTOR = "tillitFontFactor"  # dynamic property: the factor a widget's font was scaled by
FONT_BOLD = "tillitFontBold"


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Make ``widget``'s font ``factor`` times its parent's (so the font-scale setting works).

    The factor is remembered, so :func:`rescale_fonts` can follow a later font change.
    """
    widget.setProperty(FONT_FACTOR, factor)
    widget.setProperty(FONT_BOLD, bold)
    parent = widget.parentWidget()
    font = QFont(parent.font() if parent is not None else QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    widget.setFont(font)


def rescale_fonts(root: QWidget) -> None:
    """Re-apply :func:`scale_font` below ``root`` after the base font changed."""
    for child in root.findChildren(QWidget):
        factor = child.property(FONT_FACTOR)
        if factor:
            scale_font(child, float(factor), bold=bool(child.property(FONT_BOLD)))


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
    if kind == "lock":
        label.setPixmap(lock_pixmap(size, widget.palette().windowText().color()))
    else:
        icon = widget.style().standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
        label.setPixmap(icon.pixmap(size, size))
    label.setFixedSize(size, size)
    return label


# The three governing logics of the balance step: colour plus a fill pattern and the name.
LOGIC_STYLES = (
    ("#56B4E9", Qt.BrushStyle.SolidPattern),  # sky blue
    ("#009E73", Qt.BrushStyle.Dense4Pattern),  # bluish green
    ("#CC79A7", Qt.BrushStyle.DiagCrossPattern),  # reddish purple
)
