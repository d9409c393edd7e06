"""The start screen: the workshops in the library, and what can be done with them."""

from __future__ import annotations

import heapq
import itertools
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.display import display_line
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.groups import Group, group_of
from tillitverkstad.operations import library as ops
from tillitverkstad.operations.library import Library, WorkshopSummary
from tillitverkstad.ui import theme
from tillitverkstad.ui.errors import show_error
from tillitverkstad.ui.library_model import (
    DATE,
    GROUP,
    OCCASION,
    STATUS,
    GroupChoices,
    WorkshopFilter,
    WorkshopListModel,
    workshop_table,
)
from tillitverkstad.ui.welcome_page import WelcomePage
from tillitverkstad.ui.wheel_guard import guard_values
from tillitverkstad.ui.widgets.choice_box import names_box

if TYPE_CHECKING:  # imported on the first import: validation loads the content model
    from tillitverkstad.ui.import_flow import ImportFlow


WIDEST_AMONG = 40  # the group filter's choices measured for its width
GROUP_LETTERS = 24  # the most of a group's name the filter's field shows; the list shows it whole


class LibraryPage(QWidget):
    """Lists the workshops; opening and creating are asked of the window by signals."""

    open_requested = Signal(str)  # a workshop id
    new_requested = Signal()
    follow_up_requested = Signal(str, int)  # the group's latest occasion, the new one's number
    overview_requested = Signal()

    def __init__(
        self, library: Library, language: Callable[[], str], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._language = language
        self.model = WorkshopListModel(language, self)
        self.groups: list[Group] = []
        self.proxy = WorkshopFilter(self)
        self.proxy.setSourceModel(self.model)
        self._imports: ImportFlow | None = None
        self._build()
        self.retranslate()
        guard_values(self)

    # -- building ---------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        theme.scale_font(self.title, theme.TYPE.title, bold=True)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._search_changed)
        self.search.returnPressed.connect(self.open_selected)  # type, Enter: open the match
        self.group_label = QLabel()
        # A long group's name shortened in the field, whole in the list and the tooltip.
        self.group_filter = names_box(GROUP_LETTERS)
        self.group_choices = GroupChoices(self.group_filter)
        self.group_filter.setModel(self.group_choices)
        self.group_label.setBuddy(self.group_filter)
        self.group_filter.currentIndexChanged.connect(self._group_chosen)
        QShortcut(
            QKeySequence(Qt.Key.Key_Down),
            self.search,
            self.focus_list,
            context=Qt.ShortcutContext.WidgetShortcut,
        )
        self.table = workshop_table(self.proxy)
        self.table.horizontalHeader().sortIndicatorChanged.connect(self._sort)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.no_match = QLabel()
        self.no_match.setWordWrap(True)
        self.no_match.hide()

        self.new_button = QPushButton()
        self.open_button = QPushButton()
        self.follow_up_button = QPushButton()
        self.import_button = QPushButton()
        self.overview_button = QPushButton()
        self.overview_button.clicked.connect(self.overview_requested)
        self.delete_button = QPushButton()
        self.new_button.clicked.connect(self.new_requested)
        self.open_button.clicked.connect(self.open_selected)
        self.follow_up_button.clicked.connect(self.start_follow_up)
        self.import_button.clicked.connect(lambda: self.import_package())
        self.delete_button.clicked.connect(self.delete_selected)
        self.open_button.setDefault(True)

        self.new_button.setProperty("role", "primary")
        buttons = QHBoxLayout()
        buttons.setSpacing(theme.SPACE.s)
        for button in (self.open_button, self.follow_up_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.delete_button)

        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.setContentsMargins(0, 0, 0, 0)
        list_layout.setSpacing(theme.SPACE.m)
        search_row = QHBoxLayout()
        search_row.addWidget(self.search, 1)
        search_row.addWidget(self.group_label)
        search_row.addWidget(self.group_filter)
        list_layout.addLayout(search_row)
        list_layout.addWidget(self.no_match)
        list_layout.addWidget(self.table, 1)
        list_layout.addLayout(buttons)

        self.welcome_page = WelcomePage()
        self.empty_new_button = self.welcome_page.new_button
        self.empty_demo_button = self.welcome_page.demo_button
        self.empty_import_button = self.welcome_page.import_button
        self.empty_new_button.clicked.connect(self.new_requested)
        self.empty_demo_button.clicked.connect(self.create_demo)
        self.empty_import_button.clicked.connect(lambda: self.import_package())

        self.pages = QStackedWidget()
        self.pages.addWidget(list_page)
        self.pages.addWidget(self.welcome_page)
        header = QHBoxLayout()
        header.setSpacing(theme.SPACE.s)
        header.addWidget(self.title, 1)
        header.addWidget(self.overview_button)
        header.addWidget(self.import_button)
        header.addWidget(self.new_button)
        self.header = QWidget()
        self.header.setLayout(header)
        header.setContentsMargins(0, 0, 0, 0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE.xl, theme.SPACE.l, theme.SPACE.xl, theme.SPACE.l)
        layout.setSpacing(theme.SPACE.m)
        layout.addWidget(self.header)
        layout.addWidget(self.pages, 1)
        # Which folder this window reads and writes: a --data-dir run and the standard
        # folder look alike otherwise, and a workshop "gone" is most often elsewhere.
        self.folder_label = QLabel()
        self.folder_label.setProperty("role", "muted")
        self.folder_label.setTextFormat(Qt.TextFormat.PlainText)
        self.folder_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.folder_label)
        order = [  # as the page reads: the heading's buttons, the search, the list below
            self.overview_button,
            self.import_button,
            self.new_button,
            self.search,
            self.group_filter,
            self.table,
            self.open_button,
            self.follow_up_button,
            self.delete_button,
            self.empty_new_button,
            self.empty_demo_button,
            self.empty_import_button,
        ]
        for first, second in itertools.pairwise(order):
            QWidget.setTabOrder(first, second)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Workshops"))
        self.search.setPlaceholderText(self.tr("Search group or organisation"))
        self.search.setAccessibleName(self.tr("Search group or organisation"))
        self.table.setAccessibleName(self.tr("Workshops"))
        self.group_label.setText(self.tr("&Group:"))
        self.group_filter.setAccessibleName(self.tr("Show the occasions of one group"))
        for button, text, accessible in (
            (self.new_button, self.tr("&New workshop…"), self.tr("New workshop")),
            (self.open_button, self.tr("&Open"), self.tr("Open the selected workshop")),
            (
                self.follow_up_button,
                self.tr("Start follow-&up"),
                self.tr("Start follow-up of the selected workshop"),
            ),
            (self.import_button, self.tr("&Import data package…"), self.tr("Import data package")),
            (
                self.overview_button,
                self.tr("O&verview"),
                self.tr("Overview across groups and over time"),
            ),
            (self.delete_button, self.tr("&Delete…"), self.tr("Delete the selected workshop")),
        ):
            button.setText(text)
            button.setAccessibleName(accessible)
        self._show_folder()
        self.model.retranslate()
        self._fill_groups()
        self._search_changed(self.search.text())

    def _show_folder(self) -> None:
        self.folder_label.setText(
            self.tr("Data folder: {folder}").format(folder=self.library.data_dir)
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- state ------------------------------------------------------------------

    def set_library(self, library: Library) -> None:
        self.library = library
        self._imports = None  # it imports into the library it was made with
        self._show_folder()
        self.refresh()

    def refresh(self, select_id: str | None = None) -> None:
        """Re-read the library (cheap: it keeps an index), keeping or moving the selection."""
        selected = self.selected()
        current = select_id or (selected.id if selected else None)
        try:
            rows = ops.list_workshops(self.library)
        except OSError:  # an unreachable folder lists as empty; opening it will explain
            rows = []
        self.groups = ops.list_groups(self.library, rows)
        self.model.set_rows(rows, self.groups)
        self._fill_groups()
        header = self.table.horizontalHeader()
        if (header.sortIndicatorSection(), header.sortIndicatorOrder()) != (
            DATE,
            Qt.SortOrder.DescendingOrder,
        ):
            self.model.sort(header.sortIndicatorSection(), header.sortIndicatorOrder())
        self._fit_columns()
        self.pages.setCurrentIndex(0 if rows else 1)
        self.header.setVisible(bool(rows))  # the welcome page has its own heading and ways in
        self._search_changed(self.search.text())
        self.select(current)

    def _sort(self, column: int, order: Qt.SortOrder) -> None:
        chosen = self.selected()
        self.model.sort(column, order)
        self.select(chosen.id if chosen else None)

    def _fit_columns(self) -> None:
        """Group and follow-up as wide as their text, within reason; organisation gets the rest."""
        limit = self.fontMetrics().averageCharWidth() * 56
        for column in (GROUP, DATE, STATUS, OCCASION):
            self.table.resizeColumnToContents(column)
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), limit))

    def select(self, workshop_id: str | None) -> None:
        row = self.model.row_of(workshop_id) if workshop_id else -1
        index = self.proxy.mapFromSource(self.model.index(row, 0)) if row >= 0 else QModelIndex()
        if row >= 0 and not index.isValid():
            # The workshop just made or closed must not hide behind a search or a group.
            self.search.clear()
            self.group_filter.setCurrentIndex(0)
            index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.table.selectRow(index.row())
            self.table.scrollTo(index)
        self._update_buttons()

    def selected(self) -> WorkshopSummary | None:
        rows = self.table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.model.summary(self.proxy.mapToSource(rows[0]).row())

    def focus_list(self) -> None:
        if self.pages.currentIndex() == 0:
            self.table.setFocus(Qt.FocusReason.OtherFocusReason)
        else:
            self.empty_new_button.setFocus(Qt.FocusReason.OtherFocusReason)

    def _fill_groups(self) -> None:
        """'All groups', then each group with its number of occasions; keeps the choice."""
        chosen = self.group_filter.currentData()
        self.group_filter.blockSignals(True)
        self.group_choices.set_groups(self.groups)
        # Qt sizes this policy in widths of "X"; the widest choice decides how many. It is
        # looked for among the longest by characters: measuring a thousand names would
        # cost the start more than the rest of the list.
        metrics = self.group_filter.fontMetrics()
        longest = heapq.nlargest(WIDEST_AMONG, self.group_choices.texts(), key=len)
        widest = max(metrics.horizontalAdvance(text) for text in longest)
        letters = -(-widest // metrics.horizontalAdvance("X"))
        self.group_filter.setMinimumContentsLength(min(letters, GROUP_LETTERS))
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(chosen)))
        self.group_filter.blockSignals(False)
        self.group_filter.setToolTip(self.group_filter.currentText())
        self.proxy.set_group(self.group_filter.currentData())

    def show_group(self, group_id: str | None) -> None:
        self.group_filter.setCurrentIndex(max(0, self.group_filter.findData(group_id)))

    def _group_chosen(self) -> None:
        """One group: its occasions in order, the baseline first; all: the newest first."""
        group_id = self.group_filter.currentData()
        self.proxy.set_group(group_id)
        order = Qt.SortOrder.AscendingOrder if group_id else Qt.SortOrder.DescendingOrder
        self.table.horizontalHeader().setSortIndicator(DATE, order)
        self._search_changed(self.search.text())

    def _search_changed(self, text: str) -> None:
        self.proxy.set_search(text)
        empty = bool(text.strip()) and self.proxy.rowCount() == 0
        self.no_match.setText(
            self.tr("No workshop matches \u201c{text}\u201d.").format(text=text.strip())
        )
        self.no_match.setVisible(empty)
        if not self.selected():
            self.select(None)
        self._update_buttons()

    def _update_buttons(self, *_: Any) -> None:
        summary = self.selected()
        self.open_button.setEnabled(summary is not None)
        self.follow_up_button.setEnabled(summary is not None and summary.readable)
        self.delete_button.setEnabled(summary is not None)

    def _error(self, exc: BaseException) -> None:
        show_error(self, exc, self._language())

    # -- actions ----------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        self.open_selected()

    def open_selected(self) -> None:
        summary = self.selected()
        if summary is None:
            return
        if not summary.readable:
            from PySide6.QtWidgets import QMessageBox  # when first asked: not at start-up

            message = self.tr("This file cannot be opened: {reason}").format(
                reason=self.model.reason(summary)
            )
            QMessageBox.information(self, self.tr("Unreadable file"), message)
            return
        self.open_requested.emit(summary.id)

    def delete_selected(self) -> bool:
        from PySide6.QtWidgets import QMessageBox  # when first asked: not at start-up

        summary = self.selected()
        if summary is None:
            return False
        name = display_line(summary.group if summary.readable else summary.file_name)
        answer = QMessageBox.question(
            self,
            self.tr("Delete workshop"),
            self.tr(
                "Delete \u201c{name}\u201d {date} for good? The file and everything in it "
                "(notes, votes, names) is removed and cannot be restored."
            ).format(name=name, date=summary.date),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        try:
            ops.delete_row(self.library, summary)  # exactly this row's file, not its id's
        except TillitError as exc:
            self._error(exc)
            return False
        self.refresh()
        return True

    def start_follow_up(self) -> str | None:
        """Ask for the follow-up dialog of the selected workshop's group: a follow-up
        continues from the group's latest occasion. Returns that occasion's id."""
        summary = self.selected()
        if summary is None or not summary.readable:
            return None
        group = group_of(self.groups, summary.id)
        latest = group.latest if group else summary
        number = group.next_number if group else summary.number + 1
        self.follow_up_requested.emit(latest.id, number)
        return latest.id

    def create_demo(self) -> str | None:
        try:
            ws = ops.create_demo(self.library, self._language())
        except TillitError as exc:
            self._error(exc)
            return None
        self.refresh(ws.id)
        self.open_requested.emit(ws.id)
        return ws.id

    def import_package(self, path: Path | None = None) -> str | None:
        """Import a JSON data package (asking for the file when ``path`` is None)."""
        if path is None:
            from PySide6.QtWidgets import QFileDialog

            name, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Import data package"),
                str(Path.home()),
                self.tr("Tillitverkstad data package (*.json);;All files (*)"),
            )
            if not name:
                return None
            path = Path(name)
        if self._imports is None:
            from tillitverkstad.ui.import_flow import ImportFlow

            self._imports = ImportFlow(self, self.library, self._language, self.refresh)
        return self._imports.start(path)
