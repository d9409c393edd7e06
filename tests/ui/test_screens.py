"""Placement of the shared screen, decided with fake monitors."""

from __future__ import annotations

import pytest

from tillitverkstad.ui.screens import ScreenInfo, choose_screen, fallback_geometry

LAPTOP = ScreenInfo("eDP-1", "", "Laptop panel", (0, 0, 1366, 768), primary=True)
PROJECTOR = ScreenInfo("HDMI-1", "PJ123", "Epson", (1366, 0, 1024, 768), primary=False)
TV = ScreenInfo("DP-2", "", "Samsung", (2390, 0, 3840, 2160), primary=False)


@pytest.mark.parametrize("screens", [[], [LAPTOP]])
def test_zero_or_one_monitor_means_a_normal_window(screens):
    assert choose_screen(screens, remembered=PROJECTOR.key) is None


def test_two_monitors_go_to_the_one_that_is_not_primary():
    assert choose_screen([LAPTOP, PROJECTOR], remembered=None) == PROJECTOR
    assert choose_screen([PROJECTOR, LAPTOP], remembered=None) == PROJECTOR


def test_three_monitors_prefer_the_remembered_one_when_present():
    assert choose_screen([LAPTOP, PROJECTOR, TV], remembered=TV.key) == TV
    assert choose_screen([LAPTOP, PROJECTOR, TV], remembered="serial:gone") == PROJECTOR


def test_remembered_by_serial_survives_a_new_connector_name():
    moved = ScreenInfo("HDMI-2", "PJ123", "Epson", (1366, 0, 1024, 768), primary=False)
    assert choose_screen([LAPTOP, TV, moved], remembered=PROJECTOR.key) == moved


def test_remembered_primary_monitor_is_honoured():
    assert choose_screen([LAPTOP, PROJECTOR], remembered=LAPTOP.key) == LAPTOP


def _overlaps(a, b):
    ax, ay, aw, ah = a
    bx, by, bw, bh = b
    return ax < bx + bw and bx < ax + aw and ay < by + bh and by < ay + ah


@pytest.mark.parametrize(
    "window",
    [(0, 0, 800, 768), (400, 0, 966, 768), (0, 0, 1366, 400), (100, 100, 600, 400)],
)
def test_after_unplug_the_fallback_never_covers_the_facilitator(window):
    place = fallback_geometry((0, 0, 1366, 768), window)
    assert place is not None
    assert not _overlaps(place, window)
    assert place[2] >= 320 and place[3] >= 240


def test_after_unplug_with_a_full_screen_facilitator_there_is_no_room():
    assert fallback_geometry((0, 0, 1366, 768), (0, 0, 1366, 768)) is None


def test_monitors_without_serial_or_distinct_names_are_told_apart_by_size():
    first = ScreenInfo("screen", "", "", (0, 0, 1366, 768), primary=True)
    second = ScreenInfo("screen", "", "", (0, 0, 1024, 768), primary=False)
    assert first.key != second.key
    assert choose_screen([first, second], remembered=second.key) == second
    assert choose_screen([first, second], remembered=None) == second
