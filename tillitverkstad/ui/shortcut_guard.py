"""Keeps the window's presenting and navigating shortcuts working wherever the cursor is.

A text field claims some keys before any shortcut sees them (on Linux a QLineEdit takes
Ctrl+E for "end of line"), and claims Ctrl+Z even when it has nothing to undo. In front
of a group the facilitator must be able to blank the screen or move on mid-sentence, so:

* an action marked :data:`FOCUS_PROOF` keeps its shortcuts that carry a modifier or are a
  function key; plain letters (B, W) stay with the field, so typing is never hijacked;
* undo and redo go to the field while it has something to undo or redo, and to the
  window's undo (the last note, vote, ...) once it has not: right after a note was added
  its now empty input hands Ctrl+Z to the workshop.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QAbstractSpinBox, QComboBox, QLineEdit, QPlainTextEdit, QTextEdit

FOCUS_PROOF = "tillitFocusProof"  # dynamic property on a QAction
_MODIFIERS = (
    Qt.KeyboardModifier.ControlModifier
    | Qt.KeyboardModifier.AltModifier
    | Qt.KeyboardModifier.MetaModifier
)


def mark_focus_proof(*actions: QAction) -> None:
    for action in actions:
        action.setProperty(FOCUS_PROOF, True)


def survives_text_fields(key: QKeySequence) -> bool:
    """A shortcut a text field has no business typing: with a modifier, or F1-F35."""
    if key.isEmpty():
        return False
    combination = key[0]
    return bool(combination.keyboardModifiers() & _MODIFIERS) or (
        Qt.Key.Key_F1.value <= combination.key().value <= Qt.Key.Key_F35.value
    )


def focus_proof_keys(actions: Iterable[QAction]) -> list[QKeySequence]:
    return [
        key
        for action in actions
        if action.property(FOCUS_PROOF) and action.isEnabled()
        for key in action.shortcuts()
        if survives_text_fields(key)
    ]


def _editor_of(widget: QObject) -> QLineEdit | QPlainTextEdit | QTextEdit | None:
    if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit):
        return widget
    if isinstance(widget, QAbstractSpinBox | QComboBox):
        return widget.lineEdit()
    return None


def _can(editor: QLineEdit | QPlainTextEdit | QTextEdit, redo: bool) -> bool:
    if editor.isReadOnly():
        return False
    if isinstance(editor, QLineEdit):
        return editor.isRedoAvailable() if redo else editor.isUndoAvailable()
    document = editor.document()
    return document.isRedoAvailable() if redo else document.isUndoAvailable()


class ShortcutGuard(QObject):
    """An application-wide event filter (it must see a field's ShortcutOverride first)."""

    def __init__(self, actions: Callable[[], Iterable[QAction]], parent: QObject) -> None:
        super().__init__(parent)
        self._actions = actions

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.ShortcutOverride or not isinstance(event, QKeyEvent):
            return False
        pressed = QKeySequence(event.keyCombination())

        def matches(key: QKeySequence | QKeySequence.StandardKey) -> bool:
            return pressed.matches(QKeySequence(key)) == QKeySequence.SequenceMatch.ExactMatch

        if any(matches(key) for key in focus_proof_keys(self._actions())):
            return True  # not accepted by the field: the window's shortcut fires
        for standard, redo in (
            (QKeySequence.StandardKey.Undo, False),
            (QKeySequence.StandardKey.Redo, True),
        ):
            if event.matches(standard):
                editor = _editor_of(watched)
                return editor is not None and not _can(editor, redo)
        return False
