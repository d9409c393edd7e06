"""The window's Swedish reads as written by a person: no "4 av 0 min" for a step without
planned time, "valfritt" and "frivilligt" not both, the largest gaps as
"Medborgarfokus +2"."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, swedish  # noqa: F401

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
TS = Path(__file__).resolve().parents[2] / "resources/translations/tillitverkstad_sv.ts"


def test_a_step_without_planned_time_says_only_the_time_used(qtbot, session, open_view):
    session.workshop.minutes.pop("summary")  # as an old file may have it
    session.record_time("summary", 4 * 60)
    view = open_view(session)
    text = view.sidebar.item_text("summary")
    assert text.endswith("4 min") and " av " not in text
    view.go_to("summary")
    assert view.timer_widget.state_label.text() == "ingen planerad tid"


def test_optional_is_one_word():
    texts = [m.findtext("translation") or "" for m in ET.parse(TS).getroot().iter("message")]
    assert not any("valfri" in t for t in texts)


def test_the_largest_gaps_read_name_then_number(qtbot, demo_session, open_view):
    view = open_view(demo_session)
    view.go_to("summary")
    first = view.page().gaps.text().splitlines()[0]
    assert first == "1. Tillit +2 (nuläge 3 → önskat 5)"
