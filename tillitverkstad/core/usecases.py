"""One function per user action on a workshop. The GUI and the CLI (through the operations
layer) both call these; each validates its input first, raises only the project's typed
errors, and changes nothing when it raises."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence

from tillitverkstad.core import agenda, details, history
from tillitverkstad.core.checks import as_bool, as_enum, as_time, as_whole
from tillitverkstad.core.content import content_to_dict
from tillitverkstad.core.content_model import Content
from tillitverkstad.core.details import check_new
from tillitverkstad.core.errors import NotFoundError, ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import (
    BALANCE_TOTAL,
    MAX_OCCASION_NUMBER,
    BalanceLogic,
    BalanceSide,
    Consensus,
    Note,
    NoteCategory,
    Occasion,
    Scale,
    Template,
    VoteDistribution,
    VoteMethod,
    Workshop,
)
from tillitverkstad.core.rating import check_value, make_distribution
from tillitverkstad.core.text import clean_text

MAX_SECONDS = 7 * 24 * 3600  # a step's timer; a week is already absurd


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
    """A new workshop; raises the first problem :func:`details.check_new` finds."""
    details, problems = check_new(
        content,
        group=group,
        date=date,
        organisation=organisation,
        facilitator=facilitator,
        participant_count=participant_count,
        participant_names=participant_names,
        template=template,
        custom_steps=custom_steps,
        minutes_per_step=minutes_per_step,
    )
    if details is None:
        raise next(iter(problems.values()))
    return Workshop(
        group=details.group,
        date=details.date,
        organisation=details.organisation,
        facilitator=details.facilitator,
        participant_count=details.participant_count,
        participant_names=details.participant_names,
        language=content.language,
        template=Template(template),
        steps=details.steps,
        minutes=details.minutes,
        content=content_to_dict(content),
        follow_up_of=follow_up_of,
        current_step=details.steps[0],
    )


def start_follow_up(
    previous: Workshop,
    content: Content,
    date: dt.date,
    *,
    participant_count: int | None = None,
    participant_names: Sequence[str] = (),
    facilitator: str | None = None,
    custom_steps: Iterable[str] | None = None,
    minutes: Mapping[str, int] | None = None,
    review: bool | None = None,
    earlier: Sequence[Occasion] = (),
) -> Workshop:
    """The group's next occasion after ``previous``: same group, same agenda and minutes
    unless given, last time's open actions carried along for review, and every earlier
    occasion remembered (``earlier``: what the library knows before ``previous``).

    ``review`` (default: when last time had actions) puts "Uppföljning av åtgärder"
    right after the intro."""
    known = {p.id for p in content.principles} | {c.id for c in content.cornerstones}
    known |= {s.id for s in content.optional_steps}
    if custom_steps is None:
        custom_steps = [s for s in agenda.middle_of(previous.steps) if s in known]
    count = previous.participant_count if participant_count is None else participant_count
    problems = details.check_follow_up(
        previous,
        content,
        date=date,
        participant_count=count,
        participant_names=participant_names,
        facilitator=previous.facilitator if facilitator is None else facilitator,
        custom_steps=custom_steps,
        minutes=minutes,
    )
    if problems:
        raise next(iter(problems.values()))
    ws = create_workshop(
        content,
        group=previous.group,
        date=date,
        organisation=previous.organisation,
        facilitator=previous.facilitator if facilitator is None else facilitator,
        participant_count=count,
        participant_names=participant_names,
        template=Template.CUSTOM,
        custom_steps=custom_steps,
        follow_up_of=previous.id,
    )
    if review is None:
        review = history.has_actions_to_review(previous)
    if as_bool(review):
        ws.steps = agenda.build_agenda(content, Template.CUSTOM, custom_steps, review=True)
        ws.minutes = agenda.default_minutes(ws.steps) | ws.minutes
        ws.current_step = ws.steps[0]
    if set(custom_steps) == set(agenda.middle_of(previous.steps)):
        ws.template = previous.template
    ws.minutes.update({s: m for s, m in previous.minutes.items() if s in ws.minutes})
    if minutes is not None:
        ws.minutes = details.check_minutes(ws, minutes)
    ws.group_id = previous.group_id
    ws.occasion_number = min(previous.occasion_number + 1, MAX_OCCASION_NUMBER)
    ws.carried = history.carry_actions(previous)
    ws.history = history.remembered(previous, earlier)
    return ws


# --- navigation and time -----------------------------------------------------


def check_step(ws: Workshop, step_id: str) -> str:
    if not isinstance(step_id, str) or step_id not in ws.steps:
        raise NotFoundError(
            QT_TRANSLATE_NOOP("errors", "Unknown step: {step}."), step=str(step_id)[:40]
        )
    return step_id


class WorkshopFinishedError(ValidationError):
    """An edit of what the group said or decided, while the workshop is marked finished."""

    def __init__(self) -> None:
        super().__init__(
            QT_TRANSLATE_NOOP(
                "errors", "This workshop is finished. Open it again to change what it holds."
            )
        )


def check_open(ws: Workshop) -> None:
    if ws.finished:
        raise WorkshopFinishedError()


def editable_step(ws: Workshop, step_id: str) -> str:
    """``step_id`` checked, in a workshop that is not finished."""
    check_step(ws, step_id)
    check_open(ws)
    return step_id


def go_to_step(ws: Workshop, step_id: str, *, finish_current: bool = False) -> None:
    """Move to ``step_id``. ``finish_current`` ("Next") marks the step being left done
    only when something was entered or timed there: passing steps on the way to another
    is not doing them (skipping one on purpose is ``set_step_done``)."""
    check_step(ws, step_id)
    leaving = ws.current_step
    if as_bool(finish_current) and leaving in ws.steps and agenda.step_started(ws, leaving):
        ws.record(leaving).done = True
    ws.current_step = step_id


def set_step_done(ws: Workshop, step_id: str, done: bool) -> None:
    ws.record(check_step(ws, step_id)).done = as_bool(done)


def record_time(ws: Workshop, step_id: str, seconds: int) -> None:
    """Store how long the step has run so far (the timer's elapsed seconds)."""
    ws.record(check_step(ws, step_id)).seconds_used = as_whole(seconds, 0, MAX_SECONDS)


def set_question_index(ws: Workshop, step_id: str, index: int) -> None:
    ws.record(check_step(ws, step_id)).question_index = as_whole(index, 0, 1000)


FinishState = tuple[bool, str | None]  # finished, finished_at: what undo restores


def finish_workshop(ws: Workshop, now: dt.datetime | None = None) -> FinishState:
    """Mark the workshop finished now; returns the state before, for undo."""
    at = as_time(now).isoformat(timespec="seconds")
    previous = (ws.finished, ws.finished_at)
    ws.finished, ws.finished_at = True, at
    return previous


def reopen_workshop(ws: Workshop) -> FinishState:
    """Open a finished workshop again for correction; returns the state before."""
    previous = (ws.finished, ws.finished_at)
    ws.finished, ws.finished_at = False, None
    return previous


def restore_finish_state(ws: Workshop, state: FinishState) -> None:
    ws.finished, ws.finished_at = state


# --- notes -------------------------------------------------------------------


def _note_text(text: str) -> str:
    cleaned = clean_text(text)
    if not cleaned.strip():
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A note cannot be empty."))
    return cleaned


def _find_note(ws: Workshop, step_id: str, note_id: str) -> tuple[int, Note]:
    for index, note in enumerate(ws.record(check_step(ws, step_id)).notes):
        if note.id == note_id:
            return index, note
    raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The note no longer exists."))


def add_note(ws: Workshop, step_id: str, category: NoteCategory, text: str) -> Note:
    editable_step(ws, step_id)
    note = Note(category=as_enum(NoteCategory, category), text=_note_text(text))
    ws.record(check_step(ws, step_id)).notes.append(note)
    return note


def edit_note(ws: Workshop, step_id: str, note_id: str, text: str) -> str:
    """Replace a note's text; returns the previous text."""
    editable_step(ws, step_id)
    cleaned = _note_text(text)
    _, note = _find_note(ws, step_id, note_id)
    previous, note.text = note.text, cleaned
    return previous


def delete_note(ws: Workshop, step_id: str, note_id: str) -> tuple[int, Note]:
    """Remove a note; returns its position and the note so it can be restored."""
    editable_step(ws, step_id)
    index, note = _find_note(ws, step_id, note_id)
    del ws.record(step_id).notes[index]
    return index, note


def restore_note(ws: Workshop, step_id: str, index: int, note: Note) -> None:
    notes = ws.record(check_step(ws, step_id)).notes
    notes.insert(min(max(index, 0), len(notes)), note)


def move_note(ws: Workshop, step_id: str, note_id: str, offset: int) -> int:
    """Move a note up (-1) or down (+1) among the notes of its own category.

    Returns the offset actually applied (0 at either end)."""
    if offset not in (-1, 1) or isinstance(offset, bool):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A note moves one place at a time."))
    notes = ws.record(editable_step(ws, step_id)).notes
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
    record = ws.record(editable_step(ws, step_id))
    previous, record.free_notes = record.free_notes, clean_text(text)
    return previous


def set_private_notes(ws: Workshop, step_id: str, text: str) -> str:
    record = ws.record(editable_step(ws, step_id))
    previous, record.private_notes = record.private_notes, clean_text(text)
    return previous


# --- rating ------------------------------------------------------------------


def set_votes(
    ws: Workshop, step_id: str, scale: Scale, counts: Mapping[int, int] | Sequence[int]
) -> VoteDistribution:
    """Store how many votes each value got, counted by hand; returns the previous
    distribution. A count typed over phones' counts makes the step's votes hands' (the room
    saw that hand go up), so nothing calls them anonymous any more."""
    scale = as_enum(Scale, scale)
    dist = make_distribution(counts, ws.participant_count)
    rating = ws.record(editable_step(ws, step_id)).rating
    previous = rating.votes(scale)
    if scale is Scale.CURRENT:
        rating.current = dist
    else:
        rating.desired = dist
    rating.method = VoteMethod.HANDS
    return previous


def set_agreed(ws: Workshop, step_id: str, scale: Scale, value: int | None) -> int | None:
    """The value the group agreed on (not an average); returns the previous one."""
    scale = as_enum(Scale, scale)
    if value is not None:
        check_value(value)
    rating = ws.record(editable_step(ws, step_id)).rating
    previous = rating.agreed(scale)
    if scale is Scale.CURRENT:
        rating.agreed_current = value
    else:
        rating.agreed_desired = value
    return previous


def set_consensus(ws: Workshop, step_id: str, consensus: Consensus | None) -> Consensus | None:
    status = None if consensus is None else as_enum(Consensus, consensus)
    rating = ws.record(editable_step(ws, step_id)).rating
    previous, rating.consensus = rating.consensus, status
    return previous


def set_reservations(ws: Workshop, step_id: str, text: str) -> str:
    rating = ws.record(editable_step(ws, step_id)).rating
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
    """Record the whole agreement at once (the demo workshop)."""
    editable_step(ws, step_id)
    for value in (current, desired):
        if value is not None:
            check_value(value)
    if consensus is not None:
        as_enum(Consensus, consensus)
    text = clean_text(reservations)
    set_agreed(ws, step_id, Scale.CURRENT, current)
    set_agreed(ws, step_id, Scale.DESIRED, desired)
    set_consensus(ws, step_id, consensus)
    set_reservations(ws, step_id, text)


# --- balance and closing -----------------------------------------------------


def set_balance(
    ws: Workshop, step_id: str, which: BalanceSide | str, points: Mapping[str, int]
) -> dict[BalanceLogic, int]:
    """Split 100 points between market, hierarchy and trust, for "today" or "desired"."""
    if which not in tuple(BalanceSide):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Unknown balance: {which}."), which=str(which)[:40]
        )
    side = BalanceSide(which)
    if not isinstance(points, Mapping):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Points must be zero or more."))
    parsed = {as_enum(BalanceLogic, k): v for k, v in points.items()}
    if any(isinstance(v, bool) or not isinstance(v, int) or v < 0 for v in parsed.values()):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Points must be zero or more."))
    if sum(parsed.values()) != BALANCE_TOTAL:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The points must add up to {total} (now {sum})."),
            total=BALANCE_TOTAL,
            sum=sum(parsed.values()),
        )
    balance = ws.record(editable_step(ws, step_id)).balance
    previous = balance.side(side)
    balance.set_side(side, {logic: parsed.get(logic, 0) for logic in BalanceLogic})
    return previous


def restore_balance(
    ws: Workshop, step_id: str, which: BalanceSide, points: Mapping[BalanceLogic, int]
) -> None:
    """Put back what :func:`set_balance` returned (undo): also "nothing split yet"."""
    ws.record(check_step(ws, step_id)).balance.set_side(BalanceSide(which), dict(points))


def add_reflection(ws: Workshop, step_id: str, text: str) -> int:
    ws.record(editable_step(ws, step_id)).reflections.append(_note_text(text))
    return len(ws.record(step_id).reflections) - 1


def _reflection_index(reflections: list[str], index: int) -> int:
    if isinstance(index, bool) or not isinstance(index, int) or not 0 <= index < len(reflections):
        raise NotFoundError(QT_TRANSLATE_NOOP("errors", "The note no longer exists."))
    return index


def edit_reflection(ws: Workshop, step_id: str, index: int, text: str) -> str:
    reflections = ws.record(editable_step(ws, step_id)).reflections
    cleaned = _note_text(text)
    index = _reflection_index(reflections, index)
    previous, reflections[index] = reflections[index], cleaned
    return previous


def delete_reflection(ws: Workshop, step_id: str, index: int) -> str:
    reflections = ws.record(editable_step(ws, step_id)).reflections
    return reflections.pop(_reflection_index(reflections, index))


def restore_reflection(ws: Workshop, step_id: str, index: int, text: str) -> None:
    """Put a reflection back where it was (undo of a delete, redo of an add)."""
    reflections = ws.record(check_step(ws, step_id)).reflections
    reflections.insert(min(max(index, 0), len(reflections)), text)
