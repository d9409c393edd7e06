"""A combo box whose choices may be many (the overview's 10 000 groups), filled in one step.

Adding items one by one costs a call into Qt each, and a combo that sizes itself to its
contents measures every item's text after each change: over 10 000 groups that held the
window for some 50 ms a combo. Here the choices are one list behind a model, set with one
reset, and the combo is as wide as its longest text in characters (counted in Python),
within bounds."""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import Any

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QComboBox

Choice = tuple[str, Hashable]  # the text shown, the data (``currentData()``)
NARROWEST, WIDEST = 14, 48  # the combo's width in characters

_TEXT = frozenset({Qt.ItemDataRole.DisplayRole.value, Qt.ItemDataRole.AccessibleTextRole.value})
_DATA = Qt.ItemDataRole.UserRole.value


class ChoicesModel(QAbstractListModel):
    def __init__(self, parent: QComboBox) -> None:
        super().__init__(parent)
        self._choices: list[Choice] = []
        self._rows: dict[Hashable, int] = {}

    def set_choices(self, choices: Sequence[Choice]) -> None:
        self.beginResetModel()
        self._choices = list(choices)
        self._rows = {}
        for row, (_, data) in enumerate(self._choices):
            self._rows.setdefault(data, row)
        self.endResetModel()

    def row_of(self, data: Hashable) -> int:
        """The first row holding ``data``; -1 without one."""
        return self._rows.get(data, -1)

    def longest(self) -> int:
        return max((len(text) for text, _ in self._choices), default=0)

    def rowCount(
        self,
        parent: QModelIndex | QPersistentModelIndex = QModelIndex(),  # noqa: B008 - Qt's
    ) -> int:
        return 0 if parent.isValid() else len(self._choices)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid():
            return None
        text, data = self._choices[index.row()]
        if role in _TEXT:
            return text
        if role == _DATA:
            return data
        return None


def set_choices(combo: QComboBox, choices: Sequence[Choice]) -> None:
    """Make ``choices`` the combo's, keeping what was chosen where it is still there (the
    first choice otherwise), without a signal that the choice changed."""
    model = combo.model()
    if not isinstance(model, ChoicesModel):
        model = ChoicesModel(combo)
        combo.setModel(model)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    chosen = combo.currentData()
    blocked = combo.blockSignals(True)
    try:
        model.set_choices(choices)
        combo.setMinimumContentsLength(max(NARROWEST, min(WIDEST, model.longest())))
        combo.setCurrentIndex(max(0, model.row_of(chosen)) if choices else -1)
    finally:
        combo.blockSignals(blocked)


def choose(combo: QComboBox, data: Hashable) -> None:
    """Choose the choice holding ``data`` (the first without one), as a user would."""
    model = combo.model()
    row = model.row_of(data) if isinstance(model, ChoicesModel) else combo.findData(data)
    combo.setCurrentIndex(max(0, row))
