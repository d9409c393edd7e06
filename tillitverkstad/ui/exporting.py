"""Export of the open workshop for HR: the PDF report and, beside it, the data package.

The report is built on a worker thread from a copy of the workshop, so the facilitator
can keep typing; the file appears only when complete. ``ExportFlow`` is the facilitator
window's Export report command: it asks, starts the writing and tells how it went."""

from __future__ import annotations

import copy
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import Workshop
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import reports
from tillitverkstad.operations.library import DataFolderError, Library
from tillitverkstad.ui.errors import show_error

if TYPE_CHECKING:
    from tillitverkstad.ui.main_window import MainWindow


class ExportDialog(QDialog):
    """Where to save, and what to include. Private notes and names are off by default."""

    def __init__(self, ws: Workshop, folder: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export report"))
        self.path_edit = QLineEdit(str(folder / reports.suggested_file_name(ws)))
        self.path_edit.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.private_box = QCheckBox(self.tr("Include private notes"))
        self.names_box = QCheckBox(self.tr("Include the participants' names"))
        self.names_box.setEnabled(bool(ws.participant_names))
        self.package_box = QCheckBox(self.tr("Also write the data package (JSON) beside it"))
        self.package_box.setChecked(True)
        self.open_box = QCheckBox(self.tr("Open the folder afterwards"))
        hint = QLabel(
            self.tr(
                "Private notes and names are left out unless you tick them. "
                "The report is meant for the HR archive."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Save the report as:")))
        layout.addLayout(row)
        for widget in (self.private_box, self.names_box, self.package_box, self.open_box, hint):
            layout.addWidget(widget)
        layout.addWidget(buttons)
        self.resize(560, self.sizeHint().height())

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), str(self.path), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.path_edit.setText(chosen)


class _Job(QObject):
    done = Signal(object)  # the written Path, or the exception


class Exporter(QObject):
    """Runs one export at a time for a facilitator window."""

    finished = Signal(object)  # Path on success, TillitError on failure

    def __init__(self, library: Library, language: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.library = library
        self.language = language
        self._job: _Job | None = None

    @property
    def busy(self) -> bool:
        return self._job is not None

    def default_folder(self, remembered: Path | None) -> Path:
        if remembered and remembered.is_dir():
            return remembered
        documents = QStandardPaths.writableLocation(QStandardPaths.DocumentsLocation)
        return Path(documents or Path.home())

    def start(self, ws: Workshop, dialog: ExportDialog) -> bool:
        """Start writing; False if the user declined to replace an existing file."""
        path = dialog.path
        if path.suffix.lower() != ".pdf":
            path = path.with_name(path.name + ".pdf")
        package = path.with_suffix(".json") if dialog.package_box.isChecked() else None
        existing = [p for p in (path, package) if p and p.exists()]
        overwrite = False
        if existing:
            answer = QMessageBox.question(
                self.parent(),
                self.tr("Replace file?"),
                self.tr("{file} already exists. Replace it?").format(file=existing[0].name),
            )
            if answer != QMessageBox.Yes:
                return False
            overwrite = True
        snapshot = copy.deepcopy(ws)  # the facilitator may keep editing meanwhile
        options = {
            "earlier": ops.earlier_occasions(self.library, ws),
            "private": dialog.private_box.isChecked(),
            "names": dialog.names_box.isChecked(),
            "overwrite": overwrite,
        }
        self._job = _Job()
        self._job.done.connect(self._done, Qt.QueuedConnection)
        job = self._job
        threading.Thread(
            target=self._run, args=(job, snapshot, path, package, options), daemon=True
        ).start()
        return True

    @staticmethod
    def _run(job: _Job, ws, path: Path, package: Path | None, options: dict) -> None:
        try:
            written = reports.export_report(ws, path, package=package, **options)
        except (TillitError, OSError) as exc:
            job.done.emit(exc)
            return
        job.done.emit(written)

    def _done(self, result: object) -> None:
        self._job = None
        self.finished.emit(result)


def open_folder(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))


class ExportFlow(QObject):
    """Export of the window's open workshop: one export at a time, reported in the status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.exporter: Exporter | None = None  # made on the first export
        self.dialog: ExportDialog | None = None
        self._open_after_export = False

    def start(self) -> ExportDialog | None:
        """Ask where and what, then write the PDF (and the data package) off the UI thread."""
        window = self.window
        if window.session is None or (self.exporter and self.exporter.busy):
            return None
        if self.exporter is None:
            self.exporter = Exporter(window.library, window.language, window)
            self.exporter.finished.connect(self._finished)
        folder = self.exporter.default_folder(window.settings.export_folder)
        dialog = ExportDialog(window.session.workshop, folder, window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._start_export(dialog))
        dialog.open()
        self.dialog = dialog
        return dialog

    def _start_export(self, dialog: ExportDialog) -> None:
        window = self.window
        assert self.exporter is not None and window.session is not None
        window.session.flush()
        self._open_after_export = dialog.open_box.isChecked()
        self.exporter.library = window.library  # the data folder may have changed since
        if self.exporter.start(window.session.workshop, dialog):
            window.settings.export_folder = dialog.path.parent
            window.statusBar().showMessage(self.tr("Exporting the report…"))

    def _finished(self, result: object) -> None:
        window = self.window
        window.statusBar().clearMessage()
        if isinstance(result, TillitError):
            show_error(window, result, window.language)
        elif isinstance(result, OSError):
            show_error(window, DataFolderError(window.library.data_dir), window.language)
        else:
            window.statusBar().showMessage(
                self.tr("Report saved: {file}").format(file=str(result)), 10_000
            )
            if self._open_after_export:
                open_folder(result)
