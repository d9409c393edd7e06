"""Single-line fields that never cut what the facilitator pastes.

Qt's QLineEdit silently stops at 32,767 characters, which would drop the end of a long
paste, or of a long note edited in place. The core decides what is too long and says so."""

from __future__ import annotations

from PySide6.QtWidgets import QLineEdit, QStyledItemDelegate, QWidget

from tillitverkstad.core.text import MAX_NOTE


def long_line_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(MAX_NOTE + 1)  # one more than allowed, so the core can refuse it
    return edit


class LongTextDelegate(QStyledItemDelegate):
    """The in-place editor of a list item, without Qt's length cap."""

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_NOTE + 1)
        return editor
