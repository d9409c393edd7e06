"""The operations layer: each action on the library, as the window and the CLI call it."""

from __future__ import annotations

import datetime as dt
import json

import pytest

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import DetailField, NoteCategory
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import packages


def test_create_then_list_finish_and_reopen(lib, content_sv):
    ws = ops.store_new(
        lib, uc.create_workshop(content_sv, group="Ledningsgrupp", date=dt.date(2026, 11, 23))
    )
    assert [s.status for s in ops.list_workshops(lib)] == ["not_started"]
    finished = ops.finish(lib, ws.id)
    assert finished.finished and finished.finished_at
    assert [s.status for s in ops.list_workshops(lib)] == ["done"]
    assert ops.read(lib, ws.id).finished_at == finished.finished_at
    ops.reopen(lib, ws.id)
    stored = ops.read(lib, ws.id)
    assert (stored.finished, stored.finished_at) == (False, None)


def test_correct_stores_the_correction_and_its_log(lib):
    ws = ops.create_demo(lib)
    ops.correct(lib, ws.id, {DetailField.GROUP: "Ledningsgrupp IFO Nord"})
    stored = ops.read(lib, ws.id)
    assert stored.group == "Ledningsgrupp IFO Nord"
    assert [(c.field, c.before, c.after) for c in stored.changes] == [
        (DetailField.GROUP, "Ledningsgrupp IFO", "Ledningsgrupp IFO Nord")
    ]
    assert ops.list_workshops(lib)[0].group == "Ledningsgrupp IFO Nord"


def test_a_refused_correction_leaves_the_file_as_it_was(lib):
    ws = ops.create_demo(lib)
    before = (lib.path_of(ws.id)).read_bytes()
    with pytest.raises(TillitError):
        ops.correct(lib, ws.id, {DetailField.PARTICIPANTS: 1})
    assert lib.path_of(ws.id).read_bytes() == before


def test_follow_up_takes_its_date_and_participants(lib):
    ws = ops.create_demo(lib)
    follow = ops.start_follow_up(lib, ws.id, date=dt.date(2027, 5, 20), participants=11)
    assert (follow.follow_up_of, follow.date, follow.participant_count) == (
        ws.id,
        dt.date(2027, 5, 20),
        11,
    )
    assert [o.workshop_id for o in ops.earlier_occasions(lib, follow)] == [ws.id]


def test_import_many_files_keeps_going_past_a_bad_one(lib, tmp_path):
    ws = ops.create_demo(lib)
    good = packages.export_package(ws, tmp_path / "good.json")
    bad = tmp_path / "bad.json"
    bad.write_text("{broken")
    missing = tmp_path / "missing.json"
    uc.add_note(ws, "tillit", NoteCategory.TODAY, "Efter exporten")  # other content now
    changed = packages.export_package(ws, tmp_path / "changed.json")
    results = packages.import_packages(lib, [changed, bad, missing, good])
    assert [r.error is None for r in results] == [True, False, False, True]
    assert "datapaket" in results[1].error.message("sv")
    assert "missing.json" in results[2].error.message("sv")
    assert results[0].held.id == ws.id  # another version of it: stored only when chosen
    assert results[3].already and results[3].workshop.id == ws.id  # same content: held
    assert len(ops.list_workshops(lib)) == 1


def test_importing_a_package_the_library_holds_says_so_and_stores_nothing(lib, tmp_path):
    ws = ops.create_demo(lib)
    path = packages.export_package(ws, tmp_path / "p.json")
    first, again = packages.import_packages(lib, [path, path])
    assert first.already and again.already
    assert [s.id for s in ops.list_workshops(lib)] == [ws.id]


def test_a_package_imported_twice_elsewhere_is_stored_once(lib, tmp_path):
    ws = ops.create_demo(lib)
    path = packages.export_package(ws, tmp_path / "p.json")
    hr = ops.library_at(tmp_path / "hr")
    ops.prepare(hr)
    first = packages.import_file(hr, path)
    again = packages.import_file(hr, path)
    assert not first.already and again.already
    assert again.workshop.id == first.workshop.id == ws.id
    assert len(ops.list_workshops(hr)) == 1


def test_package_export_leaves_private_notes_out_unless_asked(lib, tmp_path):
    ws = ops.create_demo(lib)
    path = packages.export_package(ws, tmp_path / "p.json")
    data = json.loads(path.read_text(encoding="utf-8"))
    assert all(not r["private_notes"] for r in data["records"].values())
    uc.add_note(ws, "tillit", NoteCategory.TODAY, "x")  # the package is a copy, not a view
    assert packages.read_package(path).record("tillit").notes != ws.record("tillit").notes


def test_an_occasion_cannot_be_corrected_to_after_the_groups_next_one(lib):
    baseline = ops.create_demo(lib)
    follow = ops.start_follow_up(lib, baseline.id, date=dt.date(2027, 5, 20))
    before = lib.path_of(baseline.id).read_bytes()
    with pytest.raises(TillitError) as error:
        ops.correct(lib, baseline.id, {DetailField.DATE: dt.date(2027, 6, 1)})
    assert "2027-05-20" in error.value.message("sv")
    assert lib.path_of(baseline.id).read_bytes() == before
    ops.correct(lib, baseline.id, {DetailField.DATE: dt.date(2027, 5, 20)})  # the same day: fine
    assert [o.workshop_id for o in ops.earlier_occasions(lib, ops.read(lib, follow.id))] == [
        baseline.id
    ]
