"""Reading the workshop for the report: which steps, their titles and labels, numbers shown.

Tolerant on purpose: an archived workshop whose content snapshot lacks a step or label
still exports, showing the raw id rather than failing.
"""

from __future__ import annotations

from tillitverkstad.core import agenda, numbers
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import Consensus, StepKind, StepRecord, Workshop
from tillitverkstad.report.layout import ReportContext

NOT_DISCUSSED = QT_TRANSLATE_NOOP("report", "Not discussed")
# A step with notes or actions but no agreed values was discussed, just not rated.
NOT_RATED = QT_TRANSLATE_NOOP("report", "Rated: no")


def kind(ctx: ReportContext, step_id: str) -> StepKind | None:
    try:
        return agenda.step_kind(ctx.content, step_id)
    except (TillitError, KeyError):
        return None


def title(ctx: ReportContext, step_id: str) -> str:
    try:
        return agenda.step_title(ctx.content, step_id)
    except (TillitError, KeyError):
        return step_id


def rated_steps(ctx: ReportContext, ws: Workshop | None = None) -> list[str]:
    return agenda.rated_steps(ctx.content, (ws or ctx.ws).steps)


def consensus_label(ctx: ReportContext, consensus: Consensus | None) -> tuple[str, str]:
    """The consensus status in words (label, explanation), or "not decided"."""
    if consensus is None:
        return ctx.tr(QT_TRANSLATE_NOOP("report", "Not decided")), ""
    text = ctx.content.consensus_text(consensus)
    return (text.label, text.explanation) if text else (consensus.value, "")


def template_label(ctx: ReportContext) -> str:
    text = ctx.content.template_text(ctx.ws.template)
    return text.label if text else ctx.tr(QT_TRANSLATE_NOOP("report", "Custom selection of steps"))


def scale_names(ctx: ReportContext) -> tuple[str, str]:
    """The content's names for the two scales ("Nuläge", "Önskat läge")."""
    names = {scale.id: scale.name for scale in ctx.content.rating_scales}
    return (
        names.get("current") or ctx.tr(QT_TRANSLATE_NOOP("report", "Current state")),
        names.get("desired") or ctx.tr(QT_TRANSLATE_NOOP("report", "Desired state")),
    )


def anchor(ctx: ReportContext, value: int | None) -> str:
    return ctx.content.anchors.get(value, "") if value is not None else ""


def number(ctx: ReportContext, value: float | None, decimals: int = 1) -> str:
    """A number as the reader writes it (decimal comma in Swedish); "–" when unknown."""
    return numbers.decimal(value, ctx.language, decimals)


def signed(ctx: ReportContext, value: float | None) -> str:
    return numbers.signed(value, ctx.language)


def value(v: int | None) -> str:
    return numbers.value(v)


def was_discussed(ctx: ReportContext, step_id: str) -> bool:
    """Whether anything at all was recorded for the step (notes, votes, actions, time …)."""
    if any(a.step_id == step_id for a in ctx.ws.actions):
        return True
    record = ctx.ws.records.get(step_id)
    if record is None:
        return False
    bare = StepRecord(seconds_used=record.seconds_used, question_index=record.question_index)
    bare.done = record.done
    return record != bare
