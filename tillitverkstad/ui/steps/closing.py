"""The closing round: one reflection per person ("vad tar du med dig?")."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.errors import TillitError
from tillitverkstad.ui.drafts import draft_text
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.steps.base import StepPage
from tillitverkstad.ui.steps.parts import (
    FreeNotes,
    PrivateNotes,
    QuestionsBox,
    column,
    scrolling,
    text_label,
)
from tillitverkstad.ui.widgets.card import Card
from tillitverkstad.ui.widgets.long_text import LongTextDelegate, long_line_edit
from tillitverkstad.ui.widgets.message_slot import MessageSlot


class _Reflections(QListWidget):
    def __init__(self, page: ClosingStep) -> None:
        super().__init__(page)
        self.page = page

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.page.delete_selected()
        else:
            super().keyPressEvent(event)


class ClosingStep(StepPage):
    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(session, step_id, language, parent)
        fixed = session.content.fixed_step(step_id)
        body, layout = column()
        layout.addWidget(text_label(body, fixed.text, 1.1))
        self.questions = QuestionsBox(session, step_id, fixed.questions, body)
        self.questions.question_changed.connect(self._emit_question)
        layout.addWidget(self.questions)
        group = Card(self.tr("Reflections"), body)
        inner = group.body
        self.list = _Reflections(self)
        self.list.setParent(group)
        self.list.setAccessibleName(self.tr("Reflections"))
        self.list.setWordWrap(True)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setItemDelegate(LongTextDelegate(self.list))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap when the width changes
        self.entry = long_line_edit(group)
        self.entry.setPlaceholderText(self.tr("Type what someone takes with them and press Enter"))
        self.entry.setAccessibleName(self.tr("New reflection"))
        self.message = MessageSlot(group)
        for widget in (self.list, self.entry, self.message):
            inner.addWidget(widget)
        layout.addWidget(group)
        self.free_notes = FreeNotes(session, step_id, body)
        self.private_notes = PrivateNotes(session, step_id, body)
        layout.addWidget(self.free_notes)
        layout.addWidget(self.private_notes)
        layout.addStretch(1)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(scrolling(body, session.title(step_id)))
        self.entry.returnPressed.connect(self._add)
        self.list.itemChanged.connect(self._edited)
        self.refresh()

    def reflections(self) -> list[str]:
        return [self.list.item(row).text() for row in range(self.list.count())]

    def refresh(self) -> None:
        self.questions.refresh()
        self.free_notes.refresh()
        self.private_notes.refresh()
        stored = self.session.workshop.record(self.step_id).reflections
        if stored == self.reflections():
            return
        self.list.blockSignals(True)
        if len(stored) == self.list.count():
            for row, text in enumerate(stored):
                self.list.item(row).setText(text)
        else:
            self.list.clear()
            for text in stored:
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                self.list.addItem(item)
        self.list.blockSignals(False)

    def _show(self, error: TillitError | None) -> None:
        self.message.set_text(error.message(self.language) if error is not None else "")

    def _add(self) -> bool:
        try:
            self.session.add_reflection(self.step_id, self.entry.text())
        except TillitError as error:
            self._show(error)
            return False
        self._show(None)
        self.entry.setText("")  # also empties the field's undo: Ctrl+Z undoes the reflection
        self.refresh()
        return True

    def commit_drafts(self) -> int:
        return int(bool(self.entry.text().strip()) and self._add())

    def drafts(self) -> list[str]:
        text = self.entry.text()
        return [draft_text(self.tr("Reflections"), text)] if text.strip() else []

    def _edited(self, item: QListWidgetItem) -> None:
        row = self.list.row(item)
        if self.session.workshop.record(self.step_id).reflections[row] == item.text():
            return
        try:
            self.session.edit_reflection(self.step_id, row, item.text())
        except TillitError as error:
            self._show(error)
            self.refresh()
            return
        self._show(None)

    def delete_selected(self) -> None:
        row = self.list.currentRow()
        if row < 0:
            return
        try:
            self.session.delete_reflection(self.step_id, row)
        except TillitError as error:  # e.g. the workshop is finished
            self._show(error)
            return
        self.refresh()
        self.list.setCurrentRow(min(row, self.list.count() - 1))

    def focus_note_entry(self) -> bool:
        self.entry.setFocus()
        return True
