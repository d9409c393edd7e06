"""The library keeps every edit, refuses bad files without touching them, and locks."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
import textwrap

import pytest

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.migrations import DATA_VERSION
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.core.serialize import workshop_to_dict
from tillitverkstad.storage import errors
from tillitverkstad.storage.library import SUFFIX, Library, read_workshop_file


def test_every_field_survives_a_round_trip(library, demo):
    demo.participant_names = ["Anna", "Bo"]
    demo.follow_up_of = "abc123"
    demo.finished = True
    library.add(demo)
    again = library.read(demo.id)
    assert workshop_to_dict(again) == workshop_to_dict(demo)
    assert again == demo


def test_an_edit_is_on_disk_after_save(library, demo):
    library.add(demo)
    with library.open(demo.id) as opened:
        note = uc.add_note(opened.workshop, "tillit", NoteCategory.IDEAS, "Ny idé <b>&</b> 🙂")
        opened.save()
    notes = library.read(demo.id).record("tillit").notes
    assert notes[-1].text == "Ny idé <b>&</b> 🙂"
    assert notes[-1].id == note.id


def test_list_shows_group_date_and_status_and_follows_saves(library, demo):
    library.add(demo)
    [item] = library.list()
    assert (item.id, item.group, item.date, item.status) == (
        demo.id,
        "Ledningsgrupp IFO",
        "2026-11-23",
        "in_progress",
    )
    with library.open(demo.id) as opened:
        opened.workshop.group = "Ledningsgrupp IFO Nord"
        uc.finish_workshop(opened.workshop)
        opened.save()
    [item] = library.list()
    assert (item.group, item.status) == ("Ledningsgrupp IFO Nord", "done")


def test_list_survives_a_lost_index(library, demo):
    library.add(demo)
    library.index_path.write_text("{broken")
    assert [s.id for s in library.list()] == [demo.id]
    library.index_path.unlink()
    assert [s.id for s in library.list()] == [demo.id]


@pytest.mark.posix
def test_files_and_folder_are_private(library, demo):
    path = library.add(demo)
    assert stat.S_IMODE(os.stat(library.data_dir).st_mode) == 0o700
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    with library.open(demo.id) as opened:
        opened.save()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600


def test_delete_removes_the_file_for_real(library, demo):
    path = library.add(demo)
    library.delete(demo.id)
    assert not path.exists()
    assert library.list() == []


BAD_FILES = {
    "empty": (b"", errors.EMPTY),
    "truncated": (None, errors.CORRUPT),
    "not json": (b"\x00 garbage", errors.CORRUPT),
    "not utf-8": (b'{"meta": "\xff\xfe"}', errors.NOT_TEXT),
    "foreign json": (b'{"name": "something else"}', errors.FOREIGN),
    "json list": (b"[1, 2, 3]", errors.FOREIGN),  # valid JSON: not "truncated"
    "json text": (b'"hello"', errors.FOREIGN),
    "newer": ("newer", errors.NEWER),
    "bad field": ("bad field", errors.INVALID),
    # Each field valid, the whole not: the window, export and a follow-up would fail on it.
    "damaged content": ("damaged content", errors.INVALID),
    "step unknown to its content": ("unknown step", errors.INVALID),
    "more votes than people": ("too many votes", errors.INVALID),
}


def _bad_bytes(kind, good: bytes) -> bytes:
    raw, _ = BAD_FILES[kind]
    if raw is None:
        return good[: len(good) // 2]
    if raw == "newer":
        data = json.loads(good)
        data["meta"]["1"]["schema"] = DATA_VERSION + 1
        return json.dumps(data).encode()
    data = json.loads(good) if isinstance(raw, str) else None
    head = data["workshop"]["1"] if data else None
    if raw == "bad field":
        head["date"] = "2026-02-31"
    elif raw == "damaged content":
        head["content"]["principles"] = "gone"
    elif raw == "unknown step":
        head["steps"] = [*head["steps"][:1], "no-such-step", *head["steps"][1:]]
    elif raw == "too many votes":
        record = next(r for r in data["records"].values() if r["step_id"] == "tillit")
        record["rating"]["current"] = [60, 0, 0, 0, 0]
    else:
        return raw
    return json.dumps(data).encode()


@pytest.mark.parametrize("kind", BAD_FILES)
def test_a_bad_file_is_listed_with_its_reason_and_never_overwritten(library, demo, kind):
    path = library.add(demo)
    bad = _bad_bytes(kind, path.read_bytes())
    path.write_bytes(bad)
    with pytest.raises(errors.UnreadableWorkshopError) as error:
        library.open(demo.id)
    assert error.value.reason == BAD_FILES[kind][1]
    assert str(path) in error.value.message("sv")
    [item] = library.list()
    assert not item.readable
    assert item.error == BAD_FILES[kind][1]
    assert path.read_bytes() == bad


def test_unreadable_reason_is_translated(library, demo):
    path = library.add(demo)
    path.write_bytes(b"")
    with pytest.raises(errors.UnreadableWorkshopError) as error:
        library.read(demo.id)
    assert "tom" in error.value.message("sv")
    assert "empty" in error.value.message("en")


def test_version_1_file_is_migrated_on_read(library, demo):
    path = library.add(demo)
    data = json.loads(path.read_bytes())
    data["meta"]["1"]["schema"] = 1
    for action in data["actions"].values():
        del action["status"]
    for record in data["records"].values():
        record["rating"]["current"] = {"2": 3, "4": 1}
    path.write_text(json.dumps(data))
    ws = read_workshop_file(path)
    assert all(a.status.value == "inte_paborjad" for a in ws.actions)  # planerad, then
    assert ws.record("tillit").rating.current.counts == (0, 3, 0, 1, 0)


LOCK_HOLDER = textwrap.dedent(
    """
    import sys
    from tillitverkstad.storage.library import Library
    opened = Library(sys.argv[1]).open(sys.argv[2])
    print("locked", flush=True)
    sys.stdin.read()
    """
)


def test_a_second_process_cannot_open_the_same_workshop(library, demo):
    library.add(demo)
    holder = subprocess.Popen(
        [sys.executable, "-c", LOCK_HOLDER, str(library.data_dir), demo.id],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(errors.WorkshopLockedError) as error:
            library.open(demo.id)
        assert "Ledningsgrupp IFO" in error.value.message("sv")
    finally:
        holder.communicate("")
    with library.open(demo.id):  # released when the other process ends
        pass


def test_unwritable_data_folder_gives_a_clear_error(tmp_path, demo):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    with pytest.raises(errors.DataFolderError) as error:
        Library(blocker / "data").add(demo)
    assert "datamappen" in error.value.message("sv")
    assert blocker.read_text() == "not a folder"


def test_save_cost_is_one_file_write_whatever_the_library_size(library, demo, monkeypatch):
    library.add(demo)
    writes = []
    from tillitverkstad.storage import atomic

    real = atomic.write_atomically

    def counted(path, data, **options):
        writes.append(path)
        return real(path, data, **options)

    monkeypatch.setattr(atomic, "write_atomically", counted)
    with library.open(demo.id) as opened:
        uc.add_note(opened.workshop, "tillit", NoteCategory.IDEAS, "x")
        opened.save()
    assert [p.name for p in writes] == [f"{demo.id}{SUFFIX}"]


def test_a_current_step_off_the_agenda_opens_at_the_first_step(library, demo):
    path = library.add(demo)
    data = json.loads(path.read_bytes())
    data["workshop"]["1"]["current_step"] = "nosuchstep"
    path.write_text(json.dumps(data))
    assert library.read(demo.id).current_step == demo.steps[0]
