"""One function per user action. The GUI and the CLI both call these; each validates its
input first and changes nothing when it raises."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from tillitverkstad.core import agenda
from tillitverkstad.core.content import Content, content_to_dict
from tillitverkstad.core.errors import NotFoundError, ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import (
    BALANCE_TOTAL,
    MAX_PARTICIPANTS,
    Action,
    ActionStatus,
    BalanceLogic,
    Consensus,
    Note,
    NoteCategory,
    Scale,
    Template,
    VoteDistribution,
    Workshop,
)
from tillitverkstad.core.rating import check_value, make_distribution
from tillitverkstad.core.text import MAX_LINE, clean_text

ACTION_YEARS = (2000, 2100)  # 0001-01-01 or 9999-12-31 is a typing slip, not a plan


def _group_name(text: str) -> str:
    cleaned = clean_text(text, multiline=False, limit=MAX_LINE)
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Give the group a name."))
    return cleaned


def _check_participants(count: int, names: Sequence[str]) -> list[str]:
    if isinstance(count, bool) or not isinstance(count, int) or not 1 <= count <= MAX_PARTICIPANTS:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The number of participants must be 1-{high}."),
            high=MAX_PARTICIPANTS,
        )
    cleaned = [n for n in (clean_text(x, multiline=False, limit=MAX_LINE) for x in names) if n]
    if len(cleaned) > count:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "There are more names ({names}) than participants ({count})."
            ),
            names=len(cleaned),
            count=count,
        )
    return cleaned


def create_workshop(
    content: Content,
    *,
    group: str,
    date: dt.date,
    organisation: str = "",
    facilitator: str = "",
    participant_count: int = 8,
    participant_names: Sequence[str] = (),
    template: Template = Template.ALL_SEVEN,
    custom_steps: Iterable[str] = (),
    minutes_per_step: int = agenda.DEFAULT_MINUTES,
    follow_up_of: str | None = None,
) -> Workshop:
    if not isinstance(date, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a valid date."))
    if not 1 <= minutes_per_step <= 240:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Minutes per step must be 1-240."))
    steps = agenda.build_agenda(content, template, custom_steps)
    return Workshop(
        group=_group_name(group),
        date=date,
        organisation=clean_text(organisation, multiline=False, limit=MAX_LINE),
        facilitator=clean_text(facilitator, multiline=False, limit=MAX_LINE),
        participant_count=participant_count,
        participant_names=_check_participants(participant_count, participant_names),
        language=content.language,
        template=template,
        steps=steps,
        minutes=agenda.default_minutes(steps, minutes_per_step),
        content=content_to_dict(content),
        follow_up_of=follow_up_of,
        current_step=steps[0],
    )


def start_follow_up(previous: Workshop, content: Content, date: dt.date) -> Workshop:
    """A new workshop for the same group and agenda, linked to ``previous``."""
    middle = [s for s in previous.steps if s not in agenda.FIXED_KINDS]
    known = {p.id for p in content.principles} | {c.id for c in content.cornerstones}
    known |= {s.id for s in content.optional_steps}
    ws = create_workshop(
        content,
        group=previous.group,
        date=date,
        organisation=previous.organisation,
        facilitator=previous.facilitator,
        participant_count=previous.participant_count,
        template=Template.CUSTOM,
        custom_steps=[s for s in middle if s in known],
        follow_up_of=previous.id,
    )
    ws.template = previous.template
    ws.minutes.update({s: m for s, m in previous.minutes.items() if s in ws.minutes})
    return ws


# --- navigation and time -----------------------------------------------------


def _check_step(ws: Workshop, step_id: str) -> str:
    if step_id not in ws.steps:
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "Unknown step: {step}."), step=step_id)
    return step_id


def go_to_step(ws: Workshop, step_id: str, *, finish_current: bool = False) -> None:
    _check_step(ws, step_id)
    if finish_current and ws.current_step in ws.steps:
        ws.record(ws.current_step).done = True
    ws.current_step = step_id


def set_step_done(ws: Workshop, step_id: str, done: bool) -> None:
    ws.record(_check_step(ws, step_id)).done = done


def record_time(ws: Workshop, step_id: str, seconds: int) -> None:
    """Store how long the step has run so far (the timer's elapsed seconds)."""
    ws.record(_check_step(ws, step_id)).seconds_used = max(0, int(seconds))


def set_question_index(ws: Workshop, step_id: str, index: int) -> None:
    ws.record(_check_step(ws, step_id)).question_index = max(0, int(index))


def finish_workshop(ws: Workshop, finished: bool = True) -> None:
    ws.finished = finished


# --- notes -------------------------------------------------------------------


def _note_text(text: str) -> str:
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A note cannot be empty."))
    return cleaned


def _find_note(ws: Workshop, step_id: str, note_id: str) -> tuple[int, Note]:
    for index, note in enumerate(ws.record(_check_step(ws, step_id)).notes):
        if note.id == note_id:
            return index, note
    raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The note no longer exists."))


def add_note(ws: Workshop, step_id: str, category: NoteCategory, text: str) -> Note:
    note = Note(category=NoteCategory(category), text=_note_text(text))
    ws.record(_check_step(ws, step_id)).notes.append(note)
    return note


def edit_note(ws: Workshop, step_id: str, note_id: str, text: str) -> str:
    """Replace a note's text; returns the previous text."""
    cleaned = _note_text(text)
    _, note = _find_note(ws, step_id, note_id)
    previous, note.text = note.text, cleaned
    return previous


def delete_note(ws: Workshop, step_id: str, note_id: str) -> tuple[int, Note]:
    """Remove a note; returns its position and the note so it can be restored."""
    index, note = _find_note(ws, step_id, note_id)
    del ws.record(step_id).notes[index]
    return index, note


def restore_note(ws: Workshop, step_id: str, index: int, note: Note) -> None:
    notes = ws.record(_check_step(ws, step_id)).notes
    notes.insert(min(max(index, 0), len(notes)), note)


def move_note(ws: Workshop, step_id: str, note_id: str, offset: int) -> int:
    """Move a note up (-1) or down (+1) among the notes of its own category.

    Returns the offset actually applied (0 at either end)."""
    notes = ws.record(_check_step(ws, step_id)).notes
    index, note = _find_note(ws, step_id, note_id)
    peers = [i for i, n in enumerate(notes) if n.category is note.category]
    position = peers.index(index)
    target = position + offset
    if not 0 <= target < len(peers):
        return 0
    other = peers[target]
    notes[index], notes[other] = notes[other], notes[index]
    return offset


def set_free_notes(ws: Workshop, step_id: str, text: str) -> str:
    record = ws.record(_check_step(ws, step_id))
    previous, record.free_notes = record.free_notes, clean_text(text)
    return previous


def set_private_notes(ws: Workshop, step_id: str, text: str) -> str:
    record = ws.record(_check_step(ws, step_id))
    previous, record.private_notes = record.private_notes, clean_text(text)
    return previous


# --- rating ------------------------------------------------------------------


def set_votes(
    ws: Workshop, step_id: str, scale: Scale, counts: Mapping[int, int] | Sequence[int]
) -> VoteDistribution:
    """Store how many votes each value got; returns the previous distribution."""
    dist = make_distribution(counts, ws.participant_count)
    rating = ws.record(_check_step(ws, step_id)).rating
    previous = rating.votes(scale)
    if Scale(scale) is Scale.CURRENT:
        rating.current = dist
    else:
        rating.desired = dist
    return previous


def set_agreed(ws: Workshop, step_id: str, scale: Scale, value: int | None) -> int | None:
    """The value the group agreed on (not an average); returns the previous one."""
    if value is not None:
        check_value(value)
    rating = ws.record(_check_step(ws, step_id)).rating
    previous = rating.agreed(Scale(scale))
    if Scale(scale) is Scale.CURRENT:
        rating.agreed_current = value
    else:
        rating.agreed_desired = value
    return previous


def set_consensus(ws: Workshop, step_id: str, consensus: Consensus | None) -> Consensus | None:
    status = None if consensus is None else Consensus(consensus)
    rating = ws.record(_check_step(ws, step_id)).rating
    previous, rating.consensus = rating.consensus, status
    return previous


def set_reservations(ws: Workshop, step_id: str, text: str) -> str:
    rating = ws.record(_check_step(ws, step_id)).rating
    previous, rating.reservations = rating.reservations, clean_text(text)
    return previous


def agree_rating(
    ws: Workshop,
    step_id: str,
    *,
    current: int | None,
    desired: int | None,
    consensus: Consensus | None,
    reservations: str = "",
) -> None:
    """Record the whole agreement at once (CLI, demo, import)."""
    for value in (current, desired):
        if value is not None:
            check_value(value)
    text = clean_text(reservations)
    set_agreed(ws, step_id, Scale.CURRENT, current)
    set_agreed(ws, step_id, Scale.DESIRED, desired)
    set_consensus(ws, step_id, consensus)
    set_reservations(ws, step_id, text)


# --- balance and closing -----------------------------------------------------


def set_balance(ws: Workshop, step_id: str, which: str, points: Mapping[str, int]) -> dict:
    """Split 100 points between market, hierarchy and trust, for "today" or "desired"."""
    if which not in ("today", "desired"):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown balance: {which}."), which=which)
    parsed = {BalanceLogic(k): v for k, v in points.items()}
    if any(isinstance(v, bool) or not isinstance(v, int) or v < 0 for v in parsed.values()):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Points must be zero or more."))
    if sum(parsed.values()) != BALANCE_TOTAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The points must add up to {total} (now {sum})."),
            total=BALANCE_TOTAL,
            sum=sum(parsed.values()),
        )
    balance = ws.record(_check_step(ws, step_id)).balance
    previous = getattr(balance, which)
    setattr(balance, which, {logic: parsed.get(logic, 0) for logic in BalanceLogic})
    return previous


def add_reflection(ws: Workshop, step_id: str, text: str) -> int:
    ws.record(_check_step(ws, step_id)).reflections.append(_note_text(text))
    return len(ws.record(step_id).reflections) - 1


def edit_reflection(ws: Workshop, step_id: str, index: int, text: str) -> str:
    reflections = ws.record(_check_step(ws, step_id)).reflections
    cleaned = _note_text(text)
    if not 0 <= index < len(reflections):
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The note no longer exists."))
    previous, reflections[index] = reflections[index], cleaned
    return previous


def delete_reflection(ws: Workshop, step_id: str, index: int) -> str:
    reflections = ws.record(_check_step(ws, step_id)).reflections
    if not 0 <= index < len(reflections):
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The note no longer exists."))
    return reflections.pop(index)


# --- actions -----------------------------------------------------------------


def _find_action(ws: Workshop, action_id: str) -> tuple[int, Action]:
    for index, action in enumerate(ws.actions):
        if action.id == action_id:
            return index, action
    raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The action no longer exists."))


def _action_fields(ws: Workshop, what: str, who: str, when: dt.date | None, step_id: str | None):
    cleaned = clean_text(what, limit=10_000).strip()
    if not cleaned:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Describe what the action is."))
    if when is not None and not isinstance(when, dt.date):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Choose a valid date."))
    if when is not None and not ACTION_YEARS[0] <= when.year <= ACTION_YEARS[1]:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose a date between the years {first} and {last}."),
            first=ACTION_YEARS[0],
            last=ACTION_YEARS[1],
        )
    if step_id is not None:
        _check_step(ws, step_id)
    return cleaned, clean_text(who, multiline=False, limit=MAX_LINE)


def add_action(
    ws: Workshop,
    what: str,
    who: str = "",
    when: dt.date | None = None,
    step_id: str | None = None,
    status: ActionStatus = ActionStatus.PLANNED,
) -> Action:
    cleaned, who_cleaned = _action_fields(ws, what, who, when, step_id)
    action = Action(cleaned, who_cleaned, when, step_id, ActionStatus(status))
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
    previous = Action(
        action.what, action.who, action.when, action.step_id, action.status, action.id
    )
    action.what, action.who, action.when = cleaned, who_cleaned, when
    action.step_id, action.status = step_id, ActionStatus(status)
    return previous


def delete_action(ws: Workshop, action_id: str) -> tuple[int, Action]:
    index, action = _find_action(ws, action_id)
    del ws.actions[index]
    return index, action


def restore_action(ws: Workshop, index: int, action: Action) -> None:
    ws.actions.insert(min(max(index, 0), len(ws.actions)), action)
