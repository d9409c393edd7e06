"""The index's journal: storing a workshop appends one line instead of rewriting the index,
and nothing in the journal is trusted more than the index itself was."""

from __future__ import annotations

import copy
import json
import os

import pytest

from tillitverkstad.core.model import new_id
from tillitverkstad.storage import journal


def _copy(demo, number):
    ws = copy.deepcopy(demo)
    ws.id, ws.group_id, ws.group = new_id(), new_id(), f"Ledningsgrupp {number}"
    return ws


def _journal(library):
    return library.index_path.with_suffix(".journal")


def test_storing_a_workshop_appends_to_the_journal_and_leaves_the_index_alone(library, demo):
    library.add(_copy(demo, 0))
    library.list()
    library.index.compact()
    before = library.index_path.read_bytes()
    library.add(demo)
    assert library.index_path.read_bytes() == before
    assert demo.id in _journal(library).read_text()
    assert {s.id for s in library.list()} >= {demo.id}


def test_a_torn_or_foreign_journal_line_is_ignored_never_trusted(library, demo):
    library.add(demo)
    library.list()
    with _journal(library).open("ab") as handle:
        handle.write(b'\n{"set": {"file": "x.tillit.json", "gro')  # killed mid-write
        handle.write(b'\n[1, 2]\n{"drop": 7}\n{"set": 5}\n\x00\x00\x00')
    other = _copy(demo, 1)
    library.add(other)  # appends after the torn line: its own line stays whole
    assert {s.id for s in library.list()} == {demo.id, other.id}
    assert library.index.read()[f"{other.id}.tillit.json"]["id"] == other.id


def test_a_journal_entry_that_does_not_validate_is_rebuilt_from_its_file(library, demo):
    library.add(demo)
    library.list()
    name = f"{demo.id}.tillit.json"
    lie = {**library.index.read()[name], "group": 5, "date": "igår"}
    with _journal(library).open("ab") as handle:
        handle.write(b"\n" + json.dumps({"set": lie}).encode())
    [item] = library.list()
    assert (item.group, item.date) == ("Ledningsgrupp IFO", "2026-11-23")
    assert library.index.read()[name]["group"] == "Ledningsgrupp IFO"  # healed


def test_a_journal_line_cannot_bring_back_a_deleted_workshop(library, demo):
    library.add(demo)
    library.list()
    kept = library.index.read()[f"{demo.id}.tillit.json"]
    library.delete(demo.id)
    with _journal(library).open("ab") as handle:
        handle.write(b"\n" + json.dumps({"set": kept}).encode())
    assert library.list() == []


def _size(path):
    return path.stat().st_size if path.exists() else 0


def test_the_journal_is_compacted_once_it_outgrows_the_index(library, demo, monkeypatch):
    monkeypatch.setattr(journal, "MIN_JOURNAL_BYTES", 4096)
    stored = []
    for number in range(40):
        stored.append(_copy(demo, number))
        library.add(stored[-1])
        assert _size(_journal(library)) <= max(_size(library.index_path), 4096)
    assert _size(library.index_path) > 4096  # written whole now and then
    assert {s.id for s in library.list()} == {ws.id for ws in stored}


@pytest.mark.skipif(not hasattr(os, "symlink"), reason="no symbolic links here")
def test_a_journal_that_is_a_link_is_never_written_through(library, demo, tmp_path):
    library.ensure()
    victim = tmp_path / "victim.txt"
    victim.write_text("keep")
    os.symlink(victim, _journal(library))
    library.add(demo)
    assert victim.read_text() == "keep"
    assert [s.id for s in library.list()] == [demo.id]
