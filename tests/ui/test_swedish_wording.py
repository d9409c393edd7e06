"""The window's Swedish reads as written by a person: no "4 av 0 min" for a step without
planned time, "valfritt" and "frivilligt" not both, the largest gaps as
"Medborgarfokus +2", no capital letter after a dash."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from view_helpers import type_text

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, swedish  # noqa: F401
from tillitverkstad.core.model import NoteCategory, Scale

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


CAPITAL_AFTER_DASH = re.compile(r" \u2013 [A-ZÅÄÖ]")


def test_an_agreed_value_choice_has_no_capital_after_a_dash(qtbot, demo_session, open_view):
    view = open_view(demo_session)
    view.go_to("tillit")
    combo = view.page().rating.agreed[Scale.CURRENT]
    choices = [combo.itemText(i) for i in range(combo.count())]
    assert "1 = Stämmer inte – sker sällan" in choices  # as the legend and the tooltips
    assert not [c for c in choices if CAPITAL_AFTER_DASH.search(c)]


def test_text_left_typed_is_listed_by_step_and_column_without_a_dash(
    qtbot, demo_session, open_view
):
    view = open_view(demo_session)
    view.go_to("tillit")
    entry = view.page().notes.lists[NoteCategory.IDEAS].entry
    entry.setFocus()
    type_text(entry, "Fler möten")
    assert view.drafts() == ["Tillit › Idéer: ”Fler möten”"]
