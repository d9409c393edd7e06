"""Ctrl+Z does what a facilitator means, and nothing typed in a note input is lost."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from view_helpers import edit_in_place, press, type_text

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings, swedish  # noqa: F401
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, tmp_path, library, demo):
    library.add(demo)
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.show()
    assert w.open_workshop(demo.id)
    w.session.go_to("tillit")
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    w.close_workshop()


def ideas(window):
    return window.view.page().notes.lists[NoteCategory.IDEAS]


def stored(window, step="tillit") -> list[str]:
    return [n.text for n in window.session.workshop.record(step).notes_in(NoteCategory.IDEAS)]


def key(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def add_with_enter(qtbot, notes, text: str) -> None:
    notes.entry.setFocus()
    type_text(notes.entry, text)
    qtbot.keyClick(notes.entry, Qt.Key.Key_Return)


def test_ctrl_z_right_after_enter_undoes_the_note_not_the_typing(qtbot, window):
    notes = ideas(window)
    before = stored(window)
    add_with_enter(qtbot, notes, "Fika med nya")
    assert stored(window) == [*before, "Fika med nya"]
    assert notes.entry.text() == "" and notes.entry.hasFocus()
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert stored(window) == before  # the note is gone ...
    assert notes.entry.text() == ""  # ... and its text did not come back into the input
    key(qtbot, Qt.Key.Key_Z, CTRL | SHIFT)
    assert stored(window) == [*before, "Fika med nya"]  # redo from the input too


def test_ctrl_z_while_the_input_holds_text_undoes_the_typing_first(qtbot, window):
    notes = ideas(window)
    before = stored(window)
    add_with_enter(qtbot, notes, "Först")
    type_text(notes.entry, "halvskrivet")
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert notes.entry.text() == ""  # text-level undo
    assert stored(window) == [*before, "Först"]
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert stored(window) == before  # and then the note


def test_ctrl_z_after_editing_or_deleting_a_note_undoes_that(qtbot, window):
    notes = ideas(window)
    original = stored(window)
    notes.list.setCurrentRow(0)
    edit_in_place(qtbot, notes.list, "Ändrad")
    assert stored(window)[0] == "Ändrad"
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert stored(window) == original
    notes.list.setFocus()
    notes.list.setCurrentRow(0)
    press(notes.list, Qt.Key.Key_Delete)
    assert stored(window) == original[1:]
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert stored(window) == original


def test_free_notes_keep_their_own_undo_while_they_have_any(qtbot, window):
    editor = window.view.page().free_notes.editor
    add_with_enter(qtbot, ideas(window), "En idé")
    editor.setFocus()
    type_text(editor, "fritt")
    key(qtbot, Qt.Key.Key_Z, CTRL)
    assert editor.toPlainText() == ""
    assert stored(window)[-1] == "En idé"


def test_text_left_in_a_note_input_is_added_on_leaving_the_step_and_said(qtbot, window):
    notes = ideas(window)
    notes.entry.setFocus()
    type_text(notes.entry, "Inte avslutad")
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.session.workshop.current_step == "medborgarfokus"
    assert stored(window, "tillit")[-1] == "Inte avslutad"
    assert notes.entry.text() == ""
    assert "Tillit" in window.statusBar().currentMessage()
    key(qtbot, Qt.Key.Key_Z, CTRL)  # like any note, it can be undone
    assert "Inte avslutad" not in stored(window, "tillit")


def test_the_notes_say_that_unfinished_text_is_kept(window, swedish):  # noqa: F811
    window.rebuild_view()
    hint = window.view.page().notes.message
    assert hint.isVisibleTo(window.view.page())
    assert "läggs till" in hint.shown_text() and "lämnar steget" in hint.shown_text()


def test_text_left_in_inputs_survives_closing_the_workshop(qtbot, window, library, demo):
    ideas(window).entry.setText("Sista tanken")
    window.view.page().action_box.form.what.setText("Boka uppföljning")
    window.session.go_to("closing")
    window.view.page().entry.setText("Jag tar med mig modet")
    window.session.go_to("tillit")
    ideas(window).entry.setText("Efter avslutningen")
    assert window.close_workshop()
    saved = library.read(demo.id)
    texts = [n.text for n in saved.record("tillit").notes_in(NoteCategory.IDEAS)]
    assert "Sista tanken" in texts and "Efter avslutningen" in texts
    assert "Boka uppföljning" in [a.what for a in saved.actions]
    assert saved.record("closing").reflections[-1] == "Jag tar med mig modet"
