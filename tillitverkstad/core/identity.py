"""When two workshops are the same occasion, and where two versions of one differ.

Compared by meaning, not by encoding: an empty step record and no record are equal (the
window creates a record when a step is first shown), and nothing counts that a package may
leave out (private notes, names), that only says where the facilitator was in the session
(the current step, a step's timer, question and done mark), or that is the workshop's
place in a library rather than its content (its id, which an import may have replaced;
when it was created; its number in the series and the earlier occasions it remembers).
"""

from __future__ import annotations

import copy
from enum import StrEnum
from typing import Any

from tillitverkstad.core.errors import Phrase
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate
from tillitverkstad.core.model import StepRecord, Workshop
from tillitverkstad.core.serialize import (
    action_to_dict,
    carried_to_dict,
    change_to_dict,
    header_to_dict,
    record_to_dict,
)


class Part(StrEnum):
    """The parts of a workshop a user would name when two versions differ."""

    DETAILS = "details"  # the header fields, the agenda, the content and the change log
    NOTES = "notes"  # notes, free notes and reflections
    VOTES = "votes"  # votes, agreed values, consensus, reservations and the balance
    ACTIONS = "actions"
    REVIEW = "review"  # what became of last time's actions
    STATUS = "status"  # finished or not


PART_NAMES = {
    Part.DETAILS: QT_TRANSLATE_NOOP("errors", "the details"),
    Part.NOTES: QT_TRANSLATE_NOOP("errors", "the notes"),
    Part.VOTES: QT_TRANSLATE_NOOP("errors", "the ratings"),
    Part.ACTIONS: QT_TRANSLATE_NOOP("errors", "the actions"),
    Part.REVIEW: QT_TRANSLATE_NOOP("errors", "the follow-up of last time's actions"),
    Part.STATUS: QT_TRANSLATE_NOOP("errors", "whether it is finished"),
}
LAST_OF_LIST = QT_TRANSLATE_NOOP("errors", "{first} and {last}")
OCCASION = QT_TRANSLATE_NOOP("errors", "\u201c{group}\u201d {date}, occasion {number}")
ANOTHER_VERSION = QT_TRANSLATE_NOOP(
    "errors", "The library holds another version of {occasion}; nothing was imported."
)

# Not part of the meaning: see the module's docstring.
_PLACE = ("id", "created", "occasion_number", "current_step", "participant_names")
_STATUS = ("finished", "finished_at")
_NOTES = ("notes", "free_notes", "reflections")
_VOTES = ("rating", "balance")


def _record_parts(record: StepRecord) -> dict[Part, dict[str, Any]]:
    data = record_to_dict(record)
    return {
        Part.NOTES: {k: data[k] for k in _NOTES},
        Part.VOTES: {k: data[k] for k in _VOTES},
    }


_EMPTY = _record_parts(StepRecord())


def meaning(ws: Workshop) -> dict[Part, Any]:
    """What ``ws`` holds, part by part, in a form two versions can be compared in."""
    header = header_to_dict(ws)
    details = {k: v for k, v in header.items() if k not in (*_PLACE, *_STATUS, "changes")}
    parts: dict[Part, Any] = {
        Part.DETAILS: {
            **details,
            "content": ws.content,
            "changes": [change_to_dict(c) for c in ws.changes],
        },
        Part.NOTES: {},
        Part.VOTES: {},
        Part.ACTIONS: [action_to_dict(a) for a in ws.actions],
        Part.REVIEW: [carried_to_dict(c) for c in ws.carried],
        Part.STATUS: {k: header[k] for k in _STATUS},
    }
    for step, record in ws.records.items():
        for part, data in _record_parts(record).items():
            if data != _EMPTY[part]:  # an empty record means the same as none
                parts[part][step] = data
    return parts


def differences(a: Workshop, b: Workshop) -> tuple[Part, ...]:
    """The parts in which ``a`` and ``b`` differ, in the order of :class:`Part`."""
    mine, theirs = meaning(a), meaning(b)
    return tuple(part for part in Part if mine[part] != theirs[part])


def same_content(a: Workshop, b: Workshop) -> bool:
    return not differences(a, b)


def replacement(held: Workshop, incoming: Workshop, *, private: bool, names: bool) -> Workshop:
    """``incoming`` in the place of ``held``, another version of the same occasion: it keeps
    ``held``'s id (follow-ups and the index refer to it) and what a package may leave out
    and did (``private``/``names``: whether it carries private notes / names), and it
    remembers the earlier occasions both versions remember."""
    new = copy.deepcopy(incoming)
    new.id, new.created = held.id, held.created
    if held.current_step in new.steps:  # where this facilitator last was
        new.current_step = held.current_step
    if not names and len(held.participant_names) <= new.participant_count:
        new.participant_names = list(held.participant_names)
    if not private:
        for step, record in held.records.items():
            if record.private_notes and step in new.steps:
                new.record(step).private_notes = record.private_notes
    known = {o.workshop_id: o for o in held.history}
    known.update((o.workshop_id, o) for o in incoming.history)
    new.history = sorted(known.values(), key=lambda o: o.order)
    return new


def occasion_phrase(ws: Workshop | None) -> Phrase:
    """How a message names an occasion: its group, date and number in the series."""
    if ws is None:
        return Phrase(OCCASION, group="", date="", number="")
    return Phrase(OCCASION, group=ws.group, date=ws.date.isoformat(), number=ws.occasion_number)


def parts_text(parts: tuple[Part, ...], language: str) -> str:
    """The parts, named in ``language`` as a list in running text: "a, b and c"."""
    names = [translate("errors", PART_NAMES[part], language) for part in parts]
    if len(names) < 2:
        return "".join(names)
    last = translate("errors", LAST_OF_LIST, language)
    return last.format(first=", ".join(names[:-1]), last=names[-1])
