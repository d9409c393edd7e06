"""Versions of the stored workshop data, and one pure migration function per version step.

The same workshop dict (``core.serialize``) is stored in a workshop file and carried by a
data package, so both are migrated by this one chain; a package names its own format
version, which maps to the data version it carries (:data:`PACKAGE_DATA_VERSION`).

- 1: the prototype: actions had no status, votes were an object keyed "1".."5".
- 2: statuses and vote lists.
- 3: a finished workshop records when (``finished_at``); corrections of the details after
  the workshop started are kept in ``changes``.
- 4: the leadership group is a thing (``group_id``); a follow-up carries last time's open
  actions (``carried``) and the earlier occasions it compares with (``history``); action
  statuses become inte_paborjad / pagaende / genomford / avbruten.
"""

from __future__ import annotations

import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

DATA_VERSION = 4

Data = dict[str, Any]
GroupOf = Callable[[str, str | None], str]  # (workshop id, follow_up_of) -> its group's id

# Group ids given by the migration are derived from the id of the chain's first occasion,
# so every file of one chain, migrated on its own, lands in the same group.
GROUP_NAMESPACE = uuid.UUID("6f1c2a52-0d7e-4b8e-9a51-3c3f0c1d7a10")
# planerad meant decided and not begun; klar meant done.
STATUS_V4 = {"planerad": "inte_paborjad", "pagaende": "pagaende", "klar": "genomford"}


def derived_group_id(root_id: str) -> str:
    """The group of a chain of follow-ups whose first occasion has the id ``root_id``."""
    return uuid.uuid5(GROUP_NAMESPACE, root_id).hex


def nearest_group(workshop_id: str, follow_up_of: str | None) -> str:
    """The group as far as one file can tell: its first occasion is the one it follows up,
    or itself. Right for a baseline and its direct follow-ups."""
    return derived_group_id(follow_up_of or workshop_id)


@dataclass(frozen=True)
class Context:
    """What a step may ask beyond the data. A file cannot see the rest of its chain of
    follow-ups; the library can, and passes ``group_of`` that walks the chain through its
    other files (``storage.library``). A package on its own knows only its nearest link."""

    group_of: GroupOf = nearest_group


def _v1_to_v2(data: Data, context: Context) -> Data:
    for action in data.get("actions", []):
        action.setdefault("status", "planerad")
    for record in data.get("records", {}).values():
        rating = record.get("rating", {})
        for scale in ("current", "desired"):
            votes = rating.get(scale)
            if isinstance(votes, dict):
                rating[scale] = [votes.get(str(value), 0) for value in range(1, 6)]
    return data


def _v2_to_v3(data: Data, context: Context) -> Data:
    head = data.get("workshop")
    if isinstance(head, dict):
        head.setdefault("finished_at", None)
        head.setdefault("changes", [])
    return data


def _v3_to_v4(data: Data, context: Context) -> Data:
    head = data.get("workshop")
    if isinstance(head, dict) and isinstance(head.get("id"), str):
        parent = head.get("follow_up_of")
        if "group_id" not in head:
            head["group_id"] = context.group_of(
                head["id"], parent if isinstance(parent, str) else None
            )
    for action in data.get("actions", []):
        if isinstance(action, dict) and action.get("status") in STATUS_V4:
            action["status"] = STATUS_V4[action["status"]]
    data.setdefault("carried", [])
    data.setdefault("history", [])
    return data


MIGRATIONS: dict[int, Callable[[Data, Context], Data]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
}

# Data package format version -> the workshop data version it carries.
PACKAGE_DATA_VERSION = {1: 2, 2: 3, 3: 4}
PACKAGE_VERSION = max(PACKAGE_DATA_VERSION)


def migrate(data: Data, version: int, context: Context | None = None) -> Data:
    """Bring ``data`` stored at ``version`` up to DATA_VERSION, one step at a time."""
    context = context or Context()
    while version < DATA_VERSION:
        data = MIGRATIONS[version](data, context)
        version += 1
    return data


def migrate_package(data: Data, package_version: int, context: Context | None = None) -> Data:
    """A package's workshop data brought up to DATA_VERSION."""
    return migrate(data, PACKAGE_DATA_VERSION[package_version], context)
