"""The shared screen's design: colours, a type scale in shares of the screen height, margins.

Two themes: a light one for bright rooms and a high-contrast dark one for dim rooms (a
projector shows black as no light at all). Every text colour is chosen to reach at least
7:1 against the background it is painted on (WCAG AAA); ``contrast`` computes it, and the
tests check each pair. Sizes are shares of the height so a slide reads the same on an old
1024x768 projector and at 4K; nothing is smaller than ``MIN_SHARE`` (3.5 % of the height,
about what the back row of a ten-metre room needs).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from tillitverkstad.ui.theme import CURRENT_COLOR, DESIRED_COLOR

MIN_SHARE = 0.035
MIN_CONTRAST = 7.0

# Type scale: the size of each role as a share of the slide height, before shrink-to-fit.
TYPE_SCALE = {
    "title": 0.085,
    "question": 0.066,
    "lead": 0.052,
    "body": 0.045,
    "small": 0.038,
}
LINE_GAP = 0.4  # space after a block, in lines of its own font
PROGRESS_SHARE = 0.012  # height of the agenda progress line
MARGIN_SHARE = 0.065  # outer margin, as a share of the height (and at least 5 % of the width)


@dataclass(frozen=True)
class SlideTheme:
    id: str  # what the setting stores: "light" or "dark"
    paper: str  # the background
    ink: str  # titles and body text
    muted: str  # secondary text (meanings, sources, footers)
    accent: str  # kickers, counters, the current step on the progress line
    overtime: str  # the timer once time is up: a calm colour, with the minus sign
    panel: str  # the cards behind notes and the question band
    rule: str  # grid lines, progress track, dividers (never text)
    current: str = CURRENT_COLOR  # Okabe-Ito, as in the window and the PDF: nuläge
    desired: str = DESIRED_COLOR  # önskat läge

    def text_colors(self) -> dict[str, str]:
        return {
            "ink": self.ink,
            "muted": self.muted,
            "accent": self.accent,
            "overtime": self.overtime,
        }


LIGHT = SlideTheme(
    id="light",
    paper="#FAF8F3",  # a warm white: less glare than pure white on a bright projector
    ink="#14171A",
    muted="#3F454C",
    accent="#00466E",
    overtime="#7A2E00",
    panel="#EEF1F4",
    rule="#C3C9D0",
)
DARK = SlideTheme(
    id="dark",
    paper="#000000",
    ink="#FFFFFF",
    muted="#D0D4D9",
    accent="#8FD0FF",
    overtime="#FFBE7A",
    panel="#161B22",
    rule="#59616B",
)
THEMES = {theme.id: theme for theme in (LIGHT, DARK)}
DEFAULT_THEME = LIGHT.id


def theme_named(name: object) -> SlideTheme:
    """The theme a stored setting names; the default for anything unknown."""
    return THEMES.get(str(name or ""), THEMES[DEFAULT_THEME])


# Below this scale every role is at the floor; shrinking further is the last resort.
FLOOR_SCALE = MIN_SHARE / max(TYPE_SCALE.values())


def pixel_size(role: str, height: float, scale: float = 1.0) -> int:
    """The pixel size of ``role`` on a slide ``height`` high, shrunk by ``scale``: at least
    ``MIN_SHARE`` of the height while ``scale >= FLOOR_SCALE``, smaller only below it."""
    if scale >= FLOOR_SCALE:
        share = max(TYPE_SCALE[role] * scale, MIN_SHARE)
    else:
        share = MIN_SHARE * scale / FLOOR_SCALE
    return max(1, math.ceil(share * height - 1e-6))  # rounded up: never under the floor


def margins(width: float, height: float) -> tuple[float, float]:
    """(horizontal, vertical) outer margin in pixels."""
    vertical = height * MARGIN_SHARE
    return max(vertical, width * 0.05), vertical


def _channel(value: int) -> float:
    c = value / 255
    return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4


def luminance(color: str) -> float:
    """WCAG relative luminance of ``#RRGGBB``."""
    h = color.lstrip("#")
    r, g, b = (_channel(int(h[i : i + 2], 16)) for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(foreground: str, background: str) -> float:
    """WCAG contrast ratio, 1..21."""
    a, b = luminance(foreground), luminance(background)
    return (max(a, b) + 0.05) / (min(a, b) + 0.05)
