"""HR's overview across groups and over time: over the library, or over a folder of data
packages read in place (nothing imported, nothing written there), and its exports.

The aggregation is ``core.overview`` (computed once, shown alike everywhere); this module
finds what it reads: the library index (each entry carries the workshop's digest, so a
thousand workshops cost one read of the index) or the packages in a folder, each
validated like an import, with every file that cannot be used listed and why.
"""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from tillitverkstad.core.dates import parse_date
from tillitverkstad.core.digest import Digest, digest_of
from tillitverkstad.core.errors import Phrase, TillitError, ValidationError
from tillitverkstad.core.groups import RememberedEntry, group_library, remembered_of
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.jobs import UNTRACKED, JobProgress
from tillitverkstad.core.languages import content_language
from tillitverkstad.core.overview import Filters, Listed, Overview, build_overview
from tillitverkstad.core.package import PackageError, PackageProblem
from tillitverkstad.operations.packages import Imported, import_file, read_package
from tillitverkstad.storage.library import Library

PACKAGE_SUFFIX = ".json"


class SkipReason(StrEnum):
    FOREIGN = "foreign"  # JSON, but not a data package of this app
    DAMAGED = "damaged"  # not JSON, too large, or not the expected data
    NEWER = "newer"  # from a newer version of the app
    DUPLICATE = "duplicate"  # the same workshop as another file of the folder
    UNREADABLE = "unreadable"  # not an ordinary file, or cannot be read


_PROBLEMS = {
    PackageProblem.FOREIGN: SkipReason.FOREIGN,
    PackageProblem.DAMAGED: SkipReason.DAMAGED,
    PackageProblem.NEWER: SkipReason.NEWER,
}
DUPLICATE = QT_TRANSLATE_NOOP(
    "errors", "The same workshop as {file}, which is shown (the most recently saved file)."
)


@dataclass(frozen=True)
class Skipped:
    """A file of the folder the overview does not show, and why."""

    path: Path
    reason: SkipReason
    why: TillitError | Phrase

    def message(self, language: str) -> str:
        return self.why.message(language)


@dataclass(frozen=True)
class PackageEntry:
    """A package of the folder as the overview reads it (``core.overview.Listed``)."""

    path: Path
    id: str
    group_id: str
    group: str
    organisation: str
    date: str
    created: str
    number: int
    template: str
    remembered: tuple[RememberedEntry, ...]
    digest: Digest
    readable: bool = True


@dataclass(frozen=True)
class FolderSource:
    folder: Path
    entries: tuple[PackageEntry, ...]
    skipped: tuple[Skipped, ...]

    def path_of(self, workshop_id: str) -> Path | None:
        return next((e.path for e in self.entries if e.id == workshop_id), None)


def _entry(path: Path) -> PackageEntry:
    ws = read_package(path)
    return PackageEntry(
        path=path,
        id=ws.id,
        group_id=ws.group_id,
        group=ws.group,
        organisation=ws.organisation,
        date=ws.date.isoformat(),
        created=ws.created,
        number=ws.occasion_number,
        template=ws.template.value,
        remembered=remembered_of(ws),
        digest=digest_of(ws),
    )


def read_folder(folder: Path, *, progress: JobProgress = UNTRACKED) -> FolderSource:
    """Every data package (``*.json``) directly in ``folder``, read and checked in place.
    Two files of one workshop show the most recently saved one; the other is skipped.
    ``progress`` advances once per file (and may stop the read: nothing is written)."""
    folder = Path(folder)
    try:
        names = sorted(
            e.name for e in os.scandir(folder) if e.name.lower().endswith(PACKAGE_SUFFIX)
        )
    except OSError:
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} cannot be read."), folder=str(folder)
        ) from None
    found: list[tuple[float, PackageEntry]] = []
    skipped: list[Skipped] = []
    for done, name in enumerate(names):
        progress.advance(done, len(names))
        path = folder / name
        try:
            entry = _entry(path)
            saved = path.stat().st_mtime
        except PackageError as exc:
            skipped.append(Skipped(path, _PROBLEMS[exc.problem], exc))
            continue
        except (TillitError, OSError) as exc:
            unreadable = exc if isinstance(exc, TillitError) else _unreadable(path)
            skipped.append(Skipped(path, SkipReason.UNREADABLE, unreadable))
            continue
        found.append((saved, entry))
    found.sort(key=lambda item: (-item[0], item[1].path.name))
    shown: dict[str, PackageEntry] = {}
    for _, entry in found:
        kept = shown.setdefault(entry.id, entry)
        if kept is not entry:
            why = Phrase(DUPLICATE, file=kept.path.name)
            skipped.append(Skipped(entry.path, SkipReason.DUPLICATE, why))
    skipped.sort(key=lambda s: s.path.name)
    entries = sorted(shown.values(), key=lambda e: e.path.name)
    return FolderSource(folder, tuple(entries), tuple(skipped))


def _unreadable(path: Path) -> TillitError:
    return TillitError(
        QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read."), file=str(path)
    )


def overview_of(
    listed: Sequence[Listed], filters: Filters, *, language: str, today: dt.date | None = None
) -> Overview:
    """The overview, with the principles in the content's order and titles in ``language``."""
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
    )


def library_overview(
    library: Library, filters: Filters, *, language: str, today: dt.date | None = None
) -> Overview:
    """The overview of the library, from its index alone."""
    return overview_of(library.list(digests=True), filters, language=language, today=today)


def folder_overview(
    source: FolderSource, filters: Filters, *, language: str, today: dt.date | None = None
) -> Overview:
    return overview_of(source.entries, filters, language=language, today=today)


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
    from dataclasses import replace

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
) -> Path:
    """The overview as a PDF (``.pdf``) or an Excel workbook (``.xlsx``), by the file's
    extension; the file appears only when complete. ``source`` says what was read (a
    library or a folder), for the PDF's cover; ``next_steps`` is HR's "Nästa steg".
    ``progress`` may stop it before the file is written, never after."""
    from tillitverkstad.storage.files import write_export

    path = Path(path)
    suffix = path.suffix.lower()
    progress.advance(0, 2)
    if suffix == ".pdf":
        from tillitverkstad.report.overview import build_overview_pdf

        data = build_overview_pdf(overview, language=language, source=source, next_steps=next_steps)
    elif suffix == ".xlsx":
        from tillitverkstad.report.workbook import build_workbook

        data = build_workbook(overview, language=language)
    else:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Name the file .pdf or .xlsx; for CSV files give a folder (-d FOLDER).",
            )
        )
    progress.advance(1, 2)
    return write_export(path, data, overwrite=overwrite)


def export_overview_csv(
    overview: Overview,
    folder: Path,
    *,
    language: str,
    overwrite: bool = False,
    progress: JobProgress = UNTRACKED,
) -> list[Path]:
    """One CSV file per table (results, actions, examples) in ``folder``: UTF-8 with a BOM,
    semicolons, as Swedish Excel opens them. All are built before any is written, so
    ``progress`` stops it with either every file or none."""
    from tillitverkstad.report.csv_files import csv_files
    from tillitverkstad.storage.files import export_folder, write_export

    folder = export_folder(folder)
    progress.advance(0, 2)
    built = list(csv_files(overview, language=language))
    progress.advance(1, 2)
    return [write_export(folder / name, data, overwrite=overwrite) for name, data in built]
