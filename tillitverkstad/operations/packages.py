"""The JSON data package in and out: what HR collects, and what moves a workshop between
machines. Importing validates everything before anything is stored."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.migrations import Context
from tillitverkstad.core.model import Occasion, Workshop
from tillitverkstad.core.package import (
    MAX_PACKAGE_BYTES,
    TOO_LARGE,
    dumps,
    from_package,
    invalid_package,
    to_package,
)
from tillitverkstad.storage.errors import NotARegularFileError
from tillitverkstad.storage.files import write_export
from tillitverkstad.storage.library import Library
from tillitverkstad.storage.workshop_file import read_bounded


def package_bytes(
    ws: Workshop,
    *,
    private: bool = False,
    names: bool = False,
    earlier: Sequence[Occasion] | None = None,
) -> bytes:
    """The data package of ``ws``; private notes and names only when asked for. A
    follow-up's package carries ``earlier`` (``library.earlier_occasions``), so it stands
    alone."""
    return dumps(to_package(ws, private=private, names=names, earlier=earlier))


def export_package(
    ws: Workshop,
    path: Path,
    *,
    private: bool = False,
    names: bool = False,
    overwrite=False,
    earlier: Sequence[Occasion] | None = None,
) -> Path:
    """Write the data package to ``path``; the file appears only when complete."""
    data = package_bytes(ws, private=private, names=names, earlier=earlier)
    return write_export(Path(path), data, overwrite=overwrite)


def read_package(path: Path, context: Context | None = None) -> Workshop:
    """The workshop in a package file, fully validated; nothing is stored. The size is
    checked before anything is read, and only a regular file is read (``/dev/zero`` or a
    FIFO is refused at once). ``context``: the library it is for, which an old package's
    migration may consult."""
    try:
        raw = read_bounded(Path(path), MAX_PACKAGE_BYTES, follow_links=True)
    except NotARegularFileError:
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "{file} is not an ordinary file; it cannot be imported."),
            file=str(path),
        ) from None
    except ValueError:
        raise invalid_package(TOO_LARGE, limit=MAX_PACKAGE_BYTES // (1024 * 1024)) from None
    except OSError:
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read."), file=str(path)
        ) from None
    return from_package(raw, context)


def import_package(library: Library, path: Path) -> Workshop:
    """Validate and store one package. An id already in the library, or being imported by
    another process at this very moment, gets a fresh one. Raises TillitError.

    A follow-up's package brings its group's earlier occasions along (``history``): its
    comparison needs nothing else, and importing those workshops later adds each once."""
    ws = read_package(path, library.migration)
    library.add(ws, new_id_if_taken=True)
    return ws


@dataclass(frozen=True)
class Imported:
    """How importing one file went: the stored workshop, or why it was not imported."""

    path: Path
    workshop: Workshop | None = None
    error: TillitError | None = None


def import_packages(library: Library, paths: Iterable[Path]) -> list[Imported]:
    """Import each file on its own: one bad file does not stop the others."""
    results = []
    for path in paths:
        try:
            results.append(Imported(Path(path), workshop=import_package(library, path)))
        except TillitError as exc:
            results.append(Imported(Path(path), error=exc))
    return results
