"""What must hold between a workshop and the content snapshot it carries, checked whenever
one is read from outside (a workshop file, a data package): each field may be valid on its
own while the whole is not (a step the content does not know, more votes than people)."""

from __future__ import annotations

from tillitverkstad.core import agenda
from tillitverkstad.core.content_model import Content
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import Workshop

UNKNOWN_STEP = QT_TRANSLATE_NOOP("errors", "unknown step {step}")
EMPTY_AGENDA = QT_TRANSLATE_NOOP("errors", "the agenda is empty or repeats a step")
TOO_MANY_NAMES = QT_TRANSLATE_NOOP("errors", "more names than participants")
TOO_MANY_VOTES = QT_TRANSLATE_NOOP("errors", "more votes than participants")
NO_STEP_TEXT = QT_TRANSLATE_NOOP("errors", "the content has no text for the step {step}")


class InconsistentWorkshop(ValidationError):
    """The parts of a workshop do not fit together; the message says where."""


def _known(content: Content, step_id: str) -> bool:
    try:
        agenda.step_kind(content, step_id)
    except ValidationError:
        return False
    return True


def check_consistent(ws: Workshop, content: Content) -> None:
    """Raise InconsistentWorkshop unless ``ws`` fits ``content``. A current step that is not
    on the agenda (nothing is lost by it) is set back to the first step."""
    unknown = [s for s in ws.steps if not _known(content, s)]
    if unknown:
        raise InconsistentWorkshop(UNKNOWN_STEP, step=repr(unknown[0][:40]))
    if len(set(ws.steps)) != len(ws.steps) or not ws.steps:
        raise InconsistentWorkshop(EMPTY_AGENDA)
    if ws.current_step not in ws.steps:
        ws.current_step = ws.steps[0]
    missing = [s for s in ws.steps if s in agenda.FIXED_KINDS and s not in content.fixed_steps]
    if missing:
        raise InconsistentWorkshop(NO_STEP_TEXT, step=repr(missing[0][:40]))
    unknown = [s for s in ws.records if s not in ws.steps]
    unknown += [a.step_id for a in ws.actions if a.step_id and a.step_id not in ws.steps]
    # A carried action's principle need not be on today's agenda, only in the content.
    unknown += [c.step_id for c in ws.carried if c.step_id and not _known(content, c.step_id)]
    if unknown:
        raise InconsistentWorkshop(UNKNOWN_STEP, step=repr(unknown[0][:40]))
    if len(ws.participant_names) > ws.participant_count:
        raise InconsistentWorkshop(TOO_MANY_NAMES)
    for record in ws.records.values():
        for dist in (record.rating.current, record.rating.desired):
            if dist.total > ws.participant_count:
                raise InconsistentWorkshop(TOO_MANY_VOTES)
