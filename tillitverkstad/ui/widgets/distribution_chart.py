"""Live bar chart of how many votes each value 1–5 got, for nuläge and önskat läge."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QFontInfo, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from tillitverkstad.core.model import SCALE_VALUES
from tillitverkstad.ui import accessible, chart_style


class DistributionChart(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible.expose(DistributionChart, accessible.Role.Chart)  # read as its counts
        self._current: tuple[int, ...] = (0,) * len(SCALE_VALUES)
        self._desired: tuple[int, ...] = (0,) * len(SCALE_VALUES)
        self._names = (self.tr("Current"), self.tr("Desired"))
        self.setAccessibleName(self.tr("Vote distribution"))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        self.setMinimumHeight(140)

    def set_data(self, current: Sequence[int], desired: Sequence[int]) -> None:
        self._current, self._desired = tuple(current), tuple(desired)
        self._describe()
        self.update()

    def set_series_names(self, current: str, desired: str) -> None:
        self._names = (current, desired)
        self._describe()
        self.update()

    def _describe(self) -> None:
        """The counts in words: what a screen reader reads of the chart."""
        each = self.tr("Value {value}: {current} {current_count}, {desired} {desired_count}")
        self.setAccessibleDescription(
            "; ".join(
                each.format(
                    value=value,
                    current=self._names[0],
                    current_count=c,
                    desired=self._names[1],
                    desired_count=d,
                )
                for value, c, d in zip(SCALE_VALUES, self._current, self._desired, strict=True)
            )
        )

    def counts(self) -> tuple[tuple[int, ...], tuple[int, ...]]:
        return self._current, self._desired

    def sizeHint(self) -> QSize:
        return QSize(360, 170)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        text = self.palette().windowText().color()
        font = self.font()
        base = QFontInfo(self.font()).pixelSize()
        font.setPixelSize(max(int(base * 0.85), int(self.height() / 12)))
        painter.setFont(font)
        painter.setPen(text)
        line = painter.fontMetrics().height()

        x = line / 2
        for series, name in zip(
            (chart_style.CURRENT, chart_style.DESIRED), self._names, strict=True
        ):
            x = (
                chart_style.draw_legend_entry(painter, series, x, line * 0.7, line * 1.6, name)
                + line
            )

        top = line * 1.6 + line  # legend, then room for the counts above the bars
        bottom = self.height() - line * 1.3
        plot = QRectF(line / 2, top, self.width() - line, max(bottom - top, 10))
        highest = max(1, *self._current, *self._desired)
        group = plot.width() / len(SCALE_VALUES)
        bar = group * 0.34
        painter.drawLine(plot.bottomLeft(), plot.bottomRight())
        for index, value in enumerate(SCALE_VALUES):
            left = plot.left() + index * group + (group - 2 * bar) / 2
            for offset, series, counts in (
                (0, chart_style.CURRENT, self._current),
                (1, chart_style.DESIRED, self._desired),
            ):
                count = counts[index]
                height = plot.height() * count / highest
                rect = QRectF(left + offset * bar, plot.bottom() - height, bar, height)
                if count:
                    chart_style.fill_bar(painter, series, rect, text)
                painter.drawText(
                    QRectF(rect.left(), rect.top() - line, bar, line),
                    Qt.AlignmentFlag.AlignCenter,
                    str(count),
                )
            painter.drawText(
                QRectF(plot.left() + index * group, plot.bottom() + 2, group, line),
                Qt.AlignmentFlag.AlignCenter,
                str(value),
            )
