"""Preferences survive a restart, and the language can be switched while the app runs."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from tests.ui.shell_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE,
    ini_settings,
    kept_application,
    swedish,
)
from tillitverkstad.app import apply_appearance, install_translators
from tillitverkstad.ui.main_window import MainWindow
from tillitverkstad.ui.settings import Settings
from tillitverkstad.ui.settings_dialog import SettingsDialog
from tillitverkstad.ui.theme import Appearance

LEFT = Qt.MouseButton.LeftButton
pytestmark = OFFSCREEN_NOISE


def test_settings_round_trip_through_the_ini_file(tmp_path):
    settings = ini_settings(tmp_path)
    assert settings.language == "sv"  # from the environment (conftest)
    assert settings.data_dir is None
    assert settings.default_minutes == 20
    settings.language = "en"
    settings.data_dir = tmp_path / "elsewhere"
    settings.default_minutes = 35
    settings.font_scale = 1.5
    settings.sync()
    again = ini_settings(tmp_path)
    assert (again.language, again.data_dir) == ("en", tmp_path / "elsewhere")
    assert (again.default_minutes, again.font_scale) == (35, 1.5)


@pytest.mark.posix
@pytest.mark.usefixtures("kept_application")
def test_the_settings_file_is_readable_by_the_user_alone(tmp_path, qapp):
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    store = QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, "Tillitverkstad", "Tillitverkstad"
    )
    settings = Settings(store)
    settings.remember_workshop("0123abcd")
    settings.default_facilitator = "Sara Lind"
    settings.sync()
    path = Path(store.fileName())
    assert path.parent == tmp_path / "Tillitverkstad"
    assert "Sara Lind" in path.read_text(encoding="utf-8")
    assert path.stat().st_mode & 0o777 == 0o600
    assert path.parent.stat().st_mode & 0o777 == 0o700
    settings.default_facilitator = "Kim"  # Qt rewrites the file: still the user's alone
    settings.sync()
    assert path.stat().st_mode & 0o777 == 0o600


def test_damaged_values_fall_back_to_defaults(tmp_path):
    (tmp_path / "settings.ini").write_text(
        "[ui]\nlanguage=klingon\nfont_scale=huge\n[workshop]\nminutes=9999\n", encoding="utf-8"
    )
    settings = ini_settings(tmp_path)
    assert settings.language == "sv"
    assert settings.font_scale == 1.0
    assert settings.default_minutes == 240


def test_the_shared_screen_theme_is_remembered_and_a_damaged_one_falls_back(tmp_path):
    settings = ini_settings(tmp_path)
    assert settings.slide_theme == "light"
    settings.slide_theme = "dark"
    settings.sync()
    assert ini_settings(tmp_path).slide_theme == "dark"
    with pytest.raises(ValueError):
        settings.slide_theme = "neon"
    settings.store.setValue("shared_screen/theme", "neon")
    assert settings.slide_theme == "light"


def test_the_dialog_saves_what_the_user_chose(qtbot, tmp_path):
    settings = ini_settings(tmp_path)
    dialog = SettingsDialog(settings, Path("/standard"))
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.data_dir.setText(str(tmp_path / "mapp"))
    dialog.minutes.setValue(25)
    dialog.font_scale.setCurrentIndex(dialog.font_scale.findData(1.3))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    settings = ini_settings(tmp_path)
    assert settings.language == "en"
    assert settings.data_dir == tmp_path / "mapp"
    assert settings.default_minutes == 25
    assert settings.font_scale == 1.3


@pytest.mark.usefixtures("swedish")
def test_every_settings_control_has_an_accessible_name(qtbot, tmp_path):
    dialog = SettingsDialog(ini_settings(tmp_path), Path("/standard"))
    qtbot.addWidget(dialog)
    for widget in (dialog.language, dialog.data_dir, dialog.browse, dialog.minutes):
        assert widget.accessibleName()
    assert dialog.font_scale.accessibleName() == "Textstorlek"


def test_switching_language_retranslates_the_running_window(qtbot, tmp_path, library):
    app = QApplication.instance()
    settings = ini_settings(tmp_path)
    install_translators(app, "sv")
    try:
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        assert window.commands.file_menu.title() == "&Arkiv"
        assert window.library_page.search.placeholderText() == "Sök grupp eller organisation"
        settings.language = "en"
        install_translators(app, settings.language)
        qtbot.waitUntil(lambda: window.commands.file_menu.title() == "&File")
        assert window.library_page.search.placeholderText() == "Search group or organisation"
        assert window.library_page.new_button.text() == "&New workshop…"
    finally:
        install_translators(app, "en")


@pytest.mark.usefixtures("kept_application")
def test_text_size_and_appearance_change_the_whole_application(qtbot, tmp_path):
    app = QApplication.instance()
    settings = ini_settings(tmp_path)
    apply_appearance(app, settings)
    base = app.font().pointSizeF()
    assert app.font().family() == "Atkinson Hyperlegible"  # the shipped face
    assert base >= 10.5
    settings.font_scale = 1.5
    apply_appearance(app, settings)
    assert abs(app.font().pointSizeF() - base * 1.5) < 0.01
    settings.font_scale = 1.0
    settings.appearance = Appearance.HIGH_CONTRAST
    apply_appearance(app, settings)
    assert abs(app.font().pointSizeF() - base) < 0.01
    assert app.palette().window().color().name() == "#ffffff"
    assert app.palette().windowText().color().name() == "#000000"
    settings.appearance = Appearance.DARK
    apply_appearance(app, settings)
    assert app.palette().window().color().lightness() < 60


def test_accepting_the_dialog_from_the_window_emits_settings_changed(qtbot, tmp_path, library):
    settings = ini_settings(tmp_path)
    window = MainWindow(library, settings)
    qtbot.addWidget(window)
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog)
    with qtbot.waitSignal(window.settings_changed, timeout=1000):
        dialog.minutes.setValue(30)
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert Settings(settings._store).default_minutes == 30
