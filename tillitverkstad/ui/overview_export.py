"""The Översikt page's exports: the PDF (with HR's next steps), the Excel workbook and the
CSV files, each written by the operations layer to where the user chose."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QApplication, QFileDialog

from tillitverkstad.core.errors import TillitError
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.ui.errors import show_error, show_notice

if TYPE_CHECKING:
    from tillitverkstad.ui.overview_page import OverviewPage


class OverviewExport(QObject):
    def __init__(self, page: OverviewPage) -> None:
        super().__init__(page)
        self.page = page
        page.pdf_button.clicked.connect(lambda: self.export_file(".pdf"))
        page.xlsx_button.clicked.connect(lambda: self.export_file(".xlsx"))
        page.csv_button.clicked.connect(lambda: self.export_csv())

    def _source(self) -> str:
        page = self.page
        if page.folder is None:
            return self.tr("The library in {folder}").format(folder=page.library.data_dir)
        return self.tr("The data packages in {folder}").format(folder=page.folder.folder)

    def suggested_name(self, suffix: str) -> str:
        today = self.page.today().isoformat()
        name = self.tr("Follow-up-trust-based-governance")
        return f"{today}_{name}{suffix}"

    def export_file(self, suffix: str, path: Path | None = None) -> Path | None:
        """Write the overview as shown to ``path`` (asking where when None)."""
        page = self.page
        if page.overview is None:
            return None
        if path is None:
            kinds = {
                ".pdf": self.tr("PDF document (*.pdf)"),
                ".xlsx": self.tr("Excel workbook (*.xlsx)"),
            }
            name, _ = QFileDialog.getSaveFileName(
                page,
                self.tr("Export the overview"),
                str(Path.home() / self.suggested_name(suffix)),
                kinds[suffix],
            )
            if not name:
                return None
            path = Path(name) if name.lower().endswith(suffix) else Path(name + suffix)
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            written = overview_ops.export_overview(
                page.overview,
                path,
                language=page.language,
                source=self._source(),
                next_steps=page.next_steps.toPlainText(),
                overwrite=True,  # the save dialog asked before replacing a file
            )
        except TillitError as exc:
            show_error(page, exc, page.language)
            return None
        finally:
            QApplication.restoreOverrideCursor()
        show_notice(
            page, self.tr("Overview exported"), self.tr("Saved: {file}").format(file=written)
        )
        return written

    def export_csv(self, folder: Path | None = None) -> list[Path]:
        page = self.page
        if page.overview is None:
            return []
        if folder is None:
            name = QFileDialog.getExistingDirectory(
                page, self.tr("Choose a folder for the CSV files"), str(Path.home())
            )
            if not name:
                return []
            folder = Path(name)
        try:
            written = overview_ops.export_overview_csv(
                page.overview, folder, language=page.language, overwrite=True
            )
        except TillitError as exc:
            show_error(page, exc, page.language)
            return []
        files = ", ".join(p.name for p in written)
        show_notice(
            page,
            self.tr("Overview exported"),
            self.tr("Saved in {folder}: {files}").format(folder=folder, files=files),
        )
        return written
