"""The frame the form dialogs share: the form scrolls when the screen is short, while OK
and Cancel stay in view below it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QScrollArea, QVBoxLayout, QWidget


def caption(text: str, field: QWidget) -> QLabel:
    """A form row's caption tied to its field: a screen reader reads it with the field, and
    its Alt key (the letter after "&") puts the cursor there."""
    label = QLabel(text)
    label.setBuddy(field)
    return label


def frame_form(
    dialog: QDialog, body: QWidget, scroll_sideways: bool = True
) -> tuple[QVBoxLayout, QDialogButtonBox]:
    """Lay ``body`` out in ``dialog`` above OK and Cancel (wired to accept and reject);
    returns the dialog's layout and the button box."""
    scroll = QScrollArea()
    # Not a Tab stop of its own: the form's fields are, and it scrolls to the one in focus.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    scroll.setWidget(body)
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    if not scroll_sideways:
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(scroll, 1)
    layout.addWidget(buttons)
    return layout, buttons
