"""Where the facilitator saves the report, and what it includes: the export dialog and the
choices it returns (kept, to ask again after a failure)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

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

from tillitverkstad.core.model import Workshop
from tillitverkstad.operations import reports
from tillitverkstad.ui import theme
from tillitverkstad.ui.widgets.message_slot import MessageSlot


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
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(theme.SPACE.xl,) * 4)
        layout.setSpacing(theme.SPACE.s)
        where = QLabel(self.tr("Save the report as:"))
        where.setBuddy(self.path_edit)  # read with the field
        layout.addWidget(where)
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
            if answer != QMessageBox.StandardButton.Yes:
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
