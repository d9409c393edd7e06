"""Windows has no ``flock``: its locks (``msvcrt.locking``) are tested here on Linux
through a stand-in that refuses a locked byte to every other open file, as Windows does."""

from __future__ import annotations

import sys

import pytest

from tests.system.fakes import FakeMsvcrt
from tillitverkstad.storage import errors
from tillitverkstad.storage.library import Library
from tillitverkstad.system import locking


@pytest.fixture
def windows_locks(monkeypatch) -> FakeMsvcrt:
    fake = FakeMsvcrt()
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(locking, "fcntl", None)
    monkeypatch.setattr(locking, "msvcrt", fake)
    return fake


def test_on_windows_a_second_window_is_told_the_workshop_is_open_in_another_window(
    tmp_path, demo, windows_locks
):
    Library(tmp_path).add(demo)
    with Library(tmp_path).open(demo.id), pytest.raises(errors.WorkshopLockedError) as raised:
        Library(tmp_path).open(demo.id)
    assert demo.group in raised.value.message("en")


def test_on_windows_a_command_is_refused_at_once_while_a_window_has_the_workshop(
    tmp_path, demo, windows_locks
):
    """A window keeps its workshop open for hours: a command must not wait for it, nor
    blame "another command"."""
    Library(tmp_path).add(demo)
    with Library(tmp_path).open(demo.id), pytest.raises(errors.WorkshopLockedError):
        Library(tmp_path, by_command=True).open(demo.id)


def test_on_windows_the_workshop_opens_again_once_the_window_closed_it(
    tmp_path, demo, windows_locks
):
    Library(tmp_path).add(demo)
    with Library(tmp_path).open(demo.id) as first:
        first.workshop.record("tillit").free_notes = "saved on Windows"
        first.save()
    with Library(tmp_path).open(demo.id) as second:
        assert second.workshop.record("tillit").free_notes == "saved on Windows"


def test_on_windows_the_lock_sits_past_what_the_holder_writes(tmp_path, demo, windows_locks):
    """A locked byte on Windows cannot be read by anyone else: the lock must not cover
    the note that tells a second window who holds the workshop."""
    Library(tmp_path).add(demo)
    with Library(tmp_path).open(demo.id):
        pass
    assert windows_locks.offsets
    assert min(windows_locks.offsets) >= locking.NOTE_BYTES


def test_on_windows_deleting_a_workshop_removes_its_lock_file(tmp_path, demo, windows_locks):
    library = Library(tmp_path)
    library.add(demo)
    library.delete(demo.id)
    assert not list(library.locks_dir.glob(f"{demo.id}*"))
