"""The settings dialog: language, data folder, minutes per step, text size, appearance."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.languages import ui_languages
from tillitverkstad.ui.settings import (
    FONT_SCALES,
    MAX_MINUTES,
    MIN_MINUTES,
    Settings,
    language_name,
)
from tillitverkstad.ui.theme import SPACE, Appearance, pad_spin_text
from tillitverkstad.ui.wheel_guard import guard_values
from tillitverkstad.ui.widgets.choice_box import ChoiceBox


class SettingsDialog(QDialog):
    """Language, data folder, default minutes per step and text size.

    On accept the values are written to ``settings``; the caller applies them. The data
    folder field shows the folder in use (``current``); only a change to it is a choice,
    remembered and announced by ``folder_chosen`` (None: the standard folder)."""

    folder_chosen = Signal(object)  # Path | None, after accept

    def __init__(
        self,
        settings: Settings,
        default_data_dir: Path,
        parent: QWidget | None = None,
        current: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._default_dir = default_data_dir
        in_use = current if current is not None else settings.data_dir
        self._shown_folder = "" if in_use in (None, default_data_dir) else str(in_use)

        self.language = ChoiceBox()
        for code in ui_languages():
            self.language.addItem(language_name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        self.data_dir = QLineEdit(self._shown_folder)
        self.data_dir.setPlaceholderText(str(default_data_dir))
        self.data_dir.setClearButtonEnabled(True)
        self.browse = QPushButton()
        self.browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.setContentsMargins(0, 0, 0, 0)
        folder_row.addWidget(self.data_dir, 1)
        folder_row.addWidget(self.browse)

        self.minutes = QSpinBox()
        self.minutes.setRange(MIN_MINUTES, MAX_MINUTES)
        self.minutes.setValue(settings.default_minutes)
        pad_spin_text(self.minutes)

        self.font_scale = ChoiceBox()
        for scale in FONT_SCALES:
            self.font_scale.addItem(f"{round(scale * 100)} %", scale)
        nearest = min(FONT_SCALES, key=lambda s: abs(s - settings.font_scale))
        self.font_scale.setCurrentIndex(FONT_SCALES.index(nearest))
        self.appearance = ChoiceBox()
        for choice in Appearance:
            self.appearance.addItem("", choice.value)
        self.appearance.setCurrentIndex(self.appearance.findData(settings.appearance.value))
        # Named in retranslate(), after Qt has measured the empty names once: the fields
        # follow their names (and another language's), so the dialog is wide enough.
        for combo in (self.language, self.font_scale, self.appearance):
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)

        self.note = QLabel()
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.language_label, self.folder_label = QLabel(), QLabel()
        self.minutes_label, self.font_label = QLabel(), QLabel()
        self.appearance_label = QLabel()
        for label, field in (
            (self.language_label, self.language),
            (self.folder_label, folder_row),
            (self.minutes_label, self.minutes),
            (self.font_label, self.font_scale),
            (self.appearance_label, self.appearance),
        ):
            if isinstance(field, QWidget):
                label.setBuddy(field)
            self.form.addRow(label, field)
        self.folder_label.setBuddy(self.data_dir)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(*(SPACE.xl,) * 4)
        layout.setSpacing(SPACE.m)
        self.form.setHorizontalSpacing(SPACE.m)
        self.form.setVerticalSpacing(SPACE.s)
        self.note.setProperty("role", "muted")
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addSpacing(SPACE.s)
        layout.addWidget(self.buttons)
        for first, second in (
            (self.language, self.data_dir),
            (self.data_dir, self.browse),
            (self.browse, self.minutes),
            (self.minutes, self.font_scale),
            (self.font_scale, self.appearance),
            (self.appearance, self.buttons),
        ):
            QWidget.setTabOrder(first, second)
        # Room for a folder's path, in letters so it grows with the text size; no fixed
        # least width of the dialog's own, which would let Qt open it narrower than
        # its fields at large text.
        self.data_dir.setMinimumWidth(self.data_dir.fontMetrics().averageCharWidth() * 40)
        self.retranslate()
        guard_values(self)
        self.language.setFocus()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Settings"))
        self.language_label.setText(self.tr("&Language:"))
        self.folder_label.setText(self.tr("&Data folder:"))
        self.minutes_label.setText(self.tr("Default &minutes per step:"))
        self.font_label.setText(self.tr("&Text size:"))
        self.browse.setText(self.tr("&Browse…"))
        self.note.setText(
            self.tr("Leave the data folder empty to use the standard folder:")
            + f" {self._default_dir}"
        )
        self.language.setAccessibleName(self.tr("Language"))
        self.data_dir.setAccessibleName(self.tr("Data folder"))
        self.browse.setAccessibleName(self.tr("Browse for the data folder"))
        self.minutes.setAccessibleName(self.tr("Default minutes per step"))
        self.minutes.setSuffix(self.tr(" min"))
        self.font_scale.setAccessibleName(self.tr("Text size"))
        self.appearance_label.setText(self.tr("&Appearance:"))
        self.appearance.setAccessibleName(self.tr("Appearance"))
        names = {
            Appearance.AUTO: self.tr("Follow the system (light or dark)"),
            Appearance.LIGHT: self.tr("Light"),
            Appearance.DARK: self.tr("Dark"),
            Appearance.HIGH_CONTRAST: self.tr("High contrast"),
        }
        for index in range(self.appearance.count()):
            self.appearance.setItemText(index, names[Appearance(self.appearance.itemData(index))])

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _choose_folder(self) -> None:
        start = self.data_dir.text() or str(self._default_dir)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose data folder"), start)
        if folder:
            self.data_dir.setText(folder)

    def accept(self) -> None:
        self._settings.language = self.language.currentData()
        text = self.data_dir.text().strip()
        # The folder shown is the one in use, possibly given for this run only: it is
        # stored (and switched to) only when the facilitator changed it here.
        chosen = text != self._shown_folder
        if chosen:
            self._settings.data_dir = Path(text).expanduser() if text else None
        self._settings.default_minutes = self.minutes.value()
        self._settings.font_scale = self.font_scale.currentData()
        self._settings.appearance = Appearance(self.appearance.currentData())
        self._settings.sync()
        super().accept()
        if chosen:
            self.folder_chosen.emit(self._settings.data_dir)
