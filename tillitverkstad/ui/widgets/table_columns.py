"""Column widths that follow what the columns hold, at any text size and in any language.

A column is as wide as its widest value and its title. Columns given a share also take
the room left over, in those shares; short of room they wrap their text, down to their
longest word; shorter still, the table scrolls sideways rather than cut a word. Called
again whenever the table's width, font or texts change."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QTableWidget

PADDING = 16  # a cell's room either side of its text (the delegate's and the stylesheet's)


def _texts(table: QTableWidget, column: int) -> list[str]:
    items = (table.item(row, column) for row in range(table.rowCount()))
    return [item.text() for item in items if item is not None]


def _title(table: QTableWidget, column: int) -> int:
    return table.horizontalHeader().sectionSizeHint(column)


def widest_text(table: QTableWidget, column: int) -> int:
    metrics = QFontMetrics(table.font())
    lines = [line for text in _texts(table, column) for line in text.split("\n")]
    return max((metrics.horizontalAdvance(line) for line in lines), default=0) + PADDING


def longest_word(table: QTableWidget, column: int) -> int:
    metrics = QFontMetrics(table.font())
    words = [word for text in _texts(table, column) for word in text.split()]
    return max((metrics.horizontalAdvance(word) for word in words), default=0) + PADDING


def fit_columns(
    table: QTableWidget,
    shares: Mapping[int, int],
    *,
    fill: bool = True,
    most: Mapping[int, int] | None = None,
) -> None:
    """``shares``: the columns that wrap when room is short, by share of the room left;
    with ``fill`` they take all of it, else no more than their widest value (or
    ``most``, in pixels)."""
    most = most or {}
    shown = [c for c in range(table.columnCount()) if not table.isColumnHidden(c)]
    natural = {c: max(widest_text(table, c), _title(table, c)) for c in shown}
    least = {c: max(longest_word(table, c), _title(table, c)) for c in shown}
    for column, limit in most.items():
        natural[column] = max(least[column], min(natural[column], limit))
    room = table.viewport().width() - sum(natural[c] for c in shown if c not in shares)
    sharing = [c for c in shown if c in shares]
    total = sum(shares[c] for c in sharing)
    short = room < sum(natural[c] for c in sharing)
    for column in shown:
        width = natural[column]
        if column in sharing and total and (fill or short):
            width = max(least[column], room * shares[column] // total)
        table.setColumnWidth(column, width)
