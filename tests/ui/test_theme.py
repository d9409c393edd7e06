"""The colour schemes are readable (WCAG 2.1 AA contrast) and the design reaches widgets."""

from __future__ import annotations

import pytest

from tillitverkstad.ui import theme
from tillitverkstad.ui.stylesheet import stylesheet

SCHEMES = {"light": theme.LIGHT, "dark": theme.DARK, "high contrast": theme.HIGH_CONTRAST}


def luminance(color: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    r, g, b = (int(color[i : i + 2], 16) for i in (1, 3, 5))
    return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b)


def contrast(a: str, b: str) -> float:
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("name", SCHEMES)
def test_text_reads_at_4_5_to_1_and_borders_and_focus_at_3_to_1(name):
    c = SCHEMES[name]
    for background in (c.window, c.surface, c.surface_alt, c.accent_soft):
        assert contrast(c.text, background) >= 4.5
        assert contrast(c.muted, background) >= 4.5
    assert contrast(c.accent_text, c.accent) >= 4.5  # primary buttons
    assert contrast(c.warning_text, c.surface) >= 4.5
    assert contrast(c.field, c.surface) >= 3  # a field's edge
    assert contrast(c.accent, c.surface) >= 3  # the focus ring


def test_dark_follows_the_system_only_when_asked_to():
    assert theme.scheme_for(theme.Appearance.AUTO, system_dark=True) is theme.DARK
    assert theme.scheme_for(theme.Appearance.AUTO, system_dark=False) is theme.LIGHT
    assert theme.scheme_for(theme.Appearance.LIGHT, system_dark=True) is theme.LIGHT
    assert theme.scheme_for(theme.Appearance.HIGH_CONTRAST, False) is theme.HIGH_CONTRAST


@pytest.mark.parametrize("name", SCHEMES)
def test_every_stylesheet_names_arrows_that_are_shipped(name):
    from pathlib import Path

    css = stylesheet(SCHEMES[name])
    images = [part.split('"')[1] for part in css.split("url(")[1:]]
    assert images and all(Path(image).is_file() for image in images)
