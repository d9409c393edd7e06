"""Errors as the user sees them: a short message in the UI language, never a traceback.

Details of unexpected errors go to ``<data folder>/logs/tillitverkstad.log`` with the
exception's type and stack only: its message may quote what the user typed (names, notes).
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tillitverkstad.core.errors import TillitError
from tillitverkstad.logfile import LOG_NAME, log_exception, setup_log_file

if TYPE_CHECKING:  # the message box is made when first needed
    from PySide6.QtWidgets import QMessageBox

__all__ = ["LOG_NAME", "install_excepthook", "setup_log_file", "show_error", "user_message"]
_unowned: set[QMessageBox] = set()  # boxes without a parent window, kept alive while shown


def user_message(exc: BaseException, language: str) -> str:
    """What the user reads about ``exc``: its own message, or a generic one."""
    if isinstance(exc, TillitError):
        return exc.message(language)
    return QCoreApplication.translate(
        "errors_ui",
        "Something unexpected went wrong. The details have been written to the log file.",
    )


def show_error(parent: QWidget | None, exc: BaseException, language: str) -> QMessageBox:
    """Show ``exc`` in a window-modal box that does not block the caller; returns the box."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle("Tillitverkstad")
    box.setText(user_message(exc, language))
    box.setTextFormat(Qt.TextFormat.PlainText)  # a group name like "<b>" stays literal
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setAccessibleName(QCoreApplication.translate("errors_ui", "Error message"))
    if parent is None:
        _unowned.add(box)
        box.finished.connect(lambda *_: _unowned.discard(box))
    box.open()
    return box


def show_notice(parent: QWidget, title: str, text: str) -> QMessageBox:
    """An information box that does not block the caller (like :func:`show_error`)."""
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Information)
    box.setWindowTitle(title)
    box.setText(text)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setStandardButtons(QMessageBox.StandardButton.Ok)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.open()
    return box


ExceptHook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def install_excepthook(language: Callable[[], str]) -> ExceptHook:
    """Route uncaught exceptions (also those raised in Qt slots) to the log and a message.

    Returns the previous hook so a caller (or a test) can put it back."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            previous(kind, exc, tb)
            return
        log_exception(kind, tb)
        if QApplication.instance() is None:
            print(user_message(exc, language()), file=sys.stderr)
            return
        show_error(QApplication.activeWindow(), exc, language())

    sys.excepthook = hook
    return previous
