"""Opening a workshop the Översikt page shows from a folder of packages: it is not in the
library, so the user is asked to import it first (the folder itself is never changed)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox

from tillitverkstad.core.errors import TillitError
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.ui.errors import show_error
from tillitverkstad.ui.import_flow import ImportFlow

if TYPE_CHECKING:
    from tillitverkstad.ui.overview_page import OverviewPage


def offer_import(page: OverviewPage, source: overview_ops.FolderSource, workshop_id: str) -> None:
    """Ask (without blocking) whether to import the workshop; on Yes import it and ask the
    window to open it (``page.open_requested``); when the library holds another version of
    it, which to keep is asked first."""
    box = QMessageBox(page)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(QCoreApplication.translate("OverviewPage", "Not in the library"))
    box.setText(
        QCoreApplication.translate(
            "OverviewPage",
            "This workshop is in the folder, not in your library. Import it into the "
            "library to open it? The folder is not changed.",
        )
    )
    box.setStandardButtons(QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    box.setDefaultButton(QMessageBox.StandardButton.Yes)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    yes = box.button(QMessageBox.StandardButton.Yes)
    box.buttonClicked.connect(
        lambda button: _import_and_open(page, source, workshop_id) if button is yes else None
    )
    box.open()


def _import_and_open(
    page: OverviewPage, source: overview_ops.FolderSource, workshop_id: str
) -> None:
    try:
        result = overview_ops.import_from_folder(page.library, source, workshop_id)
    except TillitError as exc:
        show_error(page, exc, page.language)
        return
    flow = ImportFlow(
        page, page.library, lambda: page.language, page.open_requested.emit, say_already=False
    )
    flow.handle(result)  # another version held: asked which to keep, then opened
