"""The notes of one category ("Så gör vi i dag", "Hinder", "Idéer") as an editable list.

Type and press Enter to add; double-click or F2 to edit; Del to delete; Alt+Up/Down to
reorder. Every change goes through the session, so it is saved and can be undone.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.ui import theme
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.widgets.long_text import LongTextDelegate, long_line_edit
from tillitverkstad.ui.widgets.message_slot import MessageSlot

NOTE_ID = Qt.ItemDataRole.UserRole


class _NoteListWidget(QListWidget):
    delete_requested = Signal()
    move_requested = Signal(int)
    typed = Signal(QKeyEvent)  # printable text typed at the list: it belongs in the input

    def keyPressEvent(self, event: QKeyEvent) -> None:
        alt = event.modifiers() & Qt.KeyboardModifier.AltModifier
        plain = not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier
        if plain and event.text().isprintable() and event.text().strip():
            self.typed.emit(event)  # not a keyboard search that eats the words
        elif event.key() == Qt.Key.Key_Delete and self.state() != self.State.EditingState:
            self.delete_requested.emit()
        elif alt and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self.move_requested.emit(-1 if event.key() == Qt.Key.Key_Up else 1)
        else:
            super().keyPressEvent(event)


class NotesList(QWidget):
    def __init__(
        self,
        session: WorkshopSession,
        step_id: str,
        category: NoteCategory,
        label: str,
        hint: str,
        language: str,
        parent: QWidget | None = None,
        message: MessageSlot | None = None,
    ) -> None:
        """``message``: where to say what is wrong (shared by a row of lists)."""
        super().__init__(parent)
        self.session, self.step_id, self.category = session, step_id, category
        self.language, self.label = language, label
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel(label, self)
        self.title.setToolTip(hint)
        theme.scale_font(self.title, 1.05, bold=True)
        # Made before the list: the focus chain follows creation, and the input is read first.
        self.entry = long_line_edit(self)
        self.entry.setPlaceholderText(self.tr("Type and press Enter"))
        self.entry.setAccessibleName(self.tr("New note: {category}").format(category=label))
        self.entry.setToolTip(hint)
        self.list = _NoteListWidget(self)
        self.list.setAccessibleName(self.tr("Notes: {category}").format(category=label))
        self.list.setAccessibleDescription(
            self.tr("F2 edits, Delete removes, Alt+Up and Alt+Down move a note.")
        )
        self.list.setWordWrap(True)
        self.list.setAlternatingRowColors(True)
        self.list.setSpacing(2)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setMinimumHeight(90)
        self.list.setItemDelegate(LongTextDelegate(self.list))
        self.list.setResizeMode(QListWidget.ResizeMode.Adjust)  # re-wrap when the width changes
        self.title.setBuddy(self.entry)
        self.message = message or MessageSlot(self)
        # The input right under the title, where the eye looks for it; the notes below.
        for widget in (self.title, self.entry, self.list):
            layout.addWidget(widget)
        if message is None:
            layout.addWidget(self.message)
        self.entry.returnPressed.connect(self._add)
        self.list.itemChanged.connect(self._edited)
        self.list.delete_requested.connect(self._delete)
        self.list.move_requested.connect(self._move)
        self.list.typed.connect(self._type_in_entry)
        self.refresh()

    def _type_in_entry(self, event: QKeyEvent) -> None:
        self.entry.setFocus(Qt.FocusReason.OtherFocusReason)
        self.entry.end(False)
        self.entry.insert(event.text())

    # -- reading ----------------------------------------------------------------

    def notes(self) -> list[tuple[str, str]]:
        """(id, text) of the notes as the list shows them."""
        items = (self.list.item(row) for row in range(self.list.count()))
        return [(item.data(NOTE_ID), item.text()) for item in items]

    def _stored(self) -> list[tuple[str, str]]:
        record = self.session.workshop.record(self.step_id)
        return [(n.id, n.text) for n in record.notes_in(self.category)]

    def refresh(self) -> None:
        stored = self._stored()
        if stored == self.notes():
            return
        current = self.list.currentItem()
        keep = current.data(NOTE_ID) if current is not None else None
        self.list.blockSignals(True)
        try:
            if len(stored) == self.list.count():  # edited in place: keep items (and editors)
                for row, (note_id, text) in enumerate(stored):
                    item = self.list.item(row)
                    item.setData(NOTE_ID, note_id)
                    item.setText(text)
            else:
                self.list.clear()
                for note_id, text in stored:
                    item = QListWidgetItem(text)
                    item.setData(NOTE_ID, note_id)
                    item.setFlags(item.flags() | Qt.ItemFlag.ItemIsEditable)
                    self.list.addItem(item)
        finally:
            self.list.blockSignals(False)
        self._select(keep)

    def _select(self, note_id: str | None) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(NOTE_ID) == note_id:
                self.list.setCurrentRow(row)
                return

    # -- editing ----------------------------------------------------------------

    def _show(self, error: TillitError | None) -> None:
        text = f"{self.label}: {error.message(self.language)}" if error is not None else ""
        if error is not None or self.message.text().startswith(f"{self.label}: "):
            self.message.set_text(text)  # another list's message stays until it is dealt with

    def _add(self) -> bool:
        try:
            note = self.session.add_note(self.step_id, self.category, self.entry.text())
        except TillitError as error:
            self._show(error)
            return False
        self._show(None)
        # setText, not clear(): it also empties the field's own undo, so the next Ctrl+Z
        # undoes the note rather than bringing its text back into the field.
        self.entry.setText("")
        self.refresh()
        self._select(note.id)
        self.list.scrollToItem(self.list.currentItem())
        return True

    @property
    def has_draft(self) -> bool:
        return bool(self.entry.text().strip())

    def commit_draft(self) -> bool:
        """Add the text left in the entry as a note (when the step is left)."""
        return self.has_draft and self._add()

    def _edited(self, item: QListWidgetItem) -> None:
        if (item.data(NOTE_ID), item.text()) in self._stored():
            return
        try:
            self.session.edit_note(self.step_id, item.data(NOTE_ID), item.text())
        except TillitError as error:
            self._show(error)
            self.refresh()  # puts the stored text back
            return
        self._show(None)

    def _delete(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        row = self.list.currentRow()
        try:
            self.session.delete_note(self.step_id, item.data(NOTE_ID))
        except TillitError as error:
            self._show(error)
            return
        self.refresh()
        self.list.setCurrentRow(min(row, self.list.count() - 1))

    def _move(self, offset: int) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        note_id = item.data(NOTE_ID)
        self.session.move_note(self.step_id, note_id, offset)
        self.refresh()
        self._select(note_id)
