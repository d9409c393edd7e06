"""The PDF report for the HR archive, with the data package beside it when asked.

The report module (and ReportLab) is imported only when a report is written, so neither
the window's start nor the quick CLI commands pay for it."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import Occasion, Workshop
from tillitverkstad.operations.library import earlier_occasions
from tillitverkstad.operations.packages import export_package
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
) -> Path:
    """Write the PDF (and the data package to ``package``). Safe on a worker thread when
    ``ws`` is a copy: it reads nothing from the library."""
    from tillitverkstad.report import export_pdf

    written = export_pdf(
        ws, Path(path), earlier=earlier, private=private, names=names, overwrite=overwrite
    )
    if package is not None:
        export_package(
            ws, package, private=private, names=names, overwrite=overwrite, earlier=earlier
        )
    return written


def export_report_of(library: Library, workshop_id: str, path: Path, **options) -> Path:
    """The report of a stored workshop, compared with every earlier occasion of its group."""
    ws = library.read(workshop_id)
    return export_report(ws, path, earlier=earlier_occasions(library, ws), **options)


@dataclass(frozen=True)
class Exported:
    """One workshop's report written (``path``) or not (``error``)."""

    workshop_id: str
    path: Path | None = None
    error: TillitError | None = None


def export_all_reports(library: Library, folder: Path, **options) -> Iterator[Exported]:
    """One PDF per readable workshop into ``folder``; one failure does not stop the rest."""
    folder = Path(folder)
    if not folder.is_dir():
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=str(folder)
        )
    used: set[str] = set()
    for item in library.list():
        if not item.readable:
            continue
        try:
            ws = library.read(item.id)
            name = suggested_file_name(ws)
            if name in used:  # same group and date twice: keep both, told apart by the id
                name = name.replace("_tillitverkstad.pdf", f"_{ws.id[:8]}_tillitverkstad.pdf")
            used.add(name)
            path = export_report(
                ws,
                folder / name,
                earlier=earlier_occasions(library, ws),
                **options,
            )
        except TillitError as exc:
            yield Exported(item.id, error=exc)
            continue
        yield Exported(item.id, path=path)
