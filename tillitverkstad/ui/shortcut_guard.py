"""Keeps the app's own Ctrl shortcuts working while the cursor is in a text field.

On Linux a QLineEdit claims Ctrl+E ("end of line", an Emacs binding) before any shortcut
sees it, so "export" would silently do nothing from a note field. Editing keys the fields
really need (undo, copy, select all, ...) are left to the fields."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QKeyEvent, QKeySequence

RESERVED = (QKeySequence("Ctrl+E"),)


class ShortcutGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and isinstance(event, QKeyEvent):
            pressed = QKeySequence(event.keyCombination())
            if any(
                pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in RESERVED
            ):
                return True  # not accepted by the field: the window's shortcut fires
        return False
