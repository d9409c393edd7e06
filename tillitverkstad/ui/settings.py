"""The user's preferences (QSettings) and the dialog that edits them."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QEvent, QSettings
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

from tillitverkstad.core.i18n import LANGUAGES, system_language

LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}  # each in its own language, never translated
FONT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
MIN_MINUTES, MAX_MINUTES = 1, 240
RECENT_COUNT = 5


class Settings:
    """Typed access to the stored preferences. Tests pass a QSettings on an ini file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()

    @property
    def store(self) -> QSettings:
        """The underlying QSettings, for parts that keep their own keys (the shared screen)."""
        return self._store

    @property
    def geometry(self) -> QByteArray:
        value = self._store.value("window/geometry")
        return value if isinstance(value, QByteArray) else QByteArray()

    @geometry.setter
    def geometry(self, value: QByteArray) -> None:
        self._store.setValue("window/geometry", value)

    @property
    def recent_workshops(self) -> list[str]:
        """Ids of the workshops opened last, newest first."""
        value = self._store.value("workshop/recent", [])
        items = [value] if isinstance(value, str) else list(value or [])
        return [str(item) for item in items if item][:RECENT_COUNT]

    def remember_workshop(self, workshop_id: str) -> None:
        recent = [workshop_id, *(i for i in self.recent_workshops if i != workshop_id)]
        self._store.setValue("workshop/recent", recent[:RECENT_COUNT])

    @property
    def export_folder(self) -> Path | None:
        value = str(self._store.value("export/folder", "") or "")
        return Path(value) if value else None

    @export_folder.setter
    def export_folder(self, value: Path) -> None:
        self._store.setValue("export/folder", str(value))

    def sync(self) -> None:
        self._store.sync()

    @property
    def language(self) -> str:
        value = str(self._store.value("ui/language", "") or "")
        return value if value in LANGUAGES else system_language()

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ValueError(f"unknown language {value!r}")
        self._store.setValue("ui/language", value)

    @property
    def data_dir(self) -> Path | None:
        """The chosen data folder, or None for the default one."""
        value = str(self._store.value("data/folder", "") or "")
        return Path(value) if value else None

    @data_dir.setter
    def data_dir(self, value: Path | None) -> None:
        self._store.setValue("data/folder", str(value) if value else "")

    @property
    def default_minutes(self) -> int:
        from tillitverkstad.core.agenda import DEFAULT_MINUTES  # late: keeps content off start

        try:
            value = int(self._store.value("workshop/minutes", DEFAULT_MINUTES))
        except (TypeError, ValueError):
            return DEFAULT_MINUTES
        return min(max(value, MIN_MINUTES), MAX_MINUTES)

    @default_minutes.setter
    def default_minutes(self, value: int) -> None:
        if not MIN_MINUTES <= int(value) <= MAX_MINUTES:
            raise ValueError(f"minutes out of range: {value}")
        self._store.setValue("workshop/minutes", int(value))

    @property
    def font_scale(self) -> float:
        try:
            value = float(self._store.value("ui/font_scale", 1.0))
        except (TypeError, ValueError):
            return 1.0
        return min(max(value, FONT_SCALES[0]), FONT_SCALES[-1])

    @font_scale.setter
    def font_scale(self, value: float) -> None:
        if not FONT_SCALES[0] <= float(value) <= FONT_SCALES[-1]:
            raise ValueError(f"font scale out of range: {value}")
        self._store.setValue("ui/font_scale", float(value))

    @property
    def slide_theme(self) -> str:
        """The shared screen's theme: "light" (bright rooms) or "dark" (dim rooms)."""
        from tillitverkstad.ui.slide_theme import DEFAULT_THEME, THEMES

        value = str(self._store.value("shared_screen/theme", "") or "")
        return value if value in THEMES else DEFAULT_THEME

    @slide_theme.setter
    def slide_theme(self, value: str) -> None:
        from tillitverkstad.ui.slide_theme import THEMES

        if value not in THEMES:
            raise ValueError(f"unknown slide theme {value!r}")
        self._store.setValue("shared_screen/theme", value)


class SettingsDialog(QDialog):
    """Language, data folder, default minutes per step and text size.

    On accept the values are written to ``settings``; the caller applies them."""

    def __init__(
        self, settings: Settings, default_data_dir: Path, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._settings = settings
        self._default_dir = default_data_dir

        self.language = QComboBox()
        for code in LANGUAGES:
            self.language.addItem(LANGUAGE_NAMES.get(code, code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(settings.language)))

        self.data_dir = QLineEdit(str(settings.data_dir or ""))
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

        self.font_scale = QComboBox()
        for scale in FONT_SCALES:
            self.font_scale.addItem(f"{round(scale * 100)} %", scale)
        nearest = min(FONT_SCALES, key=lambda s: abs(s - settings.font_scale))
        self.font_scale.setCurrentIndex(FONT_SCALES.index(nearest))

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
        for label, field in (
            (self.language_label, self.language),
            (self.folder_label, folder_row),
            (self.minutes_label, self.minutes),
            (self.font_label, self.font_scale),
        ):
            if isinstance(field, QWidget):
                label.setBuddy(field)
            self.form.addRow(label, field)
        self.folder_label.setBuddy(self.data_dir)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        for first, second in (
            (self.language, self.data_dir),
            (self.data_dir, self.browse),
            (self.browse, self.minutes),
            (self.minutes, self.font_scale),
            (self.font_scale, self.buttons),
        ):
            QWidget.setTabOrder(first, second)
        self.setMinimumWidth(520)
        self.retranslate()

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
        self.browse.setAccessibleName(self.tr("Choose data folder"))
        self.minutes.setAccessibleName(self.tr("Default minutes per step"))
        self.minutes.setSuffix(self.tr(" min"))
        self.font_scale.setAccessibleName(self.tr("Text size"))

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
        self._settings.data_dir = Path(text).expanduser() if text else None
        self._settings.default_minutes = self.minutes.value()
        self._settings.font_scale = self.font_scale.currentData()
        self._settings.sync()
        super().accept()
