"""An export made in a process of its own (``operations.in_child``): its result reaches
the file asked for, its progress reaches the window, a cancel stops it at once and leaves
nothing behind (no scratch folder, no process), and its failures arrive as the same
errors a job on a thread would raise."""

from __future__ import annotations

import io
import multiprocessing
import tempfile
import time
from typing import Any, BinaryIO

import pytest
from watchers import Watcher

from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.jobs import Cancelled, JobProgress
from tillitverkstad.operations import in_child

# The child is a fresh interpreter that imports this module by name: what it runs is
# written here, at the top level, and told by its pieces what to do.


def joined(pieces: list[Any], out: BinaryIO, *, progress: JobProgress) -> None:
    for done, piece in enumerate(pieces, 1):
        out.write(piece)
        progress.advance(done, len(pieces))


def never_done(pieces: list[Any], out: BinaryIO, *, progress: JobProgress) -> None:
    out.write(b"half")
    with open(tempfile.mktemp(), "wb") as aside:  # what ReportLab puts aside meanwhile
        aside.write(b"scratch")
    progress.advance(1, 2)
    while True:
        time.sleep(0.01)


def failing(pieces: list[Any], out: BinaryIO, *, progress: JobProgress) -> None:
    raise pieces[0]


@pytest.fixture
def scratch(tmp_path, monkeypatch):
    """Where the child's scratch folder goes (the system's temp folder otherwise)."""
    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


def test_the_childs_result_and_progress_reach_this_process(scratch):
    out, watcher = io.BytesIO(), Watcher()
    in_child.produce_in_child(joined, [b"a" * 10, b"b" * 10, b"c"], out, watcher)
    assert out.getvalue() == b"a" * 10 + b"b" * 10 + b"c"
    assert watcher.calls[-1] == (3, 3)
    assert list(scratch.iterdir()) == [] and not multiprocessing.active_children()


def test_a_cancel_stops_the_child_at_once_and_leaves_nothing_behind(scratch):
    out = io.BytesIO()

    class CancelOnceTheChildWorks(Watcher):
        def advance(self, done: int, total: int) -> None:
            super().advance(done, total)
            if (done, total) == (1, 2):  # the child's own report: it is at work
                raise Cancelled

    with pytest.raises(Cancelled):
        in_child.produce_in_child(never_done, [b""], out, CancelOnceTheChildWorks())
    assert out.getvalue() == b""  # nothing of the half-made result
    assert list(scratch.iterdir()) == [] and not multiprocessing.active_children()


def test_a_cancel_while_the_overview_is_handed_over_starts_no_child(scratch):
    with pytest.raises(Cancelled):
        in_child.produce_in_child(joined, [b"a", b"b"], io.BytesIO(), Watcher(stop_at=1))
    assert list(scratch.iterdir()) == [] and not multiprocessing.active_children()


@pytest.mark.parametrize(
    "error",
    [ValidationError("Name the file .pdf or .xlsx."), PermissionError(13, "read-only")],
)
def test_what_the_user_is_told_of_comes_back_as_it_was_raised(scratch, error):
    with pytest.raises(type(error)) as raised:
        in_child.produce_in_child(failing, [error], io.BytesIO(), Watcher())
    assert str(raised.value) == str(error)
    assert list(scratch.iterdir()) == []


def test_a_bug_in_the_child_comes_back_as_its_kind_and_stack_never_its_message(scratch):
    with pytest.raises(in_child.ChildFailed) as raised:
        in_child.produce_in_child(failing, [KeyError("Anna Svensson")], io.BytesIO(), Watcher())
    assert "KeyError" in str(raised.value) and "Anna" not in str(raised.value)
    assert "failing" in raised.value.stack and "Anna" not in raised.value.stack
