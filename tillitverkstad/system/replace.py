"""Putting a finished file in place of the old one, in one step.

``os.replace`` is atomic on every system, but on Windows it fails while another program
has the target open without sharing it for deletion: a virus scanner reading the new
file, a backup or a sync client (OneDrive), the search indexer. Such a hold lasts
milliseconds to a second, so the replace is retried for a while, and only then
reported as :class:`FileInUse`, which names the file. POSIX replaces a file whatever
others hold open.

Making the rename itself survive a power cut differs too: POSIX wants the folder
synced; Windows cannot open a folder for that, and NTFS journals the rename.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable
from pathlib import Path

# Windows' codes for "another process has it open" (ERROR_ACCESS_DENIED comes back too,
# for a file whose delete is pending) and for a locked range.
ERROR_ACCESS_DENIED = 5
ERROR_SHARING_VIOLATION = 32
ERROR_LOCK_VIOLATION = 33
_IN_USE = frozenset({ERROR_ACCESS_DENIED, ERROR_SHARING_VIOLATION, ERROR_LOCK_VIOLATION})
RETRY_FOR_S = 2.0  # longer than a scanner's look; short enough that typing never waits
_FIRST_PAUSE_S = 0.01


class FileInUse(PermissionError):
    """Another program held the file for longer than the retries lasted (Windows)."""


def _held_by_another_program(exc: OSError) -> bool:
    return sys.platform == "win32" and getattr(exc, "winerror", None) in _IN_USE


def replace(
    source: Path | str,
    target: Path | str,
    *,
    retry_for_s: float = RETRY_FOR_S,
    sleep: Callable[[float], None] = time.sleep,
) -> None:
    """``os.replace(source, target)``, waiting out another program's brief hold."""
    deadline = time.monotonic() + retry_for_s
    pause = _FIRST_PAUSE_S
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError as exc:
            if not _held_by_another_program(exc):
                raise
            if time.monotonic() >= deadline:
                raise FileInUse(exc.errno, exc.strerror, str(target)) from exc
        sleep(pause)
        pause = min(pause * 2, 0.2)


def fsync_folder(folder: Path) -> None:
    """Make a rename in ``folder`` durable (POSIX); NTFS journals renames itself."""
    if sys.platform == "win32":  # Windows cannot open a folder for fsync
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
