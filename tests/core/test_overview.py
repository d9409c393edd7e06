"""HR's overview across groups: the heatmap cells, change within groups only, the action
roll-up, the examples and the balance, from the library's digests alone."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from overview_story import SCHOOL, SOCIAL, TODAY, groups

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.digest import LIMITS, digest_of
from tillitverkstad.core.model import ActionStatus, NoteCategory, Scale
from tillitverkstad.core.overview import Filters, build_overview
from tillitverkstad.storage.open_workshop import summary_of


@pytest.fixture
def made(content_sv):
    return groups(content_sv)


def listed(made, drop=()):
    return [
        summary_of(ws, Path(f"/x/{ws.id}.tillit.json"))
        for chain in made.values()
        for ws in chain
        if ws.id not in drop
    ]


def overview(made, filters=None, drop=()):
    return build_overview(listed(made, drop), filters, today=TODAY)


def by_name(ov, name):
    return next(g for g in ov.groups if g.name == name)


def test_each_group_shows_its_latest_agreed_current_state_per_principle(made):
    ov = overview(made)
    ifo = by_name(ov, "Ledningsgrupp IFO")
    assert ifo.cell("tillit").value == 4  # the third occasion agreed 4
    assert ifo.cell("tillit").occasion.number == 3
    assert ifo.cell("tillit").gap == 1
    # The third occasion did not rate handlingsutrymme: the second's value stands, so marked
    assert ifo.cell("handlingsutrymme").value == 2
    assert ifo.cell("handlingsutrymme").occasion.number == 2
    assert [len(g.occasions) for g in ov.groups] == [3, 2, 1]


def test_a_principle_never_rated_is_unrated_not_zero(made):
    care = by_name(overview(made), "Ledningsgrupp Vård")
    cell = care.cell("organisering")
    assert not cell.rated and cell.value is None and cell.gap is None
    assert cell.on_agenda
    assert not care.cell("tillit").on_agenda  # not on its cornerstone agenda at all


def test_change_is_worked_out_within_each_group_since_its_start_and_last_time(made):
    ov = overview(made)
    ifo = by_name(ov, "Ledningsgrupp IFO").trend("medborgarfokus")
    assert [p.current for p in ifo.points] == [2, 3, 4]
    assert ifo.since_baseline(Scale.CURRENT) == 2 and ifo.since_last_time(Scale.CURRENT) == 1
    school = by_name(ov, "Ledningsgrupp Skola").trend("kunskap")
    assert [p.current for p in school.points] == [4, 3]
    assert school.since_baseline(Scale.CURRENT) == -1
    care = by_name(ov, "Ledningsgrupp Vård").trend("styrning")
    assert care.since_baseline(Scale.CURRENT) is None  # met once: no trend at all


def test_a_group_added_later_does_not_change_another_groups_trend(made, content_sv):
    """A mean over groups would move when a new group appears; a within-group trend cannot."""
    before = by_name(overview(made), "Ledningsgrupp IFO").trend("tillit")
    extra = groups(content_sv)["care"][0]
    extra.group_id, extra.id, extra.group = "newgroup", "newid", "Ny grupp"
    uc.agree_rating(extra, "styrning", current=1, desired=5, consensus=None)
    made["extra"] = [extra]
    after = by_name(overview(made), "Ledningsgrupp IFO").trend("tillit")
    assert before.points == after.points
    assert not hasattr(overview(made), "mean")


def test_the_period_limits_the_occasions_and_the_start_of_a_trend(made):
    ov = overview(made, Filters(start=dt.date(2026, 6, 1)))
    ifo = by_name(ov, "Ledningsgrupp IFO")
    assert [o.number for o in ifo.occasions] == [2, 3]  # the group's own numbering kept
    assert ifo.total_occasions == 3
    assert ifo.trend("tillit").since_baseline(Scale.CURRENT) == 1  # 3 -> 4 within the period


def test_filters_by_organisation_and_group(made):
    ov = overview(made, Filters(organisation=SCHOOL))
    assert [g.name for g in ov.groups] == ["Ledningsgrupp Skola"]
    assert SOCIAL in ov.organisations and SCHOOL in ov.organisations
    ifo_id = made["ifo"][0].group_id
    assert [g.name for g in overview(made, Filters(group_id=ifo_id)).groups] == [
        "Ledningsgrupp IFO"
    ]


def test_each_action_counts_once_with_the_status_its_latest_occasion_gave_it(made):
    ifo = by_name(overview(made), "Ledningsgrupp IFO")
    origins = [a.state.origin for a in ifo.actions]
    assert len(origins) == len(set(origins)) == len(made["ifo"][0].actions)
    r = ifo.rollup
    assert (r.done, r.cancelled) == (
        sum(a.state.status is ActionStatus.DONE for a in ifo.actions),
        sum(a.state.status is ActionStatus.CANCELLED for a in ifo.actions),
    )
    assert r.open == len(ifo.actions) - r.done - r.cancelled
    assert r.cancelled == 1  # cancelled at the baseline, never carried


def test_overdue_actions_are_open_ones_whose_date_has_passed(made):
    ov = overview(made)
    assert ov.overdue
    for item in ov.overdue:
        assert item.is_open and item.state.when < TODAY
    later = build_overview(listed(made), today=dt.date(2000, 1, 1))
    assert not later.overdue


def test_examples_are_group_notes_of_today_and_ideas_never_private_or_obstacles(made):
    ov = overview(made)
    texts = [e.example.text for e in ov.examples]
    assert "Vi följer upp med färre mått än förr" in texts
    assert "Kollegial handledning varje månad" in texts
    assert not any("Privat" in t or "Hinder som" in t for t in texts)
    assert {e.example.category for e in ov.examples} <= {NoteCategory.TODAY, NoteCategory.IDEAS}


def test_balance_over_time_where_the_group_did_the_exercise(made):
    ov = overview(made)
    assert [b.occasion.number for b in by_name(ov, "Ledningsgrupp IFO").balance] == [1]
    assert by_name(ov, "Ledningsgrupp IFO").balance[0].points.today == (25, 50, 25)
    assert by_name(ov, "Ledningsgrupp Vård").balance == ()


def test_occasions_known_only_from_a_later_one_still_count_in_the_trend(made):
    """HR holds only the third occasion (its package carries the earlier ones)."""
    first, second, _ = made["ifo"]
    ov = overview(made, drop={first.id, second.id})
    ifo = by_name(ov, "Ledningsgrupp IFO")
    assert [o.in_source for o in ifo.occasions] == [False, False, True]
    assert [p.current for p in ifo.trend("tillit").points] == [3, 3, 4]


def test_the_digest_is_bounded_and_marks_what_it_shortened(made, content_sv):
    ws = made["care"][0]
    for number in range(LIMITS.examples + 5):
        uc.add_note(ws, "styrning", NoteCategory.IDEAS, f"Idé {number} " + "x" * 2000)
    digest = digest_of(ws)
    assert len(digest.examples) == LIMITS.examples and digest.examples_left_out == 6
    assert all(len(e.text) <= LIMITS.example for e in digest.examples)
    assert digest.examples[-1].shortened and digest.examples[-1].text.endswith("…")


def test_a_series_missing_an_occasion_is_named_and_a_whole_one_is_not(made):
    from tillitverkstad.core.series import incomplete_line

    ifo = made["ifo"]
    ov = overview(made, drop={ifo[0].id})  # the baseline's package never arrived
    assert by_name(ov, "Ledningsgrupp IFO").missing == (1,)
    assert [g.name for g in ov.incomplete] == ["Ledningsgrupp IFO"]
    assert incomplete_line(ov, "sv") == (
        "Serier där ett tillfälle saknas (dess datapaket finns inte här): "
        "Ledningsgrupp IFO (tillfälle 1)."
    )
    whole = overview(made)
    assert whole.incomplete == () and incomplete_line(whole, "sv") == ""
    third_alone = overview({"ifo": [ifo[2]]})
    assert by_name(third_alone, "Ledningsgrupp IFO").missing == (1, 2)
