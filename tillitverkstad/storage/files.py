"""Writing export files (PDF, data package) into a folder the user chose."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.storage.atomic import Produce, write_all_atomically
from tillitverkstad.storage.errors import (
    DiskFullError,
    FileInUseError,
    StorageError,
    write_error,
)
from tillitverkstad.system.file_names import MAX_PATH, too_long_for_windows
from tillitverkstad.system.permissions import export_mode


class ExportError(StorageError):
    """The export file could not be written; nothing half-written was left behind."""


def export_folder(folder: Path) -> Path:
    """The folder a batch export writes into (``-d FOLDER``), created with its parents when
    it does not exist yet, as an export's folder (the umask decides, like for its files)."""
    folder = Path(folder)
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except FileExistsError:  # a file, or a link to one, has the name
        raise ExportError(
            QT_TRANSLATE_NOOP("errors", "{folder} is not a folder; choose another."),
            folder=str(folder),
        ) from None
    except OSError as exc:
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "errors", "The folder {folder} could not be created. Choose another place."
            ),
            folder=str(folder),
        ) from exc
    return folder


def write_export(path: Path, data: bytes, *, overwrite: bool = False) -> Path:
    """Write ``data`` to ``path`` so that the file appears only when complete.

    Only an ordinary file of our own is ever replaced (and only with ``overwrite``): a
    link, a device, a FIFO or a folder at ``path`` is refused, whatever was asked."""
    return write_export_from(path, lambda out: out.write(data), overwrite=overwrite)


def write_export_from(path: Path, produce: Produce, *, overwrite: bool = False) -> Path:
    """:func:`write_export` of what ``produce(out)`` writes, streamed to the disk."""
    return write_exports([(Path(path), produce)], overwrite=overwrite)[0]


def write_exports(files: Sequence[tuple[Path, Produce]], *, overwrite: bool = False) -> list[Path]:
    """Write each file from what its ``produce(out)`` writes, streamed rather than held in
    memory, as :func:`write_export` writes one: they appear only when every one is
    complete, so an error or a cancel (``core.jobs.Cancelled`` raised by a ``produce``)
    leaves no file half-written and any file they would replace as it was."""
    paths = [Path(path) for path, _ in files]
    for path in paths:
        _check_target(path, overwrite)
    try:
        write_all_atomically(
            [(path, produce) for path, (_, produce) in zip(paths, files, strict=True)],
            mode=export_mode(),
        )
    except OSError as exc:
        meaning = write_error(exc, paths[0].parent)
        if isinstance(meaning, FileInUseError):
            raise meaning from exc
        if isinstance(meaning, DiskFullError):
            raise ExportError(
                QT_TRANSLATE_NOOP("errors", "The disk is full; {file} was not written."),
                file=", ".join(str(path) for path in paths),
            ) from exc
        raise _cannot_write(paths[0]) from exc
    return paths


def _check_target(path: Path, overwrite: bool) -> None:
    try:
        found = os.lstat(path)
    except (FileNotFoundError, NotADirectoryError):
        found = None
    except OSError as exc:
        raise _cannot_write(path) from exc
    if found is not None and stat.S_ISDIR(found.st_mode):
        raise ExportError(
            QT_TRANSLATE_NOOP("errors", "{file} is a folder; choose a file name."), file=str(path)
        )
    if found is not None and not stat.S_ISREG(found.st_mode):
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} is a link or a special file; Tillitverkstad does not replace it. "
                "Choose another file name.",
            ),
            file=str(path),
        )
    if found is not None and not overwrite:
        raise ExportError(
            QT_TRANSLATE_NOOP("errors", "The file {file} already exists."), file=str(path)
        )
    if not path.parent.is_dir():
        raise ExportError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."),
            folder=str(path.parent),
        )
    if too_long_for_windows(path):
        raise ExportError(
            QT_TRANSLATE_NOOP(
                "errors",
                "The path {file} is too long for Windows ({count} characters; at most "
                "{limit}). Choose a folder nearer the top of the drive, or a shorter name.",
            ),
            file=str(path),
            count=len(str(path.absolute())),
            limit=MAX_PATH - 1,
        )


def _cannot_write(path: Path) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP("errors", "Cannot write to {folder} (no permission or read-only)."),
        folder=str(path.parent),
    )
