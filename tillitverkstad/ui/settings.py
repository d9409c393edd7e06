"""The user's preferences, stored with QSettings (the dialog is ``settings_dialog``).

The recent list holds workshop ids and the facilitator's name is personal, so the file is
readable by the user alone (0600, its own folder 0700), like the data folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QLocale, QSettings

from tillitverkstad.core.i18n import system_language
from tillitverkstad.core.languages import ui_languages
from tillitverkstad.ui.theme import Appearance

LANGUAGE_NAMES = {"sv": "Svenska", "en": "English"}  # each in its own language, never translated


def language_name(code: str) -> str:
    """A language by its own name; one added later (a content folder, a catalog) by the
    name Qt knows it by, else its code."""
    if code in LANGUAGE_NAMES:
        return LANGUAGE_NAMES[code]
    locale = QLocale(code)
    native = locale.nativeLanguageName() if locale.language() != QLocale.Language.C else ""
    return native[:1].upper() + native[1:] if native else code


FONT_SCALES = (0.9, 1.0, 1.15, 1.3, 1.5, 1.75, 2.0)
MIN_MINUTES, MAX_MINUTES = 1, 240
RECENT_COUNT = 5


def keep_private(store: QSettings) -> None:
    """Make the settings file user-only before anything personal is written to it.

    Qt rewrites the file through a temporary file that takes the old file's permissions,
    so creating it 0600 once keeps it so. The Windows registry is per user already."""
    if sys.platform == "win32" and store.format() == QSettings.Format.NativeFormat:
        return
    path = Path(store.fileName())
    try:
        if path.parent.name == store.organizationName() != "":  # our own folder, not ~/.config
            path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            os.chmod(path.parent, 0o700)
        if not path.exists():
            path.parent.mkdir(parents=True, exist_ok=True)
            os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
        os.chmod(path, 0o600)
    except OSError:
        pass  # an unwritable settings folder is reported by QSettings.status(), not here


class Settings:
    """Typed access to the stored preferences. Tests pass a QSettings on an ini file."""

    def __init__(self, store: QSettings | None = None) -> None:
        self._store = store if store is not None else QSettings()
        keep_private(self._store)

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
        items = [value] if isinstance(value, str) else value if isinstance(value, list) else []
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
        return value if value in ui_languages() else system_language()

    @language.setter
    def language(self, value: str) -> None:
        if value not in ui_languages():
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
            value = int(str(self._store.value("workshop/minutes", DEFAULT_MINUTES)))
        except (TypeError, ValueError):
            return DEFAULT_MINUTES
        return min(max(value, MIN_MINUTES), MAX_MINUTES)

    @default_minutes.setter
    def default_minutes(self, value: int) -> None:
        if not MIN_MINUTES <= int(value) <= MAX_MINUTES:
            raise ValueError(f"minutes out of range: {value}")
        self._store.setValue("workshop/minutes", int(value))

    @property
    def default_facilitator(self) -> str:
        """The facilitator of the last workshop created, offered for the next one."""
        return str(self._store.value("workshop/facilitator", "") or "")

    @default_facilitator.setter
    def default_facilitator(self, value: str) -> None:
        self._store.setValue("workshop/facilitator", value)

    @property
    def appearance(self) -> Appearance:
        value = str(self._store.value("ui/appearance", "") or "")
        try:
            return Appearance(value)
        except ValueError:
            return Appearance.AUTO

    @appearance.setter
    def appearance(self, value: Appearance) -> None:
        self._store.setValue("ui/appearance", Appearance(value).value)

    @property
    def font_scale(self) -> float:
        try:
            value = float(str(self._store.value("ui/font_scale", 1.0)))
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
