"""A finished workshop is shown, not edited: inputs become read-only, while reading,
selecting, scrolling and turning the discussion questions still work."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QComboBox,
    QLineEdit,
    QPlainTextEdit,
    QTextEdit,
    QWidget,
)

KEEP_ENABLED = "tillitKeepEnabled"  # property: a control that only shows (e.g. next question)
_WAS_ENABLED = "tillitWasEnabled"
_TRIGGERS = "tillitEditTriggers"
W = TypeVar("W", bound=QWidget)


def keep_enabled(widget: W) -> W:
    """Mark a control that changes nothing the group decided, so it stays usable."""
    widget.setProperty(KEEP_ENABLED, True)
    return widget


def set_read_only(root: QWidget, read_only: bool) -> None:
    """Make every input below ``root`` read-only, or give each back its own state."""
    for widget in root.findChildren(QWidget):
        if widget.property(KEEP_ENABLED):
            continue
        if isinstance(widget, QLineEdit | QPlainTextEdit | QTextEdit | QAbstractSpinBox):
            widget.setReadOnly(read_only)
        elif isinstance(widget, QAbstractItemView):
            _item_view(widget, read_only)
        elif isinstance(widget, QAbstractButton | QComboBox):
            _control(widget, read_only)


def _item_view(view: QAbstractItemView, read_only: bool) -> None:
    if read_only and view.property(_TRIGGERS) is None:
        view.setProperty(_TRIGGERS, int(view.editTriggers().value))
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    elif not read_only and view.property(_TRIGGERS) is not None:
        view.setEditTriggers(QAbstractItemView.EditTrigger(view.property(_TRIGGERS)))
        view.setProperty(_TRIGGERS, None)


def _control(widget: QWidget, read_only: bool) -> None:
    if read_only and widget.property(_WAS_ENABLED) is None:
        widget.setProperty(_WAS_ENABLED, widget.isEnabled())
        widget.setEnabled(False)
    elif not read_only and widget.property(_WAS_ENABLED) is not None:
        widget.setEnabled(bool(widget.property(_WAS_ENABLED)))
        widget.setProperty(_WAS_ENABLED, None)
