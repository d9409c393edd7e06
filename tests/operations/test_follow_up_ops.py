"""Following a group over its occasions through the operations layer: the follow-up, its
standalone package, and importing the earlier workshops afterwards."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from story import FOLLOW_UP_DATE, THIRD_DATE, baseline, follow_up

from tillitverkstad.core import history
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.agenda import REVIEW_STEP
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import DetailField
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import packages


@pytest.fixture
def story(lib, content_sv):
    """A baseline and a reviewed follow-up, stored."""
    first = baseline(content_sv)
    lib.add(first)
    second = follow_up(first, content_sv, earlier=ops.earlier_occasions(lib, first))
    lib.add(second)
    return first, second


def test_the_follow_up_operation_carries_actions_and_remembers_the_group(lib, story):
    first, second = story
    third = ops.start_follow_up(lib, second.id, date=THIRD_DATE, participants=7)
    assert (third.group_id, third.participant_count, third.follow_up_of) == (
        first.group_id,
        7,
        second.id,
    )
    assert [o.workshop_id for o in third.history] == [first.id, second.id]
    assert len(third.carried) == 3 and third.steps[1] == REVIEW_STEP
    groups = ops.list_groups(lib)
    assert len(groups) == 1
    assert [o.workshop_id for o in groups[0].occasions] == [first.id, second.id, third.id]


def test_earlier_occasions_come_from_the_library_when_it_has_them(lib, story, content_sv):
    first, second = story
    with lib.open(first.id) as opened:  # corrected after the follow-up was started
        uc.reopen_workshop(opened.workshop)
        uc.agree_rating(opened.workshop, "tillit", current=1, desired=5, consensus=None)
        opened.save()
    earlier = ops.earlier_occasions(lib, second)
    assert earlier[0].result("tillit").agreed_current == 1
    ops.delete(lib, first.id)  # gone: the follow-up still remembers it as it was
    assert ops.earlier_occasions(lib, second)[0].result("tillit").agreed_current == 3


def test_a_follow_ups_package_imported_alone_compares_with_every_earlier_occasion(
    lib, story, tmp_path
):
    first, second = story
    third = ops.start_follow_up(lib, second.id, date=THIRD_DATE)
    path = packages.export_package(
        third, tmp_path / "tredje.json", earlier=ops.earlier_occasions(lib, third)
    )
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["workshop"]["group_id"] == first.group_id
    assert [o["workshop_id"] for o in data["history"]] == [first.id, second.id]
    assert {a["status"] for a in data["history"][1]["actions"]} >= {"genomford", "pagaende"}

    elsewhere = ops.library_at(tmp_path / "hr")
    ops.prepare(elsewhere)
    imported = packages.import_package(elsewhere, path)
    earlier = ops.earlier_occasions(elsewhere, imported)
    assert [o.workshop_id for o in earlier] == [first.id, second.id]
    comparison = history.compare(imported, earlier)
    assert [p.current for p in comparison.row("tillit").points] == [3, 3, None]
    group = ops.list_groups(elsewhere)[0]
    assert [o.in_library for o in group.occasions] == [False, False, True]
    assert group.number_of(imported.id) == 3


def test_importing_the_earlier_workshops_later_duplicates_nothing(lib, story, tmp_path):
    first, second = story
    second_package = packages.export_package(
        second, tmp_path / "b.json", earlier=ops.earlier_occasions(lib, second)
    )
    first_package = packages.export_package(first, tmp_path / "a.json")
    elsewhere = ops.library_at(tmp_path / "hr")
    ops.prepare(elsewhere)
    packages.import_package(elsewhere, second_package)
    packages.import_package(elsewhere, first_package)
    assert len(elsewhere.list()) == 2
    group = ops.list_groups(elsewhere)[0]
    assert [(o.workshop_id, o.in_library) for o in group.occasions] == [
        (first.id, True),
        (second.id, True),
    ]
    stored = elsewhere.read(second.id)
    assert [o.workshop_id for o in ops.earlier_occasions(elsewhere, stored)] == [first.id]


def test_a_follow_up_before_the_occasion_it_follows_is_refused_and_nothing_stored(lib, story):
    _, second = story
    with pytest.raises(TillitError) as error:
        ops.start_follow_up(lib, second.id, date=FOLLOW_UP_DATE - dt.timedelta(days=1))
    assert "2026-09-15" in error.value.message("sv")
    assert len(lib.list()) == 2


def test_renaming_the_group_at_its_latest_occasion_keeps_its_history(lib, story):
    first, second = story
    ops.correct(lib, second.id, {DetailField.GROUP: "Ledningsgrupp IFO Nord"})
    [group] = ops.list_groups(lib)
    assert group.name == "Ledningsgrupp IFO Nord"
    assert [o.workshop_id for o in group.occasions] == [first.id, second.id]
    assert lib.read(first.id).group == "Ledningsgrupp IFO"  # as it was called then
    renamed = lib.read(second.id)
    assert [o.group for o in ops.earlier_occasions(lib, renamed)] == ["Ledningsgrupp IFO"]


def test_a_follow_ups_date_cannot_be_corrected_to_before_the_occasion_it_follows(lib, story):
    _, second = story
    before = lib.path_of(second.id).read_bytes()
    with pytest.raises(TillitError) as error:
        ops.correct(lib, second.id, {DetailField.DATE: dt.date(2026, 1, 1)})
    assert "2026-03-10" in error.value.message("sv")
    assert lib.path_of(second.id).read_bytes() == before
