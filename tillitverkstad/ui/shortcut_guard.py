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
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

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
    combination = key[0]  # type: ignore[index]  # the stubs miss QKeySequence[i]
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


# Asked by class name (QObject.inherits), so the guard, which is made at start-up, does
# not make Python load the text widget classes (and their enums) before they are used.
_TEXT = ("QLineEdit", "QPlainTextEdit", "QTextEdit")
_HOLDS_TEXT = ("QAbstractSpinBox", "QComboBox")


def _editor_of(widget: QObject) -> Any:
    found: Any = widget  # told apart by class name, so typed by what it answers to
    if any(widget.inherits(name) for name in _TEXT):
        return found
    if any(widget.inherits(name) for name in _HOLDS_TEXT):
        return found.lineEdit()
    return None


def _can(editor: Any, redo: bool) -> bool:
    """Whether the text widget ``editor`` has its own undo (or redo) step to take."""
    if editor.isReadOnly():
        return False
    if editor.inherits("QLineEdit"):
        return editor.isRedoAvailable() if redo else editor.isUndoAvailable()
    document = editor.document()
    return document.isRedoAvailable() if redo else document.isUndoAvailable()


class ShortcutGuard(QObject):
    """An event filter on whichever widget has the keyboard focus: it must see a field's
    ShortcutOverride before the field does. It follows the focus rather than filtering the
    whole application, where every event of every object would pass through Python (and
    make the binding build types the app never uses)."""

    def __init__(self, actions: Callable[[], Iterable[QAction]], parent: QObject) -> None:
        super().__init__(parent)
        self._actions = actions

    def follow_focus(self, app: QApplication) -> None:
        app.focusChanged.connect(self._focus_changed)
        focused = app.focusWidget()
        if focused is not None:
            focused.installEventFilter(self)

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if old is not None and isValid(old):
            old.removeEventFilter(self)
        if new is not None:
            new.installEventFilter(self)

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
