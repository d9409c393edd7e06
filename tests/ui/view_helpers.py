"""Drive the workshop view's widgets the way a facilitator does: keys and clicks.

Events are sent with ``QApplication.sendEvent`` rather than QTest: QTest's keyClicks only
knows ASCII, and a facilitator types å, ä and ö.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QKeyEvent, QMouseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QSpinBox, QWidget
from shiboken6 import isValid

from tillitverkstad.ui.autosave import SaveTiming
from tillitverkstad.ui.session import WorkshopSession

# A failed save is retried at once: the tests need not wait the two seconds a user does.
QUICK_RETRY = SaveTiming(retry_ms=50)

NO_MODIFIER = Qt.KeyboardModifier.NoModifier
KEY_TEXT = {Qt.Key.Key_Return: "\r", Qt.Key.Key_Space: " "}


def press(widget: QWidget, key: Qt.Key, modifiers=NO_MODIFIER, text: str | None = None) -> None:
    """Press and release ``key`` on ``widget`` (through its event filters, like a real key)."""
    text = KEY_TEXT.get(key, "") if text is None else text
    for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
        QApplication.sendEvent(widget, QKeyEvent(kind, key, modifiers, text))


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        key = Qt.Key(ord(char.upper())) if char.isascii() and char.isalnum() else None
        press(widget, key or Qt.Key.Key_unknown, text=char)


def click(widget: QWidget, pos: QPoint | None = None) -> None:
    """A left click at ``pos`` (default: the middle of ``widget``)."""
    at = QPointF(pos if pos is not None else widget.rect().center())
    world = QPointF(widget.mapToGlobal(at.toPoint()))
    left = Qt.MouseButton.LeftButton
    for kind, buttons in (
        (QEvent.Type.MouseButtonPress, left),
        (QEvent.Type.MouseButtonRelease, Qt.MouseButton.NoButton),
    ):
        QApplication.sendEvent(widget, QMouseEvent(kind, at, world, left, buttons, NO_MODIFIER))


def type_line(widget: QWidget, text: str, enter: bool = True) -> None:
    widget.setFocus()
    type_text(widget, text)
    if enter:
        press(widget, Qt.Key.Key_Return)


def type_number(spin: QSpinBox, value: int, enter: bool = True) -> None:
    """Type the number over the cell's text and press Enter (which counts it; in a dialog,
    Enter also presses the default button, so a form's fields are typed without it)."""
    spin.setFocus()
    spin.lineEdit().selectAll()
    type_text(spin, str(value))
    if enter:
        press(spin, Qt.Key.Key_Return)


def choose(combo: QComboBox, data) -> None:
    """Pick the entry holding ``data`` with the arrow keys (as on a closed combo box)."""
    target = combo.findData(data)
    assert target >= 0, data
    combo.setFocus()
    while combo.currentIndex() != target:
        key = Qt.Key.Key_Down if combo.currentIndex() < target else Qt.Key.Key_Up
        press(combo, key)


def edit_in_place(qtbot, view: QWidget, text: str) -> None:
    """F2 on the current item, replace its text, Enter (committed when the editor closes:
    Qt closes item editors through a queued call)."""
    view.setFocus()
    press(view, Qt.Key.Key_F2)
    editors = [e for e in view.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1, "no editor opened"
    editor = editors[0]
    press(editor, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    type_text(editor, text)
    press(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not isValid(editor) or not editor.isVisible(), timeout=2000)


def click_agenda(view, step_id: str) -> None:
    agenda = view.sidebar.list
    row = view.session.workshop.steps.index(step_id)
    click(agenda.viewport(), agenda.visualItemRect(agenda.item(row)).center())


class FakeClock:
    """A monotonic clock that only moves when a test says so."""

    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


def open_session(library, workshop_id):
    return WorkshopSession(library.open(workshop_id), timing=QUICK_RETRY)
