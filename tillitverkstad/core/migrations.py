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
- 5: occasions carry their order: a workshop its ``occasion_number`` and each occasion it
  remembers its ``number``, so no clock decides which came first; ``created`` is UTC with
  its offset; each rating says how its votes were collected (``method``: hands counted in
  the room, all there was before).
- 6: a rating from phones names the minimum it was collected under (``minimum_votes``;
  three, the promise's, for the files before) and a scale with fewer votes than that keeps
  only their total (``withheld_current`` / ``withheld_desired``), no counts: what must
  never be shown is not stored.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

DATA_VERSION = 6

Data = dict[str, Any]
GroupOf = Callable[[str, str | None], str]  # (workshop id, follow_up_of) -> its group's id
NumberOf = Callable[[str, str], int]  # (workshop id, follow_up_of) -> its occasion number
HANDS = "handupprackning"  # model.VoteMethod.HANDS as stored: how every vote before v5 was
DEVICES = "egna_enheter"  # model.VoteMethod.DEVICES as stored
MINIMUM_V6 = 3  # the minimum every phone vote before v6 was revealed under

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


def nearest_number(workshop_id: str, follow_up_of: str) -> int:
    """A follow-up's number as far as one file can tell: the one after its baseline."""
    return 2


@dataclass(frozen=True)
class Context:
    """What a step may ask beyond the data. A file cannot see the rest of its chain of
    follow-ups; the library can, and passes ``group_of`` and ``number_of`` that walk the
    chain through its other files (``storage.library``). A package on its own knows only
    its nearest link. ``local_zone`` is the zone an old file's local times were written
    in (None: this machine's, as it was on each date)."""

    group_of: GroupOf = nearest_group
    number_of: NumberOf = nearest_number
    local_zone: dt.tzinfo | None = None


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


def _in_utc(value: Any, zone: dt.tzinfo | None) -> Any:
    """A local time without a zone as UTC with its offset; anything else as it was (the
    strict reader names a field that is still wrong)."""
    if not isinstance(value, str):
        return value
    try:
        moment = dt.datetime.fromisoformat(value)
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=zone) if zone else moment.astimezone()
        return moment.astimezone(dt.UTC).isoformat(timespec="seconds")
    except (ValueError, OverflowError, OSError):
        return value


def _numbered(history: list[Any], follow_up_of: Any) -> list[Any]:
    """The occasions a follow-up remembers, numbered 1.. in their order. They were sorted
    by date and a local clock: the one it was started from is the last, whatever a clock
    said."""

    def started_from(occasion: Any) -> bool:
        return isinstance(occasion, dict) and occasion.get("workshop_id") == follow_up_of

    ordered = [o for o in history if not started_from(o)] + [o for o in history if started_from(o)]
    for number, occasion in enumerate(ordered, start=1):
        if isinstance(occasion, dict):
            occasion.setdefault("number", number)
    return ordered


def _v4_to_v5(data: Data, context: Context) -> Data:
    head = data.get("workshop")
    history = data.get("history")
    parent = head.get("follow_up_of") if isinstance(head, dict) else None
    if isinstance(history, list):
        history = data["history"] = _numbered(history, parent)
        for occasion in history:
            if isinstance(occasion, dict):
                occasion["created"] = _in_utc(occasion.get("created"), context.local_zone)
    if isinstance(head, dict):
        head["created"] = _in_utc(head.get("created"), context.local_zone)
        if "occasion_number" not in head:
            if history:
                head["occasion_number"] = len(history) + 1
            elif isinstance(parent, str) and isinstance(head.get("id"), str):
                head["occasion_number"] = context.number_of(head["id"], parent)
            else:
                head["occasion_number"] = 1
    records = data.get("records")
    for record in records.values() if isinstance(records, dict) else ():
        rating = record.get("rating") if isinstance(record, dict) else None
        if isinstance(rating, dict):
            rating.setdefault("method", HANDS)
    return data


def _kept_v6(votes: Any, minimum: int) -> tuple[Any, int]:
    """A scale's counts as v6 keeps them, and the total kept alone."""
    if not isinstance(votes, list) or not all(type(v) is int and v >= 0 for v in votes):
        return votes, 0  # the strict reader names what is wrong
    total = sum(votes)
    return ([0] * len(votes), total) if 0 < total < minimum else (votes, 0)


def _v5_to_v6(data: Data, context: Context) -> Data:
    records = data.get("records")
    for record in records.values() if isinstance(records, dict) else ():
        rating = record.get("rating") if isinstance(record, dict) else None
        if not isinstance(rating, dict):
            continue
        phones = rating.get("method") == DEVICES
        rating.setdefault("minimum_votes", MINIMUM_V6 if phones else None)
        for scale in ("current", "desired"):
            withheld = 0
            if phones:
                rating[scale], withheld = _kept_v6(rating.get(scale), MINIMUM_V6)
            rating.setdefault(f"withheld_{scale}", withheld)
    return data


MIGRATIONS: dict[int, Callable[[Data, Context], Data]] = {
    1: _v1_to_v2,
    2: _v2_to_v3,
    3: _v3_to_v4,
    4: _v4_to_v5,
    5: _v5_to_v6,
}

# Data package format version -> the workshop data version it carries.
PACKAGE_DATA_VERSION = {1: 2, 2: 3, 3: 4, 4: 5, 5: 6}
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
