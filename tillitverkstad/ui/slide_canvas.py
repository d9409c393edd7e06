"""Drawing text on a slide: the theme's fonts and colours, shrink-to-fit, and a record of
every text painted (its size and colours), so tests can measure what the group sees.

All slide text goes through :class:`SlideCanvas`; sizes come from the type scale in
:mod:`tillitverkstad.ui.slide_theme` and never drop below its floor unless nothing else
would fit (then smaller, never clipped).
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter

from tillitverkstad.ui.fonts import FALLBACK_FAMILY, UI_FAMILY, register_fonts
from tillitverkstad.ui.slide_theme import LINE_GAP, SlideTheme, pixel_size

WRAP = Qt.TextFlag.TextWordWrap
TOP_LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop


def slide_font(role: str, height: float, scale: float = 1.0, bold: bool = False) -> QFont:
    register_fonts()
    font = QFont()
    # DejaVu second: the symbols Atkinson Hyperlegible lacks (⚠, →) come from a known face.
    font.setFamilies([UI_FAMILY, FALLBACK_FAMILY])
    font.setPixelSize(pixel_size(role, height, scale))
    font.setBold(bold or role in ("title", "question"))
    return font


@dataclass
class Block:
    """A paragraph: wraps at word boundaries, in a type role and a theme colour."""

    text: str
    role: str
    bold: bool = False
    color: str = "ink"  # a key of SlideTheme.text_colors()
    indent: float = 0.0  # share of the height; an indented block gets an accent bar
    after: float = LINE_GAP  # space below, in lines of its own font


@dataclass(frozen=True)
class PaintedText:
    """One text as the group sees it: what, how large, in which colours, where."""

    text: str
    pixel_size: int
    color: str  # #rrggbb
    background: str  # what it was painted on
    rect: QRectF
    flags: int
    font: QFont


@dataclass
class Laid:
    block: Block
    font: QFont
    height: float
    width: float


def lay_blocks(blocks: list[Block], width: float, height: float, scale: float) -> list[Laid]:
    laid = []
    for block in blocks:
        font = slide_font(block.role, height, scale, block.bold)
        inner = QRectF(0, 0, width - block.indent * height, 10**6)
        box = QFontMetricsF(font).boundingRect(inner, WRAP, block.text)
        laid.append(Laid(block, font, box.height(), box.width() + block.indent * height))
    return laid


def stack_height(laid: list[Laid]) -> float:
    """Height of the blocks one under the other, with the gap between them."""
    gaps = [QFontMetricsF(item.font).height() * item.block.after for item in laid[:-1]]
    return sum(item.height for item in laid) + sum(gaps)


def fits(laid: list[Laid], rect: QRectF) -> bool:
    # Width too: a single long word ("Handlingsutrymme") cannot wrap.
    widest = max((item.width for item in laid), default=0.0)
    return stack_height(laid) <= rect.height() + 0.5 and widest <= rect.width() + 0.5


FITS_KEPT = 64  # the fits of the last few slides, at the sizes they were painted
_fits: dict[tuple, tuple[float, list[Laid]]] = {}  # oldest first


def fit_blocks(
    blocks: list[Block], rect: QRectF, height: float, floor: float = 0.1
) -> tuple[float, list[Laid]]:
    """The largest scale (<= 1, >= ``floor``) at which the blocks fit in ``rect``.

    Remembered: a slide repaints whenever anything on it changes (a vote counted on a
    phone, the timer), and shrinking a screenful of text to fit measures it again and
    again, long enough to stall the window (18 ms for a vote slide at 1024x768)."""
    key = (
        tuple((b.text, b.role, b.bold, b.color, b.indent, b.after) for b in blocks),
        rect.width(),
        rect.height(),
        height,
        floor,
    )
    found = _fits.get(key)
    if found is None:
        found = _fit(blocks, rect, height, floor)
        if len(_fits) >= FITS_KEPT:
            del _fits[next(iter(_fits))]  # the oldest
        _fits[key] = found
    return found[0], list(found[1])


def _fit(
    blocks: list[Block], rect: QRectF, height: float, floor: float
) -> tuple[float, list[Laid]]:
    scale = 1.0
    while True:
        laid = lay_blocks(blocks, rect.width(), height, scale)
        if fits(laid, rect) or scale * 0.93 < floor:
            return scale, laid
        scale *= 0.93


class SlideCanvas:
    """A painter with the slide's theme and height; records every text it draws."""

    def __init__(self, painter: QPainter, theme: SlideTheme, height: float) -> None:
        self.painter = painter
        self.theme = theme
        self.height = height
        self.painted: list[PaintedText] = []

    def color(self, role: str) -> QColor:
        return QColor(getattr(self.theme, role))

    def text(
        self,
        rect: QRectF,
        flags: Qt.AlignmentFlag | Qt.TextFlag | int,
        text: str,
        font: QFont,
        color: str = "ink",
        background: str = "paper",
    ) -> None:
        if not text:
            return
        painter = self.painter
        painter.setFont(font)
        painter.setPen(self.color(color))
        painter.drawText(rect, flags, text)
        self.painted.append(
            PaintedText(
                text,
                font.pixelSize(),
                self.color(color).name(),
                self.color(background).name(),
                QRectF(rect),
                int(flags),
                QFont(font),
            )
        )

    def blocks(self, laid: list[Laid], rect: QRectF, background: str = "paper") -> float:
        """Paint laid-out blocks top-down from ``rect``'s top; returns where they end."""
        y = rect.top()
        for item in laid:
            indent = item.block.indent * self.height
            if indent:
                bar = QRectF(rect.left(), y, indent * 0.3, item.height)
                self.painter.fillRect(bar, self.color("accent"))
            box = QRectF(rect.left() + indent, y, rect.width() - indent, item.height)
            self.text(
                box, WRAP | TOP_LEFT, item.block.text, item.font, item.block.color, background
            )
            y += item.height + QFontMetricsF(item.font).height() * item.block.after
        return y

    def fit(self, blocks: list[Block], rect: QRectF, background: str = "paper") -> float:
        """Shrink the blocks until they fit ``rect``, paint them; returns where they end."""
        _, laid = fit_blocks(blocks, rect, self.height)
        return self.blocks(laid, rect, background)

    def title(self, title: str, rect: QRectF) -> QRectF:
        """Paint a slide title at the top of ``rect``; returns the rect below it."""
        top = self.blocks(title_layout(title, rect, self.height), rect)
        return QRectF(rect.left(), top, rect.width(), rect.bottom() - top)


def title_layout(title: str, rect: QRectF, height: float) -> list[Laid]:
    """A slide title, shrunk only if it would take more than a third of ``rect``."""
    top_part = QRectF(rect.left(), rect.top(), rect.width(), rect.height() * 0.3)
    return fit_blocks([Block(title, "title")], top_part, height)[1]


def below_title(title: str, rect: QRectF, height: float) -> QRectF:
    """Where the content starts under the title ``SlideCanvas.title`` paints."""
    laid = title_layout(title, rect, height)
    used = stack_height(laid) + QFontMetricsF(laid[0].font).height() * LINE_GAP
    return QRectF(rect.left(), rect.top() + used, rect.width(), rect.height() - used)
