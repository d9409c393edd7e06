"""Reading the window as assistive technology does, from the Qt side: the ``QAccessible``
tree (what the platform bridge, AT-SPI or UI Automation, passes on), the Tab order, and
what a widget looks like with and without the keyboard focus."""

from __future__ import annotations

import itertools
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface, QImage
from PySide6.QtWidgets import QApplication, QLabel, QWidget
from view_helpers import press

Role = QAccessible.Role
# Roles that say nothing of what an element is: a screen reader announces "filler" or
# "panel" and the user cannot tell a button from a chart.
GENERIC_ROLES = frozenset({Role.NoRole, Role.Client, Role.Pane, Role.Border, Role.Whitespace})
# An item of a list, table or tree is named by its text; an empty cell is a cell.
ITEM_ROLES = frozenset({Role.Cell, Role.ListItem, Role.TreeItem, Role.Row, Role.Column})


@dataclass(frozen=True)
class Node:
    role: Role
    name: str
    description: str
    value: str
    focusable: bool
    object: QObject | None
    path: str  # roles from the root, for the message

    def __str__(self) -> str:
        owner = self.object
        kind = type(owner).__name__ if owner is not None else "?"
        label = owner.objectName() if owner is not None else ""
        return f"{self.path} ({kind}{' ' + label if label else ''})"


def interface(widget: QWidget) -> QAccessibleInterface:
    found = QAccessible.queryAccessibleInterface(widget)
    assert found is not None and found.isValid(), widget
    return found


def nodes(root: QWidget) -> Iterator[Node]:
    """Every element below ``root`` that is on screen, depth first; what is hidden (a page
    behind another, a closed popup) is not read and not walked into."""

    def walk(iface: QAccessibleInterface, path: str) -> Iterator[Node]:
        state = iface.state()
        if state.invisible:
            return
        role = iface.role()
        here = f"{path}/{role.name}"
        yield Node(
            role,
            iface.text(QAccessible.Text.Name).strip(),
            iface.text(QAccessible.Text.Description).strip(),
            iface.text(QAccessible.Text.Value).strip(),
            bool(state.focusable) and not state.disabled,
            iface.object(),
            here,
        )
        for index in range(iface.childCount()):
            child = iface.child(index)
            if child is not None and child.isValid():
                yield from walk(child, here)

    yield from walk(interface(root), "")


PICTURES = frozenset({Role.Graphic, Role.Chart, Role.Canvas})


def unreadable(root: QWidget) -> list[str]:
    """The focusable elements a screen reader cannot tell: no name, or a generic role; and
    pictures (icons, charts) without a name, read as a bare "image" (Qt's own message box
    icon aside: its box says what it is)."""
    problems = []
    for node in nodes(root):
        owner = node.object.objectName() if node.object is not None else ""
        if node.role in PICTURES and not node.name and not owner.startswith("qt_"):
            problems.append(f"picture without a name: {node}")
        if not node.focusable or node.role in ITEM_ROLES:
            continue
        if node.role in GENERIC_ROLES:
            problems.append(f"generic role: {node}")
        elif not node.name:
            problems.append(f"no name: {node}")
    return problems


def hidden_texts(root: QWidget, allowed: list[QWidget] | tuple = ()) -> list[str]:
    """Labels whose text a screen reader never hears: over the platform bridge a label is
    read by its accessible name alone, so a name that leaves out the text hides it. A
    symbol's name is its meaning (a warning sign is read "Tiden är ute")."""
    problems = []
    for label in root.findChildren(QLabel):
        text, name = _words(label.text()), _words(label.accessibleName())
        if label in allowed or not any(c.isalnum() for c in text):
            continue
        if label.isVisible() and text and name and text not in name:
            problems.append(f"{label.accessibleName()!r} hides {label.text()!r}")
    return problems


def label_not_in_name(root: QWidget) -> list[str]:
    """Buttons whose accessible name leaves out the words on them (WCAG 2.5.3): a speech
    user says what they see ("Starta uppföljning") and must be understood."""
    from PySide6.QtWidgets import QAbstractButton

    problems = []
    for button in root.findChildren(QAbstractButton):
        shown = _words("".join(c for c in button.text() if c.isalnum() or c in " +-"))
        name = _words(button.accessibleName())
        if button.isVisible() and shown and name and shown not in name:
            problems.append(f"{button.accessibleName()!r} leaves out {button.text()!r}")
    return problems


def untied_captions(root: QWidget, colons: bool = False) -> list[str]:
    """Field captions not tied to their field as its buddy: a screen reader does not read
    the caption with the field, and the caption's Alt key does nothing. A caption is the
    label of a form row holding a field; with ``colons``, also any label ending in ":"."""
    from PySide6.QtWidgets import QFormLayout

    def fields_in(widget: QWidget) -> list[QWidget]:
        return [
            w
            for w in (widget, *widget.findChildren(QWidget))
            if w.isVisible() and w.focusPolicy() & Qt.FocusPolicy.TabFocus
        ]

    def tied(label: QLabel, fields: list[QWidget]) -> bool:
        buddy = label.buddy()
        return buddy is not None and (buddy in fields or buddy.focusProxy() in fields)

    problems = []
    role = QFormLayout.ItemRole
    for form in root.findChildren(QFormLayout):
        for row in range(form.rowCount()):
            caption, field = form.itemAt(row, role.LabelRole), form.itemAt(row, role.FieldRole)
            label = caption.widget() if caption is not None else None
            holder = field.widget() if field is not None else None
            if not isinstance(label, QLabel) or holder is None or not label.isVisible():
                continue
            fields = fields_in(holder)
            if fields and not tied(label, fields):
                problems.append(f"{label.text()!r} is not its field's label")
    if colons:  # a caption above or beside a field, outside a form
        for label in root.findChildren(QLabel):
            following = _next_item(label)
            fields = fields_in(following) if following is not None else []
            is_caption = label.isVisible() and label.text().strip().endswith(":")
            if is_caption and fields and not tied(label, fields):
                problems.append(f"{label.text()!r} is not its field's label")
    return sorted(set(problems))


def _next_item(widget: QWidget) -> QWidget | None:
    """The widget laid out right after ``widget`` (the first of a row laid out there)."""
    from PySide6.QtWidgets import QLayout

    parent = widget.parentWidget()
    if parent is None:
        return None
    for layout in [parent.layout(), *parent.findChildren(QLayout)]:
        index = layout.indexOf(widget) if layout is not None else -1
        if index < 0 or index + 1 >= layout.count():
            continue
        item = layout.itemAt(index + 1)
        while item is not None and item.widget() is None and item.layout() is not None:
            item = item.layout().itemAt(0)
        return item.widget() if item is not None else None
    return None


def _words(text: str) -> str:
    return " ".join(text.replace("&", "").split()).casefold()


def tab_chain(start: QWidget, limit: int = 400) -> list[QWidget]:
    """The widgets Tab visits from ``start`` (pressed as a user presses it, on whatever has
    the focus) until the focus comes back to ``start``; the last entry is where it got
    stuck instead. A field may keep the focus for a few presses (a date's day, month and
    year) as long as it then lets go."""
    start.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    chain = [QApplication.focusWidget()]
    for _ in range(limit):
        current = QApplication.focusWidget()
        assert current is not None, "the focus left the window"
        for _press in range(SECTIONS):
            press(current, Qt.Key.Key_Tab)
            QApplication.processEvents()
            if QApplication.focusWidget() is not current:
                break
        following = QApplication.focusWidget()
        chain.append(following)
        if following is chain[0] or following is current:
            break
    return chain


SECTIONS = 4  # the most presses a field may keep the focus for (a date and time has 3)


def reading_key(widget: QWidget, root: QWidget) -> tuple[int, int]:
    """Top, then left, of ``widget`` in ``root``'s coordinates."""
    at = widget.mapTo(root, widget.rect().topLeft())
    return at.y(), at.x()


def out_of_reading_order(chain: list[QWidget], root: QWidget) -> list[str]:
    """Steps of a Tab round that go back against the reading order of the screen, beyond
    the one step back that closes the round.

    Reading order is decided where the two widgets' branches part: between two siblings
    side by side (they share rows), the left one is read first; otherwise the upper one.
    So an agenda beside a page is read whole before the page, and a form row by row."""
    wrong = []
    for before, after in itertools.pairwise(chain):
        first, second = _branches(before, after, root)
        if first is None or second is None:
            continue
        a, b = first.geometry(), second.geometry()
        side_by_side = a.top() < b.bottom() and b.top() < a.bottom()
        backwards = b.right() <= a.left() if side_by_side else b.bottom() <= a.top()
        if backwards:
            wrong.append(f"{_describe(before)} → {_describe(after)}")
    closed = chain[-1] is chain[0]
    return [] if closed and len(wrong) <= 1 else wrong


def _branches(a: QWidget, b: QWidget, root: QWidget) -> tuple[QWidget | None, QWidget | None]:
    """The children of the nearest common ancestor that hold ``a`` and ``b``."""
    ancestors_a = _ancestors(a, root)
    ancestors_b = _ancestors(b, root)
    for index, parent in enumerate(ancestors_a[1:], start=1):
        if parent in ancestors_b:
            child_b = ancestors_b[ancestors_b.index(parent) - 1]
            child_a = ancestors_a[index - 1]
            if child_a is child_b:
                return None, None  # one holds the other (a field in a table, say)
            return child_a, child_b
    return None, None


def _ancestors(widget: QWidget, root: QWidget) -> list[QWidget]:
    chain = [widget]
    while chain[-1] is not root and chain[-1].parentWidget() is not None:
        chain.append(chain[-1].parentWidget())
    return chain


def _describe(widget: QWidget) -> str:
    name = widget.accessibleName() or getattr(widget, "text", lambda: "")() or ""
    return f"{type(widget).__name__} {name!r}"


def focus_shows(widget: QWidget) -> bool:
    """Whether ``widget`` looks different with the keyboard focus than without it."""
    widget.clearFocus()
    QApplication.processEvents()
    without = widget.grab().toImage()
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    QApplication.processEvents()
    with_focus = widget.grab().toImage()
    return _differ(without, with_focus)


def _differ(a: QImage, b: QImage) -> bool:
    return a.size() != b.size() or a.convertToFormat(
        QImage.Format.Format_ARGB32
    ) != b.convertToFormat(QImage.Format.Format_ARGB32)
