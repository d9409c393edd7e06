"""The overview PDF's later parts: development within each group, the actions, the
groups' examples, the balance of the governing logics, and HR's next steps."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.platypus import Flowable

from tillitverkstad.core import numbers
from tillitverkstad.core.action_plan import status_label
from tillitverkstad.core.digest import EXAMPLE_CATEGORIES, LOGICS
from tillitverkstad.core.history import PrincipleHistory
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.labels import CATEGORIES, LOGIC_NAMES
from tillitverkstad.core.model import Scale
from tillitverkstad.core.overview import GroupOverview, Principle
from tillitverkstad.report.layout import FRAME_WIDTH, gap, grid
from tillitverkstad.report.overview_context import PRINCIPLE_WIDTH, OverviewContext
from tillitverkstad.report.parts import Later, in_parts

EXAMPLES_PER_LIST = 15  # per principle and category: the newest; the workbook has them all
GROUPS_PER_PART = 20  # development tables made at a time
CHANGE_WIDTH = 24 * mm


def _values(trend: PrincipleHistory, group: GroupOverview) -> str:
    """The agreed nuläge at each occasion, "3 → 3 → 4"; when it was not agreed at every
    one, the occasions it was agreed at, numbered, "1: 3 → 3: 4" (a dash between arrows
    would read as a value that fell to nothing)."""
    if all(p.current is not None for p in trend.points):
        return " → ".join(numbers.value(p.current) for p in trend.points)
    return " → ".join(
        f"{o.number}: {numbers.value(p.current)}"
        for o, p in zip(group.occasions, trend.points, strict=True)
        if p.current is not None
    )


def trends(ctx: OverviewContext) -> list[Flowable]:
    s, ov = ctx.styles, ctx.overview
    story: list[Flowable] = [
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Development within each group"))),
        ctx.label(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "report",
                    "Each group's agreed current state at its occasions in the period, the "
                    "first one first, and the change since then and since last time; where a "
                    "principle was not agreed at every occasion, the occasions it was agreed at "
                    "are numbered (1: 3 → 3: 4). Change is worked out within a group only: an "
                    "average over groups is not shown, since the groups met at different times "
                    "and not all of them at every point.",
                )
            ),
            s.small,
        ),
    ]
    met_again = [g for g in ov.groups if len(g.occasions) >= 2]
    story += in_parts(met_again, GROUPS_PER_PART, lambda part: _trend_tables(ctx, part))
    once = [g for g in ov.groups if len(g.occasions) < 2]
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
    return story


def _trend_tables(ctx: OverviewContext, groups: Sequence[GroupOverview]) -> list[Flowable]:
    s, ov = ctx.styles, ctx.overview
    header = [
        ctx.tr(QT_TRANSLATE_NOOP("report", "Principle")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Current state at each occasion")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Since the start")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Since last time")),
    ]
    widths = [PRINCIPLE_WIDTH, FRAME_WIDTH - PRINCIPLE_WIDTH - 2 * CHANGE_WIDTH]
    widths += [CHANGE_WIDTH, CHANGE_WIDTH]
    story: list[Flowable] = []
    for group in groups:
        dates = ", ".join(f"{o.number}: {o.date.isoformat()}" for o in group.occasions)
        story.append(ctx.label(group.name, s.h2))
        story.append(
            ctx.label(
                ctx.tr(QT_TRANSLATE_NOOP("report", "Occasions: {dates}"), dates=dates), s.small
            )
        )
        rated = [t for t in group.trends if any(p.current is not None for p in t.points)]
        never = [ov.title(t.step_id) for t in group.trends if t not in rated]
        rows = [header]
        for trend in rated:
            rows.append(
                [
                    ov.title(trend.step_id),
                    _values(trend, group),
                    numbers.signed(trend.since_baseline(Scale.CURRENT), ctx.language),
                    numbers.signed(trend.since_last_time(Scale.CURRENT), ctx.language),
                ]
            )
        if rated:
            story.append(grid(rows, widths, s, compact=True))
        if never:
            # A row of dashes says nothing: the principles never agreed on are named.
            story.append(gap(1))
            story.append(
                ctx.label(
                    ctx.tr(
                        QT_TRANSLATE_NOOP("report", "Not rated at any occasion: {principles}."),
                        principles=", ".join(never),
                    ),
                    s.small,
                )
            )
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
    number = 25 * mm

    def rollup() -> list[Flowable]:
        rows = [header]
        totals = [0, 0, 0, 0]
        for group in ov.groups:
            r = group.rollup
            figures = [r.open, r.overdue, r.done, r.cancelled]
            totals = [a + b for a, b in zip(totals, figures, strict=True)]
            rows.append([group.name, *map(str, figures)])
        rows.append([ctx.tr(QT_TRANSLATE_NOOP("report", "Total")), *map(str, totals)])
        return [
            grid(
                rows,
                [FRAME_WIDTH - 4 * number] + [number] * 4,
                s,
                compact=True,
                commands=(("ALIGN", (1, 1), (-1, -1), "RIGHT"),),
            )
        ]

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
        Later(rollup),
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Overdue actions")), s.h2),
    ]
    if not ov.overdue:
        story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "No action is overdue."))))
        return story

    def overdue() -> list[Flowable]:
        rows = [
            [
                ctx.tr(QT_TRANSLATE_NOOP("report", "Group")),
                ctx.tr(QT_TRANSLATE_NOOP("report", "What")),
                ctx.tr(QT_TRANSLATE_NOOP("report", "Who")),
                ctx.tr(QT_TRANSLATE_NOOP("report", "When")),
                ctx.tr(QT_TRANSLATE_NOOP("report", "Status")),
            ]
        ]
        for item in ov.overdue:
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
        return [grid(rows, widths, s, compact=True)]

    story.append(Later(overdue))
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
        return story
    return story + in_parts(ov.principles, 1, lambda part: _examples_of(ctx, part[0]))


def _examples_of(ctx: OverviewContext, principle: Principle) -> list[Flowable]:
    s, ov = ctx.styles, ctx.overview
    story: list[Flowable] = []
    found = [e for e in ov.examples if e.example.step_id == principle.step_id]
    if found:
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
    column = 26 * mm
    widths = [FRAME_WIDTH - 22 * mm - 3 * column, 22 * mm, column, column, column]

    def table() -> list[Flowable]:
        rows = [header]
        for group in shown:
            for item in group.balance:
                cells = [
                    _points(t, d)
                    for t, d in zip(item.points.today, item.points.desired, strict=True)
                ]
                rows.append([group.name, item.occasion.date.isoformat(), *cells])
        return [grid(rows, widths, s, compact=True)]

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
        Later(table),
    ]


def _points(today: int | None, desired: int | None) -> str:
    """ "25 → 50"; one dash when neither was given (never "– → –")."""
    if today is None and desired is None:
        return numbers.DASH
    return f"{numbers.value(today)} → {numbers.value(desired)}"


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
