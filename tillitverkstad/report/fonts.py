"""The report's typefaces, registered with ReportLab and embedded in every PDF.

Atkinson Hyperlegible, the app's own face (designed for readers with low vision), sets the
text; DejaVu Sans draws what Atkinson lacks (arrows, check marks, Greek, Cyrillic, Hebrew,
Arabic, …) in the same place. Both ship in ``resources/fonts`` (licences beside them), so
the PDF looks the same on every machine and an archive reader never substitutes a font.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tillitverkstad.paths import resource_dir

REGULAR = "TillitSans"
BOLD = "TillitSans-Bold"
FALLBACK = "TillitFallback"
FALLBACK_BOLD = "TillitFallback-Bold"
# The face that draws, in the same weight, a character the text's face lacks.
FALLBACK_OF = {
    REGULAR: FALLBACK,
    BOLD: FALLBACK_BOLD,
    FALLBACK: FALLBACK,
    FALLBACK_BOLD: FALLBACK_BOLD,
}
_FILES = {
    REGULAR: "AtkinsonHyperlegible-Regular.ttf",
    BOLD: "AtkinsonHyperlegible-Bold.ttf",
    FALLBACK: "DejaVuSans.ttf",
    FALLBACK_BOLD: "DejaVuSans-Bold.ttf",
}
_ALWAYS = frozenset("\n\r")  # line ends: never drawn, never a marker


@dataclass(frozen=True)
class Glyphs:
    """Which characters the report can draw, in both weights: ``primary`` in Atkinson,
    ``drawable`` in Atkinson or the fallback (anything else becomes a visible marker)."""

    primary: frozenset[str]
    drawable: frozenset[str]


@cache
def register_fonts() -> Glyphs:
    """Register the faces (once per process); returns what they draw."""
    folder = resource_dir() / "fonts"
    faces = {name: TTFont(name, str(folder / file)) for name, file in _FILES.items()}
    for font in faces.values():
        pdfmetrics.registerFont(font)
    # Paragraph markup such as <b> looks fonts up by family; map both weights of both
    # families (no italics are used, so "italic" falls back to the upright faces rather
    # than to Helvetica).
    for regular, bold in ((REGULAR, BOLD), (FALLBACK, FALLBACK_BOLD)):
        for is_bold in (0, 1):
            for italic in (0, 1):
                addMapping(regular, is_bold, italic, bold if is_bold else regular)

    def drawn_by(*names: str) -> frozenset[str]:
        codes = set.intersection(*(set(faces[name].face.charToGlyph) for name in names))
        return frozenset(chr(code) for code in codes)

    primary = drawn_by(REGULAR, BOLD)
    return Glyphs(primary | _ALWAYS, primary | drawn_by(FALLBACK, FALLBACK_BOLD) | _ALWAYS)


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """``text`` (as drawn) cut into pieces of one face each: ``font`` for what Atkinson
    draws, its fallback for the rest. A space stays in the piece it follows, so a Hebrew
    phrase is one piece rather than a piece per word."""
    primary = register_fonts().primary
    if primary.issuperset(text):  # the common case, checked in C
        return [(font, text)]
    fallback = FALLBACK_OF[font]
    pieces: list[tuple[str, str]] = []
    for ch in text:
        face = font if ch in primary else fallback
        if pieces and (face == pieces[-1][0] or ch == " "):
            pieces[-1] = (pieces[-1][0], pieces[-1][1] + ch)
        else:
            pieces.append((face, ch))
    return pieces


def drawn_width(pieces: list[tuple[str, str]], size: float) -> float:
    """How wide ``pieces`` (from :func:`runs`) are drawn at ``size`` points."""
    return sum(pdfmetrics.stringWidth(text, face, size) for face, text in pieces)


def placed(
    pieces: list[tuple[str, str]], x: float, size: float, anchor: str = "start"
) -> Iterator[tuple[str, str, float]]:
    """Each piece (face, text) with the x it is drawn at, one after the other, so that
    together they start, are centred or end (``anchor``: start, middle, end) at ``x``."""
    left = x - {"start": 0.0, "middle": 0.5, "end": 1.0}[anchor] * drawn_width(pieces, size)
    for face, text in pieces:
        yield face, text, left
        left += pdfmetrics.stringWidth(text, face, size)
