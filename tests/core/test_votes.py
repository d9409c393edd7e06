"""A rated step's votes as the file keeps them: both scales' counts and how they were
collected. Phones' counts are stored as one edit; a count typed by hand says hands; a
distribution from phones is not shown below the minimum."""

from __future__ import annotations

import datetime as dt

import pytest

from tillitverkstad.core import usecases as uc
from tillitverkstad.core import votes
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.model import Scale, VoteMethod


@pytest.fixture
def ws(content_sv):
    return uc.create_workshop(
        content_sv, group="Ledningsgrupp", date=dt.date(2026, 11, 23), participant_count=6
    )


def test_phone_votes_are_stored_as_both_scales_with_the_devices_method(ws):
    previous = votes.store_votes(
        ws, "tillit", votes.CollectedVotes((0, 1, 2, 0, 0), (0, 0, 0, 2, 1), VoteMethod.DEVICES)
    )
    rating = ws.record("tillit").rating
    assert rating.current.counts == (0, 1, 2, 0, 0)
    assert rating.desired.counts == (0, 0, 0, 2, 1)
    assert rating.method is VoteMethod.DEVICES
    assert previous == votes.CollectedVotes((0,) * 5, (0,) * 5, VoteMethod.HANDS)
    votes.store_votes(ws, "tillit", previous)  # what undo does
    assert votes.collected_votes(ws, "tillit") == previous


def test_phone_votes_refused_on_one_scale_change_neither(ws):
    with pytest.raises(ValidationError):
        votes.store_votes(
            ws, "tillit", votes.CollectedVotes((0, 1, 0, 0, 0), (9, 0, 0, 0, 0), VoteMethod.DEVICES)
        )
    assert votes.collected_votes(ws, "tillit") == votes.CollectedVotes(
        (0,) * 5, (0,) * 5, VoteMethod.HANDS
    )


def test_typing_a_count_after_a_phone_vote_marks_the_step_as_counted_by_hands(ws):
    """The report calls phone votes anonymous; a count the facilitator typed in (a hand
    that went up) was seen by the room, so the step no longer is."""
    votes.store_votes(
        ws, "tillit", votes.CollectedVotes((0, 1, 2, 0, 0), (0, 0, 0, 2, 1), VoteMethod.DEVICES)
    )
    uc.set_votes(ws, "tillit", Scale.CURRENT, (0, 1, 3, 0, 0))
    assert ws.record("tillit").rating.method is VoteMethod.HANDS


@pytest.mark.parametrize(
    ("current", "desired", "method", "hidden"),
    [
        ((0, 1, 1, 0, 0), (0, 0, 1, 2, 0), VoteMethod.DEVICES, (Scale.CURRENT,)),
        ((0, 1, 1, 1, 0), (0, 0, 1, 2, 0), VoteMethod.DEVICES, ()),
        ((0, 1, 1, 1, 0), (0, 0, 0, 0, 0), VoteMethod.DEVICES, ()),  # nothing to tell
        ((0, 1, 0, 0, 0), (0, 0, 0, 1, 0), VoteMethod.DEVICES, (Scale.CURRENT, Scale.DESIRED)),
        ((0, 1, 0, 0, 0), (0, 0, 0, 1, 0), VoteMethod.HANDS, ()),  # the room saw them anyway
    ],
)
def test_a_distribution_from_phones_is_too_small_to_show_below_the_minimum(
    ws, current, desired, method, hidden
):
    votes.store_votes(ws, "tillit", votes.CollectedVotes(current, desired, method))
    rating = ws.record("tillit").rating
    assert votes.too_few_to_show(rating, votes.DEFAULT_MINIMUM_VOTES) == hidden
