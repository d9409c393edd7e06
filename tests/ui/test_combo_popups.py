"""A combo box's list shows every choice at once where there are few (up to ten), at every
text size and in every appearance: on each page and in each dialog of the facilitator
window, and in the action plan's cell editors. No scroll bar, no scroll arrows, no choice
cut off at the edge of the list, which is as wide as its longest choice (a field of names
may show a long one shortened)."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QWidget
from view_helpers import press

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, designed_as, ini_settings, swedish  # noqa: F401
from tillitverkstad.core import usecases as uc
from tillitverkstad.ui.main_window import MainWindow
from tillitverkstad.ui.theme import Appearance
from tillitverkstad.ui.widgets.actions_table import STATUS, STEP

pytestmark = [
    # What the offscreen platform says when a window or a popup opens; not our warnings.
    pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE.args, "does not support raise", "grabbing"),
    pytest.mark.usefixtures("swedish"),
]
FEW = 10  # a list this long or shorter shows every choice
LOOKS = [
    (Appearance.LIGHT, 1.0),
    (Appearance.LIGHT, 1.5),
    (Appearance.LIGHT, 2.0),
    (Appearance.DARK, 2.0),
    (Appearance.HIGH_CONTRAST, 2.0),
]


@pytest.fixture(params=LOOKS, ids=lambda look: f"{look[0].value}-{round(look[1] * 100)}")
def window(request, qapp, qtbot, tmp_path, library, demo, content_sv):
    library.add(demo)
    library.add(uc.start_follow_up(demo, content_sv, dt.date(2027, 5, 22)))
    with designed_as(qapp, *request.param):
        w = MainWindow(library, ini_settings(tmp_path))
        qtbot.addWidget(w)
        w.resize(1366, 720)
        w.show()
        w.activateWindow()
        qtbot.waitUntil(w.isActiveWindow)  # a list opens in an active window
        yield w
        w.close_workshop()


def list_cut(combo: QComboBox) -> bool:
    """Whether its open list leaves out one of the first ten choices, or cuts one short."""
    combo.showPopup()
    view = combo.view()
    try:
        shown = min(combo.count(), FEW)
        needed = sum(view.sizeHintForRow(row) for row in range(shown))
        arrows = [  # the scroll arrows a menu-like list puts above or below its choices
            w
            for w in view.parentWidget().children()
            if isinstance(w, QWidget) and w is not view and w.isVisible() and w.height() > 0
        ]
        scrolls = combo.count() <= FEW and view.verticalScrollBar().maximum() > 0
        screen = combo.screen().availableGeometry().width()  # no list is wider than that
        narrow = view.sizeHintForColumn(0) > view.viewport().width() < screen - 20
        return needed > view.viewport().height() or bool(arrows) or scrolls or narrow
    finally:
        combo.hidePopup()


def cut_lists(root: QWidget) -> list[str]:
    problems = []
    for combo in [c for c in root.findChildren(QComboBox) if c.isVisible()]:
        if list_cut(combo):
            name = combo.accessibleName() or combo.currentText()
            problems.append(f"{name!r}: {combo.count()} choices, not all in view")
    return problems


def cell_editor_lists(window: MainWindow) -> list[str]:
    table = window.view.page().table.table
    problems = []
    for column in (STEP, STATUS):
        table.setCurrentCell(0, column)
        table.setFocus()
        press(table, Qt.Key.Key_F2)
        [editor] = [c for c in table.viewport().findChildren(QComboBox) if c.isVisible()]
        problems += [f"cell editor {column}: {p}" for p in cut_lists(table.viewport())]
        press(editor, Qt.Key.Key_Escape)
    return problems


def test_every_combo_list_shows_every_choice(qtbot, window, library, demo):
    problems = [f"library: {p}" for p in cut_lists(window)]
    for name, dialog in (
        ("settings", window.show_settings()),
        ("new workshop", window.new_workshop()),
        ("follow-up", window.start_follow_up(demo.id)),
    ):
        dialog.activateWindow()  # as a window manager makes a new dialog the active window
        qtbot.waitUntil(dialog.isActiveWindow)
        problems += [f"{name}: {p}" for p in cut_lists(dialog)]
        dialog.close()
    assert window.open_workshop(demo.id)
    for step in ("tillit", "actions"):
        window.view.go_to(step)
        problems += [f"{step}: {p}" for p in cut_lists(window)]
    problems += cell_editor_lists(window)
    details = window.lifecycle.correct_details()
    problems += [f"details: {p}" for p in cut_lists(details)]
    details.close()
    follow_up = next(s.id for s in library.list() if s.follow_up_of)
    assert window.open_workshop(follow_up)
    window.view.go_to(window.session.workshop.steps[1])  # the review of last time's actions
    problems += [f"review: {p}" for p in cut_lists(window)]
    window.show_overview()
    problems += [f"overview: {p}" for p in cut_lists(window)]
    assert problems == []
