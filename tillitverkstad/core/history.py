"""The group's story: its earlier occasions, and today compared with every one of them.

This is the one aggregation the summary in the window, the report and the data package
use. A follow-up remembers its earlier occasions (``Workshop.history``, written when it
was started), so it can be compared on its own, e.g. imported without the earlier
workshops; while those workshops are in the library their own, possibly corrected, data
wins (:func:`earlier_occasions`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from tillitverkstad.core import agenda
from tillitverkstad.core.content import content_from_dict
from tillitverkstad.core.content_model import Content, ContentError
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import (
    CLOSED_STATUSES,
    RATED_KINDS,
    ActionRecord,
    ActionStatus,
    CarriedAction,
    Consensus,
    Occasion,
    Scale,
    StepResult,
    Workshop,
)


def _content(ws: Workshop) -> Content | None:
    try:
        return content_from_dict(ws.content)
    except (ContentError, KeyError, TypeError, ValueError):
        return None


def _rated(content: Content | None, step_id: str) -> bool:
    if content is None:
        return False
    try:
        return agenda.step_kind(content, step_id) in RATED_KINDS
    except TillitError:
        return False


def _title(content: Content | None, step_id: str) -> str:
    try:
        return agenda.step_title(content, step_id) if content else step_id
    except (TillitError, KeyError):
        return step_id


def occasion_of(ws: Workshop, content: Content | None = None) -> Occasion:
    """What a later occasion needs to remember of ``ws``: its agreed values per rated step,
    its actions and the statuses its review gave last time's actions."""
    content = content or _content(ws)
    results = []
    for step in ws.steps:
        if not _rated(content, step):
            continue
        rating = ws.records[step].rating if step in ws.records else None
        results.append(
            StepResult(
                step_id=step,
                title=_title(content, step),
                agreed_current=rating.agreed_current if rating else None,
                agreed_desired=rating.agreed_desired if rating else None,
                consensus=rating.consensus if rating else None,
            )
        )
    carried = [
        ActionRecord(
            origin=c.origin,
            what=c.what,
            decided_on=c.decided_on,
            who=c.who,
            when=c.when,
            step_id=c.step_id,
            status=c.status,
            comment=c.comment,
            carried=True,
        )
        for c in ws.carried
    ]
    own = [
        ActionRecord(
            origin=a.id,
            what=a.what,
            decided_on=ws.date,
            who=a.who,
            when=a.when,
            step_id=a.step_id,
            status=a.status,
        )
        for a in ws.actions
    ]
    return Occasion(
        workshop_id=ws.id,
        date=ws.date,
        created=ws.created,
        group=ws.group,
        organisation=ws.organisation,
        participant_count=ws.participant_count,
        results=tuple(results),
        actions=tuple(carried + own),
        number=ws.occasion_number,
    )


def earlier_occasions(ws: Workshop, live: Iterable[Workshop] = ()) -> tuple[Occasion, ...]:
    """Every occasion of ``ws``'s group before it, earliest (the baseline) first.

    ``live`` are the group's workshops that can be read now (the library's); each one
    replaces what ``ws`` remembers of it, and what they remember fills the gaps. Merged by
    workshop id, so a workshop known twice (imported later, say) counts once."""
    found = {o.workshop_id: o for o in ws.history}
    readable = [w for w in live if w.group_id == ws.group_id and w.id != ws.id]
    for other in readable:
        for remembered in other.history:
            found.setdefault(remembered.workshop_id, remembered)
    for other in readable:
        found[other.id] = occasion_of(other)
    found.pop(ws.id, None)
    return tuple(sorted((o for o in found.values() if o.order < ws.order), key=_order))


def _order(occasion: Occasion) -> tuple:
    return occasion.order


def remembered(previous: Workshop, earlier: Sequence[Occasion] = ()) -> list[Occasion]:
    """What a new follow-up of ``previous`` remembers: ``previous`` itself and every
    occasion before it (``earlier``, else what ``previous`` remembers)."""
    before = earlier_occasions(previous, ()) if not earlier else tuple(earlier)
    merged = {o.workshop_id: o for o in before if o.workshop_id != previous.id}
    merged[previous.id] = occasion_of(previous)
    return sorted(merged.values(), key=_order)


# --- comparing ----------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)  # an overview of 2000 groups has 80 000 of them
class Point:
    """One principle at one occasion: not on that agenda, not rated, or its agreed values."""

    on_agenda: bool
    current: int | None = None
    desired: int | None = None
    consensus: Consensus | None = None

    @property
    def rated(self) -> bool:
        return self.current is not None or self.desired is not None

    def value(self, scale: Scale) -> int | None:
        return self.current if scale is Scale.CURRENT else self.desired


def _change(before: Point, after: Point, scale: Scale) -> int | None:
    a, b = before.value(scale), after.value(scale)
    return None if a is None or b is None else b - a


@dataclass(frozen=True)
class PrincipleHistory:
    """One principle over the group's occasions; ``points`` follow
    :attr:`Comparison.occasions` (the baseline first, today last)."""

    step_id: str
    title: str
    points: tuple[Point, ...]

    @property
    def today(self) -> Point:
        return self.points[-1]

    @property
    def last_time(self) -> Point | None:
        return self.points[-2] if len(self.points) > 1 else None

    @property
    def baseline(self) -> Point:
        return self.points[0]

    def since_baseline(self, scale: Scale) -> int | None:
        """Today's agreed value minus the baseline's; None when either was not agreed."""
        return _change(self.baseline, self.today, scale) if len(self.points) > 1 else None

    def since_last_time(self, scale: Scale) -> int | None:
        last = self.last_time
        return None if last is None else _change(last, self.today, scale)

    @property
    def consensus_change(self) -> tuple[Consensus | None, Consensus | None] | None:
        """(last time's, today's) consensus when both were set and differ."""
        last = self.last_time
        if last is None or last.consensus is None or self.today.consensus is None:
            return None
        if last.consensus is self.today.consensus:
            return None
        return last.consensus, self.today.consensus


@dataclass(frozen=True)
class Comparison:
    """Today beside every earlier occasion of the group."""

    occasions: tuple[Occasion, ...]  # the baseline first, today last
    rows: tuple[PrincipleHistory, ...]

    @property
    def has_history(self) -> bool:
        return len(self.occasions) > 1

    @property
    def baseline(self) -> Occasion:
        return self.occasions[0]

    @property
    def last_time(self) -> Occasion | None:
        return self.occasions[-2] if self.has_history else None

    @property
    def today(self) -> Occasion:
        return self.occasions[-1]

    def row(self, step_id: str) -> PrincipleHistory | None:
        return next((r for r in self.rows if r.step_id == step_id), None)

    def outline(self, occasion: Occasion, scale: Scale) -> tuple[int | None, ...]:
        """An earlier occasion's agreed values on today's rated steps (for the radar);
        None where that occasion did not rate the step."""
        index = self.occasions.index(occasion)
        return tuple(r.points[index].value(scale) for r in self.rows if r.today.on_agenda)


def _point(occasion: Occasion, step_id: str) -> Point:
    result = occasion.result(step_id)
    if result is None:
        return Point(on_agenda=False)
    return Point(True, result.agreed_current, result.agreed_desired, result.consensus)


def compare(
    ws: Workshop, earlier: Sequence[Occasion], content: Content | None = None
) -> Comparison:
    """Per principle, today's agreed values beside each earlier occasion's.

    Today's rated steps come first in agenda order; a step only earlier occasions rated
    follows, shown as not on today's agenda, so nothing the group once agreed drops out."""
    today = occasion_of(ws, content)
    occasions = (*earlier, today)
    steps = [r.step_id for r in today.results]
    titles = {r.step_id: r.title for r in today.results}
    for occasion in earlier:
        for result in occasion.results:
            if result.step_id not in titles:
                steps.append(result.step_id)
                titles[result.step_id] = result.title
    rows = tuple(
        PrincipleHistory(step, titles[step], tuple(_point(o, step) for o in occasions))
        for step in steps
    )
    return Comparison(occasions, rows)


# --- last time's actions ------------------------------------------------------------------


def carry_actions(previous: Workshop) -> list[CarriedAction]:
    """Every action ``previous`` left open, to follow up at the next occasion: those it
    carried itself and did not close (oldest first), then those it decided."""
    again = [
        CarriedAction(
            what=c.what,
            origin=c.origin,
            from_workshop=previous.id,
            decided_on=c.decided_on,
            status_then=c.status or c.status_then,
            who=c.who,
            when=c.when,
            step_id=c.step_id,
        )
        for c in previous.carried
        if c.still_open
    ]
    own = [
        CarriedAction(
            what=a.what,
            origin=a.id,
            from_workshop=previous.id,
            decided_on=previous.date,
            status_then=a.status,
            who=a.who,
            when=a.when,
            step_id=a.step_id,
        )
        for a in previous.actions
        if a.status not in CLOSED_STATUSES
    ]
    return again + own


def has_actions_to_review(previous: Workshop) -> bool:
    """Whether a follow-up of ``previous`` has anything to review (open or closed)."""
    return bool(previous.actions or previous.carried)


def closed_last_time(ws: Workshop, earlier: Sequence[Occasion]) -> tuple[ActionRecord, ...]:
    """The actions the occasion this follow-up started from had already closed (done or
    cancelled): listed in the review, read-only, since nothing comes along for them."""
    source = next((o for o in earlier if o.workshop_id == ws.follow_up_of), None)
    if source is None:
        return ()
    return tuple(a for a in source.actions if a.status in CLOSED_STATUSES)


def review_counts(ws: Workshop) -> dict[ActionStatus | None, int]:
    """How many of last time's actions the group said are done, ongoing, ... (None: not
    followed up yet), in the order of :class:`ActionStatus`."""
    counts: dict[ActionStatus | None, int] = {}
    for status in (*ActionStatus, None):
        found = sum(1 for c in ws.carried if c.status == status)
        if found:
            counts[status] = found
    return counts
