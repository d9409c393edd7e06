"""``ui/background.py``: however a job ends, the garbage collector is as it was (the app's
policy, ``tillitverkstad.heap``), and a job still running as the app closes ends quietly."""

from __future__ import annotations

import gc
import threading

import pytest
from PySide6.QtCore import QObject, QThreadPool
from shiboken6 import delete

from tillitverkstad import heap
from tillitverkstad.core.jobs import Cancelled, JobProgress
from tillitverkstad.ui.background import run_in_background


def _succeeds(progress: JobProgress) -> str:
    progress.advance(1, 1)
    return "done"


def _fails(progress: JobProgress) -> str:
    raise PermissionError(13, "read-only")


def _is_cancelled(progress: JobProgress) -> str:
    raise Cancelled


@pytest.mark.parametrize("work", [_succeeds, _fails, _is_cancelled])
@pytest.mark.parametrize("keep", [False, True])
def test_however_a_job_ends_the_collector_is_as_it_was(qtbot, work, keep):
    before = gc.get_threshold()
    parent = QObject()
    task = run_in_background(
        parent,
        work,
        lambda _: None,
        on_failure=lambda _: None,
        language=lambda: "sv",
        keep_result=keep,
    )
    assert heap.jobs_running() == 1 and gc.get_threshold() != before  # full ones wait
    with qtbot.waitSignal(task.finished):
        pass
    assert heap.jobs_running() == 0 and gc.get_threshold() == before


def test_a_job_still_running_as_the_app_closes_ends_quietly(qtbot, capfd):
    go = threading.Event()

    def work(progress: JobProgress) -> None:
        go.wait(10)
        progress.advance(1, 2)

    task = run_in_background(QObject(), work, lambda _: None, language=lambda: "sv")
    assert task.relay is not None
    delete(task.relay)  # what the application's end does to the job's way back
    go.set()
    assert QThreadPool.globalInstance().waitForDone(10_000)
    assert "Error calling Python override" not in capfd.readouterr().err
    assert heap.jobs_running() == 0  # no news will come: the hold went with the way back
