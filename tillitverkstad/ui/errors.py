"""Errors as the user sees them: a short message in the UI language, never a traceback.

Details of unexpected errors go to ``<data folder>/logs/tillitverkstad.log`` with the
exception's type and stack only: its message may quote what the user typed (names, notes).
"""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from tillitverkstad.core.errors import TillitError

LOG_NAME = "tillitverkstad.log"
if TYPE_CHECKING:  # the message box and the rotating log are made when first needed
    from PySide6.QtWidgets import QMessageBox

log = logging.getLogger("tillitverkstad.crash")
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


def log_exception(
    kind: type[BaseException], tb: TracebackType | None, *, where: str = "unhandled"
) -> None:
    """Log the exception's type and stack, but not its message (it may hold personal data)."""
    stack = "".join(traceback.format_tb(tb)) if tb else ""
    log.error("%s %s.%s\n%s", where, kind.__module__, kind.__qualname__, stack)


class _CrashLog(logging.Handler):
    """The rotating crash log, opened at its first record: start-up need not load
    ``logging.handlers`` (and the socket module it brings) for a log that is rarely used."""

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path
        self._file: logging.Handler | None = None

    def emit(self, record: logging.LogRecord) -> None:
        if self._file is None:
            from logging.handlers import RotatingFileHandler

            self._file = RotatingFileHandler(
                self.path, maxBytes=1_000_000, backupCount=2, encoding="utf-8"
            )
            self._file.setFormatter(self.formatter)
        self._file.emit(record)

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
        super().close()


def setup_log_file(data_dir: Path) -> Path | None:
    """Send the crash log to ``<data_dir>/logs``; None when that folder cannot be written."""
    folder = data_dir / "logs"
    try:
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        (folder / LOG_NAME).touch(mode=0o600)
        (folder / LOG_NAME).chmod(0o600)  # user-only, like the workshops themselves
    except OSError:
        return None
    handler = _CrashLog(folder / LOG_NAME)
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s %(message)s"))
    root = logging.getLogger("tillitverkstad")
    for old in [h for h in root.handlers if getattr(h, "_tillit_crash_log", False)]:
        root.removeHandler(old)
        old.close()
    handler._tillit_crash_log = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(logging.INFO)
    return folder / LOG_NAME


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
