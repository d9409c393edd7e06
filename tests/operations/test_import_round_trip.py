"""Every kind of occasion exported and imported again, into the same library and into a
fresh one: a package the library holds is recognised, never stored twice, and another
version of a workshop it holds is stored only when the user chooses how."""

from __future__ import annotations

import datetime as dt

import pytest

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.identity import Part
from tillitverkstad.core.model import DetailField, NoteCategory
from tillitverkstad.core.overview import Filters
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import packages
from tillitverkstad.operations.overview import library_overview
from tillitverkstad.operations.packages import OnConflict, Outcome

SECOND_DATE = dt.date(2027, 3, 1)
THIRD_DATE = dt.date(2027, 9, 1)


@pytest.fixture
def series(lib):
    """A baseline, its follow-up and a third occasion, stored; ids in order."""
    first = ops.create_demo(lib)
    second = ops.start_follow_up(lib, first.id, date=SECOND_DATE)
    with lib.open(second.id) as opened:
        uc.agree_rating(opened.workshop, "tillit", current=4, desired=5, consensus=None)
        opened.save()
    third = ops.start_follow_up(lib, second.id, date=THIRD_DATE)
    return [first.id, second.id, third.id]


def _export(lib, workshop_id, path):
    ws = ops.read(lib, workshop_id)
    return packages.export_package(ws, path, earlier=ops.earlier_occasions(lib, ws))


def _finish(lib, ids):
    ops.finish(lib, ids[1])
    return ids[1]


def _reopen_and_correct(lib, ids):
    ops.finish(lib, ids[0])
    ops.reopen(lib, ids[0])
    ops.correct(lib, ids[0], {DetailField.FACILITATOR: "Ny processledare"})
    return ids[0]


KINDS = {
    "baseline": lambda lib, ids: ids[0],
    "follow-up": lambda lib, ids: ids[1],
    "third occasion": lambda lib, ids: ids[2],
    "finished": _finish,
    "reopened and corrected": _reopen_and_correct,
}


def _totals(library):
    overview = library_overview(library, Filters(), language="sv")
    return len(overview.groups), overview.occasion_count


def test_reimporting_a_follow_up_answers_already_imported(lib, tmp_path):
    first = ops.create_demo(lib)
    second = ops.start_follow_up(lib, first.id)
    path = _export(lib, second.id, tmp_path / "uppfoljning.json")
    result = packages.import_file(lib, path)
    assert result.already and result.workshop.id == second.id
    assert len(ops.list_workshops(lib)) == 2


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_occasion_reimported_into_its_library_is_already_there(
    lib, series, tmp_path, kind
):
    workshop_id = KINDS[kind](lib, series)
    before = [(s.id, s.number, s.follow_up_of) for s in ops.list_workshops(lib)]
    path = _export(lib, workshop_id, tmp_path / "p.json")
    result = packages.import_file(lib, path)
    assert result.outcome is Outcome.ALREADY and result.workshop.id == workshop_id
    assert [(s.id, s.number, s.follow_up_of) for s in ops.list_workshops(lib)] == before
    assert _totals(lib) == (1, 3)


@pytest.mark.parametrize("kind", KINDS)
def test_every_kind_of_occasion_imported_into_a_fresh_library_keeps_its_id_and_place(
    lib, fresh, series, tmp_path, kind
):
    workshop_id = KINDS[kind](lib, series)
    path = _export(lib, workshop_id, tmp_path / "p.json")
    first = packages.import_file(fresh, path)
    again = packages.import_file(fresh, path)
    assert first.outcome is Outcome.IMPORTED and again.outcome is Outcome.ALREADY
    assert first.workshop.id == again.workshop.id == workshop_id
    original, copy = ops.read(lib, workshop_id), ops.read(fresh, workshop_id)
    assert (copy.occasion_number, copy.follow_up_of) == (
        original.occasion_number,
        original.follow_up_of,
    )
    [group] = ops.list_groups(fresh)
    assert [o.workshop_id for o in group.occasions] == series[: original.occasion_number]
    assert [o.in_library for o in group.occasions][-1]
    assert _totals(fresh) == (1, original.occasion_number)


def test_a_whole_series_imported_in_any_order_is_one_series_and_counted_once(
    lib, fresh, series, tmp_path
):
    paths = [_export(lib, i, tmp_path / f"{n}.json") for n, i in enumerate(series)]
    results = packages.import_packages(fresh, [paths[2], paths[0], paths[1]])
    assert [r.outcome for r in results] == [Outcome.IMPORTED] * 3
    [group] = ops.list_groups(fresh)
    assert [(o.workshop_id, o.number, o.in_library) for o in group.occasions] == [
        (series[0], 1, True),
        (series[1], 2, True),
        (series[2], 3, True),
    ]
    assert [ops.read(fresh, i).follow_up_of for i in series] == [None, series[0], series[1]]
    again = packages.import_packages(fresh, paths)
    assert [r.outcome for r in again] == [Outcome.ALREADY] * 3
    assert _totals(fresh) == (1, 3) and len(ops.list_workshops(fresh)) == 3


# --- another version of a workshop the library holds ---------------------------------------


@pytest.fixture
def older(lib, series, tmp_path):
    """The follow-up's package as it was, then the follow-up corrected in the library."""
    path = _export(lib, series[1], tmp_path / "older.json")
    with lib.open(series[1]) as opened:
        uc.reopen_workshop(opened.workshop)
        uc.add_note(opened.workshop, "tillit", NoteCategory.IDEAS, "Skrivet efter exporten")
        opened.workshop.record("tillit").private_notes = "Bara för mig"
        opened.workshop.participant_names = ["Anna", "Bo"]
        opened.save()
    return path


def test_another_version_of_a_held_workshop_changes_nothing_and_says_what_is_held(
    lib, series, older
):
    before = lib.path_of(series[1]).read_bytes()
    result = packages.import_file(lib, older)
    assert result.outcome is Outcome.CONFLICT and result.error is None
    assert result.held.id == series[1] and result.differences == (Part.NOTES,)
    assert lib.path_of(series[1]).read_bytes() == before
    assert len(ops.list_workshops(lib)) == 3


def test_replacing_puts_the_files_version_in_place_and_keeps_what_the_file_left_out(
    lib, series, older
):
    result = packages.import_file(lib, older, OnConflict.REPLACE)
    assert result.outcome is Outcome.REPLACED and result.workshop.id == series[1]
    stored = ops.read(lib, series[1])
    assert "Skrivet efter exporten" not in [n.text for n in stored.record("tillit").notes]
    assert stored.record("tillit").private_notes == "Bara för mig"
    assert stored.participant_names == ["Anna", "Bo"]
    assert (stored.occasion_number, stored.follow_up_of) == (2, series[0])
    assert len(ops.list_workshops(lib)) == 3
    assert packages.import_file(lib, older).outcome is Outcome.ALREADY


def test_keeping_both_stores_the_files_version_as_a_second_copy(lib, series, older):
    result = packages.import_file(lib, older, OnConflict.KEEP_BOTH)
    assert result.outcome is Outcome.KEPT_BOTH and result.workshop.id not in series
    assert len(ops.list_workshops(lib)) == 4
    assert packages.import_file(lib, older).outcome is Outcome.ALREADY  # the copy is held
    assert len(ops.list_workshops(lib)) == 4


def test_a_choice_changes_nothing_for_a_package_that_is_new_or_already_held(
    lib, fresh, series, tmp_path
):
    path = _export(lib, series[0], tmp_path / "p.json")
    assert packages.import_file(fresh, path, OnConflict.REPLACE).outcome is Outcome.IMPORTED
    assert packages.import_file(fresh, path, OnConflict.KEEP_BOTH).outcome is Outcome.ALREADY
    assert len(ops.list_workshops(fresh)) == 1


def test_replacing_a_workshop_open_in_a_window_is_refused_and_changes_nothing(lib, series, older):
    before = lib.path_of(series[1]).read_bytes()
    with lib.open(series[1]):
        result = packages.import_file(lib, older, OnConflict.REPLACE)
    assert result.error is not None and "öppen" in result.error.message("sv")
    assert lib.path_of(series[1]).read_bytes() == before


# --- a follow-up that arrives before the occasions it follows ---------------------------


def _as_package_version_2(ws) -> bytes:
    """``ws``'s package as version 2 wrote it: no group, no numbers, no history."""
    from tillitverkstad.core.package import dumps, to_package

    data = to_package(ws)
    data["version"] = 2
    head = data["workshop"]
    del head["group_id"], head["occasion_number"], data["carried"], data["history"]
    head["created"] = head["created"].removesuffix("+00:00")
    old = {"inte_paborjad": "planerad", "genomford": "klar"}
    for action in data["actions"]:
        action["status"] = old.get(action["status"], action["status"])
    for record in data["records"].values():
        del record["rating"]["method"]
    return dumps(data)


def test_a_follow_up_imported_before_its_earlier_occasions_is_linked_when_they_arrive(
    lib, fresh, series, tmp_path
):
    paths = []
    for number, workshop_id in enumerate(series, start=1):
        path = tmp_path / f"{number}.json"
        path.write_bytes(_as_package_version_2(ops.read(lib, workshop_id)))
        paths.append(path)
    third = packages.import_file(fresh, paths[2])
    assert third.outcome is Outcome.IMPORTED
    [alone] = ops.list_groups(fresh)
    assert alone.missing  # kept, and its series said to be incomplete
    packages.import_packages(fresh, [paths[0], paths[1]])
    [group] = ops.list_groups(fresh)
    assert [(o.workshop_id, o.number) for o in group.occasions] == [
        (series[0], 1),
        (series[1], 2),
        (series[2], 3),
    ]
    assert group.missing == ()
    assert [o.workshop_id for o in ops.earlier_occasions(fresh, ops.read(fresh, series[2]))] == [
        series[0],
        series[1],
    ]
