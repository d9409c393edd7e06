"""The overview's digest in the library index: checked field by field like every cached
field, bounded, and a note typed in a workshop does not rewrite the index."""

from __future__ import annotations

import json

import pytest

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.core.text import MAX_NOTE


def _entries(library):
    """The cached digests, beside the index (the library's listing need not read them)."""
    library.index.compact()
    return json.loads(library.index.digests_path.read_text())["digests"]


def _lie(library, change):
    library.index.compact()
    data = json.loads(library.index.digests_path.read_text())
    for entry in data["digests"].values():
        change(entry["digest"])
    library.index.digests_path.write_text(json.dumps(data))


def test_the_index_carries_each_workshops_digest(library, demo):
    library.add(demo)
    listed = library.list(digests=True)[0]
    assert listed.digest.result("tillit").current == demo.record("tillit").rating.agreed_current
    assert library.list()[0].digest is None  # the library page does not pay for it


@pytest.mark.parametrize(
    "change",
    [
        lambda d: d["results"][0].__setitem__(2, 0),  # an agreed value of 0
        lambda d: d["results"][0].__setitem__(2, "3"),
        lambda d: d["results"][0].__setitem__(6, 9.0),  # a median beyond the scale
        lambda d: d["actions"][0].__setitem__(3, "klar"),  # an unknown status
        lambda d: d["actions"][0].__setitem__(5, "2026-02-30"),  # an impossible date
        lambda d: d["examples"][0].__setitem__(2, "x" * 5000),  # longer than kept
        lambda d: d["examples"][0].__setitem__(1, "privat"),
        lambda d: d["balance"][0][1].__setitem__(0, 101),
        lambda d: d.__setitem__("extra", 1),
        lambda d: d["examples"].extend([["tillit", "idag", "x", False]] * 100),
    ],
)
def test_a_lying_digest_is_rebuilt_from_the_file(library, demo, change):
    library.add(demo)
    library.list()
    _lie(library, change)
    listed = library.list(digests=True)[0]
    assert listed.digest.result("tillit").current == 3
    assert len(listed.digest.examples) <= 40
    assert all(len(e.text) <= 600 for e in listed.digest.examples)
    again = _entries(library)
    assert "extra" not in next(iter(again.values()))["digest"]


def test_an_index_entry_stays_small_however_much_was_written(library, demo):
    for step in ("tillit", "kunskap"):
        for _ in range(60):
            uc.add_note(demo, step, NoteCategory.IDEAS, "Lång idé " + "x" * (MAX_NOTE - 20))
    library.add(demo)
    library.list()
    entry = next(iter(_entries(library).values()))
    assert len(json.dumps(entry, ensure_ascii=False)) < 64_000
    assert library.path_of(demo.id).stat().st_size > 10_000_000


def test_typing_a_note_saves_the_workshop_without_rewriting_the_index(library, demo):
    library.add(demo)
    library.list()
    before = library.index.size()
    with library.open(demo.id) as opened:
        uc.add_note(opened.workshop, "tillit", NoteCategory.TODAY, "Ny anteckning")
        opened.save()
    assert library.index.size() == before
    texts = [e.text for e in library.list(digests=True)[0].digest.examples]
    assert "Ny anteckning" in texts  # the next listing reads that one file again


def test_the_listing_reads_a_small_index_and_keeps_the_overviews_digests(library, demo):
    import copy

    from tillitverkstad.core.model import new_id

    other = copy.deepcopy(demo)
    other.id = new_id()
    library.add(demo)
    library.add(other)
    library.list(digests=True)
    library.index.compact()
    assert library.index_path.stat().st_size * 3 < library.index.digests_path.stat().st_size
    with library.open(demo.id) as opened:
        opened.workshop.group = "Nytt namn"  # what the library lists changes
        opened.save()
    library.list()  # a plain listing
    kept = {e["file"] for e in _entries(library).values()}
    assert kept == {f"{demo.id}.tillit.json", f"{other.id}.tillit.json"}
    listed = {s.id: s for s in library.list(digests=True)}
    assert all(s.digest is not None for s in listed.values())
