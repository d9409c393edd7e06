"""Export of the open workshop for HR: the PDF report and, beside it, the data package.

``ExportFlow`` is the facilitator window's Export report command: it asks where and what
(``ExportDialog``), writes off the UI thread from a copy of the workshop, so the
facilitator can keep typing (the file appears only when complete), and tells how it went.
It is handed what it needs, never the window."""

from __future__ import annotations

import copy
from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from tillitverkstad.core.jobs import JobProgress
from tillitverkstad.core.model import Workshop
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import reports
from tillitverkstad.operations.library import Library
from tillitverkstad.ui.background import BackgroundTask, run_in_background
from tillitverkstad.ui.desktop import show_in_folder
from tillitverkstad.ui.errors import user_message
from tillitverkstad.ui.export_dialog import ExportChoices, ExportDialog
from tillitverkstad.ui.settings import Settings


class Exportable(Protocol):
    """The open workshop as the export needs it (a ``WorkshopSession``)."""

    @property
    def workshop(self) -> Workshop: ...

    def flush(self) -> bool: ...


def default_folder(remembered: Path | None) -> Path:
    if remembered and remembered.is_dir():
        return remembered
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def _targets(choices: ExportChoices) -> tuple[Path, Path | None]:
    """The PDF (named .pdf whatever was typed) and, when asked for, the package beside it."""
    path = choices.path
    if path.suffix.lower() != ".pdf":
        path = path.with_name(path.name + ".pdf")
    return path, path.with_suffix(".json") if choices.package else None


class ExportFlow(QObject):
    """One export at a time, reported through ``status`` (for the status bar)."""

    status = Signal(str, int)  # a message and how long to show it (ms, 0: until the next)
    finished = Signal(object)  # the written Path, or the exception (after it was handled)

    def __init__(
        self,
        parent: QWidget,
        library: Callable[[], Library],
        settings: Settings,
        language: Callable[[], str],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._library = library
        self._settings = settings
        self._language = language
        self.dialog: ExportDialog | None = None
        self._source: Exportable | None = None
        self._choices: ExportChoices | None = None  # of the export under way
        self._task: BackgroundTask | None = None

    @property
    def busy(self) -> bool:
        return self._task is not None and self._task.running

    def start(
        self, source: Exportable, choices: ExportChoices | None = None, message: str = ""
    ) -> ExportDialog | None:
        """Ask where and what, then write the PDF (and the data package) off the UI thread."""
        if self.busy:
            return None
        self._source = source
        folder = default_folder(self._settings.export_folder)
        dialog = ExportDialog(source.workshop, folder, self._parent, choices, message)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._write(source, dialog.choices()))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _write(self, source: Exportable, choices: ExportChoices) -> None:
        source.flush()
        path, package = _targets(choices)
        existing = [p for p in (path, package) if p and p.exists()]
        if existing and not self._may_replace(existing[0]):
            return
        ws = source.workshop
        snapshot = copy.deepcopy(ws)  # the facilitator may keep editing meanwhile
        earlier = ops.earlier_occasions(self._library(), ws)  # the data folder may have changed

        def write(progress: JobProgress) -> Path:
            return reports.export_report(
                snapshot,
                path,
                package=package,
                earlier=earlier,
                private=choices.private,
                names=choices.names,
                overwrite=bool(existing),
                progress=progress,
            )

        self._choices = choices
        self._task = run_in_background(
            self, write, self._written, on_failure=self._failed, language=self._language
        )
        self._settings.export_folder = choices.path.parent
        self.status.emit(self.tr("Exporting the report…"), 0)

    def _may_replace(self, existing: Path) -> bool:
        answer = QMessageBox.question(
            self._parent,
            QCoreApplication.translate("Exporter", "Replace file?"),
            QCoreApplication.translate("Exporter", "{file} already exists. Replace it?").format(
                file=existing.name
            ),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _written(self, written: Path) -> None:
        self.status.emit(self.tr("Report saved: {file}").format(file=str(written)), 10_000)
        if self._choices is not None and self._choices.open_folder:
            show_in_folder(written)
        self.finished.emit(written)

    def _failed(self, error: Exception) -> None:
        """Asked again with every choice kept, and the reason where the choice is made."""
        self.status.emit("", 0)
        if isinstance(error, OSError):
            reason = self.tr("The report could not be written there. Choose another place.")
        else:
            reason = user_message(error, self._language())
        if self._source is not None:
            self.start(self._source, self._choices, reason)
        self.finished.emit(error)
