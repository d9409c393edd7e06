"""Chains of follow-ups in a library of files stored before groups (data version 4) or
occasion numbers (version 5) existed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tillitverkstad.core.migrations import derived_group_id
from tillitverkstad.core.model import MAX_OCCASION_NUMBER

MAX_CHAIN = MAX_OCCASION_NUMBER  # follow-ups of follow-ups; a longer chain is damaged
HeadOf = Callable[[str], dict[str, Any] | None]  # a file's stored header, None when absent


def chain_group(head_of: HeadOf, workshop_id: str, follow_up_of: str | None) -> str:
    """The group of a workshop whose file has none yet.

    A file knows only the occasion it follows up, so this walks the chain of follow-ups
    through the other files (``head_of``) to its first occasion and derives the group from
    that id; a file on the way that already has a group gives its own. The walk stops at a
    missing file as well, so every file of one chain gets the same group whichever of them
    are in the library, even when its first occasion is not."""
    seen = [workshop_id]
    current = follow_up_of
    while current is not None and len(seen) < MAX_CHAIN:
        if current in seen:  # a loop of follow-ups: a damaged or hostile file
            return derived_group_id(min(seen[seen.index(current) :]))
        head = head_of(current)
        if head is None:
            return derived_group_id(current)
        if isinstance(head.get("group_id"), str):
            return head["group_id"]
        seen.append(current)
        parent = head.get("follow_up_of")
        current = parent if isinstance(parent, str) else None
    return derived_group_id(seen[-1])


def chain_number(head_of: HeadOf, workshop_id: str, follow_up_of: str) -> int:
    """The occasion number of a follow-up whose file has none yet: one more than the
    occasion it follows, found by walking the chain through the other files. A file on the
    way that has a number gives it; the first occasion is 1; a missing file counts as the
    first (the series' earlier part is then not in this library)."""
    seen = [workshop_id]
    current: str | None = follow_up_of
    while current is not None and current not in seen and len(seen) < MAX_CHAIN:
        head = head_of(current)
        if head is None:
            break
        number = head.get("occasion_number")
        if isinstance(number, int) and not isinstance(number, bool) and number >= 1:
            return min(number + len(seen), MAX_OCCASION_NUMBER)
        seen.append(current)
        parent = head.get("follow_up_of")
        current = parent if isinstance(parent, str) else None
        if current is None:  # ``seen[-1]`` is the first occasion
            return len(seen)
    return min(len(seen) + 1, MAX_OCCASION_NUMBER)
