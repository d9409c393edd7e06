"""The action plan: what, who, when, principle and status, as a table that splits across
pages with its header repeated."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Table

from tillitverkstad.core.action_plan import status_label
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import Action, ActionStatus
from tillitverkstad.report import facts
from tillitverkstad.report.layout import FRAME_WIDTH, ReportContext, grid


def _status(ctx: ReportContext, status: ActionStatus | None) -> str:
    return status_label(status, ctx.language)


def actions_table(
    ctx: ReportContext, actions: Sequence[Action], *, with_step: bool = True
) -> Table:
    header = [
        "#",
        ctx.tr(QT_TRANSLATE_NOOP("report", "What")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Who")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "When")),
    ]
    # Sized so that the demo's longest single words ("Verksamhetsutvecklare",
    # "Handlingsutrymme") stay whole; "what" takes the rest.
    widths = [8 * mm, 0.0, 38 * mm, 21 * mm]
    if with_step:
        header.append(ctx.tr(QT_TRANSLATE_NOOP("report", "Principle")))
        widths.append(32 * mm)
    header.append(ctx.tr(QT_TRANSLATE_NOOP("report", "Status")))
    widths.append(19 * mm)
    widths[1] = FRAME_WIDTH - sum(widths)
    rows = [header]
    for number, action in enumerate(actions, start=1):
        row = [
            str(number),
            action.what,
            action.who or "–",
            action.when.isoformat() if action.when else "–",
        ]
        if with_step:
            row.append(facts.title(ctx, action.step_id) if action.step_id else "–")
        row.append(_status(ctx, action.status))
        rows.append(row)
    return grid(rows, widths, ctx.styles, compact=True)


def action_plan(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Action plan")))]
    if ctx.ws.actions:
        story.append(actions_table(ctx, ctx.ws.actions))
    else:
        story.append(
            ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "No actions were decided.")), s.body)
        )
    record = ctx.ws.records.get("actions")
    if record and record.free_notes.strip():
        story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Notes")), s.h2))
        story.extend(ctx.para(record.free_notes))
    return story
