"""The checks of a cached digest (what HR's overview needs of a workshop, ``core.digest``)
as read back from ``digests.json``: every field typed and bounded, so a lying cache is
rebuilt from the file. Loaded only when the overview reads digests."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from tillitverkstad.core.digest import LIMITS
from tillitverkstad.core.model import (
    SCALE_MAX,
    SCALE_MIN,
    ActionStatus,
    Consensus,
    NoteCategory,
)

_CONSENSUS = {c.value for c in Consensus}
_ACTION_STATUSES = {s.value for s in ActionStatus}
_CATEGORIES = {c.value for c in NoteCategory}
_LANGUAGE = re.compile(r"[a-z]{2,3}")
_ID = re.compile(r"[A-Za-z0-9_-]{1,80}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")


def is_text(value: Any, limit: int = 300) -> bool:
    return isinstance(value, str) and len(value) <= limit


def is_id(value: Any) -> bool:
    return isinstance(value, str) and _ID.fullmatch(value) is not None


def is_date(value: Any, optional: bool = False) -> bool:
    """An ISO date that parses (the digest's dates are read back as dates)."""
    if value is None:
        return optional
    if not isinstance(value, str) or _DATE.fullmatch(value) is None:
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _is_int(value: Any, low: int, high: int, optional: bool = True) -> bool:
    if value is None:
        return optional
    return type(value) is int and low <= value <= high


def _is_median(value: Any) -> bool:
    if value is None:
        return True
    return type(value) is float and SCALE_MIN <= value <= SCALE_MAX and (value * 2).is_integer()


def _rows(value: Any, width: int, limit: int) -> bool:
    return (
        isinstance(value, list)
        and len(value) <= limit
        and all(isinstance(row, list) and len(row) == width for row in value)
    )


def _agreed(value: Any) -> bool:
    return value is None or (type(value) is int and SCALE_MIN <= value <= SCALE_MAX)


def _valid_result(row: list, full: bool) -> bool:
    # Indexed, not unpacked: a folder of 10 000 packages has 200 000 of these rows.
    if not (
        is_id(row[0])
        and is_text(row[1], LIMITS.title)
        and _agreed(row[2])
        and _agreed(row[3])
        and (row[4] is None or row[4] in _CONSENSUS)
    ):
        return False
    return not full or (
        _is_int(row[5], 0, 10_000, optional=False)
        and _is_median(row[6])
        and _is_median(row[7])
        and _is_int(row[8], 0, SCALE_MAX - SCALE_MIN)
        and _is_int(row[9], 0, SCALE_MAX - SCALE_MIN)
    )


def valid_digest(value: Any) -> bool:
    """The overview's part of an entry (:func:`core.digest.digest_to_json`), bounded."""
    if not isinstance(value, dict) or value.keys() != _DIGEST_KEYS:
        return False
    left_out = value["left_out"]
    if not (
        isinstance(value["language"], str)
        and _LANGUAGE.fullmatch(value["language"])
        and _rows(value["results"], 10, LIMITS.steps)
        and _rows(value["actions"], 8, LIMITS.actions)
        and _rows(value["examples"], 4, LIMITS.examples)
        and _rows(value["balance"], 3, LIMITS.steps)
        and _rows(value["earlier"], 2, LIMITS.earlier)
        and isinstance(left_out, list)
        and len(left_out) == 2
        and all(_is_int(n, 0, 10**6, optional=False) for n in left_out)
    ):
        return False
    points = (0, 100)
    return (
        all(_valid_result(row, True) for row in value["results"])
        and all(
            is_id(origin)
            and is_text(what, LIMITS.what)
            and is_date(on)
            and status in _ACTION_STATUSES
            and is_text(who, LIMITS.who)
            and is_date(when, optional=True)
            and (step is None or is_id(step))
            and type(carried) is bool
            for origin, what, on, status, who, when, step, carried in value["actions"]
        )
        and all(
            is_id(step)
            and category in _CATEGORIES
            and is_text(text, LIMITS.example)
            and type(cut) is bool
            for step, category, text, cut in value["examples"]
        )
        and all(
            is_id(step)
            and all(
                isinstance(side, list) and len(side) == 3 and all(_is_int(v, *points) for v in side)
                for side in (today, desired)
            )
            for step, today, desired in value["balance"]
        )
        and all(
            is_id(workshop_id)
            and _rows(results, 5, LIMITS.steps)
            and all(_valid_result(row, False) for row in results)
            for workshop_id, results in value["earlier"]
        )
    )


_DIGEST_KEYS = frozenset(
    ("language", "results", "actions", "examples", "balance", "earlier", "left_out")
)
