"""Who may change a workshop file: one process at a time.

Two locks guard a workshop, both released by the system when the process dies:

- ``locks/ID.lock``, taken by everything that changes the file (open for editing, create,
  delete, clean up). The holder writes why it holds it (:data:`EDITING` or :data:`BUSY`)
  and who it is (:data:`WINDOW` or :data:`COMMAND`) into the file, so a second process can
  tell "open in another window" (close it there) from "a command or another window is
  changing it right now" (wait a moment). Only a window's editing is not waited for: it
  lasts as long as the window keeps the workshop open.
- On POSIX, the workshop file itself, held by the window that has it open: every save
  locks its new file before it replaces the old one, so the file at the path is locked at
  every moment. Removing ``locks/`` (a clean-up script, a sync tool) therefore cannot let a
  second window in. Windows refuses to remove a file that is open, so there the first
  lock is enough.

How a file is locked on each system is :mod:`tillitverkstad.system.locking`'s business.
"""

from __future__ import annotations

import contextlib
import os
import stat
import time
from pathlib import Path

from tillitverkstad.system import locking

EDITING = "editing"  # a window or a command has the workshop open
BUSY = "busy"  # a short operation: create, delete, clean up
WINDOW = "window"  # the app's window: what it opens stays open until it is closed
COMMAND = "command"  # a command-line command: done in milliseconds
BUSY_WAIT_S = 2.0  # a short operation takes milliseconds; wait this long for one
_POLL_S = 0.02
_OPEN_FLAGS = (
    os.O_RDWR
    | os.O_CREAT
    | getattr(os, "O_NOFOLLOW", 0)
    | getattr(os, "O_CLOEXEC", 0)
    | getattr(os, "O_BINARY", 0)  # Windows would otherwise translate line ends
)
_NONBLOCK = getattr(os, "O_NONBLOCK", 0)  # a FIFO planted at the path must not hang us


class Contended(Exception):
    """Another process holds the lock; ``purpose`` says why (EDITING, BUSY or ""),
    ``holder`` who (WINDOW or COMMAND; a version that did not say was a window)."""

    def __init__(self, purpose: str, holder: str = WINDOW) -> None:
        super().__init__(purpose, holder)
        self.purpose = purpose
        self.holder = holder

    @classmethod
    def stated(cls, text: str) -> Contended:
        """From what the holder wrote into the lock file: "PURPOSE HOLDER"."""
        purpose, _, holder = text.strip().partition(" ")
        return cls(purpose, holder if holder in (WINDOW, COMMAND) else WINDOW)

    @property
    def waits(self) -> bool:
        """Whether the holder is done soon: anything but a window's editing."""
        return not (self.purpose == EDITING and self.holder == WINDOW)


class NotALockFile(OSError):
    """Something other than a regular file (a link, a device) sits where a lock belongs."""


def _same_file(fd: int, path: Path) -> bool:
    """True while ``path`` still names the file open as ``fd`` (not removed or replaced)."""
    try:
        here, there = os.fstat(fd), os.stat(path, follow_symlinks=False)
    except OSError:
        return False
    return (here.st_dev, here.st_ino) == (there.st_dev, there.st_ino)


class WorkshopLock:
    """``locks/ID.lock``: acquired with a purpose by a holder, released on :meth:`release`."""

    def __init__(self, path: Path, purpose: str, holder: str = WINDOW) -> None:
        self.path = path
        self.purpose = purpose
        self.holder = holder
        self._fd: int | None = None

    @property
    def is_locked(self) -> bool:
        return self._fd is not None

    def acquire(self, wait_s: float = 0.0) -> WorkshopLock:
        """Take the lock, waiting up to ``wait_s`` for a holder that is done soon (see
        :attr:`Contended.waits`); raises Contended."""
        self.path.parent.mkdir(parents=True, exist_ok=True)
        deadline = time.monotonic() + wait_s
        while True:
            try:
                self._try()
                return self
            except Contended as exc:
                if not exc.waits or time.monotonic() >= deadline:
                    raise
            time.sleep(_POLL_S)

    def _try(self) -> None:
        for _ in range(10):  # the file may be removed between opening and locking it
            fd = os.open(self.path, _OPEN_FLAGS | _NONBLOCK, 0o600)
            try:
                if not stat.S_ISREG(os.fstat(fd).st_mode):
                    raise NotALockFile(self.path)
                if not locking.try_lock(fd):
                    raise Contended.stated(locking.read_note(fd))
                if _same_file(fd, self.path):
                    locking.write_note(fd, f"{self.purpose} {self.holder}")
                    self._fd, fd = fd, -1
                    return
            finally:
                if fd >= 0:
                    os.close(fd)
        raise Contended(BUSY)

    def release(self, *, remove: bool = False) -> None:
        """Let go; ``remove`` also deletes the lock file (its workshop is gone)."""
        if self._fd is None:
            return
        fd, self._fd = self._fd, None
        ours = remove and _same_file(fd, self.path)
        if ours and locking.can_hold_replaced_files():
            with contextlib.suppress(OSError):  # removed while held: a later taker re-checks
                self.path.unlink()
        locking.unlock(fd)
        os.close(fd)
        if ours and not locking.can_hold_replaced_files():
            # Windows deletes no open file: remove it once closed; should another process
            # have opened it meanwhile, the removal fails and its lock stays intact.
            with contextlib.suppress(OSError):
                self.path.unlink()

    def __enter__(self) -> WorkshopLock:
        return self.acquire()

    def __exit__(self, *exc: object) -> None:
        self.release()


class FileHold:
    """The workshop file itself, locked while a window has it open (POSIX only)."""

    def __init__(self) -> None:
        self._fd: int | None = None
        self._pending: int | None = None

    def take(self, path: Path) -> None:
        """Lock the file at ``path``; raises Contended when another window holds it."""
        if not locking.can_hold_replaced_files():
            return
        for _ in range(10):  # a save elsewhere may replace the file under us
            fd = os.open(path, os.O_RDONLY | _NONBLOCK | getattr(os, "O_NOFOLLOW", 0))
            if not locking.try_lock(fd):
                os.close(fd)
                raise Contended(EDITING)
            if _same_file(fd, path):
                self._swap(fd)
                return
            os.close(fd)
        raise Contended(BUSY)

    def take_new(self, fd: int) -> None:
        """Lock the freshly written file ``fd`` *before* it replaces the old one."""
        if not locking.can_hold_replaced_files():
            return
        held = os.dup(fd)  # stays open after the writer closes its own descriptor
        locking.try_lock(held)  # a file nobody else has seen yet: always granted
        self._pending = held

    def replaced(self) -> None:
        """The new file is in place: hold it, let the old one go."""
        if self._pending is not None:
            self._swap(self._pending)
            self._pending = None

    def abandon(self) -> None:
        """The write failed: keep holding the file that is still in place."""
        if self._pending is not None:
            os.close(self._pending)
            self._pending = None

    def _swap(self, fd: int) -> None:
        old, self._fd = self._fd, fd
        if old is not None:
            os.close(old)

    def release(self) -> None:
        self.abandon()
        if self._fd is not None:
            os.close(self._fd)
            self._fd = None
