"""HR's overview at scale.

Over a library of 1000 workshops in 200 groups of five occasions: the Översikt page shown
(the index read, the overview worked out, every card filled), its PDF and workbook. Over
a shared folder of 1000 data packages read in place: the first read, a read again with
nothing changed (what was read is kept in the data folder) and one after ten packages
changed. Over a folder of 10 000 (issue 29's HR scale), in a process of its own so that
its peak memory is its own: the first read in a worker thread (as the window runs it),
the longest the main thread then waited for a turn, and the CSV files, the workbook and
the PDF of it, each on a worker thread too; the peak is that process's whole run.

The folders are made once and kept in the temp folder for the next run
(``_packages.py``); ``--large N`` reads a folder of N packages instead of 10 000, for a
quick run. Prints its figures and exits 0; the last line reads
``overview: open_1000_ms=.. folder_1000_ms=.. pdf_1000_s=.. xlsx_1000_s=..
folder_again_1000_ms=.. folder_10000_s=.. csv_10000_s=.. xlsx_10000_s=.. pdf_10000_s=..
peak_10000_mib=..`` (with N in place of 10000).
"""

from __future__ import annotations

import argparse
import datetime as dt
import gc
import json
import os
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from functools import partial
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent / "tests"))  # tests/story.py

from _common import median_ms
from _packages import package_folder
from bench_follow_up import GROUPS, OCCASIONS, renamed
from story import baseline, follow_up

from tillitverkstad.core.content import load_content
from tillitverkstad.core.overview import Filters
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import overview as overview_ops

TODAY = dt.date(2029, 6, 1)
SMALL, LARGE = 1000, 10_000
CHANGED = 10


def chain(content) -> list:
    """One group's five occasions, each following up (and rating again) the one before."""
    occasions = [baseline(content)]
    for _ in range(1, OCCASIONS):
        date = occasions[-1].date + dt.timedelta(days=180)
        occasions.append(follow_up(occasions[-1], content, date))
    return occasions


def page_ms(library) -> tuple[float, float]:
    """The Översikt page filled from the library: the first time, and warm."""
    from PySide6.QtWidgets import QApplication

    from tillitverkstad.ui.overview_page import OverviewPage

    app = QApplication.instance() or QApplication([])
    page = OverviewPage(library, lambda: "sv", today=lambda: TODAY)
    page.resize(1366, 768)
    page.show()
    begin = time.perf_counter()
    page.show_library()
    app.processEvents()
    first = (time.perf_counter() - begin) * 1000

    def again() -> None:
        page.show_library()
        app.processEvents()

    warm = median_ms(again, 3)
    page.close()
    return first, warm


def library_figures(root: Path) -> dict[str, float]:
    content = load_content("sv")
    template = chain(content)
    library = ops.library_at(root / "data")
    ops.prepare(library)
    for number in range(GROUPS):
        for ws in renamed(template, number):
            library.add(ws)
    library.list()  # a warm index, as in a library that has been used
    ops_ms = median_ms(
        lambda: overview_ops.library_overview(library, Filters(), language="sv", today=TODAY), 5
    )
    open_ms, warm_ms = page_ms(library)
    overview = overview_ops.library_overview(library, Filters(), language="sv", today=TODAY)
    begin = time.perf_counter()
    overview_ops.export_overview(overview, root / "o.pdf", language="sv", source="bench")
    pdf_s = time.perf_counter() - begin
    begin = time.perf_counter()
    overview_ops.export_overview(overview, root / "o.xlsx", language="sv", source="bench")
    xlsx_s = time.perf_counter() - begin
    index_kib = library.index.size() >> 10  # the index and its journal
    print(f"index of {len(library.list())} workshops: {index_kib} KiB")
    print(f"overview worked out from the index (no file opened): {ops_ms:.1f} ms")
    print(f"Översikt page shown, first time: {open_ms:.1f} ms; again: {warm_ms:.1f} ms")
    print(f"library overview PDF ({len(overview.groups)} groups): {pdf_s:.2f} s")
    print(f"library workbook ({overview.result_count} result rows): {xlsx_s:.2f} s")
    return {"open_ms": open_ms, "pdf_s": pdf_s, "xlsx_s": xlsx_s}


def read_ms(folder: Path, data_dir: Path) -> tuple[float, int]:
    """A folder read and its overview worked out, and how many packages were read anew."""
    begin = time.perf_counter()
    source = overview_ops.read_folder(folder, data_dir=data_dir)
    overview_ops.folder_overview(source, Filters(), language="sv", today=TODAY)
    return (time.perf_counter() - begin) * 1000, source.read_anew


def folder_figures(root: Path) -> dict[str, float]:
    """A copy of the kept folder of 1000 (ten of its packages are changed here)."""
    folder = root / "delad"
    shutil.copytree(package_folder(load_content("sv"), SMALL), folder)
    data_dir = root / "hr-data"
    data_dir.mkdir()
    first_ms, read = read_ms(folder, data_dir)
    again_ms = median_ms(lambda: read_ms(folder, data_dir), 3)
    for path in sorted(folder.glob("*.json"))[:CHANGED]:
        path.write_text(path.read_text(encoding="utf-8").replace("Ledningsgrupp", "Lednings-grupp"))
    changed_ms, changed = read_ms(folder, data_dir)
    kept = next((data_dir / "cache" / "overview").iterdir()).stat().st_size
    print(f"folder of {read} packages, first read and shown: {first_ms:.0f} ms")
    print(f"the same again, nothing changed (kept reading {kept >> 10} KiB): {again_ms:.0f} ms")
    print(f"again after {CHANGED} packages changed ({changed} read anew): {changed_ms:.0f} ms")
    return {"first_ms": first_ms, "again_ms": again_ms}


# --- the large folder, in a process of its own -------------------------------------------


class Watch:
    """A progress watcher as the window's: it notes the longest time between two reports
    (how long a Cancel would wait at most)."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0

    def advance(self, done: int, total: int) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now


def _in_worker(job) -> tuple[object, float, float]:
    """``job()`` on a worker thread while this one ticks as an event loop would: its
    result, its time, and the longest this thread waited for a turn."""
    result: list[object] = []
    worker = threading.Thread(target=lambda: result.append(job()))
    begin = last = time.perf_counter()
    longest = 0.0
    worker.start()
    while worker.is_alive():
        worker.join(0.001)
        now = time.perf_counter()
        longest, last = max(longest, now - last), now
    return result[0], time.perf_counter() - begin, longest


class Collections:
    """The longest of Python's garbage collections meanwhile: a full one stops every
    thread while it walks every object the program holds."""

    def __init__(self) -> None:
        self.longest = self._began = 0.0
        gc.callbacks.append(self._heard)

    def _heard(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        else:
            self.longest = max(self.longest, time.perf_counter() - self._began)


def large_child(count: int, folder: Path, work: Path) -> None:
    """Each job on a worker thread, as the window runs them (and as glibc then keeps one
    heap for them: a read on one thread and the exports on another would hold two)."""
    import resource

    figures: dict[str, float] = {}
    watch, collections = Watch(), Collections()
    source, figures["read_s"], figures["turn_ms"] = _in_worker(
        lambda: overview_ops.read_folder(folder, data_dir=work / "hr-data", progress=watch)
    )
    figures["turn_ms"] *= 1000
    figures["gc_ms"] = collections.longest * 1000
    figures["read_gap_ms"] = watch.longest * 1000
    figures["read_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    overview, figures["overview_s"], _ = _in_worker(
        lambda: overview_ops.folder_overview(source, Filters(), language="sv", today=TODAY)
    )
    exports = {
        "csv": lambda progress: overview_ops.export_overview_csv(
            overview, work, language="sv", progress=progress
        ),
        "xlsx": lambda progress: overview_ops.export_overview(
            overview, work / "o.xlsx", language="sv", source="bench", progress=progress
        ),
        "pdf": lambda progress: overview_ops.export_overview(
            overview, work / "o.pdf", language="sv", source="bench", progress=progress
        ),
    }
    collections.longest = 0.0
    figures["export_turn_ms"] = 0.0
    for name, export in exports.items():
        watch = Watch()
        _, figures[f"{name}_s"], turn = _in_worker(partial(export, watch))
        figures[f"{name}_gap_ms"] = watch.longest * 1000
        figures["export_turn_ms"] = max(figures["export_turn_ms"], turn * 1000)
    figures["export_gc_ms"] = collections.longest * 1000
    figures["peak_mib"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    figures["groups"] = len(overview.groups)
    figures["rows"] = overview.result_count
    print(json.dumps(figures))


def large_figures(count: int, root: Path) -> dict[str, float]:
    folder = package_folder(load_content("sv"), count)
    work = root / "large"
    work.mkdir()
    done = subprocess.run(
        [sys.executable, __file__, "--child", str(count), str(folder), str(work)],
        capture_output=True,
        text=True,
        check=False,
    )
    if done.returncode != 0:
        sys.exit(f"the run over {count} packages failed:\n{done.stderr}")
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    n = count
    print(
        f"folder of {n} packages, first read in a worker thread: {figures['read_s']:.1f} s "
        f"(peak {figures['read_mib']:.0f} MiB); the main thread waited at most "
        f"{figures['turn_ms']:.1f} ms for a turn (the longest garbage collection meanwhile: "
        f"{figures['gc_ms']:.0f} ms)"
    )
    groups, overview_s = figures["groups"], figures["overview_s"]
    print(f"its overview ({groups:.0f} groups) worked out: {overview_s:.1f} s")
    print(
        f"exports of it: CSV {figures['csv_s']:.1f} s, workbook ({figures['rows']:.0f} result "
        f"rows) {figures['xlsx_s']:.1f} s, PDF {figures['pdf_s']:.1f} s; peak of the whole "
        f"run {figures['peak_mib']:.0f} MiB"
    )
    print(
        f"while they were written the main thread waited at most {figures['export_turn_ms']:.0f} "
        f"ms for a turn (the longest garbage collection: {figures['export_gc_ms']:.0f} ms)"
    )
    print(
        "longest between two progress reports (a Cancel's longest wait): read "
        f"{figures['read_gap_ms']:.0f} ms, CSV {figures['csv_gap_ms']:.0f} ms, workbook "
        f"{figures['xlsx_gap_ms']:.0f} ms, PDF {figures['pdf_gap_ms']:.0f} ms"
    )
    return figures


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--large", type=int, default=LARGE, help="packages in the large folder")
    parser.add_argument("--child", nargs=3, metavar=("N", "FOLDER", "WORK"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        large_child(int(args.child[0]), Path(args.child[1]), Path(args.child[2]))
        return 0
    n = args.large
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        library = library_figures(root)
        small = folder_figures(root)
        large = large_figures(n, root)
    print(
        f"overview: open_1000_ms={library['open_ms']:.0f} folder_1000_ms={small['first_ms']:.0f} "
        f"pdf_1000_s={library['pdf_s']:.2f} xlsx_1000_s={library['xlsx_s']:.2f} "
        f"folder_again_1000_ms={small['again_ms']:.0f} folder_{n}_s={large['read_s']:.1f} "
        f"csv_{n}_s={large['csv_s']:.1f} xlsx_{n}_s={large['xlsx_s']:.1f} "
        f"pdf_{n}_s={large['pdf_s']:.1f} peak_{n}_mib={large['peak_mib']:.0f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
