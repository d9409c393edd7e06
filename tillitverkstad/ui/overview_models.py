"""The Översikt page's tables as models: rows of text worked out once from the core's
overview, each cell with its tooltip, a background where the value is shown as a tint
(always with the value written in it), and the workshop a click opens."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from tillitverkstad.core import numbers
from tillitverkstad.core.display import display_line
from tillitverkstad.core.labels import heat_tint
from tillitverkstad.core.overview import Cell, GroupOverview, Overview
from tillitverkstad.core.overview_text import heat_cell_text

Index = QModelIndex | QPersistentModelIndex
WORKSHOP_ROLE = Qt.ItemDataRole.UserRole + 1  # the workshop id a cell leads to
INK = "#1A1D23"


@dataclass(frozen=True)
class Item:
    text: str
    tooltip: str = ""
    tint: str | None = None
    workshop_id: str | None = None
    number: float | None = None  # the number the cell shows: centred in its column


class RowsModel(QAbstractTableModel):
    """A read-only table of :class:`Item` rows under the given headers."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._rows: list[list[Item]] = []

    def set_rows(self, headers: Sequence[str], rows: Sequence[Sequence[Item]]) -> None:
        self.beginResetModel()
        self._headers = list(headers)
        self._rows = [list(r) for r in rows]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def item(self, row: int, column: int) -> Item:
        return self._rows[row][column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        item = self._rows[index.row()][index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.AccessibleTextRole):
            return item.text
        if role in (Qt.ItemDataRole.ToolTipRole, Qt.ItemDataRole.AccessibleDescriptionRole):
            return item.tooltip or None  # whose value it is, for a screen reader too
        if role == Qt.ItemDataRole.BackgroundRole and item.tint:
            return QColor(item.tint)
        if role == Qt.ItemDataRole.ForegroundRole and item.tint:
            return QColor(INK)  # on a light tint whatever the colour scheme
        if role == WORKSHOP_ROLE:
            return item.workshop_id
        if role == Qt.ItemDataRole.TextAlignmentRole and item.number is not None:
            return Qt.AlignmentFlag.AlignCenter
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(self._headers):
            return self._headers[section]
        return None


def group_label(group: GroupOverview) -> str:
    name = display_line(group.name)
    return f"{name} – {display_line(group.organisation)}" if group.organisation else name


def heatmap_cell(
    cell: Cell, group: GroupOverview, title: str, gap: bool, texts: dict[str, str], language: str
) -> Item:
    """A cell's words: the value (or "not rated", never 0), and a star when it was agreed
    at an earlier occasion than the group's latest."""
    latest = group.latest_in_source
    fallback = latest.workshop_id if latest else None
    if not cell.rated:
        text = texts["not_rated"]
        why = texts["not_on_agenda"] if not cell.on_agenda else texts["not_rated_long"]
        return Item(text, f"{display_line(group.name)} · {title}: {why}", None, fallback, 0)
    value = cell.gap if gap else cell.value
    shown = heat_cell_text(cell, group, gap, language) or numbers.DASH
    assert cell.occasion is not None
    tip = texts["cell_tip"].format(
        group=display_line(group.name),
        principle=title,
        current=numbers.value(cell.value),
        gap=numbers.signed(cell.gap, language),
        date=cell.occasion.date.isoformat(),
        number=cell.occasion.number,
    )
    workshop = cell.occasion.workshop_id if cell.occasion.in_source else fallback
    number = value if value is not None else 0
    return Item(shown, tip, heat_tint(value, gap), workshop, number)


def heatmap_rows(
    overview: Overview, gap: bool, texts: dict[str, str], language: str
) -> list[list[Item]]:
    rows = []
    for group in overview.groups:
        latest = group.latest_in_source
        count = len(group.occasions)
        row = [
            Item(
                display_line(group.name),
                group_label(group),
                None,
                latest.workshop_id if latest else None,
            ),
            Item(
                str(count),
                texts["occasion_tip" if count == 1 else "occasions_tip"].format(count=count),
                None,
                None,
                count,
            ),
        ]
        row += [
            heatmap_cell(group.cell(p.step_id), group, p.title, gap, texts, language)
            for p in overview.principles
        ]
        rows.append(row)
    return rows
