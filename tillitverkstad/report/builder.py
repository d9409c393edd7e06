"""Assembling the PDF: page frame, footer "Sida x av y", bookmarks, contents and metadata."""

from __future__ import annotations

import io
from functools import partial

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageBreak, PageTemplate

from tillitverkstad import __version__
from tillitverkstad.core.content import Content, ContentError, content_from_dict, load_content
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import RATED_KINDS, StepKind, Workshop
from tillitverkstad.report import facts, front, steps
from tillitverkstad.report.actions import action_plan
from tillitverkstad.report.charts import fit
from tillitverkstad.report.fonts import BOLD, REGULAR, register_fonts
from tillitverkstad.report.layout import (
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
    ReportContext,
)
from tillitverkstad.report.text import plain


class _ArchiveCanvas(Canvas):
    """Holds every page until the end, so each footer can say "page x of y" and the
    contents can show the page each section starts on, in a single layout pass."""

    def __init__(self, *args: object, footer: str, page_label: str, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)
        self._pages: list[dict] = []
        self._footer = footer
        self._page_label = page_label
        self.page_of: dict[str, int] = {}  # section key -> page it starts on
        self.page_numbers_wanted: list[tuple[int, float, float, str]] = []

    def showPage(self) -> None:
        self._pages.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._pages)
        for state in self._pages:
            self.__dict__.update(state)
            self._draw_footer(total)
            self._draw_contents_numbers()
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        width = PAGE[0] - 2 * MARGIN_X
        y = MARGIN_BOTTOM - 12
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 10, MARGIN_X + width, y + 10)
        self.setFillColor(MUTED)
        label = self._page_label.format(page=self._pageNumber, pages=total)
        self.setFont(REGULAR, 8.5)
        self.drawRightString(MARGIN_X + width, y, label)
        room = width - self.stringWidth(label, REGULAR, 8.5) - 20
        self.drawString(MARGIN_X, y, fit(self._footer, room, 8.5))

    def _draw_contents_numbers(self) -> None:
        for page, x, y, key in self.page_numbers_wanted:
            if page == self._pageNumber and key in self.page_of:
                self.setFont(BOLD, 10)
                self.setFillColor(MUTED)
                self.drawRightString(x, y, str(self.page_of[key]))


class _ReportDocument(BaseDocTemplate):
    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is None:
            return
        key, text, _level = outline
        self.canv.bookmarkPage(key)
        self.canv.addOutlineEntry(plain(text), key, level=0, closed=False)
        self.canv.page_of[key] = self.page


def _content(ws: Workshop, language: str) -> Content:
    try:
        return content_from_dict(ws.content)
    except (ContentError, KeyError, TypeError, ValueError):
        # A damaged snapshot should not stop the archive copy: use the shipped content.
        return load_content(ws.language if ws.language in ("sv", "en") else language)


def _story(ctx: ReportContext) -> list[Flowable]:
    story = front.cover(ctx) + front.about(ctx) + front.summary(ctx) + front.follow_up(ctx)
    number = 0
    for step in ctx.ws.steps:
        kind = facts.kind(ctx, step)
        if kind in RATED_KINDS:
            number += 1
            story += steps.rated_step(ctx, step, number)
        elif kind in (StepKind.DISCUSSION, StepKind.BALANCE):
            story += steps.optional_step(ctx, step)
    story += steps.closing(ctx)
    story.append(PageBreak())
    story += action_plan(ctx)
    return story


def build_pdf(
    ws: Workshop,
    *,
    private: bool = False,
    names: bool = False,
    previous: Workshop | None = None,
    language: str | None = None,
) -> bytes:
    register_fonts()
    language = language or ws.language
    ctx = ReportContext(
        ws=ws,
        content=_content(ws, language),
        language=language,
        private=private,
        names=names,
        previous=previous,
    )
    story = _story(ctx)
    buffer = io.BytesIO()
    ws = ctx.ws  # the names as the report prints them
    title = ctx.tr(
        QT_TRANSLATE_NOOP("report", "Workshop report: {group}, {date}"),
        group=ws.group,
        date=ws.date.isoformat(),
    )
    topic = ctx.tr(QT_TRANSLATE_NOOP("report", "Trust-based governance and leadership"))
    doc = _ReportDocument(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=title,
        author=ws.facilitator or ws.organisation or "Tillitverkstad",
        subject=" – ".join(part for part in (topic, ws.organisation, ws.group) if part),
        keywords=[topic, ws.group, ws.organisation, ws.date.isoformat(), "Tillitverkstad"],
        creator=f"Tillitverkstad {__version__}",
        lang=language,
        displayDocTitle=1,
        initialFontName=REGULAR,
        initialFontSize=10,
        initialLeading=14,
    )
    frame = Frame(
        doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body", showBoundary=0
    )
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvasmaker = partial(
        _ArchiveCanvas,
        footer=front.footer_text(ctx),
        page_label=plain(ctx.tr(QT_TRANSLATE_NOOP("report", "Page {page} of {pages}"))),
    )
    doc.build(story, canvasmaker=canvasmaker)
    return buffer.getvalue()
