"""A rated step's votes as one record: the counts on both scales and how they were
collected, stored together (a phone vote closes both scales at once, and undo puts back
both and the method), and the rule that keeps a small distribution from phones off the
wall."""

from __future__ import annotations

from dataclasses import dataclass

from tillitverkstad.core.model import Rating, Scale, VoteMethod, Workshop
from tillitverkstad.core.rating import make_distribution
from tillitverkstad.core.usecases import editable_step

# Below this many votes on a scale a distribution could tell the few who voted what each
# chose: the privacy promise says none is shown ("färre än tre").
DEFAULT_MINIMUM_VOTES = 3


@dataclass(frozen=True)
class CollectedVotes:
    """How many votes each value 1..5 got on each scale, and how they were collected."""

    current: tuple[int, ...]
    desired: tuple[int, ...]
    method: VoteMethod


def collected_votes(ws: Workshop, step_id: str) -> CollectedVotes:
    rating = ws.record(step_id).rating
    return CollectedVotes(rating.current.counts, rating.desired.counts, rating.method)


def store_votes(ws: Workshop, step_id: str, votes: CollectedVotes) -> CollectedVotes:
    """Store both scales' counts and their method (the tally of a phone vote, or what undo
    puts back); returns what was there. Both are checked before either changes."""
    rating = ws.record(editable_step(ws, step_id)).rating
    current = make_distribution(votes.current, ws.participant_count)
    desired = make_distribution(votes.desired, ws.participant_count)
    previous = collected_votes(ws, step_id)
    rating.current, rating.desired = current, desired
    rating.method = VoteMethod(votes.method)
    return previous


def too_few_to_show(rating: Rating, minimum: int) -> tuple[Scale, ...]:
    """The scales whose distribution must not reach the wall: sent from phones, and fewer
    than ``minimum`` (but some) votes. Hands were seen by the room already; no votes tell
    nothing."""
    if rating.method is not VoteMethod.DEVICES:
        return ()
    return tuple(
        scale for scale in (Scale.CURRENT, Scale.DESIRED) if 0 < rating.votes(scale).total < minimum
    )
