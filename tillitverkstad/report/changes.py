"""The change log: corrections of the details made once the workshop had started, so the
archived record says what was changed afterwards, and when."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import DetailField
from tillitverkstad.report.layout import FRAME_WIDTH, ReportContext, gap, grid

FIELD_LABELS = {
    DetailField.GROUP: QT_TRANSLATE_NOOP("report", "Group"),
    DetailField.ORGANISATION: QT_TRANSLATE_NOOP("report", "Organisation"),
    DetailField.DATE: QT_TRANSLATE_NOOP("report", "Date"),
    DetailField.FACILITATOR: QT_TRANSLATE_NOOP("report", "Facilitator"),
    DetailField.PARTICIPANTS: QT_TRANSLATE_NOOP("report", "Participants"),
    DetailField.NAMES: QT_TRANSLATE_NOOP("report", "Participants' names"),
    DetailField.MINUTES: QT_TRANSLATE_NOOP("report", "Planned minutes"),
}


def change_log(ctx: ReportContext) -> list[Flowable]:
    """Empty when nothing was corrected after the workshop started."""
    changes = ctx.ws.changes
    if not changes:
        return []
    s = ctx.styles
    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("report", "When")),
            ctx.tr(QT_TRANSLATE_NOOP("report", "Detail")),
            ctx.tr(QT_TRANSLATE_NOOP("report", "Before")),
            ctx.tr(QT_TRANSLATE_NOOP("report", "After")),
        ]
    ]
    for change in changes:
        label = FIELD_LABELS.get(change.field)
        names = change.field is DetailField.NAMES
        hidden = ctx.tr(QT_TRANSLATE_NOOP("report", "(not shown)")) if names else "–"
        rows.append(
            [
                change.at.replace("T", " ")[:16],
                ctx.tr(label) if label else change.field.value,
                change.before or hidden,
                change.after or hidden,
            ]
        )
    rest = FRAME_WIDTH - 30 * mm - 38 * mm
    return [
        gap(10),
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Changes after the workshop"))),
        ctx.label(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "report",
                    "The details below were corrected after the workshop had started. "
                    "Participants' names are never quoted here.",
                )
            ),
            s.small,
        ),
        grid(rows, [30 * mm, 38 * mm, rest / 2, rest / 2], s, compact=True),
    ]
