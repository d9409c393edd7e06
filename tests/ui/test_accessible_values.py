"""What a screen reader reads of the window's painted and changing parts: the charts as
their values, the heatmap as a table with headers, the timer's remaining time (changed
once a minute, not every second, and time up said once), the shared screen's preview as
what the group sees, and each vote cell as "Nuläge, värde 3: 4 röster"."""

from __future__ import annotations

import itertools

import pytest
from accessibility_walk import interface
from PySide6.QtGui import QAccessible
from view_helpers import type_number

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings, swedish  # noqa: F401
from tillitverkstad.core.model import Scale
from tillitverkstad.ui import accessible
from tillitverkstad.ui.overview_page import OverviewPage
from tillitverkstad.ui.widgets.distribution_chart import DistributionChart
from tillitverkstad.ui.widgets.radar import RadarChart

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
Role = QAccessible.Role
NAME, DESCRIPTION = QAccessible.Text.Name, QAccessible.Text.Description


@pytest.fixture
def overview_page(qtbot, library, demo):
    library.add(demo)
    page = OverviewPage(library, lambda: "sv")
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    page.show_library()
    qtbot.waitUntil(lambda: not page.busy)  # worked out off the UI thread, then shown
    return page


def test_the_radar_reads_as_a_chart_of_its_values(qtbot):
    radar = RadarChart(language="sv")
    qtbot.addWidget(radar)
    radar.set_data(["Tillit", "Stöd"], [3.0, 2.5], [4.0, None])
    read = interface(radar)
    assert read.role() is Role.Chart
    assert read.text(NAME) == "Radardiagram över överenskomna värden"
    assert read.text(DESCRIPTION) == (
        "Tillit: Nuläge (överenskommet) 3, Önskat läge (överenskommet) 4; "
        "Stöd: Nuläge (överenskommet) 2,5, Önskat läge (överenskommet) –"
    )


def test_the_distribution_reads_as_a_chart_of_the_votes(qtbot):
    chart = DistributionChart()
    qtbot.addWidget(chart)
    chart.set_series_names("Nuläge", "Önskat läge")
    chart.set_data([0, 1, 4, 2, 0], [0, 0, 1, 3, 3])
    read = interface(chart)
    assert read.role() is Role.Chart
    assert read.text(NAME) == "Röstfördelning"
    assert read.text(DESCRIPTION).startswith(
        "Värde 1: Nuläge 0, Önskat läge 0; Värde 2: Nuläge 1, Önskat läge 0; "
        "Värde 3: Nuläge 4, Önskat läge 1"
    )


def test_each_vote_cell_reads_its_scale_value_and_count(qtbot, demo_session, open_view):
    view = open_view(demo_session)
    view.go_to("tillit")
    panel = view.page().rating
    cell = panel.spins[Scale.CURRENT][2]
    type_number(cell, 4)
    assert interface(cell).text(NAME) == "Nuläge, värde 3: 4 röster"
    type_number(cell, 1)
    assert interface(cell).text(NAME) == "Nuläge, värde 3: 1 röst"
    assert interface(panel.spins[Scale.DESIRED][4]).text(NAME).startswith("Önskat läge, värde 5:")


def test_the_timer_says_the_minutes_left_once_a_minute_and_time_up_once(
    qtbot, session, open_view, clock, monkeypatch
):
    said: list[str] = []
    monkeypatch.setattr(accessible, "announce", lambda widget, text: said.append(text))
    view = open_view(session)
    view.go_to("tillit")
    planned = session.workshop.minutes["tillit"]
    label = view.timer_widget.time_label
    assert interface(label).text(NAME) == f"Tid kvar: {planned} av {planned} min"
    names = []
    view.toggle_timer()
    for _second in range((planned + 1) * 60):
        clock.advance(1)
        view.timer.poll()
        names.append(interface(label).text(NAME))
    changes = [b for a, b in itertools.pairwise(names) if a != b]
    assert len(changes) <= planned + 2, "a screen reader would be told every second"
    assert f"Tid kvar: 1 av {planned} min" in names
    assert names[-1] == "Tiden är ute: 1 min över"
    assert said == ["Tiden är ute"]


def test_the_preview_reads_as_a_picture_of_what_the_group_sees(qtbot, demo_window):
    window = demo_window
    window.presenting.presenter._card_timer.setInterval(0)  # past the step's title card
    window.session.go_to("tillit")
    qtbot.waitUntil(lambda: not window.presenting.presenter._card_timer.isActive())
    window.presenting.preview_action.setChecked(True)
    read = interface(window.presenting.preview.slide)
    assert read.role() is Role.Graphic
    assert read.text(NAME) == "Förhandsvisning av storbilden"
    question = window.session.content.principle("tillit").questions[0]
    assert "Tillit" in read.text(DESCRIPTION) and question in read.text(DESCRIPTION)


def test_the_heatmap_reads_as_a_table_with_headers_and_cells_that_say_whose_they_are(
    qtbot, overview_page
):
    table = overview_page.heatmap
    read = interface(table)
    assert read.role() is Role.Table
    assert read.text(NAME) == "Värmekarta över principer och grupper"
    children = [read.child(i) for i in range(read.childCount())]
    headers = [c.text(NAME) for c in children if c.role() is Role.ColumnHeader]
    assert headers[:3] == ["Grupp", "Tillfällen", "Tillit"]
    tillit = [c for c in children if c.role() is Role.Cell][2]  # the first group's
    assert tillit.text(NAME) == "3"
    assert tillit.text(DESCRIPTION).startswith("Ledningsgrupp IFO · Tillit: nuläge 3")
    cell = tillit.tableCellInterface()
    assert [h.text(NAME) for h in cell.columnHeaderCells()] == ["Tillit"]
