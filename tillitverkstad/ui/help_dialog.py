"""The keyboard shortcut list (F1), built from the window's own actions so it never drifts."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)


def shortcut_rows(actions: Iterable[QAction]) -> list[tuple[str, str]]:
    """(what it does, keys) for every action that has a shortcut, in menu order."""
    rows = []
    for action in actions:
        keys = [k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts()]
        if keys:
            rows.append((action.text().replace("&", "").rstrip("…."), "  /  ".join(keys)))
    return rows


def _keys(*sequences: str) -> str:
    return "  /  ".join(
        QKeySequence(keys).toString(QKeySequence.SequenceFormat.NativeText) for keys in sequences
    )


class HelpDialog(QDialog):
    """Every command that has keys (from the window's own actions, so it never drifts),
    then the keys that work inside a list or a field."""

    def __init__(self, actions: Iterable[QAction], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        intro = QLabel(
            self.tr(
                "Everything in Tillitverkstad can be done with the keyboard. These shortcuts "
                "work everywhere in the window; the menus open with Alt and their underlined "
                "letter:"
            )
        )
        intro.setWordWrap(True)
        self.table = self._table(shortcut_rows(actions), self.tr("Keyboard shortcuts"))
        inside = QLabel(self.tr("In lists, fields and dialogs:"))
        self.inside_table = self._table(self.inside_rows(), self.tr("Keys in lists and fields"))
        for label, table in ((intro, self.table), (inside, self.inside_table)):
            label.setBuddy(table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 3)
        layout.addWidget(inside)
        layout.addWidget(self.inside_table, 2)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._size_to_text()

    def _size_to_text(self) -> None:
        """Room for the commands at any text size, within the screen (rows wrap beyond)."""
        metrics = self.fontMetrics()
        width, height = metrics.averageCharWidth() * 84, metrics.lineSpacing() * 40
        screen = self.screen().availableGeometry() if self.screen() else None
        if screen is not None:
            width = min(width, int(screen.width() * 0.9))
            height = min(height, int(screen.height() * 0.85))
        self.resize(width, height)

    def inside_rows(self) -> list[tuple[str, str]]:
        """The keys the lists and fields answer to themselves (not commands of the window)."""
        return [
            (self.tr("Next or previous field"), _keys("Tab", "Shift+Tab")),
            (self.tr("Open the chosen workshop, or go to the chosen step"), _keys("Return")),
            (self.tr("From the search to the list of workshops"), _keys("Down")),
            (self.tr("Add the typed note"), _keys("Return")),
            (self.tr("Edit the chosen note or action"), _keys("F2")),
            (self.tr("Delete the chosen note or action"), _keys("Del")),
            (self.tr("Move the chosen note up or down"), _keys("Alt+Up", "Alt+Down")),
            (self.tr("One vote more or less in a vote cell"), _keys("+", "-")),
            (self.tr("Open a list of choices"), _keys("Alt+Down")),
            (self.tr("Close a dialog without changing anything"), _keys("Esc")),
            (self.tr("The shared screen: leave full screen"), _keys("Esc")),
        ]

    def _table(self, rows: list[tuple[str, str]], name: str) -> QTableWidget:
        table = QTableWidget(len(rows), 2)
        table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        table.setAccessibleName(name)
        table.verticalHeader().hide()
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setAlternatingRowColors(True)
        table.setTabKeyNavigation(False)  # Tab leaves the table, as everywhere else
        table.setWordWrap(True)  # at a large text size a command takes two lines
        table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for row, (what, keys) in enumerate(rows):
            table.setItem(row, 0, QTableWidgetItem(what))
            table.setItem(row, 1, QTableWidgetItem(keys))
        header = table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        return table

    def rows(self) -> list[tuple[str, str]]:
        """The commands' rows: what, and its keys."""
        return self._rows(self.table)

    def inside(self) -> list[tuple[str, str]]:
        """The rows of the keys in lists and fields."""
        return self._rows(self.inside_table)

    def _rows(self, table: QTableWidget) -> list[tuple[str, str]]:
        return [(self._text(table, r, 0), self._text(table, r, 1)) for r in range(table.rowCount())]

    @staticmethod
    def _text(table: QTableWidget, row: int, column: int) -> str:
        item = table.item(row, column)
        return item.text() if item is not None else ""
