"""The Översikt page's window at HR's scale, driven as HR drives it.

The real ``OverviewPage`` (offscreen) over a folder of N data packages (10 000 by default,
the folder ``_packages.py`` keeps in the temp folder): the folder chosen (read anew, and
once more as it is kept), a filter changed and changed back, the CSV files, the workbook
and the PDF exported, and each of those jobs cancelled once half-way. Meanwhile a 1 ms
``QTimer`` ticks on the main thread: the longest gap between two ticks is the longest the
window could not answer (the goal is one frame, 16 ms). A cancel is timed from the click
to the job's end (``BackgroundTask.finished``), and a cancelled export must leave no file.

``--rounds R`` repeats the choice of the folder, the filter change and the exports R times
and prints the process's memory after each round: it must stay flat. Prints its figures
and exits 0; the last line reads ``overview_window: n=N window_stall_N_ms=..
cancel_N_ms=.. read_stall_ms=.. again_stall_ms=.. filter_stall_ms=.. csv_stall_ms=..
xlsx_stall_ms=.. pdf_stall_ms=.. cancel_read_ms=.. cancel_csv_ms=.. cancel_xlsx_ms=..
cancel_pdf_ms=.. peak_mib=.. rss_growth_mib=..`` (``window_stall`` the longest of the
stalls, ``cancel`` the longest of the cancels, ``rss_growth`` the memory after the last
round less after the first).
"""

from __future__ import annotations

import argparse
import datetime as dt
import faulthandler
import gc
import json
import os
import resource
import sys
import tempfile
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path
from typing import TextIO

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent / "tests"))  # tests/story.py

from _packages import ORGANISATIONS, package_folder
from PySide6.QtCore import QEventLoop, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from tillitverkstad import heap
from tillitverkstad.core.content import load_content
from tillitverkstad.core.jobs import JobProgress
from tillitverkstad.operations.library import library_at, prepare
from tillitverkstad.ui.background import BackgroundTask, run_in_background
from tillitverkstad.ui.overview_page import OverviewPage

TODAY = dt.date(2029, 6, 1)
LARGE = 10_000
CANCEL_AT = 0.5  # of the job's progress
FLOOR_S = 3.0
TRACE_AFTER_S = 0.05  # --trace: every thread's stack when the window is this late
EXPORTS = ("csv", "xlsx", "pdf")


def rss_mib() -> float:
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20


def peak_mib(who: int = resource.RUSAGE_SELF) -> float:
    return resource.getrusage(who).ru_maxrss / 1024


class Ticker(QObject):
    """A 1 ms timer on the main thread: the longest gap between two of its ticks since
    :meth:`restart` is the longest the window could not answer a click."""

    def __init__(self) -> None:
        super().__init__()
        self._timer = QTimer(self)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(1)
        self._timer.timeout.connect(self._tick)
        self.restart()
        self._timer.start()

    def restart(self) -> None:
        self._last = time.perf_counter()
        self.longest = 0.0

    def _tick(self) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self._last)
        self._last = now
        if self.trace is not None:  # every thread's stack, should this turn be late
            faulthandler.dump_traceback_later(TRACE_AFTER_S, file=self.trace)

    trace: TextIO | None = None

    @property
    def longest_ms(self) -> float:
        self._tick()  # the gap up to now counts too
        return self.longest * 1000


class Collections:
    """The longest of Python's garbage collections since :meth:`restart`."""

    def __init__(self) -> None:
        self.restart()
        self._began = 0.0
        gc.callbacks.append(self._heard)

    def restart(self) -> None:
        self.longest = 0.0
        self.generation = 0

    def _heard(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._began = time.perf_counter()
        elif time.perf_counter() - self._began > self.longest:
            self.longest = time.perf_counter() - self._began
            self.generation = info["generation"]


def wait_until(done: Callable[[], bool], timeout_s: float = 900) -> None:
    """Run the event loop until ``done()``, as the window would."""
    loop = QEventLoop()
    poll = QTimer()
    poll.setInterval(5)
    poll.timeout.connect(lambda: loop.quit() if done() else None)
    poll.start()
    deadline = time.perf_counter() + timeout_s
    while not done():
        if time.perf_counter() > deadline:
            sys.exit("a job did not end in time")
        loop.exec()
    poll.stop()


def close_notices(page: OverviewPage) -> None:
    for box in page.findChildren(QMessageBox):
        box.close()


class Bench:
    def __init__(self, page: OverviewPage, folder: Path, work: Path) -> None:
        self.page, self.folder, self.work = page, folder, work
        self.ticker, self.collections = Ticker(), Collections()
        self.figures: dict[str, float] = {}
        self.shown = 0  # overviews the page has finished showing
        page.refreshed.connect(self._refreshed)

    def _refreshed(self) -> None:
        self.shown += 1

    def _timed(self, name: str, start: Callable[[], object], done: Callable[[], bool]) -> None:
        """``start`` a job from the window and wait for ``done``: its time, the longest
        stall of the window meanwhile and the longest garbage collection."""
        self.ticker.restart()
        self.collections.restart()
        begin = time.perf_counter()
        start()
        wait_until(done)
        seconds = time.perf_counter() - begin
        stall = self.ticker.longest_ms
        self.figures[f"{name}_s"] = seconds
        self.figures[f"{name}_stall_ms"] = max(self.figures.get(f"{name}_stall_ms", 0), stall)
        self.figures[f"{name}_gc_ms"] = self.collections.longest * 1000
        print(
            f"  {name}: {seconds:.1f} s; the window's longest stall {stall:.0f} ms "
            f"(longest garbage collection {self.collections.longest * 1000:.0f} ms, "
            f"generation {self.collections.generation})",
            flush=True,
        )
        close_notices(self.page)

    def _cancelled(self, name: str, start: Callable[[], BackgroundTask | None]) -> None:
        """Start a job, cancel it half-way, time the cancel (click to the job's end)."""
        self.ticker.restart()
        task = start()
        assert task is not None, f"{name} did not start"
        state = {"at": 0.0}

        def progressed(done: int, total: int) -> None:
            if total and done / total >= CANCEL_AT and not task.cancel_requested:
                state["at"] = time.perf_counter()
                task.cancel()  # what the progress dialog's Avbryt does

        task.progressed.connect(progressed)
        wait_until(lambda: not task.running)
        ms = (time.perf_counter() - state["at"]) * 1000 if state["at"] else float("nan")
        self.figures[f"cancel_{name}_ms"] = ms
        stall = self.ticker.longest_ms
        print(
            f"  {name} cancelled half-way: ended {ms:.0f} ms after the click (stall {stall:.0f} ms)"
        )
        self.figures[f"cancel_{name}_stall_ms"] = stall
        close_notices(self.page)

    def read(self, name: str) -> None:
        """The folder chosen, read and its overview shown."""
        page = self.page
        before, shown = page.folder, self.shown
        self._timed(
            name,
            lambda: page.choose_folder(self.folder),
            lambda: page.folder is not before and page.folder is not None and self.shown > shown,
        )

    def filters(self) -> None:
        page = self.page
        organisation = ORGANISATIONS[1]

        def choose(index: int) -> None:
            page.organisation.setCurrentIndex(index)
            page.organisation.activated.emit(index)

        def shown_for(wanted: str | None, shown: int) -> bool:
            return (
                self.shown > shown
                and page.overview is not None
                and page.overview.filters.organisation == wanted
            )

        for index, wanted in ((page.organisation.findData(organisation), organisation), (0, None)):
            self._timed("filter", partial(choose, index), partial(shown_for, wanted, self.shown))

    def export(self, kind: str, target: Path) -> None:
        exports = self.page.exports
        if kind == "csv":
            target.mkdir(exist_ok=True)
            started = exports.export_csv(target)
        else:
            started = exports.export_file(f".{kind}", target)
        assert started is not None

    def exports(self, cancel: bool) -> None:
        exports = self.page.exports
        for kind in EXPORTS:
            target = self.work / (f"csv-{kind}" if kind == "csv" else f"o.{kind}")
            if cancel:
                folder = self.work / "cancelled"
                folder.mkdir(exist_ok=True)
                path = folder if kind == "csv" else folder / f"o.{kind}"

                def start(kind: str = kind, path: Path = path) -> BackgroundTask | None:
                    self.export(kind, path)
                    return exports.task

                self._cancelled(kind, start)
                left = list(folder.iterdir())
                assert not left, f"a cancelled {kind} export left {left}"
            self._timed(kind, partial(self.export, kind, target), lambda: not exports.busy)

    def floor(self) -> None:
        """The window beside a job of nothing but Python (no file, no collection, no C
        call of note): the best any job can do on this machine at its present load."""

        def spin(progress: JobProgress) -> None:
            end = time.perf_counter() + FLOOR_S
            while time.perf_counter() < end:
                sum(range(2000))
                progress.advance(0, 1)

        task = run_in_background(self.page, spin, lambda _: None, language=lambda: "sv")
        self._timed("floor", lambda: None, lambda: not task.running)

    def cancel_read(self) -> None:
        page = self.page
        self._cancelled("read", lambda: page.choose_folder(self.folder))


def run(count: int, rounds: int) -> dict[str, float]:
    app = QApplication.instance() or QApplication([])
    folder = package_folder(load_content("sv"), count)
    with tempfile.TemporaryDirectory() as temp:
        work = Path(temp)
        library = library_at(work / "hr-data")
        prepare(library)
        page = OverviewPage(library, lambda: "sv", today=lambda: TODAY)
        page.resize(1366, 768)
        page.show()
        app.processEvents()
        bench = Bench(page, folder, work)
        print(f"window over a folder of {count} packages (load {os.getloadavg()[0]:.1f}):")
        bench.floor()
        bench.cancel_read()  # nothing kept yet: the read is the first one
        bench.read("read")
        rss = []
        for round_ in range(rounds):
            if round_:
                bench.read("again")
            bench.filters()
            bench.exports(cancel=round_ == 0)
            if round_ == 0:
                bench.read("again")
            wait_until(lambda: heap.jobs_running() == 0)  # the old overview let go of
            rss.append(rss_mib())
            print(f" round {round_ + 1}: {rss[-1]:.0f} MiB resident, peak {peak_mib():.0f} MiB")
        page.close()
    figures = bench.figures
    stalls = [v for k, v in figures.items() if k.endswith("_stall_ms") and k != "floor_stall_ms"]
    cancels = [figures[f"cancel_{job}_ms"] for job in ("read", *EXPORTS)]
    figures["window_stall_ms"] = max(stalls)
    figures["cancel_ms"] = max(cancels)
    figures["peak_mib"] = peak_mib()
    figures["child_peak_mib"] = peak_mib(resource.RUSAGE_CHILDREN)
    figures["rss_growth_mib"] = rss[-1] - rss[0]
    figures["rss"] = rss  # type: ignore[assignment]
    return figures


def last_line(count: int, f: dict[str, float]) -> str:
    fields = [
        f"n={count}",
        f"window_stall_{count}_ms={f['window_stall_ms']:.0f}",
        f"cancel_{count}_ms={f['cancel_ms']:.0f}",
    ]
    for job in ("floor", "read", "again", "filter", *EXPORTS):
        fields.append(f"{job}_stall_ms={f[f'{job}_stall_ms']:.0f}")
    for job in ("read", *EXPORTS):
        fields.append(f"cancel_{job}_ms={f[f'cancel_{job}_ms']:.0f}")
    fields += [
        f"peak_mib={f['peak_mib']:.0f}",
        f"child_peak_mib={f['child_peak_mib']:.0f}",
        f"rss_growth_mib={f['rss_growth_mib']:.0f}",
    ]
    return "overview_window: " + " ".join(fields)


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--large", type=int, default=LARGE, help="packages in the folder")
    parser.add_argument("--rounds", type=int, default=1, help="rounds of reads and exports")
    parser.add_argument("--json", action="store_true", help="the figures as JSON, last")
    parser.add_argument(
        "--trace", type=Path, help="write every thread's stack to this file when the window stalls"
    )
    args = parser.parse_args(argv)
    if args.trace:
        Ticker.trace = open(args.trace, "w")  # noqa: SIM115 - open until the process ends
    figures = run(args.large, max(1, args.rounds))
    print(json.dumps(figures) if args.json else last_line(args.large, figures))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
