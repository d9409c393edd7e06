"""Whatever makes a save fail, the facilitator sees the banner and keeps every edit; a
copy in the folder or a hostile name changes nothing else in the window."""

from __future__ import annotations

import errno
import json
import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from view_helpers import QUICK_RETRY

from tests.report.pdfread import pdf_text
from tests.ui.shell_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE,
    FakeView,
    ini_settings,
    message_boxes,
    swedish,
)
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.storage import atomic
from tillitverkstad.storage.library import SUFFIX
from tillitverkstad.ui.main_window import MainWindow

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
LEFT = Qt.MouseButton.LeftButton
HOSTILE = "Grupp\x1b[2J\r\nFALSK\u202eX"


@pytest.fixture
def window(qtbot, tmp_path, library, demo):
    library.add(demo)
    w = MainWindow(library, ini_settings(tmp_path), view_factory=FakeView, save_timing=QUICK_RETRY)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_workshop()


def _break_writer(monkeypatch, error):
    def broken(*args, **kwargs):
        raise error

    monkeypatch.setattr(atomic, "write_atomically", broken)


@pytest.mark.parametrize(
    ("error", "said"),
    [
        (RuntimeError("a bug nobody foresaw"), "oväntat fel"),
        (UnicodeEncodeError("utf-8", "\ud800", 0, 1, "surrogates not allowed"), "oväntat fel"),
        (OSError(errno.ENOSPC, "No space left on device"), "Disken är full"),
    ],
)
def test_any_failed_save_shows_the_banner_and_keeps_the_edit(
    qtbot, window, library, demo, monkeypatch, error, said
):
    window.open_workshop(demo.id)
    session = window.session
    _break_writer(monkeypatch, error)
    with qtbot.waitSignal(session.save_failed, timeout=2000):
        session.add_note("tillit", NoteCategory.IDEAS, "får inte försvinna")
    assert window.save_warning.isVisible()
    assert said in window.save_warning.label.text()
    assert window.saved_label.text() == "Inte sparat"
    assert session.workshop.record("tillit").notes[-1].text == "får inte försvinna"
    monkeypatch.undo()
    with qtbot.waitSignal(session.saved, timeout=5000):
        pass  # the retry writes it
    assert not window.save_warning.isVisible()
    assert library.read(demo.id).record("tillit").notes[-1].text == "får inte försvinna"


def test_closing_while_the_writer_fails_unexpectedly_asks_instead_of_crashing(
    qtbot, window, demo, monkeypatch
):
    window.open_workshop(demo.id)
    _break_writer(monkeypatch, RuntimeError("bug"))
    window.session.add_note("tillit", NoteCategory.IDEAS, "osparat")
    asked = []
    monkeypatch.setattr(
        QMessageBox, "warning", lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No
    )
    assert window.close_workshop() is False  # the facilitator chose to stay
    assert asked and window.session is not None


def test_a_workshop_holding_a_lone_surrogate_opens_says_so_and_saves(qtbot, window, library, demo):
    path = library.path_of(demo.id)
    text = path.read_text().replace("Ledningsgrupp IFO", "Ledningsgrupp \\ud800IFO", 1)
    path.write_text(text)
    assert window.open_workshop(demo.id)
    assert window.save_warning.isVisible()
    assert "\ufffd" in window.save_warning.label.text()
    with qtbot.waitSignal(window.session.saved, timeout=2000):
        window.session.add_note("tillit", NoteCategory.IDEAS, "sparas")
    assert library.read(demo.id).record("tillit").notes[-1].text == "sparas"
    assert "\\ud800" not in path.read_text()


def test_deleting_a_copied_files_row_deletes_the_copy_not_the_original(
    qtbot, window, library, demo, monkeypatch
):
    original = library.path_of(demo.id)
    copy = original.with_name(f"kopia{SUFFIX}")
    shutil.copyfile(original, copy)
    page = window.library_page
    page.refresh()
    model = page.model
    [row] = [r for r in range(model.rowCount()) if not model.summary(r).readable]
    assert original.name in model.data(model.index(row, 1))  # the reason names the other
    page.table.selectRow(page.proxy.mapFromSource(model.index(row, 0)).row())
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    qtbot.mouseClick(page.delete_button, LEFT)
    assert not copy.exists()
    assert original.exists() and library.read(demo.id) == demo


def _import_hostile(library, demo, tmp_path):
    from tillitverkstad.operations import packages

    raw = json.loads(packages.package_bytes(demo))
    raw["workshop"]["group"] = HOSTILE
    raw["workshop"]["id"], raw["workshop"]["group_id"] = "c" * 32, "d" * 32  # another group's
    package = tmp_path / "p.json"
    package.write_text(json.dumps(raw))
    return packages.import_package(library, package)


def test_a_hostile_name_is_shown_defused_in_the_library_and_the_title(
    qtbot, window, library, demo, tmp_path
):
    ws = _import_hostile(library, demo, tmp_path)
    page = window.library_page
    page.refresh(ws.id)
    model = page.model
    shown = [model.data(model.index(r, 0)) for r in range(model.rowCount())]
    assert "Grupp\u241b[2J\u240d\u240aFALSK X".replace(" ", "") in shown
    window.open_workshop(ws.id)
    title = window.windowTitle()
    assert title.startswith("Grupp\u241b[2J")
    for raw in ("\x1b", "\r", "\n", "\u202e"):
        assert raw not in title and all(raw not in text for text in shown)


def test_a_hostile_name_is_printed_defused_in_the_pdf(library, demo, tmp_path):
    from tillitverkstad.report import build_pdf

    ws = _import_hostile(library, demo, tmp_path)
    text = pdf_text(build_pdf(ws))
    assert "FALSK" in text
    for raw in ("\x1b", "\u202e"):
        assert raw not in text
