"""A workshop's details (its header): checked field by field, set at creation, corrected later.

Both the new-workshop form and the correction dialog (and the CLI's ``edit``) ask
:func:`check_new` or :func:`check_correction` for a mapping field -> problem, so every
message comes from here and no caller needs to read a message to know which field it is
about. A correction returns what it changed, which is what undo needs."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from tillitverkstad.core import agenda
from tillitverkstad.core.checks import as_time
from tillitverkstad.core.content_model import Content
from tillitverkstad.core.dates import check_year
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import (
    MAX_PARTICIPANTS,
    RATED_KINDS,
    Change,
    DetailField,
    Template,
    Workshop,
    WorkshopStatus,
)
from tillitverkstad.core.text import MAX_LINE, clean_text

MINUTES_RANGE = (1, 240)
Problems = dict[DetailField, ValidationError]

# --- one check per field: each returns the cleaned value or raises ValidationError ------


def _line(value: Any) -> str:
    return clean_text(value, multiline=False, limit=MAX_LINE)


def check_group(value: Any) -> str:
    cleaned = _line(value)
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the group a name."))
    return cleaned


def check_date(value: Any) -> dt.date:
    if not isinstance(value, dt.date) or isinstance(value, dt.datetime):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a valid date."))
    return check_year(value)


def check_not_before(date: dt.date, previous: dt.date) -> dt.date:
    """A follow-up stays after the occasion it follows up, or it would drop out of its
    own comparison."""
    if date < previous:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "A follow-up cannot be dated before the occasion it follows up ({date}).",
            ),
            date=previous.isoformat(),
        )
    return date


def check_count(value: Any) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not 1 <= value <= MAX_PARTICIPANTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The number of participants must be 1-{high}."),
            high=MAX_PARTICIPANTS,
        )
    return value


def check_names(value: Any, count: int) -> list[str]:
    if isinstance(value, str) or not isinstance(value, Sequence):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Expected a list of names."))
    cleaned = [name for name in (_line(x) for x in value) if name]
    if len(cleaned) > count:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "There are more names ({names}) than participants ({count})."
            ),
            names=len(cleaned),
            count=count,
        )
    return cleaned


def check_minutes_value(value: Any) -> int:
    low, high = MINUTES_RANGE
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Minutes per step must be {low}-{high}."),
            low=low,
            high=high,
        )
    return value


def _collect(problems: Problems, field: DetailField, check: Any, *args: Any) -> Any:
    """Run one check, filing its problem under ``field``; None when it failed."""
    try:
        return check(*args)
    except ValidationError as exc:
        problems[field] = exc
        return None


# --- a new workshop ----------------------------------------------------------------------


@dataclass(frozen=True)
class NewDetails:
    """Everything the new-workshop form asks, cleaned and checked."""

    group: str
    date: dt.date
    organisation: str
    facilitator: str
    participant_count: int
    participant_names: list[str]
    steps: list[str]
    minutes: dict[str, int]


def check_new(
    content: Content,
    *,
    group: Any,
    date: Any,
    organisation: Any = "",
    facilitator: Any = "",
    participant_count: Any = 8,
    participant_names: Any = (),
    template: Any = Template.ALL_SEVEN,
    custom_steps: Any = (),
    minutes_per_step: Any = agenda.DEFAULT_MINUTES,
) -> tuple[NewDetails | None, Problems]:
    """The checked details, or None and what is wrong with each field (field order)."""
    problems: Problems = {}
    clean_org = _collect(problems, DetailField.ORGANISATION, _line, organisation)
    clean_group = _collect(problems, DetailField.GROUP, check_group, group)
    clean_date = _collect(problems, DetailField.DATE, check_date, date)
    clean_facilitator = _collect(problems, DetailField.FACILITATOR, _line, facilitator)
    count = _collect(problems, DetailField.PARTICIPANTS, check_count, participant_count)
    names = _collect(
        problems, DetailField.NAMES, check_names, participant_names, count or MAX_PARTICIPANTS
    )
    steps = _collect(problems, DetailField.AGENDA, _agenda, content, template, custom_steps)
    minutes = _collect(problems, DetailField.MINUTES, check_minutes_value, minutes_per_step)
    if problems:
        return None, problems
    details = NewDetails(
        group=clean_group,
        date=clean_date,
        organisation=clean_org,
        facilitator=clean_facilitator,
        participant_count=count,
        participant_names=names,
        steps=steps,
        minutes=agenda.default_minutes(steps, minutes),
    )
    return details, problems


def _agenda(content: Content, template: Any, custom_steps: Any) -> list[str]:
    try:
        chosen = Template(template)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown agenda template: {template}."),
            template=str(template)[:40],
        ) from None
    if isinstance(custom_steps, str) or not all(isinstance(s, str) for s in custom_steps):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Expected a list of step ids."))
    return agenda.build_agenda(content, chosen, custom_steps)


# --- a follow-up ---------------------------------------------------------------------------


def check_follow_up(
    previous: Workshop,
    content: Content,
    *,
    date: Any,
    participant_count: Any,
    participant_names: Any = (),
    facilitator: Any = "",
    custom_steps: Any = (),
    minutes: Mapping[str, Any] | None = None,
) -> Problems:
    """What is wrong with each field of the follow-up dialog (nothing: an empty mapping).

    The group, its organisation and the content language are the previous occasion's."""
    _, problems = check_new(
        content,
        group=previous.group,
        date=date,
        organisation=previous.organisation,
        facilitator=facilitator,
        participant_count=participant_count,
        participant_names=participant_names,
        template=Template.CUSTOM,
        custom_steps=custom_steps,
    )
    if DetailField.DATE not in problems:
        _collect(problems, DetailField.DATE, check_not_before, date, previous.date)
    for value in (minutes or {}).values():
        _collect(problems, DetailField.MINUTES, check_minutes_value, value)
    return problems


# --- correcting an existing workshop -------------------------------------------------------


@dataclass(frozen=True)
class Correction:
    """What :func:`correct_details` changed: the values before and after, and the entries
    it added to the change log. Enough to undo and redo it."""

    before: Mapping[DetailField, Any]
    after: Mapping[DetailField, Any]
    logged: tuple[Change, ...]


def _current(ws: Workshop, field: DetailField) -> Any:
    if field is DetailField.MINUTES:
        return dict(ws.minutes)
    if field is DetailField.NAMES:
        return list(ws.participant_names)
    return getattr(ws, field.value)


def _most_votes(ws: Workshop, content: Content) -> tuple[int, str]:
    """The largest number of votes entered on any rated step, and that step's title."""
    most, title = 0, ""
    for step in ws.steps:
        if agenda.step_kind(content, step) not in RATED_KINDS or step not in ws.records:
            continue
        rating = ws.records[step].rating
        votes = max(rating.current.total, rating.desired.total)
        if votes > most:
            most, title = votes, agenda.step_title(content, step)
    return most, title


def check_minutes(ws: Workshop, value: Any) -> dict[str, int]:
    if not isinstance(value, Mapping):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Expected minutes per step."))
    for step in value:
        if step not in ws.steps:
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown step: {step}."), step=str(step)[:40]
            )
    return {**ws.minutes, **{step: check_minutes_value(m) for step, m in value.items()}}


def _field(key: Any) -> DetailField:
    try:
        return DetailField(key)
    except ValueError:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "This detail cannot be corrected: {field}."),
            field=str(key)[:40],
        ) from None


def check_not_after(date: dt.date, later: dt.date) -> dt.date:
    """An occasion stays before the group's next one, or the group's story is reordered."""
    if date > later:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "This occasion cannot be dated after the group's next one ({date})."
            ),
            date=later.isoformat(),
        )
    return date


def check_correction(
    ws: Workshop,
    content: Content,
    changes: Mapping[DetailField, Any],
    *,
    next_occasion: dt.date | None = None,
) -> tuple[dict[DetailField, Any], Problems]:
    """The cleaned new values, and what is wrong with each field. ``next_occasion``: the
    date of the group's next occasion, when the caller knows one (a date may not pass it)."""
    problems: Problems = {}
    values: dict[DetailField, Any] = {}
    checks = {
        DetailField.GROUP: check_group,
        DetailField.ORGANISATION: _line,
        DetailField.FACILITATOR: _line,
        DetailField.DATE: check_date,
    }
    for key, value in changes.items():
        field = _field(key)
        if field in checks:
            values[field] = _collect(problems, field, checks[field], value)
            before = next((o for o in ws.history if o.workshop_id == ws.follow_up_of), None)
            if field is DetailField.DATE and values[field] is not None and before is not None:
                _collect(problems, field, check_not_before, values[field], before.date)
            if field is DetailField.DATE and values[field] is not None and next_occasion:
                _collect(problems, field, check_not_after, values[field], next_occasion)
        elif field is DetailField.MINUTES:
            values[field] = _collect(problems, field, check_minutes, ws, value)
        elif field not in (DetailField.PARTICIPANTS, DetailField.NAMES):
            problems[field] = ValidationError(
                QT_TRANSLATE_NOOP("errors", "This detail cannot be corrected: {field}."),
                field=field.value,
            )
    if DetailField.PARTICIPANTS in changes:
        count = _collect(
            problems, DetailField.PARTICIPANTS, check_count, changes[DetailField.PARTICIPANTS]
        )
        if count is not None:
            most, title = _most_votes(ws, content)
            if count < most:
                problems[DetailField.PARTICIPANTS] = ValidationError(
                    QT_TRANSLATE_NOOP(
                        "errors",
                        "{step} already has {votes} votes, so there cannot be fewer "
                        "participants than that. Change the votes there first.",
                    ),
                    step=title,
                    votes=most,
                )
            values[DetailField.PARTICIPANTS] = count
    count = values.get(DetailField.PARTICIPANTS) or ws.participant_count
    names = changes.get(DetailField.NAMES, ws.participant_names)
    if DetailField.NAMES in changes or DetailField.PARTICIPANTS in changes:
        cleaned = _collect(problems, DetailField.NAMES, check_names, names, count)
        if DetailField.NAMES in changes:
            values[DetailField.NAMES] = cleaned
    return values, problems


def _as_text(ws: Workshop, content: Content, field: DetailField, value: Any) -> str:
    if field is DetailField.NAMES:
        return ""  # the log is printed even when names are not
    if field is DetailField.DATE:
        return value.isoformat()
    if field is DetailField.MINUTES:
        return ", ".join(f"{agenda.step_title(content, s)}: {m}" for s, m in value.items())
    return str(value)


def _changed_minutes(old: dict[str, int], new: dict[str, int]) -> tuple[dict, dict]:
    steps = [s for s in new if old.get(s) != new[s]]
    return {s: old.get(s, 0) for s in steps}, {s: new[s] for s in steps}


def correct_details(
    ws: Workshop,
    content: Content,
    changes: Mapping[DetailField, Any],
    now: dt.datetime | None = None,
    *,
    next_occasion: dt.date | None = None,
) -> Correction:
    """Apply corrections to the details; raises the first problem and changes nothing.

    Once the workshop has started, each changed field is added to its change log."""
    at = as_time(now).isoformat(timespec="seconds")
    if not isinstance(changes, Mapping):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say what to correct."))
    values, problems = check_correction(ws, content, changes, next_occasion=next_occasion)
    if problems:
        raise next(iter(problems.values()))
    before = {f: _current(ws, f) for f in values}
    after = {f: v for f, v in values.items() if v != before[f]}
    before = {f: before[f] for f in after}
    logged: list[Change] = []
    if ws.status is not WorkshopStatus.NOT_STARTED:
        for field, value in after.items():
            old = before[field]
            if field is DetailField.MINUTES:
                old, value = _changed_minutes(old, value)
            logged.append(
                Change(
                    at,
                    field,
                    _as_text(ws, content, field, old),
                    _as_text(ws, content, field, value),
                )
            )
    correction = Correction(before, after, tuple(logged))
    redo_correction(ws, correction)
    return correction


def _apply(ws: Workshop, values: Mapping[DetailField, Any]) -> None:
    for field, value in values.items():
        if field is DetailField.MINUTES:
            ws.minutes = dict(value)
        elif field is DetailField.NAMES:
            ws.participant_names = list(value)
        else:
            setattr(ws, field.value, value)


def undo_correction(ws: Workshop, correction: Correction) -> None:
    _apply(ws, correction.before)
    for change in correction.logged:
        if change in ws.changes:
            ws.changes.remove(change)


def redo_correction(ws: Workshop, correction: Correction) -> None:
    _apply(ws, correction.after)
    ws.changes.extend(correction.logged)
