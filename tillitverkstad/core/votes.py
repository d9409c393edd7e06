"""A rated step's votes as one record: the counts on both scales, how they were collected
and, from phones, the facilitator's minimum, stored together (a phone vote closes both
scales at once, and undo puts back both, the method and the minimum)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import MAX_PARTICIPANTS, VoteDistribution, VoteMethod, Workshop
from tillitverkstad.core.rating import check_total, make_distribution
from tillitverkstad.core.usecases import editable_step
from tillitverkstad.core.vote_minimum import DEFAULT_MINIMUM_VOTES


@dataclass(frozen=True)
class CollectedVotes:
    """Both scales' votes, how they were collected, and the minimum phones' were under."""

    current: VoteDistribution
    desired: VoteDistribution
    method: VoteMethod
    minimum: int | None = None  # from phones; hands need none


def check_minimum(minimum: int) -> int:
    """A minimum the facilitator may choose: never below the promise's three."""
    if (
        isinstance(minimum, bool)
        or not isinstance(minimum, int)
        or not DEFAULT_MINIMUM_VOTES <= minimum <= MAX_PARTICIPANTS
    ):
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The minimum number of votes must be a whole number from {low} to {high}."
            ),
            low=DEFAULT_MINIMUM_VOTES,
            high=MAX_PARTICIPANTS,
        )
    return minimum


def _kept(counts: Sequence[int], minimum: int) -> VoteDistribution:
    """One scale of a phone vote as the file may keep it: below the minimum only how many
    were sent, since what must never be shown is not stored either."""
    votes = make_distribution(counts, MAX_PARTICIPANTS)
    return VoteDistribution(withheld=votes.total) if 0 < votes.total < minimum else votes


def phone_votes(current: Sequence[int], desired: Sequence[int], minimum: int) -> CollectedVotes:
    """A closed vote from the phones, ready to store: the tally's counts go no further."""
    check_minimum(minimum)
    return CollectedVotes(
        _kept(current, minimum), _kept(desired, minimum), VoteMethod.DEVICES, minimum
    )


def collected_votes(ws: Workshop, step_id: str) -> CollectedVotes:
    rating = ws.record(step_id).rating
    return CollectedVotes(rating.current, rating.desired, rating.method, rating.minimum_votes)


def _checked(votes: VoteDistribution, participants: int) -> VoteDistribution:
    if votes.withheld:
        check_total(votes.total, participants)
        return VoteDistribution(withheld=votes.withheld)
    return make_distribution(votes.counts, participants)


def store_votes(ws: Workshop, step_id: str, votes: CollectedVotes) -> CollectedVotes:
    """Store both scales' votes, their method and minimum (a phone vote, or what undo puts
    back); returns what was there. Both are checked before either changes."""
    rating = ws.record(editable_step(ws, step_id)).rating
    current = _checked(votes.current, ws.participant_count)
    desired = _checked(votes.desired, ws.participant_count)
    minimum = None if votes.minimum is None else check_minimum(votes.minimum)
    previous = collected_votes(ws, step_id)
    rating.current, rating.desired = current, desired
    rating.method = VoteMethod(votes.method)
    rating.minimum_votes = minimum
    return previous
