"""Data packages the system hands the app: "Open with" in Explorer (and a Linux file
manager) starts it with the package's path; macOS Finder sends the running app a
FileOpen event instead, also at its start. Either way the package is imported, as
*Importera datapaket* would, and its workshop opened."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QObject
from PySide6.QtGui import QFileOpenEvent


class PackageOpener(QObject):
    """Imports a package with ``import_package`` (which reports its own errors and returns
    the workshop's id, or None) and opens the workshop with ``open_workshop``."""

    def __init__(
        self,
        import_package: Callable[[Path], str | None],
        open_workshop: Callable[[str], bool],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._import = import_package
        self._open = open_workshop

    def open(self, path: Path) -> bool:
        workshop_id = self._import(path)
        return workshop_id is not None and self._open(workshop_id)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if isinstance(event, QFileOpenEvent) and event.file():
            self.open(Path(event.file()))
            return True
        return super().eventFilter(watched, event)
