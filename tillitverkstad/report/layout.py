"""The report's look (page, colours, type) and the small building blocks every section uses."""

from __future__ import annotations

from dataclasses import dataclass, field

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, Paragraph, Spacer, Table, TableStyle

from tillitverkstad.core.content import Content
from tillitverkstad.core.i18n import translate
from tillitverkstad.core.model import Workshop
from tillitverkstad.core.text import names_shown
from tillitverkstad.report.fonts import BOLD, REGULAR
from tillitverkstad.report.text import chunks, markup, plain

PAGE = A4
MARGIN_X = 22 * mm
MARGIN_TOP = 20 * mm
MARGIN_BOTTOM = 24 * mm  # room for the footer
FRAME_WIDTH = PAGE[0] - 2 * MARGIN_X

# Okabe-Ito: distinguishable with every common colour-vision deficiency. Series are also
# told apart by marker shape and line style, never by colour alone.
CURRENT = colors.HexColor("#0072B2")  # nuläge: blue, solid line, round markers
DESIRED = colors.HexColor("#E69F00")  # önskat läge: orange, dashed line, square markers
INK = colors.HexColor("#1A1A1A")
MUTED = colors.HexColor("#555555")
RULE = colors.HexColor("#B8B8B8")
TINT = colors.HexColor("#F2F4F7")  # background of tables' header rows and info boxes
RESERVATION_TINT = colors.HexColor("#FFF6E0")
RESERVATION_EDGE = colors.HexColor("#8A6100")


def _style(name: str, **kw: object) -> ParagraphStyle:
    base: dict[str, object] = {
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


class Heading(Paragraph):
    """A section heading that becomes a PDF bookmark and a line of the contents."""

    def __init__(self, text: str, style: ParagraphStyle, key: str, level: int) -> None:
        super().__init__(markup(text), style)
        self.outline = (key, text, level)
        self.keepWithNext = True


@dataclass
class ReportContext:
    """What every section needs: the workshop, its content, the options and the labels."""

    ws: Workshop
    content: Content
    language: str
    private: bool
    names: bool
    previous: Workshop | None
    styles: Styles = field(default_factory=Styles)
    outline: list[tuple[str, str, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Names as the window and the shared screen show them: control characters visible,
        # bidi overrides removed (core.text.display_line).
        self.ws = names_shown(self.ws)
        self.previous = names_shown(self.previous) if self.previous else None

    def tr(self, text: str, **params: object) -> str:
        """A fixed label (an English source marked with QT_TRANSLATE_NOOP("report", ...))."""
        translated = translate("report", text, self.language)
        return translated.format(**params) if params else translated

    def heading(self, text: str, level: int = 0) -> Heading:
        """A page's main heading; ``level`` 1 indents it in the contents (a principle)."""
        key = f"s{len(self.outline)}"
        self.outline.append((key, text, level))
        return Heading(text, self.styles.h1, key, level)

    def para(self, text: str, style: ParagraphStyle | None = None) -> list[Flowable]:
        """User text as Paragraphs (several when long), escaped and glyph-safe."""
        style = style or self.styles.body
        return [Paragraph(markup(piece), style) for piece in chunks(text) if piece.strip()]

    def label(self, text: str, style: ParagraphStyle | None = None) -> Paragraph:
        """A fixed report label, already translated; escaped like everything else."""
        return Paragraph(markup(text), style or self.styles.body)

    def bullets(self, texts: list[str]) -> list[Flowable]:
        out: list[Flowable] = []
        for text in texts:
            pieces = [p for p in chunks(text) if p.strip()] or [""]
            out.append(Paragraph(markup(pieces[0]), self.styles.bullet, bulletText="•"))
            out.extend(Paragraph(markup(p), self.styles.bullet_more) for p in pieces[1:])
        return out

    def boxed(self, text: str, style: ParagraphStyle) -> list[Flowable]:
        return [Paragraph(markup(piece), style) for piece in chunks(text) if piece.strip()]


def table_style(*commands: tuple) -> TableStyle:
    """A TableStyle in the report's font (ReportLab's default would pull in Helvetica)."""
    return TableStyle([("FONTNAME", (0, 0), (-1, -1), REGULAR), *commands])


CELL_PAD = 4
CELL_SIZE = 9
CELL_LEADING = 12


def _cell(
    text: str, width: float, bold: bool, styles: Styles, size: float, pad: float
) -> str | list[Paragraph]:
    """A table cell: plain text when it fits on one line (ReportLab draws that without
    parsing, and the report has hundreds of such cells), else wrapping Paragraphs."""
    shown = plain(text)
    font = BOLD if bold else REGULAR
    if "\n" not in shown and stringWidth(shown, font, size) <= width - 2 * pad:
        return shown
    if size == CELL_SIZE:
        style = styles.cell_bold if bold else styles.cell
    else:
        style = styles.action_bold if bold else styles.action
    # Several Paragraphs so that a very long text can split inside its row.
    return [Paragraph(markup(piece), style) for piece in chunks(text, 1500) if piece.strip()]


def grid(
    rows: list[list[str]],
    widths: list[float],
    styles: Styles,
    *,
    header: bool = True,
    bold_first_column: bool = False,
    compact: bool = False,
    commands: tuple[tuple, ...] = (),
) -> Table:
    """A ruled table of text; the header row is tinted, bold and repeated on every page."""
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
    table = Table(
        cells, colWidths=widths, repeatRows=1 if header else 0, splitInRow=1, hAlign="LEFT"
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
