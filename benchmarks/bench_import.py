"""Batch import: HR imports a folder of data packages into the library.

Imports ``n`` packages (default 2000, the issue's figure; ``--n 200`` for a quick check)
into an empty library in one batch, as ``tillitverkstad import *.json`` does, then measures
the time per import of a batch of 100 more into an empty library and into the one now
holding ``n``. Prints its figures and exits 0; goals: total_s <= 60, growth <= 1.5 (the
per-import cost does not grow with the library).
"""

from __future__ import annotations

import argparse
import copy
import datetime as dt
import statistics
import sys
import tempfile
import time
from pathlib import Path

from tillitverkstad.core.content import load_content
from tillitverkstad.core.demo import demo_workshop
from tillitverkstad.core.model import Workshop, new_id
from tillitverkstad.core.package import dumps, to_package
from tillitverkstad.operations import packages
from tillitverkstad.storage.library import Library

BATCH = 100
ROUNDS = 3


def write_packages(template: Workshop, folder: Path, count: int, start: int) -> list[Path]:
    """``count`` packages of distinct groups, each a filled workshop like the demo."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number in range(start, start + count):
        ws = copy.deepcopy(template)
        ws.id, ws.group_id = new_id(), new_id()
        ws.group = f"Ledningsgrupp {number:05d}"
        path = folder / f"{number:05d}.json"
        path.write_bytes(dumps(to_package(ws)))
        paths.append(path)
    return paths


def import_all(library: Library, paths: list[Path]) -> float:
    """Seconds to import ``paths`` in one batch; every one must be stored."""
    start = time.perf_counter()
    results = packages.import_packages(library, paths)
    spent = time.perf_counter() - start
    assert all(r.outcome is packages.Outcome.IMPORTED for r in results), "an import failed"
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000, help="packages in the large library")
    n = parser.parse_args().n
    demo = demo_workshop(load_content("sv"), dt.date(2026, 11, 23))
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        full = Library(root / "full")
        total_s = import_all(full, write_packages(demo, root / "many", n, 0))
        listed = len(full.list())
        assert listed == n, f"{listed} workshops listed, {n} imported"
        empty_ms, full_ms = [], []
        for round_ in range(ROUNDS):
            start = n + 2 * round_ * BATCH
            into_empty = write_packages(demo, root / f"a{round_}", BATCH, start)
            into_full = write_packages(demo, root / f"b{round_}", BATCH, start + BATCH)
            empty = Library(root / f"empty{round_}")
            empty_ms.append(import_all(empty, into_empty) * 1000 / BATCH)
            full_ms.append(import_all(full, into_full) * 1000 / BATCH)
    per_empty, per_full = statistics.median(empty_ms), statistics.median(full_ms)
    print(f"{n} packages into an empty library, one batch:  {total_s:.1f} s")
    print(f"per import, batch of {BATCH} into an empty library:  {per_empty:.2f} ms (median)")
    print(f"per import, batch of {BATCH} into a library of {n}:  {per_full:.2f} ms (median)")
    print(
        f"import: n={n} total_s={total_s:.1f} per_ms_empty={per_empty:.2f} "
        f"per_ms_full={per_full:.2f} growth={per_full / per_empty:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
