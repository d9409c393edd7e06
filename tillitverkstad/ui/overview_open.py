"""Opening a workshop the Översikt page shows from a folder of packages: it is not in the
library, so the user is asked to import it first (the folder itself is never changed)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from tillitverkstad.core.errors import TillitError
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.operations.library import Library
from tillitverkstad.ui.errors import show_error
from tillitverkstad.ui.import_flow import ImportFlow


def offer_import(
    parent: QWidget,
    library: Library,
    source: overview_ops.FolderSource,
    workshop_id: str,
    language: str,
    opened: Callable[[str], object],
) -> QMessageBox:
    """Ask (without blocking) whether to import the workshop; on Yes import it and hand
    its id to ``opened``."""
    box = QMessageBox(parent)
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

    def answered(button: object) -> None:
        if button is yes:
            _import_and_open(parent, library, source, workshop_id, language, opened)

    box.buttonClicked.connect(answered)
    box.open()
    return box


def _import_and_open(
    parent: QWidget,
    library: Library,
    source: overview_ops.FolderSource,
    workshop_id: str,
    language: str,
    opened: Callable[[str], object],
) -> None:
    try:
        result = overview_ops.import_from_folder(library, source, workshop_id)
    except TillitError as exc:
        show_error(parent, exc, language)
        return
    flow = ImportFlow(parent, library, lambda: language, opened, say_already=False)
    flow.handle(result)  # another version held: asked which to keep, then opened
