"""Single-line fields that never cut what the facilitator pastes.

Qt's QLineEdit silently stops at 32,767 characters, which would drop the end of a long
paste, or of a long note edited in place. The core decides what is too long and says so."""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QLineEdit, QListView, QStyle, QStyledItemDelegate, QWidget

from tillitverkstad.core.text import MAX_NOTE

WRAP = Qt.TextFlag.TextWordWrap.value


def long_line_edit(parent: QWidget | None = None) -> QLineEdit:
    edit = QLineEdit(parent)
    edit.setMaxLength(MAX_NOTE + 1)  # one more than allowed, so the core can refuse it
    return edit


class LongTextDelegate(QStyledItemDelegate):
    """A list item's whole text, wrapped and never elided, and its in-place editor without
    Qt's length cap.

    It measures and draws the text itself, with the same margins both times: Qt's own
    item drawing under a stylesheet wraps in a narrower box than it measured, and then
    cuts the last line off with "…"."""

    PAD = 6

    def __init__(self, view: QListView) -> None:
        super().__init__(view)
        self._list = view
        self._viewport = view.viewport()  # kept: asking the view each time costs a lot

    def text_box(self, text: str, font: QFont, width: int) -> QRect:
        room = QRect(0, 0, max(20, width - 2 * self.PAD), 100_000)
        return QFontMetrics(font).boundingRect(room, WRAP, text)

    def sizeHint(self, option, index) -> QSize:
        width = self._viewport.width() - 2 * self._list.spacing()
        box = self.text_box(str(index.data() or ""), option.font, width)
        return QSize(width, box.height() + 2 * self.PAD)

    def paint(self, painter: QPainter, option, index) -> None:
        palette, rect, state = option.palette, option.rect, option.state
        painter.save()
        accent = palette.color(QPalette.ColorRole.Highlight)
        if state & QStyle.StateFlag.State_Selected:
            tint = QColor(accent)
            tint.setAlpha(40)
            painter.fillRect(rect, tint)
            if state & QStyle.StateFlag.State_HasFocus:
                painter.setPen(accent)
                painter.drawRect(rect.adjusted(0, 0, -1, -1))
        elif option.features & option.ViewItemFeature.Alternate:
            painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
        painter.setFont(option.font)
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        text = str(index.data() or "")
        box = self.text_box(text, option.font, rect.width())
        painter.drawText(box.translated(rect.left() + self.PAD, rect.top() + self.PAD), WRAP, text)
        painter.restore()

    def createEditor(self, parent, option, index):
        editor = super().createEditor(parent, option, index)
        if isinstance(editor, QLineEdit):
            editor.setMaxLength(MAX_NOTE + 1)
        return editor
