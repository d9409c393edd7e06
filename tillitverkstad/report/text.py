"""User text made safe for the PDF: markup printed literally, missing glyphs shown visibly.

Everything a user typed goes through :func:`markup` (for Paragraphs) or :func:`plain`
(for chart labels and the page footer) before ReportLab sees it.
"""

from __future__ import annotations

import unicodedata
from xml.sax.saxutils import escape

from tillitverkstad.report.fonts import register_fonts

REPLACEMENT = "\ufffd"  # the standard "cannot show this character" sign, drawn by DejaVu
# Long texts are cut into Paragraphs of about this size: ReportLab lays out and splits one
# huge Paragraph far more slowly than many small ones.
CHUNK = 3000
# Invisible helpers (joiners, variation selectors, stray combining marks) the font lacks
# are dropped rather than shown as a replacement sign after the character they modify.
_INVISIBLE = ("Mn", "Me", "Cf")


def plain(text: str) -> str:
    """``text`` with every character the font cannot draw replaced by a visible sign."""
    glyphs = register_fonts()
    text = unicodedata.normalize("NFC", text).replace("\t", "    ")
    if glyphs.issuperset(text):  # the common case, checked in C
        return text
    out = []
    for ch in text:
        if ch in glyphs:
            out.append(ch)
        elif unicodedata.category(ch) not in _INVISIBLE:
            out.append(REPLACEMENT)
    return "".join(out)


def markup(text: str) -> str:
    """``text`` for a Paragraph: escaped so tags and entities print as typed; line breaks kept."""
    lines = escape(plain(text)).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(lines)


def chunks(text: str, size: int = CHUNK) -> list[str]:
    """``text`` as pieces of at most about ``size`` characters, cut at line ends or spaces.

    Each piece becomes its own Paragraph, so a pasted document flows over many pages quickly.
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if len(text) <= size:
        return [text]
    pieces: list[str] = []
    start = 0
    while start < len(text):
        end = min(start + size, len(text))
        if end < len(text):
            cut = text.rfind("\n", start, end)
            if cut <= start:
                cut = text.rfind(" ", start, end)
            if cut > start:
                end = cut + 1
        pieces.append(text[start:end])
        start = end
    return pieces
