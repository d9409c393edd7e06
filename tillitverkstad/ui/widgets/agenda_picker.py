"""Choose and order the steps between the intro and the summary: every principle and
optional step with a tick box, moved with buttons (or dragged). Used by the new-workshop
and the follow-up dialogs."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.content_model import Content


class AgendaPicker(QWidget):
    changed = Signal()  # a step was ticked, unticked or moved

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.list = QListWidget(self)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.itemChanged.connect(self.changed)
        self.list.model().rowsMoved.connect(self.changed)
        self.list.setMinimumHeight(self.fontMetrics().lineSpacing() * 7)
        self.move_up, self.move_down = QPushButton(self), QPushButton(self)
        self.move_up.clicked.connect(lambda: self._move(-1))
        self.move_down.clicked.connect(lambda: self._move(+1))
        moves = QVBoxLayout()  # the buttons together beside the top of the list
        moves.addWidget(self.move_up)
        moves.addWidget(self.move_down)
        moves.addStretch(1)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list, 1)
        layout.addLayout(moves)
        self.retranslate()

    def retranslate(self) -> None:
        self.list.setAccessibleName(self.tr("Principles and steps to include, in order"))
        self.move_up.setText(self.tr("Move &up"))
        self.move_up.setAccessibleDescription(self.tr("Move the selected step up"))
        self.move_down.setText(self.tr("Move do&wn"))
        self.move_down.setAccessibleDescription(self.tr("Move the selected step down"))

    def fill(self, content: Content, chosen: Iterable[str] | None = None) -> None:
        """List the content's principles and optional steps. ``chosen`` (in order) are
        ticked and come first; without it the list keeps what was ticked and its order
        (e.g. after the content language changed), or starts with the seven ticked."""
        titles = {p.id: p.name for p in content.principles}
        titles |= {s.id: s.title for s in content.optional_steps}
        if chosen is not None:
            picked = [s for s in chosen if s in titles]
            rows = [(s, True) for s in picked] + [(s, False) for s in titles if s not in picked]
        else:
            rows = [(step, ticked) for step, ticked in self._rows() if step in titles]
            if not rows:
                core = {p.id for p in content.core_principles()}
                rows = [(step, step in core) for step in titles]
        self.list.blockSignals(True)
        self.list.clear()
        for step_id, ticked in rows:
            item = QListWidgetItem(titles.get(step_id, step_id))
            item.setData(Qt.ItemDataRole.UserRole, step_id)
            item.setFlags(
                Qt.ItemFlag.ItemIsEnabled
                | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsUserCheckable
                | Qt.ItemFlag.ItemIsDragEnabled
            )
            item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(0)

    def _rows(self) -> list[tuple[str, bool]]:
        return [
            (
                self.list.item(i).data(Qt.ItemDataRole.UserRole),
                self.list.item(i).checkState() == Qt.CheckState.Checked,
            )
            for i in range(self.list.count())
        ]

    def steps(self) -> list[str]:
        """The ticked steps, in their order."""
        return [step for step, ticked in self._rows() if ticked]

    def _move(self, offset: int) -> None:
        row = self.list.currentRow()
        target = row + offset
        if row < 0 or not 0 <= target < self.list.count():
            return
        item = self.list.takeItem(row)
        self.list.insertItem(target, item)
        self.list.setCurrentRow(target)
        self.changed.emit()
