"""The settings dialog moves the window to another data folder only when the facilitator
chooses one there; the folder given for this run (--data-dir, TILLITVERKSTAD_DATA_DIR)
stays in use through every other change, and the window says which folder it uses."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QDialogButtonBox

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, gui_starts
from tillitverkstad.storage.library import DATA_DIR_VARIABLE
from tillitverkstad.ui.settings import Settings
from tillitverkstad.ui.settings_dialog import SettingsDialog

pytestmark = OFFSCREEN_NOISE
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def standard(tmp_path, monkeypatch):
    """Where the user's standard data folder would be: never created by these tests."""
    folder = tmp_path / "standard"
    monkeypatch.setattr("platformdirs.user_data_dir", lambda *a, **k: str(folder))
    monkeypatch.delenv(DATA_DIR_VARIABLE, raising=False)
    return folder


@pytest.fixture
def start(qapp, tmp_path, standard):
    with gui_starts(qapp, tmp_path) as start_gui:
        yield start_gui


def _accept_a_bigger_text_size(qtbot, window) -> None:
    dialog = window.show_settings()
    assert isinstance(dialog, SettingsDialog)
    dialog.font_scale.setCurrentIndex(dialog.font_scale.findData(1.3))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)


def test_changing_the_text_size_keeps_the_window_in_the_folder_given_by_data_dir(
    qtbot, start, library, demo, standard
):
    library.add(demo)
    window = start(data_dir=library.data_dir, open_id=demo.id)
    _accept_a_bigger_text_size(qtbot, window)
    assert window.library.data_dir == library.data_dir
    assert window.session is not None and window.session.workshop.id == demo.id
    assert not standard.exists()


def test_changing_the_text_size_keeps_the_window_in_the_folder_of_the_variable(
    qtbot, start, library, demo, standard, monkeypatch, tmp_path
):
    library.add(demo)
    monkeypatch.setenv(DATA_DIR_VARIABLE, str(library.data_dir))
    QCoreApplication.setOrganizationName("Tillitverkstad")  # the store build_gui reads
    QCoreApplication.setApplicationName("Tillitverkstad")
    Settings().data_dir = tmp_path / "stored"  # a folder chosen in an earlier session
    window = start(open_id=demo.id)
    assert window.library.data_dir == library.data_dir  # this run's choice wins
    _accept_a_bigger_text_size(qtbot, window)
    assert window.library.data_dir == library.data_dir
    assert window.session is not None
    assert not standard.exists() and not (tmp_path / "stored").exists()


def test_choosing_another_folder_switches_and_the_window_says_which(
    qtbot, start, library, demo, tmp_path
):
    library.add(demo)
    window = start(data_dir=library.data_dir)
    assert str(library.data_dir) in window.library_page.folder_label.text()
    dialog = window.show_settings()
    assert dialog.data_dir.text() == str(library.data_dir)  # the folder in use, shown
    other = tmp_path / "annan"
    dialog.data_dir.setText(str(other))
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), LEFT)
    assert window.library.data_dir == other
    assert other.is_dir()
    assert str(other) in window.library_page.folder_label.text()
    assert Settings().data_dir == other  # remembered for the next start
