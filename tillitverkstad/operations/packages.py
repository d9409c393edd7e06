"""The JSON data package in and out: what HR collects, and what moves a workshop between
machines. Importing validates everything before anything is stored."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

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
from tillitverkstad.core.serialize import workshop_to_dict
from tillitverkstad.storage.errors import NotARegularFileError
from tillitverkstad.storage.files import write_export
from tillitverkstad.storage.library import Library
from tillitverkstad.storage.workshop_file import read_bounded

if TYPE_CHECKING:
    from tillitverkstad.operations.library import Exported


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
    """The workshop in a package file, fully validated; nothing is stored. ``context``:
    the library it is for, which an old package's migration may consult."""
    return from_package(package_file_bytes(path), context)


def package_file_bytes(path: Path) -> bytes:
    """The bytes of a package file. The size is checked before anything is read, and only
    a regular file is read (``/dev/zero`` or a FIFO is refused at once)."""
    try:
        return read_bounded(Path(path), MAX_PACKAGE_BYTES, follow_links=True)
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


def _comparable(ws: Workshop) -> dict:
    """The workshop as data, less what a package may leave out or that is not its content:
    the id (an import may have given it a fresh one), where the facilitator last was, the
    earlier occasions carried along, private notes and names."""
    data = workshop_to_dict(ws)
    header = data["workshop"]
    for key in ("id", "current_step", "participant_names"):
        header.pop(key)
    data.pop("history")
    for record in data["records"].values():
        record["private_notes"] = ""
    return data


class _Held:
    """Which stored workshops a package could already be: the one with its id, and copies
    an earlier import stored under a fresh id (same group, date and creation time)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._by_key: dict[tuple[str, str, str], list[str]] = {}
        for item in library.list():
            if item.readable:
                self._by_key.setdefault((item.group_id, item.date, item.created), []).append(
                    item.id
                )

    def _key(self, ws: Workshop) -> tuple[str, str, str]:
        return (ws.group_id, ws.date.isoformat(), ws.created)

    def find(self, ws: Workshop) -> Workshop | None:
        wanted = _comparable(ws)
        for candidate in dict.fromkeys([ws.id, *self._by_key.get(self._key(ws), [])]):
            try:
                stored = self.library.read(candidate)
            except TillitError:
                continue
            if _comparable(stored) == wanted:
                return stored
        return None

    def add(self, ws: Workshop) -> None:
        self._by_key.setdefault(self._key(ws), []).append(ws.id)


@dataclass(frozen=True)
class Imported:
    """How importing one file went: the stored workshop, or why it was not imported.
    ``already``: the library held this workshop with the same content, so nothing was
    stored and ``workshop`` is the copy it holds."""

    path: Path
    workshop: Workshop | None = None
    error: TillitError | None = None
    already: bool = False


def _import(library: Library, path: Path, held: _Held) -> Imported:
    try:
        ws = read_package(path, library.migration)
        stored = held.find(ws)
        if stored is not None:
            return Imported(Path(path), workshop=stored, already=True)
        library.add(ws, new_id_if_taken=True)
    except TillitError as exc:
        return Imported(Path(path), error=exc)
    held.add(ws)
    return Imported(Path(path), workshop=ws)


def import_file(library: Library, path: Path) -> Imported:
    """Validate and store one package, unless the library already holds it (same workshop,
    same content: ``already``). An id already in the library with other content, or being
    imported by another process at this very moment, gets a fresh one. A bad file is
    reported in the result, not raised.

    A follow-up's package brings its group's earlier occasions along (``history``): its
    comparison needs nothing else, and importing those workshops later adds each once."""
    return _import(library, Path(path), _Held(library))


def import_package(library: Library, path: Path) -> Workshop:
    """:func:`import_file` for one file, raising TillitError; returns the stored workshop
    (the one already held, when it was)."""
    result = import_file(library, path)
    if result.error is not None:
        raise result.error
    assert result.workshop is not None
    return result.workshop


def import_packages(library: Library, paths: Iterable[Path]) -> list[Imported]:
    """Import each file on its own: one bad file does not stop the others, and a package
    given twice is stored once."""
    held = _Held(library)
    return [_import(library, Path(path), held) for path in paths]


def export_all_packages(library: Library, folder: Path, **options) -> Iterator[Exported]:
    """One data package per readable workshop into ``folder`` (named like its PDF), each
    carrying its group's earlier occasions; one failure does not stop the rest."""
    from tillitverkstad.operations.library import export_each

    def write(ws: Workshop, path: Path, earlier: tuple[Occasion, ...]) -> Path:
        return export_package(ws, path, earlier=earlier, **options)

    return export_each(library, folder, ".json", write)
