"""Storage errors, each with a message for the user that names the file."""

from __future__ import annotations

from pathlib import Path

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP


class StorageError(TillitError):
    """Something about the data folder or a workshop file went wrong."""


class UnreadableWorkshopError(StorageError):
    """A workshop file that is corrupt, truncated, empty, foreign or too new.

    The file is left exactly as it is."""

    def __init__(self, path: Path, reason: str) -> None:
        self.path = path
        self.reason = reason
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read: {reason}"),
            file=str(path),
            reason=reason,
        )

    def message(self, language: str) -> str:
        from tillitverkstad.core.i18n import translate

        reason = translate("errors", self.reason, language)
        return translate("errors", self.text, language).format(file=self.path, reason=reason)


# Reasons, marked for translation; UnreadableWorkshopError translates them when shown.
EMPTY = QT_TRANSLATE_NOOP("errors", "the file is empty.")
CORRUPT = QT_TRANSLATE_NOOP("errors", "the file is damaged or truncated (not valid JSON).")
FOREIGN = QT_TRANSLATE_NOOP("errors", "it is not a Tillitverkstad workshop file.")
NEWER = QT_TRANSLATE_NOOP("errors", "it was saved by a newer version of Tillitverkstad.")
INVALID = QT_TRANSLATE_NOOP("errors", "its content is not valid.")
IO_ERROR = QT_TRANSLATE_NOOP("errors", "the file could not be opened.")


class WorkshopLockedError(StorageError):
    def __init__(self, group: str) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors",
                "The workshop \u201c{group}\u201d is open in another Tillitverkstad window. "
                "Close it there first.",
            ),
            group=group,
        )


class DataFolderError(StorageError):
    def __init__(self, path: Path) -> None:
        self.path = path
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "The data folder {folder} cannot be written to. Choose another folder."
            ),
            folder=str(path),
        )
