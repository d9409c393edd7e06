"""Versions of the stored workshop data, and one pure migration function per version step.

The same workshop dict (``core.serialize``) is stored in a workshop file and carried by a
data package, so both are migrated by this one chain; a package names its own format
version, which maps to the data version it carries (:data:`PACKAGE_DATA_VERSION`).

- 1: the prototype: actions had no status, votes were an object keyed "1".."5".
- 2: statuses and vote lists.
- 3: a finished workshop records when (``finished_at``); corrections of the details after
  the workshop started are kept in ``changes``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

DATA_VERSION = 3

Data = dict[str, Any]


def _v1_to_v2(data: Data) -> Data:
    for action in data.get("actions", []):
        action.setdefault("status", "planerad")
    for record in data.get("records", {}).values():
        rating = record.get("rating", {})
        for scale in ("current", "desired"):
            votes = rating.get(scale)
            if isinstance(votes, dict):
                rating[scale] = [votes.get(str(value), 0) for value in range(1, 6)]
    return data


def _v2_to_v3(data: Data) -> Data:
    head = data.get("workshop")
    if isinstance(head, dict):
        head.setdefault("finished_at", None)
        head.setdefault("changes", [])
    return data


MIGRATIONS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2, 2: _v2_to_v3}

# Data package format version -> the workshop data version it carries.
PACKAGE_DATA_VERSION = {1: 2, 2: 3}
PACKAGE_VERSION = max(PACKAGE_DATA_VERSION)


def migrate(data: Data, version: int) -> Data:
    """Bring ``data`` stored at ``version`` up to DATA_VERSION, one step at a time."""
    while version < DATA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data


def migrate_package(data: Data, package_version: int) -> Data:
    """A package's workshop data brought up to DATA_VERSION."""
    return migrate(data, PACKAGE_DATA_VERSION[package_version])
