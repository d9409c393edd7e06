"""Storage figures: durable save of one edit (library of 1 vs 1000), listing, opening.

Prints its figures and exits 0; goals (2-core machine): save <= 10 ms, ratio <= 1.2,
list_1000 <= 50 ms, open <= 20 ms.
"""

from __future__ import annotations

import copy
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from _common import median_ms

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.content import load_content
from tillitverkstad.core.demo import demo_workshop
from tillitverkstad.core.model import NoteCategory, new_id
from tillitverkstad.storage.library import Library

EDITS = 200


def interleaved_save_ms(libraries: list[Library], workshop_id: str) -> list[float]:
    """Median durable save of one note edit in each library.

    The libraries are measured in turn, edit by edit, so that drift in the disk's fsync
    time hits all of them alike and the ratio compares like with like."""
    opened = [library.open(workshop_id) for library in libraries]
    notes = [uc.add_note(o.workshop, "tillit", NoteCategory.IDEAS, "start") for o in opened]
    times: list[list[float]] = [[] for _ in opened]
    try:
        for n in range(EDITS):
            for o, note, spent in zip(opened, notes, times, strict=True):
                start = time.perf_counter()
                uc.edit_note(o.workshop, "tillit", note.id, f"Idé nummer {n}")
                o.save()
                spent.append((time.perf_counter() - start) * 1000)
    finally:
        for o in opened:
            o.close()
    return [statistics.median(spent) for spent in times]


def fill(library: Library, template, count: int) -> None:
    for i in range(count):
        ws = copy.deepcopy(template)
        ws.id = new_id()
        ws.group = f"Ledningsgrupp {i:04d}"
        library.add(ws)


def main() -> int:
    demo = demo_workshop(load_content("sv"), dt.date(2026, 11, 23))
    with tempfile.TemporaryDirectory() as small, tempfile.TemporaryDirectory() as big:
        one, many = Library(Path(small)), Library(Path(big))
        one.add(demo)
        many.add(demo)
        fill(many, demo, 1000)
        many.list()  # the index is warm, as in a library that has been used
        save_1, save_1000 = interleaved_save_ms([one, many], demo.id)
        list_1000 = median_ms(many.list, 15)
        open_ms = median_ms(lambda: many.open(demo.id).close(), 15)
    print(f"durable save of one edit, library of 1:    {save_1:.2f} ms (median of {EDITS})")
    print(f"durable save of one edit, library of 1001: {save_1000:.2f} ms")
    print(f"listing a library of 1001:                 {list_1000:.2f} ms")
    print(f"opening one workshop (lock + read):        {open_ms:.2f} ms")
    print(
        f"store: save_1_ms={save_1:.2f} save_1000_ms={save_1000:.2f} "
        f"ratio={save_1000 / save_1:.2f} list_1000_ms={list_1000:.2f} open_ms={open_ms:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
