"""The data folder as another process, a copy command or a broken disk leaves it: nothing
is lost, no other file is touched, and every refusal says why."""

from __future__ import annotations

import errno
import json
import os
import shutil
import stat
import subprocess
import sys
import textwrap

import pytest

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.errors import NotFoundError
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.operations import library as ops
from tillitverkstad.storage import atomic, errors
from tillitverkstad.storage.library import SUFFIX, Library

# -- 1: a lone surrogate in a workshop file -----------------------------------------------


def _with_surrogate(path):
    data = json.loads(path.read_bytes())
    data["workshop"]["1"]["group"] = "Grupp \\ud800 X"  # the JSON escape of a lone surrogate
    path.write_bytes(json.dumps(data).replace("\\\\ud800", "\\ud800").encode())


def test_a_lone_surrogate_in_a_file_is_repaired_on_read_and_every_save_succeeds(library, demo):
    path = library.add(demo)
    _with_surrogate(path)
    assert "\\ud800" in path.read_text()
    with library.open(demo.id) as opened:
        assert opened.repaired == 1
        assert opened.workshop.group == "Grupp \ufffd X"
        uc.add_note(opened.workshop, "tillit", NoteCategory.IDEAS, "sparas ändå")
        opened.save()
    again = library.read(demo.id)
    assert again.group == "Grupp \ufffd X"
    assert again.record("tillit").notes[-1].text == "sparas ändå"


def test_a_save_never_fails_on_a_lone_surrogate_that_got_into_memory(library, demo):
    library.add(demo)
    with library.open(demo.id) as opened:
        opened.workshop.record("tillit").free_notes = "före \ud800 efter"  # past every check
        opened.save()
    assert library.read(demo.id).record("tillit").free_notes == "före \ufffd efter"


# -- 3: the index is only a cache -----------------------------------------------------------

INDEX_FIELDS = [
    "file",
    "mtime_ns",
    "size",
    "ino",
    "ctime_ns",
    "id",
    "group",
    "organisation",
    "date",
    "status",
    "template",
    "follow_up_of",
    "number",
    "error",
]
WRONG = {
    "file": 7,
    "mtime_ns": "x",
    "size": None,
    "ino": -1,
    "ctime_ns": 1.5,
    "id": ["a"],
    "group": {"a": 1},
    "organisation": 3,
    "date": "igår",
    "status": "klar?",
    "template": 0,
    "follow_up_of": 5,
    "number": 0,
    "error": "hittat på",
}


def _entries(library):
    library.index.compact()
    return json.loads(library.index_path.read_text())["workshops"]


def _rewrite_entry(library, change):
    library.index.compact()
    data = json.loads(library.index_path.read_text())
    for entry in data["workshops"].values():
        change(entry)
    library.index_path.write_text(json.dumps(data))


@pytest.mark.parametrize("field", INDEX_FIELDS)
@pytest.mark.parametrize("how", ["missing", "wrong type"])
def test_an_index_entry_that_does_not_validate_is_rebuilt_from_its_file(library, demo, field, how):
    library.add(demo)
    library.list()
    if how == "missing":
        _rewrite_entry(library, lambda e: e.pop(field))
    else:
        _rewrite_entry(library, lambda e: e.__setitem__(field, WRONG[field]))
    [item] = library.list()
    assert (item.id, item.group, item.date, item.readable) == (
        demo.id,
        "Ledningsgrupp IFO",
        "2026-11-23",
        True,
    )
    assert ops.read(library, ops.resolve(library, demo.id[:6])).id == demo.id
    [entry] = _entries(library).values()
    assert entry[field] != WRONG[field]  # healed on disk too


def test_an_index_cannot_point_a_row_at_another_file(library, demo, tmp_path):
    library.add(demo)
    library.list()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    _rewrite_entry(library, lambda e: e.__setitem__("path", str(victim)))
    [item] = library.list()
    assert item.path == str(library.path_of(demo.id))
    ops.delete_row(library, item)
    assert victim.read_text() == "keep"


def test_a_corrupt_file_with_the_size_and_mtime_of_the_indexed_one_is_shown_as_corrupt(
    library, demo
):
    path = library.add(demo)
    [item] = library.list()
    assert item.readable
    before = path.stat()
    good = path.read_bytes()
    path.write_bytes(b"\x00" * len(good))  # same size
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))  # same mtime
    [item] = library.list()
    assert not item.readable and item.error == errors.CORRUPT
    path.write_bytes(good)  # and the good file back behind a "corrupt" entry
    os.utime(path, ns=(before.st_atime_ns, before.st_mtime_ns))
    [item] = library.list()
    assert item.readable


def test_a_huge_index_is_not_read(library, demo):
    library.add(demo)
    library.index_path.write_bytes(b"[" + b"{}," * 12_000_000 + b"{}]")
    assert [s.id for s in library.list()] == [demo.id]


# -- 4: one id, one file ----------------------------------------------------------------


def test_a_copied_file_is_listed_as_a_conflict_naming_both_files(library, demo):
    path = library.add(demo)
    copy = path.with_name(f"copy{SUFFIX}")
    shutil.copyfile(path, copy)
    rows = {row.file_name: row for row in library.list()}
    assert rows[path.name].readable
    conflict = rows[copy.name]
    assert not conflict.readable and conflict.error == errors.DUPLICATE
    assert path.name in conflict.reason("sv") and path.name in conflict.reason("en")
    assert ops.resolve(library, demo.id[:5]) == demo.id  # not "ambiguous"
    assert library.read(demo.id) == demo


def test_deleting_the_conflict_row_deletes_the_copy_and_never_the_original(library, demo):
    path = library.add(demo)
    copy = path.with_name(f"copy{SUFFIX}")
    shutil.copyfile(path, copy)
    [conflict] = [row for row in library.list() if not row.readable]
    ops.delete_row(library, conflict)
    assert not copy.exists()
    assert path.exists()
    assert [row.id for row in library.list()] == [demo.id]


def test_a_file_renamed_away_from_its_id_says_how_to_fix_it(library, demo):
    path = library.add(demo)
    moved = path.rename(path.with_name(f"backup{SUFFIX}"))
    [row] = library.list()
    assert row.error == errors.MISNAMED and path.name in row.reason("sv")
    with pytest.raises(errors.UnreadableWorkshopError):
        library.open("backup")
    assert moved.exists()


def test_delete_refuses_a_path_outside_the_library(library, demo, tmp_path):
    library.add(demo)
    outside = tmp_path / f"{demo.id}{SUFFIX}"
    outside.write_text("keep")
    with pytest.raises(NotFoundError):
        library.delete_file(outside)
    assert outside.read_text() == "keep"


# -- 5: folder modes -------------------------------------------------------------------


@pytest.mark.posix
def test_a_folder_the_app_creates_is_private(tmp_path, demo):
    library = Library(tmp_path / "new" / "data")
    library.add(demo)
    for folder in (library.data_dir, library.workshops_dir, library.locks_dir):
        assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.posix
@pytest.mark.parametrize("mode", [0o2775, 0o755])
def test_an_existing_folder_keeps_its_mode(tmp_path, demo, mode):
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, mode)
    library = Library(shared)
    library.add(demo)
    ops.prepare(library)
    assert stat.S_IMODE(shared.stat().st_mode) == mode
    assert stat.S_IMODE(library.workshops_dir.stat().st_mode) == 0o700  # made by the app


# -- 10: removing locks/ does not disable the lock ------------------------------------------

OPENER = textwrap.dedent(
    """
    import sys
    from tillitverkstad.storage.library import Library
    from tillitverkstad.storage.errors import WorkshopLockedError
    try:
        Library(sys.argv[1]).open(sys.argv[2])
    except WorkshopLockedError:
        print("locked")
    else:
        print("opened")
    """
)


def _second_window(library, workshop_id):
    result = subprocess.run(
        [sys.executable, "-c", OPENER, str(library.data_dir), workshop_id],
        capture_output=True,
        text=True,
        timeout=60,
    )
    return result.stdout.strip()


@pytest.mark.skipif(os.name == "nt", reason="Windows cannot remove a file that is open")
def test_removing_the_locks_folder_while_a_window_holds_a_workshop_keeps_it_locked(library, demo):
    library.add(demo)
    with library.open(demo.id) as opened:
        shutil.rmtree(library.locks_dir)
        assert _second_window(library, demo.id) == "locked"
        uc.add_note(opened.workshop, "tillit", NoteCategory.IDEAS, "första fönstret")
        opened.save()  # each save keeps the new file locked
        shutil.rmtree(library.locks_dir, ignore_errors=True)
        assert _second_window(library, demo.id) == "locked"
    assert _second_window(library, demo.id) == "opened"
    assert library.read(demo.id).record("tillit").notes[-1].text == "första fönstret"


# -- 12: a full disk says so ------------------------------------------------------------


def _full_disk(monkeypatch):
    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", full)  # where the bytes meet the disk


def test_a_full_disk_is_reported_as_a_full_disk_and_the_file_is_kept(library, demo, monkeypatch):
    path = library.add(demo)
    before = path.read_bytes()
    with library.open(demo.id) as opened:
        uc.add_note(opened.workshop, "tillit", NoteCategory.IDEAS, "får inte plats")
        _full_disk(monkeypatch)
        with pytest.raises(errors.DiskFullError) as raised:
            opened.save()
    assert "disken är full" in raised.value.message("sv").lower()
    assert "Välj en annan mapp" not in raised.value.message("sv")
    assert path.read_bytes() == before
    assert not [p for p in library.workshops_dir.iterdir() if p.name.endswith(".tmp")]


def test_a_new_workshop_on_a_full_disk_says_the_disk_is_full(library, demo, monkeypatch):
    library.ensure()
    _full_disk(monkeypatch)
    with pytest.raises(errors.DiskFullError):
        library.add(demo)
    assert library.list() == []


# -- 14: files of another user, links and special files --------------------------------------


@pytest.mark.posix
def test_a_file_of_another_user_is_not_made_ours(library, demo, monkeypatch):
    path = library.add(demo)
    mode = stat.S_IMODE(path.stat().st_mode)
    if os.geteuid() == 0:
        os.chown(path, 4242, 4242)
    else:  # the same test without root: the app runs as someone else
        me = os.geteuid()
        monkeypatch.setattr(atomic, "_uid", lambda: me + 1)
    with pytest.raises(errors.ForeignFileError) as raised:
        library.open(demo.id)
    assert "annan användare" in raised.value.message("sv")
    assert stat.S_IMODE(path.stat().st_mode) == mode
    if os.geteuid() == 0:
        assert path.stat().st_uid == 4242


@pytest.mark.posix
def test_a_symlink_in_the_library_is_listed_never_followed_or_replaced(library, demo, tmp_path):
    library.add(demo)
    target = tmp_path / "elsewhere.txt"
    target.write_text("keep")
    link = library.workshops_dir / f"link{SUFFIX}"
    link.symlink_to(target)
    rows = {row.file_name: row for row in library.list()}
    assert rows[link.name].error == errors.SPECIAL
    ops.delete_row(library, rows[link.name])
    assert not os.path.lexists(link) and target.read_text() == "keep"


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="no FIFOs here")
def test_a_fifo_in_the_library_does_not_hang_the_list(library, demo):
    library.add(demo)
    os.mkfifo(library.workshops_dir / f"fifo{SUFFIX}")
    rows = {row.file_name: row for row in library.list()}
    assert rows[f"fifo{SUFFIX}"].error == errors.SPECIAL
    assert rows[f"{demo.id}{SUFFIX}"].readable


def test_a_workshop_file_larger_than_allowed_is_refused_before_it_is_read(library, demo):
    path = library.add(demo)
    with path.open("r+b") as handle:
        handle.truncate(17 * 1024 * 1024)
    [row] = library.list()
    assert row.error == errors.TOO_LARGE
