"""The queue of notes sent from the participants' phones, under the agenda: each with its
category and the step it was sent on, its text always shown as plain text (markup stays
text), and *Godkänn* (it becomes a note of that step) or *Ta bort*. Enter accepts the
chosen note and Delete removes it, so the queue is worked through from the keyboard.

Nothing here reaches the shared screen or the file: the window does that on accept."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.ui import theme

PREVIEW_CHARS = 140  # of a note in the list; the whole note shows below it
ID_ROLE = Qt.ItemDataRole.UserRole


@dataclass(frozen=True)
class NoteRow:
    id: str
    category: str  # "Idéer"
    step: str  # the step's title, or "" when the note came before any
    text: str


class NoteQueuePanel(QWidget):
    accept_requested = Signal(str)  # the note's id
    discard_requested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("phoneNotes")
        self.heading = QLabel(self)
        theme.scale_font(self.heading, 1.0, bold=True)
        self.empty = QLabel(self)
        self.empty.setWordWrap(True)
        self.empty.setProperty("role", "muted")
        self.list = QListWidget(self)
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        # Under the agenda, with the preview: the agenda must keep most of the column.
        self.list.setMaximumHeight(self.fontMetrics().lineSpacing() * 5)
        self.list.installEventFilter(self)
        # The whole of a long note, shown when the list has only its beginning; plain text:
        # a note's markup is never interpreted.
        self.full = QPlainTextEdit(self)
        self.full.setReadOnly(True)
        self.full.setMaximumHeight(self.fontMetrics().lineSpacing() * 4)
        self.full.setTabChangesFocus(True)
        self.accept_button = QPushButton(self)
        self.accept_button.setProperty("role", "primary")
        self.discard_button = QPushButton(self)
        self.accept_button.clicked.connect(lambda: self._request(accept=True))
        self.discard_button.clicked.connect(lambda: self._request(accept=False))
        self.list.currentItemChanged.connect(self._chosen)
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.discard_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, theme.SPACE.s, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.empty)
        layout.addWidget(self.list)
        layout.addWidget(self.full)
        layout.addLayout(buttons)
        self._rows: dict[str, NoteRow] = {}
        self.retranslate()
        self.set_notes(())

    def set_notes(self, rows: Sequence[NoteRow]) -> None:
        """Show ``rows`` in order, keeping the chosen one chosen while it is there."""
        chosen = self.current_id()
        self._rows = {row.id: row for row in rows}
        self.list.blockSignals(True)
        self.list.clear()
        for row in rows:
            where = f"{row.category} \u00b7 {row.step}" if row.step else row.category
            text = row.text if len(row.text) <= PREVIEW_CHARS else row.text[:PREVIEW_CHARS] + "…"
            item = QListWidgetItem(f"{where}\n{text}")  # an item's text is never rich text
            item.setData(ID_ROLE, row.id)
            self.list.addItem(item)
        self.list.blockSignals(False)
        ids = [row.id for row in rows]
        if ids:
            self.list.setCurrentRow(ids.index(chosen) if chosen in ids else 0)
        self._chosen()
        self.retranslate()

    def current_id(self) -> str | None:
        item = self.list.currentItem()
        return item.data(ID_ROLE) if item is not None else None

    def _chosen(self, *_: object) -> None:
        note_id = self.current_id()
        row = self._rows.get(note_id) if note_id else None
        self.full.setPlainText(row.text if row else "")
        for widget in (self.list, self.accept_button, self.discard_button):
            widget.setVisible(bool(self._rows))
        self.full.setVisible(row is not None and len(row.text) > PREVIEW_CHARS)
        self.empty.setVisible(not self._rows)

    def _request(self, *, accept: bool) -> None:
        note_id = self.current_id()
        if note_id is not None:
            (self.accept_requested if accept else self.discard_requested).emit(note_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        plain = (Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.KeypadModifier)
        if (
            watched is self.list
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.modifiers() in plain
        ):
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._request(accept=True)
                return True
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self._request(accept=False)
                return True
        return super().eventFilter(watched, event)

    def retranslate(self) -> None:
        count = len(self._rows)
        self.heading.setText(self.tr("Notes from the phones ({count})").format(count=count))
        self.list.setAccessibleName(self.tr("Notes from the phones, waiting"))
        self.full.setAccessibleName(self.tr("The chosen note in full"))
        self.empty.setText(self.tr("No notes from the phones yet."))
        self.accept_button.setText(self.tr("&Accept"))
        self.accept_button.setToolTip(self.tr("Add it to the step's notes (Enter)"))
        self.discard_button.setText(self.tr("&Remove"))
        self.discard_button.setToolTip(self.tr("Remove it without adding it (Delete)"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)
