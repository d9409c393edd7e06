"""Parts of a page side by side while they fit at their least widths, one under the other
when they do not (large text on a laptop), so neither is squeezed and the page never
asks for more width than its widest part."""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QBoxLayout, QLayout, QWidget

from tillitverkstad.ui import theme

ACROSS, DOWN = QBoxLayout.Direction.LeftToRight, QBoxLayout.Direction.TopToBottom


class Reflow(QWidget):
    def __init__(
        self,
        parts: Sequence[tuple[QWidget, int]],
        parent: QWidget | None = None,
        alignment: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignTop,
    ) -> None:
        """``parts``: each widget with its stretch, side by side; each as tall as it
        needs at its width, at the top (``alignment``), not stretched to the other's."""
        super().__init__(parent)
        self.parts = [widget for widget, _ in parts]
        self.box = QBoxLayout(ACROSS, self)
        self.box.setContentsMargins(0, 0, 0, 0)
        self.box.setSpacing(theme.SPACE.m)
        # The least width is the stacked one's (minimumSizeHint), whichever is shown.
        self.box.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for widget, stretch in parts:
            self.box.addWidget(widget, stretch, alignment)

    @staticmethod
    def _least(widget: QWidget) -> int:
        return max(widget.minimumSize().width(), widget.minimumSizeHint().width())

    def side_by_side_width(self) -> int:
        widths = [self._least(w) for w in self.parts if not w.isHidden()]
        return sum(widths) + self.box.spacing() * (len(widths) - 1)

    @property
    def side_by_side(self) -> bool:
        return self.box.direction() == ACROSS

    def minimumSizeHint(self) -> QSize:
        width = max((self._least(w) for w in self.parts if not w.isHidden()), default=0)
        return QSize(width, super().minimumSizeHint().height())

    def _arrange(self) -> None:
        direction = ACROSS if self.width() >= self.side_by_side_width() else DOWN
        if direction != self.box.direction():
            self.box.setDirection(direction)

    def resizeEvent(self, event) -> None:
        self._arrange()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange()  # a part's least width changed
        return super().event(event)


def empty(layout: QLayout) -> None:
    """Take every item out of ``layout``, its widgets kept. A widget's item is deleted,
    not just taken: Qt tells only a widget's first item that its size changed, so one
    left alive would keep the widget's next item from hearing that its text now wraps."""
    while layout.count():
        item = layout.itemAt(0)
        widget = item.widget() if item is not None else None
        if widget is not None:
            layout.removeWidget(widget)
        else:
            layout.takeAt(0)


def _takes_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.focusProxy() is None


def _tab_stops(container: QWidget) -> list[QWidget]:
    """``container`` itself if Tab stops at it, else the outermost of its descendants
    that Tab stops at, in the order they were made (the order of the screen in a part)."""
    if _takes_tab(container):
        return [container]
    stops: list[QWidget] = []
    for widget in container.findChildren(QWidget):
        if widget.window() is not container.window():
            continue  # a list's popup: a window of its own, outside the Tab round
        if _takes_tab(widget) and not any(stop.isAncestorOf(widget) for stop in stops):
            stops.append(widget)
    return stops


def tab_in_order(parts: Sequence[QWidget]) -> None:
    """Tab goes through ``parts`` in the order given, each part's own controls in their
    order. A part moved to another column keeps its place in the focus chain, which
    then no longer follows the screen."""
    stops = [stop for part in parts for stop in _tab_stops(part)]
    for before, after in itertools.pairwise(stops):
        QWidget.setTabOrder(before, after)
