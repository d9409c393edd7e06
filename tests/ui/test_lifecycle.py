"""A workshop's life in the window: finished on the last step (the export is offered),
locked, reopened for correction, and its details corrected with undo and a change log."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from view_helpers import click, type_line, type_number

from tests.ui.shell_fixtures import ini_settings, message_boxes, swedish  # noqa: F401
from tillitverkstad.core.model import DetailField, Scale
from tillitverkstad.operations import library as ops
from tillitverkstad.ui.main_window import MainWindow


@pytest.fixture
def window(qtbot, library, tmp_path, swedish):  # noqa: F811
    window = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    ws = ops.create_demo(library)
    assert window.open_workshop(ws.id)
    return window


def _finish_from_the_closing_step(qtbot, window):
    view = window.view
    view.go_to("closing")
    assert view.next_button.text() == "Avsluta workshoppen ✓"
    click(view.next_button)
    qtbot.waitUntil(lambda: bool(message_boxes(window)))
    return message_boxes(window)[0]


def test_next_on_the_closing_step_finishes_and_offers_the_export(qtbot, window, library):
    offer = _finish_from_the_closing_step(qtbot, window)
    assert "HR-arkivet" in offer.text()
    assert window.session.workshop.finished and window.session.workshop.finished_at
    export = next(b for b in offer.buttons() if "Exportera" in b.text())
    click(export)
    qtbot.waitUntil(
        lambda: window.export_flow is not None and window.export_flow.dialog is not None
    )
    assert window.export_flow.dialog.isVisible()
    window.export_flow.dialog.reject()
    window.session.flush()
    assert [s.status for s in library.list()] == ["done"]


def test_a_finished_workshop_is_locked_until_it_is_reopened(qtbot, window):
    offer = _finish_from_the_closing_step(qtbot, window)
    click(next(b for b in offer.buttons() if "Senare" in b.text()))
    view = window.view
    assert view.finished_bar.isVisible() and "Avslutad" in view.finished_bar.label.text()
    assert not view.next_button.isEnabled()
    view.go_to("tillit")
    page = view.page()
    assert page.free_notes.editor.isReadOnly()
    assert all(spin.isReadOnly() for spin in page.rating.spins[Scale.CURRENT])
    assert not window.lifecycle.finish_action.isEnabled()
    assert window.lifecycle.reopen_action.isEnabled()
    assert not window.commands.undo.isEnabled()  # finishing is not undone by a stray Ctrl+Z

    click(view.finished_bar.reopen_button)
    assert not window.session.workshop.finished
    assert not view.finished_bar.isVisible()
    assert not page.free_notes.editor.isReadOnly()
    type_line(page.free_notes.editor, "Rättelse efteråt", enter=False)
    assert "Rättelse efteråt" in window.session.workshop.record("tillit").free_notes


def test_the_workshop_menu_finishes_too_and_a_page_built_later_is_locked(qtbot, window):
    window.lifecycle.finish_action.trigger()
    qtbot.waitUntil(lambda: bool(message_boxes(window)))
    message_boxes(window)[0].reject()
    window.view.go_to("kunskap")  # a page first built after finishing
    assert window.view.page().free_notes.editor.isReadOnly()


def test_details_are_corrected_in_the_dialog_logged_and_undone_with_ctrl_z(qtbot, window):
    count = window.session.workshop.participant_count
    dialog = window.lifecycle.correct_details()
    assert dialog.group.text() == "Ledningsgrupp IFO"
    type_line(dialog.group, " Nord", enter=False)
    type_number(dialog.participants, 12, enter=False)
    type_number(dialog.minutes["tillit"], 35, enter=False)
    assert dialog.ok_button.isEnabled()
    click(dialog.ok_button)
    ws = window.session.workshop
    assert (ws.group, ws.participant_count, ws.minutes["tillit"]) == (
        "Ledningsgrupp IFO Nord",
        12,
        35,
    )
    assert {c.field for c in ws.changes} == {
        DetailField.GROUP,
        DetailField.PARTICIPANTS,
        DetailField.MINUTES,
    }
    assert "Ledningsgrupp IFO Nord" in window.windowTitle()
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert (ws.group, ws.participant_count, ws.changes) == ("Ledningsgrupp IFO", count, [])
    assert "Nord" not in window.windowTitle()


def test_fewer_participants_than_votes_is_explained_beside_the_field(window):
    dialog = window.lifecycle.correct_details()
    type_number(dialog.participants, 2, enter=False)
    message = dialog.messages[DetailField.PARTICIPANTS].text()
    assert "röster" in message and "Tillit" in message
    assert not dialog.ok_button.isEnabled()
    type_number(dialog.participants, 0, enter=False)
    assert "1–60" in dialog.messages[DetailField.PARTICIPANTS].text()


def test_minutes_the_box_cannot_show_are_not_changed_unless_touched(qtbot, window):
    window.session.workshop.minutes["tillit"] = 300  # an old file's value, over the range
    dialog = window.lifecycle.correct_details()
    assert not dialog.ok_button.isEnabled()  # nothing changed yet
    type_line(dialog.group, " Nord", enter=False)
    assert DetailField.MINUTES not in dialog.changes()
    click(dialog.ok_button)
    assert window.session.workshop.minutes["tillit"] == 300
    assert {c.field for c in window.session.workshop.changes} == {DetailField.GROUP}


def test_the_details_dialog_refuses_a_date_after_the_groups_next_occasion(qtbot, library, tmp_path):
    baseline = ops.create_demo(library)
    ops.start_follow_up(library, baseline.id, date=dt.date(2027, 5, 20))
    window = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(window)
    assert window.open_workshop(baseline.id)
    dialog = window.lifecycle.correct_details()
    dialog.date.setText("2027-06-01")
    assert "2027-05-20" in dialog.messages[DetailField.DATE].text()
    assert not dialog.ok_button.isEnabled()
    window.close_workshop()
