"""What the library index holds per workshop file: enough to list the library and its
groups (``core.groups``) without opening a workshop."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tillitverkstad.core.model import Workshop

# What an index entry holds; an entry written by an older version is summarised afresh.
INDEX_VERSION = 2


@dataclass(frozen=True)
class WorkshopSummary:
    """What the library shows for one file, without opening it."""

    id: str
    path: str
    group: str = ""
    organisation: str = ""
    date: str = ""
    status: str = ""
    template: str = ""
    follow_up_of: str | None = None
    group_id: str = ""
    created: str = ""  # orders a group's occasions on the same date
    # The earlier occasions it remembers, (id, ISO date, created): a follow-up imported
    # alone still counts them as occasions of its group (core.groups).
    remembered: tuple[tuple[str, str, str], ...] = ()
    error: str | None = None  # why the file cannot be read; None when it can

    @property
    def readable(self) -> bool:
        return self.error is None


def summary_of(ws: Workshop, path: Path) -> WorkshopSummary:
    return WorkshopSummary(
        id=ws.id,
        path=str(path),
        group=ws.group,
        organisation=ws.organisation,
        date=ws.date.isoformat(),
        status=ws.status.value,
        template=ws.template.value,
        follow_up_of=ws.follow_up_of,
        group_id=ws.group_id,
        created=ws.created,
        remembered=tuple((o.workshop_id, o.date.isoformat(), o.created) for o in ws.history),
    )


def from_entry(entry: dict[str, Any]) -> WorkshopSummary:
    fields = {k: v for k, v in entry.items() if k in WorkshopSummary.__dataclass_fields__}
    fields["remembered"] = tuple(tuple(item) for item in fields.get("remembered", ()))
    return WorkshopSummary(**fields)
