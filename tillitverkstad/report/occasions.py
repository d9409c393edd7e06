"""The group's story in the report: every earlier occasion compared with today, and what
happened with last time's actions. All figures come from ``core.history`` (the same
comparison the window shows); this only lays them out as tagged tables."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, PageBreak

from tillitverkstad.core import numbers
from tillitverkstad.core.action_plan import status_label
from tillitverkstad.core.history import Comparison, Point, PrincipleHistory
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import Consensus, Occasion, Scale
from tillitverkstad.report import facts
from tillitverkstad.report.fonts import BOLD
from tillitverkstad.report.layout import CELL_PAD, FRAME_WIDTH, ReportContext, gap, grid

OCCASIONS_PER_TABLE = 5  # beyond that the columns get too narrow for "3 / 5": next table
PRINCIPLE_WIDTH = 36 * mm


def occasion_label(
    ctx: ReportContext, occasion: Occasion, comparison: Comparison, *, lines: bool = False
) -> str:
    """The date, with "(start)" for the baseline and "today" for now; ``lines`` puts the
    word on a line of its own (a column header), so a date never breaks."""
    date = occasion.date.isoformat()
    if occasion is comparison.today:
        label = ctx.tr(QT_TRANSLATE_NOOP("report", "Today"))
        return f"{label}\n{date}" if lines else f"{label} ({date})"
    if occasion is comparison.baseline:
        label = ctx.tr(QT_TRANSLATE_NOOP("report", "(start)"))
        return f"{date}\n{label}" if lines else f"{date} {label}"
    return date


def point_text(ctx: ReportContext, point: Point) -> str:
    """ "3 / 5"; said in words when the step was not on that agenda or not rated then."""
    if not point.on_agenda:
        return ctx.tr(QT_TRANSLATE_NOOP("report", "not on the agenda"))
    if not point.rated:
        return ctx.tr(QT_TRANSLATE_NOOP("report", "not rated"))
    return f"{numbers.value(point.current)} / {numbers.value(point.desired)}"


def _change(ctx: ReportContext, row: PrincipleHistory, since_start: bool) -> str:
    change = row.since_baseline if since_start else row.since_last_time
    values = (change(Scale.CURRENT), change(Scale.DESIRED))
    if values == (None, None):
        return numbers.DASH
    return " / ".join(numbers.signed(v, ctx.language) for v in values)


def _consensus(ctx: ReportContext, consensus: Consensus | None) -> str:
    return facts.consensus_label(ctx, consensus)[0] if consensus else numbers.DASH


def _values_tables(ctx: ReportContext, comparison: Comparison) -> list[Flowable]:
    now_name, wanted_name = facts.scale_names(ctx)
    occasions = comparison.occasions
    chunks = [
        list(range(i, min(i + OCCASIONS_PER_TABLE, len(occasions))))
        for i in range(0, len(occasions), OCCASIONS_PER_TABLE)
    ]
    since = [
        ctx.tr(QT_TRANSLATE_NOOP("report", "Since the start")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Since last time")),
    ]
    # Each column is as wide as its longest word, so no word (or date) breaks inside.
    word = max(stringWidth(w, BOLD, 8.5) for t in since for w in t.split())
    change_width = max(20 * mm, word + 2 * CELL_PAD + 1)
    date_width = stringWidth("2026-12-31", BOLD, 8.5) + 2 * CELL_PAD + 2
    story: list[Flowable] = [
        ctx.label(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "report",
                    "Agreed {current} / {desired} at each occasion, the baseline first. The "
                    "changes are today's value minus the earlier one; a dash means a value "
                    "was not agreed then.",
                ),
                current=now_name.lower(),
                desired=wanted_name.lower(),
            ),
            ctx.styles.small,
        ),
        gap(2),
    ]
    for number, columns in enumerate(chunks):
        last = number == len(chunks) - 1
        header = [ctx.tr(QT_TRANSLATE_NOOP("report", "Principle"))]
        header += [occasion_label(ctx, occasions[i], comparison, lines=True) for i in columns]
        if last:
            header += since
        rows = [header]
        for row in comparison.rows:
            cells = [row.title, *(point_text(ctx, row.points[i]) for i in columns)]
            if last:
                cells += [_change(ctx, row, True), _change(ctx, row, False)]
            rows.append(cells)
        room = FRAME_WIDTH - PRINCIPLE_WIDTH - (2 * change_width if last else 0)
        widths = [PRINCIPLE_WIDTH, *([max(room / len(columns), date_width)] * len(columns))]
        if last:
            widths += [change_width, change_width]
        story += [grid(rows, widths, ctx.styles, compact=True), gap(3)]
    return story


def _consensus_table(ctx: ReportContext, comparison: Comparison) -> list[Flowable]:
    last = comparison.last_time
    if last is None:
        return []
    header = [
        ctx.tr(QT_TRANSLATE_NOOP("report", "Principle")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Last time ({date})"), date=last.date.isoformat()),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Today")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Change")),
    ]
    rows = [header]
    for row in comparison.rows:
        then, now = row.last_time, row.today
        if then is None or not (then.consensus or now.consensus):
            continue
        if then.consensus is None or now.consensus is None:
            change = numbers.DASH  # not set at one of the two: nothing to compare
        elif row.consensus_change is not None:
            change = ctx.tr(QT_TRANSLATE_NOOP("report", "changed"))
        else:
            change = ctx.tr(QT_TRANSLATE_NOOP("report", "same"))
        rows.append(
            [row.title, _consensus(ctx, then.consensus), _consensus(ctx, now.consensus), change]
        )
    if len(rows) == 1:
        return []
    widths = [PRINCIPLE_WIDTH, 0.0, 0.0, 24 * mm]
    widths[1] = widths[2] = (FRAME_WIDTH - PRINCIPLE_WIDTH - 24 * mm) / 2
    return [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Consensus then and now")), ctx.styles.h2),
        grid(rows, widths, ctx.styles, compact=True),
    ]


def _occasions_list(ctx: ReportContext, comparison: Comparison) -> list[Flowable]:
    """Each occasion with the group's name then (a renamed group keeps its history)."""
    lines = []
    for number, occasion in enumerate(comparison.occasions, start=1):
        lines.append(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "report", "Occasion {number}: {date}, {group}, {count} participants"
                ),
                number=number,
                date=occasion.date.isoformat(),
                group=occasion.group,
                count=occasion.participant_count,
            )
        )
    return ctx.bullets(lines)


def comparison_section(ctx: ReportContext) -> list[Flowable]:
    """ "Jämförelse över tid": every earlier occasion of the group beside today."""
    comparison = ctx.comparison
    if comparison is None or not comparison.has_history:
        return []
    story: list[Flowable] = [
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Compared with earlier occasions"))),
        *_occasions_list(ctx, comparison),
        gap(2),
        *_values_tables(ctx, comparison),
        *_consensus_table(ctx, comparison),
        PageBreak(),
    ]
    return story


def earlier_line(ctx: ReportContext, step: str) -> list[Flowable]:
    """On a principle's page: what the group agreed on it at each earlier occasion."""
    comparison = ctx.comparison
    if comparison is None or not comparison.has_history:
        return []
    row = comparison.row(step)
    if row is None:
        return []
    now_name, wanted_name = facts.scale_names(ctx)
    parts = []
    for occasion, point in zip(comparison.occasions[:-1], row.points[:-1], strict=True):
        if point.rated:
            shown = ctx.tr(
                QT_TRANSLATE_NOOP("report", "{current_name} {current}, {desired_name} {desired}"),
                current_name=now_name.lower(),
                current=numbers.value(point.current),
                desired_name=wanted_name.lower(),
                desired=numbers.value(point.desired),
            )
            if point.consensus:
                shown += f" ({_consensus(ctx, point.consensus).lower()})"
        else:
            shown = point_text(ctx, point)
        parts.append(f"{occasion_label(ctx, occasion, comparison)}: {shown}")
    text = ctx.tr(QT_TRANSLATE_NOOP("report", "Earlier occasions: {list}."), list="; ".join(parts))
    return [ctx.label(text, ctx.styles.small)]


def radar_outlines(
    ctx: ReportContext, steps: Sequence[str]
) -> list[tuple[str, Sequence[int | None]]]:
    """The baseline's (and last time's) agreed nuläge on ``steps``, for the summary radar;
    None where that occasion did not rate a step."""
    comparison = ctx.comparison
    if comparison is None or not comparison.has_history:
        return []
    now_name, _ = facts.scale_names(ctx)
    chosen = [comparison.baseline]
    if comparison.last_time is not None and comparison.last_time is not comparison.baseline:
        chosen.append(comparison.last_time)
    return [
        (
            ctx.tr(
                QT_TRANSLATE_NOOP("report", "{scale} {occasion}"),
                scale=now_name,
                occasion=occasion_label(ctx, occasion, comparison),
            ),
            _values_at(comparison, comparison.occasions.index(occasion), steps),
        )
        for occasion in chosen
    ]


def _values_at(comparison: Comparison, index: int, steps: Sequence[str]) -> list[int | None]:
    rows = [comparison.row(step) for step in steps]
    return [row.points[index].current if row else None for row in rows]


# --- what happened with last time's actions -------------------------------------------


def review_section(ctx: ReportContext, notes: Sequence[Flowable] = ()) -> list[Flowable]:
    """ "Vad hände med förra gångens åtgärder": each carried action with what, who, when,
    what became of it and the group's comment; what was already closed, read-only; then
    the ``notes`` taken in that step."""
    ws = ctx.ws
    closed = ctx.closed_last_time
    if not ws.carried and not closed and not notes:
        return []
    s = ctx.styles
    story: list[Flowable] = [
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "What happened with last time's actions")))
    ]
    if ws.carried:
        header = [
            "#",
            ctx.tr(QT_TRANSLATE_NOOP("report", "What")),
            ctx.tr(QT_TRANSLATE_NOOP("report", "Who")),
            ctx.tr(QT_TRANSLATE_NOOP("report", "When")),
            ctx.tr(QT_TRANSLATE_NOOP("report", "Status and comment")),
        ]
        # "Who" as in the action plan: wide enough for "Verksamhetsutvecklare" whole.
        widths = [8 * mm, 0.0, 38 * mm, 21 * mm, 44 * mm]
        widths[1] = FRAME_WIDTH - sum(widths)
        rows = [header]
        for number, item in enumerate(ws.carried, start=1):
            decided = ctx.tr(
                QT_TRANSLATE_NOOP("report", "decided {date}"), date=item.decided_on.isoformat()
            )
            then = ctx.tr(
                QT_TRANSLATE_NOOP("report", "last time: {status}"),
                status=status_label(item.status_then, ctx.language).lower(),
            )
            details = [decided, facts.title(ctx, item.step_id) if item.step_id else "", then]
            status = status_label(item.status, ctx.language)
            rows.append(
                [
                    str(number),
                    f"{item.what}\n{' · '.join(d for d in details if d)}",
                    item.who or numbers.DASH,
                    item.when.isoformat() if item.when else numbers.DASH,
                    f"{status}\n{item.comment}" if item.comment else status,
                ]
            )
        story.append(
            ctx.label(
                ctx.tr(
                    QT_TRANSLATE_NOOP(
                        "report",
                        "The actions last time left open, as the group followed them up "
                        "today. \u201cNot followed up\u201d: the group did not say.",
                    )
                ),
                s.small,
            )
        )
        story += [gap(1), grid(rows, widths, s, compact=True)]
    if closed:
        story.append(
            ctx.label(
                ctx.tr(QT_TRANSLATE_NOOP("report", "Already done or cancelled last time")), s.h2
            )
        )
        rows = [
            [
                ctx.tr(QT_TRANSLATE_NOOP("report", "What")),
                ctx.tr(QT_TRANSLATE_NOOP("report", "Who")),
                ctx.tr(QT_TRANSLATE_NOOP("report", "Status")),
            ]
        ]
        rows += [
            [a.what, a.who or numbers.DASH, status_label(a.status, ctx.language)] for a in closed
        ]
        widths = [FRAME_WIDTH - 62 * mm, 38 * mm, 24 * mm]
        story.append(grid(rows, widths, s, compact=True))
    story.extend(notes)
    story.append(PageBreak())
    return story
