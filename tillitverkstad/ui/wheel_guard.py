"""The mouse wheel scrolls the page; it changes a value only in the field being edited.

Qt's spin boxes and combo boxes take every wheel turn the pointer passes over, so a
facilitator scrolling the rating down would change vote counts and agreed values without
noticing. Each value widget gets ``Qt.StrongFocus`` (a wheel turn no longer focuses it)
and a filter that hands the turn on to the scroll area while it has no focus: the
pattern Qt's own documentation suggests, applied by ``guard_values`` to a whole window,
page or dialog once it is built (and again to parts built later)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QWidget

_VALUE_WIDGETS = ("QAbstractSpinBox", "QComboBox")  # by class name: no widget imports
_GUARDED = "tillitWheelGuarded"  # dynamic property: installed once per widget


class _WheelGuard(QObject):
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Wheel:
            return False
        if isinstance(watched, QWidget) and watched.hasFocus():
            return False
        # Ignored and filtered: Qt offers the event to the parents, up to the scroll area.
        event.ignore()
        return True


def guard_values(root: QWidget) -> None:
    """Every spin box and combo box in ``root`` takes the wheel only when focused."""
    guard = root.findChild(_WheelGuard, "", Qt.FindChildOption.FindDirectChildrenOnly)
    if guard is None:
        guard = _WheelGuard(root)
    for widget in root.findChildren(QWidget):
        if widget.property(_GUARDED) or not any(widget.inherits(n) for n in _VALUE_WIDGETS):
            continue
        widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widget.installEventFilter(guard)
        widget.setProperty(_GUARDED, True)
