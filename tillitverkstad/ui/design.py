"""The design applied to the whole application: the shipped face at the chosen size, the
colour scheme as a palette, and the stylesheet made from it. ``theme`` defines the design,
``stylesheet`` writes it as Qt style sheet; this puts both on the application."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from tillitverkstad.ui.stylesheet import stylesheet
from tillitverkstad.ui.theme import BODY_POINTS, Appearance, Colors, scheme_for

_SYSTEM_POINTS = "tillitSystemPoints"


def system_is_dark(app: QApplication) -> bool:
    return app.styleHints().colorScheme() == Qt.ColorScheme.Dark


def palette(colors: Colors) -> QPalette:
    """The scheme as a QPalette, for what the stylesheet does not reach (charts, views)."""
    result = QPalette()
    roles = QPalette.ColorRole
    for role, value in (
        (roles.Window, colors.window),
        (roles.WindowText, colors.text),
        (roles.Base, colors.surface),
        (roles.AlternateBase, colors.surface_alt),
        (roles.Text, colors.text),
        (roles.Button, colors.surface),
        (roles.ButtonText, colors.text),
        (roles.Highlight, colors.accent),
        (roles.HighlightedText, colors.accent_text),
        (roles.PlaceholderText, colors.muted),
        (roles.ToolTipBase, colors.surface),
        (roles.ToolTipText, colors.text),
        (roles.Link, colors.accent),
        (roles.Mid, colors.field),
        (roles.Midlight, colors.border),
        (roles.Dark, colors.field),
        (roles.Light, colors.surface),
        (roles.Shadow, colors.text),
        (roles.BrightText, colors.accent_text),
    ):
        result.setColor(role, QColor(value))
    disabled = QPalette.ColorGroup.Disabled
    for role in (roles.WindowText, roles.Text, roles.ButtonText):
        result.setColor(disabled, role, QColor(colors.muted))
    return result


def body_font(scale: float, system_points: float) -> QFont:
    """The shipped face at the body size (never smaller than the system's) times ``scale``."""
    from tillitverkstad.ui.fonts import UI_FAMILY, register_fonts

    register_fonts()
    font = QFont(UI_FAMILY)
    font.setPointSizeF(max(BODY_POINTS, system_points) * scale)
    return font


def apply(app: QApplication, appearance: Appearance, scale: float) -> Colors:
    """Give ``app`` the design: face and size, palette, stylesheet. Returns the scheme."""
    colors = scheme_for(appearance, system_is_dark(app))
    base = app.property(_SYSTEM_POINTS)
    if base is None:  # remembered before the first change, so the scale starts from it
        base = app.font().pointSizeF() if app.font().pointSizeF() > 0 else BODY_POINTS
        app.setProperty(_SYSTEM_POINTS, base)
    if app.style().name().lower() != "fusion":  # the same drawing on every platform
        app.setStyle("Fusion")
    app.setPalette(palette(colors))
    app.setFont(body_font(scale, float(base)))
    app.setStyleSheet(stylesheet(colors))
    return colors
