"""Reviewing last time's actions in a follow-up ("Uppföljning av åtgärder"): what the group
says became of each (which ones come along: :func:`history.carry_actions`). One function
per user action, as in :mod:`usecases`; each changes nothing when it raises and returns
what undo needs."""

from __future__ import annotations

from tillitverkstad.core.checks import as_enum
from tillitverkstad.core.errors import NotFoundError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import ActionStatus, CarriedAction, Workshop
from tillitverkstad.core.text import clean_text
from tillitverkstad.core.usecases import check_open

MAX_COMMENT = 2000  # "a short comment"; a pasted page is kept but not more


def _find(ws: Workshop, carried_id: str) -> CarriedAction:
    for item in ws.carried:
        if item.id == carried_id:
            return item
    raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The action no longer exists."))


def set_review_status(
    ws: Workshop, carried_id: str, status: ActionStatus | None
) -> ActionStatus | None:
    """What became of a carried action (None: not followed up yet); returns the previous."""
    check_open(ws)
    chosen = None if status is None else as_enum(ActionStatus, status)
    item = _find(ws, carried_id)
    previous, item.status = item.status, chosen
    return previous


def set_review_comment(ws: Workshop, carried_id: str, text: str) -> str:
    """The group's short comment on a carried action; returns the previous one."""
    check_open(ws)
    cleaned = clean_text(text, limit=MAX_COMMENT)
    item = _find(ws, carried_id)
    previous, item.comment = item.comment, cleaned
    return previous
