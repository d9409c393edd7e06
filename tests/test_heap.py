"""The app's garbage-collection policy (``tillitverkstad.heap``): full collections wait while
a long job runs, the collector is as it was once the job ends however it ends, and what a
job keeps is frozen without taking garbage along."""

from __future__ import annotations

import gc
import json
import weakref

import pytest
from overview_story import TODAY

from tillitverkstad import heap
from tillitverkstad.core.overview import Filters
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.operations import packages


class Node:
    def __init__(self) -> None:
        self.kids: list[Node] = []


@pytest.fixture
def full_collections():
    """The generation-2 collections Python runs meanwhile. What exists is frozen first and
    a full collection then finds nothing, so that a modest heap grown after it is one a
    quarter larger than the last: Python's rule for the next full collection."""
    gc.freeze()
    gc.collect()
    seen: list[int] = []

    def heard(phase: str, info: dict) -> None:
        if phase == "start" and info["generation"] == 2:
            seen.append(1)

    gc.callbacks.append(heard)
    yield seen
    gc.callbacks.remove(heard)


def grow_the_heap() -> list[Node]:
    """Enough new long-lived container objects that Python runs a full collection."""
    return [Node() for _ in range(200_000)]


def test_a_growing_heap_sets_off_a_full_collection(full_collections):
    kept = grow_the_heap()  # what the next test holds off
    assert full_collections and kept


def test_full_collections_wait_while_a_job_runs_and_young_ones_go_on(full_collections):
    young_before = gc.get_stats()[0]["collections"]
    with heap.long_job():
        kept = grow_the_heap()
        assert not full_collections
    assert gc.get_stats()[0]["collections"] > young_before
    del kept


def test_a_job_leaves_the_collector_as_it_found_it():
    before = gc.get_threshold()
    with heap.long_job():
        with heap.long_job():
            pass
        assert gc.get_threshold() != before  # the inner job's end did not restore it early
    assert gc.get_threshold() == before and heap.jobs_running() == 0


@pytest.mark.parametrize("ending", [ValueError, KeyboardInterrupt])
def test_a_failed_or_stopped_job_leaves_the_collector_as_it_found_it(ending):
    before = gc.get_threshold()
    with pytest.raises(ending), heap.long_job(keeps=True):
        made = Node()
        raise ending
    assert gc.get_threshold() == before and heap.jobs_running() == 0
    assert any(o is made for o in gc.get_objects())  # a failed job's work is not kept


def test_a_hold_released_twice_counts_once():
    before = gc.get_threshold()
    first, second = heap.hold(), heap.hold()
    first.release()
    first.release()
    assert heap.jobs_running() == 1 and gc.get_threshold() != before
    second.release()
    assert heap.jobs_running() == 0 and gc.get_threshold() == before


def test_a_kept_result_is_frozen_once_the_last_job_ends_and_its_garbage_is_not():
    gc.collect()
    other = heap.hold()
    with heap.long_job(keeps=True):
        result = [Node() for _ in range(10)]
        garbage = Node()
        garbage.kids.append(garbage)  # a cycle, dropped before the job ends
        del garbage
    assert any(node is result[0] for node in gc.get_objects())  # another job still runs
    other.release()
    assert not any(node is result[0] for node in gc.get_objects())  # frozen: not walked
    gc.unfreeze()
    gc.set_debug(gc.DEBUG_SAVEALL)
    try:
        gc.collect()
        frozen_garbage = [o for o in gc.garbage if isinstance(o, Node)]
    finally:
        gc.set_debug(0)
        gc.garbage.clear()
    assert frozen_garbage == []  # the cycle went before the freeze, not into it


def test_what_a_folder_read_and_its_overview_are_made_of_frees_itself(
    tmp_path, groups_library_folder
):
    """Frozen results must not hold reference cycles: a frozen cycle would stay until the
    app ends. Everything here is freed by reference counting alone."""
    gc.collect()
    gc.disable()
    try:
        source = overview_ops.read_folder(groups_library_folder, data_dir=tmp_path / "data")
        overview = overview_ops.folder_overview(source, Filters(), language="sv", today=TODAY)
        assert overview.groups and source.skipped
        del source, overview
        assert gc.collect() == 0
    finally:
        gc.enable()


@pytest.fixture
def groups_library_folder(tmp_path, content_sv):
    from overview_story import fill

    from tillitverkstad.operations import library as ops

    library = ops.library_at(tmp_path / "groups")
    ops.prepare(library)
    fill(library, content_sv)
    folder = tmp_path / "delad"
    folder.mkdir()
    for done in packages.export_all_packages(library, folder):
        assert done.error is None
    (folder / "annat.json").write_text(json.dumps({"format": "annat"}))
    (folder / "trasig.json").write_text("{")
    (tmp_path / "data").mkdir()
    return folder


def test_settle_keeps_what_exists_out_of_later_collections():
    kept = Node()
    heap.settle()
    assert not any(o is kept for o in gc.get_objects())


def test_thaw_lets_a_cycle_that_died_while_frozen_be_freed():
    cycle = Node()
    cycle.kids.append(cycle)
    alive = weakref.ref(cycle)
    heap.settle()
    del cycle
    gc.collect()
    assert alive() is not None  # died frozen: no collection frees it
    heap.thaw()
    gc.collect()
    assert alive() is None
