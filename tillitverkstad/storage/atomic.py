"""Files written so that a crash never leaves a half-written one, and never anything but a
regular file of our own replaced: a link, a device or another user's file at the path is
refused, not overwritten."""

from __future__ import annotations

import contextlib
import json
import logging
import os
import stat
import tempfile
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any, BinaryIO

from tillitverkstad.core.text import repair_surrogates
from tillitverkstad.storage import errors
from tillitverkstad.system.permissions import (
    FILE_MODE,
    FOLDER_MODE,
    make_folder_private,
    owned_by_someone_else,
    set_file_mode,
)
from tillitverkstad.system.replace import fsync_folder, replace

log = logging.getLogger(__name__)


def ensure_private_folder(path: Path) -> None:
    """Create ``path`` readable only by us; a folder that already exists keeps its mode
    (a shared folder, a home folder: not ours to change)."""
    if path.is_dir():
        return
    path.parent.mkdir(parents=True, exist_ok=True)
    try:
        path.mkdir(mode=FOLDER_MODE)
    except FileExistsError:  # made by another process a moment ago
        return
    make_folder_private(path)  # mkdir's mode is reduced by the umask, never raised


def check_target(path: Path, *, must_own: bool = True) -> None:
    """Refuse to replace anything at ``path`` but a regular file (of ours, ``must_own``)."""
    try:
        found = os.lstat(path)
    except FileNotFoundError:
        return
    if not stat.S_ISREG(found.st_mode):
        raise errors.NotARegularFileError(path)
    if must_own and owned_by_someone_else(found):
        raise errors.ForeignFileError(path)


def _write_all(fd: int, data: bytes) -> None:
    view = memoryview(data)
    while view:
        view = view[os.write(fd, view) :]


def write_atomically(
    path: Path,
    data: bytes,
    *,
    must_own: bool = True,
    before_replace: Callable[[int], None] | None = None,
    mode: int = FILE_MODE,
) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new bytes, never a mix.

    Temp file in the same folder, fsync, checks of what is at ``path``, ``os.replace``,
    then fsync of the folder so the rename itself survives a power cut.
    ``before_replace(fd)`` may lock the new file before anyone can see it; ``mode`` is the
    file's permissions (user-only unless an export says otherwise). Raises OSError
    or a StorageError (a link, a device or another user's file at ``path``)."""
    tmp = _temp_beside(path, lambda fd: _write_all(fd, data), mode, before_replace)
    _put_in_place([(tmp, path)], must_own)


Produce = Callable[[BinaryIO], object]
# A streamed file is written a megabyte at a time, not 8 KB: every write lets go of the
# GIL and takes it back before the window's waiting thread can take it, so thousands of
# small writes a second keep the window waiting for as long as they go on.
STREAM_BUFFER = 1 << 20


def write_all_atomically(
    files: Sequence[tuple[Path, Produce]], *, must_own: bool = True, mode: int = FILE_MODE
) -> None:
    """Write each file from what its ``produce(out)`` writes, streamed to disk rather than
    held, and replace the files only once every one is complete: an error, a full disk or
    a cancel raised by a ``produce`` leaves each path as it was and no temp file behind."""

    def streamed(produce: Produce) -> Callable[[int], None]:
        def write(fd: int) -> None:
            with open(fd, "wb", buffering=STREAM_BUFFER, closefd=False) as out:
                produce(out)

        return write

    done: list[tuple[str, Path]] = []
    try:
        for path, produce in files:
            done.append((_temp_beside(path, streamed(produce), mode), path))
    except BaseException:
        _remove(tmp for tmp, _ in done)
        raise
    _put_in_place(done, must_own)


def _temp_beside(
    path: Path,
    write: Callable[[int], None],
    mode: int,
    before_replace: Callable[[int], None] | None = None,
) -> str:
    """A complete, synced temp file in ``path``'s folder; removed again if writing fails."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        try:
            write(fd)
            os.fsync(fd)
            set_file_mode(fd, mode)
            if before_replace is not None:
                before_replace(fd)
        finally:
            os.close(fd)
    except BaseException:
        _remove([tmp])
        raise
    return tmp


def _put_in_place(done: Sequence[tuple[str, Path]], must_own: bool) -> None:
    """Each temp file onto its path, after checking every path (a link, a device or another
    user's file is refused before anything is replaced); the folders synced after."""
    try:
        for _, path in done:
            check_target(path, must_own=must_own)
        for tmp, path in done:
            replace(tmp, path)  # on Windows, waits out a virus scanner's brief hold
    except BaseException:
        _remove(tmp for tmp, _ in done)
        raise
    for folder in dict.fromkeys(path.parent for _, path in done):
        fsync_folder(folder)


def _remove(paths: Iterable[str]) -> None:
    for tmp in paths:
        with contextlib.suppress(OSError):  # gone already (replaced), or never made
            os.unlink(tmp)


def create_exclusively(path: Path, data: bytes) -> None:
    """Write ``data`` as a new file at ``path``; FileExistsError if one is there already,
    even when another process creates it at the same moment (a hard link cannot replace)."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        try:
            _write_all(fd, data)
            os.fsync(fd)
            set_file_mode(fd)
        finally:
            os.close(fd)
        try:
            os.link(tmp, path)
        except FileExistsError:
            raise
        except OSError:  # no hard links here (FAT, some network shares): the id lock rules
            if os.path.lexists(path):
                raise FileExistsError(path) from None
            replace(tmp, path)
    finally:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
    fsync_folder(path.parent)


def dump(data: Any) -> bytes:
    """``data`` as compact UTF-8 JSON. A lone surrogate (which UTF-8 cannot hold) becomes
    U+FFFD rather than failing the save: text is checked where it enters, so this is the
    last guard that no edit is ever lost to one bad character."""
    text = json.dumps(data, ensure_ascii=False, separators=(",", ":"))
    try:
        return text.encode("utf-8")
    except UnicodeEncodeError:
        log.warning("replaced lone surrogates while saving")
        repaired, _count = repair_surrogates(data)
        return json.dumps(repaired, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
