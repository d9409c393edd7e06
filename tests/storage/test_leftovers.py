"""Temp files that a killed save leaves behind hold personal data: they are removed when
the library opens and when the workshop is deleted, never while another process saves."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from tillitverkstad.operations import library as ops

# A save that is killed after its temp file is written and before it replaces the file.
STALLED_SAVER = textwrap.dedent(
    """
    import os, sys, threading
    from tillitverkstad.storage.library import Library
    opened = Library(sys.argv[1]).open(sys.argv[2])
    opened.workshop.record("tillit").free_notes = "Anna sa något personligt"
    def stall(*args):
        print("written", flush=True)
        threading.Event().wait()  # stalled until the test kills this process
    os.replace = stall
    opened.save()
    """
)


def _temp_files(library):
    return sorted(p.name for p in library.workshops_dir.iterdir() if p.name.endswith(".tmp"))


def _stalled_save(library, workshop_id):
    child = subprocess.Popen(
        [sys.executable, "-c", STALLED_SAVER, str(library.data_dir), workshop_id],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout.readline().strip() == "written"
    return child


@pytest.mark.posix
def test_a_save_killed_mid_write_leaves_nothing_once_the_library_opens(library, demo):
    library.add(demo)
    child = _stalled_save(library, demo.id)
    child.send_signal(signal.SIGKILL)
    child.communicate()
    [leftover] = _temp_files(library)
    assert b"Anna sa" in (library.workshops_dir / leftover).read_bytes()

    ops.prepare(ops.library_at(library.data_dir))

    assert _temp_files(library) == []
    assert library.read(demo.id).record("tillit").free_notes == demo.record("tillit").free_notes


def test_a_save_in_progress_in_another_process_is_left_alone(library, demo):
    library.add(demo)
    child = _stalled_save(library, demo.id)
    try:
        ops.prepare(ops.library_at(library.data_dir))
        assert len(_temp_files(library)) == 1  # that workshop is open (locked) elsewhere
    finally:
        child.kill()
        child.communicate()


def test_deleting_a_workshop_removes_its_temp_files_too(library, demo):
    library.add(demo)
    stray = library.workshops_dir / f".{demo.id}.tillit.json.abc123.tmp"
    stray.write_text("personligt")
    other = library.workshops_dir / ".another.tillit.json.abc123.tmp"
    other.write_text("x")
    ops.delete(library, demo.id)
    assert _temp_files(library) == [other.name]


def test_an_old_temp_file_of_the_index_is_removed_a_fresh_one_kept(library, demo):
    library.add(demo)
    old = library.data_dir / ".index.json.old1.tmp"
    fresh = library.data_dir / ".index.json.new1.tmp"
    for path in (old, fresh):
        path.write_text("{}")
    an_hour_ago = time.time() - 3600
    os.utime(old, (an_hour_ago, an_hour_ago))
    ops.prepare(library)
    assert not old.exists() and fresh.exists()
