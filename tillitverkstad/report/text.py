"""User text made safe for the PDF: markup printed literally, no character silently lost,
right-to-left scripts in reading order, each character in a face that draws it.

This is the one place where text is shaped for display. Everything else hands it the text
as typed (in logical order) and draws what it returns, never shaping it again:
:func:`markup` for a left-to-right Paragraph, :func:`visual_lines` and :func:`line_markup`
for a right-to-left one (``layout.paragraph`` chooses), and :func:`laid_line` for a single
line drawn on a canvas or in a chart (footer, contents, table cells, chart labels), fitted
to a width if asked.

A character no shipped face can draw (emoji, CJK) is printed as a visible marker such as
``⟨U+1F984⟩``; :func:`missing_characters` lists them for the report's legend, and the
original text is kept as the element's ``/ActualText``. Arabic and Hebrew are shaped and
put in visual order line by line (python-bidi, arabic-reshaper), since ReportLab's own bidi
support needs a library that is not published.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from xml.sax.saxutils import escape

from tillitverkstad.report.fonts import REGULAR, drawn_width, register_fonts, runs

# Long texts are cut into Paragraphs of about this size: ReportLab lays out and splits one
# huge Paragraph far more slowly than many small ones.
CHUNK = 3000
ELLIPSIS = "…"
# Invisible helpers (joiners, variation selectors, stray combining marks) no face has are
# dropped rather than shown as a marker after the character they modify.
_INVISIBLE = ("Mn", "Me", "Cf")
_RTL = ("R", "AL")
# The blocks of the right-to-left scripts (Hebrew, Arabic, Syriac, Thaana, NKo, …), so the
# common case is one search in C rather than a bidi lookup per character.
_RTL_BLOCKS = re.compile(
    "[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff\U00010800-\U00010fff\U0001e800-\U0001efff]"
)
# A marker inside right-to-left text is isolated as left-to-right (LRI … PDI), so the bidi
# algorithm neither splits nor mirrors it: it reads ⟨U+1F984⟩, not ⟩U+1F984⟨.
_ISOLATE, _END_ISOLATE = "\u2066", "\u2069"


def marker(ch: str) -> str:
    """How a character the fonts cannot draw is printed."""
    return f"⟨U+{ord(ch):04X}⟩"


def _normal(text: str) -> str:
    return unicodedata.normalize("NFC", text).replace("\t", "    ")


def glyph_safe(text: str, *, isolate: bool = False) -> str:
    """``text`` with every character the fonts cannot draw replaced by its marker (with
    ``isolate``, each marker wrapped for the bidi algorithm, see :func:`shaped`)."""
    drawable = register_fonts().drawable
    text = _normal(text)
    if drawable.issuperset(text):  # the common case, checked in C
        return text
    out = []
    for ch in text:
        if ch in drawable:
            out.append(ch)
        elif unicodedata.category(ch) not in _INVISIBLE:
            out.append(f"{_ISOLATE}{marker(ch)}{_END_ISOLATE}" if isolate else marker(ch))
    return "".join(out)


def missing_characters(texts: Iterable[str]) -> list[str]:
    """The characters of ``texts`` that are printed as markers, in code point order."""
    drawable = register_fonts().drawable
    found: set[str] = set()
    for text in texts:
        text = _normal(text)
        if not drawable.issuperset(text):
            found.update(
                ch
                for ch in text
                if ch not in drawable and unicodedata.category(ch) not in _INVISIBLE
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


def _visual(line: str, rtl: bool) -> str:
    """One line, Arabic already joined, in visual order; the markers' isolates removed
    (no face draws them)."""
    from bidi import get_display  # only a text with Arabic or Hebrew pays for loading it

    shown = get_display(line, base_dir="R" if rtl else "L")
    return shown.replace(_ISOLATE, "").replace(_END_ISOLATE, "")


def _joined(text: str) -> str:
    """Arabic letters in their joined (contextual) forms."""
    import arabic_reshaper

    return arabic_reshaper.reshape(text)


def shaped(text: str) -> str:
    """One line as drawn: glyph-safe, and in visual order when it holds RTL script."""
    if not is_rtl(text):
        return glyph_safe(text)
    return _visual(_joined(glyph_safe(text, isolate=True)), _base_is_rtl(text))


def needs_actual_text(text: str) -> bool:
    """Whether what is drawn differs from what was typed (markers or reordering)."""
    return glyph_safe(text) != _normal(text) or is_rtl(text)


def fit(text: str, room: float, size: float, font: str = REGULAR) -> str:
    """``text`` (as typed) shortened at its logical end with an ellipsis, so that drawn it
    fits ``room`` points; still as typed, to be drawn through :func:`laid_line`."""
    if drawn_width(runs(shaped(text), font), size) <= room:
        return text

    def fits(length: int) -> bool:
        candidate = text[:length].rstrip() + ELLIPSIS
        return drawn_width(runs(shaped(candidate), font), size) <= room

    low, high = 0, len(text)  # fits(low) or low == 0; not fits(high)
    while high - low > 1:
        middle = (low + high) // 2
        low, high = (middle, high) if fits(middle) else (low, middle)
    return text[:low].rstrip() + ELLIPSIS


def laid_line(
    text: str, font: str, size: float, room: float | None = None
) -> list[tuple[str, str]]:
    """One line of ``text`` (as typed) as drawn: fitted to ``room`` points when given,
    shaped, and cut into (face, text) pieces to draw one after the other, left to right."""
    if room is not None:
        text = fit(text, room, size, font)
    return runs(shaped(text), font)


def line_markup(line: str, font: str) -> str:
    """A line as drawn, escaped, with ``<font>`` around the pieces of the fallback face."""
    return "".join(
        escape(piece) if face == font else f'<font name="{face}">{escape(piece)}</font>'
        for face, piece in runs(line, font)
    )


def _wrapped(text: str, font: str, size: float, room: float) -> list[str]:
    """``text`` (logical order) broken at spaces into lines no wider than ``room`` points
    as drawn, each piece in its face; a word longer than a line stands alone."""

    def drawn(line: str) -> float:
        return drawn_width(runs(line.replace(_ISOLATE, "").replace(_END_ISOLATE, ""), font), size)

    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if current and drawn(candidate) > room:
            lines.append(current)
            current = word
        else:
            current = candidate
    lines.append(current)
    return lines


def visual_lines(text: str, font: str, size: float, room: float) -> tuple[list[str], bool]:
    """``text`` broken into lines of ``room`` points in logical order, each then put in
    visual order (for :func:`line_markup`); and whether the paragraph reads right to left."""
    text = glyph_safe(text, isolate=True).replace("\r\n", "\n").replace("\r", "\n")
    rtl = _base_is_rtl(text)
    lines: list[str] = []
    for logical in text.split("\n"):
        for line in _wrapped(_joined(logical), font, size, room):
            lines.append(_visual(line, rtl))
    return lines, rtl


def markup(text: str, font: str = REGULAR) -> str:
    """``text`` for a left-to-right Paragraph set in ``font``: escaped so tags and entities
    print as typed, line breaks kept, the fallback face where Atkinson lacks a glyph."""
    lines = glyph_safe(text).replace("\r\n", "\n").replace("\r", "\n").split("\n")
    return "<br/>".join(line_markup(line, font) for line in lines)


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
