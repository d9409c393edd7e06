"""The group's story in the core: what a follow-up carries and remembers, and today
compared with every earlier occasion (one aggregation for window, report and package)."""

from __future__ import annotations

import copy
import datetime as dt

import pytest
from story import (
    BASELINE_DATE,
    FOLLOW_UP_DATE,
    THIRD_DATE,
    THIRD_RATINGS,
    baseline,
    follow_up,
    rate,
)

from tillitverkstad.core import action_plan, history, review
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.agenda import REVIEW_STEP, step_started
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import ActionStatus, Consensus, Scale


@pytest.fixture
def first(content_sv):
    return baseline(content_sv)


def test_a_follow_up_carries_every_open_action_linked_to_its_origin(first, content_sv):
    ws = uc.start_follow_up(first, content_sv, FOLLOW_UP_DATE)
    open_actions = first.actions[2:]  # the first is done, the second cancelled
    assert [c.what for c in ws.carried] == [a.what for a in open_actions]
    assert [c.origin for c in ws.carried] == [a.id for a in open_actions]
    assert {c.from_workshop for c in ws.carried} == {first.id}
    assert {c.decided_on for c in ws.carried} == {BASELINE_DATE}
    assert [c.status_then for c in ws.carried][-1] is ActionStatus.ONGOING
    assert all(c.status is None for c in ws.carried)  # the group has not said yet
    assert ws.actions == []  # today's plan starts empty


def test_a_follow_up_is_the_same_group_and_reviews_actions_right_after_the_intro(first, content_sv):
    ws = uc.start_follow_up(first, content_sv, FOLLOW_UP_DATE)
    assert ws.group_id == first.group_id and ws.group == first.group
    assert ws.steps[:2] == ["intro", REVIEW_STEP]
    assert [s for s in ws.steps if s != REVIEW_STEP] == first.steps
    assert ws.minutes[REVIEW_STEP] == 15
    assert all(ws.minutes[s] == first.minutes[s] for s in first.steps)
    plain = uc.start_follow_up(first, content_sv, FOLLOW_UP_DATE, review=False)
    assert REVIEW_STEP not in plain.steps and len(plain.carried) == 5


def test_without_actions_last_time_there_is_no_review_step_by_default(first, content_sv):
    first.actions.clear()
    assert REVIEW_STEP not in uc.start_follow_up(first, content_sv, FOLLOW_UP_DATE).steps


def test_a_follow_up_takes_the_dialogs_choices(first, content_sv):
    ws = uc.start_follow_up(
        first,
        content_sv,
        FOLLOW_UP_DATE,
        participant_count=6,
        facilitator="Ny processledare",
        custom_steps=["handlingsutrymme", "tillit"],
        minutes={"tillit": 35},
    )
    assert ws.steps == ["intro", REVIEW_STEP, "handlingsutrymme", "tillit", *first.steps[-3:]]
    assert (ws.participant_count, ws.facilitator) == (6, "Ny processledare")
    assert ws.minutes["tillit"] == 35


def test_a_follow_up_cannot_be_dated_before_the_occasion_it_follows(first, content_sv):
    with pytest.raises(TillitError) as error:
        uc.start_follow_up(first, content_sv, BASELINE_DATE - dt.timedelta(days=1))
    assert "2026-03-10" in error.value.message("sv")


def test_reviewing_sets_status_and_comment_and_returns_what_undo_needs(first, content_sv):
    ws = uc.start_follow_up(first, content_sv, FOLLOW_UP_DATE)
    item = ws.carried[0]
    assert review.set_review_status(ws, item.id, ActionStatus.DONE) is None
    assert review.set_review_comment(ws, item.id, "Klart i <maj> & juni\x07") == ""
    assert (item.status, item.comment) == (ActionStatus.DONE, "Klart i <maj> & juni")
    before = copy.deepcopy(ws)
    with pytest.raises(TillitError):
        review.set_review_comment(ws, item.id, "x" * (review.MAX_COMMENT + 1))
    with pytest.raises(TillitError):
        review.set_review_status(ws, "no-such-action", ActionStatus.DONE)
    assert ws == before


def test_the_review_and_the_action_plan_are_started_once_something_is_entered(first, content_sv):
    ws = uc.start_follow_up(first, content_sv, FOLLOW_UP_DATE)
    assert ws.carried and not ws.actions
    assert not step_started(ws, REVIEW_STEP) and not step_started(ws, "actions")
    review.set_review_comment(ws, ws.carried[0].id, "Halvvägs")
    assert step_started(ws, REVIEW_STEP) and not step_started(ws, "actions")
    action_plan.add_action(ws, "Boka uppföljning")
    assert step_started(ws, "actions")
    assert not step_started(ws, "tillit")  # an action from no step starts no principle


def test_the_third_occasion_carries_what_is_still_open_with_its_first_decision(first, content_sv):
    second = follow_up(first, content_sv)  # reviews: done, ongoing, not started, done, ongoing
    third = uc.start_follow_up(second, content_sv, THIRD_DATE)
    assert [c.origin for c in third.carried] == [second.carried[i].origin for i in (1, 2, 4)]
    assert {c.decided_on for c in third.carried} == {BASELINE_DATE}
    assert {c.from_workshop for c in third.carried} == {second.id}
    assert [c.status_then for c in third.carried] == [
        ActionStatus.ONGOING,
        ActionStatus.NOT_STARTED,
        ActionStatus.ONGOING,
    ]


def test_a_follow_up_remembers_every_earlier_occasion_baseline_first(first, content_sv):
    second = follow_up(first, content_sv)
    third = uc.start_follow_up(second, content_sv, THIRD_DATE)
    assert [o.workshop_id for o in third.history] == [first.id, second.id]
    baseline_then = third.history[0].result("tillit")
    assert (baseline_then.agreed_current, baseline_then.agreed_desired) == (3, 5)
    reviewed = [a for a in third.history[1].actions if a.carried]
    assert [a.status for a in reviewed][:2] == [ActionStatus.DONE, ActionStatus.ONGOING]
    assert reviewed[0].comment == "Kommentar 1"


def test_the_librarys_copy_of_an_earlier_occasion_wins_over_what_is_remembered(first, content_sv):
    second = follow_up(first, content_sv)
    corrected = copy.deepcopy(first)
    uc.reopen_workshop(corrected)
    uc.agree_rating(corrected, "tillit", current=1, desired=5, consensus=Consensus.AGREEMENT)
    earlier = history.earlier_occasions(second, [corrected, second])
    assert [o.workshop_id for o in earlier] == [first.id]  # once, and never itself
    assert earlier[0].result("tillit").agreed_current == 1
    assert history.earlier_occasions(second)[0].result("tillit").agreed_current == 3


def test_the_comparison_shows_every_occasion_and_changes_since_baseline_and_last_time(
    first, content_sv
):
    second = follow_up(first, content_sv)
    third = uc.start_follow_up(second, content_sv, THIRD_DATE)
    rate(third, THIRD_RATINGS)
    comparison = history.compare(third, third.history)
    assert [o.date for o in comparison.occasions] == [BASELINE_DATE, FOLLOW_UP_DATE, THIRD_DATE]
    tillit = comparison.row("tillit")
    assert [p.current for p in tillit.points] == [3, 3, 4]
    assert tillit.since_baseline(Scale.CURRENT) == 1
    assert tillit.since_last_time(Scale.CURRENT) == 1
    assert tillit.since_baseline(Scale.DESIRED) == 0


def test_a_principle_not_rated_at_some_occasion_is_shown_as_such_never_as_zero(first, content_sv):
    second = follow_up(first, content_sv)
    comparison = history.compare(second, second.history)
    helhetssyn = comparison.row("helhetssyn")  # rated at the baseline only
    assert helhetssyn.baseline.rated and not helhetssyn.today.rated
    assert helhetssyn.today.on_agenda and helhetssyn.today.current is None
    assert helhetssyn.since_baseline(Scale.CURRENT) is None
    assert comparison.outline(comparison.baseline, Scale.CURRENT)[:2] == (3, 2)


def test_a_principle_only_rated_earlier_still_appears_as_not_on_todays_agenda(first, content_sv):
    ws = uc.start_follow_up(first, content_sv, FOLLOW_UP_DATE, custom_steps=["tillit"])
    comparison = history.compare(ws, ws.history)
    assert [r.step_id for r in comparison.rows][:2] == ["tillit", "medborgarfokus"]
    assert not comparison.row("medborgarfokus").today.on_agenda
    assert len(comparison.outline(comparison.baseline, Scale.CURRENT)) == 1


def test_a_change_in_consensus_is_reported_from_last_time_to_today(first, content_sv):
    second = follow_up(first, content_sv)
    comparison = history.compare(second, second.history)
    assert comparison.row("handlingsutrymme").consensus_change == (
        Consensus.DISAGREEMENT,
        Consensus.CONSENT_WITH_RESERVATION,
    )
    assert comparison.row("tillit").consensus_change is None  # enighet both times


def test_the_review_lists_what_was_already_closed_last_time(first, content_sv):
    ws = uc.start_follow_up(first, content_sv, FOLLOW_UP_DATE)
    closed = history.closed_last_time(ws, ws.history)
    assert [(a.what, a.status) for a in closed] == [
        (first.actions[0].what, ActionStatus.DONE),
        (first.actions[1].what, ActionStatus.CANCELLED),
    ]


# --- the order of occasions does not hang on a clock (issue 29, finding 1) -----------------


def test_a_same_day_follow_up_from_a_clock_that_ran_ahead_still_compares_with_its_baseline(
    first, content_sv
):
    first.created = "2026-03-10T15:00:00+00:00"  # this laptop's clock ran ahead
    second = uc.start_follow_up(first, content_sv, BASELINE_DATE)
    second.created = "2026-03-10T09:00:00+00:00"  # made on a laptop with the right time
    earlier = history.earlier_occasions(second, [first])
    assert [o.workshop_id for o in earlier] == [first.id]
    assert history.compare(second, earlier).baseline.workshop_id == first.id


def test_a_clock_set_back_does_not_make_the_follow_up_the_first_occasion(first, content_sv):
    first.created = "2026-03-10T08:00:00+00:00"
    second = uc.start_follow_up(first, content_sv, BASELINE_DATE)
    second.created = "2026-03-10T07:30:00+00:00"  # the clock went back in between
    third = uc.start_follow_up(second, content_sv, BASELINE_DATE)
    third.created = "2026-03-10T07:00:00+00:00"
    assert [o.workshop_id for o in third.history] == [first.id, second.id]
    assert (first.occasion_number, second.occasion_number, third.occasion_number) == (1, 2, 3)
    latest = history.earlier_occasions(third, [second, first])
    assert [o.number for o in latest] == [1, 2]
