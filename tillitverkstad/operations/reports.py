"""The PDF report for the HR archive, with the data package beside it when asked.

The report module (and ReportLab) is imported only when a report is written, so neither
the window's start nor the quick CLI commands pay for it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from tillitverkstad.core.jobs import UNTRACKED, JobProgress
from tillitverkstad.core.model import Occasion, Workshop
from tillitverkstad.operations.library import Exported, earlier_occasions, export_each
from tillitverkstad.operations.packages import export_package
from tillitverkstad.storage.files import write_export
from tillitverkstad.storage.library import Library


def suggested_file_name(ws: Workshop) -> str:
    """``2026-11-23_Ledningsgrupp-IFO_tillitverkstad.pdf``: date, group, app."""
    from tillitverkstad.report import suggested_file_name as name

    return name(ws)


def export_report(
    ws: Workshop,
    path: Path,
    *,
    earlier: Sequence[Occasion] | None = None,
    private: bool = False,
    names: bool = False,
    overwrite: bool = False,
    package: Path | None = None,
    progress: JobProgress = UNTRACKED,
) -> Path:
    """Write the PDF (and the data package to ``package``). Safe on a worker thread when
    ``ws`` is a copy: it reads nothing from the library. ``progress`` may stop it while
    the PDF is built, before anything is written."""
    from tillitverkstad.report import build_pdf

    progress.advance(0, 2)
    data = build_pdf(ws, earlier=earlier, private=private, names=names)
    progress.advance(1, 2)
    written = write_export(Path(path), data, overwrite=overwrite)
    if package is not None:
        export_package(
            ws, package, private=private, names=names, overwrite=overwrite, earlier=earlier
        )
    return written


def export_report_of(library: Library, workshop_id: str, path: Path, **options) -> Path:
    """The report of a stored workshop, compared with every earlier occasion of its group."""
    ws = library.read(workshop_id)
    return export_report(ws, path, earlier=earlier_occasions(library, ws), **options)


def export_all_reports(library: Library, folder: Path, **options) -> Iterator[Exported]:
    """One PDF per readable workshop into ``folder``; one failure does not stop the rest."""

    def write(ws: Workshop, path: Path, earlier: tuple[Occasion, ...]) -> Path:
        return export_report(ws, path, earlier=earlier, **options)

    return export_each(library, folder, ".pdf", write)
