"""Workshops stored before groups existed: one group per chain of follow-ups, whichever of
the chain's files the library holds, and an index that lists groups without opening files."""

from __future__ import annotations

import copy
import json

from tillitverkstad.core.migrations import derived_group_id
from tillitverkstad.core.model import new_id


def _store_as(library, ws, follow_up_of, schema, change):
    """Store a copy of ``ws`` following up ``follow_up_of`` (with no history), its file
    then made as data version ``schema`` wrote it by ``change``; its id."""
    ws = copy.deepcopy(ws)
    ws.id, ws.follow_up_of, ws.history, ws.carried = new_id(), follow_up_of, [], []
    path = library.add(ws)
    data = json.loads(path.read_bytes())
    data["meta"]["1"]["schema"] = schema
    change(data)
    path.write_text(json.dumps(data))
    return ws.id


def _version_3(data):
    """No group, old statuses."""
    del data["workshop"]["1"]["group_id"], data["carried"], data["history"]
    for action in data["actions"].values():
        action["status"] = {"inte_paborjad": "planerad", "genomford": "klar"}.get(
            action["status"], action["status"]
        )


def _store_as_version_3(library, ws, follow_up_of=None):
    return _store_as(library, ws, follow_up_of, 3, _version_3)


def _chain_of_three(library, demo, store):
    a = store(library, demo)
    b = store(library, demo, a)
    return a, b, store(library, demo, b)


def test_every_file_of_a_chain_of_three_lands_in_one_group(library, demo):
    a, b, c = _chain_of_three(library, demo, _store_as_version_3)
    groups = {library.read(x).group_id for x in (a, b, c)}
    assert groups == {derived_group_id(a)}
    assert {s.group_id for s in library.list()} == {derived_group_id(a)}


def test_the_chain_keeps_its_group_when_its_first_occasion_is_not_in_the_library(library, demo):
    a, b, c = _chain_of_three(library, demo, _store_as_version_3)
    library.delete(a)
    assert {library.read(x).group_id for x in (b, c)} == {derived_group_id(a)}


def test_a_loop_of_follow_ups_still_gives_one_group(library, demo):
    first = _store_as_version_3(library, demo)
    second = _store_as_version_3(library, demo, first)
    path = library.path_of(first)  # point the first back at the second: a damaged library
    data = json.loads(path.read_bytes())
    data["workshop"]["1"]["follow_up_of"] = second
    path.write_text(json.dumps(data))
    assert library.read(first).group_id == library.read(second).group_id


def test_a_migrated_file_joins_a_parent_that_already_has_its_group(library, demo):
    parent = copy.deepcopy(demo)
    library.add(parent)  # stored by this version, with its own group id
    child = _store_as_version_3(library, demo, parent.id)
    assert library.read(child).group_id == parent.group_id


def test_the_index_carries_group_occasion_order_and_what_a_follow_up_remembers(
    library, demo, content_sv
):
    from tillitverkstad.core import usecases as uc

    library.add(demo)
    follow = uc.start_follow_up(demo, content_sv, demo.date)
    library.add(follow)
    entry = next(e for e in library.index.read().values() if e["id"] == follow.id)
    assert entry["group_id"] == demo.group_id and entry["created"] == follow.created
    assert entry["number"] == 2
    assert entry["remembered"] == [[demo.id, demo.date.isoformat(), demo.created, 1]]


def test_an_index_written_by_the_previous_version_is_summarised_afresh(library, demo):
    library.add(demo)
    library.list()
    library.index.compact()
    data = json.loads(library.index_path.read_bytes())
    for entry in data["workshops"].values():
        del entry["group_id"]  # the previous version wrote no group
    library.index_path.write_text(json.dumps(data))
    assert [s.group_id for s in library.list()] == [demo.group_id]


def _version_4(data):
    """No occasion numbers, a local creation time without a zone, no vote method (and, a
    follow-up from version 3, no history)."""
    head = data["workshop"]["1"]
    del head["occasion_number"]
    head["created"] = "2026-11-23T09:00:00"
    for record in data["records"].values():
        del record["rating"]["method"]


def _store_as_version_4(library, ws, follow_up_of=None):
    return _store_as(library, ws, follow_up_of, 4, _version_4)


def test_a_chain_stored_without_numbers_is_numbered_by_walking_it(library, demo):
    a, b, c = _chain_of_three(library, demo, _store_as_version_4)
    assert [library.read(x).occasion_number for x in (a, b, c)] == [1, 2, 3]
    assert [s.number for s in sorted(library.list(), key=lambda s: s.number)] == [1, 2, 3]
    library.delete(a)  # the series now begins, in this library, at a missing occasion
    assert [library.read(x).occasion_number for x in (b, c)] == [2, 3]
