"""One section per agenda step: rated principles, optional discussion and balance steps,
and the closing reflections."""

from __future__ import annotations

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak, Paragraph, Table

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import BalanceLogic, Consensus, Rating, StepKind, StepRecord
from tillitverkstad.core.rating import median, needs_discussion, value_range
from tillitverkstad.report import charts, facts
from tillitverkstad.report.actions import actions_table
from tillitverkstad.report.fonts import BOLD
from tillitverkstad.report.layout import (
    CURRENT,
    DESIRED,
    FRAME_WIDTH,
    INK,
    MUTED,
    ReportContext,
    gap,
    table_style,
)
from tillitverkstad.report.text import markup


def _was_discussed(record: StepRecord | None, has_actions: bool) -> bool:
    if has_actions:
        return True
    if record is None:
        return False
    bare = StepRecord(seconds_used=record.seconds_used, question_index=record.question_index)
    bare.done = record.done
    return record != bare


def _agreed_box(ctx: ReportContext, rating: Rating) -> Table:
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
    rows = [
        [Paragraph(markup(c[0]), head) for c in columns],
        [Paragraph(markup(c[1]), big) for c in columns],
        [Paragraph(markup(c[2]), small) for c in columns],
    ]
    width = FRAME_WIDTH / 3
    table = Table(rows, colWidths=[width] * 3)
    table.setStyle(
        table_style(
            *[
                ("BOX", (0, 0), (-1, -1), 0.6, MUTED),
                ("LINEBEFORE", (1, 0), (-1, -1), 0.4, MUTED),
                ("LINEABOVE", (0, 0), (0, 0), 3, CURRENT),
                ("LINEABOVE", (1, 0), (1, 0), 3, DESIRED),
                ("LINEABOVE", (2, 0), (2, 0), 3, INK),
                ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _votes(ctx: ReportContext, rating: Rating) -> list[Flowable]:
    now_name, wanted_name = facts.scale_names(ctx)
    width = FRAME_WIDTH / 2 - 8 * mm
    charts_row, stats_row = [], []
    for votes, agreed, name, is_current in (
        (rating.current, rating.agreed_current, now_name, True),
        (rating.desired, rating.agreed_desired, wanted_name, False),
    ):
        title = ctx.tr(
            QT_TRANSLATE_NOOP("report", "{scale}: {votes} votes"), scale=name, votes=votes.total
        )
        charts_row.append(
            charts.distribution(votes, agreed, title=title, current=is_current, width=width)
        )
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
        stats_row.append(Paragraph(markup(text), ctx.styles.small))
    table = Table([charts_row, stats_row], colWidths=[FRAME_WIDTH / 2] * 2, hAlign="LEFT")
    table.setStyle(
        table_style(*[("LEFTPADDING", (0, 0), (-1, -1), 0), ("VALIGN", (0, 0), (-1, -1), "TOP")])
    )
    return [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Votes before agreeing")), ctx.styles.h2),
        table,
        ctx.label(
            ctx.tr(QT_TRANSLATE_NOOP("report", "▲ marks the agreed value.")), ctx.styles.small
        ),
    ]


def _notes(ctx: ReportContext, record: StepRecord) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Notes")), s.h2)]
    for category in ctx.content.note_categories:
        texts = [n.text for n in record.notes if str(n.category) == category.id]
        story.append(ctx.label(category.label, s.h3))
        if texts:
            story.extend(ctx.bullets(texts))
        else:
            story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "None.")), s.small))
    known = {c.id for c in ctx.content.note_categories}
    others = [n.text for n in record.notes if str(n.category) not in known]
    if others:
        story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Other")), s.h3))
        story.extend(ctx.bullets(others))
    return story


def _free_and_private(ctx: ReportContext, record: StepRecord) -> list[Flowable]:
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


def _earlier(ctx: ReportContext, step: str) -> list[Flowable]:
    if ctx.previous is None:
        return []
    then = ctx.previous.records.get(step)
    if then is None:
        return []
    now_name, wanted_name = facts.scale_names(ctx)
    text = ctx.tr(
        QT_TRANSLATE_NOOP(
            "report",
            "At the workshop on {date}: {current_name} {current}, {desired_name} {desired}.",
        ),
        date=ctx.previous.date.isoformat(),
        current_name=now_name,
        current=facts.value(then.rating.agreed_current),
        desired_name=wanted_name,
        desired=facts.value(then.rating.agreed_desired),
    )
    return [ctx.label(text, ctx.styles.small)]


def rated_step(ctx: ReportContext, step: str, number: int) -> list[Flowable]:
    """A principle (or cornerstone) on its own page: the decision first, then the way there."""
    s = ctx.styles
    title = facts.title(ctx, step)
    story: list[Flowable] = [ctx.heading(f"{number}. {title}", level=1)]
    story.extend(_subtitle(ctx, step))
    record = ctx.ws.records.get(step)
    has_actions = any(a.step_id == step for a in ctx.ws.actions)
    if not _was_discussed(record, has_actions):
        story += [
            gap(6),
            ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Not discussed")), s.not_discussed),
            ctx.label(
                ctx.tr(
                    QT_TRANSLATE_NOOP(
                        "report", "Nothing was recorded for this step during the workshop."
                    )
                ),
                s.small,
            ),
            *_earlier(ctx, step),
            PageBreak(),
        ]
        return story
    assert record is not None or has_actions
    record = record or StepRecord()
    rating = record.rating
    label, explanation = facts.consensus_label(ctx, rating.consensus)
    story += [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Agreed")), s.h2),
        _agreed_box(ctx, rating),
        gap(2),
        Paragraph(
            f'<font name="{BOLD}">{markup(ctx.tr(QT_TRANSLATE_NOOP("report", "Consensus")))}:'
            f"</font> {markup(label)}" + (f" – {markup(explanation)}" if explanation else ""),
            s.body,
        ),
        *_earlier(ctx, step),
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
    story += _votes(ctx, rating)
    story += _notes(ctx, record)
    story += _free_and_private(ctx, record)
    story += _step_actions(ctx, step)
    story.append(PageBreak())
    return story


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
    elif kind in (StepKind.DISCUSSION, StepKind.BALANCE):
        story.extend(ctx.para(ctx.content.optional_step(step).meaning, ctx.styles.lead))
    return story


def optional_step(ctx: ReportContext, step: str) -> list[Flowable]:
    """A discussion step's notes, or the balance exercise's result."""
    s = ctx.styles
    story: list[Flowable] = [ctx.heading(facts.title(ctx, step), level=1)]
    story.extend(_subtitle(ctx, step))
    record = ctx.ws.records.get(step)
    has_actions = any(a.step_id == step for a in ctx.ws.actions)
    if not _was_discussed(record, has_actions):
        story += [
            gap(6),
            ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Not discussed")), s.not_discussed),
            PageBreak(),
        ]
        return story
    record = record or StepRecord()
    if facts.kind(ctx, step) is StepKind.BALANCE:
        story += _balance(ctx, step, record)
    if record.notes:
        story += _notes(ctx, record)
    story += _free_and_private(ctx, record)
    story += _step_actions(ctx, step)
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
    return [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Balance of 100 points")), ctx.styles.h2),
        charts.balance(
            rows,
            width=FRAME_WIDTH,
            today_label=ctx.tr(QT_TRANSLATE_NOOP("report", "Today")),
            desired_label=ctx.tr(QT_TRANSLATE_NOOP("report", "Desired")),
        ),
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
    story += _free_and_private(ctx, record)
    return story
