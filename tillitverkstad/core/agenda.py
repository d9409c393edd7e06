"""The agenda: which steps a workshop runs, in which order, and what kind each is."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable

from tillitverkstad.core.content_model import Content
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import RATED_KINDS, StepKind, Template, Workshop

FIRST_STEPS = ("intro",)
LAST_STEPS = ("summary", "actions", "closing")
REVIEW_STEP = "action_review"  # a follow-up's "Uppföljning av åtgärder", right after the intro
FIXED_KINDS = {
    "intro": StepKind.INTRO,
    REVIEW_STEP: StepKind.REVIEW,
    "summary": StepKind.SUMMARY,
    "actions": StepKind.ACTIONS,
    "closing": StepKind.CLOSING,
}
DEFAULT_MINUTES = 20
FIXED_MINUTES = {"intro": 10, REVIEW_STEP: 15, "summary": 15, "actions": 15, "closing": 10}


def step_kind(content: Content, step_id: str) -> StepKind:
    if step_id in FIXED_KINDS:
        return FIXED_KINDS[step_id]
    if step_id in {p.id for p in content.principles}:
        return StepKind.PRINCIPLE
    if step_id in {c.id for c in content.cornerstones}:
        return StepKind.CORNERSTONE
    for step in content.optional_steps:
        if step.id == step_id:
            return StepKind(step.kind)  # validated against OPTIONAL_KINDS at load
    raise ValidationError(QT_TRANSLATE_NOOP("errors", "Unknown step: {step}."), step=step_id)


def middle_steps(content: Content, template: Template, custom: Iterable[str] = ()) -> list[str]:
    """The steps between the intro and the summary for ``template``."""
    if template is Template.ALL_SEVEN:
        return [p.id for p in content.principles if not p.optional]
    if template is Template.CORNERSTONES:
        return [c.id for c in content.cornerstones]
    chosen = list(custom)
    if not chosen:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Choose at least one principle or step for the agenda.")
        )
    if len(set(chosen)) != len(chosen):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "A step can be on the agenda only once."))
    for step_id in chosen:
        if step_id in FIXED_KINDS or step_kind(content, step_id) in FIXED_KINDS.values():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Unknown step: {step}."), step=step_id
            )
    return chosen


def build_agenda(
    content: Content, template: Template, custom: Iterable[str] = (), *, review: bool = False
) -> list[str]:
    """Intro, (the review of last time's actions,) the chosen steps, summary, actions,
    closing."""
    if review and REVIEW_STEP not in content.fixed_steps:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "This workshop content has no text for the follow-up of last time's actions.",
            )
        )
    first = [*FIRST_STEPS, REVIEW_STEP] if review else list(FIRST_STEPS)
    return [*first, *middle_steps(content, template, custom), *LAST_STEPS]


def rated_steps(content: Content, steps: Iterable[str]) -> list[str]:
    """The steps of ``steps`` that are rated (principles and cornerstones), in order."""
    return [s for s in steps if step_kind(content, s) in RATED_KINDS]


def middle_of(steps: Iterable[str]) -> list[str]:
    """The chosen steps of an agenda, without the fixed ones."""
    return [step for step in steps if step not in FIXED_KINDS]


def default_minutes(
    steps: Iterable[str], minutes_per_step: int = DEFAULT_MINUTES
) -> dict[str, int]:
    return {step: FIXED_MINUTES.get(step, minutes_per_step) for step in steps}


def step_title(content: Content, step_id: str) -> str:
    """The step's name in the workshop's content language."""
    for principle in content.principles:
        if principle.id == step_id:
            return principle.name
    for cornerstone in content.cornerstones:
        if cornerstone.id == step_id:
            return cornerstone.name
    for step in content.optional_steps:
        if step.id == step_id:
            return step.title
    return content.fixed_steps[step_id].title


def step_started(ws: Workshop, step_id: str) -> bool:
    """Whether anything was entered at ``step_id``: in its record (being marked done is not
    an entry), an action taken from it, an action in the plan, a reviewed carried action."""
    if not dataclasses.replace(ws.record(step_id), done=False).is_empty:
        return True
    if step_id == "actions":
        return bool(ws.actions)
    if step_id == REVIEW_STEP:
        return ws.reviewed
    return any(action.step_id == step_id for action in ws.actions)
