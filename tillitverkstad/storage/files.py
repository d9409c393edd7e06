"""Writing export files (PDF, data package) into a folder the user chose."""

from __future__ import annotations

import os
import stat
from collections.abc import Sequence
from pathlib import Path

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.storage.atomic import Produce, write_all_atomically
from tillitverkstad.storage.errors import DiskFullError, StorageError, write_error


def export_mode() -> int:
    """An export is a file the user saves for others (HR, a shared folder): it gets the
    permissions any new file of theirs gets (0666 less the umask), unlike the data folder,
    which stays user-only."""
    try:  # Linux says it without changing anything
        status = Path("/proc/self/status").read_text(encoding="ascii")
        umask = int(next(line for line in status.splitlines() if line.startswith("Umask:"))[6:], 8)
    except (OSError, StopIteration, ValueError):
        umask = os.umask(0o022)  # reading the umask means setting it: put it straight back
        os.umask(umask)
    return 0o666 & ~umask


class ExportError(StorageError):
    """The export file could not be written; nothing half-written was left behind."""


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
        if isinstance(write_error(exc, paths[0].parent), DiskFullError):
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


def _cannot_write(path: Path) -> ExportError:
    return ExportError(
        QT_TRANSLATE_NOOP("errors", "Cannot write to {folder} (no permission or read-only)."),
        folder=str(path.parent),
    )
