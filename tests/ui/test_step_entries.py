"""What a facilitator enters on a step besides notes: votes, balance points and actions.
Each is checked where it is typed (spread flag, too many votes, a sum that is not 100, an
impossible date), counted exactly as shown, and the messages never move the controls."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt
from view_helpers import edit_in_place, open_session, press, type_line, type_number

from tillitverkstad.core.model import ActionStatus, NoteCategory, Scale
from tillitverkstad.ui.widgets.actions_table import WHEN

# Showing a window on the offscreen platform warns about size hints; nothing to do with us.
pytestmark = pytest.mark.qt_log_ignore("propagateSizeHints")


def test_a_large_spread_is_flagged_and_the_flag_goes_when_votes_gather(qtbot, session, open_view):
    view = open_view(session)
    view.go_to("tillit")
    rating = view.page().rating
    assert not rating.spread_flag_shown
    type_number(rating.spins[Scale.CURRENT][0], 1)  # a vote for 1
    type_number(rating.spins[Scale.CURRENT][2], 2)  # and two for 3: spread 2
    assert rating.spread_flag_shown
    assert "Large spread (Nuläge)" in rating.message.text()
    assert "median 3, range 1–3 (spread 2)" in rating.stats[Scale.CURRENT].text()
    type_number(rating.spins[Scale.CURRENT][0], 0)
    assert not rating.spread_flag_shown
    assert rating.chart.counts()[0] == (0, 0, 2, 0, 0)


def test_more_votes_than_participants_is_refused_inline_and_the_value_stays(
    qtbot, session, open_view
):
    view = open_view(session)
    view.go_to("tillit")
    rating = view.page().rating
    spins = rating.spins[Scale.DESIRED]
    type_number(spins[3], 6)
    type_number(spins[4], 2)
    assert rating.votes_message_text == ""
    press(spins[4], Qt.Key.Key_Up)  # the ninth vote of eight participants
    assert "9 röster är fler än de 8 deltagarna" in rating.votes_message_text
    assert spins[4].value() == 2
    assert session.workshop.record("tillit").rating.desired.counts == (0, 0, 0, 6, 2)
    press(spins[4], Qt.Key.Key_Minus)
    assert rating.votes_message_text == ""
    assert session.workshop.record("tillit").rating.desired.counts == (0, 0, 0, 6, 1)


def test_balance_is_stored_only_when_the_points_add_up_to_100(qtbot, library, open_view, demo):
    demo.record("balans").balance.today.clear()
    library.add(demo)
    session = open_session(library, demo.id)
    view = open_view(session)
    view.go_to("balans")
    panel = view.page().balance
    spins = panel.spins["today"]
    type_number(spins["marknad"], 30)
    type_number(spins["hierarki"], 40)
    assert "70 of 100" in panel.sum_text("today")
    assert "not saved" in panel.sum_text("today")
    assert session.workshop.record("balans").balance.today == {}
    type_number(spins["tillit"], 30)
    assert "100 of 100" in panel.sum_text("today")
    stored = session.workshop.record("balans").balance.today
    assert {k.value: v for k, v in stored.items()} == {"marknad": 30, "hierarki": 40, "tillit": 30}
    press(spins["tillit"], Qt.Key.Key_Up)  # 105: shown, not stored
    assert "105 of 100" in panel.sum_text("today")
    assert session.workshop.record("balans").balance.today == stored


def test_action_dates_are_validated_in_the_form_and_in_the_table(qtbot, session, open_view):
    view = open_view(session)
    view.go_to("actions")
    page = view.page()
    form = page.form
    type_line(form.what, "Boka uppföljning", enter=False)
    type_line(form.when, "2026-02-30")
    assert session.workshop.actions == []
    assert "not a valid date" in form.message.text() or "giltigt" in form.message.text()
    form.when.clear()
    type_line(form.when, "2026-12-24")
    assert [(a.what, a.when) for a in session.workshop.actions] == [
        ("Boka uppföljning", dt.date(2026, 12, 24))
    ]
    table = page.table.table
    table.setCurrentCell(0, WHEN)
    edit_in_place(qtbot, table, "24/12")
    assert session.workshop.actions[0].when == dt.date(2026, 12, 24)
    assert table.item(0, WHEN).text() == "2026-12-24"
    assert page.table.message.text()
    table.setCurrentCell(0, WHEN)
    edit_in_place(qtbot, table, "2027-01-15")
    assert session.workshop.actions[0].when == dt.date(2027, 1, 15)
    assert not page.table.message.text()


@pytest.mark.parametrize("step", ["tillit", "summary"])
def test_actions_added_on_a_step_show_up_everywhere(qtbot, session, open_view, step):
    view = open_view(session)
    view.go_to("tillit")
    form = view.page().action_box.form
    type_line(form.what, "Ta bort en rapport", enter=False)
    type_line(form.who, "Ekonomichef")
    view.go_to(step)
    overview = view.page().action_box
    overview = getattr(overview, "overview", overview)  # a step's box, or the summary's list
    assert "Ta bort en rapport" in overview.text()
    assert "Ekonomichef" in overview.text()
    view.go_to("actions")
    table = view.page().table
    assert table.table.item(0, 0).text() == "Ta bort en rapport"
    assert table.table.item(0, 3).text() == "Tillit"
    table.table.setCurrentCell(0, 0)
    table.table.setFocus()
    press(table.table, Qt.Key.Key_Delete)
    assert session.workshop.actions == []
    session.undo_stack.undo()
    assert table.table.rowCount() == 1
    assert session.workshop.actions[0].status is ActionStatus.NOT_STARTED


def test_a_vote_cell_never_shows_other_than_what_was_counted(qtbot, session, open_view):
    view = open_view(session)
    view.go_to("tillit")
    rating = view.page().rating
    spin = rating.spins[Scale.CURRENT][1]
    type_number(spin, 12)  # one keystroke at a time: "1", then "12", of 8 participants
    assert "12 röster är fler än de 8 deltagarna" in rating.votes_message_text
    assert session.workshop.record("tillit").rating.current.counts[1] == 0
    assert (spin.value(), spin.text()) == (0, "0")
    assert rating.totals[Scale.CURRENT].text() == "0 of 8"
    type_number(spin, 5)
    assert session.workshop.record("tillit").rating.current.counts[1] == 5
    assert rating.votes_message_text == ""
    assert rating.chart.counts()[0] == (0, 5, 0, 0, 0)


def test_messages_in_the_rating_and_the_notes_never_move_the_controls(qtbot, session, open_view):
    view = open_view(session)
    view.go_to("tillit")
    page = view.page()
    rating = page.rating
    controls = [*rating.agreed.values(), rating.consensus, rating.chart]
    controls += [notes.entry for notes in page.notes.lists.values()]
    controls += [page.free_notes.editor]

    def where():
        return [(c.mapTo(view, QPoint(0, 0)), c.size()) for c in controls]

    before = where()
    type_number(rating.spins[Scale.CURRENT][0], 1)
    type_number(rating.spins[Scale.CURRENT][2], 2)  # a spread of 2: flagged
    type_number(rating.spins[Scale.DESIRED][4], 9)  # 9 votes of 8 participants: refused
    assert rating.spread_flag_shown and rating.votes_message_text
    type_line(page.notes.lists[NoteCategory.TODAY].entry, "   ")  # an empty note: refused
    assert page.notes.message.text()
    assert where() == before
