"""Writing export files (PDF, data package) into a folder the user chose."""

from __future__ import annotations

import errno
from pathlib import Path

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.storage.atomic import write_atomically
from tillitverkstad.storage.errors import StorageError


class ExportError(StorageError):
    """The export file could not be written; nothing half-written was left behind."""


def write_export(path: Path, data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` so that the file appears only when complete."""
    path = Path(path)
    if path.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("errors", "{file} is a folder; choose a file name."), file=str(path)
        )
    if path.exists() and not overwrite:
        raise ExportError(
            QT_TRANSLATE_NOOP("errors", "The file {file} already exists."), file=str(path)
        )
    if not path.parent.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
            folder=str(path.parent),
        )
    try:
        write_atomically(path, data)
    except OSError as exc:
        if exc.errno in (errno.ENOSPC, errno.EDQUOT):
            raise ExportError(
                QT_TRANSLATE_NOOP("errors", "The disk is full; {file} was not written."),
                file=str(path),
            ) from exc
        raise ExportError(
            QT_TRANSLATE_NOOP("errors", "Cannot write to {folder} (no permission or read-only)."),
            folder=str(path.parent),
        ) from exc
    return path
