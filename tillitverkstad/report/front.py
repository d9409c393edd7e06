"""The report's opening: cover with contents, the cited definition and the summary."""

from __future__ import annotations

import datetime as dt

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, PageBreak

from tillitverkstad import __version__
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import Rating
from tillitverkstad.core.rating import cornerstone_results, largest_gaps
from tillitverkstad.report import charts, facts, occasions, voting
from tillitverkstad.report.document import Contents
from tillitverkstad.report.layout import (
    FRAME_WIDTH,
    MUTED,
    ReportContext,
    gap,
    grid,
)
from tillitverkstad.report.tagging import DataTable
from tillitverkstad.report.text import character_name, marker


def _fact_rows(ctx: ReportContext) -> list[tuple[str, str]]:
    ws = ctx.ws
    rows = [
        (ctx.tr(QT_TRANSLATE_NOOP("report", "Organisation")), ws.organisation or "–"),
        (ctx.tr(QT_TRANSLATE_NOOP("report", "Group")), ws.group),
        (ctx.tr(QT_TRANSLATE_NOOP("report", "Date")), ws.date.isoformat()),
        (ctx.tr(QT_TRANSLATE_NOOP("report", "Facilitator")), ws.facilitator or "–"),
        (ctx.tr(QT_TRANSLATE_NOOP("report", "Participants")), str(ws.participant_count)),
    ]
    if ctx.names:
        shown = ", ".join(ws.participant_names) or ctx.tr(
            QT_TRANSLATE_NOOP("report", "No names were entered.")
        )
    else:
        shown = ctx.tr(QT_TRANSLATE_NOOP("report", "Not included in this report"))
    rows.append((ctx.tr(QT_TRANSLATE_NOOP("report", "Participants' names")), shown))
    rows.append((ctx.tr(QT_TRANSLATE_NOOP("report", "Template")), facts.template_label(ctx)))
    if ctx.earlier:
        earlier = ctx.tr(
            QT_TRANSLATE_NOOP(
                "report", "Occasion {number} of the group; earlier occasions: {dates}"
            ),
            number=ws.occasion_number,
            dates=", ".join(o.date.isoformat() for o in ctx.earlier),
        )
        rows.append((ctx.tr(QT_TRANSLATE_NOOP("report", "Follow-up")), earlier))
    elif ws.follow_up_of:
        earlier = ctx.tr(
            QT_TRANSLATE_NOOP("report", "Follow-up of an earlier workshop that was not available")
        )
        rows.append((ctx.tr(QT_TRANSLATE_NOOP("report", "Follow-up")), earlier))
    if ws.finished and ws.finished_at:
        status = ctx.tr(
            QT_TRANSLATE_NOOP("report", "Finished {time}"),
            time=ws.finished_at.replace("T", " ")[:16],
        )
    elif ws.finished:
        status = ctx.tr(QT_TRANSLATE_NOOP("report", "Finished"))
    else:
        status = ctx.tr(QT_TRANSLATE_NOOP("report", "Not marked as finished"))
    rows.append((ctx.tr(QT_TRANSLATE_NOOP("report", "Status")), status))
    private = (
        ctx.tr(QT_TRANSLATE_NOOP("report", "Included"))
        if ctx.private
        else ctx.tr(QT_TRANSLATE_NOOP("report", "Not included"))
    )
    rows.append((ctx.tr(QT_TRANSLATE_NOOP("report", "Private facilitator notes")), private))
    rows.append((ctx.tr(QT_TRANSLATE_NOOP("report", "Workshop id")), ws.id))
    rows.append(
        (
            ctx.tr(QT_TRANSLATE_NOOP("report", "Content version")),
            ctx.tr(
                QT_TRANSLATE_NOOP("report", "{version} ({language})"),
                version=ctx.content.version,
                language=ctx.content.language,
            ),
        )
    )
    rows.append(
        (
            ctx.tr(QT_TRANSLATE_NOOP("report", "Created with")),
            f"Tillitverkstad {__version__}, "
            + ctx.tr(
                QT_TRANSLATE_NOOP("report", "exported {time}"),
                time=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
            ),
        )
    )
    return rows


def cover(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    ws = ctx.ws
    rows = [[label, text] for label, text in _fact_rows(ctx)]
    widths = [48 * mm, FRAME_WIDTH - 48 * mm]
    table = grid(rows, widths, s, header=False, bold_first_column=True)
    return [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Workshop report")), s.subtitle),
        ctx.label(
            ctx.tr(QT_TRANSLATE_NOOP("report", "Trust-based governance and leadership")), s.lead
        ),
        gap(6),
        *ctx.para(ws.group, s.title),
        *ctx.para(ws.organisation, s.subtitle),
        *ctx.para(ws.date.isoformat(), s.subtitle),
        gap(8),
        table,
        gap(10),
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Contents")), s.h2),
        Contents(ctx.outline),
        PageBreak(),
    ]


def about(ctx: ReportContext) -> list[Flowable]:
    """The cited definition, how to read the numbers, and the intro's notes."""
    s = ctx.styles
    definition = ctx.content.definition
    try:
        citation = ctx.content.source(definition.source).citation
    except KeyError:
        citation = definition.source
    story: list[Flowable] = [
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "About this report"))),
        ctx.label(definition.title, s.h2),
        *ctx.para(definition.text, s.lead),
        ctx.label(
            ctx.tr(QT_TRANSLATE_NOOP("report", "Source: {citation}"), citation=citation), s.small
        ),
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "How to read the numbers")), s.h2),
        ctx.label(voting.how_to_read(ctx)),
    ]
    for scale in ctx.content.rating_scales:
        story.append(ctx.label(f"{scale.name}: {scale.prompt}", s.body))
    rows = [[str(v), text] for v, text in sorted(ctx.content.anchors.items())]
    rows += [[item.label, item.explanation] for item in ctx.content.consensus]
    last_anchor = len(ctx.content.anchors) - 1
    table = grid(
        rows,
        [48 * mm, FRAME_WIDTH - 48 * mm],
        s,
        header=False,
        bold_first_column=True,
        commands=(("LINEBELOW", (0, last_anchor), (-1, last_anchor), 1, MUTED),),
    )
    story.append(table)
    story.extend(missing_legend(ctx))
    intro = ctx.ws.records.get("intro")
    if intro and intro.free_notes.strip():
        story.append(ctx.label(facts.title(ctx, "intro"), s.h2))
        story.extend(ctx.para(intro.free_notes))
    story.append(PageBreak())
    return story


def missing_legend(ctx: ReportContext) -> list[Flowable]:
    """Which characters the report's font could not draw, and how they are printed."""
    if not ctx.missing:
        return []
    s = ctx.styles
    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("report", "Printed as")),
            ctx.tr(QT_TRANSLATE_NOOP("report", "Character")),
        ]
    ]
    rows += [[marker(ch), character_name(ch)] for ch in ctx.missing]
    return [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Characters the font cannot show")), s.h2),
        ctx.label(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "report",
                    "The report's font has no glyph for these characters, so each is printed "
                    "as its Unicode number. The text itself is kept: in the data package "
                    "attached to this PDF and for screen readers.",
                )
            ),
            s.small,
        ),
        grid(rows, [36 * mm, FRAME_WIDTH - 36 * mm], s, compact=True),
    ]


def _grid(ctx: ReportContext, rows: list[list[str]], widths: list[float]) -> DataTable:
    return grid(rows, widths, ctx.styles)


def _radar_alt(ctx: ReportContext, steps: list[str], rating_of: list) -> str:
    now_name, wanted_name = facts.scale_names(ctx)
    parts = [
        ctx.tr(
            QT_TRANSLATE_NOOP(
                "report", "{step}: {current_name} {current}, {desired_name} {desired}"
            ),
            step=facts.title(ctx, step),
            current_name=now_name,
            current=facts.value(r.agreed_current if r else None),
            desired_name=wanted_name,
            desired=facts.value(r.agreed_desired if r else None),
        )
        for step, r in zip(steps, rating_of, strict=True)
    ]
    alt = ctx.tr(
        QT_TRANSLATE_NOOP("report", "Radar chart of the agreed values. {values}."),
        values="; ".join(parts),
    )
    for name, values in occasions.radar_outlines(ctx, steps):
        shown = (
            f"{facts.title(ctx, step)} {facts.value(v)}"
            for step, v in zip(steps, values, strict=True)
        )
        alt += " " + ctx.tr(
            QT_TRANSLATE_NOOP("report", "Thin outline, {name}: {values}."),
            name=name,
            values=", ".join(shown),
        )
    return alt


def summary(ctx: ReportContext) -> list[Flowable]:
    s = ctx.styles
    steps = facts.rated_steps(ctx)
    now_name, wanted_name = facts.scale_names(ctx)
    story: list[Flowable] = [ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Summary")))]
    ratings = {step: ctx.ws.records[step].rating for step in steps if step in ctx.ws.records}
    rating_of = [ratings.get(step) for step in steps]
    if len(steps) >= 3:
        story.append(
            charts.radar(
                [facts.title(ctx, step) for step in steps],
                [r.agreed_current if r else None for r in rating_of],
                [r.agreed_desired if r else None for r in rating_of],
                width=FRAME_WIDTH,
                height=88 * mm,
                current_label=ctx.tr(
                    QT_TRANSLATE_NOOP("report", "{scale} (agreed)"), scale=now_name
                ),
                desired_label=ctx.tr(
                    QT_TRANSLATE_NOOP("report", "{scale} (agreed)"), scale=wanted_name
                ),
                outlines=occasions.radar_outlines(ctx, steps),
            ).describe(None, _radar_alt(ctx, steps, rating_of))
        )
    elif steps:
        story.append(
            ctx.label(
                ctx.tr(
                    QT_TRANSLATE_NOOP(
                        "report", "The chart needs at least three rated steps; see the table."
                    )
                ),
                s.small,
            )
        )
    if not steps:
        story.append(
            ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "No principles were rated.")), s.body)
        )
    header = [
        ctx.tr(QT_TRANSLATE_NOOP("report", "Principle")),
        now_name,
        wanted_name,
        ctx.tr(QT_TRANSLATE_NOOP("report", "Gap")),
        ctx.tr(QT_TRANSLATE_NOOP("report", "Consensus")),
    ]
    rows = [header]
    for step, rating in zip(steps, rating_of, strict=True):
        if rating is None or (rating.agreed_current is None and rating.agreed_desired is None):
            if rating is not None and rating.consensus:
                status = facts.consensus_label(ctx, rating.consensus)[0]
            elif facts.was_discussed(ctx, step):
                status = ctx.tr(facts.NOT_RATED)
            else:
                status = ctx.tr(facts.NOT_DISCUSSED)
            rows.append([facts.title(ctx, step), "–", "–", "–", status])
            continue
        rows.append(
            [
                facts.title(ctx, step),
                facts.value(rating.agreed_current),
                facts.value(rating.agreed_desired),
                facts.signed(ctx, rating.gap),
                facts.consensus_label(ctx, rating.consensus)[0],
            ]
        )
    if steps:
        story.append(gap(2))
        story.append(_grid(ctx, rows, [48 * mm, 22 * mm, 24 * mm, 22 * mm, FRAME_WIDTH - 116 * mm]))
        story.extend(voting.summary_note(ctx))
    story.extend(_cornerstones(ctx, steps, ratings))
    story.extend(_largest_gaps(ctx, ratings))
    summary_notes = ctx.ws.records.get("summary")
    if summary_notes and summary_notes.free_notes.strip():
        story.append(ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Notes")), s.h2))
        story.extend(ctx.para(summary_notes.free_notes))
    story.append(PageBreak())
    return story


def _cornerstones(ctx: ReportContext, steps: list[str], ratings: dict) -> list[Flowable]:
    now_name, wanted_name = facts.scale_names(ctx)
    rows = [
        [
            ctx.tr(QT_TRANSLATE_NOOP("report", "Cornerstone")),
            ctx.tr(QT_TRANSLATE_NOOP("report", "{scale} (mean)"), scale=now_name),
            ctx.tr(QT_TRANSLATE_NOOP("report", "{scale} (mean)"), scale=wanted_name),
            ctx.tr(QT_TRANSLATE_NOOP("report", "Gap")),
            ctx.tr(QT_TRANSLATE_NOOP("report", "Rated steps")),
        ]
    ]
    ratings = {step: ratings.get(step) or Rating() for step in steps}
    for cornerstone, result, members in cornerstone_results(ctx.content, ratings):
        rows.append(
            [
                cornerstone.name,
                facts.number(ctx, result.current),
                facts.number(ctx, result.desired),
                facts.signed(ctx, result.gap),
                f"{result.rated}/{members}",
            ]
        )
    if len(rows) == 1:
        return []
    return [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "The three cornerstones")), ctx.styles.h2),
        ctx.label(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "report", "Mean of the agreed values of the principles under each cornerstone."
                )
            ),
            ctx.styles.small,
        ),
        _grid(ctx, rows, [48 * mm, 30 * mm, 30 * mm, 22 * mm, FRAME_WIDTH - 130 * mm]),
    ]


def _largest_gaps(ctx: ReportContext, ratings: dict) -> list[Flowable]:
    s = ctx.styles
    story: list[Flowable] = [
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Largest gaps")), s.h2),
    ]
    found = largest_gaps(ratings)  # every step tied with the last shown is included
    if not found:
        story.append(
            ctx.label(
                ctx.tr(
                    QT_TRANSLATE_NOOP(
                        "report", "No gaps between the agreed current and desired state."
                    )
                )
            )
        )
        return story
    # One line per gap size, so a tie of six principles fits on the summary page.
    by_size: dict[int, list[str]] = {}
    for step, size in found:
        by_size.setdefault(size, []).append(
            ctx.tr(
                QT_TRANSLATE_NOOP("report", "{step} (from {current} to {desired})"),
                step=facts.title(ctx, step),
                current=ratings[step].agreed_current,
                desired=ratings[step].agreed_desired,
            )
        )
    lines = [f"{facts.signed(ctx, size)}: {', '.join(steps)}" for size, steps in by_size.items()]
    story.extend(ctx.bullets(lines))
    return story


def footer_text(ctx: ReportContext) -> str:
    """Every page's footer, as typed: the document shapes it once, when it draws it."""
    return f"{ctx.ws.group} · {ctx.ws.date.isoformat()}"
