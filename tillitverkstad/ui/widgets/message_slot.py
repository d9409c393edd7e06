"""A message in space kept for it: a warning icon and words (never colour alone).

The slot keeps its height when empty, so a message appearing or going never moves the
controls around it (a click aimed at a button must land on that button). Idle, it may
show a quiet hint in the same place."""

from __future__ import annotations

from PySide6.QtCore import QRect, Qt
from PySide6.QtWidgets import QHBoxLayout, QLabel, QSizePolicy, QWidget

from tillitverkstad.ui import icons, theme


class MessageSlot(QWidget):
    def __init__(self, parent: QWidget | None = None, lines: int = 2, idle: str = "") -> None:
        """``lines``: how many lines of message text the slot keeps room for; ``idle``:
        the hint shown while there is no message."""
        super().__init__(parent)
        self.setProperty("role", "message")
        self.idle = idle
        self._message = ""
        self.icon = icons.icon_label(self, "warning", 1.0)
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.label = QLabel(self)
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.PlainText)
        # A description: over the platform bridge a label's name would hide its text.
        self.label.setAccessibleDescription(self.tr("Message"))
        self.label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        theme.scale_font(self.label, theme.TYPE.caption)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(theme.SPACE.s)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.label, 1)
        room = self.label.fontMetrics().boundingRect(
            QRect(0, 0, 1000, 1000), Qt.TextFlag.TextWordWrap.value, "\n".join("X" * lines)
        )
        self.setMinimumHeight(room.height())
        policy = self.icon.sizePolicy()
        policy.setRetainSizeWhenHidden(True)  # the text starts at the same place either way
        self.icon.setSizePolicy(policy)
        self.set_text("")

    def text(self) -> str:
        """The message, or "" while there is none (the idle hint is not a message)."""
        return self._message

    def shown_text(self) -> str:
        return self.label.text()

    def set_text(self, text: str) -> None:
        self._message = text
        self.label.setText(text or self.idle)
        self.icon.setVisible(bool(text))
        self.label.setProperty("tone", "warning" if text else "muted")
        self.label.style().unpolish(self.label)
        self.label.style().polish(self.label)
        self.setAccessibleDescription(text)
