"""The one font family of the report, registered with ReportLab and embedded in every PDF.

DejaVu Sans ships in ``resources/fonts`` (licence beside it) so that the PDF looks the same
on every machine and an archive reader never has to substitute a font.
"""

from __future__ import annotations

from functools import cache

from reportlab.lib.fonts import addMapping
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from tillitverkstad.paths import resource_dir

REGULAR = "TillitSans"
BOLD = "TillitSans-Bold"
_FILES = {REGULAR: "DejaVuSans.ttf", BOLD: "DejaVuSans-Bold.ttf"}


@cache
def register_fonts() -> frozenset[str]:
    """Register the family (once per process); returns the characters both faces draw."""
    folder = resource_dir() / "fonts"
    faces = {name: TTFont(name, str(folder / file)) for name, file in _FILES.items()}
    for font in faces.values():
        pdfmetrics.registerFont(font)
    # Paragraph markup such as <b> looks fonts up by family; map both weights (no italics
    # are shipped, so "italic" falls back to the upright faces rather than to Helvetica).
    for bold in (0, 1):
        for italic in (0, 1):
            addMapping(REGULAR, bold, italic, BOLD if bold else REGULAR)
    maps = [set(font.face.charToGlyph) for font in faces.values()]
    return frozenset(chr(code) for code in set.intersection(*maps)) | {"\n", "\r"}
