"""``tillitverkstad --self-test``: prove that an installed app or bundle works, headless.

Runs the same path a facilitator runs after a workshop, in a temporary data folder that is
deleted afterwards: create the demo workshop, store it, read it back, export the JSON data
package and re-import it, export the PDF and check it, and export HR's overview. Prints
exactly one line and returns 0 (``self-test ok: ...``) or 1 (``self-test FAILED: ...``).

The line is English on purpose: it is read by IT and by tests, not by the facilitator.
No Qt import and no window, so it runs on a machine without a display.
"""

from __future__ import annotations

import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

MIN_PDF_PAGES = 3


class SelfTestFailure(Exception):
    """One check failed; the message says which and why."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestFailure(message)


def _comparable(package: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in package.items() if k != "exported"}


def _check_library_and_package(folder: Path) -> tuple[Any, int]:
    """The demo stored, read back, exported and re-imported unchanged; the package size."""
    from tillitverkstad.core.content import load_content
    from tillitverkstad.core.languages import DEFAULT_LANGUAGE, content_languages
    from tillitverkstad.core.package import to_package
    from tillitverkstad.core.serialize import workshop_to_dict
    from tillitverkstad.operations import library as ops
    from tillitverkstad.operations import packages

    for language in content_languages():
        load_content(language)
    library = ops.library_at(folder / "data")
    ops.prepare(library)
    ws = ops.create_demo(library, DEFAULT_LANGUAGE)
    stored = ops.read(library, ws.id)
    _check(workshop_to_dict(stored) == workshop_to_dict(ws), "stored workshop differs")

    path = packages.export_package(stored, folder / "package.json")
    imported = packages.read_package(path)
    _check(
        _comparable(to_package(imported)) == _comparable(to_package(stored)),
        "re-imported package differs",
    )
    _check(
        all(not record.private_notes for record in imported.records.values()),
        "private notes leaked into the package",
    )
    again = packages.import_file(library, path)
    _check(again.already, "importing the package again was not recognised")
    _check(len(ops.list_workshops(library)) == 1, "importing the package again made a copy")
    return stored, path.stat().st_size


def _load_build_pdf() -> Callable[..., Any]:
    try:
        from tillitverkstad.report import build_pdf
    except ImportError:
        raise SelfTestFailure(
            "report module missing (tillitverkstad.report.build_pdf cannot be imported)"
        ) from None
    return build_pdf


def _page_count(pdf: Path) -> int:
    # pikepdf ships with the app (pypdf, a test tool, does not); the pages may sit in
    # compressed object streams, so they are counted by reading the file, not its bytes.
    import pikepdf

    with pikepdf.open(pdf) as doc:
        return len(doc.pages)


def _check_pdf(ws: Any, folder: Path) -> tuple[int, int]:
    """The PDF exported and well formed; its page count and size."""
    from tillitverkstad.storage.files import write_export

    build_pdf = _load_build_pdf()
    pdf = write_export(folder / "report.pdf", build_pdf(ws, private=False, names=False, earlier=()))
    data = pdf.read_bytes()
    _check(data.startswith(b"%PDF"), "the PDF does not start with %PDF")
    _check(data.rstrip().endswith(b"%%EOF"), "the PDF does not end with %%EOF")
    pages = _page_count(pdf)
    _check(pages >= MIN_PDF_PAGES, f"the PDF has {pages} pages, expected {MIN_PDF_PAGES} or more")
    _check_archive(pdf)
    return pages, len(data)


def _check_archive(pdf: Path) -> None:
    """The archive layer ran: PDF/A identification, output intent, tags, data package."""
    import pikepdf

    with pikepdf.open(pdf) as doc:
        part = doc.open_metadata().get("pdfaid:part")
        _check(part == "3", "the PDF does not say it is PDF/A-3")
        _check("/OutputIntents" in doc.Root, "the PDF has no output intent")
        _check("/StructTreeRoot" in doc.Root, "the PDF is not tagged")
        _check(len(doc.attachments) == 1, "the data package is not attached to the PDF")
    # Arabic and Hebrew are laid out by libraries loaded only when such text appears.
    from tillitverkstad.report.text import shaped

    _check(shaped("אב") == "בא", "right-to-left text cannot be laid out")


def _check_overview(folder: Path) -> int:
    """HR's overview of the demo library as a workbook and a PDF (XlsxWriter is bundled,
    the PDF's own process starts); the workbook's size."""
    from tillitverkstad.core.languages import DEFAULT_LANGUAGE
    from tillitverkstad.core.overview import Filters
    from tillitverkstad.operations import library as ops
    from tillitverkstad.operations import overview as overview_ops

    library = ops.library_at(folder / "data")
    language = DEFAULT_LANGUAGE
    overview = overview_ops.library_overview(library, Filters(), language=language)
    _check(len(overview.groups) == 1, "the overview does not show the demo's group")
    book = overview_ops.export_overview(overview, folder / "o.xlsx", language=language, source="")
    _check(book.read_bytes().startswith(b"PK"), "the overview workbook is not an xlsx file")
    # Made as the window makes it: in a process of its own, which in the bundle is the
    # bundle started again (multiprocessing.freeze_support in its entry point).
    pdf = overview_ops.export_overview(
        overview, folder / "o.pdf", language=language, source="", separate_process=True
    )
    _check(pdf.read_bytes().startswith(b"%PDF"), "the overview PDF was not written")
    return book.stat().st_size


def _kb(size: int) -> str:
    return f"{max(1, round(size / 1024))} kB"


def run_self_test() -> int:
    """Run every check in a temporary folder; print one summary line; 0 if all passed."""
    started = time.perf_counter()
    try:
        with tempfile.TemporaryDirectory(prefix="tillitverkstad-selftest-") as tmp:
            folder = Path(tmp)
            ws, package_size = _check_library_and_package(folder)
            pages, pdf_size = _check_pdf(ws, folder)
            workbook_size = _check_overview(folder)
    except SelfTestFailure as exc:
        print(f"self-test FAILED: {exc}", flush=True)
        return 1
    except Exception as exc:  # any crash is a failed self-test, said in one line
        print(f"self-test FAILED: {type(exc).__name__}: {exc}", flush=True)
        return 1
    seconds = time.perf_counter() - started
    print(
        f"self-test ok: demo workshop, pdf {pages} pages {_kb(pdf_size)}, "
        f"package {_kb(package_size)}, overview xlsx {_kb(workbook_size)}, {seconds:.1f} s",
        flush=True,
    )
    return 0
