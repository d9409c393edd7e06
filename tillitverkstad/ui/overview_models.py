"""The Översikt page's tables as models: rows of text worked out from the core's
overview, each cell with its tooltip, a background where the value is shown as a tint
(always with the value written in it), and the workshop a click opens.

A row's text is made when the row is first shown, not when the table is filled: over HR's
10 000 packages the examples alone are a hundred thousand rows, and making them all at
once held the window for seconds."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, cast

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from tillitverkstad.core import numbers
from tillitverkstad.core.display import display_line
from tillitverkstad.core.labels import heat_tint
from tillitverkstad.core.overview import Cell, GroupOverview, Overview
from tillitverkstad.core.overview_text import heat_cell_text

Index = QModelIndex | QPersistentModelIndex
WORKSHOP_ROLE: int = Qt.ItemDataRole.UserRole + 1  # the workshop id a cell leads to
INK = "#1A1D23"
_Role = Qt.ItemDataRole
_TEXT_ROLES = frozenset({_Role.DisplayRole.value, _Role.AccessibleTextRole.value})
_TIP_ROLES = frozenset({_Role.ToolTipRole.value, _Role.AccessibleDescriptionRole.value})
_BACKGROUND = _Role.BackgroundRole.value
_FOREGROUND, _ALIGNMENT = _Role.ForegroundRole.value, _Role.TextAlignmentRole.value
_WORKSHOP = WORKSHOP_ROLE
_ROLES = _TEXT_ROLES | _TIP_ROLES | {_BACKGROUND, _FOREGROUND, _ALIGNMENT, _WORKSHOP}


@dataclass(frozen=True)
class Item:
    text: str
    tooltip: str = ""
    tint: str | None = None
    workshop_id: str | None = None
    number: float | None = None  # the number the cell shows: centred in its column


Row = Sequence[Item]


def _as_items(row: Any) -> Row:
    return cast(Row, row)


class RowsModel(QAbstractTableModel):
    """A read-only table under the given headers: one source per row, made into its
    :class:`Item` cells by ``make`` when the row is first asked for."""

    KEPT_ROWS = 512  # rows kept made: a screenful many times over

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers: list[str] = []
        self._sources: Sequence[Any] = ()
        self._make: Callable[[Any], Row] = _as_items
        self._made: dict[int, Row] = {}

    def set_rows(
        self,
        headers: Sequence[str],
        rows: Sequence[Any],
        make: Callable[[Any], Row] = _as_items,
    ) -> None:
        """``rows``: each row's source (its cells themselves without ``make``)."""
        self.beginResetModel()
        self._headers = list(headers)
        self._sources, self._make, self._made = rows, make, {}
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._sources)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._headers)

    def item(self, row: int, column: int) -> Item:
        made = self._made.get(row)
        if made is None:
            if len(self._made) >= self.KEPT_ROWS:
                self._made.clear()
            made = self._made[row] = self._make(self._sources[row])
        return made[column]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        # A view asks a dozen roles of every cell it paints: the ones not kept here are
        # answered before anything is looked up.
        if role not in _ROLES or not index.isValid():
            return None
        item = self.item(index.row(), index.column())
        if role in _TEXT_ROLES:
            return item.text
        if role in _TIP_ROLES:
            return item.tooltip or None  # whose value it is, for a screen reader too
        if role == _BACKGROUND and item.tint:
            return QColor(item.tint)
        if role == _FOREGROUND and item.tint:
            return QColor(INK)  # on a light tint whatever the colour scheme
        if role == _WORKSHOP:
            return item.workshop_id
        if role == _ALIGNMENT and item.number is not None:
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


def heatmap_row(
    group: GroupOverview, overview: Overview, gap: bool, texts: dict[str, str], language: str
) -> list[Item]:
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
    return row
