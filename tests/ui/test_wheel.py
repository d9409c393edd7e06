"""Scrolling a page with the mouse wheel never changes a value the pointer passes over: a
vote count, an agreed value, a minutes box or a choice changes by wheel only once it has
the keyboard focus (clicked or tabbed to), everywhere in the app."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDialog,
    QWidget,
)

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings
from tillitverkstad.core.model import Scale
from tillitverkstad.ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE


def roll(widget: QWidget, notches: int) -> None:
    """Turn the wheel ``notches`` (up is positive) with the pointer over ``widget``."""
    at = QPointF(widget.rect().center())
    event = QWheelEvent(
        at,
        QPointF(widget.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120 * notches),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(widget, event)


def value(widget: QWidget) -> object:
    return widget.currentIndex() if isinstance(widget, QComboBox) else widget.text()


def changed_by_wheel(widget: QWidget) -> bool:
    before = value(widget)
    for notches in (-1, 1, 1):  # whichever way the value can move
        roll(widget, notches)
        if value(widget) != before:
            return True
    return False


def test_scrolling_over_the_rating_changes_no_vote_and_no_agreed_value(qtbot, session, open_view):
    view = open_view(session)
    view.go_to("tillit")
    rating = view.page().rating
    view.previous_button.setFocus()  # the facilitator's focus is elsewhere
    for widget in (*rating.spins[Scale.CURRENT], rating.agreed[Scale.CURRENT], rating.consensus):
        assert not changed_by_wheel(widget), widget.accessibleName()
    record = session.workshop.record("tillit").rating
    assert record.current.counts == (0, 0, 0, 0, 0)
    assert record.agreed(Scale.CURRENT) is None and record.consensus is None


def test_the_wheel_turn_is_handed_on_to_the_page(qtbot, session, open_view):
    """Left unaccepted, a real (spontaneous) wheel event goes on to the parents, up to
    the page's scroll area. A test's event is never passed on by Qt, so the test checks
    what decides it: the spin box leaves the turn unaccepted."""
    view = open_view(session)
    view.go_to("tillit")
    spin = view.page().rating.spins[Scale.CURRENT][0]
    at = QPointF(spin.rect().center())
    event = QWheelEvent(
        at,
        QPointF(spin.mapToGlobal(at.toPoint())),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(spin, event)
    assert not event.isAccepted()
    assert spin.value() == 0


def test_a_focused_vote_count_still_takes_the_wheel(qtbot, session, open_view):
    view = open_view(session)
    view.go_to("tillit")
    spin = view.page().rating.spins[Scale.CURRENT][2]
    spin.setFocus()
    qtbot.waitUntil(spin.hasFocus)
    roll(spin, 1)
    assert spin.value() == 1
    assert session.workshop.record("tillit").rating.current.counts == (0, 0, 1, 0, 0)


def _value_widgets(root: QWidget) -> list[QWidget]:
    return [
        w
        for w in root.findChildren(QWidget)
        if isinstance(w, QAbstractSpinBox | QComboBox) and w.isVisibleTo(root)
    ]


def _assert_wheel_proof(root: QWidget) -> None:
    root.setFocus()
    widgets = _value_widgets(root)
    assert widgets
    moved = [f"{type(w).__name__} {w.accessibleName()}" for w in widgets if changed_by_wheel(w)]
    assert moved == []


def test_every_step_page_ignores_the_wheel_until_a_value_has_focus(qtbot, demo_session, open_view):
    view = open_view(demo_session)
    for step in demo_session.workshop.steps:
        view.go_to(step)
        if _value_widgets(view.page()):
            view.sidebar.list.setFocus()
            moved = [w.accessibleName() for w in _value_widgets(view.page()) if changed_by_wheel(w)]
            assert moved == [], step


@pytest.fixture
def window(qtbot, tmp_path, library, demo):
    library.add(demo)
    window = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(window)
    window.show()
    return window


def test_every_dialog_ignores_the_wheel_until_a_value_has_focus(qtbot, window, demo):
    dialogs = [
        window.show_settings(),
        window.new_workshop(),
        window.start_follow_up(demo.id),
    ]
    assert window.open_workshop(demo.id)
    dialogs.append(window.lifecycle.correct_details())
    for dialog in dialogs:
        assert isinstance(dialog, QDialog)
        _assert_wheel_proof(dialog)
        dialog.reject()


def test_the_library_and_overview_filters_ignore_the_wheel(qtbot, window):
    _assert_wheel_proof(window.library_page)
    overview = window.show_overview()
    _assert_wheel_proof(overview)


def test_the_follow_up_minutes_made_for_a_changed_agenda_ignore_it_too(qtbot, window, demo):
    dialog = window.start_follow_up(demo.id)
    dialog.review.setChecked(not dialog.review.isChecked())  # the minutes grid is rebuilt
    _assert_wheel_proof(dialog)
    assert dt.date  # the dialog's date field is a line edit: the wheel has nothing to change
