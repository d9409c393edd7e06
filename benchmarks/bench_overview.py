"""HR's overview over a library of 1000 workshops in 200 groups of five occasions: the
Översikt page shown (the index read, the overview worked out, every card filled), the same
over a folder of 1000 data packages read in place, and the PDF and the workbook of it.

Prints its figures and exits 0; the last line reads
``overview: open_1000_ms=.. folder_1000_ms=.. pdf_1000_s=.. xlsx_1000_s=..``.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parent.parent / "tests"))  # tests/story.py

import pikepdf
from _common import median_ms
from bench_follow_up import GROUPS, OCCASIONS, renamed
from story import baseline, follow_up

from tillitverkstad.core.content import load_content
from tillitverkstad.core.overview import Filters
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.operations import packages

TODAY = dt.date(2029, 6, 1)


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


def main() -> int:
    content = load_content("sv")
    template = chain(content)
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        library = ops.library_at(root / "data")
        ops.prepare(library)
        for number in range(GROUPS):
            for ws in renamed(template, number):
                library.add(ws)
        library.list()  # a warm index, as in a library that has been used
        index_kb = library.index.size() / 1024  # the index and its journal
        ops_ms = median_ms(
            lambda: overview_ops.library_overview(library, Filters(), language="sv", today=TODAY),
            5,
        )
        open_ms, warm_ms = page_ms(library)
        overview = overview_ops.library_overview(library, Filters(), language="sv", today=TODAY)

        shared = root / "shared"
        shared.mkdir()
        for item in library.list():
            ws = library.read(item.id)
            packages.export_package(ws, shared / f"{ws.id}.json")
        begin = time.perf_counter()
        source = overview_ops.read_folder(shared)
        overview_ops.folder_overview(source, Filters(), language="sv", today=TODAY)
        folder_ms = (time.perf_counter() - begin) * 1000

        begin = time.perf_counter()
        overview_ops.export_overview(overview, root / "o.pdf", language="sv", source="bench")
        pdf_s = time.perf_counter() - begin
        with pikepdf.open(root / "o.pdf") as pdf:
            pages = len(pdf.pages)
        begin = time.perf_counter()
        overview_ops.export_overview(overview, root / "o.xlsx", language="sv", source="bench")
        xlsx_s = time.perf_counter() - begin
        rows = len(overview.results)
    print(f"index of {len(source.entries)} workshops with their digests: {index_kb:.0f} KiB")
    print(f"overview worked out from the index (no file opened): {ops_ms:.1f} ms")
    print(f"Översikt page shown, first time: {open_ms:.1f} ms; again: {warm_ms:.1f} ms")
    print(f"folder of {len(source.entries)} packages read in place and shown: {folder_ms:.0f} ms")
    print(f"overview PDF ({len(overview.groups)} groups, {pages} pages): {pdf_s:.2f} s")
    print(f"workbook ({rows} result rows, {len(overview.examples)} examples): {xlsx_s:.2f} s")
    print(
        f"overview: open_1000_ms={open_ms:.0f} folder_1000_ms={folder_ms:.0f} "
        f"pdf_1000_s={pdf_s:.2f} xlsx_1000_s={xlsx_s:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
