"""The Översikt page's exports: the PDF (with HR's next steps), the Excel workbook and the
CSV files, each written by the operations layer off the UI thread to where the user chose,
with progress, Cancel and a clear message. It is handed what it reads from the page."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from tillitverkstad.core.jobs import JobProgress
from tillitverkstad.core.overview import Overview
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.ui.background import BackgroundTask, run_in_background, with_progress_dialog
from tillitverkstad.ui.errors import show_error, show_notice


class OverviewExport(QObject):
    """``overview`` is what the page shows; ``folder`` the folder of packages it reads
    (None: the library in ``data_dir``)."""

    finished = Signal(object)  # the written path(s), the exception, or None when cancelled

    def __init__(
        self,
        parent: QWidget,
        overview: Callable[[], Overview | None],
        folder: Callable[[], Path | None],
        data_dir: Callable[[], Path],
        next_steps: Callable[[], str],
        language: Callable[[], str],
        today: Callable[[], dt.date],
    ) -> None:
        super().__init__(parent)
        self._parent = parent
        self._overview, self._folder, self._data_dir = overview, folder, data_dir
        self._next_steps, self._language, self._today = next_steps, language, today
        self.task: BackgroundTask | None = None

    def _source(self) -> str:
        folder = self._folder()
        if folder is None:
            return self.tr("The library in {folder}").format(folder=self._data_dir())
        return self.tr("The data packages in {folder}").format(folder=folder)

    def suggested_name(self, suffix: str) -> str:
        name = self.tr("Follow-up-trust-based-governance")
        return f"{self._today().isoformat()}_{name}{suffix}"

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def export_file(self, suffix: str, path: Path | None = None) -> BackgroundTask | None:
        """Write the overview as shown to ``path`` (asking where when None)."""
        overview = self._overview()
        if overview is None or self.busy:
            return None
        if path is None:
            kinds = {
                ".pdf": self.tr("PDF document (*.pdf)"),
                ".xlsx": self.tr("Excel workbook (*.xlsx)"),
            }
            name, _ = QFileDialog.getSaveFileName(
                self._parent,
                self.tr("Export the overview"),
                str(Path.home() / self.suggested_name(suffix)),
                kinds[suffix],
            )
            if not name:
                return None
            path = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
        target, language, source = path, self._language(), self._source()
        next_steps = self._next_steps()

        def write(progress: JobProgress) -> Path:
            return overview_ops.export_overview(
                overview,
                target,
                language=language,
                source=source,
                next_steps=next_steps,
                overwrite=True,  # the save dialog asked before replacing a file
                progress=progress,
                separate_process=True,  # the window's own process keeps answering
            )

        def written(file: Path) -> None:
            show_notice(
                self._parent,
                self.tr("Overview exported"),
                self.tr("Saved: {file}").format(file=file),
            )
            self.finished.emit(file)

        return self._run(write, written)

    def export_csv(self, folder: Path | None = None) -> BackgroundTask | None:
        overview = self._overview()
        if overview is None or self.busy:
            return None
        if folder is None:
            name = QFileDialog.getExistingDirectory(
                self._parent, self.tr("Choose a folder for the CSV files"), str(Path.home())
            )
            if not name:
                return None
            folder = Path(name)
        target, language = folder, self._language()

        def write(progress: JobProgress) -> list[Path]:
            return overview_ops.export_overview_csv(
                overview, target, language=language, overwrite=True, progress=progress
            )

        def written(files: list[Path]) -> None:
            show_notice(
                self._parent,
                self.tr("Overview exported"),
                self.tr("Saved in {folder}: {files}").format(
                    folder=target, files=", ".join(p.name for p in files)
                ),
            )
            self.finished.emit(files)

        return self._run(write, written)

    def _run(
        self, write: Callable[[JobProgress], object], written: Callable[..., None]
    ) -> BackgroundTask:
        def failed(error: Exception) -> None:
            show_error(self._parent, error, self._language())
            self.finished.emit(error)

        self.task = run_in_background(
            self,
            write,
            written,
            on_failure=failed,
            on_cancel=lambda: self.finished.emit(None),
            language=self._language,
        )
        with_progress_dialog(self.task, self._parent, self.tr("Exporting the overview…"))
        return self.task
