"""The slide themes as designed: every text colour 7:1 on what it is painted on, type
never under 3.5 % of the height, the Okabe-Ito series kept."""

from __future__ import annotations

import pytest

from tillitverkstad.ui import theme as window_theme
from tillitverkstad.ui.slide_theme import (
    FLOOR_SCALE,
    MIN_CONTRAST,
    THEMES,
    TYPE_SCALE,
    contrast,
    margins,
    pixel_size,
    theme_named,
)


def test_contrast_is_computed_as_wcag_does():
    assert contrast("#000000", "#FFFFFF") == pytest.approx(21.0)
    assert contrast("#777777", "#FFFFFF") == pytest.approx(4.48, abs=0.01)
    assert contrast("#FFFFFF", "#FFFFFF") == pytest.approx(1.0)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_every_text_colour_reaches_7_to_1_on_the_paper_and_the_cards(name):
    theme = THEMES[name]
    for role, color in theme.text_colors().items():
        for background in (theme.paper, theme.panel):
            assert contrast(color, background) >= MIN_CONTRAST, (name, role, background)


@pytest.mark.parametrize("name", sorted(THEMES))
def test_nulage_and_onskat_lage_keep_the_okabe_ito_colours(name):
    assert THEMES[name].current == window_theme.CURRENT_COLOR == "#0072B2"
    assert THEMES[name].desired == window_theme.DESIRED_COLOR == "#E69F00"


def test_no_role_goes_under_the_floor_at_1024x768_however_far_it_shrinks():
    steps = [FLOOR_SCALE + (1 - FLOOR_SCALE) * i / 20 for i in range(21)]
    for role in TYPE_SCALE:
        for scale in steps:
            assert pixel_size(role, 768, scale) >= 0.035 * 768, (role, scale)
    assert pixel_size("small", 768) >= 0.035 * 768
    assert pixel_size("title", 768, FLOOR_SCALE * 0.5) < 0.035 * 768  # only as a last resort


def test_an_unknown_stored_theme_falls_back_to_light():
    assert theme_named("dark") is THEMES["dark"]
    assert theme_named("neon") is THEMES["light"] and theme_named(None) is THEMES["light"]


def test_margins_follow_the_height_and_widen_on_wide_screens():
    assert margins(1024, 768) == pytest.approx((51.2, 49.92))
    assert margins(3840, 2160)[0] == pytest.approx(192.0)
