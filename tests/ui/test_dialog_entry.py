"""Small things that make the window feel finished: the first field of every dialog has
the cursor, Ctrl+N makes a new workshop from the welcome page too, and a vote too many
says what to do and goes away when it no longer applies."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication
from view_helpers import press, type_number

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings, swedish  # noqa: F401
from tillitverkstad.core.model import DetailField, Scale
from tillitverkstad.ui.main_window import MainWindow
from tillitverkstad.ui.new_workshop_dialog import NewWorkshopDialog

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def window(qtbot, tmp_path, library):
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.show()
    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=2000)
    yield w
    w.close_workshop()


def _focused_in(qtbot, dialog, field) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is field, timeout=2000)
    assert dialog.isAncestorOf(field)


def test_the_first_field_of_every_dialog_has_the_cursor(qtbot, window, library, demo):
    library.add(demo)
    window.library_page.refresh()
    dialog = window.new_workshop()
    _focused_in(qtbot, dialog, dialog.organisation)
    dialog.reject()
    dialog = window.start_follow_up(demo.id)
    _focused_in(qtbot, dialog, dialog.date)
    dialog.reject()
    dialog = window.show_settings()
    _focused_in(qtbot, dialog, dialog.language)
    dialog.reject()
    assert window.open_workshop(demo.id)
    dialog = window.lifecycle.correct_details()
    _focused_in(qtbot, dialog, dialog.organisation)
    dialog.reject()


def test_ctrl_n_on_the_welcome_page_makes_a_new_workshop(qtbot, window):
    assert window.library_page.pages.currentWidget() is window.library_page.welcome_page
    press(window.library_page.empty_new_button, Qt.Key.Key_N, CTRL)
    qtbot.waitUntil(lambda: isinstance(window.dialogs.shown.get("new"), NewWorkshopDialog))
    assert window.dialogs.shown["new"].isVisible()


def test_an_eighth_vote_with_seven_participants_says_what_to_do_and_then_goes(
    qtbot, session, open_view
):
    session.correct_details({DetailField.PARTICIPANTS: 7})
    view = open_view(session)
    view.go_to("tillit")
    rating = view.page().rating
    type_number(rating.spins[Scale.CURRENT][2], 7)
    type_number(rating.spins[Scale.CURRENT][3], 1)  # the eighth hand
    message = rating.message.text()
    assert "antalet deltagare" in message and "Rätta uppgifterna" in message
    assert session.workshop.record("tillit").rating.current.counts == (0, 0, 7, 0, 0)
    session.correct_details({DetailField.PARTICIPANTS: 8})  # the facilitator corrects it
    assert rating.message.text() == ""
    type_number(rating.spins[Scale.CURRENT][3], 1)
    assert session.workshop.record("tillit").rating.current.counts == (0, 0, 7, 1, 0)


def test_the_message_also_goes_when_the_count_that_caused_it_is_lowered(qtbot, session, open_view):
    session.correct_details({DetailField.PARTICIPANTS: 7})
    view = open_view(session)
    view.go_to("tillit")
    rating = view.page().rating
    type_number(rating.spins[Scale.CURRENT][2], 7)
    type_number(rating.spins[Scale.CURRENT][3], 1)
    assert rating.message.text()
    type_number(rating.spins[Scale.CURRENT][2], 6)
    assert rating.message.text() == ""
