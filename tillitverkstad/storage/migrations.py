"""Schema versions of a stored workshop, and one migration function per version step.

Version 1 was the prototype format: actions had no status and vote counts were stored as
an object keyed by value ("1".."5"). Version 2 is the current format.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

SCHEMA_VERSION = 2

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


MIGRATIONS: dict[int, Callable[[Data], Data]] = {1: _v1_to_v2}


def migrate(data: Data, version: int) -> Data:
    """Bring ``data`` stored at ``version`` up to SCHEMA_VERSION, one step at a time."""
    while version < SCHEMA_VERSION:
        data = MIGRATIONS[version](data)
        version += 1
    return data
