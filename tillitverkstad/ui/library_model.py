"""The library's workshops as a table: one row per summary, worked out once, with each
row's place among its group's occasions; a search, and a filter by group.

An unreadable file is a row too, saying why it cannot be opened."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHeaderView,
    QTableView,
    QWidget,
)

from tillitverkstad.core.display import display_line
from tillitverkstad.core.groups import Group
from tillitverkstad.core.labels import WORKSHOP_STATUS
from tillitverkstad.operations.library import WorkshopSummary
from tillitverkstad.ui import theme

Index = QModelIndex | QPersistentModelIndex
GROUP, ORGANISATION, DATE, STATUS, OCCASION = range(5)


class WorkshopListModel(QAbstractTableModel):
    """The library's summaries as rows; an unreadable file is a row that says why."""

    def __init__(self, language: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._language = language
        self._rows: list[WorkshopSummary] = []
        self._by_id: dict[str, WorkshopSummary] = {}
        self._texts: list[tuple[str, ...]] = []  # what each row shows, worked out once
        self._places: dict[str, tuple[int, int]] = {}  # id -> (occasion number, of how many)
        self._warning: Any = None
        # Worked out once per language: PySide's tr() costs tens of microseconds a call,
        # and the view asks for headers and the rows' words by the thousand.
        self._headers = self._header_texts()

    def set_rows(self, rows: list[WorkshopSummary], groups: list[Group]) -> None:
        self.beginResetModel()
        self._rows = rows
        self._by_id = {row.id: row for row in rows if row.readable}
        self._places = {
            listed.id: (group.number_of(listed.id), group.length)
            for group in groups
            for listed in group.in_library
        }
        self._texts = self._all_texts()
        self.endResetModel()

    def _all_texts(self) -> list[tuple[str, ...]]:
        statuses = {  # the core's words, from Qt's copy of the one catalog
            status: QCoreApplication.translate("report", label).capitalize()
            for status, label in WORKSHOP_STATUS.items()
        }
        of = self.tr("{number} of {count}")  # "2 of 3": its place among the group's occasions
        return [self._display(s, statuses, of) for s in self._rows]

    def _header_texts(self) -> tuple[str, ...]:
        return (
            self.tr("Group"),
            self.tr("Organisation"),
            self.tr("Date"),
            self.tr("Status"),
            self.tr("Occasion"),
        )

    def summary(self, row: int) -> WorkshopSummary:
        return self._rows[row]

    def searchable(self, row: int) -> str:
        texts = self._texts[row]
        return f"{texts[GROUP]} {texts[ORGANISATION]}".casefold()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorted here in Python: the proxy's own sort asks data() ~10 times per row."""
        self.layoutAboutToBeChanged.emit()

        def key(pair: tuple[WorkshopSummary, tuple[str, ...]]) -> tuple[str, str, int, str]:
            row, texts = pair  # one day's occasions of a group in their order, not by name
            number = self._places.get(row.id, (0, 0))[0]
            return (texts[column].casefold(), texts[DATE], number, texts[GROUP])

        pairs = sorted(
            zip(self._rows, self._texts, strict=True),
            key=key,
            reverse=order == Qt.SortOrder.DescendingOrder,
        )
        self._rows = [row for row, _ in pairs]
        self._texts = [texts for _, texts in pairs]
        self.layoutChanged.emit()

    def row_of(self, workshop_id: str) -> int:
        return next((i for i, s in enumerate(self._rows) if s.id == workshop_id), -1)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 5

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return self._headers[section]

    def reason(self, summary: WorkshopSummary) -> str:
        return summary.reason(self._language())

    def _display(self, s: WorkshopSummary, statuses: dict[str, str], of: str) -> tuple[str, ...]:
        """What a row shows: names with their control characters made visible and bidi
        overrides removed, so a name can neither fake a second line nor reorder others."""
        if not s.readable:
            reason = self.reason(s)  # written to follow "cannot be read:", so capitalise
            reason = reason[:1].upper() + reason[1:]
            return (display_line(s.file_name), reason, "", self.tr("Unreadable"), "")
        status = statuses.get(s.status, s.status)
        group, organisation = display_line(s.group), display_line(s.organisation)
        number, count = self._places.get(s.id, (1, 1))
        return (group, organisation, s.date, status, of.format(number=number, count=count))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._texts[index.row()][index.column()]
        s = self._rows[index.row()]
        if role == Qt.ItemDataRole.UserRole:
            return s.id
        if s.readable:
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("This file cannot be opened: {reason}").format(reason=self.reason(s))
        if role == Qt.ItemDataRole.DecorationRole and index.column() == GROUP:
            if self._warning is None:
                from PySide6.QtWidgets import QStyle

                style = QApplication.style()
                self._warning = style.standardIcon(QStyle.StandardPixmap.SP_MessageBoxWarning)
            return self._warning
        return None

    def retranslate(self) -> None:
        self._headers = self._header_texts()
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, 4)
        if self._rows:
            self._texts = self._all_texts()
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 4))


class GroupChoices(QAbstractListModel):
    """The group filter's choices, (text, group id or None for all groups): set as one
    list, since a library of many groups would cost a combo box's addItem per group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._choices: list[tuple[str, str | None]] = []

    def set_groups(self, groups: list[Group]) -> None:
        """'All groups', then each group with its organisation and number of occasions."""
        one, many = self.tr("{group} (1 occasion)"), self.tr("{group} ({count} occasions)")
        choices: list[tuple[str, str | None]] = [(self.tr("All groups"), None)]
        for group in groups:
            name, organisation = display_line(group.name), display_line(group.organisation)
            name = f"{name} – {organisation}" if organisation else name
            count = len(group.occasions)
            choices.append(
                ((one if count == 1 else many).format(group=name, count=count), group.id)
            )
        self.beginResetModel()
        self._choices = choices
        self.endResetModel()

    def texts(self) -> list[str]:
        return [text for text, _ in self._choices]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._choices)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        text, group_id = self._choices[index.row()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return text
        if role == Qt.ItemDataRole.UserRole:
            return group_id
        return None


class WorkshopFilter(QSortFilterProxyModel):
    """Search by group or organisation (unreadable rows: by file name or reason), and
    show one group's occasions only."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._needle = ""
        self._group: str | None = None

    def _change(self, apply) -> None:
        if hasattr(self, "beginFilterChange"):  # Qt 6.10 deprecates invalidateRowsFilter
            self.beginFilterChange()
            apply()
            self.endFilterChange(QSortFilterProxyModel.Direction.Rows)
        else:
            apply()
            self.invalidateRowsFilter()

    def set_search(self, text: str) -> None:
        needle = " ".join(text.split()).casefold()
        if needle != self._needle:  # each change asks Python about every row again
            self._change(lambda: setattr(self, "_needle", needle))

    def set_group(self, group_id: str | None) -> None:
        if group_id != self._group:
            self._change(lambda: setattr(self, "_group", group_id))

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        assert isinstance(model, WorkshopListModel)
        if self._group is not None and model.summary(row).group_id != self._group:
            return False
        return not self._needle or self._needle in model.searchable(row)


def workshop_table(model: QSortFilterProxyModel) -> QTableView:
    """The library's list: whole rows, one at a time, sorted by clicking a column (newest
    date first, as the library lists), the organisation taking the room that is left."""
    table = QTableView()
    table.setModel(model)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.setWordWrap(False)
    table.setTabKeyNavigation(False)
    rows = table.verticalHeader()
    rows.hide()
    rows.setDefaultSectionSize(table.fontMetrics().height() + 2 * theme.SPACE.s)
    header = table.horizontalHeader()
    header.setSectionsClickable(True)
    header.setSortIndicatorShown(True)
    header.setSortIndicator(DATE, Qt.SortOrder.DescendingOrder)
    header.setStretchLastSection(False)
    header.setMinimumSectionSize(table.fontMetrics().horizontalAdvance("0000-00-00") + 16)
    header.setSectionResizeMode(ORGANISATION, QHeaderView.ResizeMode.Stretch)
    header.setResizeContentsPrecision(50)  # measure the first rows, not a thousand
    return table
