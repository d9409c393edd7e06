"""Each user action changes what it says, and nothing at all when it refuses."""

from __future__ import annotations

import copy
import datetime as dt

import pytest

from tillitverkstad.core import action_plan as plan
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.errors import NotFoundError, ValidationError
from tillitverkstad.core.model import ActionStatus, Consensus, NoteCategory, Scale, Template


@pytest.fixture
def ws(content_sv):
    return uc.create_workshop(
        content_sv, group="Ledningsgrupp", date=dt.date(2026, 11, 23), participant_count=6
    )


def test_new_workshop_agenda_runs_intro_principles_summary_actions_closing(ws):
    assert ws.steps == [
        "intro",
        "tillit",
        "medborgarfokus",
        "helhetssyn",
        "handlingsutrymme",
        "stod",
        "kunskap",
        "oppenhet",
        "summary",
        "actions",
        "closing",
    ]
    assert ws.current_step == "intro"
    assert ws.status.value == "not_started"
    assert ws.content["meta"]["language"] == "sv"


def test_cornerstone_template_has_three_steps(content_sv):
    ws = uc.create_workshop(
        content_sv, group="G", date=dt.date(2026, 1, 1), template=Template.CORNERSTONES
    )
    assert ws.steps[1:4] == ["styrning", "organisering", "kultur_och_ledarskap"]


def test_custom_template_keeps_the_chosen_order(content_sv):
    ws = uc.create_workshop(
        content_sv,
        group="G",
        date=dt.date(2026, 1, 1),
        template=Template.CUSTOM,
        custom_steps=["oppenhet", "goda_motet", "tillit", "balans"],
    )
    assert ws.steps[1:5] == ["oppenhet", "goda_motet", "tillit", "balans"]


@pytest.mark.parametrize(
    "kwargs",
    [
        {"group": "   "},
        {"group": "\x00\x07"},
        {"participant_count": 0},
        {"participant_count": 61},
        {"participant_count": 2, "participant_names": ["A", "B", "C"]},
        {"template": Template.CUSTOM, "custom_steps": []},
        {"template": Template.CUSTOM, "custom_steps": ["tillit", "tillit"]},
        {"template": Template.CUSTOM, "custom_steps": ["nope"]},
        {"date": "2026-02-31"},
    ],
)
def test_invalid_new_workshop_is_refused_with_a_message(content_sv, kwargs):
    args = {"group": "G", "date": dt.date(2026, 1, 1), **kwargs}
    with pytest.raises(ValidationError) as error:
        uc.create_workshop(content_sv, **args)
    assert error.value.message("sv")


def test_markup_emoji_and_control_characters_in_notes(ws):
    note = uc.add_note(ws, "tillit", NoteCategory.TODAY, "<b>fet</b> & <img src=x> 🙂\x07\nrad 2")
    assert note.text == "<b>fet</b> & <img src=x> 🙂\nrad 2"


def test_refused_edits_change_nothing(ws):
    uc.add_note(ws, "tillit", NoteCategory.TODAY, "första")
    before = copy.deepcopy(ws)
    for bad in (
        lambda: uc.add_note(ws, "tillit", NoteCategory.TODAY, "   "),
        lambda: uc.add_note(ws, "nope", NoteCategory.TODAY, "x"),
        lambda: uc.edit_note(ws, "tillit", "missing", "x"),
        lambda: uc.set_votes(ws, "tillit", Scale.CURRENT, [7, 0, 0, 0, 0]),
        lambda: uc.set_votes(ws, "tillit", Scale.CURRENT, [0, -1, 0, 0, 0]),
        lambda: uc.set_agreed(ws, "tillit", Scale.CURRENT, 6),
        lambda: uc.agree_rating(ws, "tillit", current=3, desired=9, consensus=None),
        lambda: plan.add_action(ws, "   "),
        lambda: plan.add_action(ws, "x", when="2026-13-01"),
        lambda: uc.set_balance(ws, "tillit", "today", {"marknad": 50, "hierarki": 40}),
    ):
        with pytest.raises((ValidationError, NotFoundError)):
            bad()
        assert ws == before


def test_notes_can_be_edited_deleted_restored_and_moved(ws):
    a = uc.add_note(ws, "tillit", NoteCategory.IDEAS, "a")
    uc.add_note(ws, "tillit", NoteCategory.TODAY, "other category")
    b = uc.add_note(ws, "tillit", NoteCategory.IDEAS, "b")
    assert uc.edit_note(ws, "tillit", a.id, "a2") == "a"
    assert uc.move_note(ws, "tillit", b.id, -1) == -1
    ideas = ws.record("tillit").notes_in(NoteCategory.IDEAS)
    assert [n.text for n in ideas] == ["b", "a2"]
    assert uc.move_note(ws, "tillit", b.id, -1) == 0
    index, note = uc.delete_note(ws, "tillit", a.id)
    assert [n.text for n in ws.record("tillit").notes_in(NoteCategory.IDEAS)] == ["b"]
    uc.restore_note(ws, "tillit", index, note)
    assert [n.text for n in ws.record("tillit").notes_in(NoteCategory.IDEAS)] == ["b", "a2"]


def test_votes_agreed_values_and_consensus(ws):
    uc.set_votes(ws, "tillit", Scale.CURRENT, [0, 2, 3, 1, 0])
    uc.set_votes(ws, "tillit", Scale.DESIRED, {4: 2, 5: 4})
    uc.agree_rating(
        ws,
        "tillit",
        current=3,
        desired=5,
        consensus=Consensus.CONSENT_WITH_RESERVATION,
        reservations="Anna vill ha 4",
    )
    rating = ws.record("tillit").rating
    assert rating.current.counts == (0, 2, 3, 1, 0)
    assert rating.desired.counts == (0, 0, 0, 2, 4)
    assert rating.gap == 2
    assert rating.reservations == "Anna vill ha 4"
    assert ws.status.value == "in_progress"


def test_balance_must_sum_to_100(ws, content_sv):
    ws = uc.create_workshop(
        content_sv,
        group="G",
        date=dt.date(2026, 1, 1),
        template=Template.CUSTOM,
        custom_steps=["balans"],
    )
    uc.set_balance(ws, "balans", "today", {"marknad": 20, "hierarki": 50, "tillit": 30})
    assert sum(ws.record("balans").balance.today.values()) == 100
    with pytest.raises(ValidationError, match="100"):
        uc.set_balance(ws, "balans", "desired", {"marknad": 20, "hierarki": 50, "tillit": 31})


def test_actions_are_added_edited_and_deleted(ws):
    action = plan.add_action(ws, "Ta bort rapport", "Chef", dt.date(2027, 1, 1), "tillit")
    plan.edit_action(
        ws,
        action.id,
        what="Ta bort två rapporter",
        who="Chef",
        when=None,
        step_id=None,
        status=ActionStatus.DONE,
    )
    assert ws.actions[0].what == "Ta bort två rapporter"
    assert ws.actions[0].status is ActionStatus.DONE
    index, removed = plan.delete_action(ws, action.id)
    assert ws.actions == []
    plan.restore_action(ws, index, removed)
    assert ws.actions == [removed]


def test_follow_up_copies_group_and_agenda_and_links_back(ws, content_sv):
    ws.minutes["tillit"] = 35
    follow = uc.start_follow_up(ws, content_sv, dt.date(2027, 5, 1))
    assert follow.follow_up_of == ws.id
    assert follow.group == ws.group
    assert follow.steps == ws.steps
    assert follow.minutes["tillit"] == 35
    assert follow.records == {}


def test_next_marks_a_step_done_only_when_something_was_entered_there(ws):
    uc.go_to_step(ws, "tillit", finish_current=True)
    assert not ws.record("intro").done  # passed on the way: not done
    assert ws.current_step == "tillit"
    uc.add_note(ws, "tillit", NoteCategory.IDEAS, "Fler möten")
    uc.go_to_step(ws, "medborgarfokus", finish_current=True)
    assert ws.record("tillit").done
    with pytest.raises(NotFoundError):
        uc.go_to_step(ws, "nowhere")


def test_demo_is_fully_filled(demo):
    for step in [
        "tillit",
        "medborgarfokus",
        "helhetssyn",
        "handlingsutrymme",
        "stod",
        "kunskap",
        "oppenhet",
    ]:
        record = demo.record(step)
        assert {n.category for n in record.notes} == set(NoteCategory)
        assert record.rating.agreed_current and record.rating.agreed_desired
        assert record.rating.consensus is not None
    assert any(r.rating.reservations for r in demo.records.values())
    assert len(demo.actions) == 7
