"""Workshop <-> plain JSON-able dict, read strictly so that a hostile file changes nothing.

Used both by storage (the TinyDB file) and by the JSON data package.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from tillitverkstad.core.fields import (
    EXPECTED_COUNTS,
    EXPECTED_OBJECT,
    ONLY_A_TOTAL,
    field_error,
    get_field,
    read_date,
    read_enum,
    read_flag,
    read_id,
    read_int,
    read_language,
    read_line,
    read_list,
    read_moment,
    read_opt,
    read_text,
)
from tillitverkstad.core.model import (
    MAX_OCCASION_NUMBER,
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
    VoteMethod,
    Workshop,
)
from tillitverkstad.core.vote_minimum import DEFAULT_MINIMUM_VOTES

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
            "method": r.method.value,
            "minimum_votes": r.minimum_votes,
            "withheld_current": r.current.withheld,
            "withheld_desired": r.desired.withheld,
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
        "number": occasion.number,
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
        "occasion_number": ws.occasion_number,
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


def _votes(data: Any, scale: str, path: str) -> VoteDistribution:
    counts = read_list(get_field(data, scale, path), f"{path}.{scale}", read_int)
    if len(counts) != len(SCALE_VALUES):
        raise field_error(f"{path}.{scale}", EXPECTED_COUNTS, count=len(SCALE_VALUES))
    key = f"withheld_{scale}"
    withheld = read_int(get_field(data, key, path), f"{path}.{key}", 0, MAX_PARTICIPANTS)
    if withheld and any(counts):  # a total kept alone has no counts beside it
        raise field_error(f"{path}.{scale}", ONLY_A_TOTAL)
    return VoteDistribution(tuple(counts), withheld)


def _minimum_votes(value: Any, path: str) -> int:
    return read_int(value, path, DEFAULT_MINIMUM_VOTES, MAX_PARTICIPANTS)


def _occasion_number(value: Any, path: str) -> int:
    return read_int(value, path, 1, MAX_OCCASION_NUMBER)


def _scale_value(value: Any, path: str) -> int:
    return read_int(value, path, SCALE_VALUES[0], SCALE_VALUES[-1])


def _rating(data: Any, path: str) -> Rating:
    return Rating(
        current=_votes(data, "current", path),
        desired=_votes(data, "desired", path),
        agreed_current=read_opt(
            get_field(data, "agreed_current", path), f"{path}.agreed_current", _scale_value
        ),
        agreed_desired=read_opt(
            get_field(data, "agreed_desired", path), f"{path}.agreed_desired", _scale_value
        ),
        consensus=read_opt(
            get_field(data, "consensus", path), f"{path}.consensus", read_enum(Consensus)
        ),
        reservations=read_text(get_field(data, "reservations", path), f"{path}.reservations"),
        method=read_enum(VoteMethod)(get_field(data, "method", path), f"{path}.method"),
        minimum_votes=read_opt(
            get_field(data, "minimum_votes", path), f"{path}.minimum_votes", _minimum_votes
        ),
    )


def _points(value: Any, path: str) -> dict[BalanceLogic, int]:
    if not isinstance(value, dict):
        raise field_error(path, EXPECTED_OBJECT)
    logic = read_enum(BalanceLogic)
    return {logic(k, f"{path}.{k}"): read_int(v, f"{path}.{k}", 0, 100) for k, v in value.items()}


def _note(data: Any, path: str) -> Note:
    return Note(
        id=read_id(get_field(data, "id", path), f"{path}.id"),
        category=read_enum(NoteCategory)(get_field(data, "category", path), f"{path}.category"),
        text=read_text(get_field(data, "text", path), f"{path}.text"),
    )


def record_from_dict(data: Any, path: str) -> StepRecord:
    balance = get_field(data, "balance", path)
    return StepRecord(
        notes=read_list(get_field(data, "notes", path), f"{path}.notes", _note),
        free_notes=read_text(get_field(data, "free_notes", path), f"{path}.free_notes"),
        private_notes=read_text(get_field(data, "private_notes", path), f"{path}.private_notes"),
        rating=_rating(get_field(data, "rating", path), f"{path}.rating"),
        balance=Balance(
            today=_points(get_field(balance, "today", f"{path}.balance"), f"{path}.balance.today"),
            desired=_points(
                get_field(balance, "desired", f"{path}.balance"), f"{path}.balance.desired"
            ),
        ),
        reflections=read_list(
            get_field(data, "reflections", path), f"{path}.reflections", read_text
        ),
        seconds_used=read_int(get_field(data, "seconds_used", path), f"{path}.seconds_used"),
        question_index=read_int(
            get_field(data, "question_index", path), f"{path}.question_index", 0, 1000
        ),
        done=read_flag(get_field(data, "done", path), f"{path}.done"),
    )


def action_from_dict(data: Any, path: str) -> Action:
    return Action(
        id=read_id(get_field(data, "id", path), f"{path}.id"),
        what=read_text(get_field(data, "what", path), f"{path}.what"),
        who=read_line(get_field(data, "who", path), f"{path}.who"),
        when=read_opt(get_field(data, "when", path), f"{path}.when", read_date),
        step_id=read_opt(get_field(data, "step_id", path), f"{path}.step_id", read_id),
        status=read_enum(ActionStatus)(get_field(data, "status", path), f"{path}.status"),
    )


def carried_from_dict(data: Any, path: str) -> CarriedAction:
    def get(key: str) -> Any:
        return get_field(data, key, path)

    status = read_enum(ActionStatus)
    return CarriedAction(
        id=read_id(get("id"), f"{path}.id"),
        origin=read_id(get("origin"), f"{path}.origin"),
        from_workshop=read_id(get("from_workshop"), f"{path}.from_workshop"),
        decided_on=read_date(get("decided_on"), f"{path}.decided_on"),
        what=read_text(get("what"), f"{path}.what"),
        who=read_line(get("who"), f"{path}.who"),
        when=read_opt(get("when"), f"{path}.when", read_date),
        step_id=read_opt(get("step_id"), f"{path}.step_id", read_id),
        status_then=status(get("status_then"), f"{path}.status_then"),
        status=read_opt(get("status"), f"{path}.status", status),
        comment=read_text(get("comment"), f"{path}.comment"),
    )


def _result(data: Any, path: str) -> StepResult:
    def get(key: str) -> Any:
        return get_field(data, key, path)

    return StepResult(
        step_id=read_id(get("step_id"), f"{path}.step_id"),
        title=read_text(get("title"), f"{path}.title"),
        agreed_current=read_opt(get("agreed_current"), f"{path}.agreed_current", _scale_value),
        agreed_desired=read_opt(get("agreed_desired"), f"{path}.agreed_desired", _scale_value),
        consensus=read_opt(get("consensus"), f"{path}.consensus", read_enum(Consensus)),
    )


def _action_record(data: Any, path: str) -> ActionRecord:
    def get(key: str) -> Any:
        return get_field(data, key, path)

    return ActionRecord(
        origin=read_id(get("origin"), f"{path}.origin"),
        what=read_text(get("what"), f"{path}.what"),
        decided_on=read_date(get("decided_on"), f"{path}.decided_on"),
        who=read_line(get("who"), f"{path}.who"),
        when=read_opt(get("when"), f"{path}.when", read_date),
        step_id=read_opt(get("step_id"), f"{path}.step_id", read_id),
        status=read_opt(get("status"), f"{path}.status", read_enum(ActionStatus)),
        comment=read_text(get("comment"), f"{path}.comment"),
        carried=read_flag(get("carried"), f"{path}.carried"),
    )


def occasion_from_dict(data: Any, path: str) -> Occasion:
    def get(key: str) -> Any:
        return get_field(data, key, path)

    return Occasion(
        workshop_id=read_id(get("workshop_id"), f"{path}.workshop_id"),
        date=read_date(get("date"), f"{path}.date"),
        created=read_moment(get("created"), f"{path}.created"),
        number=_occasion_number(get("number"), f"{path}.number"),
        group=read_line(get("group"), f"{path}.group"),
        organisation=read_line(get("organisation"), f"{path}.organisation"),
        participant_count=read_int(
            get("participant_count"), f"{path}.participant_count", 1, MAX_PARTICIPANTS
        ),
        results=tuple(read_list(get("results"), f"{path}.results", _result)),
        actions=tuple(read_list(get("actions"), f"{path}.actions", _action_record)),
    )


def change_from_dict(data: Any, path: str) -> Change:
    return Change(
        at=read_line(get_field(data, "at", path), f"{path}.at"),
        field=read_enum(DetailField)(get_field(data, "field", path), f"{path}.field"),
        before=read_text(get_field(data, "before", path), f"{path}.before"),
        after=read_text(get_field(data, "after", path), f"{path}.after"),
    )


def workshop_from_dict(data: Any) -> Workshop:
    """A workshop from its dict form; raises FormatError naming the first bad field."""
    head = get_field(data, "workshop", "")
    h = "workshop"

    def field(key: str) -> Any:
        return get_field(head, key, h)

    content = get_field(data, "content", "")
    if not isinstance(content, dict):
        raise field_error("content", EXPECTED_OBJECT)
    records = get_field(data, "records", "")
    if not isinstance(records, dict):
        raise field_error("records", EXPECTED_OBJECT)
    minutes = field("minutes")
    if not isinstance(minutes, dict):
        raise field_error(f"{h}.minutes", EXPECTED_OBJECT)
    steps = read_list(field("steps"), f"{h}.steps", read_id)
    return Workshop(
        id=read_id(field("id"), f"{h}.id"),
        group=read_line(field("group"), f"{h}.group"),
        organisation=read_line(field("organisation"), f"{h}.organisation"),
        date=read_date(field("date"), f"{h}.date"),
        facilitator=read_line(field("facilitator"), f"{h}.facilitator"),
        participant_count=read_int(
            field("participant_count"), f"{h}.participant_count", 1, MAX_PARTICIPANTS
        ),
        participant_names=read_list(
            field("participant_names"), f"{h}.participant_names", read_line
        ),
        language=read_language(field("language"), f"{h}.language"),
        template=read_enum(Template)(field("template"), f"{h}.template"),
        steps=steps,
        minutes={
            read_id(k, f"{h}.minutes"): read_int(v, f"{h}.minutes.{k}", 0, 600)
            for k, v in minutes.items()
        },
        content=content,
        group_id=read_id(field("group_id"), f"{h}.group_id"),
        follow_up_of=read_opt(field("follow_up_of"), f"{h}.follow_up_of", read_id),
        occasion_number=_occasion_number(field("occasion_number"), f"{h}.occasion_number"),
        records={
            read_id(k, "records"): record_from_dict(v, f"records.{k}") for k, v in records.items()
        },
        actions=read_list(get_field(data, "actions", ""), "actions", action_from_dict),
        carried=read_list(get_field(data, "carried", ""), "carried", carried_from_dict),
        history=read_list(get_field(data, "history", ""), "history", occasion_from_dict),
        current_step=read_line(field("current_step"), f"{h}.current_step"),
        finished=read_flag(field("finished"), f"{h}.finished"),
        finished_at=read_opt(field("finished_at"), f"{h}.finished_at", read_line),
        changes=read_list(field("changes"), f"{h}.changes", change_from_dict),
        created=read_moment(field("created"), f"{h}.created"),
    )
