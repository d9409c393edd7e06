"""The head of the workshop view: the step's title, its timer, previous and next, and the
presenting bar under them. While they fit, title, timer and buttons share one row; on a
narrow window (large text on a laptop) the timer moves to a row of its own, so nothing is
squeezed and the window still fits the screen."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from tillitverkstad.ui import theme
from tillitverkstad.ui.widgets.reflow import empty

TITLE_LETTERS = 12  # the room a title keeps beside the timer before it moves down


class StepHeader(QWidget):
    arranged = Signal()  # the timer moved to or from a row of its own

    def __init__(
        self,
        title: QLabel,
        timer: QWidget,
        buttons: tuple[QWidget, ...],
        bar: QWidget,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.title, self.timer, self.buttons, self.bar = title, timer, buttons, bar
        self._top, self._second = QHBoxLayout(), QHBoxLayout()
        self._top.setSpacing(theme.SPACE.s)
        rows = QVBoxLayout(self)
        rows.setContentsMargins(0, 0, 0, 0)
        rows.setSpacing(theme.SPACE.s)
        # The least width is the narrow arrangement's (minimumSizeHint), whichever is shown.
        rows.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        rows.addLayout(self._top)
        rows.addLayout(self._second)
        rows.addWidget(bar)
        self.one_row: bool | None = None
        self._place(True)

    def _title_room(self) -> int:
        metrics = self.title.fontMetrics()
        one_line = metrics.horizontalAdvance(self.title.text())
        return min(one_line, metrics.averageCharWidth() * TITLE_LETTERS)

    def _buttons_width(self) -> int:
        spacing = self._top.spacing()
        return sum(b.sizeHint().width() + spacing for b in self.buttons)

    def _one_row_width(self) -> int:
        gap = 2 * theme.SPACE.s  # between the title, the timer and the buttons
        return self._title_room() + self.timer.sizeHint().width() + gap + self._buttons_width()

    def minimumSizeHint(self) -> QSize:
        top = self.title.minimumSizeHint().width() + self._buttons_width()
        width = max(top, self.timer.minimumSizeHint().width(), self.bar.minimumSizeHint().width())
        return QSize(width, super().minimumSizeHint().height())

    def _place(self, one_row: bool) -> None:
        if one_row == self.one_row:
            return
        for row in (self._top, self._second):
            empty(row)
        self._top.addWidget(self.title, 1)
        if one_row:
            self._top.addSpacing(theme.SPACE.s)
            self._top.addWidget(self.timer)
            self._top.addSpacing(theme.SPACE.s)
        else:
            self._second.addWidget(self.timer)
            self._second.addStretch(1)
        for button in self.buttons:
            self._top.addWidget(button)
        self.one_row = one_row
        self.arranged.emit()

    def _arrange(self) -> None:
        self._place(self.width() >= self._one_row_width())

    def resizeEvent(self, event) -> None:
        self._arrange()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange()  # a longer title, another size of type
        return super().event(event)
