"""Fixtures for the tests that drive a WorkshopView: a shown view over a session of a fresh
or a demo workshop, with a clock the test controls; and the whole window over the demo."""

from __future__ import annotations

import datetime as dt

import pytest
from view_helpers import FakeClock, open_session

from tests.ui.shell_fixtures import ini_settings
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.model import Template
from tillitverkstad.ui.main_window import MainWindow
from tillitverkstad.ui.workshop_view import WorkshopView


@pytest.fixture
def clock():
    return FakeClock()


@pytest.fixture
def empty_workshop(content_sv):
    return uc.create_workshop(
        content_sv,
        group="Ledningsgrupp Test",
        date=dt.date(2026, 11, 23),
        facilitator="Testare",
        participant_count=8,
    )


@pytest.fixture
def open_view(qtbot, clock):
    """Build a shown WorkshopView for a session; closes the sessions at the end."""
    sessions = []

    def make(session, language="sv"):
        sessions.append(session)
        view = WorkshopView(session, language, clock=clock)
        qtbot.addWidget(view)
        view.resize(1366, 740)
        view.show()
        view.activateWindow()
        qtbot.waitUntil(view.isActiveWindow, timeout=2000)  # focus works as on a desktop
        return view

    yield make
    for session in sessions:
        session.close()


@pytest.fixture
def session(library, empty_workshop):
    library.add(empty_workshop)
    return open_session(library, empty_workshop.id)


@pytest.fixture
def demo_window(qtbot, tmp_path, library, demo):
    """The whole facilitator window, shown, with the demo workshop open."""
    library.add(demo)
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.show()
    assert w.open_workshop(demo.id)
    yield w
    w.close_workshop()


@pytest.fixture
def demo_session(library, demo):
    library.add(demo)
    return open_session(library, demo.id)


@pytest.fixture
def workshops(library, demo, content_sv):
    """A library whose workshops hold every kind of step: the demo (the seven principles
    and the balance), its follow-up with every optional step and the review of last
    time's actions, and a workshop on the three cornerstones."""
    library.add(demo)
    optional = [s.id for s in content_sv.optional_steps]
    follow_up = uc.start_follow_up(
        demo,
        content_sv,
        dt.date(2027, 5, 3),
        custom_steps=[*demo.steps[1:3], *optional],
        earlier=(),
    )
    library.add(follow_up)
    cornerstones = uc.create_workshop(
        content_sv,
        group="Ledningsgrupp Hörnstenar",
        date=dt.date(2026, 12, 1),
        template=Template.CORNERSTONES,
    )
    library.add(cornerstones)
    return [demo, follow_up, cornerstones]
