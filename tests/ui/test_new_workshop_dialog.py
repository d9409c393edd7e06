"""The new-workshop form explains invalid input beside the field and creates valid ones."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, Qt

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, swedish  # noqa: F401
from tillitverkstad.core.model import Template
from tillitverkstad.ui.new_workshop_dialog import NewWorkshopDialog

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def dialog(qtbot):
    d = NewWorkshopDialog("sv", default_minutes=25, today=dt.date(2026, 11, 23))
    qtbot.addWidget(d)
    d.show()
    return d


def test_an_empty_group_keeps_ok_disabled_and_says_why_beside_the_field(qtbot, dialog):
    assert not dialog.ok_button.isEnabled()
    assert dialog.messages["group"].text() == "Ge gruppen ett namn."
    qtbot.keyClicks(dialog.group, "   ")
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClicks(dialog.group, "Ledningsgrupp IFO")
    assert dialog.ok_button.isEnabled()
    assert dialog.messages["group"].text() == ""


@pytest.mark.parametrize("typed", ["0", "61"])
def test_an_impossible_number_of_participants_is_explained_not_changed(qtbot, dialog, typed):
    qtbot.keyClicks(dialog.group, "Ledningsgrupp")
    dialog.participants.selectAll()
    qtbot.keyClicks(dialog.participants, typed)
    dialog.participants.interpretText()
    assert dialog.participants.value() == int(typed)  # kept as typed, not silently clamped
    assert "1–60" in dialog.messages["participants"].text()
    assert not dialog.ok_button.isEnabled()


def test_more_names_than_participants_is_explained_at_the_names(qtbot, dialog):
    qtbot.keyClicks(dialog.group, "Ledningsgrupp")
    dialog.participants.setValue(2)
    qtbot.mouseClick(dialog.with_names, LEFT)
    assert dialog.names.isVisible()
    dialog.names.setPlainText("Anna\nBo\nCia")
    assert not dialog.ok_button.isEnabled()
    assert "fler namn" in dialog.messages["names"].text().lower()
    dialog.participants.setValue(3)
    assert dialog.ok_button.isEnabled()


def test_names_are_anonymous_by_default(qtbot, dialog):
    qtbot.keyClicks(dialog.group, "Ledningsgrupp")
    dialog.names.setPlainText("Anna")  # typed, then the box unticked: not kept
    qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.workshop.participant_names == []


def test_a_custom_agenda_with_no_step_is_refused(qtbot, dialog):
    qtbot.keyClicks(dialog.group, "Ledningsgrupp")
    qtbot.mouseClick(dialog.template_custom, LEFT, pos=QPoint(8, 8))
    assert dialog.custom.isVisible()
    for row in range(dialog.custom.count()):
        dialog.custom.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.ok_button.isEnabled()
    assert "minst en princip" in dialog.messages["template"].text()
    dialog.custom.item(2).setCheckState(Qt.CheckState.Checked)
    assert dialog.ok_button.isEnabled()


def test_a_custom_agenda_keeps_the_chosen_order(qtbot, dialog):
    qtbot.keyClicks(dialog.group, "Ledningsgrupp")
    qtbot.mouseClick(dialog.template_custom, LEFT, pos=QPoint(8, 8))
    for row in range(dialog.custom.count()):
        dialog.custom.item(row).setCheckState(Qt.CheckState.Unchecked)
    ids = [dialog.custom.item(r).data(Qt.ItemDataRole.UserRole) for r in range(3)]
    dialog.custom.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.custom.item(2).setCheckState(Qt.CheckState.Checked)
    dialog.custom.setCurrentRow(2)
    qtbot.mouseClick(dialog.move_up, LEFT)
    qtbot.mouseClick(dialog.move_up, LEFT)
    balance = next(
        r
        for r in range(dialog.custom.count())
        if dialog.custom.item(r).data(Qt.ItemDataRole.UserRole) == "balans"
    )
    dialog.custom.item(balance).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.ok_button, LEFT)
    ws = dialog.workshop
    assert ws.template is Template.CUSTOM
    assert ws.steps[1:-3] == [ids[2], ids[0], "balans"]


def test_a_valid_form_creates_the_workshop(qtbot, dialog):
    dialog.organisation.setText("Socialförvaltningen")  # QTest types ASCII only
    dialog.group.setText("<b>Ledningsgrupp</b> & co")  # QTest cannot type "<"
    qtbot.keyClicks(dialog.facilitator, "Sara Lind")
    dialog.participants.setValue(9)
    qtbot.mouseClick(dialog.template_cornerstones, LEFT, pos=QPoint(8, 8))  # on the circle
    dialog.content_language.setCurrentIndex(dialog.content_language.findData("en"))
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    ws = dialog.workshop
    assert ws.group == "<b>Ledningsgrupp</b> & co"  # markup stays literal text
    assert (ws.organisation, ws.facilitator, ws.participant_count) == (
        "Socialförvaltningen",
        "Sara Lind",
        9,
    )
    assert ws.date == dt.date(2026, 11, 23)
    assert ws.language == "en"
    assert ws.template is Template.CORNERSTONES
    assert ws.minutes[ws.steps[1]] == 25


def test_switching_content_language_relabels_the_custom_list(qtbot, dialog):
    qtbot.mouseClick(dialog.template_custom, LEFT, pos=QPoint(8, 8))
    dialog.custom.item(0).setCheckState(Qt.CheckState.Unchecked)
    dialog.content_language.setCurrentIndex(dialog.content_language.findData("en"))
    assert dialog.custom.item(0).text() == "Trust"
    assert dialog.custom.item(0).checkState() == Qt.CheckState.Unchecked


def test_tab_order_follows_the_form(qtbot, dialog):
    dialog.organisation.setFocus()
    seen = [dialog.focusWidget()]
    for _ in range(8):  # the date field tabs through year, month and day first
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        if dialog.focusWidget() is not seen[-1]:
            seen.append(dialog.focusWidget())
    order = [dialog.organisation, dialog.group, dialog.date, dialog.facilitator]
    assert seen[:5] == [*order, dialog.participants]
    assert dialog.facilitator.accessibleName() == "Processledare"


@pytest.mark.parametrize("typed", ["2026-02-30", "2026-13-01", "30/2"])
def test_an_impossible_date_is_refused_beside_the_field_not_changed(qtbot, dialog, typed):
    qtbot.keyClicks(dialog.group, "Ledningsgrupp")
    assert dialog.ok_button.isEnabled()
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, typed)
    assert dialog.date.text() == typed  # kept as typed, never silently made another date
    assert typed in dialog.messages["date"].text()
    assert "ÅÅÅÅ-MM-DD" in dialog.messages["date"].text()
    assert not dialog.ok_button.isEnabled()
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "2026-02-28")
    assert dialog.messages["date"].text() == ""
    with qtbot.waitSignal(dialog.accepted, timeout=1000):
        qtbot.mouseClick(dialog.ok_button, LEFT)
    assert dialog.workshop.date == dt.date(2026, 2, 28)


@pytest.mark.parametrize("typed", ["0206-11-23", "2201-01-01"])
def test_a_date_outside_the_years_1900_to_2200_is_refused_beside_the_field(qtbot, dialog, typed):
    qtbot.keyClicks(dialog.group, "Ledningsgrupp")
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, typed)
    assert dialog.messages["date"].text() == f"{typed} ligger utanför åren 1900–2200."
    assert not dialog.ok_button.isEnabled()


@pytest.mark.qt_log_ignore("does not support raise", "does not support grabbing")  # a popup
def test_the_date_can_be_picked_from_a_calendar(qtbot, dialog):
    calendar = dialog.date.open_calendar()
    assert calendar.isVisible() and calendar.selectedDate().toString("yyyy-MM-dd") == "2026-11-23"
    calendar.clicked.emit(calendar.selectedDate().addDays(3))
    assert dialog.date.text() == "2026-11-26" and not calendar.isVisible()


def test_messages_appear_in_kept_space_so_no_control_moves(qtbot, dialog):
    controls = [
        dialog.organisation,
        dialog.group,
        dialog.date,
        dialog.facilitator,
        dialog.participants,
        dialog.with_names,
        dialog.content_language,
        dialog.template_all,
        dialog.minutes,
        dialog.ok_button,
    ]

    def where():
        return [(c.mapTo(dialog, QPoint(0, 0)), c.size()) for c in controls]

    before = where()
    assert dialog.messages["group"].text()
    qtbot.keyClicks(dialog.group, "Ledningsgrupp")  # the group's message goes
    assert dialog.messages["group"].text() == ""
    assert where() == before
    dialog.participants.selectAll()
    qtbot.keyClicks(dialog.participants, "0")
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, "2026-02-30")  # the longest message there is
    assert dialog.messages["participants"].text() and dialog.messages["date"].text()
    assert where() == before  # also: the invalid spin box keeps its width
