"""Chains of follow-ups in a library of files stored before groups existed."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from tillitverkstad.core.migrations import derived_group_id

MAX_CHAIN = 1000  # follow-ups of follow-ups; a longer chain is a damaged library
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
