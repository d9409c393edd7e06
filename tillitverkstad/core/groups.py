"""Leadership groups and their occasions, worked out from what the library index lists.

A group is the thing a workshop belongs to (``Workshop.group_id``); its occasions are its
workshops in the order of their numbers in the series (``model.order_key``). The group's
name and organisation are its latest occasion's, so correcting the name there renames the
group while every earlier occasion keeps the name it had then. A follow-up that was
imported alone remembers the occasions before it (``Workshop.history``); they count as
occasions of the group though their files are not in the library. Nothing here opens a
workshop file, so an overview of hundreds of workshops costs one read of the index.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from tillitverkstad.core.model import OrderKey, Workshop, order_key

# An earlier occasion a workshop remembers: (id, ISO date, created, number).
RememberedEntry = tuple[str, str, str, int]


def remembered_of(ws: Workshop) -> tuple[RememberedEntry, ...]:
    """The earlier occasions ``ws`` remembers, as a listing carries them."""
    return tuple((o.workshop_id, o.date.isoformat(), o.created, o.number) for o in ws.history)


class Listed(Protocol):
    """What the library index holds per workshop (``storage.library.WorkshopSummary``)."""

    @property
    def id(self) -> str: ...
    @property
    def group_id(self) -> str: ...
    @property
    def group(self) -> str: ...
    @property
    def organisation(self) -> str: ...
    @property
    def date(self) -> str: ...
    @property
    def created(self) -> str: ...
    @property
    def number(self) -> int: ...  # its occasion number
    @property
    def remembered(self) -> Sequence[RememberedEntry]: ...  # the occasions before it
    @property
    def readable(self) -> bool: ...


@dataclass(frozen=True)
class OccasionEntry:
    """One occasion of a group: a workshop in the library, or one only remembered by a
    later occasion's data (``listed`` None)."""

    workshop_id: str
    date: str  # ISO date
    created: str
    number: int  # its place in the series: 1 for the baseline
    listed: Listed | None

    @property
    def in_library(self) -> bool:
        return self.listed is not None


@dataclass(frozen=True)
class Group:
    id: str
    occasions: tuple[OccasionEntry, ...]  # earliest (the baseline) first

    @property
    def latest(self) -> Listed:
        return next(o.listed for o in reversed(self.occasions) if o.listed is not None)

    @property
    def name(self) -> str:
        return self.latest.group

    @property
    def organisation(self) -> str:
        return self.latest.organisation

    def number_of(self, workshop_id: str) -> int:
        """The occasion's place in the group's series: 1 for the baseline."""
        return next(o.number for o in self.occasions if o.workshop_id == workshop_id)

    @property
    def length(self) -> int:
        """How many occasions the series has had: the highest number known (an occasion
        neither in the library nor remembered still counts)."""
        return max(o.number for o in self.occasions)

    @property
    def missing(self) -> tuple[int, ...]:
        """The numbers of the series' occasions whose workshops are not in the library (a
        later occasion may remember them, or a gap in the numbers shows them)."""
        present = {o.number for o in self.occasions if o.in_library}
        return tuple(n for n in range(1, self.length + 1) if n not in present)

    @property
    def next_number(self) -> int:
        """The number a follow-up gets: it continues from the latest occasion."""
        return self.latest.number + 1

    @property
    def in_library(self) -> tuple[Listed, ...]:
        return tuple(o.listed for o in self.occasions if o.listed is not None)


def _order(entry: OccasionEntry) -> OrderKey:
    return order_key(entry.number, entry.date, entry.created, entry.workshop_id)


def group_library(listed: Iterable[Listed]) -> list[Group]:
    """The readable workshops as groups, each with its occasions in order; groups sorted
    by name (then organisation)."""
    members: dict[str, dict[str, OccasionEntry]] = {}
    for item in listed:
        if not item.readable:
            continue
        entries = members.setdefault(item.group_id, {})
        entries[item.id] = OccasionEntry(item.id, item.date, item.created, item.number, item)
    for entries in members.values():
        for known in [e.listed for e in list(entries.values())]:
            assert known is not None
            for workshop_id, date, created, number in known.remembered:
                remembered = OccasionEntry(workshop_id, date, created, number, None)
                entries.setdefault(workshop_id, remembered)
    groups = [
        Group(group_id, tuple(sorted(entries.values(), key=_order)))
        for group_id, entries in members.items()
    ]
    groups.sort(key=lambda g: (g.name.casefold(), g.organisation.casefold(), g.id))
    return groups


def group_of(groups: Iterable[Group], workshop_id: str) -> Group | None:
    return next((g for g in groups if any(o.workshop_id == workshop_id for o in g.occasions)), None)
