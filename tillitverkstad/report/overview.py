"""The HR follow-up "Uppföljning av tillitsbaserad styrning" as a tagged PDF/A document:
the period, the groups and occasions it covers, the heatmaps of agreed nuläge and gap,
each group's development, the actions, the groups' own examples, the balance of the
governing logics and HR's next steps. Every figure comes from ``core.overview``; this
only lays it out with the report package's machinery (``document``, ``tagging``)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import CondPageBreak, Flowable, PageBreak

from tillitverkstad import __version__
from tillitverkstad.core import numbers
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.jobs import UNTRACKED, JobProgress
from tillitverkstad.core.labels import heat_tint
from tillitverkstad.core.overview import Cell, GroupOverview, Overview
from tillitverkstad.core.overview_text import heat_cell_text
from tillitverkstad.core.series import INCOMPLETE_SERIES, incomplete_line
from tillitverkstad.report import overview_sections as sections
from tillitverkstad.report.archive import ArchiveInfo
from tillitverkstad.report.document import Contents, write_document
from tillitverkstad.report.fonts import BOLD
from tillitverkstad.report.layout import FRAME_WIDTH, gap, grid
from tillitverkstad.report.overview_context import PRINCIPLE_WIDTH, OverviewContext
from tillitverkstad.report.parts import Later, in_parts

TITLE = QT_TRANSLATE_NOOP("report", "Follow-up of trust-based governance")
MAX_GROUPS_PER_TABLE = 6  # columns of a heatmap table; more groups continue in the next one
SECTION_ROOM = 70 * mm  # less room than this left on a page: the next section starts anew
NEXT_STEPS_ROOM = 35 * mm  # the last section: its heading and a few lines


def _period(ctx: OverviewContext) -> str:
    ov = ctx.overview
    chosen = ov.filters
    covered = ov.period
    if covered is None:
        return numbers.DASH
    text = f"{covered[0].isoformat()} – {covered[1].isoformat()}"
    if chosen.start or chosen.end:
        asked = f"{chosen.start or '…'} – {chosen.end or '…'}"
        text += " " + ctx.tr(QT_TRANSLATE_NOOP("report", "(chosen: {period})"), period=asked)
    return text


def cover(ctx: OverviewContext, source: str) -> list[Flowable]:
    s, ov = ctx.styles, ctx.overview
    remembered = sum(1 for g in ov.groups for o in g.occasions if not o.in_source)
    occasions = str(ov.occasion_count)
    if remembered:
        occasions += " " + ctx.tr(
            QT_TRANSLATE_NOOP("report", "({count} known only from a later occasion)"),
            count=remembered,
        )
    incomplete = incomplete_line(ov, ctx.language)
    everyone = ctx.tr(QT_TRANSLATE_NOOP("report", "All"))
    group = ov.group(ov.filters.group_id) if ov.filters.group_id else None
    rows = [
        [ctx.tr(QT_TRANSLATE_NOOP("report", "Period")), _period(ctx)],
        [ctx.tr(QT_TRANSLATE_NOOP("report", "Organisation")), ov.filters.organisation or everyone],
        [ctx.tr(QT_TRANSLATE_NOOP("report", "Group")), group.name if group else everyone],
        [ctx.tr(QT_TRANSLATE_NOOP("report", "Groups")), str(len(ov.groups))],
        [ctx.tr(QT_TRANSLATE_NOOP("report", "Occasions")), occasions],
        *([[ctx.tr(INCOMPLETE_SERIES), incomplete]] if incomplete else []),
        [ctx.tr(QT_TRANSLATE_NOOP("report", "Read from")), source],
        [
            ctx.tr(QT_TRANSLATE_NOOP("report", "Created with")),
            f"Tillitverkstad {__version__}, "
            + ctx.tr(
                QT_TRANSLATE_NOOP("report", "exported {time}"),
                time=dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
            ),
        ],
    ]
    table = grid(rows, [40 * mm, FRAME_WIDTH - 40 * mm], s, header=False, bold_first_column=True)
    return [
        ctx.label(
            ctx.tr(QT_TRANSLATE_NOOP("report", "Trust-based governance and leadership")), s.lead
        ),
        gap(4),
        ctx.label(ctx.tr(TITLE), s.title),
        gap(6),
        table,
        gap(4),
        ctx.label(
            ctx.tr(
                QT_TRANSLATE_NOOP(
                    "report",
                    "Compiled from the leadership groups' workshops: the values each group "
                    "agreed, its actions and its own examples. Change is shown within each "
                    "group; no average is taken across groups.",
                )
            ),
            s.small,
        ),
        gap(8),
        ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "Contents")), s.h2),
        Contents(ctx.outline),
        PageBreak(),
    ]


def section(body: list[Flowable], room: float = SECTION_ROOM) -> list[Flowable]:
    """A section starts on the page the last one ended on, when there is ``room`` for its
    heading and a start of its content; a page is never left nearly empty."""
    return [CondPageBreak(room), *body]


def groups_section(ctx: OverviewContext) -> list[Flowable]:
    ov = ctx.overview
    story: list[Flowable] = [
        ctx.heading(ctx.tr(QT_TRANSLATE_NOOP("report", "Groups and occasions")))
    ]
    if not ov.groups:
        story.append(
            ctx.label(ctx.tr(QT_TRANSLATE_NOOP("report", "No workshop matches the choice.")))
        )
        return section(story)

    def table() -> list[Flowable]:
        header = [
            ctx.tr(QT_TRANSLATE_NOOP("report", "Group")),
            ctx.tr(QT_TRANSLATE_NOOP("report", "Organisation")),
            ctx.tr(QT_TRANSLATE_NOOP("report", "Occasions in the period")),
        ]
        rows = [header]
        for group in ov.groups:
            dates = ", ".join(f"{o.number}: {o.date.isoformat()}" for o in group.occasions)
            if group.total_occasions != len(group.occasions):
                dates += " " + ctx.tr(
                    QT_TRANSLATE_NOOP("report", "(of {count} in all)"),
                    count=group.total_occasions,
                )
            rows.append([group.name, group.organisation or numbers.DASH, dates])
        widths = [48 * mm, 50 * mm, FRAME_WIDTH - 98 * mm]
        return [grid(rows, widths, ctx.styles, compact=True)]

    story.append(Later(table))
    return section(story)


def _cell_text(cell: Cell, group: GroupOverview, show_gap: bool, language: str) -> str:
    return heat_cell_text(cell, group, show_gap, language) or numbers.DASH


def groups_per_table(groups: tuple[GroupOverview, ...]) -> int:
    """As many group columns as fit with no word of a group's name broken."""
    words = [w for g in groups for w in g.name.split()] or ["–"]
    needed = max(stringWidth(w, BOLD, 8.5) for w in words) + 2 * 3 + 2
    return max(1, min(MAX_GROUPS_PER_TABLE, int((FRAME_WIDTH - PRINCIPLE_WIDTH) // needed)))


def heatmap(ctx: OverviewContext, show_gap: bool) -> list[Flowable]:
    """Principles down, groups across (a few per table), the value in every cell."""
    ov = ctx.overview
    if show_gap:
        title = ctx.tr(QT_TRANSLATE_NOOP("report", "Gap per principle and group"))
        explain = QT_TRANSLATE_NOOP(
            "report",
            "The gap is the agreed desired state minus the agreed current state, at the same "
            "occasion as the current state in the previous table.",
        )
    else:
        title = ctx.tr(QT_TRANSLATE_NOOP("report", "Current state per principle and group"))
        explain = QT_TRANSLATE_NOOP(
            "report",
            "Each group's latest agreed current state (1–5) on each principle in the period.",
        )
    legend = QT_TRANSLATE_NOOP(
        "report",
        "A dash: not rated in the period. An asterisk: agreed at an earlier occasion than "
        "the group's latest (which did not rate it). Darker cells: higher values.",
    )
    story: list[Flowable] = [
        ctx.heading(title),
        ctx.label(ctx.tr(explain), ctx.styles.body),
        ctx.label(ctx.tr(legend), ctx.styles.small),
        gap(2),
    ]
    per_table = groups_per_table(ov.groups)
    story += in_parts(
        ov.groups, per_table, lambda chunk: _heatmap_table(ctx, chunk, per_table, show_gap)
    )
    return section(story)


def _heatmap_table(
    ctx: OverviewContext, chunk: Sequence[GroupOverview], per_table: int, show_gap: bool
) -> list[Flowable]:
    ov = ctx.overview
    header = [ctx.tr(QT_TRANSLATE_NOOP("report", "Principle"))]
    header += [
        f"{g.name}\n" + ctx.tr(QT_TRANSLATE_NOOP("report", "{count} occ."), count=len(g.occasions))
        for g in chunk
    ]
    rows = [header]
    commands: list[tuple] = [("ALIGN", (1, 1), (-1, -1), "CENTER")]
    for r, principle in enumerate(ov.principles, start=1):
        row = [principle.title]
        for c, group in enumerate(chunk, start=1):
            cell = group.cell(principle.step_id)
            row.append(_cell_text(cell, group, show_gap, ctx.language))
            tint = heat_tint(cell.gap if show_gap else cell.value, show_gap)
            if tint:
                commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(tint)))
        rows.append(row)
    width = (FRAME_WIDTH - PRINCIPLE_WIDTH) / per_table
    widths = [PRINCIPLE_WIDTH] + [width] * len(chunk)
    table = grid(
        rows, widths, ctx.styles, compact=True, bold_first_column=True, commands=tuple(commands)
    )
    return [table, gap(3)]


def write_overview_pdf(
    overview: Overview,
    out: BinaryIO,
    *,
    language: str,
    source: str,
    next_steps: str,
    progress: JobProgress = UNTRACKED,
) -> None:
    """The follow-up as a tagged PDF/A file written to ``out``; ``progress`` hears how far
    it is and may stop it (``Cancelled``)."""
    ctx = OverviewContext(overview=overview, language=language)
    story = cover(ctx, source) + groups_section(ctx)
    if overview.groups:
        story += heatmap(ctx, show_gap=False) + heatmap(ctx, show_gap=True)
        for part in (sections.trends, sections.actions, sections.examples, sections.balance):
            story += section(part(ctx))
    story += section(sections.next_steps(ctx, next_steps), room=NEXT_STEPS_ROOM)
    title = ctx.tr(TITLE)
    organisation = overview.filters.organisation or ""
    period = overview.period
    info = ArchiveInfo(
        title=title,
        author=organisation or "Tillitverkstad",
        subject=" – ".join(p for p in (title, organisation) if p),
        keywords=", ".join(
            p
            for p in (
                title,
                organisation,
                period[0].isoformat() if period else "",
                period[1].isoformat() if period else "",
                "Tillitverkstad",
            )
            if p
        ),
        creator=f"Tillitverkstad {__version__}",
        producer="ReportLab, pikepdf",
        language=language,
        created=dt.datetime.now().astimezone().replace(microsecond=0),
    )
    write_document(
        story,
        out,
        info=info,
        footer=f"{title} · {_period(ctx)}",
        page_label=ctx.tr(QT_TRANSLATE_NOOP("report", "Page {page} of {pages}")),
        progress=progress,
    )
