"""Radar chart of agreed nuläge and önskat läge per step, drawn with QPainter.

It takes plain data so the shared screen can reuse it, and scales its type with its own
size so it reads on a laptop and on a projector alike.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

from PySide6.QtCore import QLineF, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFontInfo, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QWidget

from tillitverkstad.core import numbers
from tillitverkstad.core.languages import DEFAULT_LANGUAGE
from tillitverkstad.core.model import SCALE_MAX, SCALE_MIN
from tillitverkstad.ui import accessible, chart_style

Values = list[float | None]
# Earlier occasions behind today's values: thin, in the text colour, the baseline solid and
# last time dotted, so they are told apart without colour and never compete with today.
OUTLINE_STYLES = (Qt.PenStyle.SolidLine, Qt.PenStyle.DotLine)


MINIMUM_SIDE = 260  # pixels, at the smallest text
MAXIMUM_SIDE = 560  # pixels: as tall as the page a 1366×768 laptop shows
LINES_ACROSS = 15  # the least side in lines of its text: its labels at every text size


class RadarChart(QWidget):
    def __init__(self, parent: QWidget | None = None, language: str = DEFAULT_LANGUAGE) -> None:
        super().__init__(parent)
        accessible.expose(RadarChart, accessible.Role.Chart)  # read as its values
        self.language = language  # for the numbers: a decimal comma in Swedish
        self._labels: list[str] = []
        self._current: Values = []
        self._desired: Values = []
        self._outlines: list[tuple[str, Values]] = []
        self._names = (self.tr("Current (agreed)"), self.tr("Desired (agreed)"))
        self.setAccessibleName(self.tr("Radar chart of agreed values"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    # -- data -------------------------------------------------------------------

    def set_data(self, labels: list[str], current: Values, desired: Values) -> None:
        if not len(labels) == len(current) == len(desired):
            raise ValueError("labels, current and desired must have the same length")
        self._labels, self._current, self._desired = list(labels), list(current), list(desired)
        self._outlines = []  # they belong to the old labels; set_outlines() follows
        self._describe()
        self.update()

    def set_outlines(self, outlines: Sequence[tuple[str, Values]]) -> None:
        """Earlier occasions' values (name, values per label), drawn thin behind today's:
        at most two, the baseline first. A None leaves a gap, never a zero."""
        self._outlines = [(name, list(values)) for name, values in outlines][: len(OUTLINE_STYLES)]
        for _, values in self._outlines:
            if len(values) != len(self._labels):
                raise ValueError("an outline needs one value per label")
        self._describe()
        self.update()

    def _describe(self) -> None:
        """The values in words: what a screen reader reads of the chart."""
        today = "; ".join(
            f"{name}: {self._names[0]} {self._text(c)}, {self._names[1]} {self._text(d)}"
            for name, c, d in zip(self._labels, self._current, self._desired, strict=True)
        )
        earlier = "; ".join(
            f"{name}: "
            + ", ".join(
                f"{label} {self._text(v)}" for label, v in zip(self._labels, values, strict=True)
            )
            for name, values in self._outlines
        )
        self.setAccessibleDescription(f"{today} | {earlier}" if earlier else today)

    def outlines(self) -> dict[str, dict[str, float | None]]:
        """What the outlines show: name -> label -> value."""
        return {
            name: dict(zip(self._labels, values, strict=True)) for name, values in self._outlines
        }

    def set_series_names(self, current: str, desired: str) -> None:
        self._names = (current, desired)
        self._describe()
        self.update()

    def values(self) -> dict[str, tuple[float | None, float | None]]:
        """What the chart shows: label -> (current, desired)."""
        return {
            label: (c, d)
            for label, c, d in zip(self._labels, self._current, self._desired, strict=True)
        }

    def _text(self, value: float | None) -> str:
        return numbers.decimal(value, self.language)

    def minimumSizeHint(self) -> QSize:
        """Room for the principles' names around it at the text size in use."""
        side = max(MINIMUM_SIDE, self.fontMetrics().height() * LINES_ACROSS)
        return QSize(side, side)

    def sizeHint(self) -> QSize:
        return QSize(420, 420).expandedTo(self.minimumSizeHint())

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        """About square, never taller than a laptop's page (a wide one leaves room)."""
        return max(self.minimumSizeHint().height(), min(width, MAXIMUM_SIDE))

    # -- drawing ----------------------------------------------------------------

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text_color = self.palette().windowText().color()
        side = min(self.width(), self.height())
        font = self.font()
        font.setPixelSize(max(int(QFontInfo(self.font()).pixelSize() * 0.9), int(side / 36)))
        painter.setFont(font)
        painter.setPen(text_color)
        metrics = painter.fontMetrics()
        line_height = metrics.height()

        legend_bottom = self._draw_legend(painter, line_height)
        if not self._labels:
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("No values yet"))
            return
        area = QRectF(self.rect()).adjusted(0, legend_bottom, 0, 0)
        count = len(self._labels)
        radius = area.height() / 2 - 1.8 * line_height
        for i, label in enumerate(self._labels):  # leave room for each label beside its axis
            dx = abs(math.cos(-math.pi / 2 + 2 * math.pi * i / count))
            room = metrics.horizontalAdvance(label) + line_height
            if dx >= 0.2:
                radius = min(radius, (area.width() / 2 - room) / dx)
            else:
                radius = min(radius, area.width() / 2 - line_height)
        radius = max(radius, 20.0)
        center = area.center()

        def point(index: int, value: float) -> QPointF:
            angle = -math.pi / 2 + 2 * math.pi * index / count
            r = radius * value / SCALE_MAX
            return QPointF(center.x() + r * math.cos(angle), center.y() + r * math.sin(angle))

        self._draw_grid(painter, point, count, text_color)
        self._draw_axis_labels(painter, point, count, radius)
        self._draw_outlines(painter, point, text_color)
        marker = max(3.0, line_height / 4)
        for series, values, side_sign in (
            (chart_style.CURRENT, self._current, -1),
            (chart_style.DESIRED, self._desired, 1),
        ):
            self._draw_series(painter, series, values, point, marker, side_sign, text_color)

    def _draw_legend(self, painter: QPainter, line_height: int) -> float:
        middle = line_height * 0.9
        x = line_height / 2
        for series, name in zip(
            (chart_style.CURRENT, chart_style.DESIRED), self._names, strict=True
        ):
            x = chart_style.draw_legend_entry(painter, series, x, middle, line_height * 1.8, name)
            x += line_height
        for (name, _), style in zip(self._outlines, OUTLINE_STYLES, strict=False):
            middle += line_height * 1.2
            left, length = line_height / 2, line_height * 1.8
            painter.save()
            painter.setPen(self._outline_pen(painter.pen().color(), style, line_height))
            painter.drawLine(QPointF(left, middle), QPointF(left + length, middle))
            painter.restore()
            painter.drawText(
                QRectF(
                    left + length + line_height / 3,
                    middle - line_height / 2,
                    self.width(),
                    line_height,
                ),
                Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
                name,
            )
        return middle + line_height

    @staticmethod
    def _outline_pen(text_color: QColor, style: Qt.PenStyle, line_height: float) -> QPen:
        color = QColor(text_color)
        color.setAlphaF(0.65)
        pen = QPen(color, max(1.2, line_height / 12), style)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        return pen

    def _draw_outlines(self, painter: QPainter, point, text_color: QColor) -> None:
        height = painter.fontMetrics().height()
        for (_, values), style in zip(self._outlines, OUTLINE_STYLES, strict=False):
            count = len(values)
            painter.save()
            painter.setPen(self._outline_pen(text_color, style, height))
            for i, value in enumerate(values):
                j = (i + 1) % count
                following = values[j]
                if value is None or following is None or j == i or (count == 2 and j < i):
                    continue
                painter.drawLine(point(i, value), point(j, following))
            painter.restore()

    def _draw_grid(self, painter, point, count, text_color) -> None:
        grid = QPen(self.palette().mid().color(), 1)
        painter.save()
        painter.setPen(grid)
        for ring in range(SCALE_MIN, SCALE_MAX + 1):
            if count >= 3:
                painter.drawPolygon([point(i, ring) for i in range(count)])
        for i in range(count):
            painter.drawLine(point(i, 0), point(i, SCALE_MAX))
        # Ring numbers sit halfway between the last and the first axis, away from the
        # value labels that sit beside each axis.
        painter.setPen(self.palette().placeholderText().color())
        height = painter.fontMetrics().height()
        angle = -math.pi / 2 - math.pi / max(count, 1)
        for ring in range(SCALE_MIN, SCALE_MAX + 1):
            r = QLineF(point(0, 0), point(0, ring)).length()
            center = point(0, 0) + QPointF(math.cos(angle), math.sin(angle)) * r
            painter.drawText(
                QRectF(center.x() - height, center.y() - height / 2, 2 * height, height),
                Qt.AlignmentFlag.AlignCenter,
                str(ring),
            )
        painter.restore()

    def _draw_axis_labels(self, painter, point, count, radius) -> None:
        metrics = painter.fontMetrics()
        height = metrics.height()
        for i, label in enumerate(self._labels):
            angle = -math.pi / 2 + 2 * math.pi * i / count
            dx, dy = math.cos(angle), math.sin(angle)
            at = point(i, SCALE_MAX) + QPointF(dx, dy) * (height * 0.5)
            width = metrics.horizontalAdvance(label) + 4
            left = at.x() if dx > 0 else at.x() - width
            if abs(dx) < 0.2:  # top or bottom: centred above or below the axis end
                left = at.x() - width / 2
            left = min(max(left, 0.0), self.width() - width)  # never cut at the edge
            top = at.y() - height / 2 + dy * height / 2
            painter.drawText(QRectF(left, top, width, height), Qt.AlignmentFlag.AlignCenter, label)

    def _draw_series(self, painter, series, values, point, marker, side_sign, text_color) -> None:
        count = len(values)
        known = [(i, v) for i, v in enumerate(values) if v is not None]
        painter.save()
        painter.setPen(chart_style.series_pen(series, max(2.0, marker * 0.6)))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        for i, value in known:  # connect neighbours that both have a value
            j = (i + 1) % count
            if j != i and values[j] is not None and (count > 2 or j > i):
                painter.drawLine(point(i, value), point(j, values[j]))
        painter.restore()
        painter.save()
        painter.setPen(text_color)
        height = painter.fontMetrics().height()
        for i, value in known:
            at = point(i, value)
            chart_style.draw_marker(painter, series, at, marker)
            angle = -math.pi / 2 + 2 * math.pi * i / count
            # Values sit beside the marker, nuläge on one side and önskat läge on the
            # other, so equal values never print on top of each other.
            offset = QPointF(-math.sin(angle), math.cos(angle)) * (marker + height * 0.55)
            spot = at + offset * side_sign
            painter.drawText(
                QRectF(spot.x() - height, spot.y() - height / 2, 2 * height, height),
                Qt.AlignmentFlag.AlignCenter,
                numbers.decimal(value, self.language),
            )
        painter.restore()
