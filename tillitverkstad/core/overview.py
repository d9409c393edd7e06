"""HR's overview across leadership groups and over time: the one aggregation the window's
Översikt page, the overview PDF, the workbook and the CSV files all show.

It is worked out from what the library index lists (or a folder of packages read in
place): each workshop's :class:`~tillitverkstad.core.digest.Digest`, grouped into leadership
groups and ordered occasions by :mod:`core.groups`; a principle's development within a
group is a :class:`core.history.PrincipleHistory`. Change is only ever shown *within* a
group, from its first occasion in the period to its latest: no mean is taken over groups,
since a mean over a set of groups that changes from one date to the next says nothing
about any of them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from typing import Protocol, cast

from tillitverkstad.core.digest import (
    ActionState,
    BalancePoints,
    Digest,
    Example,
    RatedResult,
)
from tillitverkstad.core.groups import Group, OccasionEntry, group_library
from tillitverkstad.core.groups import Listed as GroupListed
from tillitverkstad.core.history import Point, PrincipleHistory
from tillitverkstad.core.jobs import UNTRACKED, JobProgress
from tillitverkstad.core.model import CLOSED_STATUSES, ActionStatus, StepResult


class Listed(GroupListed, Protocol):
    """A workshop as the overview reads it: what ``core.groups`` needs, and its digest
    (read-only, as the frozen entries of the index and of a folder have them)."""

    @property
    def template(self) -> str: ...
    @property
    def digest(self) -> Digest | None: ...


@dataclass(frozen=True)
class Filters:
    """Which groups and occasions: ``None`` is "all"; the period includes both ends."""

    organisation: str | None = None
    group_id: str | None = None
    start: dt.date | None = None
    end: dt.date | None = None

    def covers(self, date: dt.date) -> bool:
        return (self.start is None or date >= self.start) and (self.end is None or date <= self.end)


@dataclass(frozen=True, slots=True)
class OccasionRef:
    """One occasion of a group in the period; ``in_source`` False: only remembered by a
    later occasion (its workshop is not in this library or folder)."""

    workshop_id: str
    date: dt.date
    number: int  # its place in the group: 1 for the baseline
    group: str  # the group's name then
    in_source: bool


@dataclass(frozen=True, slots=True)
class Cell:
    """A group's latest agreed nuläge on a principle in the period, and the gap then;
    ``occasion`` None: never rated in the period (``on_agenda``: it was on an agenda)."""

    value: int | None = None
    gap: int | None = None
    occasion: OccasionRef | None = None
    on_agenda: bool = False

    @property
    def rated(self) -> bool:
        return self.value is not None


@dataclass(frozen=True, slots=True)
class ActionItem:
    """One action of a group, once, as its latest occasion in the period left it."""

    group_id: str
    group: str
    organisation: str
    state: ActionState
    workshop_id: str  # the occasion that last recorded it
    overdue: bool

    @property
    def is_open(self) -> bool:
        return self.state.status not in CLOSED_STATUSES


@dataclass(frozen=True, slots=True)
class ActionRollup:
    open: int = 0  # not started or ongoing (overdue ones included)
    overdue: int = 0
    done: int = 0
    cancelled: int = 0


@dataclass(frozen=True, slots=True)
class BalanceAt:
    occasion: OccasionRef
    points: BalancePoints


@dataclass(frozen=True, slots=True)
class ExampleItem:
    group_id: str
    group: str
    organisation: str
    occasion: OccasionRef
    example: Example


@dataclass(frozen=True, slots=True)
class ResultRow:
    """One workshop × rated step, for the long-format table (workbook, CSV)."""

    organisation: str
    group_id: str
    group: str  # the name at that occasion
    occasion: OccasionRef
    template: str
    language: str
    result: RatedResult


@dataclass(frozen=True, slots=True)
class GroupOverview:
    id: str
    name: str
    organisation: str
    occasions: tuple[OccasionRef, ...]  # in the period, earliest first
    total_occasions: int  # in the group's whole story
    cells: Mapping[str, Cell]
    trends: tuple[PrincipleHistory, ...]  # points follow ``occasions``
    rollup: ActionRollup
    actions: tuple[ActionItem, ...]
    balance: tuple[BalanceAt, ...]
    missing: tuple[int, ...] = ()  # occasion numbers of its series not in the source
    # Its occasions in the period whose workshop was read, each with what was read of it.
    read: tuple[tuple[OccasionRef, Listed], ...] = ()

    def cell(self, step_id: str) -> Cell:
        return self.cells.get(step_id, Cell())

    def from_earlier(self, cell: Cell) -> bool:
        """Whether the cell's value was agreed before the group's latest occasion (which
        did not rate the principle): shown with a star."""
        return cell.occasion is not None and cell.occasion.workshop_id != (
            self.occasions[-1].workshop_id
        )

    def trend(self, step_id: str) -> PrincipleHistory | None:
        return next((t for t in self.trends if t.step_id == step_id), None)

    @property
    def latest_in_source(self) -> OccasionRef | None:
        return next((o for o in reversed(self.occasions) if o.in_source), None)

    def result_rows(self) -> Iterator[ResultRow]:
        for ref, listed in self.read:
            digest = listed.digest
            assert digest is not None  # only workshops with a digest are read
            for r in digest.results:
                yield ResultRow(
                    listed.organisation,
                    self.id,
                    ref.group,
                    ref,
                    listed.template,
                    digest.language,
                    r,
                )


@dataclass(frozen=True, slots=True)
class Principle:
    step_id: str
    title: str


@dataclass(frozen=True)
class Overview:
    filters: Filters
    today: dt.date
    principles: tuple[Principle, ...]  # the heatmap's columns
    groups: tuple[GroupOverview, ...]
    examples: tuple[ExampleItem, ...]
    organisations: tuple[str, ...] = ()  # every organisation in the source (for the filter)
    choices: tuple[tuple[str, str, str], ...] = ()  # every group (id, name, organisation)
    workshop_ids: frozenset[str] = field(default_factory=frozenset)

    @property
    def occasion_count(self) -> int:
        return sum(len(g.occasions) for g in self.groups)

    @property
    def period(self) -> tuple[dt.date, dt.date] | None:
        dates = [o.date for g in self.groups for o in g.occasions]
        return (min(dates), max(dates)) if dates else None

    @property
    def actions(self) -> tuple[ActionItem, ...]:
        return tuple(a for g in self.groups for a in g.actions)

    def result_rows(self) -> Iterator[ResultRow]:
        """One row per workshop × rated step, made as they are read: only the long tables
        need them, and over HR's folder of 10 000 packages they are 70 000."""
        for group in self.groups:
            yield from group.result_rows()

    @property
    def result_count(self) -> int:
        return sum(
            len(listed.digest.results) for g in self.groups for _, listed in g.read if listed.digest
        )

    @property
    def results(self) -> tuple[ResultRow, ...]:
        return tuple(self.result_rows())

    @property
    def incomplete(self) -> tuple[GroupOverview, ...]:
        """The groups whose series lacks an occasion: its package is not in the source."""
        return tuple(g for g in self.groups if g.missing)

    @property
    def overdue(self) -> tuple[ActionItem, ...]:
        items = [a for a in self.actions if a.overdue]
        return tuple(sorted(items, key=lambda a: (a.state.when or self.today, a.group.casefold())))

    def group(self, group_id: str) -> GroupOverview | None:
        return next((g for g in self.groups if g.id == group_id), None)

    def title(self, step_id: str) -> str:
        return self._titles.get(step_id, step_id)

    @cached_property
    def _titles(self) -> dict[str, str]:
        return {p.step_id: p.title for p in self.principles}


# --- working it out ---------------------------------------------------------------------


def _results_of(entry: OccasionEntry, group: Group) -> Sequence[RatedResult | StepResult]:
    """The occasion's agreed values: its own digest, or what a later occasion remembers."""
    if entry.listed is not None:
        digest: Digest | None = getattr(entry.listed, "digest", None)
        return digest.results if digest else ()
    for member in reversed(group.in_library):
        digest = getattr(member, "digest", None)
        for remembered in digest.earlier if digest else ():
            if remembered.workshop_id == entry.workshop_id:
                return remembered.results
    return ()


def _values(result: RatedResult | StepResult) -> tuple[int | None, int | None]:
    if isinstance(result, RatedResult):
        return result.current, result.desired
    return result.agreed_current, result.agreed_desired


def _point(results: Sequence[RatedResult | StepResult], step_id: str) -> Point:
    found = next((r for r in results if r.step_id == step_id), None)
    if found is None:
        return Point(on_agenda=False)
    current, desired = _values(found)
    return Point(True, current, desired, found.consensus)


def _rollup(items: Sequence[ActionItem]) -> ActionRollup:
    return ActionRollup(
        open=sum(1 for a in items if a.is_open),
        overdue=sum(1 for a in items if a.overdue),
        done=sum(1 for a in items if a.state.status is ActionStatus.DONE),
        cancelled=sum(1 for a in items if a.state.status is ActionStatus.CANCELLED),
    )


# HR's folder of 10 000 packages makes a quarter of a million of the small objects above:
# they have slots, and the dates they share are one object each.
@lru_cache(maxsize=4096)
def _date(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def _group_overview(
    group: Group,
    filters: Filters,
    today: dt.date,
    steps: list[str],
    titles: dict[str, str],
    examples: list[ExampleItem],
) -> GroupOverview | None:
    entries = [
        (entry.number, entry) for entry in group.occasions if filters.covers(_date(entry.date))
    ]
    if not entries:
        return None
    refs, results = [], []
    for number, entry in entries:
        name = entry.listed.group if entry.listed is not None else group.name
        refs.append(
            OccasionRef(entry.workshop_id, _date(entry.date), number, name, entry.in_library)
        )
        found = _results_of(entry, group)
        results.append(found)
        for result in found:
            if result.step_id not in titles:
                steps.append(result.step_id)
                titles[result.step_id] = result.title
    own_steps = list(dict.fromkeys(r.step_id for found in results for r in found))
    trends, cells = [], {}
    for step in own_steps:
        points = tuple(_point(found, step) for found in results)
        trends.append(PrincipleHistory(step, titles[step], points))
        latest = next(
            (
                (ref, p)
                for ref, p in zip(reversed(refs), reversed(points), strict=True)
                if p.current is not None
            ),
            None,
        )
        if latest is None:
            cells[step] = Cell(on_agenda=any(p.on_agenda for p in points))
        else:
            ref, p = latest
            gap = None if p.desired is None or p.current is None else p.desired - p.current
            cells[step] = Cell(p.current, gap, ref, True)
    latest_state: dict[str, tuple[ActionState, str]] = {}
    balance: list[BalanceAt] = []
    read = []
    for ref, (_, entry) in zip(refs, entries, strict=True):
        # What was grouped is what this was given: the overview's own Listed items.
        listed = cast(Listed | None, entry.listed)
        digest = listed.digest if listed is not None else None
        if listed is None or digest is None:
            continue
        for state in digest.actions:
            latest_state[state.origin] = (state, ref.workshop_id)
        balance.extend(BalanceAt(ref, points) for points in digest.balance)
        examples.extend(
            ExampleItem(group.id, ref.group, listed.organisation, ref, example)
            for example in digest.examples
        )
        read.append((ref, listed))
    actions = tuple(
        ActionItem(
            group.id,
            group.name,
            group.organisation,
            state,
            workshop_id,
            overdue=state.status not in CLOSED_STATUSES
            and state.when is not None
            and state.when < today,
        )
        for state, workshop_id in latest_state.values()
    )
    return GroupOverview(
        id=group.id,
        name=group.name,
        organisation=group.organisation,
        occasions=tuple(refs),
        total_occasions=len(group.occasions),
        cells=cells,
        trends=tuple(trends),
        rollup=_rollup(actions),
        actions=actions,
        balance=tuple(balance),
        missing=group.missing,
        read=tuple(read),
    )


def build_overview(
    listed: Iterable[Listed],
    filters: Filters | None = None,
    *,
    today: dt.date,
    order: Sequence[str] = (),
    titles: Mapping[str, str] | None = None,
    progress: JobProgress = UNTRACKED,
) -> Overview:
    """The overview of ``listed`` (readable ones with a digest) as ``filters`` say.

    ``order`` and ``titles``: the steps in the content's order and their titles in the
    reader's language (a step no content knows follows, under its workshop's title).
    ``progress`` hears of every group worked out, and may stop it there (``Cancelled``):
    the window drops an overview of filters changed meanwhile."""
    filters = filters or Filters()
    items = [item for item in listed if item.readable and item.digest is not None]
    groups = group_library(items)
    steps: list[str] = list(order)
    known = dict(titles or {})
    examples: list[ExampleItem] = []
    shown = []
    for done, group in enumerate(groups):
        progress.advance(done, len(groups))
        if filters.organisation is not None and group.organisation != filters.organisation:
            continue
        if filters.group_id is not None and group.id != filters.group_id:
            continue
        result = _group_overview(group, filters, today, steps, known, examples)
        if result is not None:
            shown.append(result)
    used = {step for g in shown for step in g.cells}
    principles = tuple(Principle(s, known[s]) for s in dict.fromkeys(steps) if s in used)
    examples.sort(key=lambda e: (e.occasion.date, e.group.casefold()), reverse=True)
    progress.advance(len(groups), len(groups))
    return Overview(
        filters=filters,
        today=today,
        principles=principles,
        groups=tuple(shown),
        examples=tuple(examples),
        organisations=tuple(sorted({g.organisation for g in groups}, key=str.casefold)),
        choices=tuple((g.id, g.name, g.organisation) for g in groups),
        workshop_ids=frozenset(item.id for item in items),
    )
