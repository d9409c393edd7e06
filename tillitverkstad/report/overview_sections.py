"""The overview PDF's later parts: development within each group, the actions, the
groups' examples, the balance of the governing logics, and HR's next steps."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from tillitverkstad.core import numbers
from tillitverkstad.core.action_plan import status_label
from tillitverkstad.core.digest import EXAMPLE_CATEGORIES, LOGICS
from tillitverkstad.core.history import PrincipleHistory
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.labels import CATEGORIES, LOGIC_NAMES
from tillitverkstad.core.model import Scale
from tillitverkstad.report.layout import FRAME_WIDTH, gap, grid

if TYPE_CHECKING:
    from tillitverkstad.report.overview_context import OverviewContext

EXAMPLES_PER_LIST = 15  # per principle and category: the newest; the workbook has them all
PRINCIPLE_WIDTH = 38 * mm
CHANGE_WIDTH = 24 * mm


def _values(trend: PrincipleHistory) -> str:
    """The agreed nuläge at each occasion, "3 → 3 → 4"; a dash where none was agreed."""
    return " → ".join(numbers.value(p.current) for p in trend.points)


def trends(ctx: OverviewContext) -> list[Flowable]:
    s, ov = ctx.styles, ctx.overview
    story: list[Flowable] = [
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Development within each group"))),
        ctx.label(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "report",
                    "Each group's agreed current state at its occasions in the period, the "
                    "first one first, and the change since then and since last time. Change is "
                    "worked out within a group only: an average over groups is not shown, since "
                    "the groups met at different times and not all of them at every point.",
                )
            ),
            s.small,
        ),
    ]
    once = [g for g in ov.groups if len(g.occasions) < 2]
    header = [
        ctx.tr(QT_TRANSLATE_NOOP("report", "Principle")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Current state at each occasion")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Since the start")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Since last time")),
    ]
    widths = [PRINCIPLE_WIDTH, FRAME_WIDTH - PRINCIPLE_WIDTH - 2 * CHANGE_WIDTH]
    widths += [CHANGE_WIDTH, CHANGE_WIDTH]
    for group in ov.groups:
        if len(group.occasions) < 2:
            continue
        dates = ", ".join(f"{o.number}: {o.date.isoformat()}" for o in group.occasions)
        story.append(ctx.label(group.name, s.h2))
        story.append(
            ctx.label(
                ctx.tr(QT_TRANSLATE_NOOP("report", "Occasions: {dates}"), dates=dates), s.small
            )
        )
        rows = [header]
        for trend in group.trends:
            rows.append(
                [
                    ov.title(trend.step_id),
                    _values(trend),
                    numbers.signed(trend.since_baseline(Scale.CURRENT), ctx.language),
                    numbers.signed(trend.since_last_time(Scale.CURRENT), ctx.language),
                ]
            )
        story.append(grid(rows, widths, s, compact=True))
    if once:
        names = ", ".join(g.name for g in once)
        story.append(gap(3))
        story.append(
            ctx.label(
                ctx.tr(
                    QT_TRANSLATE_NOOP(
                        "report", "Met once in the period, so no development to show: {names}."
                    ),
                    names=names,
                ),
                s.body,
            )
        )
    story.append(PageBreak())
    return story


def actions(ctx: OverviewContext) -> list[Flowable]:
    s, ov = ctx.styles, ctx.overview
    header = [
        ctx.tr(QT_TRANSLATE_NOOP("report", "Group")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Open")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Of which overdue")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Done")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Cancelled")),
    ]
    rows = [header]
    totals = [0, 0, 0, 0]
    for group in ov.groups:
        r = group.rollup
        figures = [r.open, r.overdue, r.done, r.cancelled]
        totals = [a + b for a, b in zip(totals, figures, strict=True)]
        rows.append([group.name, *map(str, figures)])
    rows.append([ctx.tr(QT_TRANSLATE_NOOP("report", "Total")), *map(str, totals)])
    number = 25 * mm
    story: list[Flowable] = [
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Actions"))),
        ctx.label(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "report",
                    "Each action once, as the group's latest occasion in the period left it "
                    "(an action followed up at a later occasion has the status given there). "
                    "Overdue: open, and its date is before {today}.",
                ),
                today=ov.today.isoformat(),
            ),
            s.small,
        ),
        grid(
            rows,
            [FRAME_WIDTH - 4 * number] + [number] * 4,
            s,
            compact=True,
            commands=(("ALIGN", (1, 1), (-1, -1), "RIGHT"),),
        ),
    ]
    overdue = ov.overdue
    story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Overdue actions")), s.h2))
    if not overdue:
        story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "No action is overdue."))))
    else:
        rows = [
            [
                ctx.tr(QT_TRANSLATE_NOOP("report", "Group")),
                ctx.tr(QT_TRANSLATE_NOOP("report", "What")),
                ctx.tr(QT_TRANSLATE_NOOP("report", "Who")),
                ctx.tr(QT_TRANSLATE_NOOP("report", "When")),
                ctx.tr(QT_TRANSLATE_NOOP("report", "Status")),
            ]
        ]
        for item in overdue:
            rows.append(
                [
                    item.group,
                    item.state.what,
                    item.state.who or numbers.DASH,
                    item.state.when.isoformat() if item.state.when else numbers.DASH,
                    status_label(item.state.status, ctx.language),
                ]
            )
        widths = [34 * mm, 0.0, 38 * mm, 21 * mm, 20 * mm]
        widths[1] = FRAME_WIDTH - sum(widths)
        story.append(grid(rows, widths, s, compact=True))
    story.append(PageBreak())
    return story


def examples(ctx: OverviewContext) -> list[Flowable]:
    s, ov = ctx.styles, ctx.overview
    story: list[Flowable] = [
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Examples from the groups"))),
        ctx.label(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "report",
                    "What the groups wrote under \u201cThis is how we do it today\u201d and "
                    "\u201cIdeas\u201d, the newest first, with the group and the date. Private "
                    "notes are never included.",
                )
            ),
            s.small,
        ),
    ]
    if not ov.examples:
        story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "No examples were written."))))
    for principle in ov.principles:
        found = [e for e in ov.examples if e.example.step_id == principle.step_id]
        if not found:
            continue
        story.append(ctx.label(principle.title, s.h2))
        for category in EXAMPLE_CATEGORIES:
            items = [e for e in found if e.example.category is category]
            if not items:
                continue
            story.append(ctx.label(ctx.tr(CATEGORIES[category]), s.h3))
            lines = [
                f"{e.example.text} ({e.group}, {e.occasion.date.isoformat()})"
                for e in items[:EXAMPLES_PER_LIST]
            ]
            story += ctx.bullets(lines)
            if len(items) > EXAMPLES_PER_LIST:
                story.append(
                    ctx.label(
                        ctx.tr(
                            QT_TRANSLATE_NOOP("report", "{count} more in the workbook."),
                            count=len(items) - EXAMPLES_PER_LIST,
                        ),
                        s.small,
                    )
                )
    story.append(PageBreak())
    return story


def balance(ctx: OverviewContext) -> list[Flowable]:
    s, ov = ctx.styles, ctx.overview
    shown = [g for g in ov.groups if g.balance]
    if not shown:
        return []
    header = [
        ctx.tr(QT_TRANSLATE_NOOP("report", "Group")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Date")),
        *(ctx.tr(LOGIC_NAMES[logic]) for logic in LOGICS),
    ]
    rows = [header]
    for group in shown:
        for item in group.balance:
            cells = [
                f"{numbers.value(t)} → {numbers.value(d)}"
                for t, d in zip(item.points.today, item.points.desired, strict=True)
            ]
            rows.append([group.name, item.occasion.date.isoformat(), *cells])
    column = 26 * mm
    widths = [FRAME_WIDTH - 22 * mm - 3 * column, 22 * mm, column, column, column]
    return [
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Balance between the governing logics"))),
        ctx.label(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "report",
                    "Points out of 100 the group gave market, hierarchy and trust: today → "
                    "desired, at each occasion that had the balance exercise.",
                )
            ),
            s.small,
        ),
        grid(rows, widths, s, compact=True),
        PageBreak(),
    ]


def next_steps(ctx: OverviewContext, text: str) -> list[Flowable]:
    story: list[Flowable] = [ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Next steps")))]
    if text.strip():
        story += ctx.para(text)
    else:
        story.append(
            ctx.label(
                ctx.tr(QT_TRANSLATE_NOOP("report", "Nothing was written here before the export.")),
                ctx.styles.small,
            )
        )
    return story
