"""The window opens workshops, binds undo, shows saves and failures, and lets go of locks."""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from view_helpers import QUICK_RETRY

from tests.ui.shell_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE,
    FakeView,
    ini_settings,
    message_boxes,
    swedish,
)
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.storage import atomic
from tillitverkstad.storage.library import Library
from tillitverkstad.ui.main_window import MainWindow

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def window(qtbot, tmp_path, library, demo):
    library.add(demo)
    w = MainWindow(library, ini_settings(tmp_path), view_factory=FakeView, save_timing=QUICK_RETRY)
    qtbot.addWidget(w)
    w.show()
    yield w
    w.close_workshop()


def can_open_elsewhere(library, workshop_id) -> bool:
    try:
        Library(library.data_dir).open(workshop_id).close()
    except Exception:
        return False
    return True


def test_opening_shows_the_view_and_going_back_releases_the_lock(window, library, demo):
    assert window.stack.currentWidget() is window.library_page
    assert not window.commands.next_step.isEnabled()
    window.library_page.open_selected()
    assert isinstance(window.view, FakeView)
    assert window.stack.currentWidget() is window.view
    assert window.view.language == "sv"
    assert window.windowTitle().startswith("Ledningsgrupp IFO")
    assert window.commands.next_step.isEnabled()
    assert not can_open_elsewhere(library, demo.id)
    window.commands.back.trigger()
    assert window.session is None
    assert window.stack.currentWidget() is window.library_page
    assert can_open_elsewhere(library, demo.id)


def test_a_locked_workshop_says_it_is_open_in_another_window(window, library, demo):
    held = Library(library.data_dir).open(demo.id)
    try:
        assert not window.open_workshop(demo.id)
    finally:
        held.close()
    texts = [box.text() for box in message_boxes(window)]
    assert any("öppen i ett annat" in t and "fönster" in t for t in texts)
    assert window.session is None


def test_an_edit_is_saved_and_the_status_bar_says_when(qtbot, window, library, demo):
    window.open_workshop(demo.id)
    assert window.saved_label.text() == "Ändringar sparas automatiskt"
    with qtbot.waitSignal(window.session.saved, timeout=1000):
        window.session.add_note("tillit", NoteCategory.IDEAS, "Sparas")
    assert re.fullmatch(r"Sparat \d\d:\d\d:\d\d", window.saved_label.text())
    assert library.read(demo.id).record("tillit").notes[-1].text == "Sparas"


def test_a_failed_save_shows_a_warning_that_goes_away_after_the_next_save(
    qtbot, window, demo, monkeypatch
):
    window.open_workshop(demo.id)
    session = window.session
    real = atomic.write_atomically

    def broken():
        raise OSError("disk full")

    monkeypatch.setattr(atomic, "write_atomically", lambda *a, **k: broken())
    with qtbot.waitSignal(session.save_failed, timeout=1000):
        session.add_note("tillit", NoteCategory.IDEAS, "behålls")
    assert window.save_warning.isVisible()
    assert window.save_warning.label.text().startswith("Kunde inte spara")
    assert window.saved_label.text() == "Inte sparat"
    assert not message_boxes(window)  # not modal: the facilitator keeps working
    monkeypatch.setattr(atomic, "write_atomically", real)
    with qtbot.waitSignal(session.saved, timeout=3000):
        pass
    assert not window.save_warning.isVisible()


def test_undo_and_redo_menu_items_follow_the_session(qtbot, window, demo):
    assert not window.commands.undo.isEnabled()
    window.open_workshop(demo.id)
    notes = window.session.workshop.record("tillit").notes
    before = len(notes)
    window.session.add_note("tillit", NoteCategory.IDEAS, "ny idé")
    assert window.commands.undo.isEnabled()
    assert window.commands.undo.text() == "&Ångra Lägg till anteckning"
    window.commands.undo.trigger()
    assert len(notes) == before
    assert window.commands.redo.text() == "&Gör om Lägg till anteckning"
    window.commands.redo.trigger()
    assert notes[-1].text == "ny idé"
    assert window.commands.undo.shortcuts()[0] == QKeySequence("Ctrl+Z")
    assert QKeySequence("Ctrl+Shift+Z") in window.commands.redo.shortcuts()


def test_shortcuts_drive_the_workshop_view(qtbot, window, demo):
    window.open_workshop(demo.id)
    qtbot.waitExposed(window)
    window.activateWindow()
    window.view.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_PageDown, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(window, Qt.Key.Key_Space, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    assert window.view.calls == ["go_next", "go_previous", "toggle_timer", "new_note"]


def test_every_required_shortcut_is_bound_and_listed_in_help(qtbot, window):
    expected = {
        window.commands.next_step: ["Ctrl+PgDown", "Alt+Right"],
        window.commands.previous_step: ["Ctrl+PgUp", "Alt+Left"],
        window.commands.timer: ["Ctrl+Space"],
        window.commands.new_note: ["Ctrl+N"],
        window.commands.new: ["Ctrl+Shift+N", "Ctrl+N"],  # Ctrl+N too: no workshop open
        window.commands.export: ["Ctrl+E"],
        window.commands.full_screen: ["F11"],
        window.commands.help: ["F1"],
        window.commands.undo: ["Ctrl+Z"],
        window.commands.redo: ["Ctrl+Shift+Z", "Ctrl+Y"],
    }
    for action, keys in expected.items():
        assert [k.toString() for k in action.shortcuts()] == keys
    assert not window.commands.export.isEnabled()
    assert window.commands.export.text() == "&Exportera rapport…"
    dialog = window.show_help()
    listed = dict(dialog.rows())
    assert listed["Nästa steg"] == "Ctrl+PgDown  /  Alt+Höger"  # key names from Qt, in Swedish
    assert listed["Starta eller pausa timern"] == "Ctrl+Mellanslag"
    assert len(listed) == len(window.shortcut_actions()) >= len(expected)


def test_f11_toggles_full_screen(qtbot, window):
    window.commands.full_screen.trigger()
    qtbot.waitUntil(window.isFullScreen)
    window.commands.full_screen.trigger()
    qtbot.waitUntil(lambda: not window.isFullScreen())


def test_a_new_workshop_from_the_dialog_is_stored_and_opened(qtbot, window, library):
    dialog = window.new_workshop()
    assert dialog.minutes.value() == 20  # the settings' default
    qtbot.keyClicks(dialog.group, "Skolledning")
    qtbot.mouseClick(dialog.template_cornerstones, LEFT, pos=QPoint(8, 8))
    with qtbot.waitSignal(window.workshop_opened, timeout=1000) as opened:
        qtbot.mouseClick(dialog.ok_button, LEFT)
    ws = library.read(opened.args[0])
    assert ws.group == "Skolledning"
    assert window.session.workshop.id == ws.id


def test_the_facilitator_and_minutes_are_offered_again_for_the_next_workshop(qtbot, window):
    dialog = window.new_workshop()
    assert dialog.facilitator.text() == ""
    qtbot.keyClicks(dialog.group, "Skolledning")
    qtbot.keyClicks(dialog.facilitator, "Sara Lind")
    dialog.minutes.setValue(35)
    with qtbot.waitSignal(window.workshop_opened, timeout=1000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert window.close_workshop()
    again = window.new_workshop()
    assert again.facilitator.text() == "Sara Lind"
    assert again.minutes.value() == 35


def test_closing_the_window_saves_and_releases_the_lock(qtbot, window, library, demo):
    window.open_workshop(demo.id)
    window.session.add_note("tillit", NoteCategory.IDEAS, "sista ordet")
    window.close()
    assert library.read(demo.id).record("tillit").notes[-1].text == "sista ordet"
    assert can_open_elsewhere(library, demo.id)


def test_closing_with_unsaved_edits_asks_first(qtbot, window, library, demo, monkeypatch):
    window.open_workshop(demo.id)
    session = window.session

    def broken():
        raise OSError("disk full")

    monkeypatch.setattr(atomic, "write_atomically", lambda *a, **k: broken())
    session.add_note("tillit", NoteCategory.IDEAS, "osparad")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.No)
    assert not window.close()
    assert window.session is session
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: QMessageBox.StandardButton.Yes)
    assert window.close()
    assert can_open_elsewhere(library, demo.id)


def test_switching_the_data_folder_shows_the_other_library(qtbot, window, tmp_path, demo):
    window.open_workshop(demo.id)
    other = Library(tmp_path / "annan")
    assert window.set_library(other)
    assert window.session is None
    assert window.library_page.pages.currentIndex() == 1  # empty: the welcome page


def test_the_library_is_reachable_by_keyboard(qtbot, window):
    names = [
        window.library_page.search.accessibleName(),
        window.library_page.table.accessibleName(),
    ]
    assert names == ["Sök grupp eller organisation", "Workshoppar"]
    assert window.commands.file_menu.title() == "&Arkiv"
    assert [
        m.title()
        for m in (window.commands.edit_menu, window.commands.view_menu, window.commands.help_menu)
    ] == [
        "&Redigera",
        "&Visa",
        "&Hjälp",
    ]


def test_the_start_path_loads_neither_the_report_nor_the_content():
    import subprocess
    import sys

    code = (
        "import sys\n"
        "import tillitverkstad.app, tillitverkstad.ui.main_window\n"
        "print(' '.join(sorted(sys.modules)))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    loaded = set(out.stdout.split())
    assert not {"reportlab", "tillitverkstad.report", "tillitverkstad.core.content"} & loaded
