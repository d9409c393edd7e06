"""A facilitator runs a whole workshop through the view's widgets; everything is there
after reopening. Plus the view's details: navigation, statuses, notes, undo, timer (the
votes, balance and actions entered on a step: test_step_entries.py)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QScrollArea,
    QSplitterHandle,
    QWidget,
)
from view_helpers import (
    choose,
    click,
    click_agenda,
    edit_in_place,
    open_session,
    press,
    type_line,
    type_number,
)

from tillitverkstad.core.model import Consensus, NoteCategory, Scale

PRINCIPLES = ["tillit", "medborgarfokus", "helhetssyn", "handlingsutrymme", "stod", "kunskap"]
PRINCIPLES.append("oppenhet")
CURRENT_VOTES = (0, 1, 3, 2, 1)  # 7 of 8 participants
DESIRED_VOTES = (0, 0, 1, 4, 3)  # 8 of 8
# Showing a window on the offscreen platform warns about size hints; nothing to do with us.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")

CONSENSUS = [Consensus.AGREEMENT, Consensus.CONSENT_WITH_RESERVATION, Consensus.DISAGREEMENT]


def agreed_for(index: int) -> tuple[int, int]:
    """Different agreed values per principle so a mix-up would show."""
    current = 1 + index % 4
    return current, min(5, current + 1 + index % 2)


def fill_principle(qtbot, view, index: int, step: str) -> None:
    page = view.page()
    for category, notes in page.notes.lists.items():
        type_line(notes.entry, f"{step}: {category.value} ett")
        type_line(notes.entry, f"{step}: {category.value} två")
    for scale, counts in ((Scale.CURRENT, CURRENT_VOTES), (Scale.DESIRED, DESIRED_VOTES)):
        for spin, count in zip(page.rating.spins[scale], counts, strict=True):
            if count:
                type_number(spin, count)
    current, desired = agreed_for(index)
    choose(page.rating.agreed[Scale.CURRENT], current)
    choose(page.rating.agreed[Scale.DESIRED], desired)
    choose(page.rating.consensus, CONSENSUS[index % 3].value)
    type_line(page.rating.reservations, f"Reservation om {step}", enter=False)
    type_line(page.free_notes.editor, f"Fritt om {step}", enter=False)
    type_line(page.private_notes.editor, f"Privat om {step}", enter=False)
    form = page.action_box.form
    type_line(form.what, f"Åtgärd för {step}", enter=False)
    type_line(form.who, "Chefen", enter=False)
    type_line(form.when, f"2027-0{1 + index % 9}-1{index}")


def test_a_whole_workshop_entered_in_the_view_is_all_there_after_reopening(
    qtbot, library, empty_workshop, session, open_view
):
    view = open_view(session)
    assert view.current_step() == "intro"
    for index, step in enumerate(PRINCIPLES):
        click(view.next_button)
        assert view.current_step() == step
        fill_principle(qtbot, view, index, step)

    click_agenda(view, "summary")
    assert view.current_step() == "summary"
    names = [session.title(step) for step in PRINCIPLES]
    expected = {name: tuple(float(v) for v in agreed_for(i)) for i, name in enumerate(names)}
    assert view.page().radar.values() == expected
    assert len(view.page().action_box.shown_actions()) == len(PRINCIPLES)

    entered = session.workshop
    with qtbot.waitSignal(session.saved, timeout=1000):
        pass
    assert session.close()
    view.close()

    again = open_session(library, empty_workshop.id)
    assert again.workshop == entered  # every field, as left
    view = open_view(again)
    for index, step in enumerate(PRINCIPLES):
        view.go_to(step)
        page = view.page()
        for category, notes in page.notes.lists.items():
            assert [text for _, text in notes.notes()] == [
                f"{step}: {category.value} ett",
                f"{step}: {category.value} två",
            ]
        assert [s.value() for s in page.rating.spins[Scale.CURRENT]] == list(CURRENT_VOTES)
        assert [s.value() for s in page.rating.spins[Scale.DESIRED]] == list(DESIRED_VOTES)
        current, desired = agreed_for(index)
        assert page.rating.agreed[Scale.CURRENT].currentData() == current
        assert page.rating.agreed[Scale.DESIRED].currentData() == desired
        assert page.rating.consensus.currentData() == CONSENSUS[index % 3].value
        assert page.rating.reservations.toPlainText() == f"Reservation om {step}"
        assert page.free_notes.editor.toPlainText() == f"Fritt om {step}"
        assert page.private_notes.editor.toPlainText() == f"Privat om {step}"
        action = page.action_box.overview.shown_actions()[0]
        assert (action.what, action.who, action.when) == (
            f"Åtgärd för {step}",
            "Chefen",
            dt.date(2027, 1 + index % 9, 10 + index),
        )
    view.go_to("summary")
    assert view.page().radar.values() == expected


def test_keyboard_and_agenda_clicks_move_between_steps(qtbot, session, open_view):
    view = open_view(session)
    agenda = view.sidebar.list
    agenda.setFocus()
    press(agenda, Qt.Key.Key_Down)
    press(agenda, Qt.Key.Key_Down)
    assert view.current_step() == "intro"  # moving the selection alone does not jump
    press(agenda, Qt.Key.Key_Return)
    assert view.current_step() == session.workshop.steps[2]
    click_agenda(view, "actions")
    assert view.current_step() == "actions"
    assert session.workshop.current_step == "actions"
    view.go_previous()
    assert view.current_step() == "summary"
    view.next_button.setFocus()
    press(view.next_button, Qt.Key.Key_Space)
    assert view.current_step() == "actions"
    view.go_to("closing")
    with qtbot.waitSignal(view.finish_requested):  # the last step: the window checks
        view.go_next()
    assert view.current_step() == "closing"
    assert not session.workshop.finished


def test_every_control_on_every_step_has_a_name_and_new_note_finds_the_entry(
    qtbot, demo_session, open_view
):
    view = open_view(demo_session)
    nameless = []
    for step in demo_session.workshop.steps:
        view.go_to(step)
        for widget in view.findChildren(QWidget):
            reachable = widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            if not reachable or not widget.isVisibleTo(view):  # only what Tab reaches
                continue
            if isinstance(widget, QScrollArea | QSplitterHandle) or isinstance(
                widget.parentWidget(),
                QAbstractSpinBox,  # the spin box holds the name
            ):
                continue
            text = widget.text() if isinstance(widget, QAbstractButton) else ""
            if not (widget.accessibleName() or text):
                nameless.append(f"{step}: {type(widget).__name__}")
    assert sorted(set(nameless)) == []
    view.go_to("tillit")
    view.new_note()
    first = view.page().notes.lists[NoteCategory.TODAY]
    assert QApplication.focusWidget() is first.entry


def test_agenda_shows_done_current_and_not_started_in_words_and_minutes(qtbot, session, open_view):
    view = open_view(session)
    session.set_free_notes("intro", "Presentationsrunda")
    view.go_next()
    view.go_next()  # nothing entered on the first principle: passed, not done
    sidebar = view.sidebar
    intro, first, second = (sidebar.item_text(s) for s in session.workshop.steps[:3])
    assert intro.startswith("✓") and "done" in intro
    assert first.startswith("○") and "not started" in first
    assert second.startswith("▶") and "now" in second
    last = sidebar.item_text("closing")
    assert last.startswith("○") and "not started" in last
    assert "0 of 10 min" in last
    assert sidebar.list.currentRow() == 2
    assert sidebar.list.item(2).text() == second


def test_notes_are_edited_deleted_and_reordered_by_keyboard_and_undone(qtbot, session, open_view):
    view = open_view(session)
    view.go_to("tillit")
    notes = view.page().notes.lists[NoteCategory.OBSTACLES]
    for text in ("första", "andra", "tredje"):
        type_line(notes.entry, text)
    texts = lambda: [t for _, t in notes.notes()]  # noqa: E731
    stored = lambda: [n.text for n in session.workshop.record("tillit").notes]  # noqa: E731
    assert texts() == stored() == ["första", "andra", "tredje"]

    notes.list.setCurrentRow(1)
    edit_in_place(qtbot, notes.list, "ANDRA")
    assert stored() == ["första", "ANDRA", "tredje"]
    notes.list.setFocus()
    press(notes.list, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert texts() == stored() == ["ANDRA", "första", "tredje"]
    assert notes.list.currentItem().text() == "ANDRA"  # the moved note stays selected
    notes.list.setCurrentRow(2)
    press(notes.list, Qt.Key.Key_Delete)
    assert texts() == stored() == ["ANDRA", "första"]

    notes.list.setCurrentRow(0)
    edit_in_place(qtbot, notes.list, "   ")  # an empty note is refused and reverted
    assert texts() == stored() == ["ANDRA", "första"]
    assert notes.message.text().startswith("Hinder: ")  # said under the three lists

    session.undo_stack.undo()  # the delete
    assert texts() == ["ANDRA", "första", "tredje"]
    session.undo_stack.undo()  # the move
    assert texts() == ["första", "ANDRA", "tredje"]
    session.undo_stack.undo()  # the edit
    assert texts() == ["första", "andra", "tredje"]
    session.undo_stack.redo()
    assert texts() == stored() == ["första", "ANDRA", "tredje"]


def test_the_timer_counts_down_pauses_resets_extends_and_goes_overdue(
    qtbot, session, open_view, clock
):
    view = open_view(session)
    view.go_to("tillit")  # 20 minutes planned
    timer = view.timer_widget
    assert timer.time_label.text() == "20:00"
    click(timer.start_button)
    assert timer.start_button.text() == "Pause"
    clock.advance(65)
    qtbot.waitUntil(lambda: timer.time_label.text() == "18:55", timeout=2000)
    with qtbot.waitSignal(view.timer_changed) as signal:
        view.toggle_timer()
    assert signal.args == [20 * 60 - 65, False, False]
    assert session.workshop.record("tillit").seconds_used == 65
    clock.advance(300)  # paused: nothing moves
    view.timer.poll()
    assert timer.time_label.text() == "18:55"

    view.add_minute()
    assert timer.time_label.text() == "19:55"
    view.toggle_timer()
    clock.advance(19 * 60 + 55 + 83)
    qtbot.waitUntil(lambda: timer.time_label.text() == "−01:23", timeout=2000)
    assert timer.is_time_up_shown
    assert "Time is up" in timer.state_label.text()

    view.go_to("medborgarfokus")  # leaving the step records its time
    assert session.workshop.record("tillit").seconds_used == 65 + 19 * 60 + 55 + 83
    assert not view.timer.running
    assert "22 of 20 min ⚠" in view.sidebar.item_text("tillit")
    view.go_to("tillit")
    assert timer.time_label.text() == "−01:23"  # the extra minute stays for this sitting
    view.reset_timer()
    assert timer.time_label.text() == "20:00"
    assert not timer.is_time_up_shown
    assert session.workshop.record("tillit").seconds_used == 0


def test_running_timer_saves_its_time_regularly(qtbot, session, open_view, clock):
    view = open_view(session)
    view.go_to("tillit")
    view.toggle_timer()
    clock.advance(16)
    qtbot.waitUntil(lambda: session.workshop.record("tillit").seconds_used == 16, timeout=2000)


def test_question_advances_and_is_stored(qtbot, session, open_view):
    view = open_view(session)
    view.go_to("tillit")
    box = view.page().questions
    with qtbot.waitSignal(view.question_changed) as signal:
        click(box.next_button)
    assert signal.args == ["tillit", 1]
    assert session.workshop.record("tillit").question_index == 1
    assert box.current.text() == session.content.principle("tillit").questions[1]
    with qtbot.waitSignal(view.question_changed) as signal:
        view.go_to("medborgarfokus")
    assert signal.args == ["medborgarfokus", 0]


def test_a_step_with_votes_reads_started_after_leaving_it_and_done_once_finished(
    qtbot, session, open_view
):
    view = open_view(session)
    view.go_to("tillit")
    rating = view.page().rating
    type_number(rating.spins[Scale.CURRENT][2], 3)
    choose(rating.agreed[Scale.CURRENT], 3)
    choose(rating.consensus, Consensus.AGREEMENT.value)
    click_agenda(view, "intro")  # jumped back, not "Next": the step is not marked done
    text = view.sidebar.item_text("tillit")
    assert text.startswith("◐") and "started" in text
    assert view.sidebar.item_text("kunskap").startswith("○")
    session.finish()
    assert view.sidebar.item_text("tillit").startswith("✓")
    assert view.sidebar.item_text("kunskap").startswith("○")  # never entered: not done


def test_the_action_plan_reads_started_once_it_holds_an_action(qtbot, session, open_view):
    view = open_view(session)
    view.go_to("actions")
    type_line(view.page().form.what, "Boka uppföljning")  # Enter adds it
    assert [a.what for a in session.workshop.actions] == ["Boka uppföljning"]
    click_agenda(view, "intro")
    text = view.sidebar.item_text("actions")
    assert text.startswith("◐") and "started" in text


@pytest.mark.parametrize(
    ("language", "organisering"),
    [
        ("sv", ["Organisering", "3", "4,5", "+1,5", "2/2"]),
        ("en", ["Organisering", "3", "4.5", "+1.5", "2/2"]),
    ],
)
def test_the_summary_writes_numbers_as_the_report_does(
    qtbot, demo_session, open_view, language, organisering
):

    view = open_view(demo_session, language)
    view.go_to("summary")
    table = view.page().cornerstones
    rows = [
        [table.item(r, c).text() for c in range(table.columnCount())]
        for r in range(table.rowCount())
    ]
    assert ["Styrning", "2", "4", "+2", "2/2"] in rows  # whole numbers plain, as in the PDF
    assert organisering in rows
