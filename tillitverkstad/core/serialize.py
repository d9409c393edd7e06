"""Workshop <-> plain JSON-able dict, read strictly so that a hostile file changes nothing.

Used both by storage (the TinyDB file) and by the JSON data package.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from enum import StrEnum
from typing import Any, TypeVar

from tillitverkstad.core.errors import Phrase, ValidationError
from tillitverkstad.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP
from tillitverkstad.core.model import (
    MAX_PARTICIPANTS,
    SCALE_VALUES,
    Action,
    ActionRecord,
    ActionStatus,
    Balance,
    BalanceLogic,
    CarriedAction,
    Change,
    Consensus,
    DetailField,
    Note,
    NoteCategory,
    Occasion,
    Rating,
    StepRecord,
    StepResult,
    Template,
    VoteDistribution,
    Workshop,
)
from tillitverkstad.core.text import MAX_LINE, MAX_NOTE, has_surrogate

E = TypeVar("E", bound=StrEnum)
T = TypeVar("T")
IDENTIFIER = re.compile(r"[A-Za-z0-9_-]{1,80}")

# Why a field is refused; the field's path is the only part of the message not translated.
EXPECTED_OBJECT = QT_TRANSLATE_NOOP("errors", "expected an object")
MISSING = QT_TRANSLATE_NOOP("errors", "missing")
EXPECTED_TEXT = QT_TRANSLATE_NOOP("errors", "expected text")
TOO_LONG = QT_TRANSLATE_NOOP("errors", "the text is longer than {limit} characters")
BROKEN_CHARACTER = QT_TRANSLATE_NOOP(
    "errors", "the text holds a broken character (a lone UTF-16 surrogate)"
)
EXPECTED_WHOLE = QT_TRANSLATE_NOOP("errors", "expected a whole number from {low} to {high}")
UNKNOWN_VALUE = QT_TRANSLATE_NOOP("errors", "unknown value {value}")
EXPECTED_LIST = QT_TRANSLATE_NOOP("errors", "expected a list")
EXPECTED_DATE = QT_TRANSLATE_NOOP("errors", "expected a date YYYY-MM-DD")
EXPECTED_ID = QT_TRANSLATE_NOOP("errors", "expected an id of letters, digits, - or _")
EXPECTED_FLAG = QT_TRANSLATE_NOOP("errors", "expected true or false")
EXPECTED_COUNTS = QT_TRANSLATE_NOOP("errors", "expected {count} counts")
UNKNOWN_LANGUAGE = QT_TRANSLATE_NOOP("errors", "unknown language {value} (known: {known})")


class FormatError(ValidationError):
    """Stored or imported data that does not have the expected shape."""


def _bad(path: str, problem: str, **params: Any) -> FormatError:
    return FormatError(
        QT_TRANSLATE_NOOP("errors", "The field {field} is invalid: {problem}"),
        field=path[:120],  # a hostile key must not make the message a page long
        problem=Phrase(problem, **params),
    )


def _get(data: Any, key: str, path: str) -> Any:
    if not isinstance(data, dict):
        raise _bad(path, EXPECTED_OBJECT)
    if key not in data:
        raise _bad(f"{path}.{key}" if path else key, MISSING)
    return data[key]


def _text(value: Any, path: str, limit: int = MAX_NOTE) -> str:
    if not isinstance(value, str):
        raise _bad(path, EXPECTED_TEXT)
    if len(value) > limit:
        raise _bad(path, TOO_LONG, limit=limit)
    if has_surrogate(value):
        raise _bad(path, BROKEN_CHARACTER)
    return value


def _line(value: Any, path: str) -> str:
    """A one-line field (group, names, who): as long as the form lets anyone type."""
    return _text(value, path, MAX_LINE)


def _int(value: Any, path: str, low: int = 0, high: int = 10**9) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
        raise _bad(path, EXPECTED_WHOLE, low=low, high=high)
    return value


def _opt(value: Any, path: str, read: Callable[[Any, str], T]) -> T | None:
    return None if value is None else read(value, path)


def _enum(kind: type[E]) -> Callable[[Any, str], E]:
    def read(value: Any, path: str) -> E:
        try:
            return kind(value)
        except (ValueError, TypeError):
            raise _bad(path, UNKNOWN_VALUE, value=repr(value)[:40]) from None

    return read


def _list(value: Any, path: str, read: Callable[[Any, str], T]) -> list[T]:
    if not isinstance(value, list):
        raise _bad(path, EXPECTED_LIST)
    return [read(item, f"{path}[{i}]") for i, item in enumerate(value)]


def _date(value: Any, path: str) -> dt.date:
    try:
        return dt.date.fromisoformat(_text(value, path, 10))
    except ValueError:
        raise _bad(path, EXPECTED_DATE) from None


def _step_id(value: Any, path: str) -> str:
    """An identifier: letters, digits, '-' and '_' only, so it is safe in a file name."""
    if not isinstance(value, str) or not IDENTIFIER.fullmatch(value):
        raise _bad(path, EXPECTED_ID)
    return value


def _flag(value: Any, path: str) -> bool:
    if not isinstance(value, bool):
        raise _bad(path, EXPECTED_FLAG)
    return value


def _language(value: Any, path: str) -> str:
    """A content language the app ships (a follow-up loads that content)."""
    if value not in LANGUAGES:
        raise _bad(path, UNKNOWN_LANGUAGE, value=repr(value)[:40], known=", ".join(LANGUAGES))
    return value


# --- to dict -----------------------------------------------------------------


def _votes_to(dist: VoteDistribution) -> list[int]:
    return list(dist.counts)


def record_to_dict(record: StepRecord) -> dict[str, Any]:
    r = record.rating
    return {
        "notes": [{"id": n.id, "category": n.category.value, "text": n.text} for n in record.notes],
        "free_notes": record.free_notes,
        "private_notes": record.private_notes,
        "rating": {
            "current": _votes_to(r.current),
            "desired": _votes_to(r.desired),
            "agreed_current": r.agreed_current,
            "agreed_desired": r.agreed_desired,
            "consensus": r.consensus.value if r.consensus else None,
            "reservations": r.reservations,
        },
        "balance": {
            "today": {k.value: v for k, v in record.balance.today.items()},
            "desired": {k.value: v for k, v in record.balance.desired.items()},
        },
        "reflections": list(record.reflections),
        "seconds_used": record.seconds_used,
        "question_index": record.question_index,
        "done": record.done,
    }


def action_to_dict(action: Action) -> dict[str, Any]:
    return {
        "id": action.id,
        "what": action.what,
        "who": action.who,
        "when": action.when.isoformat() if action.when else None,
        "step_id": action.step_id,
        "status": action.status.value,
    }


def _date_to(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def carried_to_dict(item: CarriedAction) -> dict[str, Any]:
    return {
        "id": item.id,
        "origin": item.origin,
        "from_workshop": item.from_workshop,
        "decided_on": item.decided_on.isoformat(),
        "what": item.what,
        "who": item.who,
        "when": _date_to(item.when),
        "step_id": item.step_id,
        "status_then": item.status_then.value,
        "status": item.status.value if item.status else None,
        "comment": item.comment,
    }


def occasion_to_dict(occasion: Occasion) -> dict[str, Any]:
    return {
        "workshop_id": occasion.workshop_id,
        "date": occasion.date.isoformat(),
        "created": occasion.created,
        "group": occasion.group,
        "organisation": occasion.organisation,
        "participant_count": occasion.participant_count,
        "results": [
            {
                "step_id": r.step_id,
                "title": r.title,
                "agreed_current": r.agreed_current,
                "agreed_desired": r.agreed_desired,
                "consensus": r.consensus.value if r.consensus else None,
            }
            for r in occasion.results
        ],
        "actions": [
            {
                "origin": a.origin,
                "what": a.what,
                "decided_on": a.decided_on.isoformat(),
                "who": a.who,
                "when": _date_to(a.when),
                "step_id": a.step_id,
                "status": a.status.value if a.status else None,
                "comment": a.comment,
                "carried": a.carried,
            }
            for a in occasion.actions
        ],
    }


def header_to_dict(ws: Workshop) -> dict[str, Any]:
    """Everything about a workshop except its step records, actions and content."""
    return {
        "id": ws.id,
        "group": ws.group,
        "organisation": ws.organisation,
        "date": ws.date.isoformat(),
        "facilitator": ws.facilitator,
        "participant_count": ws.participant_count,
        "participant_names": list(ws.participant_names),
        "language": ws.language,
        "template": ws.template.value,
        "steps": list(ws.steps),
        "minutes": dict(ws.minutes),
        "group_id": ws.group_id,
        "follow_up_of": ws.follow_up_of,
        "current_step": ws.current_step,
        "finished": ws.finished,
        "finished_at": ws.finished_at,
        "changes": [change_to_dict(c) for c in ws.changes],
        "created": ws.created,
    }


def change_to_dict(change: Change) -> dict[str, Any]:
    return {
        "at": change.at,
        "field": change.field.value,
        "before": change.before,
        "after": change.after,
    }


def workshop_to_dict(ws: Workshop) -> dict[str, Any]:
    return {
        "workshop": header_to_dict(ws),
        "content": ws.content,
        "records": {step: record_to_dict(r) for step, r in ws.records.items()},
        "actions": [action_to_dict(a) for a in ws.actions],
        "carried": [carried_to_dict(c) for c in ws.carried],
        "history": [occasion_to_dict(o) for o in ws.history],
    }


# --- from dict ---------------------------------------------------------------


def _votes(value: Any, path: str) -> VoteDistribution:
    counts = _list(value, path, _int)
    if len(counts) != len(SCALE_VALUES):
        raise _bad(path, EXPECTED_COUNTS, count=len(SCALE_VALUES))
    return VoteDistribution(tuple(counts))


def _scale_value(value: Any, path: str) -> int:
    return _int(value, path, SCALE_VALUES[0], SCALE_VALUES[-1])


def _rating(data: Any, path: str) -> Rating:
    return Rating(
        current=_votes(_get(data, "current", path), f"{path}.current"),
        desired=_votes(_get(data, "desired", path), f"{path}.desired"),
        agreed_current=_opt(
            _get(data, "agreed_current", path), f"{path}.agreed_current", _scale_value
        ),
        agreed_desired=_opt(
            _get(data, "agreed_desired", path), f"{path}.agreed_desired", _scale_value
        ),
        consensus=_opt(_get(data, "consensus", path), f"{path}.consensus", _enum(Consensus)),
        reservations=_text(_get(data, "reservations", path), f"{path}.reservations"),
    )


def _points(value: Any, path: str) -> dict[BalanceLogic, int]:
    if not isinstance(value, dict):
        raise _bad(path, EXPECTED_OBJECT)
    logic = _enum(BalanceLogic)
    return {logic(k, f"{path}.{k}"): _int(v, f"{path}.{k}", 0, 100) for k, v in value.items()}


def _note(data: Any, path: str) -> Note:
    return Note(
        id=_step_id(_get(data, "id", path), f"{path}.id"),
        category=_enum(NoteCategory)(_get(data, "category", path), f"{path}.category"),
        text=_text(_get(data, "text", path), f"{path}.text"),
    )


def record_from_dict(data: Any, path: str) -> StepRecord:
    balance = _get(data, "balance", path)
    return StepRecord(
        notes=_list(_get(data, "notes", path), f"{path}.notes", _note),
        free_notes=_text(_get(data, "free_notes", path), f"{path}.free_notes"),
        private_notes=_text(_get(data, "private_notes", path), f"{path}.private_notes"),
        rating=_rating(_get(data, "rating", path), f"{path}.rating"),
        balance=Balance(
            today=_points(_get(balance, "today", f"{path}.balance"), f"{path}.balance.today"),
            desired=_points(_get(balance, "desired", f"{path}.balance"), f"{path}.balance.desired"),
        ),
        reflections=_list(_get(data, "reflections", path), f"{path}.reflections", _text),
        seconds_used=_int(_get(data, "seconds_used", path), f"{path}.seconds_used"),
        question_index=_int(_get(data, "question_index", path), f"{path}.question_index", 0, 1000),
        done=_flag(_get(data, "done", path), f"{path}.done"),
    )


def action_from_dict(data: Any, path: str) -> Action:
    return Action(
        id=_step_id(_get(data, "id", path), f"{path}.id"),
        what=_text(_get(data, "what", path), f"{path}.what"),
        who=_line(_get(data, "who", path), f"{path}.who"),
        when=_opt(_get(data, "when", path), f"{path}.when", _date),
        step_id=_opt(_get(data, "step_id", path), f"{path}.step_id", _step_id),
        status=_enum(ActionStatus)(_get(data, "status", path), f"{path}.status"),
    )


def carried_from_dict(data: Any, path: str) -> CarriedAction:
    def get(key: str) -> Any:
        return _get(data, key, path)

    status = _enum(ActionStatus)
    return CarriedAction(
        id=_step_id(get("id"), f"{path}.id"),
        origin=_step_id(get("origin"), f"{path}.origin"),
        from_workshop=_step_id(get("from_workshop"), f"{path}.from_workshop"),
        decided_on=_date(get("decided_on"), f"{path}.decided_on"),
        what=_text(get("what"), f"{path}.what"),
        who=_text(get("who"), f"{path}.who"),
        when=_opt(get("when"), f"{path}.when", _date),
        step_id=_opt(get("step_id"), f"{path}.step_id", _step_id),
        status_then=status(get("status_then"), f"{path}.status_then"),
        status=_opt(get("status"), f"{path}.status", status),
        comment=_text(get("comment"), f"{path}.comment"),
    )


def _result(data: Any, path: str) -> StepResult:
    def get(key: str) -> Any:
        return _get(data, key, path)

    return StepResult(
        step_id=_step_id(get("step_id"), f"{path}.step_id"),
        title=_text(get("title"), f"{path}.title"),
        agreed_current=_opt(get("agreed_current"), f"{path}.agreed_current", _scale_value),
        agreed_desired=_opt(get("agreed_desired"), f"{path}.agreed_desired", _scale_value),
        consensus=_opt(get("consensus"), f"{path}.consensus", _enum(Consensus)),
    )


def _action_record(data: Any, path: str) -> ActionRecord:
    def get(key: str) -> Any:
        return _get(data, key, path)

    return ActionRecord(
        origin=_step_id(get("origin"), f"{path}.origin"),
        what=_text(get("what"), f"{path}.what"),
        decided_on=_date(get("decided_on"), f"{path}.decided_on"),
        who=_text(get("who"), f"{path}.who"),
        when=_opt(get("when"), f"{path}.when", _date),
        step_id=_opt(get("step_id"), f"{path}.step_id", _step_id),
        status=_opt(get("status"), f"{path}.status", _enum(ActionStatus)),
        comment=_text(get("comment"), f"{path}.comment"),
        carried=_flag(get("carried"), f"{path}.carried"),
    )


def occasion_from_dict(data: Any, path: str) -> Occasion:
    def get(key: str) -> Any:
        return _get(data, key, path)

    return Occasion(
        workshop_id=_step_id(get("workshop_id"), f"{path}.workshop_id"),
        date=_date(get("date"), f"{path}.date"),
        created=_text(get("created"), f"{path}.created"),
        group=_text(get("group"), f"{path}.group"),
        organisation=_text(get("organisation"), f"{path}.organisation"),
        participant_count=_int(
            get("participant_count"), f"{path}.participant_count", 1, MAX_PARTICIPANTS
        ),
        results=tuple(_list(get("results"), f"{path}.results", _result)),
        actions=tuple(_list(get("actions"), f"{path}.actions", _action_record)),
    )


def change_from_dict(data: Any, path: str) -> Change:
    return Change(
        at=_line(_get(data, "at", path), f"{path}.at"),
        field=_enum(DetailField)(_get(data, "field", path), f"{path}.field"),
        before=_text(_get(data, "before", path), f"{path}.before"),
        after=_text(_get(data, "after", path), f"{path}.after"),
    )


def workshop_from_dict(data: Any) -> Workshop:
    """A workshop from its dict form; raises FormatError naming the first bad field."""
    head = _get(data, "workshop", "")
    h = "workshop"

    def field(key: str) -> Any:
        return _get(head, key, h)

    content = _get(data, "content", "")
    if not isinstance(content, dict):
        raise _bad("content", EXPECTED_OBJECT)
    records = _get(data, "records", "")
    if not isinstance(records, dict):
        raise _bad("records", EXPECTED_OBJECT)
    minutes = field("minutes")
    if not isinstance(minutes, dict):
        raise _bad(f"{h}.minutes", EXPECTED_OBJECT)
    steps = _list(field("steps"), f"{h}.steps", _step_id)
    return Workshop(
        id=_step_id(field("id"), f"{h}.id"),
        group=_line(field("group"), f"{h}.group"),
        organisation=_line(field("organisation"), f"{h}.organisation"),
        date=_date(field("date"), f"{h}.date"),
        facilitator=_line(field("facilitator"), f"{h}.facilitator"),
        participant_count=_int(
            field("participant_count"), f"{h}.participant_count", 1, MAX_PARTICIPANTS
        ),
        participant_names=_list(field("participant_names"), f"{h}.participant_names", _line),
        language=_language(field("language"), f"{h}.language"),
        template=_enum(Template)(field("template"), f"{h}.template"),
        steps=steps,
        minutes={
            _step_id(k, f"{h}.minutes"): _int(v, f"{h}.minutes.{k}", 0, 600)
            for k, v in minutes.items()
        },
        content=content,
        group_id=_step_id(field("group_id"), f"{h}.group_id"),
        follow_up_of=_opt(field("follow_up_of"), f"{h}.follow_up_of", _step_id),
        records={
            _step_id(k, "records"): record_from_dict(v, f"records.{k}") for k, v in records.items()
        },
        actions=_list(_get(data, "actions", ""), "actions", action_from_dict),
        carried=_list(_get(data, "carried", ""), "carried", carried_from_dict),
        history=_list(_get(data, "history", ""), "history", occasion_from_dict),
        current_step=_line(field("current_step"), f"{h}.current_step"),
        finished=_flag(field("finished"), f"{h}.finished"),
        finished_at=_opt(field("finished_at"), f"{h}.finished_at", _line),
        changes=_list(field("changes"), f"{h}.changes", change_from_dict),
        created=_line(field("created"), f"{h}.created"),
    )
