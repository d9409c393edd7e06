"""A long paste is kept whole, in the note entry and when a long note is edited in place."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QLineEdit

from tests.ui.shell_fixtures import ini_settings
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.ui.main_window import MainWindow

LONG = "Lång klistrad text. " * 5_000  # 100,000 characters, past Qt's 32,767 default


@pytest.fixture
def page(qtbot, tmp_path, library, demo):
    library.add(demo)
    window = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    window.open_workshop(demo.id)
    window.session.go_to("tillit")
    yield window.view.page(), window.session
    window.close_workshop()


def test_a_pasted_100k_note_is_stored_whole(qtbot, page):
    step, session = page
    notes = step.notes.lists[NoteCategory.IDEAS]
    notes.entry.setText(LONG)
    notes.entry.returnPressed.emit()
    assert session.workshop.record("tillit").notes[-1].text == LONG


def test_editing_a_long_note_in_place_does_not_cut_it(qtbot, page):
    step, session = page
    session.add_note("tillit", NoteCategory.IDEAS, LONG)
    notes = step.notes.lists[NoteCategory.IDEAS]
    item = notes.list.item(notes.list.count() - 1)
    notes.list.editItem(item)
    qtbot.waitUntil(lambda: notes.list.findChild(QLineEdit) is not None)
    editor = notes.list.findChild(QLineEdit)
    assert editor.text() == LONG
