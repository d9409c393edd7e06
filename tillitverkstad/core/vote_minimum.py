"""The one rule that keeps a small distribution from the phones from being shown anywhere:
the wall, the window, the reports, HR's overview and its exports all ask it.

Two votes "one on 2, one on 4" tell the two who voted what the other chose, in front of
their manager. Hands need no rule: the room saw each hand go up."""

from __future__ import annotations

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate
from tillitverkstad.core.model import Rating, Scale, VoteDistribution, VoteMethod

# The privacy promise says no distribution is shown below three votes ("färre än tre");
# the facilitator may choose more, never fewer.
DEFAULT_MINIMUM_VOTES = 3

CONTEXT = "votes"
TOO_FEW = QT_TRANSLATE_NOOP(
    "votes", "Fewer than {minimum} votes from the phones – the distribution is not shown."
)


def minimum_of(rating: Rating) -> int:
    """The minimum a rating's phone votes were collected with; a rating that does not name
    one (written before the minimum was stored) has the promise's three."""
    return rating.minimum_votes or DEFAULT_MINIMUM_VOTES


def is_too_few(rating: Rating, votes: VoteDistribution) -> bool:
    """Whether ``votes`` (one of ``rating``'s scales) must not be shown. Votes kept only as
    a total have nothing to show; phones' counts below the minimum must not; none tell
    nothing."""
    if votes.withheld:
        return True
    return rating.method is VoteMethod.DEVICES and 0 < votes.total < minimum_of(rating)


def too_few_to_show(rating: Rating) -> tuple[Scale, ...]:
    """The scales whose distribution must not be shown (:func:`is_too_few`)."""
    return tuple(scale for scale in Scale if is_too_few(rating, rating.votes(scale)))


def shown_votes(rating: Rating, scale: Scale) -> VoteDistribution:
    """A scale's votes as they may be shown: an empty distribution when too few came from
    the phones, so that no median, range or count can be derived from them."""
    votes = rating.votes(scale)
    return VoteDistribution() if is_too_few(rating, votes) else votes


def too_few_text(rating: Rating, language: str) -> str:
    """What is said instead of the distribution, in ``language``."""
    return translate(CONTEXT, TOO_FEW, language).format(minimum=minimum_of(rating))
