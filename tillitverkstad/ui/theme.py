"""The facilitator window's design: tokens (spacing, type, colours) and their application.

One place decides how the window looks. ``apply`` gives the application the shipped face
(Atkinson Hyperlegible), a palette and a stylesheet generated from one of three colour
schemes: light, dark (chosen when the system is set to dark) and high contrast. Widgets
ask for sizes from :data:`SPACE` and :data:`TYPE` and mark what they are with a ``role``
property (``muted``, ``primary``, ``keycap``, ...) that the stylesheet styles. How the
charts draw the rating series is in ``chart_style``; small drawn icons in ``icons``.
"""

from __future__ import annotations

from dataclasses import dataclass, fields
from enum import StrEnum
from typing import TYPE_CHECKING

from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from PySide6.QtWidgets import QAbstractSpinBox

CURRENT_COLOR = "#0072B2"  # Okabe-Ito blue: nuläge
DESIRED_COLOR = "#E69F00"  # Okabe-Ito orange: önskat läge
ALERT_COLOR = "#D55E00"  # Okabe-Ito vermilion: time is up, large spread (always with text)

# Status marks in the agenda: a symbol and a word, never colour alone.
DONE_MARK = "✓"
CURRENT_MARK = "▶"
STARTED_MARK = "◐"
NOT_STARTED_MARK = "○"
SKIPPED_MARK = "\u21b7"  # ↷: passed on purpose, nothing recorded
WARNING_MARK = "⚠"


@dataclass(frozen=True)
class Spacing:
    """The spacing scale in pixels: every margin and gap is one of these."""

    xs: int = 4
    s: int = 8
    m: int = 12
    l: int = 16  # noqa: E741 - the scale's own name
    xl: int = 24
    xxl: int = 32


@dataclass(frozen=True)
class TypeScale:
    """Sizes relative to the body text (which follows the text-size setting)."""

    caption: float = 0.9
    body: float = 1.0
    lead: float = 1.1  # a step's meaning, an intro text
    heading: float = 1.2  # a card's title
    question: float = 1.5  # the current discussion question: what the eye finds first
    title: float = 1.75  # the step's title
    figure: float = 2.0  # the timer, an agreed value


SPACE = Spacing()
TYPE = TypeScale()
BODY_POINTS = 10.5  # the body text at 100 %, unless the system asks for larger
RADIUS = 8  # corners of cards and fields


class Appearance(StrEnum):
    """The colour scheme the user chose; AUTO follows the system's light or dark."""

    AUTO = "auto"
    LIGHT = "light"
    DARK = "dark"
    HIGH_CONTRAST = "high_contrast"


@dataclass(frozen=True)
class Colors:
    """One colour scheme. Text colours reach 4.5:1 on ``surface`` and ``window``, field
    borders and the focus ring 3:1 (WCAG 2.1 AA, EN 301 549)."""

    window: str  # behind everything
    surface: str  # cards, fields, lists
    surface_alt: str  # alternate rows, key caps, the agenda
    hover: str
    text: str
    muted: str  # secondary text
    border: str  # around cards
    field: str  # around fields and buttons
    accent: str  # primary buttons, focus, the current step
    accent_text: str
    accent_soft: str  # the current question, selections
    warning_text: str
    border_width: int = 1
    arrows: str = "dark"  # which drawn arrows the fields use (resources/icons/ui)


LIGHT = Colors(
    window="#F2F4F7",
    surface="#FFFFFF",
    surface_alt="#F6F7F9",
    hover="#EAEEF4",
    text="#1A1D23",
    muted="#545D6B",
    border="#D5DAE1",
    field="#868F9D",
    accent="#1C5DB0",
    accent_text="#FFFFFF",
    accent_soft="#E3ECF8",
    warning_text="#6E4300",
)
DARK = Colors(
    window="#15181D",
    surface="#1F242B",
    surface_alt="#262C34",
    hover="#2D343E",
    text="#E8EBEF",
    muted="#A7B0BD",
    border="#363D47",
    field="#7A8494",
    accent="#82B4FF",
    accent_text="#0B1526",
    accent_soft="#233752",
    warning_text="#FFD78F",
    arrows="light",
)
HIGH_CONTRAST = Colors(
    window="#FFFFFF",
    surface="#FFFFFF",
    surface_alt="#FFFFFF",
    hover="#FFF2A8",
    text="#000000",
    muted="#000000",
    border="#000000",
    field="#000000",
    accent="#00307F",
    accent_text="#FFFFFF",
    accent_soft="#FFF2A8",
    warning_text="#000000",
    border_width=2,
    arrows="black",
)
SCHEMES = {
    Appearance.LIGHT: LIGHT,
    Appearance.DARK: DARK,
    Appearance.HIGH_CONTRAST: HIGH_CONTRAST,
}


def scheme_for(appearance: Appearance, system_dark: bool) -> Colors:
    if appearance is Appearance.AUTO:
        return DARK if system_dark else LIGHT
    return SCHEMES[appearance]


def pad_spin_text(*spins: QAbstractSpinBox) -> None:
    """Room between a spin box's border and its number: Qt's stylesheet does not pad the
    line edit inside a spin box, so the number would touch the border."""
    for spin in spins:
        spin.lineEdit().setTextMargins(SPACE.xs, 0, 0, 0)


def color_names(colors: Colors) -> dict[str, str]:
    return {f.name: getattr(colors, f.name) for f in fields(colors)}


FONT_FACTOR = "tillitFontFactor"  # dynamic property: the factor a widget's font was scaled by
FONT_BOLD = "tillitFontBold"


def scale_font(widget: QWidget, factor: float, *, bold: bool = False) -> None:
    """Make ``widget``'s font ``factor`` times its parent's (so the font-scale setting works).

    The factor is remembered, so :func:`rescale_fonts` can follow a later font change.
    """
    widget.setProperty(FONT_FACTOR, factor)
    widget.setProperty(FONT_BOLD, bold)
    parent = widget.parentWidget()
    font = QFont(parent.font() if parent is not None else QApplication.font())
    size = font.pointSizeF()
    if size > 0:
        font.setPointSizeF(size * factor)
    else:
        font.setPixelSize(max(1, round(font.pixelSize() * factor)))
    font.setBold(bold)
    widget.setFont(font)


def rescale_fonts(root: QWidget) -> None:
    """Re-apply :func:`scale_font` below ``root`` after the base font changed."""
    for child in root.findChildren(QWidget):
        factor = child.property(FONT_FACTOR)
        if factor:
            scale_font(child, float(factor), bold=bool(child.property(FONT_BOLD)))
