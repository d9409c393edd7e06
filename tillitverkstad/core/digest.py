"""What HR's overview needs of one workshop, small enough to keep in the library index.

The overview of a thousand workshops must not open a thousand files, so each workshop's
index entry carries a :class:`Digest`: its agreed values and vote figures per rated step,
its actions as it left them, the group notes in "Så gör vi i dag" and "Idéer" (never
private or free notes, never names), its balance of the three governing logics, and the
agreed values of the earlier occasions it remembers. Every part is bounded
(:data:`LIMITS`), so an entry stays a few kilobytes whatever the workshop holds; what does
not fit is counted, and a shortened note says so.
"""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING, Any

from tillitverkstad.core.model import (
    ActionStatus,
    BalanceLogic,
    Consensus,
    NoteCategory,
    StepKind,
    StepResult,
    Workshop,
)
from tillitverkstad.core.rating import median, value_range

if TYPE_CHECKING:  # the content loader is imported when a digest is made, not at start
    from tillitverkstad.core.content_model import Content

EXAMPLE_CATEGORIES = (NoteCategory.TODAY, NoteCategory.IDEAS)
LOGICS = tuple(BalanceLogic)


@dataclass(frozen=True, slots=True)
class Limits:
    steps: int = 40  # rated steps on one agenda (the content has fewer)
    title: int = 300
    actions: int = 100
    what: int = 300  # an action's text, shortened beyond
    who: int = 300
    examples: int = 40
    example: int = 600  # one note, shortened beyond
    earlier: int = 60  # remembered occasions


LIMITS = Limits()
ELLIPSIS = "…"


def shorten(text: str, limit: int) -> tuple[str, bool]:
    """``text`` cut to ``limit`` characters (ending in an ellipsis); True when cut."""
    if len(text) <= limit:
        return text, False
    return text[: limit - 1].rstrip() + ELLIPSIS, True


@dataclass(frozen=True, slots=True)
class RatedResult:
    """One rated step: the agreed values and the votes behind them."""

    step_id: str
    title: str  # in the workshop's content language
    current: int | None = None
    desired: int | None = None
    consensus: Consensus | None = None
    votes: int = 0  # hands counted for nuläge
    median_current: float | None = None
    median_desired: float | None = None
    spread_current: int | None = None  # highest minus lowest value voted; None: no votes
    spread_desired: int | None = None

    @property
    def gap(self) -> int | None:
        if self.current is None or self.desired is None:
            return None
        return self.desired - self.current


@dataclass(frozen=True, slots=True)
class ActionState:
    """An action as this occasion left it: decided here, or carried here and reviewed
    (``carried``). ``origin`` is the same at every occasion that follows it."""

    origin: str
    what: str
    decided_on: dt.date
    status: ActionStatus  # a carried action nobody reviewed keeps the status it came with
    who: str = ""
    when: dt.date | None = None
    step_id: str | None = None
    carried: bool = False


@dataclass(frozen=True, slots=True)
class Example:
    """A group note in "Så gör vi i dag" or "Idéer" on one step."""

    step_id: str
    category: NoteCategory
    text: str
    shortened: bool = False


@dataclass(frozen=True, slots=True)
class BalancePoints:
    """Points out of 100 for market, hierarchy and trust (None: not given)."""

    step_id: str
    today: tuple[int | None, ...]
    desired: tuple[int | None, ...]


@dataclass(frozen=True, slots=True)
class Remembered:
    """The agreed values an earlier occasion left, as this workshop remembers them."""

    workshop_id: str
    results: tuple[StepResult, ...]


@dataclass(frozen=True, slots=True)
class Digest:
    language: str
    results: tuple[RatedResult, ...] = ()
    actions: tuple[ActionState, ...] = ()
    examples: tuple[Example, ...] = ()
    balance: tuple[BalancePoints, ...] = ()
    earlier: tuple[Remembered, ...] = ()
    actions_left_out: int = 0
    examples_left_out: int = 0

    def result(self, step_id: str) -> RatedResult | None:
        return next((r for r in self.results if r.step_id == step_id), None)


def _content(ws: Workshop) -> Content | None:
    from tillitverkstad.core.content import content_from_dict
    from tillitverkstad.core.content_model import ContentError

    try:
        return content_from_dict(ws.content)
    except (ContentError, KeyError, TypeError, ValueError):
        return None


def _kind(content: Content | None, step_id: str) -> StepKind | None:
    from tillitverkstad.core import agenda
    from tillitverkstad.core.errors import TillitError

    if content is None:
        return None
    try:
        return agenda.step_kind(content, step_id)
    except TillitError:
        return None


def _spread(bounds: tuple[int, int] | None) -> int | None:
    return None if bounds is None else bounds[1] - bounds[0]


def _results(ws: Workshop, content: Content | None) -> tuple[RatedResult, ...]:
    from tillitverkstad.core import history

    rows = []
    for result in history.occasion_of(ws, content).results[: LIMITS.steps]:
        rating = ws.records[result.step_id].rating if result.step_id in ws.records else None
        rows.append(
            RatedResult(
                step_id=result.step_id,
                title=shorten(result.title, LIMITS.title)[0],
                current=result.agreed_current,
                desired=result.agreed_desired,
                consensus=result.consensus,
                votes=rating.current.total if rating else 0,
                median_current=median(rating.current) if rating else None,
                median_desired=median(rating.desired) if rating else None,
                spread_current=_spread(value_range(rating.current)) if rating else None,
                spread_desired=_spread(value_range(rating.desired)) if rating else None,
            )
        )
    return tuple(rows)


def _actions(ws: Workshop) -> list[ActionState]:
    carried = [
        ActionState(
            origin=c.origin,
            what=shorten(c.what, LIMITS.what)[0],
            decided_on=c.decided_on,
            status=c.status or c.status_then,
            who=shorten(c.who, LIMITS.who)[0],
            when=c.when,
            step_id=c.step_id,
            carried=True,
        )
        for c in ws.carried
    ]
    own = [
        ActionState(
            origin=a.id,
            what=shorten(a.what, LIMITS.what)[0],
            decided_on=ws.date,
            status=a.status,
            who=shorten(a.who, LIMITS.who)[0],
            when=a.when,
            step_id=a.step_id,
        )
        for a in ws.actions
    ]
    return carried + own


def _examples(ws: Workshop) -> list[Example]:
    found = []
    for step in ws.steps:
        record = ws.records.get(step)
        if record is None:
            continue
        for note in record.notes:
            if note.category in EXAMPLE_CATEGORIES and note.text.strip():
                text, cut = shorten(" ".join(note.text.split()), LIMITS.example)
                found.append(Example(step, note.category, text, cut))
    return found


def _balance(ws: Workshop, content: Content | None) -> tuple[BalancePoints, ...]:
    points = []
    for step in ws.steps:
        record = ws.records.get(step)
        if _kind(content, step) is not StepKind.BALANCE or record is None:
            continue
        today = tuple(record.balance.today.get(logic) for logic in LOGICS)
        desired = tuple(record.balance.desired.get(logic) for logic in LOGICS)
        if any(v is not None for v in today + desired):
            points.append(BalancePoints(step, today, desired))
    return tuple(points)


def digest_of(ws: Workshop, content: Content | None = None) -> Digest:
    """What the overview needs of ``ws``; ``content``: its content, when already parsed."""
    content = content or _content(ws)
    actions, examples = _actions(ws), _examples(ws)
    earlier = tuple(
        Remembered(o.workshop_id, o.results[: LIMITS.steps]) for o in ws.history[-LIMITS.earlier :]
    )
    return Digest(
        language=ws.language,
        results=_results(ws, content),
        actions=tuple(actions[: LIMITS.actions]),
        examples=tuple(examples[: LIMITS.examples]),
        balance=_balance(ws, content),
        earlier=earlier,
        actions_left_out=max(0, len(actions) - LIMITS.actions),
        examples_left_out=max(0, len(examples) - LIMITS.examples),
    )


# --- as the index stores it (validated field by field in storage.index) ---------------


def _date(value: dt.date | None) -> str | None:
    return None if value is None else value.isoformat()


def _step_result_json(r: StepResult) -> list[Any]:
    consensus = r.consensus.value if r.consensus else None
    return [r.step_id, r.title, r.agreed_current, r.agreed_desired, consensus]


def digest_to_json(d: Digest) -> dict[str, Any]:
    return {
        "language": d.language,
        "results": [
            [
                r.step_id,
                r.title,
                r.current,
                r.desired,
                r.consensus.value if r.consensus else None,
                r.votes,
                r.median_current,
                r.median_desired,
                r.spread_current,
                r.spread_desired,
            ]
            for r in d.results
        ],
        "actions": [
            [
                a.origin,
                a.what,
                a.decided_on.isoformat(),
                a.status.value,
                a.who,
                _date(a.when),
                a.step_id,
                a.carried,
            ]
            for a in d.actions
        ],
        "examples": [[e.step_id, e.category.value, e.text, e.shortened] for e in d.examples],
        "balance": [[b.step_id, list(b.today), list(b.desired)] for b in d.balance],
        "earlier": [[e.workshop_id, [_step_result_json(r) for r in e.results]] for e in d.earlier],
        "left_out": [d.actions_left_out, d.examples_left_out],
    }


# A thousand digests hold the same step ids, titles, names and dates many times over:
# one object for each (the overview of HR's folder of 10 000 packages holds them all).
_text = sys.intern
_day = lru_cache(maxsize=4096)(dt.date.fromisoformat)


def _opt_date(value: str | None) -> dt.date | None:
    return None if value is None else _day(value)


# Looked up rather than called: ``Consensus(value)`` costs microseconds, and an overview
# of a thousand workshops reads tens of thousands of them.
_CONSENSUS = {c.value: c for c in Consensus}
_STATUSES = {s.value: s for s in ActionStatus}
_CATEGORIES = {c.value: c for c in NoteCategory}


def _consensus(value: str | None) -> Consensus | None:
    return None if value is None else _CONSENSUS[value]


def _step_result(item: Sequence[Any]) -> StepResult:
    step, title, current, desired, consensus = item
    return StepResult(_text(step), _text(title), current, desired, _consensus(consensus))


def digest_from_json(data: dict[str, Any]) -> Digest:
    """The digest of an index entry that ``storage.index`` has already checked."""
    return Digest(
        language=_text(data["language"]),
        results=tuple(
            RatedResult(_text(s), _text(t), c, d, _consensus(k), v, mc, md, sc, sd)
            for s, t, c, d, k, v, mc, md, sc, sd in data["results"]
        ),
        actions=tuple(
            ActionState(
                _text(o),
                _text(w),
                _day(on),
                _STATUSES[st],
                _text(who),
                _opt_date(wh),
                None if s is None else _text(s),
                c,
            )
            for o, w, on, st, who, wh, s, c in data["actions"]
        ),
        examples=tuple(
            Example(_text(s), _CATEGORIES[c], t, cut) for s, c, t, cut in data["examples"]
        ),
        balance=tuple(BalancePoints(_text(s), tuple(t), tuple(d)) for s, t, d in data["balance"]),
        earlier=tuple(
            Remembered(_text(w), tuple(_step_result(r) for r in results))
            for w, results in data["earlier"]
        ),
        actions_left_out=data["left_out"][0],
        examples_left_out=data["left_out"][1],
    )
