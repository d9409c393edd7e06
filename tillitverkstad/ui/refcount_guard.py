"""Keep ``None``, ``True`` and ``False`` alive under PySide6 6.12 on Python 3.11.

PySide6 6.12.0 on CPython 3.11 drops one reference to ``None`` on every call of a void
method (``setText``, ``setValue``, ``show``, ...) and one to ``True`` on every
``Signal.emit``. Before 3.12 these objects are not immortal, so after a few thousand
calls — minutes of a running timer — the interpreter aborts with "deallocating None".
The guard tops the reference counts up regularly; on Python 3.12+ it does nothing.
Remove it once the installed PySide6 no longer leaks (``tests/ui/test_refcount_guard.py``
shows whether it does).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

IMMORTAL_SINGLETONS = sys.version_info >= (3, 12)
MINIMUM = 200_000  # references; a leak of ~10 per second needs hours to use that up
CHECK_MS = 2000


def top_up(minimum: int = MINIMUM) -> None:
    """Make sure None, True and False each have at least ``minimum`` references."""
    if IMMORTAL_SINGLETONS:
        return
    for singleton in (None, True, False):
        missing = 2 * minimum - sys.getrefcount(singleton)
        if sys.getrefcount(singleton) < minimum and missing > 0:
            reserve = [singleton] * missing
            # Never freed, not even at exit: freeing would hand back references that
            # PySide6 has already dropped, and the interpreter would abort on the way out.
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(reserve))


class RefcountGuard(QObject):
    """Tops the counts up now and every ``CHECK_MS`` while it lives."""

    def __init__(self, parent: QObject | None = None, minimum: int = MINIMUM) -> None:
        super().__init__(parent)
        self._minimum = minimum
        top_up(minimum)
        self._timer = QTimer(self, interval=CHECK_MS)
        self._timer.timeout.connect(lambda: top_up(self._minimum))
        if not IMMORTAL_SINGLETONS:
            self._timer.start()
