"""The note columns in the room: the place to type is the obvious one, right under each
column's title and visible without scrolling on a 1366×768 laptop; the list of notes
below it does not swallow what is typed into it."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication
from view_helpers import type_text

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings, swedish  # noqa: F401
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.ui.main_window import MainWindow

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]


@pytest.fixture
def window(qtbot, tmp_path, library, demo):
    demo.current_step = "kunskap"  # a principle with a long explanation and five questions
    library.add(demo)
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    assert w.open_workshop(demo.id)
    qtbot.waitExposed(w)
    yield w
    w.close_workshop()


def test_every_note_input_is_visible_without_scrolling_at_1366x768(qtbot, window):
    for notes in window.view.page().notes.lists.values():
        shown = notes.entry.visibleRegion().boundingRect()
        assert shown.height() == notes.entry.height(), notes.label


def test_the_input_comes_before_the_notes_under_each_title(qtbot, window):
    for notes in window.view.page().notes.lists.values():
        assert notes.title.y() < notes.entry.y() < notes.list.y()


def test_typing_into_the_list_of_notes_types_into_the_input(qtbot, window):
    notes = window.view.page().notes.lists[NoteCategory.OBSTACLES]
    notes.list.setFocus()
    for char in "Hinder nu":  # each key goes where the keyboard focus is, as typed
        type_text(QApplication.focusWidget(), char)
    assert notes.entry.text() == "Hinder nu"
    assert notes.entry.hasFocus()
