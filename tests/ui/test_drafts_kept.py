"""Text typed but not yet entered is never lost: closing the window, switching to another
workshop and the session manager's "save your work" keep it (SIGTERM:
test_termination.py; finishing: test_finishing.py). What the core cannot add (an action
without a "what") is not dropped silently: closing asks, and staying keeps it."""

from __future__ import annotations

import dataclasses

import pytest
from PySide6.QtWidgets import QMessageBox
from view_helpers import type_text

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings, message_boxes, swedish  # noqa: F401
from tillitverkstad.core.model import NoteCategory, new_id
from tillitverkstad.ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE


@pytest.fixture
def window(qtbot, tmp_path, library, demo, swedish):  # noqa: F811
    demo.current_step = "tillit"
    library.add(demo)
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.show()
    assert w.open_workshop(demo.id)
    yield w
    for box in message_boxes(w):
        box.close()
    w.close_workshop()


def _type_drafts(window) -> None:
    page = window.view.page()
    entry = page.notes.lists[NoteCategory.IDEAS].entry
    entry.setFocus()
    type_text(entry, "Halvfärdig idé")
    page.action_box.form.what.setText("Boka uppföljning")


def _kept(library, workshop_id) -> tuple[list[str], list[str]]:
    saved = library.read(workshop_id)
    return [n.text for n in saved.record("tillit").notes], [a.what for a in saved.actions]


def test_closing_the_window_keeps_a_draft_note_and_action(qtbot, window, library, demo):
    _type_drafts(window)
    assert window.close()
    notes, actions = _kept(library, demo.id)
    assert "Halvfärdig idé" in notes and "Boka uppföljning" in actions


def test_switching_workshop_keeps_them(qtbot, window, library, demo):
    other = dataclasses.replace(demo, id=new_id(), group_id=new_id(), group="Ledningsgrupp Syd")
    library.add(other)
    _type_drafts(window)
    assert window.open_workshop(other.id)
    notes, actions = _kept(library, demo.id)
    assert "Halvfärdig idé" in notes and "Boka uppföljning" in actions


def test_the_session_managers_save_request_keeps_them(qtbot, window, library, demo):
    """What app.py's commitDataRequest (and SIGTERM) handler calls."""
    _type_drafts(window)
    assert window.save_now()
    notes, actions = _kept(library, demo.id)
    assert "Halvfärdig idé" in notes and "Boka uppföljning" in actions


def test_an_action_the_core_refuses_is_not_dropped_without_asking(
    qtbot, window, library, demo, monkeypatch
):
    form = window.view.page().action_box.form
    form.who.setText("Förvaltningschef")  # no "what": the core cannot add it
    asked: list[str] = []

    def stay(_parent, _title, text, *_args):
        asked.append(text)
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "warning", stay)
    assert not window.close_workshop()
    assert asked and "Förvaltningschef" in asked[0]
    assert window.session is not None and form.who.text() == "Förvaltningschef"
    form.who.setText("")  # the fixture closes the workshop without a question
