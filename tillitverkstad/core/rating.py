"""Rating maths: pure functions over vote counts and agreed values."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import (
    SCALE_MAX,
    SCALE_MIN,
    SCALE_VALUES,
    Rating,
    VoteDistribution,
    VoteMethod,
)

if TYPE_CHECKING:
    from tillitverkstad.core.content_model import Content, Cornerstone

SPREAD_TO_DISCUSS = 2


def check_value(value: int) -> int:
    """An agreed value must be on the 1..5 scale."""
    if isinstance(value, bool) or not isinstance(value, int) or not SCALE_MIN <= value <= SCALE_MAX:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "A value must be a whole number from {low} to {high}."),
            low=SCALE_MIN,
            high=SCALE_MAX,
        )
    return value


def make_distribution(
    counts: Mapping[int, int] | Sequence[int], participants: int
) -> VoteDistribution:
    """Validated vote counts, given per value (mapping) or in value order (sequence)."""
    if isinstance(counts, Mapping):
        for value in counts:
            check_value(value)
        ordered = [counts.get(value, 0) for value in SCALE_VALUES]
    else:
        if not isinstance(counts, list | tuple) or len(counts) != len(SCALE_VALUES):
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Give one vote count for each value {low}-{high}."),
                low=SCALE_MIN,
                high=SCALE_MAX,
            )
        ordered = list(counts)
    for value, count in zip(SCALE_VALUES, ordered, strict=True):
        if isinstance(count, bool) or not isinstance(count, int) or count < 0:
            raise ValidationError(
                QT_TRANSLATE_NOOP(
                    "errors", "The vote count for {value} must be zero or a positive whole number."
                ),
                value=value,
            )
    check_total(sum(ordered), participants)
    return VoteDistribution(tuple(ordered))


def check_total(votes: int, participants: int) -> None:
    """Nobody votes twice on a scale: no more votes than participants."""
    if votes > participants:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "{votes} votes is more than the {participants} participants."
            ),
            votes=votes,
            participants=participants,
        )


def _values(dist: VoteDistribution) -> list[int]:
    return [value for value in SCALE_VALUES for _ in range(dist.count(value))]


def shares(dist: VoteDistribution) -> tuple[float, ...]:
    """Each value's share of the votes (all zero when nobody voted)."""
    total = dist.total
    return tuple(count / total if total else 0.0 for count in dist.counts)


def median(dist: VoteDistribution) -> float | None:
    values = _values(dist)
    if not values:
        return None
    middle = len(values) // 2
    if len(values) % 2:
        return float(values[middle])
    return (values[middle - 1] + values[middle]) / 2


def value_range(dist: VoteDistribution) -> tuple[int, int] | None:
    """Lowest and highest value that got at least one vote."""
    voted = [value for value in SCALE_VALUES if dist.count(value)]
    return (voted[0], voted[-1]) if voted else None


def spread(dist: VoteDistribution) -> int:
    bounds = value_range(dist)
    return bounds[1] - bounds[0] if bounds else 0


def needs_discussion(dist: VoteDistribution) -> bool:
    """A spread of two steps or more is worth talking about before agreeing."""
    return spread(dist) >= SPREAD_TO_DISCUSS


@dataclass(frozen=True)
class Aggregate:
    """Mean agreed values over the rated steps of one group (e.g. a cornerstone)."""

    current: float | None
    desired: float | None
    rated: int  # how many steps had an agreed value

    @property
    def gap(self) -> float | None:
        if self.current is None or self.desired is None:
            return None
        return self.desired - self.current


def _mean(values: Iterable[int | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def aggregate(ratings: Iterable[Rating]) -> Aggregate:
    ratings = list(ratings)
    return Aggregate(
        current=_mean(r.agreed_current for r in ratings),
        desired=_mean(r.agreed_desired for r in ratings),
        rated=sum(
            1 for r in ratings if r.agreed_current is not None or r.agreed_desired is not None
        ),
    )


def largest_gaps(ratings: Mapping[str, Rating], count: int = 3) -> list[tuple[str, int]]:
    """The ``count`` steps whose agreed gap is largest in size, largest first, and every
    further step tied with the last of them (cutting a tie would pick by agenda order);
    ties keep agenda order."""
    gaps = [(step, r.gap) for step, r in ratings.items() if r.gap]
    gaps.sort(key=lambda item: -abs(item[1]))
    if count <= 0:
        return []
    if len(gaps) <= count:
        return gaps
    cut = abs(gaps[count - 1][1])
    return [item for item in gaps if abs(item[1]) >= cut]


def cornerstone_results(
    content: Content, ratings: Mapping[str, Rating]
) -> list[tuple[Cornerstone, Aggregate, int]]:
    """Per cornerstone with rated steps among ``ratings`` (step -> rating, the agenda's
    rated steps): the mean agreed values of its principles (or of the cornerstone step
    itself) and how many steps it has. The window, the shared screen and the report all
    show these, so they agree."""
    results = []
    for cornerstone in content.cornerstones:
        members = [s for s in ratings if s == cornerstone.id or s in cornerstone.principles]
        if members:
            results.append((cornerstone, aggregate(ratings[s] for s in members), len(members)))
    return results


def vote_methods(ratings: Mapping[str, Rating]) -> dict[VoteMethod, tuple[str, ...]]:
    """Per way of collecting votes, the steps whose votes were collected so, in the given
    order. Only steps with votes count; when none has any, every step does (so a report
    can still say how they were to be collected)."""
    voted = {s: r for s, r in ratings.items() if r.current.total or r.desired.total}
    methods: dict[VoteMethod, tuple[str, ...]] = {}
    for step, rating in (voted or ratings).items():
        methods[rating.method] = (*methods.get(rating.method, ()), step)
    return methods
