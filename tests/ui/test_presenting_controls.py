"""Presenting in front of the group works wherever the cursor is: blank, reveal, voting
view and next/previous by shortcut from every kind of text field, and on visible buttons."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from view_helpers import click, edit_in_place

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings
from tillitverkstad.core.model import NoteCategory, Scale
from tillitverkstad.ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE
CTRL = Qt.KeyboardModifier.ControlModifier
SHIFT = Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def window(qtbot, tmp_path, library, demo):
    library.add(demo)
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    assert w.open_workshop(demo.id)
    w.presenting.presenter._card_timer.setInterval(0)
    w.session.go_to("tillit")
    w.start_presenting()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    w.close_workshop()


def key(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press where the keyboard focus is, as a real keyboard delivers it."""
    qtbot.keyClick(QApplication.focusWidget(), key, modifiers)


def focus_note(window):
    entry = window.view.page().notes.lists[NoteCategory.IDEAS].entry
    entry.setFocus()
    return entry, entry.text


def focus_free_notes(window):
    editor = window.view.page().free_notes.editor
    editor.setFocus()
    return editor, editor.toPlainText


def focus_vote(window):
    spin = window.view.page().rating.spins[Scale.CURRENT][0]
    spin.setFocus()
    spin.lineEdit().selectAll()
    return spin, spin.lineEdit().text


def focus_reservations(window):
    editor = window.view.page().rating.reservations
    editor.setFocus()
    return editor, editor.toPlainText


def focus_action_what(window):
    what = window.view.page().action_box.form.what
    what.setFocus()
    return what, what.text


def focus_agenda_search(window):
    """The agenda finds a step by its first letters (type-ahead search)."""
    agenda = window.view.sidebar.list
    agenda.setFocus()
    return agenda, lambda: agenda.currentItem().text()


FIELDS = {
    "note line edit": focus_note,
    "free notes (plain text)": focus_free_notes,
    "vote spin box": focus_vote,
    "reservations (plain text)": focus_reservations,
    "action line edit": focus_action_what,
    "agenda type-ahead search": focus_agenda_search,
}


@pytest.mark.parametrize("field", FIELDS)
def test_blank_reveal_voting_and_navigation_work_from_every_kind_of_field(qtbot, window, field):
    presenter = window.presenting.presenter
    screen = presenter.screen
    widget, text = FIELDS[field](window)
    if field != "agenda type-ahead search":
        qtbot.keyClicks(QApplication.focusWidget(), "7bw")
    typed = text()

    key(qtbot, Qt.Key.Key_B, CTRL)
    assert screen.blank_mode == "black"
    key(qtbot, Qt.Key.Key_B, CTRL)
    assert screen.blank_mode == ""
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    assert screen.blank_mode == "white"
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    assert screen.blank_mode == ""

    key(qtbot, Qt.Key.Key_R, CTRL)
    assert presenter.rating_action.isChecked()  # the voting view
    key(qtbot, Qt.Key.Key_R, CTRL | SHIFT)
    assert presenter.reveal_action.isChecked()
    assert getattr(screen.slide._view, "revealed", None) is True
    assert text() == typed  # none of it was typed into the field
    assert QApplication.focusWidget() in (widget, *widget.findChildren(QLineEdit))

    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.session.workshop.current_step == "medborgarfokus"
    key(qtbot, Qt.Key.Key_PageUp, CTRL)
    assert window.session.workshop.current_step == "tillit"
    FIELDS[field](window)
    key(qtbot, Qt.Key.Key_Right, ALT)
    assert window.session.workshop.current_step == "medborgarfokus"
    key(qtbot, Qt.Key.Key_Left, ALT)
    assert window.session.workshop.current_step == "tillit"


def test_the_same_keys_work_from_a_table_cell_being_edited(qtbot, window):
    window.session.go_to("actions")
    table = window.view.page().table.table
    table.setCurrentCell(0, 0)
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editors = [e for e in table.viewport().findChildren(QLineEdit) if e.isVisible()]
    assert len(editors) == 1
    editor = editors[0]
    editor.setFocus()
    qtbot.keyClicks(editor, " bw")
    typed = editor.text()
    screen = window.presenting.presenter.screen
    key(qtbot, Qt.Key.Key_B, CTRL)
    assert screen.blank_mode == "black"
    key(qtbot, Qt.Key.Key_B, CTRL | SHIFT)
    assert screen.blank_mode == "white"
    assert editor.text() == typed
    key(qtbot, Qt.Key.Key_PageDown, CTRL)
    assert window.session.workshop.current_step == "closing"


def test_plain_b_and_w_blank_only_outside_text_fields(qtbot, window):
    screen = window.presenting.presenter.screen
    entry, text = focus_note(window)
    qtbot.keyClicks(entry, "bw")
    assert text() == "bw" and screen.blank_mode == ""
    window.view.next_button.setFocus()
    key(qtbot, Qt.Key.Key_W)
    assert screen.blank_mode == "white"


def test_the_presenting_bar_has_a_button_for_each_with_its_shortcut(qtbot, window):
    bar = window.view.presenting_bar
    presenter = window.presenting.presenter
    screen = presenter.screen
    assert bar.isVisible()
    keys = {name: button.key.text() for name, button in bar.buttons.items()}
    assert keys == {
        "present": "F5",
        "rating": "Ctrl+R",
        "reveal": "Ctrl+Shift+R",
        "black": "Ctrl+B",
        "white": "Ctrl+Shift+B",
        "participants": "Ctrl+Shift+D",  # Deltagarröstning
    }
    assert bar.buttons["present"].isChecked()  # the group sees the screen
    click(bar.buttons["black"])
    assert screen.blank_mode == "black" and bar.buttons["black"].isChecked()
    click(bar.buttons["white"])
    assert screen.blank_mode == "white"
    assert bar.buttons["white"].isChecked() and not bar.buttons["black"].isChecked()
    click(bar.buttons["white"])
    assert screen.blank_mode == "" and not bar.buttons["white"].isChecked()
    click(bar.buttons["rating"])
    assert presenter.rating_action.isChecked() and bar.buttons["rating"].isChecked()
    click(bar.buttons["reveal"])
    assert presenter.reveal_action.isChecked() and bar.buttons["reveal"].isChecked()
    click(bar.buttons["present"])
    assert presenter.screen is None
    assert not bar.buttons["black"].isEnabled()  # nothing to blank without a shared screen


def test_voting_and_reveal_buttons_are_off_on_a_step_without_a_rating(qtbot, window):
    window.session.go_to("summary")
    bar = window.view.presenting_bar
    assert not bar.buttons["rating"].isEnabled() and not bar.buttons["reveal"].isEnabled()
    assert bar.buttons["black"].isEnabled()


def test_editing_a_note_in_place_then_a_shortcut_keeps_the_edit(qtbot, window):
    notes = window.view.page().notes.lists[NoteCategory.IDEAS]
    notes.list.setCurrentRow(0)
    edit_in_place(qtbot, notes.list, "Ny idé")
    key(qtbot, Qt.Key.Key_B, CTRL)
    assert window.presenting.presenter.screen.blank_mode == "black"
    assert window.session.workshop.record("tillit").notes_in(NoteCategory.IDEAS)[0].text == (
        "Ny idé"
    )
