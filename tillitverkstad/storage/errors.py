"""Storage errors, each with a message for the user that names the file."""

from __future__ import annotations

import errno
from pathlib import Path

from tillitverkstad.core.errors import Phrase, TillitError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.system.replace import FileInUse


class StorageError(TillitError):
    """Something about the data folder or a workshop file went wrong."""


class UnreadableWorkshopError(StorageError):
    """A workshop file that is corrupt, truncated, empty, foreign or too new.

    The file is left exactly as it is. ``reason`` is one of the reasons below (an English
    source string), kept as such in the library's list and translated when shown."""

    def __init__(self, path: Path, reason: str, **params: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read: {reason}"),
            file=str(path),
            reason=Phrase(reason, **params),
        )


# Reasons, marked for translation; UnreadableWorkshopError translates them when shown.
EMPTY = QT_TRANSLATE_NOOP("errors", "the file is empty.")
CORRUPT = QT_TRANSLATE_NOOP("errors", "the file is damaged or truncated (not valid JSON).")
NOT_TEXT = QT_TRANSLATE_NOOP("errors", "the file is damaged: it is not UTF-8 text.")
FOREIGN = QT_TRANSLATE_NOOP("errors", "it is not a Tillitverkstad workshop file.")
NEWER = QT_TRANSLATE_NOOP("errors", "it was saved by a newer version of Tillitverkstad.")
INVALID = QT_TRANSLATE_NOOP("errors", "its content is not valid.")
IO_ERROR = QT_TRANSLATE_NOOP("errors", "the file could not be opened.")
TOO_LARGE = QT_TRANSLATE_NOOP("errors", "it is too large for a workshop file (over 16 MB).")
SPECIAL = QT_TRANSLATE_NOOP("errors", "it is a link or a special file, not a workshop file.")
DUPLICATE = QT_TRANSLATE_NOOP(
    "errors", "it holds the same workshop as {file} (a copy?). Delete or move one of them."
)
MISNAMED = QT_TRANSLATE_NOOP(
    "errors", "its name does not match the workshop inside. Rename it to {file}."
)
REASONS = frozenset(
    {EMPTY, CORRUPT, NOT_TEXT, FOREIGN, NEWER, INVALID, IO_ERROR, TOO_LARGE, SPECIAL}
    | {DUPLICATE, MISNAMED}
)


class WorkshopLockedError(StorageError):
    """Another window has the workshop open for editing."""

    def __init__(self, group: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The workshop \u201c{group}\u201d is open in another Tillitverkstad window. "
                "Close it there first.",
            ),
            group=group,
        )


class WorkshopBusyError(StorageError):
    """A command, or another window, is saving, creating or deleting the workshop right
    now, and did not finish within the wait."""

    def __init__(self, group: str, *, by_command: bool = False) -> None:
        self.by_command = by_command
        if by_command:
            text = QT_TRANSLATE_NOOP(
                "errors",
                "A Tillitverkstad command is changing the workshop \u201c{group}\u201d "
                "right now. Try again in a moment.",
            )
        else:
            text = QT_TRANSLATE_NOOP(
                "errors",
                "Another Tillitverkstad window is saving the workshop \u201c{group}\u201d "
                "right now. Try again in a moment.",
            )
        super().__init__(text, group=group)


class DataFolderError(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The data folder {folder} cannot be written to. Choose another folder."
            ),
            folder=str(path),
        )


class DiskFullError(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The disk is full: nothing more can be saved in {folder}. Free some space.",
            ),
            folder=str(path),
        )


class NotARegularFileError(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} is a link, a folder or a special file; Tillitverkstad only replaces "
                "ordinary files.",
            ),
            file=str(path),
        )


class ForeignFileError(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The file {file} belongs to another user; Tillitverkstad does not change it.",
            ),
            file=str(path),
        )


class FileInUseError(StorageError):
    """Another program (a PDF reader, a virus scanner, a backup, a sync client) kept the
    file open for longer than the save waited for it (Windows)."""

    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "Another program (a PDF reader, a virus scanner, a backup or a sync tool) "
                "is holding the file {file} open, so it could not be replaced. Close it "
                "there, or wait a moment, and try again.",
            ),
            file=str(path),
        )


def write_error(exc: OSError, folder: Path) -> StorageError:
    """What a failed write means for the user: a file another program holds, a full
    disk, or a folder that refuses."""
    if isinstance(exc, FileInUse):
        return FileInUseError(Path(exc.filename))
    if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)):
        return DiskFullError(folder)
    return DataFolderError(folder)
