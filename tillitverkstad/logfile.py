"""The log file, for the window and the command line alike (Qt-free).

``<data folder>/logs/tillitverkstad.log`` gets the type and stack of unexpected errors,
never their message: it may quote what the user typed (names, notes).
"""

from __future__ import annotations

import logging
import traceback
from pathlib import Path
from types import TracebackType

LOG_NAME = "tillitverkstad.log"
log = logging.getLogger("tillitverkstad.crash")


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
    from tillitverkstad.storage.atomic import ensure_private_folder

    folder = data_dir / "logs"
    try:
        ensure_private_folder(folder)
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
