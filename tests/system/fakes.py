"""Stand-ins for another system's API, so its branch runs (and is tested) on Linux."""

from __future__ import annotations

import errno
import os


class FakeMsvcrt:
    """``msvcrt.locking`` as Windows does it: a byte range held by one open file and
    refused to every other open file, also in the same process; released by unlocking
    or by closing the file."""

    LK_UNLCK, LK_LOCK, LK_NBLCK, LK_RLCK, LK_NBRLCK = 0, 1, 2, 3, 4

    def __init__(self) -> None:
        self._held: dict[tuple[int, int, int], tuple[int, int]] = {}
        self.offsets: list[int] = []

    @staticmethod
    def _identity(fd: int) -> tuple[int, int]:
        found = os.fstat(fd)
        return found.st_dev, found.st_ino

    def _still_held(self, fd: int, identity: tuple[int, int]) -> bool:
        try:
            return self._identity(fd) == identity  # a closed fd, or a reused number, lets go
        except OSError:
            return False

    def locking(self, fd: int, mode: int, nbytes: int) -> None:
        identity = self._identity(fd)
        offset = os.lseek(fd, 0, os.SEEK_CUR)
        key = (*identity, offset)
        self.offsets.append(offset)
        holder = self._held.get(key)
        if mode == self.LK_UNLCK:
            if holder is None or holder[0] != fd:
                raise PermissionError(errno.EACCES, "not locked")
            del self._held[key]
            return
        if holder is not None and holder[0] != fd and self._still_held(*holder):
            raise PermissionError(errno.EACCES, "Permission denied")
        self._held[key] = (fd, identity)
