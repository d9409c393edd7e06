"""User text made safe for the PDF: markup printed literally, no character silently lost,
right-to-left scripts in reading order.

Everything a user typed goes through :func:`markup` (for Paragraphs) or :func:`plain`
(for single lines drawn on the canvas: chart labels, table cells, the footer) before
ReportLab sees it. A character the embedded font cannot draw (emoji, CJK) is printed as a
visible marker such as ``⟨U+1F984⟩``; :func:`missing_characters` lists them for the
report's legend, and the original text is kept as the element's ``/ActualText``.
Arabic and Hebrew are shaped and put in visual order line by line (python-bidi,
arabic-reshaper), since ReportLab's own bidi support needs a library that is not
published.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape

from reportlab.lib.utils import simpleSplit

from tillitverkstad.report.fonts import register_fonts

# Long texts are cut into Paragraphs of about this size: ReportLab lays out and splits one
# huge Paragraph far more slowly than many small ones.
CHUNK = 3000
# Invisible helpers (joiners, variation selectors, stray combining marks) the font lacks
# are dropped rather than shown as a marker after the character they modify.
_INVISIBLE = ("Mn", "Me", "Cf")
_RTL = ("R", "AL")
# The blocks of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, …), so the
# common case is one search in C rather than a bidi lookup per character.
_RTL_BLOCKS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)


def marker(ch: str) -> str:
    """How a character the font cannot draw is printed."""
    return f"⟨U+{ord(ch):04X}⟩"


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\t", "    ")


def glyph_safe(text: str) -> str:
    """``text`` with every character the font cannot draw replaced by its marker."""
    glyphs = register_fonts()
    text = _normal(text)
    if glyphs.issuperset(text):  # the common case, checked in C
        return text
    out = []
    for ch in text:
        if ch in glyphs:
            out.append(ch)
        elif unicodedata.category(ch) not in _INVISIBLE:
            out.append(marker(ch))
    return "".join(out)


def missing_characters(texts: Iterable[str]) -> list[str]:
    """The characters of ``texts`` that are printed as markers, in code point order."""
    glyphs = register_fonts()
    found: set[str] = set()
    for text in texts:
        text = _normal(text)
        if not glyphs.issuperset(text):
            found.update(
                ch for ch in text if ch not in glyphs and unicodedata.category(ch) not in _INVISIBLE
            )
    return sorted(found)


def character_name(ch: str) -> str:
    """The character's Unicode name (e.g. ``UNICORN FACE``), as a reader can look it up."""
    return unicodedata.name(ch, "") or f"U+{ord(ch):04X}"


def is_rtl(text: str) -> bool:
    if _RTL_BLOCKS.search(text) is None:
        return False
    return any(unicodedata.bidirectional(ch) in _RTL for ch in text)


def _base_is_rtl(text: str) -> bool:
    for ch in text:
        kind = unicodedata.bidirectional(ch)
        if kind in _RTL:
            return True
        if kind == "L":
            return False
    return False


def _visual(line: str, rtl: bool, *, shaped: bool = False) -> str:
    # Imported here: only a text with Arabic or Hebrew pays for loading them.
    import arabic_reshaper
    from bidi import get_display

    line = line if shaped else arabic_reshaper.reshape(line)
    return get_display(line, base_dir="R" if rtl else "L")


def plain(text: str) -> str:
    """One line as drawn: glyph-safe, and in visual order when it holds RTL script."""
    text = glyph_safe(text)
    return _visual(text, _base_is_rtl(text)) if is_rtl(text) else text


def needs_actual_text(text: str) -> bool:
    """Whether what is drawn differs from what was typed (markers or reordering)."""
    return glyph_safe(text) != _normal(text) or is_rtl(text)


def visual_lines(text: str, font: str, size: float, width: float) -> tuple[list[str], bool]:
    """``text`` broken into lines of ``width`` points in logical order, each then put in
    visual order; and whether the paragraph reads right to left."""
    text = glyph_safe(text).replace("\r\n", "\n").replace("\r", "\n")
    rtl = _base_is_rtl(text)
    import arabic_reshaper

    lines: list[str] = []
    for logical in text.split("\n"):
        broken = simpleSplit(arabic_reshaper.reshape(logical), font, size, width) or [""]
        lines.extend(_visual(line, rtl, shaped=True) for line in broken)
    return lines, rtl


def markup(text: str) -> str:
    """``text`` for a Paragraph: escaped so tags and entities print as typed; line breaks kept."""
    lines = escape(glyph_safe(text)).replace("\r\n", "\n").replace("\r", "\n").split("\n")
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
