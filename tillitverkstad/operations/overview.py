"""HR's overview across groups and over time: over the library, or over a folder of data
packages read in place (nothing imported, nothing written there), and its exports.

The aggregation is ``core.overview`` (computed once, shown alike everywhere); this module
finds what it reads: the library index (each entry carries the workshop's digest, so a
thousand workshops cost one read of the index) or the packages in a folder
(:mod:`operations.folder`, whose names it offers too).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import replace
from functools import partial
from pathlib import Path
from typing import Any, BinaryIO

from tillitverkstad.core.dates import parse_date
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.groups import group_library
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.jobs import UNTRACKED, JobProgress
from tillitverkstad.core.languages import content_language
from tillitverkstad.core.overview import Filters, Listed, Overview, build_overview
from tillitverkstad.operations import in_child
from tillitverkstad.operations.folder import (
    PACKAGE_SUFFIX,
    FolderSource,
    PackageEntry,
    Skipped,
    SkipReason,
    read_folder,
)
from tillitverkstad.operations.packages import Imported, import_file
from tillitverkstad.storage.library import Library

__all__ = [  # the folder's names too, so the window and the CLI import one module
    "PACKAGE_SUFFIX",
    "FolderSource",
    "PackageEntry",
    "SkipReason",
    "Skipped",
    "export_overview",
    "export_overview_csv",
    "filters_from",
    "folder_overview",
    "import_from_folder",
    "library_overview",
    "overview_of",
    "read_folder",
    "with_group",
]


def overview_of(
    listed: Sequence[Listed],
    filters: Filters,
    *,
    language: str,
    today: dt.date | None = None,
    progress: JobProgress = UNTRACKED,
) -> Overview:
    """The overview, with the principles in the content's order and titles in ``language``;
    ``progress`` as ``core.overview.build_overview`` takes it."""
    from tillitverkstad.core.content import load_content

    content = load_content(content_language(language))
    steps = [(p.id, p.name) for p in content.principles]
    steps += [(c.id, c.name) for c in content.cornerstones]
    return build_overview(
        listed,
        filters,
        today=today or dt.date.today(),
        order=[s for s, _ in steps],
        titles=dict(steps),
        progress=progress,
    )


def library_overview(
    library: Library, filters: Filters, *, language: str, today: dt.date | None = None
) -> Overview:
    """The overview of the library, from its index alone."""
    return overview_of(library.list(digests=True), filters, language=language, today=today)


def folder_overview(
    source: FolderSource,
    filters: Filters,
    *,
    language: str,
    today: dt.date | None = None,
    progress: JobProgress = UNTRACKED,
) -> Overview:
    return overview_of(source.entries, filters, language=language, today=today, progress=progress)


def import_from_folder(library: Library, source: FolderSource, workshop_id: str) -> Imported:
    """Import one workshop of a folder (to open it); the folder is only read."""
    path = source.path_of(workshop_id)
    if path is None:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "No workshop with id {id}."), id=workshop_id[:40]
        )
    return import_file(library, path)


# --- exports ------------------------------------------------------------------------------


def _checked_date(text: str | None) -> dt.date | None:
    return parse_date(text) if text else None


def filters_from(
    organisation: str | None = None,
    group_id: str | None = None,
    start: str | None = None,
    end: str | None = None,
) -> Filters:
    """Filters from the command line's text; a bad date or an empty period is refused."""
    first, last = _checked_date(start), _checked_date(end)
    if first and last and first > last:
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The period ends ({end}) before it starts ({start})."),
            start=first.isoformat(),
            end=last.isoformat(),
        )
    return Filters(organisation or None, group_id or None, first, last)


def with_group(filters: Filters, listed: Sequence[Listed], wanted: str) -> Filters:
    """``filters`` narrowed to the one group named ``wanted`` (its current name, any case,
    or its id or a unique start of it)."""
    groups = group_library(item for item in listed if item.readable)
    key = wanted.strip().casefold()
    found = [g for g in groups if g.name.casefold() == key] or [
        g for g in groups if key and g.id.startswith(wanted.strip())
    ]
    if len(found) != 1:
        text = (
            QT_TRANSLATE_NOOP("errors", "No group is called {group}.")
            if not found
            else QT_TRANSLATE_NOOP("errors", "More than one group is called {group}; give its id.")
        )
        raise ValidationError(text, group=wanted[:80])
    return replace(filters, group_id=found[0].id)


def export_overview(
    overview: Overview,
    path: Path,
    *,
    language: str,
    source: str,
    next_steps: str = "",
    overwrite: bool = False,
    progress: JobProgress = UNTRACKED,
    separate_process: bool = False,
) -> Path:
    """The overview as a PDF (``.pdf``) or an Excel workbook (``.xlsx``), by the file's
    extension; the file appears only when complete. ``source`` says what was read (a
    library or a folder), for the PDF's cover; ``next_steps`` is HR's "Nästa steg".
    ``progress`` hears how far it is; a cancel there leaves no file and replaces none.
    ``separate_process``: made in a process of its own (:mod:`operations.in_child`), so
    that the window's process keeps answering meanwhile."""
    from tillitverkstad.storage.files import write_export_from

    path = Path(path)
    suffix = path.suffix.lower()
    write_file: Callable[..., None]
    if suffix == ".pdf":
        from tillitverkstad.report.overview import write_overview_pdf

        write_file = partial(
            write_overview_pdf, language=language, source=source, next_steps=next_steps
        )
    elif suffix == ".xlsx":
        from tillitverkstad.report.workbook import write_workbook

        write_file = partial(write_workbook, language=language)
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Name the file .pdf or .xlsx; for CSV files give a folder (-d FOLDER).",
            )
        )

    def write(out: BinaryIO) -> None:
        if separate_process:
            produce = partial(_write_from_pieces, write_file)
            in_child.produce_in_child(produce, _in_pieces(overview), out, progress)
        else:
            write_file(overview, out, progress=progress)

    return write_export_from(path, write, overwrite=overwrite)


# The overview handed to the export's own process in pieces of this many groups or examples.
PIECE_GROUPS, PIECE_EXAMPLES = 50, 2000


def _in_pieces(overview: Overview) -> list[object]:
    """The overview as pieces to hand over one by one: its groups and examples in runs,
    the rest in the first piece."""
    groups, examples = overview.groups, overview.examples
    return [
        replace(overview, groups=(), examples=()),
        *(("groups", groups[at : at + PIECE_GROUPS]) for at in range(0, len(groups), PIECE_GROUPS)),
        *(
            ("examples", examples[at : at + PIECE_EXAMPLES])
            for at in range(0, len(examples), PIECE_EXAMPLES)
        ),
    ]


def _write_from_pieces(
    write_file: Callable[..., None], pieces: list[Any], out: BinaryIO, *, progress: JobProgress
) -> None:
    """In the export's own process: the overview put together again, and written."""
    first, *rest = pieces
    parts: dict[str, list[Any]] = {"groups": [], "examples": []}
    for kind, run in rest:
        parts[kind] += run
    whole = replace(first, groups=tuple(parts["groups"]), examples=tuple(parts["examples"]))
    write_file(whole, out, progress=progress)


def export_overview_csv(
    overview: Overview,
    folder: Path,
    *,
    language: str,
    overwrite: bool = False,
    progress: JobProgress = UNTRACKED,
) -> list[Path]:
    """One CSV file per table (results, actions, examples) in ``folder``: UTF-8 with a BOM,
    semicolons, as Swedish Excel opens them. They appear together once all are complete;
    a cancel (``progress``) leaves none of them written and none replaced."""
    from tillitverkstad.report.csv_files import csv_files
    from tillitverkstad.storage.files import export_folder, write_exports

    folder = export_folder(folder)
    files = csv_files(overview, language=language, progress=progress)
    return write_exports([(folder / name, write) for name, write in files], overwrite=overwrite)
