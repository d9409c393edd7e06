"""Export of the open workshop for HR: the PDF report and, beside it, the data package.

The report is built on a worker thread from a copy of the workshop, so the facilitator
can keep typing; the file appears only when complete. ``ExportFlow`` is the facilitator
window's Export report command: it asks, starts the writing and tells how it went."""

from __future__ import annotations

import copy
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QStandardPaths, Qt, Signal
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
from tillitverkstad.logfile import log_exception
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import reports
from tillitverkstad.operations.library import Library
from tillitverkstad.ui import theme
from tillitverkstad.ui.desktop import show_in_folder
from tillitverkstad.ui.errors import user_message
from tillitverkstad.ui.widgets.message_slot import MessageSlot

if TYPE_CHECKING:
    from tillitverkstad.ui.main_window import MainWindow


@dataclass
class ExportChoices:
    """What the facilitator chose in the export dialog, kept to ask again after a failure."""

    path: Path
    private: bool = False
    names: bool = False
    package: bool = True
    open_folder: bool = False


class ExportDialog(QDialog):
    """Where to save, and what to include. Private notes and names are off by default.

    A folder that does not exist is created once the facilitator agrees; anything else
    wrong with the place keeps the dialog open with the choices and says why."""

    def __init__(
        self,
        ws: Workshop,
        folder: Path,
        parent: QWidget | None = None,
        choices: ExportChoices | None = None,
        message: str = "",
    ) -> None:
        super().__init__(parent)
        choices = choices or ExportChoices(folder / reports.suggested_file_name(ws))
        self.setWindowTitle(self.tr("Export report"))
        self.path_edit = QLineEdit(str(choices.path))
        self.path_edit.setAccessibleName(self.tr("File to write"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(browse)
        self.message = MessageSlot(self)
        self.message.set_text(message)
        self.private_box = QCheckBox(self.tr("Include private notes"))
        self.private_box.setChecked(choices.private)
        self.names_box = QCheckBox(self.tr("Include the participants' names"))
        self.names_box.setEnabled(bool(ws.participant_names))
        self.names_box.setChecked(choices.names and bool(ws.participant_names))
        self.package_box = QCheckBox(self.tr("Also write the data package (JSON) beside it"))
        self.package_box.setChecked(choices.package)
        self.open_box = QCheckBox(self.tr("Open the folder afterwards"))
        self.open_box.setChecked(choices.open_folder)
        hint = QLabel(
            self.tr(
                "Private notes and names are left out unless you tick them. "
                "The report is meant for the HR archive."
            )
        )
        hint.setWordWrap(True)
        hint.setProperty("role", "muted")
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel)
        buttons.button(QDialogButtonBox.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(theme.SPACE.xl,) * 4)
        layout.setSpacing(theme.SPACE.s)
        layout.addWidget(QLabel(self.tr("Save the report as:")))
        layout.addLayout(row)
        layout.addWidget(self.message)
        for widget in (self.private_box, self.names_box, self.package_box, self.open_box, hint):
            layout.addWidget(widget)
        layout.addSpacing(theme.SPACE.s)
        layout.addWidget(buttons)
        self.resize(640, self.sizeHint().height())

    @property
    def path(self) -> Path:
        return Path(self.path_edit.text().strip()).expanduser()

    def choices(self) -> ExportChoices:
        return ExportChoices(
            self.path,
            self.private_box.isChecked(),
            self.names_box.isChecked(),
            self.package_box.isChecked(),
            self.open_box.isChecked(),
        )

    def _browse(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export report"), str(self.path), self.tr("PDF (*.pdf)")
        )
        if chosen:
            self.path_edit.setText(chosen)

    def accept(self) -> None:
        if self._place_is_ready():
            super().accept()

    def _place_is_ready(self) -> bool:
        """True when the file can go where it was asked; otherwise say why and stay."""
        if not self.path_edit.text().strip():
            self.message.set_text(self.tr("Write where the report is to be saved."))
            return False
        folder = self.path.parent
        if folder.exists() and not folder.is_dir():
            self.message.set_text(
                self.tr("{folder} is a file, not a folder. Choose another place.").format(
                    folder=str(folder)
                )
            )
            return False
        if not folder.exists():
            answer = QMessageBox.question(
                self,
                self.tr("Create the folder?"),
                self.tr("The folder {folder} does not exist. Create it and save there?").format(
                    folder=str(folder)
                ),
            )
            if answer != QMessageBox.Yes:
                self.message.set_text(
                    self.tr("The folder {folder} does not exist.").format(folder=str(folder))
                )
                return False
            try:
                folder.mkdir(parents=True)
            except OSError:
                self.message.set_text(
                    self.tr(
                        "The folder {folder} could not be created. Choose another place."
                    ).format(folder=str(folder))
                )
                return False
        self.message.set_text("")
        return True


class _Job(QObject):
    done = Signal(object)  # the written Path, or the exception


class Exporter(QObject):
    """Runs one export at a time for a facilitator window."""

    finished = Signal(object)  # Path on success, the exception on failure

    def __init__(self, library: Library, parent: QWidget) -> None:
        super().__init__(parent)
        self.library = library
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
        except Exception as exc:  # a bug must not leave Export busy for good
            log_exception(type(exc), exc.__traceback__, where="export")
            job.done.emit(exc)
            return
        job.done.emit(written)

    def _done(self, result: object) -> None:
        self._job = None
        self.finished.emit(result)


class ExportFlow(QObject):
    """Export of the window's open workshop: one export at a time, reported in the status bar."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.exporter: Exporter | None = None  # made on the first export
        self.dialog: ExportDialog | None = None
        self._open_after_export = False
        self._choices: ExportChoices | None = None  # of the export under way

    def start(self, choices: ExportChoices | None = None, message: str = "") -> ExportDialog | None:
        """Ask where and what, then write the PDF (and the data package) off the UI thread."""
        window = self.window
        if window.session is None or (self.exporter and self.exporter.busy):
            return None
        if self.exporter is None:
            self.exporter = Exporter(window.library, window)
            self.exporter.finished.connect(self._finished)
        folder = self.exporter.default_folder(window.settings.export_folder)
        dialog = ExportDialog(window.session.workshop, folder, window, choices, message)
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
        self._choices = dialog.choices()
        self.exporter.library = window.library  # the data folder may have changed since
        if self.exporter.start(window.session.workshop, dialog):
            window.settings.export_folder = dialog.path.parent
            window.statusBar().showMessage(self.tr("Exporting the report…"))

    def _finished(self, result: object) -> None:
        window = self.window
        window.statusBar().clearMessage()
        if isinstance(result, Exception):
            # Asked again with every choice kept, and the reason where the choice is made.
            if isinstance(result, OSError):
                reason = self.tr("The report could not be written there. Choose another place.")
            else:
                reason = user_message(result, window.language)
            self.start(self._choices, reason)
        else:
            window.statusBar().showMessage(
                self.tr("Report saved: {file}").format(file=str(result)), 10_000
            )
            if self._open_after_export:
                show_in_folder(result)
