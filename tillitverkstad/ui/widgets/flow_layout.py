"""A row of fields and buttons that wraps onto the next line when the window is too
narrow for all of them (large text on a laptop), instead of squeezing them.

Items keep their natural width (their size hint); the room left on a line goes to the
items given a stretch, in proportion, as in a QHBoxLayout. A line's items are centred on
the tallest of them."""

from __future__ import annotations

from PySide6.QtCore import QPoint, QRect, QSize, Qt
from PySide6.QtWidgets import QHBoxLayout, QLayout, QLayoutItem, QWidget, QWidgetItem


class FlowLayout(QLayout):
    def __init__(self, parent: QWidget | None = None, spacing: int = 6) -> None:
        super().__init__(parent)
        self._items: list[QLayoutItem] = []
        self._stretch: dict[int, int] = {}  # by id of the item
        self.setSpacing(spacing)

    # -- filling ----------------------------------------------------------------

    def addWidget(self, widget: QWidget, stretch: int = 0) -> None:
        self.addChildWidget(widget)
        item = QWidgetItem(widget)
        self._stretch[id(item)] = stretch
        self.addItem(item)

    def addItem(self, item: QLayoutItem) -> None:
        self._items.append(item)
        self.invalidate()

    def count(self) -> int:
        return len(self._items)

    def itemAt(self, index: int) -> QLayoutItem | None:
        return self._items[index] if 0 <= index < len(self._items) else None

    def takeAt(self, index: int) -> QLayoutItem | None:
        if not 0 <= index < len(self._items):
            return None
        item = self._items.pop(index)
        self._stretch.pop(id(item), None)
        self.invalidate()
        return item

    # -- sizes ------------------------------------------------------------------

    def expandingDirections(self) -> Qt.Orientation:
        return Qt.Orientation.Horizontal

    def hasHeightForWidth(self) -> bool:
        return True

    def heightForWidth(self, width: int) -> int:
        return self._lay_out(QRect(0, 0, width, 0), apply=False)

    def sizeHint(self) -> QSize:
        """Everything on one line."""
        shown = self._shown()
        width = sum(i.sizeHint().width() for i in shown) + self.spacing() * (len(shown) - 1)
        height = max((i.sizeHint().height() for i in shown), default=0)
        return self._with_margins(QSize(max(0, width), height))

    def minimumSize(self) -> QSize:
        """One item a line: the widest item's least width."""
        shown = self._shown()
        width = max((i.minimumSize().width() for i in shown), default=0)
        height = max((i.minimumSize().height() for i in shown), default=0)
        return self._with_margins(QSize(width, height))

    def _with_margins(self, size: QSize) -> QSize:
        margins = self.contentsMargins()
        return size + QSize(margins.left() + margins.right(), margins.top() + margins.bottom())

    def setGeometry(self, rect: QRect) -> None:
        super().setGeometry(rect)
        self._lay_out(rect, apply=True)

    # -- laying out -------------------------------------------------------------

    def _shown(self) -> list[QLayoutItem]:
        return [item for item in self._items if not item.isEmpty()]

    def _lines(self, width: int) -> list[list[QLayoutItem]]:
        lines: list[list[QLayoutItem]] = [[]]
        used = 0
        for item in self._shown():
            basis = self._basis(item, width)
            if lines[-1] and used + self.spacing() + basis > width:
                lines.append([])
                used = 0
            used += (self.spacing() if lines[-1] else 0) + basis
            lines[-1].append(item)
        return [line for line in lines if line]

    @staticmethod
    def _basis(item: QLayoutItem, width: int) -> int:
        return max(item.minimumSize().width(), min(item.sizeHint().width(), width))

    def _widths(self, line: list[QLayoutItem], width: int) -> list[int]:
        widths = [self._basis(item, width) for item in line]
        left = width - sum(widths) - self.spacing() * (len(line) - 1)
        stretches = [self._stretch.get(id(item), 0) for item in line]
        total = sum(stretches)
        if left > 0 and total:
            widths = [w + left * s // total for w, s in zip(widths, stretches, strict=True)]
        return widths

    def _lay_out(self, rect: QRect, apply: bool) -> int:
        margins = self.contentsMargins()
        area = rect.adjusted(margins.left(), margins.top(), -margins.right(), -margins.bottom())
        y = area.y()
        for line in self._lines(area.width()):
            widths = self._widths(line, area.width())
            heights = [
                item.heightForWidth(w) if item.hasHeightForWidth() else item.sizeHint().height()
                for item, w in zip(line, widths, strict=True)
            ]
            tall = max(heights)
            x = area.x()
            for item, w, h in zip(line, widths, heights, strict=True):
                if apply:
                    item.setGeometry(QRect(QPoint(x, y + (tall - h) // 2), QSize(w, h)))
                x += w + self.spacing()
            y += tall + self.spacing()
        return y - self.spacing() - area.y() + margins.top() + margins.bottom()


def captioned(caption: QWidget, field: QWidget, spacing: int = 6) -> QWidget:
    """``caption`` and its ``field`` as one item of a flow, so a wrap never parts them."""
    pair = QWidget()
    row = QHBoxLayout(pair)
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(spacing)
    row.addWidget(caption)
    row.addWidget(field)
    return pair
