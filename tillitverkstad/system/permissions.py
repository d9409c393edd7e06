"""Who may read what the app writes.

POSIX: workshop files 0600 and folders the app creates 0700; an export gets what the
user's umask gives any new file of theirs. Windows has no modes: ``os.chmod`` only sets
or clears the read-only flag, and there is no ``fchmod`` and no uid. There, privacy comes
from where the data lives: under the user's profile (``%LOCALAPPDATA%``), whose access
list admits only the user, administrators and the system. "A file of ours" means the
same user owns it; on Windows every file in the profile is taken as ours.
"""

from __future__ import annotations

import contextlib
import os
import sys
from pathlib import Path

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def has_modes() -> bool:
    """Whether file modes mean anything here (not on Windows)."""
    return sys.platform != "win32"


def set_file_mode(fd: int, mode: int = FILE_MODE) -> None:
    """Give the open file ``fd`` ``mode``, before anyone can see it (POSIX only)."""
    if has_modes() and hasattr(os, "fchmod"):
        os.fchmod(fd, mode)


def make_folder_private(path: Path) -> None:
    """A folder the app just created: user-only (mkdir's mode is cut by the umask)."""
    if has_modes():
        with contextlib.suppress(OSError):  # ours, but on a file system without modes
            os.chmod(path, FOLDER_MODE)


def current_user() -> int | None:
    """The user id files of ours carry; None where files carry none (Windows)."""
    return os.geteuid() if has_modes() and hasattr(os, "geteuid") else None


def owned_by_someone_else(found: os.stat_result) -> bool:
    uid = current_user()
    return uid is not None and found.st_uid != uid


def export_mode() -> int:
    """An export is a file the user saves for others (HR, a shared folder): it gets the
    permissions any new file of theirs gets (0666 less the umask), unlike the data folder,
    which stays user-only."""
    if not has_modes():
        return 0o666  # Windows: the folder's access list decides
    try:  # Linux says it without changing anything
        status = Path("/proc/self/status").read_text(encoding="ascii")
        umask = int(next(line for line in status.splitlines() if line.startswith("Umask:"))[6:], 8)
    except (OSError, StopIteration, ValueError):
        umask = os.umask(0o022)  # reading the umask means setting it: put it straight back
        os.umask(umask)
    return 0o666 & ~umask
