"""What a phone is asked in one vote, and what the vote gave when it closed."""

from __future__ import annotations

from dataclasses import dataclass

from tillitverkstad.core import projection
from tillitverkstad.core.content import Content
from tillitverkstad.core.model import SCALE_VALUES, Scale, Workshop


@dataclass(frozen=True)
class ScaleQuestion:
    scale: Scale
    name: str  # "Nuläge"
    prompt: str  # "Hur väl stämmer det här för oss i dag?"


@dataclass(frozen=True)
class Ballot:
    """One rated step's vote as the phones show it, in the workshop's language."""

    step_id: str
    title: str  # the principle or cornerstone
    statement: str  # its meaning, which the two scales ask about
    scales: tuple[ScaleQuestion, ScaleQuestion]
    anchors: tuple[tuple[int, str], ...]  # (1, "Stämmer inte – sker sällan"), ...


def ballot_for(ws: Workshop, content: Content, step_id: str) -> Ballot:
    """The ballot of a rated step, worded as the shared screen words it."""
    question = projection.question_view(ws, content, step_id)
    rating = projection.rating_view(ws, content, step_id, revealed=False)
    current, desired = rating.scales
    return Ballot(
        step_id=step_id,
        title=rating.title,
        statement=question.meaning,
        scales=(
            ScaleQuestion(Scale.CURRENT, current.name, current.prompt),
            ScaleQuestion(Scale.DESIRED, desired.name, desired.prompt),
        ),
        anchors=rating.anchors,
    )


@dataclass(frozen=True)
class Tally:
    """A closed vote: how many devices chose each value 1..5 on each scale, in the shape
    :func:`tillitverkstad.core.usecases.set_votes` takes. Nothing says who."""

    step_id: str
    current: tuple[int, ...] = (0,) * len(SCALE_VALUES)
    desired: tuple[int, ...] = (0,) * len(SCALE_VALUES)

    def counts(self, scale: Scale) -> tuple[int, ...]:
        return self.current if scale is Scale.CURRENT else self.desired

    def may_reveal(self, scale: Scale, minimum: int) -> bool:
        """Whether the distribution may be shown: below ``minimum`` votes a distribution
        could tell who voted what."""
        return sum(self.counts(scale)) >= minimum


@dataclass(frozen=True)
class VoteProgress:
    """How many devices have chosen a value on each scale so far: a count, never who."""

    vote_id: str
    current: int
    desired: int
