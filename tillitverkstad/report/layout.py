"""The report's look (page, colours, type) and the small building blocks every section uses."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Paragraph, Spacer, TableStyle

from tillitverkstad.core.content_model import Content
from tillitverkstad.core.history import Comparison
from tillitverkstad.core.i18n import translate
from tillitverkstad.core.model import ActionRecord, Occasion, Workshop
from tillitverkstad.report.fonts import BOLD, REGULAR, drawn_width
from tillitverkstad.report.tagging import DataTable, Node, Para
from tillitverkstad.report.text import (
    chunks,
    is_rtl,
    laid_line,
    line_markup,
    markup,
    needs_actual_text,
    visual_lines,
)

PAGE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 24 * mm  # room for the footer
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

# Okabe-Ito: distinguishable with every common colour-vision deficiency. Series are also
# told apart by marker shape and line style, never by colour alone.
CURRENT = colors.HexColor("#0072B2")  # nuläge: blue, solid line, round markers
DESIRED = colors.HexColor("#E69F00")  # önskat läge: orange, dashed line, square markers
# The same orange darkened for lines, markers and text-sized marks: #E69F00 is only 2.3:1
# on white, this is 3.9:1 (WCAG 1.4.11 asks 3:1); filled bars keep the lighter orange and
# get a dark outline instead.
DESIRED_LINE = colors.HexColor("#B07400")
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#B8B8B8")
TINT = colors.HexColor("#F2F4F7")  # background of tables' header rows and info boxes
RESERVATION_TINT = colors.HexColor("#FFF6E0")
RESERVATION_EDGE = colors.HexColor("#8A6100")


def _style(name: str, **kw: Any) -> ParagraphStyle:
    base: dict[str, Any] = {
        "fontName": REGULAR,
        "fontSize": 10,
        "leading": 14,
        "textColor": INK,
        "alignment": TA_LEFT,
    }
    base.update(kw)
    return ParagraphStyle(name, **base)


@dataclass(frozen=True)
class Styles:
    body: ParagraphStyle = field(default_factory=lambda: _style("body", spaceAfter=4))
    small: ParagraphStyle = field(
        default_factory=lambda: _style("small", fontSize=8.5, leading=11, textColor=MUTED)
    )
    cell: ParagraphStyle = field(default_factory=lambda: _style("cell", fontSize=9, leading=12))
    cell_bold: ParagraphStyle = field(
        default_factory=lambda: _style("cell_bold", fontName=BOLD, fontSize=9, leading=12)
    )
    action: ParagraphStyle = field(
        default_factory=lambda: _style("action", fontSize=8.5, leading=11)
    )
    action_bold: ParagraphStyle = field(
        default_factory=lambda: _style("action_bold", fontName=BOLD, fontSize=8.5, leading=11)
    )
    bullet: ParagraphStyle = field(
        default_factory=lambda: _style(
            "bullet", leftIndent=14, bulletIndent=3, spaceAfter=3, bulletFontName=REGULAR
        )
    )
    bullet_more: ParagraphStyle = field(  # the continuation of a long note
        default_factory=lambda: _style("bullet_more", leftIndent=14, spaceAfter=3)
    )
    title: ParagraphStyle = field(
        default_factory=lambda: _style("title", fontName=BOLD, fontSize=26, leading=32)
    )
    subtitle: ParagraphStyle = field(
        default_factory=lambda: _style("subtitle", fontSize=14, leading=19, textColor=MUTED)
    )
    h1: ParagraphStyle = field(
        default_factory=lambda: _style(
            "h1",
            fontName=BOLD,
            keepWithNext=1,
            fontSize=18,
            leading=23,
            spaceAfter=4,
            textColor=CURRENT,
        )
    )
    h2: ParagraphStyle = field(
        default_factory=lambda: _style(
            "h2",
            fontName=BOLD,
            keepWithNext=1,
            fontSize=12.5,
            leading=16,
            spaceBefore=12,
            spaceAfter=4,
        )
    )
    h3: ParagraphStyle = field(
        default_factory=lambda: _style(
            "h3",
            fontName=BOLD,
            keepWithNext=1,
            fontSize=10.5,
            leading=14,
            spaceBefore=6,
            spaceAfter=2,
        )
    )
    lead: ParagraphStyle = field(
        default_factory=lambda: _style("lead", fontSize=11, leading=15, textColor=MUTED)
    )
    reservation: ParagraphStyle = field(
        default_factory=lambda: _style(
            "reservation",
            backColor=RESERVATION_TINT,
            borderColor=RESERVATION_EDGE,
            borderWidth=0.8,
            borderPadding=(5, 6, 5, 6),
            leftIndent=6,
            rightIndent=6,
            spaceBefore=4,
            spaceAfter=8,
        )
    )
    private: ParagraphStyle = field(
        default_factory=lambda: _style(
            "private",
            backColor=TINT,
            borderColor=MUTED,
            borderWidth=0.6,
            borderPadding=(5, 6, 5, 6),
            leftIndent=6,
            rightIndent=6,
            spaceBefore=4,
            spaceAfter=8,
        )
    )
    not_discussed: ParagraphStyle = field(
        default_factory=lambda: _style(
            "not_discussed", fontName=BOLD, fontSize=13, leading=18, textColor=MUTED
        )
    )


class TextPara(Para):
    """Text as typed, as one tagged Paragraph: escaped, glyph-safe, each character in a
    face that draws it. Arabic or Hebrew is broken into lines in logical order at the width
    it gets, then each line put in visual order (ReportLab would reverse the whole
    paragraph, last line first)."""

    def __init__(self, text: str | None, style: ParagraphStyle, **kw: Any) -> None:
        # ReportLab makes the halves of a split from ``frags``, with no text.
        self._rtl_text = text if text is not None and "frags" not in kw and is_rtl(text) else None
        self._laid_for: float | None = None
        shown = markup(text, style.fontName) if text is not None else None
        super().__init__(shown, style, **kw)

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._rtl_text is not None and self._laid_for != availWidth:
            style = self.style
            room = availWidth - style.leftIndent - style.rightIndent
            lines, rtl = visual_lines(self._rtl_text, style.fontName, style.fontSize, room)
            if rtl:
                style = style.clone(style.name, alignment=2)
            tag, bullet = self.tag, getattr(self, "bulletText", None)
            shown = "<br/>".join(line_markup(line, style.fontName) for line in lines)
            Paragraph.__init__(self, shown, style)
            self.tag, self.bulletText = tag, bullet
            self._laid_for = availWidth
        return super().wrap(availWidth, availHeight)


class Heading(TextPara):
    """A section heading: a bookmark landing on its own page, a line of the contents, and
    ``H1``…``H3`` in the structure."""

    def __init__(self, text: str, style: Any, *, key: str, title: str, level: int, tag: Node):
        super().__init__(text, style, tag=tag)
        self.outline = (key, title, level)
        self.keepWithNext = True

    def drawOn(self, canvas: Any, x: float, y: float, _sW: float = 0) -> None:
        mark = getattr(canvas, "mark", None)  # the document's canvas notes where it starts
        if mark is not None:
            mark(self.outline[0], *canvas.absolutePosition(x, y + self.height))
        super().drawOn(canvas, x, y, _sW)


class Story:
    """The building blocks every report's sections use; the class that mixes it in has
    ``language``, ``styles`` and ``outline`` (the contents, filled as headings are made)."""

    language: str
    styles: Styles
    outline: list[tuple[str, str, int]]

    def tr(self, text: str, **params: object) -> str:
        """A fixed label (an English source marked with QT_TRANSLATE_NOOP("report", ...))."""
        translated = translate("report", text, self.language)
        return translated.format(**params) if params else translated

    def heading(self, text: str, level: int = 0) -> Flowable:
        """A page's main heading; ``level`` 1 indents it in the contents (a principle)."""
        key = f"s{len(self.outline)}"
        self.outline.append((key, text, level))
        tag = _tagged(Node("H1"), text)
        return Heading(text, self.styles.h1, key=key, title=text, level=level, tag=tag)

    def para(self, text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        """User text as Paragraphs (several when long), escaped and glyph-safe; one ``P``
        (or heading, by the style) for each."""
        style = style or self.styles.body
        return [
            paragraph(piece, style, Node(ROLES.get(style.name, "P")))
            for piece in chunks(text)
            if piece.strip()
        ]

    def label(self, text: str, style: ParagraphStyle | None = None) -> Flowable:
        """A fixed report label, already translated; escaped like everything else."""
        style = style or self.styles.body
        return paragraph(text, style, Node(ROLES.get(style.name, "P")))

    def bullets(self, texts: list[str]) -> list[Flowable]:
        """One list (``L``), one ``LI`` per text."""
        items = Node("L")
        out: list[Flowable] = []
        for text in texts:
            body = items.child("LI").child("LBody")
            pieces = [p for p in chunks(text) if p.strip()] or [""]
            out.append(paragraph(pieces[0], self.styles.bullet, body, bulletText="•"))
            out.extend(paragraph(p, self.styles.bullet_more, body) for p in pieces[1:])
        return out

    def boxed(self, text: str, style: ParagraphStyle) -> list[Flowable]:
        return self.para(text, style)


@dataclass
class ReportContext(Story):
    """What every section needs: the workshop, its content, the options and the labels."""

    ws: Workshop
    content: Content
    language: str
    private: bool
    names: bool
    # The group's earlier occasions (baseline first), today beside them, and what the
    # occasion this follows up had already closed (all from core.history).
    earlier: tuple[Occasion, ...] = ()
    comparison: Comparison | None = None
    closed_last_time: tuple[ActionRecord, ...] = ()
    missing: list[str] = field(default_factory=list)  # characters printed as markers
    styles: Styles = field(default_factory=Styles)
    outline: list[tuple[str, str, int]] = field(default_factory=list)


# Structure roles of the paragraph styles; every other style is a plain ``P``.
ROLES = {"title": "H1", "h1": "H1", "h2": "H2", "h3": "H3"}


def _tagged(node: Node, text: str) -> Node:
    if needs_actual_text(text):
        node.actual_text = " ".join(text.split())
    return node


def paragraph(text: str, style: ParagraphStyle, tag: Node, **kw: object) -> Para:
    """``text`` as one tagged Paragraph: escaped, glyph-safe, right-to-left in order."""
    return TextPara(text, style, tag=_tagged(tag, text), **kw)


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle in the report's font (ReportLab's default would pull in Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


CELL_PAD = 4
CELL_SIZE = 9
CELL_LEADING = 12


def _cell(
    text: str, room: float, bold: bool, styles: Styles, size: float, pad: float
) -> str | list[Paragraph]:
    """A table cell: the line as drawn when it fits on one line in one face (ReportLab
    draws that without parsing, and the report has hundreds of such cells), else wrapping
    Paragraphs. The cell is one ``TD``/``TH``, so its Paragraphs carry no element of
    their own."""
    font = BOLD if bold else REGULAR
    if "\n" not in text:
        pieces = laid_line(text, font, size)
        if (
            len(pieces) == 1
            and pieces[0][0] == font
            and drawn_width(pieces, size) <= room - 2 * pad
        ):
            return pieces[0][1]
    if size == CELL_SIZE:
        style = styles.cell_bold if bold else styles.cell
    else:
        style = styles.action_bold if bold else styles.action
    # Several Paragraphs so that a very long text can split inside its row.
    return [paragraph(piece, style, Node("P")) for piece in chunks(text, 1500) if piece.strip()]


def grid(
    rows: list[list[str]],
    widths: list[float],
    styles: Styles,
    *,
    header: bool = True,
    bold_first_column: bool = False,
    compact: bool = False,
    commands: tuple[tuple, ...] = (),
) -> DataTable:
    """A ruled table of text; the header row is tinted, bold, repeated on every page and
    tagged ``TH``; with ``bold_first_column`` the first column holds the row headers."""
    size, leading, pad = (8.5, 11, 3) if compact else (CELL_SIZE, CELL_LEADING, CELL_PAD)
    cells = [
        [
            _cell(
                text,
                width,
                (header and r == 0) or (bold_first_column and c == 0),
                styles,
                size,
                pad,
            )
            for c, (text, width) in enumerate(zip(row, widths, strict=True))
        ]
        for r, row in enumerate(rows)
    ]
    table = DataTable(
        cells,
        colWidths=widths,
        repeatRows=1 if header else 0,
        splitInRow=1,
        hAlign="LEFT",
        row_headers=bold_first_column,
    )
    style = [
        ("FONTSIZE", (0, 0), (-1, -1), size),
        ("LEADING", (0, 0), (-1, -1), leading),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LINEBELOW", (0, 0), (-1, -1), 0.4, RULE),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LEFTPADDING", (0, 0), (-1, -1), pad),
        ("RIGHTPADDING", (0, 0), (-1, -1), pad),
    ]
    if header:
        style += [("BACKGROUND", (0, 0), (-1, 0), TINT), ("FONTNAME", (0, 0), (-1, 0), BOLD)]
    if bold_first_column:
        style.append(("FONTNAME", (0, 0), (0, -1), BOLD))
    table.setStyle(table_style(*style, *commands))
    return table


def gap(height_mm: float = 4) -> Spacer:
    return Spacer(1, height_mm * mm)
