"""A workshop's details are judged field by field and can be corrected, with a change log."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from tillitverkstad.core import details
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.model import DetailField, NoteCategory, Scale, Template

NOW = dt.datetime(2026, 11, 24, 9, 30)


@pytest.fixture
def ws(content_sv):
    return uc.create_workshop(
        content_sv, group="Ledningsgrupp", date=dt.date(2026, 11, 23), participant_count=9
    )


@pytest.fixture
def started(ws):
    uc.add_note(ws, "tillit", NoteCategory.TODAY, "Vi litar på varandra")
    return ws


def test_every_bad_field_of_a_new_workshop_is_named_at_once(content_sv):
    result, problems = details.check_new(
        content_sv,
        group="  ",
        date="2026-02-30",
        participant_count=0,
        template=Template.CUSTOM,
        custom_steps=[],
        minutes_per_step=500,
        organisation="x" * 400,
    )
    assert result is None
    assert set(problems) == {
        DetailField.GROUP,
        DetailField.DATE,
        DetailField.PARTICIPANTS,
        DetailField.AGENDA,
        DetailField.MINUTES,
        DetailField.ORGANISATION,
    }
    assert "namn" in problems[DetailField.GROUP].message("sv")
    assert "1–240" in problems[DetailField.MINUTES].message("sv")


def test_more_names_than_participants_is_the_names_problem(content_sv):
    _, problems = details.check_new(
        content_sv,
        group="G",
        date=dt.date(2026, 1, 1),
        participant_count=2,
        participant_names=["A", "B", "C"],
    )
    assert set(problems) == {DetailField.NAMES}


def test_corrections_before_the_workshop_starts_are_not_logged(ws, content_sv):
    details.correct_details(ws, content_sv, {DetailField.GROUP: "Ledningsgrupp IFO"}, NOW)
    assert ws.group == "Ledningsgrupp IFO"
    assert ws.changes == []


def test_every_header_field_and_the_minutes_can_be_corrected_and_are_logged(started, content_sv):
    ws = started
    details.correct_details(
        ws,
        content_sv,
        {
            DetailField.GROUP: " Ledningsgrupp  IFO ",
            DetailField.ORGANISATION: "Socialförvaltningen",
            DetailField.DATE: dt.date(2026, 11, 24),
            DetailField.FACILITATOR: "Eva",
            DetailField.PARTICIPANTS: 10,
            DetailField.NAMES: ["Anna", "Bo"],
            DetailField.MINUTES: {"tillit": 25},
        },
        NOW,
    )
    assert (ws.group, ws.organisation, ws.date, ws.facilitator) == (
        "Ledningsgrupp IFO",
        "Socialförvaltningen",
        dt.date(2026, 11, 24),
        "Eva",
    )
    assert (ws.participant_count, ws.participant_names, ws.minutes["tillit"]) == (
        10,
        ["Anna", "Bo"],
        25,
    )
    log = {c.field: c for c in ws.changes}
    assert log[DetailField.GROUP].before == "Ledningsgrupp"
    assert log[DetailField.GROUP].after == "Ledningsgrupp IFO"
    assert log[DetailField.PARTICIPANTS].after == "10"
    assert log[DetailField.MINUTES].before == "Tillit: 20"
    assert log[DetailField.MINUTES].after == "Tillit: 25"
    assert log[DetailField.NAMES].before == log[DetailField.NAMES].after == ""  # never quoted
    assert all(c.at == "2026-11-24T09:30:00" for c in ws.changes)


def test_a_tenth_person_can_be_counted_after_the_correction(started, content_sv):
    with pytest.raises(ValidationError):
        uc.set_votes(started, "tillit", Scale.CURRENT, [0, 0, 10, 0, 0])
    details.correct_details(started, content_sv, {DetailField.PARTICIPANTS: 10})
    uc.set_votes(started, "tillit", Scale.CURRENT, [0, 0, 10, 0, 0])
    assert started.record("tillit").rating.current.total == 10


def test_fewer_participants_than_votes_is_refused_naming_the_step(started, content_sv):
    uc.set_votes(started, "kunskap", Scale.DESIRED, [0, 0, 3, 4, 1])
    before = copy.deepcopy(started)
    with pytest.raises(ValidationError) as error:
        details.correct_details(started, content_sv, {DetailField.PARTICIPANTS: 7})
    assert "Kunskap" in error.value.message("sv") and "8" in error.value.message("sv")
    assert started == before
    details.correct_details(started, content_sv, {DetailField.PARTICIPANTS: 8})
    assert started.participant_count == 8


def test_undo_and_redo_of_a_correction_restore_the_values_and_the_log(started, content_sv):
    before = copy.deepcopy(started)
    correction = details.correct_details(
        started, content_sv, {DetailField.GROUP: "Ny", DetailField.MINUTES: {"kunskap": 30}}
    )
    after = copy.deepcopy(started)
    details.undo_correction(started, correction)
    assert started == before
    details.redo_correction(started, correction)
    assert started == after


def test_a_correction_that_changes_nothing_logs_nothing(started, content_sv):
    correction = details.correct_details(started, content_sv, {DetailField.GROUP: "Ledningsgrupp"})
    assert correction.after == {} and started.changes == []


@pytest.mark.parametrize(
    "changes",
    [
        {DetailField.GROUP: ""},
        {DetailField.DATE: "2026-11-24"},
        {DetailField.PARTICIPANTS: 61},
        {DetailField.NAMES: "Anna"},
        {DetailField.MINUTES: {"nope": 10}},
        {DetailField.MINUTES: {"tillit": 0}},
        {DetailField.MINUTES: 20},
        {DetailField.AGENDA: ["tillit"]},
        {"colour": "blue"},
    ],
)
def test_a_bad_correction_is_refused_and_changes_nothing(started, content_sv, changes):
    before = copy.deepcopy(started)
    with pytest.raises(ValidationError) as error:
        details.correct_details(started, content_sv, changes)
    assert error.value.message("sv")
    assert started == before
