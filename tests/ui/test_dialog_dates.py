"""The follow-up and correction dialogs take a date as *Ny workshop* does: typed as
YYYY-MM-DD (the year too), kept as typed, explained beside the field. A date an old
version stored outside 1900–2200 shows as stored, with the reason, and stays as it is
unless the facilitator corrects it."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from view_helpers import click, open_session, type_text

from tests.ui.shell_fixtures import (  # noqa: F401
    OFFSCREEN_NOISE,
    ini_settings,
    kept_application,
    swedish,
)
from tillitverkstad.core.model import DetailField
from tillitverkstad.ui.details_dialog import DetailsDialog
from tillitverkstad.ui.follow_up_dialog import FollowUpDialog
from tillitverkstad.ui.widgets.date_field import DateField

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]


def retype(field, text: str) -> None:
    field.setFocus()
    field.selectAll()
    type_text(field, text)


@pytest.fixture
def follow_up(qtbot, demo, content_sv):
    dialog = FollowUpDialog(demo, content_sv, "sv", 2, today=dt.date(2027, 1, 10))
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_typing_a_whole_date_in_the_follow_up_dialog_gives_that_date(qtbot, follow_up):
    assert isinstance(follow_up.date, DateField)
    assert follow_up.date.text() == "2027-01-10"
    retype(follow_up.date, "2027-03-15")
    assert follow_up.choices()["date"] == dt.date(2027, 3, 15)
    assert follow_up.ok_button.isEnabled()


@pytest.mark.parametrize("typed", ["2027-02-30", "0206-11-23", "15 mars"])
def test_a_date_that_is_not_one_is_explained_beside_the_field(qtbot, follow_up, typed):
    retype(follow_up.date, typed)
    assert follow_up.date.text() == typed  # kept as typed
    assert follow_up.messages[DetailField.DATE].text()
    assert not follow_up.ok_button.isEnabled()


@pytest.fixture
def old_session(library, demo):
    library.ensure()
    old = dataclasses.replace(demo, date=dt.date(206, 11, 23))
    library.add(old)
    session = open_session(library, old.id)
    yield session
    session.close()


def test_a_year_206_shows_as_stored_with_the_reason_and_is_kept(qtbot, old_session):
    dialog = DetailsDialog(old_session, "sv")  # deleted when closed
    dialog.show()
    assert isinstance(dialog.date, DateField)
    assert dialog.date.text() == "0206-11-23"
    assert "1900" in dialog.messages[DetailField.DATE].text()
    type_text(dialog.group, " Nord")  # another correction: the date is left alone
    assert dialog.ok_button.isEnabled()
    click(dialog.ok_button)
    ws = old_session.workshop
    assert ws.group.endswith(" Nord")
    assert ws.date == dt.date(206, 11, 23)
    assert DetailField.DATE not in {c.field for c in ws.changes}


def test_correcting_the_year_206_changes_it(qtbot, old_session):
    dialog = DetailsDialog(old_session, "sv")  # deleted when closed
    dialog.show()
    retype(dialog.date, "2026-11-23")
    assert dialog.messages[DetailField.DATE].text() == ""
    click(dialog.ok_button)
    assert old_session.workshop.date == dt.date(2026, 11, 23)


@pytest.mark.parametrize("scale", [1.0, 2.0])
@pytest.mark.usefixtures("kept_application")
def test_the_follow_up_dialog_fits_no_field_under_the_scroll_bar(
    qtbot, qapp, tmp_path, demo, content_sv, scale
):
    from PySide6.QtWidgets import QAbstractSpinBox, QLineEdit, QScrollArea, QWidget

    from tillitverkstad.app import apply_appearance

    settings = ini_settings(tmp_path)
    settings.font_scale = scale
    apply_appearance(qapp, settings)  # the shipped face, the style sheet, the text size
    follow_up = FollowUpDialog(demo, content_sv, "sv", 2, today=dt.date(2027, 1, 10))
    qtbot.addWidget(follow_up)
    follow_up.show()
    qtbot.waitExposed(follow_up)
    area = follow_up.findChild(QScrollArea)
    viewport = area.viewport()
    fields = [
        w
        for w in area.widget().findChildren(QWidget)
        if isinstance(w, QLineEdit | QAbstractSpinBox)
        and w.isVisibleTo(follow_up)
        and not isinstance(w.parentWidget(), QAbstractSpinBox)
    ]
    assert fields
    for field in fields:  # beside the scroll bar, or reached by scrolling sideways
        right = field.mapTo(area.widget(), field.rect().topRight()).x()
        reach = viewport.width() + area.horizontalScrollBar().maximum()
        assert right < reach, field.accessibleName()
    screen = follow_up.screen().availableGeometry()
    assert follow_up.height() <= screen.height() and follow_up.width() <= screen.width()
    assert follow_up.ok_button.visibleRegion().boundingRect().size() == follow_up.ok_button.size()
