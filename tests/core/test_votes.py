"""A rated step's votes as the file keeps them: both scales' counts, how they were
collected and the minimum phones' came under. Phones' votes are stored as one edit; a
count typed by hand says hands; a distribution from phones below its minimum is neither
shown nor stored."""

from __future__ import annotations

import datetime as dt

import pytest

from tillitverkstad.core import usecases as uc
from tillitverkstad.core import votes
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.model import Scale, VoteDistribution, VoteMethod
from tillitverkstad.core.vote_minimum import too_few_text, too_few_to_show

NONE = votes.CollectedVotes(VoteDistribution(), VoteDistribution(), VoteMethod.HANDS)


@pytest.fixture
def ws(content_sv):
    return uc.create_workshop(
        content_sv, group="Ledningsgrupp", date=dt.date(2026, 11, 23), participant_count=6
    )


def test_phone_votes_are_stored_as_both_scales_with_the_devices_method_and_minimum(ws):
    previous = votes.store_votes(
        ws, "tillit", votes.phone_votes((0, 1, 2, 0, 0), (0, 0, 0, 2, 1), 3)
    )
    rating = ws.record("tillit").rating
    assert rating.current.counts == (0, 1, 2, 0, 0)
    assert rating.desired.counts == (0, 0, 0, 2, 1)
    assert rating.method is VoteMethod.DEVICES and rating.minimum_votes == 3
    assert previous == NONE
    votes.store_votes(ws, "tillit", previous)  # what undo does
    assert votes.collected_votes(ws, "tillit") == previous
    assert ws.record("tillit").rating.minimum_votes is None


def test_phone_votes_refused_on_one_scale_change_neither(ws):
    with pytest.raises(ValidationError):
        votes.store_votes(ws, "tillit", votes.phone_votes((0, 1, 0, 0, 0), (9, 0, 0, 0, 0), 3))
    assert votes.collected_votes(ws, "tillit") == NONE


@pytest.mark.parametrize("minimum", [2, 61, True, "3"])
def test_a_minimum_below_the_promise_is_refused(minimum):
    with pytest.raises(ValidationError):
        votes.phone_votes((0, 1, 2, 0, 0), (0, 0, 0, 2, 1), minimum)


def test_typing_a_count_after_a_phone_vote_marks_the_step_as_counted_by_hands(ws):
    """The report calls phone votes anonymous; a count the facilitator typed in (a hand
    that went up) was seen by the room, so the step no longer is."""
    votes.store_votes(ws, "tillit", votes.phone_votes((0, 1, 2, 0, 0), (0, 0, 0, 2, 1), 3))
    uc.set_votes(ws, "tillit", Scale.CURRENT, (0, 1, 3, 0, 0))
    rating = ws.record("tillit").rating
    assert rating.method is VoteMethod.HANDS and rating.minimum_votes is None


def test_a_small_phone_vote_is_stored_as_its_total_alone_and_undo_puts_it_back(ws):
    """Two votes "one on 2, one on 4" would tell the two who voted what the other chose:
    the file keeps that two were sent, not what they were."""
    votes.store_votes(ws, "tillit", votes.phone_votes((0, 1, 0, 1, 0), (0, 1, 1, 1, 0), 3))
    previous = votes.store_votes(
        ws, "tillit", votes.phone_votes((1, 1, 1, 1, 0), (0, 0, 0, 0, 0), 5)
    )
    rating = ws.record("tillit").rating
    assert rating.current.counts == (0,) * 5 and rating.current.total == 4
    assert rating.minimum_votes == 5
    assert too_few_to_show(rating) == (Scale.CURRENT,)
    votes.store_votes(ws, "tillit", previous)  # undo
    rating = ws.record("tillit").rating
    assert rating.current == VoteDistribution(withheld=2) and rating.minimum_votes == 3
    assert rating.desired.counts == (0, 1, 1, 1, 0)


def test_a_hand_count_on_one_scale_keeps_the_minimum_of_a_total_kept_alone(ws):
    votes.store_votes(ws, "tillit", votes.phone_votes((0, 1, 1, 1, 0), (0, 0, 0, 2, 0), 4))
    uc.set_votes(ws, "tillit", Scale.CURRENT, (0, 1, 3, 0, 0))
    rating = ws.record("tillit").rating
    assert rating.method is VoteMethod.HANDS and rating.minimum_votes == 4
    assert too_few_to_show(rating) == (Scale.DESIRED,)
    assert too_few_text(rating, "sv") == (
        "Färre än 4 röster från telefonerna – fördelningen visas inte."
    )
    assert too_few_text(rating, "en") == (
        "Fewer than 4 votes from the phones – the distribution is not shown."
    )


@pytest.mark.parametrize(
    ("current", "desired", "minimum", "hidden"),
    [
        ((0, 1, 1, 0, 0), (0, 0, 1, 2, 0), 3, (Scale.CURRENT,)),
        ((0, 1, 1, 1, 0), (0, 0, 1, 2, 0), 3, ()),
        ((0, 1, 1, 1, 0), (0, 0, 0, 0, 0), 3, ()),  # nothing to tell
        ((0, 1, 0, 0, 0), (0, 0, 0, 1, 0), 3, (Scale.CURRENT, Scale.DESIRED)),
        ((0, 1, 1, 1, 1), (0, 0, 1, 2, 2), 5, (Scale.CURRENT,)),
        ((0, 1, 1, 1, 1), (0, 0, 1, 2, 2), 4, ()),
    ],
)
def test_a_distribution_from_phones_is_too_small_to_show_below_its_minimum(
    ws, current, desired, minimum, hidden
):
    votes.store_votes(ws, "tillit", votes.phone_votes(current, desired, minimum))
    assert too_few_to_show(ws.record("tillit").rating) == hidden


def test_hands_counted_in_the_room_are_shown_however_few(ws):
    uc.set_votes(ws, "tillit", Scale.CURRENT, (0, 1, 0, 0, 0))
    assert too_few_to_show(ws.record("tillit").rating) == ()
