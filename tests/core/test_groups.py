"""Groups and their occasions from the library index alone."""

from __future__ import annotations

from dataclasses import dataclass

from tillitverkstad.core.groups import group_library, group_of


@dataclass(frozen=True)
class Row:
    id: str
    group_id: str
    group: str
    date: str
    organisation: str = "Kommunen"
    created: str = "2026-01-01T08:00:00+00:00"
    number: int = 1
    remembered: tuple = ()
    readable: bool = True


def test_occasions_are_in_series_order_and_the_group_is_named_from_the_latest():
    groups = group_library(
        [
            Row("c", "g1", "Ledningsgrupp IFO Nord", "2027-03-16", number=3),
            Row("a", "g1", "Ledningsgrupp IFO", "2026-03-10"),
            Row("x", "g2", "Chefsgrupp", "2026-05-01"),
            Row("b", "g1", "Ledningsgrupp IFO", "2026-09-15", number=2),
            Row("bad", "", "", "", readable=False),
        ]
    )
    assert [g.name for g in groups] == ["Chefsgrupp", "Ledningsgrupp IFO Nord"]
    ifo = groups[1]
    assert [o.workshop_id for o in ifo.occasions] == ["a", "b", "c"]
    assert ifo.number_of("c") == 3 and group_of(groups, "b") is ifo


def test_two_follow_ups_of_one_occasion_on_one_day_are_ordered_by_when_they_were_made():
    groups = group_library(
        [
            Row("late", "g", "G", "2026-03-10", created="2026-03-10T13:00:00+00:00", number=2),
            Row("early", "g", "G", "2026-03-10", created="2026-03-10T09:00:00+00:00", number=2),
        ]
    )
    assert [o.workshop_id for o in groups[0].occasions] == ["early", "late"]


def test_an_occasion_only_a_follow_up_remembers_counts_but_is_not_in_the_library():
    follow_up = Row(
        "b",
        "g",
        "G",
        "2026-09-15",
        number=2,
        remembered=(("a", "2026-03-10", "2026-03-10T08:00:00+00:00", 1),),
    )
    group = group_library([follow_up])[0]
    assert [(o.workshop_id, o.in_library) for o in group.occasions] == [("a", False), ("b", True)]
    assert group.number_of("b") == 2
    assert group.in_library == (follow_up,)
    imported_later = Row("a", "g", "G", "2026-03-10", created="2026-03-10T08:00:00+00:00")
    group = group_library([follow_up, imported_later])[0]
    assert [(o.workshop_id, o.in_library) for o in group.occasions] == [("a", True), ("b", True)]


def test_a_clock_that_went_back_does_not_swap_baseline_and_follow_up():
    groups = group_library(
        [
            Row("baseline", "g", "G", "2026-03-10", created="2026-03-10T13:00:00+00:00"),
            Row("follow-up", "g", "G", "2026-03-10", created="2026-03-10T09:00:00+00:00", number=2),
        ]
    )
    assert [o.workshop_id for o in groups[0].occasions] == ["baseline", "follow-up"]
    assert groups[0].number_of("follow-up") == 2
