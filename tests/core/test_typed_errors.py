"""Every user action of the core, fed wrong types and unknown enum values in each of its
arguments, refuses with one of the project's typed errors and changes nothing: no bare
ValueError, TypeError or AttributeError ever reaches the window or the command line."""

from __future__ import annotations

import copy
import datetime as dt
import inspect

import pytest

from tillitverkstad.core import action_plan as plan
from tillitverkstad.core import details, review
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import (
    ActionStatus,
    CarriedAction,
    Consensus,
    DetailField,
    NoteCategory,
    Scale,
    Template,
)

BAD_VALUES = [None, 1.5, "nonsense", -7, 10**12, True, [], {}, ("x",), object(), "\ud800"]


@pytest.fixture
def ws(content_sv):
    ws = uc.create_workshop(
        content_sv,
        group="Ledningsgrupp",
        date=dt.date(2026, 11, 23),
        participant_count=6,
        template=Template.CUSTOM,
        custom_steps=["tillit", "balans"],
    )
    uc.add_note(ws, "tillit", NoteCategory.TODAY, "a")
    uc.add_note(ws, "tillit", NoteCategory.TODAY, "b")
    uc.add_reflection(ws, "closing", "tar med mig")
    plan.add_action(ws, "Gör något", "Chef", dt.date(2027, 1, 1), "tillit")
    ws.carried.append(
        CarriedAction("Förra gången", "a1", "w1", dt.date(2026, 5, 1), ActionStatus.ONGOING)
    )
    return ws


def valid_calls(ws, content):
    """Each action with arguments it accepts (the baseline each bad value replaces)."""
    note = ws.record("tillit").notes[0].id
    action = ws.actions[0].id
    carried = ws.carried[0].id
    today = {"marknad": 20, "hierarki": 30, "tillit": 50}
    return [
        (uc.go_to_step, {"step_id": "tillit", "finish_current": True}),
        (uc.set_step_done, {"step_id": "tillit", "done": True}),
        (uc.record_time, {"step_id": "tillit", "seconds": 30}),
        (uc.set_question_index, {"step_id": "tillit", "index": 1}),
        (uc.finish_workshop, {"now": dt.datetime(2026, 11, 23, 16)}),
        (uc.add_note, {"step_id": "tillit", "category": NoteCategory.IDEAS, "text": "ny"}),
        (uc.edit_note, {"step_id": "tillit", "note_id": note, "text": "ändrad"}),
        (uc.delete_note, {"step_id": "tillit", "note_id": note}),
        (uc.move_note, {"step_id": "tillit", "note_id": note, "offset": 1}),
        (uc.set_free_notes, {"step_id": "tillit", "text": "fri"}),
        (uc.set_private_notes, {"step_id": "tillit", "text": "privat"}),
        (uc.set_votes, {"step_id": "tillit", "scale": Scale.CURRENT, "counts": [0, 1, 2, 0, 0]}),
        (uc.set_agreed, {"step_id": "tillit", "scale": Scale.DESIRED, "value": 4}),
        (uc.set_consensus, {"step_id": "tillit", "consensus": Consensus.AGREEMENT}),
        (uc.set_reservations, {"step_id": "tillit", "text": "reservation"}),
        (
            uc.agree_rating,
            {
                "step_id": "tillit",
                "current": 3,
                "desired": 4,
                "consensus": Consensus.DISAGREEMENT,
                "reservations": "",
            },
        ),
        (uc.set_balance, {"step_id": "balans", "which": "today", "points": today}),
        (uc.add_reflection, {"step_id": "closing", "text": "mer"}),
        (uc.edit_reflection, {"step_id": "closing", "index": 0, "text": "annat"}),
        (uc.delete_reflection, {"step_id": "closing", "index": 0}),
        (
            plan.add_action,
            {
                "what": "Ny",
                "who": "Vem",
                "when": dt.date(2027, 2, 1),
                "step_id": "tillit",
                "status": ActionStatus.ONGOING,
            },
        ),
        (
            plan.edit_action,
            {
                "action_id": action,
                "what": "Ändrad",
                "who": "Vem",
                "when": None,
                "step_id": None,
                "status": ActionStatus.DONE,
            },
        ),
        (plan.delete_action, {"action_id": action}),
        (review.set_review_status, {"carried_id": carried, "status": ActionStatus.DONE}),
        (review.set_review_comment, {"carried_id": carried, "text": "Klart i maj"}),
        (
            lambda ws, **kw: details.correct_details(ws, content, **kw),
            {"changes": {DetailField.GROUP: "Ny"}, "now": None},
        ),
    ]


def test_every_action_accepts_its_valid_arguments(ws, content_sv):
    for action, kwargs in valid_calls(ws, content_sv):
        action(copy.deepcopy(ws), **kwargs)


def test_every_public_action_is_in_the_table(ws, content_sv):
    covered = {a.__name__ for a, _ in valid_calls(ws, content_sv)}
    restoring = {
        "restore_note",
        "restore_action",
        "restore_finish_state",
        "restore_balance",
        "restore_reflection",
        "reopen_workshop",
    }
    building = {"create_workshop", "start_follow_up", "check_step", "editable_step", "check_open"}
    building |= {"status_label"}  # words for a status, not an action
    for module in (uc, plan, review):
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ == module.__name__ and not name.startswith("_"):
                assert name in covered | restoring | building, f"{name} is not fed bad values"


def test_wrong_types_and_values_raise_only_typed_errors_and_change_nothing(ws, content_sv):
    untyped = []
    for action, kwargs in valid_calls(ws, content_sv):
        for name in kwargs:
            for bad in BAD_VALUES:
                target = copy.deepcopy(ws)
                before = copy.deepcopy(target)
                try:
                    action(target, **{**kwargs, name: bad})
                except TillitError:
                    assert target == before, f"{action.__name__}({name}={bad!r}) changed it"
                except Exception as exc:
                    untyped.append(f"{action.__name__}({name}={bad!r}): {type(exc).__name__}")
    assert not untyped, "\n".join(untyped)


def test_a_finished_workshop_refuses_content_edits_with_a_message(ws):
    uc.finish_workshop(ws)
    before = copy.deepcopy(ws)
    with pytest.raises(uc.WorkshopFinishedError) as error:
        uc.add_note(ws, "tillit", NoteCategory.TODAY, "för sent")
    assert "avslutad" in error.value.message("sv")
    with pytest.raises(uc.WorkshopFinishedError):
        plan.add_action(ws, "för sent")
    assert ws == before
    uc.go_to_step(ws, "closing")  # reading it is fine
    uc.reopen_workshop(ws)
    uc.add_note(ws, "tillit", NoteCategory.TODAY, "rättelse")
