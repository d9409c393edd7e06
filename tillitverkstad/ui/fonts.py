"""The shipped typefaces, registered with Qt once per application.

Atkinson Hyperlegible (Braille Institute, SIL OFL 1.1) is the window's and the shared
screen's face; DejaVu Sans, shipped for the PDF, is registered too so symbols Atkinson
lacks (arrows, check marks) come from a known font on every machine."""

from __future__ import annotations

from functools import cache

from PySide6.QtGui import QFontDatabase

from tillitverkstad.paths import resource_dir

UI_FAMILY = "Atkinson Hyperlegible"
FALLBACK_FAMILY = "DejaVu Sans"
_FILES = (
    "AtkinsonHyperlegible-Regular.ttf",
    "AtkinsonHyperlegible-Bold.ttf",
    "AtkinsonHyperlegible-Italic.ttf",
    "AtkinsonHyperlegible-BoldItalic.ttf",
    "DejaVuSans.ttf",
    "DejaVuSans-Bold.ttf",
)


@cache
def register_fonts() -> tuple[str, ...]:
    """Add the shipped fonts to Qt's font database (needs a QGuiApplication); returns the
    families that loaded. A missing file is skipped: Qt then falls back to system fonts."""
    families: list[str] = []
    folder = resource_dir() / "fonts"
    for name in _FILES:
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id >= 0:
            families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id))
    return tuple(dict.fromkeys(families))
