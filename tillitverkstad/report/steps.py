"""One section per agenda step: rated principles, optional discussion and balance steps,
and the closing reflections."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import (
    OPTIONAL_KINDS,
    SCALE_VALUES,
    BalanceLogic,
    Consensus,
    Rating,
    StepKind,
    StepRecord,
    VoteDistribution,
)
from tillitverkstad.core.notes import notes_by_category
from tillitverkstad.core.rating import median, needs_discussion, value_range
from tillitverkstad.core.vote_minimum import is_too_few, too_few_text
from tillitverkstad.report import charts, facts, voting
from tillitverkstad.report.actions import actions_table
from tillitverkstad.report.fonts import BOLD
from tillitverkstad.report.layout import (
    CURRENT,
    DESIRED_LINE,
    FRAME_WIDTH,
    INK,
    MUTED,
    ReportContext,
    gap,
    paragraph,
    table_style,
)
from tillitverkstad.report.occasions import earlier_line
from tillitverkstad.report.tagging import DataTable, LayoutTable, Node, Para
from tillitverkstad.report.text import markup


def _agreed_box(ctx: ReportContext, rating: Rating) -> DataTable:
    """The group's decision, large: agreed nuläge, önskat läge and the gap between them."""
    now_name, wanted_name = facts.scale_names(ctx)
    big = ctx.styles.title.clone("agreed", fontSize=24, leading=28, alignment=1)
    small = ctx.styles.small.clone("agreed_small", alignment=1)
    head = ctx.styles.cell_bold.clone("agreed_head", alignment=1)
    columns = [
        (
            "● " + now_name,
            facts.value(rating.agreed_current),
            facts.anchor(ctx, rating.agreed_current),
        ),
        (
            "■ " + wanted_name,
            facts.value(rating.agreed_desired),
            facts.anchor(ctx, rating.agreed_desired),
        ),
        (ctx.tr(QT_TRANSLATE_NOOP("report", "Gap")), facts.signed(ctx, rating.gap), ""),
    ]
    # A table with a header row: a screen reader says "Nuläge: 3, Stämmer delvis".
    rows = [
        [paragraph(c[0], head, Node("P")) for c in columns],
        [paragraph(c[1], big, Node("P")) for c in columns],
        [paragraph(c[2], small, Node("P")) for c in columns],
    ]
    width = FRAME_WIDTH / 3
    table = DataTable(rows, colWidths=[width] * 3, header_rows=1)
    table.setStyle(
        table_style(
            *[
                ("BOX", (0, 0), (-1, -1), 0.6, MUTED),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.4, MUTED),
                ("LINEABOVE", (0, 0), (0, 0), 3, CURRENT),
                ("LINEABOVE", (1, 0), (1, 0), 3, DESIRED_LINE),
                ("LINEABOVE", (2, 0), (2, 0), 3, INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _distribution_alt(
    ctx: ReportContext, title: str, votes: VoteDistribution, agreed: int | None
) -> str:
    counts = ", ".join(f"{value}: {votes.count(value)}" for value in SCALE_VALUES)
    return ctx.tr(
        QT_TRANSLATE_NOOP(
            "report", "Bar chart, {title}. Votes per value: {counts}. Agreed value: {agreed}."
        ),
        title=title,
        counts=counts,
        agreed=facts.value(agreed),
    )


def _votes(ctx: ReportContext, rating: Rating) -> list[Flowable]:
    now_name, wanted_name = facts.scale_names(ctx)
    width = FRAME_WIDTH / 2 - 8 * mm
    columns: list[list[Flowable]] = []
    for votes, agreed, name, is_current in (
        (rating.current, rating.agreed_current, now_name, True),
        (rating.desired, rating.agreed_desired, wanted_name, False),
    ):
        title = ctx.tr(
            QT_TRANSLATE_NOOP("report", "{scale}: {votes} votes"), scale=name, votes=votes.total
        )
        if is_too_few(rating, votes):  # how many were sent is true; what they were, never
            columns.append(
                [
                    ctx.label(title, ctx.styles.cell_bold),
                    gap(1.5),
                    ctx.label(too_few_text(rating, ctx.language), ctx.styles.small),
                ]
            )
            continue
        chart = charts.distribution(votes, agreed, title=title, current=is_current, width=width)
        chart.describe(None, _distribution_alt(ctx, title, votes, agreed))
        if votes.total:
            low, high = value_range(votes) or (None, None)
            text = ctx.tr(
                QT_TRANSLATE_NOOP("report", "Median {median} · range {low}–{high}"),
                median=facts.number(ctx, median(votes)),
                low=low,
                high=high,
            )
            if needs_discussion(votes):
                text += " · " + ctx.tr(QT_TRANSLATE_NOOP("report", "wide spread"))
        else:
            text = ctx.tr(QT_TRANSLATE_NOOP("report", "No votes recorded."))
        columns.append([chart, gap(1.5), ctx.label(text, ctx.styles.small)])
    # One cell per scale, chart above its figures, so each reads before the next.
    table = LayoutTable([columns], colWidths=[FRAME_WIDTH / 2] * 2, hAlign="LEFT")
    table.setStyle(
        table_style(*[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Votes before agreeing")), ctx.styles.h2),
        voting.method_line(ctx, rating),
        table,
        ctx.label(
            ctx.tr(QT_TRANSLATE_NOOP("report", "▲ marks the agreed value.")), ctx.styles.small
        ),
    ]


def _notes(ctx: ReportContext, record: StepRecord) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Notes")), s.h2)]
    for category in notes_by_category(record, ctx.content):
        story.append(ctx.label(category.label, s.h3))
        if category.notes:
            story.extend(ctx.bullets([note.text for note in category.notes]))
        else:
            story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "None.")), s.small))
    return story


def free_and_private(ctx: ReportContext, record: StepRecord) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = []
    if record.free_notes.strip():
        story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Further notes")), s.h3))
        story.extend(ctx.para(record.free_notes))
    if ctx.private and record.private_notes.strip():
        story.append(
            ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Private facilitator notes")), s.h3)
        )
        story.extend(ctx.boxed(record.private_notes, s.private))
    return story


def _step_actions(ctx: ReportContext, step: str) -> list[Flowable]:
    actions = [a for a in ctx.ws.actions if a.step_id == step]
    if not actions:
        return []
    return [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Actions")), ctx.styles.h2),
        actions_table(ctx, actions, with_step=False),
    ]


def rated_step(ctx: ReportContext, step: str, title: str) -> list[Flowable]:
    """A principle (or cornerstone) that was treated, on its own page, headed ``title``
    (with its number): the decision first, then the way there."""
    s = ctx.styles
    story: list[Flowable] = [ctx.heading(title, level=1)]
    story.extend(_subtitle(ctx, step))
    record = ctx.ws.records.get(step) or StepRecord()
    if _unrated(record.rating):
        story += [
            gap(4),
            ctx.label(ctx.tr(facts.NOT_RATED), s.not_discussed),
            *earlier_line(ctx, step),
        ]
    else:
        story += _decision(ctx, step, record.rating)
    story += _notes(ctx, record)
    story += free_and_private(ctx, record)
    story += _step_actions(ctx, step)
    story.append(PageBreak())
    return story


def _decision(ctx: ReportContext, step: str, rating: Rating) -> list[Flowable]:
    """The agreed values, the consensus and reservations, and the votes before."""
    s = ctx.styles
    label, explanation = facts.consensus_label(ctx, rating.consensus)
    story: list[Flowable] = [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Agreed")), s.h2),
        _agreed_box(ctx, rating),
        gap(2),
        Para(
            f'<font name="{BOLD}">{markup(ctx.tr(QT_TRANSLATE_NOOP("report", "Consensus")), BOLD)}:'
            # Two sentences: the explanation starts with a capital, which Swedish never
            # writes after a dash.
            f"</font> {markup(label)}" + (f". {markup(explanation)}" if explanation else ""),
            s.body,
            tag=Node("P"),
        ),
        *earlier_line(ctx, step),
    ]
    if rating.consensus is Consensus.DISAGREEMENT:
        story.append(
            ctx.label(
                ctx.tr(
                    QT_TRANSLATE_NOOP(
                        "report",
                        "The group did not agree; the values above are the ones recorded.",
                    )
                ),
                s.small,
            )
        )
    if rating.reservations.strip():
        story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Reservations")), s.h3))
        story.extend(ctx.boxed(rating.reservations, s.reservation))
    elif rating.consensus in (Consensus.CONSENT_WITH_RESERVATION, Consensus.DISAGREEMENT):
        story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Reservations")), s.h3))
        story.extend(
            ctx.boxed(
                ctx.tr(QT_TRANSLATE_NOOP("report", "No reservation was written down.")),
                s.reservation,
            )
        )
    return story + _votes(ctx, rating)


def _unrated(rating: Rating) -> bool:
    """Nothing was voted or agreed (the step may still have notes and actions)."""
    return (
        rating.agreed_current is None
        and rating.agreed_desired is None
        and not rating.consensus
        and not rating.current.total
        and not rating.desired.total
        and not rating.reservations.strip()
    )


def _subtitle(ctx: ReportContext, step: str) -> list[Flowable]:
    kind = facts.kind(ctx, step)
    story: list[Flowable] = []
    if kind is StepKind.PRINCIPLE:
        principle = ctx.content.principle(step)
        try:
            cornerstone = ctx.content.cornerstone(principle.cornerstone).name
        except KeyError:
            cornerstone = principle.cornerstone
        story.append(
            ctx.label(
                ctx.tr(QT_TRANSLATE_NOOP("report", "Cornerstone: {name}"), name=cornerstone),
                ctx.styles.small,
            )
        )
        story.extend(ctx.para(principle.meaning, ctx.styles.lead))
    elif kind is StepKind.CORNERSTONE:
        story.extend(ctx.para(ctx.content.cornerstone(step).description, ctx.styles.lead))
    elif kind in OPTIONAL_KINDS:
        story.extend(ctx.para(ctx.content.optional_step(step).meaning, ctx.styles.lead))
    return story


def optional_step(ctx: ReportContext, step: str) -> list[Flowable]:
    """A discussion step's notes, or the balance exercise's result, on its own page."""
    story: list[Flowable] = [ctx.heading(facts.title(ctx, step), level=1)]
    story.extend(_subtitle(ctx, step))
    record = ctx.ws.records.get(step) or StepRecord()
    if facts.kind(ctx, step) is StepKind.BALANCE:
        story += _balance(ctx, step, record)
    if record.notes:
        story += _notes(ctx, record)
    story += free_and_private(ctx, record)
    story += _step_actions(ctx, step)
    story.append(PageBreak())
    return story


def not_treated(ctx: ReportContext, steps: list[tuple[str, str]]) -> list[Flowable]:
    """The steps (id, title with its number) of which nothing was recorded, together on
    one page rather than a near-empty page each; with what earlier occasions agreed."""
    if len(steps) == 1:
        why = QT_TRANSLATE_NOOP("report", "Nothing was recorded for this step during the workshop.")
    else:
        why = QT_TRANSLATE_NOOP(
            "report", "Nothing was recorded for these steps during the workshop."
        )
    story: list[Flowable] = [
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Not treated")), level=1),
        ctx.label(ctx.tr(why), ctx.styles.lead),
    ]
    for step, title in steps:
        story += [ctx.label(title, ctx.styles.h3), *earlier_line(ctx, step)]
    story.append(PageBreak())
    return story


def _balance(ctx: ReportContext, step: str, record: StepRecord) -> list[Flowable]:
    names = {logic.id: logic.name for logic in ctx.content.optional_step(step).logics}
    today = {str(k): v for k, v in record.balance.today.items()}
    desired = {str(k): v for k, v in record.balance.desired.items()}
    if not today and not desired:
        return [
            ctx.label(
                ctx.tr(QT_TRANSLATE_NOOP("report", "The points were not distributed.")),
                ctx.styles.body,
            )
        ]
    rows = [
        (names.get(logic.value, logic.value), today.get(logic.value), desired.get(logic.value))
        for logic in BalanceLogic
    ]
    today_label = ctx.tr(QT_TRANSLATE_NOOP("report", "Today"))
    desired_label = ctx.tr(QT_TRANSLATE_NOOP("report", "Desired"))
    alt = ctx.tr(
        QT_TRANSLATE_NOOP("report", "Bar chart of the 100 points. {values}."),
        values="; ".join(
            f"{name}: {today_label} {facts.value(a)}, {desired_label} {facts.value(b)}"
            for name, a, b in rows
        ),
    )
    chart = charts.balance(
        rows, width=FRAME_WIDTH, today_label=today_label, desired_label=desired_label
    )
    return [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Balance of 100 points")), ctx.styles.h2),
        chart.describe(None, alt),
    ]


def closing(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Closing reflections")))
    ]
    record = ctx.ws.records.get("closing") or StepRecord()
    reflections = [text for text in record.reflections if text.strip()]
    if reflections:
        story.extend(ctx.bullets(reflections))
    else:
        story.append(
            ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "No reflections were recorded.")), s.body)
        )
    story += free_and_private(ctx, record)
    return story
