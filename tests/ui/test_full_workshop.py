"""A whole workshop as a facilitator runs it: created in the dialog, filled principle by
principle through the real widgets, closed, and found exactly as left in a new window."""

from __future__ import annotations

import pytest
from test_workshop_view import CURRENT_VOTES, PRINCIPLES, agreed_for, fill_principle
from view_helpers import click, type_line, type_number

from tests.ui.shell_fixtures import ini_settings
from tillitverkstad.core.model import Scale
from tillitverkstad.ui.main_window import MainWindow


@pytest.fixture
def make_window(qtbot, library, tmp_path):
    settings = ini_settings(tmp_path)

    def make() -> MainWindow:
        window = MainWindow(library, settings)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        window.activateWindow()
        qtbot.waitUntil(window.isActiveWindow)
        return window

    return make


def test_a_workshop_created_in_the_dialog_and_run_to_the_end_is_all_there_tomorrow(
    qtbot, make_window, library
):
    window = make_window()
    dialog = window.new_workshop()
    type_line(dialog.organisation, "Exempelkommunen", enter=False)
    type_line(dialog.group, "Ledningsgrupp Äldreomsorg", enter=False)
    type_number(dialog.participants, 8, enter=False)
    with qtbot.waitSignal(window.workshop_opened, timeout=5000):
        dialog.accept()
    view = window.view
    assert view.current_step() == "intro"
    for index, step in enumerate(PRINCIPLES):
        click(view.next_button)
        assert view.current_step() == step
        fill_principle(qtbot, view, index, step)
    window.session.go_to("summary")
    expected = {
        window.session.title(step): tuple(float(v) for v in agreed_for(i))
        for i, step in enumerate(PRINCIPLES)
    }
    assert view.page().radar.values() == expected
    workshop_id = window.session.workshop.id
    entered = window.session.workshop
    window.close()  # saves and lets go of the workshop

    again = make_window()
    [row] = [s for s in library.list() if s.id == workshop_id]
    assert (row.group, row.organisation) == ("Ledningsgrupp Äldreomsorg", "Exempelkommunen")
    assert again.open_workshop(workshop_id)
    assert again.session.workshop == entered  # every note, vote, value and action
    again.view.go_to("tillit")
    page = again.view.page()
    assert [s.value() for s in page.rating.spins[Scale.CURRENT]] == list(CURRENT_VOTES)
    assert page.private_notes.editor.toPlainText() == "Privat om tillit"
    again.session.go_to("summary")
    assert again.view.page().radar.values() == expected
