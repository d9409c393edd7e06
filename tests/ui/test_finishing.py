"""Finishing checks first, and the agenda's ✓ means something happened at the step.

*Avsluta workshoppen* lists what is unfinished (principles without an agreed value, text
typed but not yet entered, actions without an owner) and asks; text typed but not entered
is kept when the facilitator finishes all the same. Passing a step with Alt+→ does not
mark it done, in the agenda or on the wall; skipping it on purpose does, as skipped."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from view_helpers import click, press, type_line, type_text

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings, message_boxes, swedish  # noqa: F401
from tillitverkstad.core import projection as pv
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE
ALT = Qt.KeyboardModifier.AltModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


@pytest.fixture
def window(qtbot, tmp_path, library, empty_workshop, swedish):  # noqa: F811
    library.add(empty_workshop)
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    assert w.open_workshop(empty_workshop.id)
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    for box in message_boxes(w):
        box.close()
    w.close_workshop()


def alt_right(window) -> None:
    window.commands.next_step.trigger()


def test_passing_steps_with_alt_right_marks_none_of_them_done(qtbot, window):
    ws = window.session.workshop
    for _ in range(3):
        press(window.view.widget, Qt.Key.Key_Right, ALT)
    assert ws.current_step == ws.steps[3]
    assert not any(ws.record(s).done for s in ws.steps[:3])
    for step in ws.steps[:3]:
        assert not window.view.sidebar.item_text(step).startswith("✓")
    assert pv.progress(ws).done[:3] == (False, False, False)  # the wall's progress line


def test_a_step_where_something_was_entered_is_done_after_next(qtbot, window):
    window.view.go_to("tillit")
    type_line(window.view.page().notes.lists[NoteCategory.IDEAS].entry, "Fler möten")
    alt_right(window)
    assert window.session.workshop.record("tillit").done
    assert window.view.sidebar.item_text("tillit").startswith("✓")


def test_a_step_skipped_on_purpose_reads_skipped(qtbot, window):
    window.view.go_to("tillit")
    window.commands.skip_step.trigger()
    ws = window.session.workshop
    assert ws.current_step == "medborgarfokus"
    text = window.view.sidebar.item_text("tillit")
    assert "hoppades över" in text and not text.startswith("✓")
    assert ws.record("tillit").done  # dealt with: not listed as left to do


def _click_finish(qtbot, window):
    view = window.view
    view.go_to("closing")
    click(view.next_button)
    qtbot.waitUntil(lambda: bool(message_boxes(window)))
    return message_boxes(window)[0]


def test_finish_lists_what_is_unfinished_and_changes_nothing_when_declined(qtbot, window):
    window.view.go_to("actions")
    form = window.view.page().form
    type_line(form.what, "Boka uppföljning")  # no owner
    assert [a.what for a in window.session.workshop.actions] == ["Boka uppföljning"]
    window.view.go_to("closing")
    entry = window.view.page().entry
    entry.setFocus()
    type_text(entry, "Jag tar med mig modet")  # typed, not entered
    box = _click_finish(qtbot, window)
    text = box.text() + box.informativeText()
    assert "Tillit" in text and "Öppenhet" in text  # no agreed value
    assert "Boka uppföljning" in text  # no owner
    assert "Jag tar med mig modet" in text  # a draft
    click(next(b for b in box.buttons() if "Fortsätt" in b.text()))
    ws = window.session.workshop
    assert not ws.finished
    assert entry.text() == "Jag tar med mig modet"
    assert ws.record("closing").reflections == []


def test_finishing_all_the_same_keeps_the_draft_reflection(qtbot, window, library):
    window.view.go_to("closing")
    entry = window.view.page().entry
    entry.setFocus()
    type_text(entry, "Jag tar med mig modet")
    box = _click_finish(qtbot, window)
    click(next(b for b in box.buttons() if "Avsluta" in b.text()))
    ws = window.session.workshop
    assert ws.finished
    assert ws.record("closing").reflections == ["Jag tar med mig modet"]
    window.session.flush()
    assert library.read(ws.id).record("closing").reflections == ["Jag tar med mig modet"]


def test_a_workshop_with_nothing_left_finishes_without_a_question(qtbot, tmp_path, library, demo):
    library.add(demo)
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.show()
    assert w.open_workshop(demo.id)
    w.lifecycle.finish_action.trigger()
    assert w.session.workshop.finished
    boxes = message_boxes(w)
    assert len(boxes) == 1 and boxes[0] is w.lifecycle.offer  # only the export offer
    boxes[0].close()
    w.close_workshop()


def test_a_finished_workshop_cannot_have_a_step_skipped(qtbot, window):
    window.view.go_to("tillit")
    window.session.finish()
    window.lifecycle.offer.close()  # "export now?": later
    skip = window.commands.skip_step
    assert not skip.isEnabled()
    press(window.view.widget, Qt.Key.Key_PageDown, CTRL_SHIFT)  # its shortcut does nothing
    ws = window.session.workshop
    assert not ws.record("tillit").done and ws.current_step == "tillit"
    window.session.reopen()  # open for correction: a step may be skipped again
    assert skip.isEnabled()
