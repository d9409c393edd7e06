"""A step's two columns: side by side while both fit, one under the other when the window
is too narrow for both (large text on a laptop), so nothing is squeezed off the screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QSize, Qt
from PySide6.QtWidgets import QApplication, QLayout, QSplitter, QVBoxLayout, QWidget

from tillitverkstad.ui import theme
from tillitverkstad.ui.widgets.reflow import empty, tab_in_order
from tillitverkstad.ui.widgets.scroll_column import ScrollColumn


def part(parent: QWidget | None = None) -> tuple[QWidget, QVBoxLayout]:
    """A piece of a column: no margins of its own (the column has them)."""
    widget = QWidget(parent)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(theme.SPACE.m)
    return widget, layout


def _body() -> tuple[QWidget, QVBoxLayout]:
    widget, layout = part()
    layout.setContentsMargins(0, theme.SPACE.s, theme.SPACE.m, theme.SPACE.l)
    return widget, layout


class SidePanels(QWidget):
    """``left`` (its parts one under the other) beside ``right``, each scrolling on its
    own with a divider to drag. Stacked, in one scrolling column, ``right`` comes right
    after the first left part: what the group works on (the rating, the actions to
    review) stays near the question, before the longer texts and the private notes."""

    def __init__(
        self,
        left: Sequence[QWidget],
        right: QWidget,
        names: tuple[str, str],
        stretch: tuple[int, int] = (1, 1),
        parent: QWidget | None = None,
    ) -> None:
        """``names``: the left and the right column's, as a screen reader says them;
        stacked, the one column is named as the left one (the step's title)."""
        super().__init__(parent)
        self._left, self._right = tuple(left), right
        (self._left_body, self._left_layout), (self._right_body, self._right_layout) = (
            _body(),
            _body(),
        )
        self._stacked_body, self._stacked_layout = _body()
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.columns = (
            ScrollColumn(self._left_body, names[0]),
            ScrollColumn(self._right_body, names[1]),
        )
        for index, column in enumerate(self.columns):
            self.splitter.addWidget(column)
            self.splitter.setStretchFactor(index, stretch[index])
        self.splitter.setChildrenCollapsible(False)
        self.stacked = ScrollColumn(self._stacked_body, names[0], self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # The least width is the stacked one's (minimumSizeHint), not the splitter's.
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        layout.addWidget(self.splitter)
        layout.addWidget(self.stacked)
        self.side_by_side: bool | None = None
        self._place(True)

    def _needed(self, widgets: Sequence[QWidget]) -> int:
        """The width of a scrolling column that holds ``widgets`` one under the other."""
        bar = self.stacked.verticalScrollBar().sizeHint().width()
        return max(w.minimumSizeHint().width() for w in widgets) + theme.SPACE.m + bar

    def minimumSizeHint(self) -> QSize:
        width = self._needed([*self._left, self._right])
        return QSize(width, self.stacked.minimumSizeHint().height())

    def sizeHint(self) -> QSize:
        return self.minimumSizeHint().expandedTo(QSize(self._side_by_side_width(), 0))

    def _side_by_side_width(self) -> int:
        handle = self.splitter.handleWidth()
        return self._needed(self._left) + self._needed([self._right]) + handle

    def _place(self, side_by_side: bool) -> None:
        if side_by_side == self.side_by_side:
            return
        focus = QApplication.focusWidget()
        for layout in (self._left_layout, self._right_layout, self._stacked_layout):
            empty(layout)
        if side_by_side:
            placed = [(self._left_layout, self._left), (self._right_layout, (self._right,))]
        else:
            stacked = (self._left[0], self._right, *self._left[1:])
            placed = [(self._stacked_layout, stacked)]
        for layout, widgets in placed:
            for widget in widgets:
                layout.addWidget(widget)
                widget.show()  # a widget given a new parent is hidden until shown
            layout.addStretch(1)
        self.splitter.setVisible(side_by_side)
        self.stacked.setVisible(not side_by_side)
        self.side_by_side = side_by_side
        if side_by_side:
            tab_in_order([self.columns[0], *self._left, self.columns[1], self._right])
        else:
            tab_in_order([self.stacked, *stacked])
        if focus is not None and self.isAncestorOf(focus) and not focus.hasFocus():
            focus.setFocus()  # moved with its column: the cursor stays where it was

    def _arrange(self) -> None:
        self._place(self.width() >= self._side_by_side_width())

    def resizeEvent(self, event) -> None:
        self._arrange()
        super().resizeEvent(event)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LayoutRequest:
            self._arrange()  # a part's least width changed (a longer text, larger type)
            self.updateGeometry()
        return super().event(event)
