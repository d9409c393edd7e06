"""An exclusive lock on an open file, released by the system when the process dies.

POSIX: ``flock`` on the whole file; the file's content stays readable to everyone, so a
holder can write why it holds the lock into it. Windows: ``msvcrt.locking`` on one byte
far past the end of the file. Windows locks are mandatory (a locked byte cannot be read
by anyone else), so locking byte 0, as lock libraries do, would hide what the holder
wrote; a byte past the end hides nothing. Both kinds belong to the open file, not to the
process: a second open of the same file in the same process is refused too.

Windows also refuses to delete or replace a file that a process has open without
sharing it for deletion, and Python opens files that way: holding a workshop file open
there would make every save fail. So only POSIX holds the workshop file itself
(:func:`can_hold_replaced_files`); on Windows the lock file alone guards it.
"""

from __future__ import annotations

import contextlib
import os
import sys
from types import ModuleType

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]
msvcrt: ModuleType | None
try:
    import msvcrt
except ImportError:  # POSIX
    msvcrt = None

NOTE_BYTES = 32  # what a holder writes: "PURPOSE HOLDER"
_WINDOWS_LOCK_OFFSET = 1 << 30  # far past any note; Windows allows locks past the end


def can_hold_replaced_files() -> bool:
    """Whether a file may stay open (and locked) while a save replaces it."""
    return sys.platform != "win32"


def try_lock(fd: int) -> bool:
    """Lock the open file ``fd`` exclusively without waiting; False when another open
    file (this process's or another's) holds the lock."""
    if fcntl is not None:
        return _flock(fd)
    return _windows_lock(fd, msvcrt)


def _flock(fd: int) -> bool:
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    return True


def _windows_lock(fd: int, api: ModuleType | None) -> bool:
    if api is None:
        raise OSError("no file locking on this system (neither fcntl nor msvcrt)")
    where = os.lseek(fd, 0, os.SEEK_CUR)
    os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
    try:
        api.locking(fd, api.LK_NBLCK, 1)
    except OSError:  # EACCES or EDEADLOCK: another open file holds the byte
        return False
    finally:
        os.lseek(fd, where, os.SEEK_SET)
    return True


def read_note(fd: int) -> str:
    """What the lock's holder wrote into the file (``os.pread`` is POSIX only)."""
    os.lseek(fd, 0, os.SEEK_SET)
    return os.read(fd, NOTE_BYTES).decode("ascii", "replace")


def write_note(fd: int, note: str) -> None:
    """Replace the file's content by ``note``, for others to read while we hold it."""
    os.ftruncate(fd, 0)
    os.lseek(fd, 0, os.SEEK_SET)
    os.write(fd, note.encode("ascii"))


def unlock(fd: int) -> None:
    """Let go of the lock before ``fd`` is closed: Windows asks for it (a lock left to the
    close is freed only "when resources allow"); closing is enough for ``flock``."""
    if fcntl is None and msvcrt is not None:
        os.lseek(fd, _WINDOWS_LOCK_OFFSET, os.SEEK_SET)
        with contextlib.suppress(OSError):  # not held: nothing to let go
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
