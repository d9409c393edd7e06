"""How the system tells the app to end: signals on POSIX, the session manager on Windows.

Linux and macOS send SIGTERM at logout and shutdown (and SIGHUP when a terminal closes);
the app flushes and quits on them. Windows has no such signals for a windowed program:
logging off reaches it as WM_QUERYENDSESSION, which Qt turns into
``QGuiApplication.commitDataRequest``; the window flushes there (see ``app.py``).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from typing import Any


def termination_signals() -> tuple[str, ...]:
    """Names of the signals that mean "save and quit" here; none on Windows."""
    if sys.platform == "win32":
        return ()
    return ("SIGTERM", "SIGHUP")


def wakeup_pair() -> tuple[Any, Any, Callable[[], object]]:
    """Two connected non-blocking ends for ``signal.set_wakeup_fd`` and a function that
    empties the reading end. A pipe where there are pipes (importing ``socket`` would cost
    the start-up several milliseconds); Windows wants a socket."""
    if sys.platform == "win32":
        import socket

        reader, writer = socket.socketpair()
        for end in (reader, writer):
            end.setblocking(False)
        return reader, writer, lambda: reader.recv(64)
    read_fd, write_fd = os.pipe()
    reader, writer = os.fdopen(read_fd, "rb", buffering=0), os.fdopen(write_fd, "wb", buffering=0)
    for end in (reader, writer):
        os.set_blocking(end.fileno(), False)
    return reader, writer, lambda: reader.read(64)
