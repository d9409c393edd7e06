"""“Om Tillitverkstad”: what IT and the facilitator need to know, and the data folder."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, Qt, QTranslator, QUrl
from PySide6.QtWidgets import QLabel

from tillitverkstad import __version__
from tillitverkstad.paths import resource_dir
from tillitverkstad.ui import about_dialog
from tillitverkstad.ui.about_dialog import AboutDialog


class _FakeDesktop:
    def __init__(self, result: bool) -> None:
        self.result = result
        self.opened: list[QUrl] = []

    def openUrl(self, url: QUrl) -> bool:
        self.opened.append(url)
        return self.result


def _texts(dialog: AboutDialog) -> str:
    return "\n".join(label.text() for label in dialog.findChildren(QLabel))


@pytest.fixture
def about(qtbot, tmp_path):
    def make(folder=None) -> AboutDialog:
        dialog = AboutDialog(folder or tmp_path)
        qtbot.addWidget(dialog)
        return dialog

    return make


def test_about_shows_version_licence_privacy_and_data_folder(about, tmp_path):
    text = _texts(about())
    assert f"Version {__version__}" in text
    assert "MIT" in text
    assert (
        "No network access, except participant voting's local server while it is on; "
        "no telemetry." in text
    )
    assert str(tmp_path) in text


def test_open_data_folder_opens_it_as_a_local_file(about, tmp_path, monkeypatch, qtbot):
    desktop = _FakeDesktop(True)
    monkeypatch.setattr(about_dialog, "QDesktopServices", desktop)
    dialog = about()
    dialog.open_button.click()
    assert desktop.opened == [QUrl.fromLocalFile(str(tmp_path))]
    assert desktop.opened[0].isLocalFile()
    assert dialog.status_label.text() == ""


def test_a_folder_that_cannot_be_opened_is_said_so(about, monkeypatch):
    monkeypatch.setattr(about_dialog, "QDesktopServices", _FakeDesktop(False))
    dialog = about()
    dialog.open_button.click()
    assert dialog.status_label.text() == "The folder could not be opened."


def test_a_missing_data_folder_cannot_be_opened_yet(about, tmp_path):
    dialog = about(tmp_path / "not-created-yet")
    assert not dialog.open_button.isEnabled()
    assert "first workshop" in dialog.open_button.toolTip()


def test_a_folder_name_with_markup_is_shown_as_text(about, tmp_path):
    folder = tmp_path / "<b>data & mer<img src=x>"
    folder.mkdir()
    dialog = about(folder)
    assert dialog.folder_label.text() == str(folder)
    assert dialog.folder_label.textFormat() == Qt.TextFormat.PlainText


def test_about_speaks_swedish_with_the_swedish_catalog(about):
    translator = QTranslator()
    assert translator.load(str(resource_dir() / "translations" / "tillitverkstad_sv.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        dialog = about()
    finally:
        QCoreApplication.removeTranslator(translator)
    text = _texts(dialog)
    assert dialog.windowTitle() == "Om Tillitverkstad"
    assert (
        "Inga nätverksanrop, utom deltagarröstningens lokala server medan den är påslagen; "
        "ingen telemetri." in text
    )
    assert dialog.open_button.text() == "Öppna datamappen"
