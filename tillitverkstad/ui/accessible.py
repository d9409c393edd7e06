"""What assistive technology is told of the window's own widgets, beyond what Qt's standard
widgets tell it (docs/accessibility.md).

Qt describes a widget it does not know as a "client", which screen readers announce as
"filler": a painted chart, the shared screen's preview or a scrolling column would say
nothing of what they are. :func:`expose` gives such a class a role that does (a chart, a
graphic, a group); its accessible name says what it is and its accessible description
what it shows, in words (the values of a chart). :func:`announce` says something without
moving the focus, for news a screen reader user would otherwise miss (time is up).
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import (
    QAccessible,
    QAccessibleAnnouncementEvent,
    QAccessibleInterface,
)
from PySide6.QtWidgets import QAccessibleWidget, QWidget

Role = QAccessible.Role

_ROLES: dict[str, Role] = {}  # Qt's class name of a widget class -> the role it is read as


class _Element(QAccessibleWidget):
    """A widget read as one element of its role: the name and the description are the
    widget's own (QAccessibleWidget reads them), the role is the one it was exposed as."""

    def __init__(self, widget: QWidget, role: Role) -> None:
        super().__init__(widget, role, "")


def _interface(class_name: str, instance: QObject) -> QAccessibleInterface | None:
    """Qt asks this for each class of an object, most derived first, before its own."""
    role = _ROLES.get(class_name)
    if role is None or not isinstance(instance, QWidget):
        return None
    return _Element(instance, role)


def expose(widget_class: type[QWidget], role: Role) -> None:
    """Read every widget of ``widget_class`` as a ``role``. Called by the class itself when
    an instance is made (nothing is done at import); the first call installs the factory."""
    name = widget_class.__name__  # a Python class's name is its Qt class name
    if name in _ROLES:
        return
    if not _ROLES:
        QAccessible.installFactory(_interface)
    _ROLES[name] = role


def announce(widget: QWidget, text: str) -> None:
    """Have a screen reader say ``text`` when it is next idle, without moving the focus."""
    event = QAccessibleAnnouncementEvent(widget, text)
    event.setPoliteness(QAccessible.AnnouncementPoliteness.Polite)
    QAccessible.updateAccessibility(event)
