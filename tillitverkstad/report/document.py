"""An archive-grade report document any report can be built on: A4 page frame, footer
"page x of y" (an artifact), headings that become bookmarks landing on their own page, a
contents list with working links, and a tagged PDF/A file at the end.

Usage: build the story from the flowables in :mod:`tagging`, ``layout.Heading`` and
:class:`Contents`, then ``build_document(story, info=..., footer=..., page_label=...)``.
"""

from __future__ import annotations

import gc
import io
from collections.abc import Callable
from typing import Any, BinaryIO

from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import BaseDocTemplate, Flowable, Frame, PageTemplate

from tillitverkstad.core.jobs import UNTRACKED, JobProgress
from tillitverkstad.report.archive import ArchiveInfo, finish
from tillitverkstad.report.fonts import BOLD, REGULAR, drawn_width, placed, register_fonts
from tillitverkstad.report.layout import (
    INK,
    MARGIN_BOTTOM,
    MARGIN_TOP,
    MARGIN_X,
    MUTED,
    PAGE,
    RULE,
)
from tillitverkstad.report.parts import Later
from tillitverkstad.report.tagging import Node, StructureRecorder, recorder
from tillitverkstad.report.text import laid_line


def draw_line(
    canvas: Canvas,
    x: float,
    y: float,
    text: str,
    font: str,
    size: float,
    *,
    room: float | None = None,
    right: bool = False,
) -> float:
    """Draw ``text`` (as typed) starting at ``x`` (ending there with ``right``), shortened
    to ``room`` points when given, each piece in the face that draws it; returns its width."""
    pieces = laid_line(text, font, size, room)
    for face, shown, left in placed(pieces, x, size, "end" if right else "start"):
        canvas.setFont(face, size)
        canvas.drawString(left, y, shown)
    return drawn_width(pieces, size)


class Contents(Flowable):
    """The list of sections (``TOC``); page numbers are written in at the end."""

    LINE = 15

    def __init__(self, entries: list[tuple[str, str, int]], parent: Node | None = None) -> None:
        super().__init__()
        self.entries = entries  # filled while the rest of the story is built
        self.tag = Node("TOC", parent=parent)

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        return avail_width, self.LINE * len(self.entries)

    def draw(self) -> None:
        canvas = self.canv
        structure = recorder(canvas)
        for row, (key, text, level) in enumerate(self.entries):
            y = self.LINE * (len(self.entries) - row - 1) + 3
            indent = 14 * level
            font, size = (BOLD, 10) if level == 0 else (REGULAR, 9.5)
            reference = self.tag.child("TOCI").child("Reference")
            link = reference.child("Link")
            rect = (indent, y - 3, self.width, y + size)
            if structure is not None:
                structure.begin(canvas, link)
            canvas.setFillColor(INK)
            draw_line(canvas, indent, y, text, font, size, room=self.width - indent - 40)
            if structure is not None:
                structure.end(canvas)
                structure.link(canvas, link, rect, text)
            canvas.linkRect("", key, rect, relative=1)
            numbers = getattr(canvas, "numbers_wanted", None)
            if numbers is not None:
                x, y_abs = canvas.absolutePosition(self.width, y)
                numbers.append((canvas.getPageNumber(), x, y_abs, key, reference))


LONG_DOCUMENT_PAGES = 200


class ArchiveCanvas(Canvas):
    """Holds every page until the end, so each footer can say "page x of y", the contents
    can show the page each section starts on, and each bookmark points at its own page
    (a destination made while the page is held would point at the first one)."""

    def __init__(
        self,
        *args: Any,
        footer: str,
        page_label: str,
        still: Callable[[], None] = lambda: None,
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        self._still = still  # a chance to cancel, as each held page is finished
        self.structure = StructureRecorder()
        self._pages: list[dict] = []
        self._footer = footer
        self._page_label = page_label
        self.page_of: dict[str, int] = {}  # section key -> page it starts on
        self._marks: list[tuple[int, str, float, float]] = []
        self.numbers_wanted: list[tuple[int, float, float, str, Node]] = []

    def mark(self, key: str, left: float, top: float) -> None:
        self.page_of.setdefault(key, self.getPageNumber())
        self._marks.append((self.getPageNumber(), key, left, top))

    def showPage(self) -> None:
        # The page's operators as one text (ReportLab joins them so anyway): a thousand
        # pages held until the end cost a third of what their small strings would.
        self.__dict__["_code"] = ["\n".join(self.__dict__["_code"])]
        self._pages.append(dict(self.__dict__))
        # ReportLab's own "page x of y" recipe (NumberedCanvas): start the next page
        # without emitting this one. Private, so the version range is pinned in
        # pyproject.toml and checked by tests/report/test_archive.py.
        self._startPage()  # type: ignore[attr-defined]

    def save(self) -> None:
        total = len(self._pages)
        pages, self._pages = self._pages, []
        for number in range(total):
            state, pages[number] = pages[number], {}  # each page's state let go once shown
            self._still()
            self.__dict__.update(state)
            for page, key, left, top in self._marks:
                if page == self.getPageNumber():
                    self.bookmarkPage(key, fit="XYZ", left=left, top=top)
            self._draw_footer(total)
            self._draw_contents_numbers()
            super().showPage()
        super().save()

    def _draw_footer(self, total: int) -> None:
        self.structure.begin(self, None, "Pagination")
        width = PAGE[0] - 2 * MARGIN_X
        y = MARGIN_BOTTOM - 12
        self.setStrokeColor(RULE)
        self.setLineWidth(0.5)
        self.line(MARGIN_X, y + 10, MARGIN_X + width, y + 10)
        self.setFillColor(MUTED)
        label = self._page_label.format(page=self.getPageNumber(), pages=total)
        used = draw_line(self, MARGIN_X + width, y, label, REGULAR, 8.5, right=True)
        draw_line(self, MARGIN_X, y, self._footer, REGULAR, 8.5, room=width - used - 20)
        self.structure.end(self)

    def _draw_contents_numbers(self) -> None:
        for page, x, y, key, node in self.numbers_wanted:
            if page == self.getPageNumber() and key in self.page_of:
                self.structure.begin(self, node)
                self.setFont(BOLD, 10)
                self.setFillColor(MUTED)
                self.drawRightString(x, y, str(self.page_of[key]))
                self.structure.end(self)


class _Document(BaseDocTemplate):
    def __init__(self, *args: Any, progress: _Laid, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.laid = progress

    def filterFlowables(self, flowables: list[Flowable]) -> None:
        """Make the parts the layout has come to (:class:`parts.Later`): the first one,
        and one that flowables kept with their next (a heading) wait for. Every few
        flowables (or pages of a long table, each a piece of its own) a cancel is heard."""
        self.laid.still()
        at = 0
        while at < len(flowables) and flowables[at] is not None:
            first = flowables[at]
            if isinstance(first, Later):
                flowables[at : at + 1] = first.make()
                self.laid.one_more()
            elif first.getKeepWithNext():
                at += 1
            else:
                break

    def afterFlowable(self, flowable: Flowable) -> None:
        outline = getattr(flowable, "outline", None)
        if outline is not None:
            key, title, _level = outline
            self.canv.addOutlineEntry(title, key, level=0, closed=False)


class _Laid:
    """How far the layout is, in parts made (:class:`parts.Later`, a few pages each); the
    archive layer's finishing is counted as a fifth more."""

    ASK_EVERY = 5  # flowables laid out between two chances to cancel

    def __init__(self, progress: JobProgress, parts: int) -> None:
        self.progress, self.done, self.handled = progress, 0, 0
        self.parts = max(1, parts)
        self.total = self.parts + max(1, self.parts // 5)
        progress.advance(0, self.total)

    def one_more(self) -> None:
        self.done = min(self.done + 1, self.parts)
        self.progress.advance(self.done, self.total)

    def still(self) -> None:
        """Laying out on, no part further: a chance to cancel, every few flowables."""
        self.handled += 1
        if self.handled % self.ASK_EVERY == 0:
            self.progress.advance(self.done, self.total)

    def finishing(self, share: float) -> None:
        """``share`` of the archive layer's work done."""
        finishing = self.total - self.parts
        self.progress.advance(self.parts + int(share * finishing), self.total)

    def finished(self) -> None:
        self.progress.advance(self.total, self.total)


def build_document(
    story: list[Flowable], *, info: ArchiveInfo, footer: str, page_label: str
) -> bytes:
    """The story as a tagged PDF/A file (PDF/A-3a when ``info`` has an attachment)."""
    out = io.BytesIO()
    write_document(story, out, info=info, footer=footer, page_label=page_label)
    return out.getvalue()


def write_document(
    story: list[Flowable],
    out: BinaryIO,
    *,
    info: ArchiveInfo,
    footer: str,
    page_label: str,
    progress: JobProgress = UNTRACKED,
) -> None:
    """:func:`build_document` written to ``out``. ``progress`` hears of every part made
    (``parts.Later``) and may stop the layout there (``Cancelled``)."""
    register_fonts()
    laid = _Laid(progress, sum(1 for f in story if isinstance(f, Later)))
    buffer = io.BytesIO()
    doc = _Document(
        buffer,
        pagesize=PAGE,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=info.title,
        author=info.author,
        subject=info.subject,
        creator=info.creator,
        lang=info.language,
        displayDocTitle=1,
        initialFontName=REGULAR,
        initialFontSize=10,
        initialLeading=14,
        progress=laid,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    canvases: list[ArchiveCanvas] = []

    def canvasmaker(*args: Any, **kwargs: Any) -> ArchiveCanvas:
        canvases.append(
            ArchiveCanvas(*args, footer=footer, page_label=page_label, still=laid.still, **kwargs)
        )
        return canvases[-1]

    doc.build(story, canvasmaker=canvasmaker)
    structure, pages = canvases[-1].structure, canvases[-1].getPageNumber()
    del doc
    canvases.clear()
    if pages > LONG_DOCUMENT_PAGES:
        # Every page the layout held (and the cycles ReportLab's objects make) freed
        # before the archive layer builds the structure tree of a thousand pages: some
        # 20 MB less at its peak, for one full collection (a workshop's report skips it).
        gc.collect()
    laid.finishing(0.0)
    finish(buffer, structure, info, out, laid.finishing)
    laid.finished()
