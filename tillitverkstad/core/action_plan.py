"""The action plan: what the group decided to do, who does it, by when. One function per
user action, as in :mod:`usecases`; each changes nothing when it raises."""

from __future__ import annotations

import datetime as dt

from tillitverkstad.core.checks import as_enum
from tillitverkstad.core.dates import check_year
from tillitverkstad.core.errors import NotFoundError, ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate
from tillitverkstad.core.model import Action, ActionStatus, Workshop
from tillitverkstad.core.text import MAX_LINE, clean_text
from tillitverkstad.core.usecases import check_open, check_step

# The one wording of each status, for the window, the shared screen and the report.
STATUS_CONTEXT = "ActionStatus"
STATUS_LABELS = {
    ActionStatus.NOT_STARTED: QT_TRANSLATE_NOOP("ActionStatus", "Not started"),
    ActionStatus.ONGOING: QT_TRANSLATE_NOOP("ActionStatus", "Ongoing"),
    ActionStatus.DONE: QT_TRANSLATE_NOOP("ActionStatus", "Done"),
    ActionStatus.CANCELLED: QT_TRANSLATE_NOOP("ActionStatus", "Cancelled"),
}
NOT_REVIEWED = QT_TRANSLATE_NOOP("ActionStatus", "Not followed up")


def status_label(status: ActionStatus | None, language: str) -> str:
    """The status in words; None is a carried action the group has not followed up."""
    source = NOT_REVIEWED if status is None else STATUS_LABELS[status]
    return translate(STATUS_CONTEXT, source, language)


def _find_action(ws: Workshop, action_id: str) -> tuple[int, Action]:
    for index, action in enumerate(ws.actions):
        if action.id == action_id:
            return index, action
    raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The action no longer exists."))


def _action_fields(ws: Workshop, what: str, who: str, when: dt.date | None, step_id: str | None):
    check_open(ws)
    cleaned = clean_text(what, limit=10_000).strip()
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Describe what the action is."))
    if when is not None and (not isinstance(when, dt.date) or isinstance(when, dt.datetime)):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a valid date."))
    if when is not None:
        check_year(when)
    if step_id is not None:
        check_step(ws, step_id)
    return cleaned, clean_text(who, multiline=False, limit=MAX_LINE)


def add_action(
    ws: Workshop,
    what: str,
    who: str = "",
    when: dt.date | None = None,
    step_id: str | None = None,
    status: ActionStatus = ActionStatus.NOT_STARTED,
) -> Action:
    cleaned, who_cleaned = _action_fields(ws, what, who, when, step_id)
    action = Action(cleaned, who_cleaned, when, step_id, as_enum(ActionStatus, status))
    ws.actions.append(action)
    return action


def edit_action(
    ws: Workshop,
    action_id: str,
    *,
    what: str,
    who: str,
    when: dt.date | None,
    step_id: str | None,
    status: ActionStatus,
) -> Action:
    """Replace an action's fields; returns a copy of the action as it was."""
    _, action = _find_action(ws, action_id)
    cleaned, who_cleaned = _action_fields(ws, what, who, when, step_id)
    status = as_enum(ActionStatus, status)
    previous = Action(
        action.what, action.who, action.when, action.step_id, action.status, action.id
    )
    action.what, action.who, action.when = cleaned, who_cleaned, when
    action.step_id, action.status = step_id, status
    return previous


def delete_action(ws: Workshop, action_id: str) -> tuple[int, Action]:
    check_open(ws)
    index, action = _find_action(ws, action_id)
    del ws.actions[index]
    return index, action


def restore_action(ws: Workshop, index: int, action: Action) -> None:
    ws.actions.insert(min(max(index, 0), len(ws.actions)), action)
