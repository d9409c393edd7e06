"""Where the shared screen goes: which monitor, and where it may fall back to.

The decisions are pure functions over ``ScreenInfo`` so they can be tested with fake
monitors; ``describe`` reads the real ones from Qt.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect
from PySide6.QtGui import QScreen

MIN_FALLBACK = (320, 240)  # smaller than this is not worth showing; minimise instead


@dataclass(frozen=True)
class ScreenInfo:
    name: str
    serial: str
    model: str
    geometry: tuple[int, int, int, int]  # x, y, width, height
    primary: bool

    @property
    def key(self) -> str:
        """What we remember a monitor by: its serial when it has one, else its connector
        name, model and size (some systems name every monitor alike)."""
        if self.serial:
            return f"serial:{self.serial}"
        _, _, w, h = self.geometry
        return f"name:{self.name}|{self.model}|{w}x{h}"

    @property
    def label(self) -> str:
        _, _, w, h = self.geometry
        return f"{self.model or self.name} ({w}\u00d7{h})"


def describe(screen: QScreen, primary: QScreen | None) -> ScreenInfo:
    g = screen.geometry()
    return ScreenInfo(
        name=screen.name(),
        serial=screen.serialNumber(),
        model=screen.model(),
        geometry=(g.x(), g.y(), g.width(), g.height()),
        primary=screen is primary,
    )


def choose_screen(screens: list[ScreenInfo], remembered: str | None) -> ScreenInfo | None:
    """The monitor for full screen, or None for a normal window (one monitor or none)."""
    if len(screens) < 2:
        return None
    matches = [s for s in screens if remembered and s.key == remembered]
    if matches:
        return next((s for s in matches if not s.primary), matches[0])
    return next((s for s in screens if not s.primary), screens[-1])


def fallback_geometry(
    screen: tuple[int, int, int, int], avoid: tuple[int, int, int, int]
) -> tuple[int, int, int, int] | None:
    """The largest strip of ``screen`` beside ``avoid`` (the facilitator's window), so the
    shared screen never covers it; None when no strip is big enough."""
    sx, sy, sw, sh = screen
    free = QRect(sx, sy, sw, sh)
    window = QRect(*avoid).intersected(free)
    if window.isEmpty():
        w, h = max(MIN_FALLBACK[0], sw // 2), max(MIN_FALLBACK[1], sh // 2)
        return (sx + sw - w, sy + sh - h, w, h)
    strips = [
        QRect(sx, sy, window.left() - sx, sh),  # left of the window
        QRect(window.right() + 1, sy, sx + sw - window.right() - 1, sh),  # right
        QRect(sx, sy, sw, window.top() - sy),  # above
        QRect(sx, window.bottom() + 1, sw, sy + sh - window.bottom() - 1),  # below
    ]
    usable = [r for r in strips if r.width() >= MIN_FALLBACK[0] and r.height() >= MIN_FALLBACK[1]]
    if not usable:
        return None
    best = max(usable, key=lambda r: r.width() * r.height())
    return (best.x(), best.y(), best.width(), best.height())
