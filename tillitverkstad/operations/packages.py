"""The JSON data package in and out: what HR collects, and what moves a workshop between
machines. Importing validates everything before anything is stored."""

from __future__ import annotations

import contextlib
import logging
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from tillitverkstad.core.errors import TillitError, ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.identity import (
    ANOTHER_VERSION,
    Part,
    differences,
    occasion_phrase,
    replacement,
    same_content,
)
from tillitverkstad.core.migrations import Context
from tillitverkstad.core.model import MAX_OCCASION_NUMBER, Occasion, Workshop
from tillitverkstad.core.package import (
    MAX_PACKAGE_BYTES,
    TOO_LARGE,
    Received,
    dumps,
    invalid_package,
    receive,
    to_package,
)
from tillitverkstad.storage.errors import NotARegularFileError
from tillitverkstad.storage.files import write_export
from tillitverkstad.storage.library import Library
from tillitverkstad.storage.workshop_file import read_bounded

if TYPE_CHECKING:
    from tillitverkstad.operations.library import Exported

log = logging.getLogger(__name__)


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
    return _receive_file(path, context).workshop


def _receive_file(path: Path, context: Context | None) -> Received:
    return receive(package_file_bytes(path), context)


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


class OnConflict(StrEnum):
    """What to do with a package that is another version of a workshop the library holds
    (the same occasion, other content: corrected after one of them was exported)."""

    ASK = "ask"  # store nothing; the result says what the library holds and how it differs
    REPLACE = "replace"  # the package's version takes the place of the library's
    KEEP_BOTH = "keep_both"  # the package's version is stored as well, as a second copy


class Outcome(StrEnum):
    IMPORTED = "imported"
    ALREADY = "already"  # held with the same content: nothing stored
    CONFLICT = "conflict"  # another version is held: nothing stored, the user chooses
    REPLACED = "replaced"
    KEPT_BOTH = "kept_both"
    FAILED = "failed"  # not a package that can be imported: see ``error``


@dataclass(frozen=True)
class Imported:
    """How importing one file went. ``workshop``: the one stored, or for ``ALREADY`` the
    one the library holds; for ``CONFLICT``, ``held`` is the library's version and
    ``differences`` the parts in which the file's differs."""

    path: Path
    outcome: Outcome = Outcome.IMPORTED
    workshop: Workshop | None = None
    error: TillitError | None = None
    held: Workshop | None = None
    differences: tuple[Part, ...] = ()

    @property
    def already(self) -> bool:
        return self.outcome is Outcome.ALREADY


class _Held:
    """The stored workshops a package could be a version of: the one with its id, and
    copies an import stored under a fresh id (the same occasion of the same group, created
    at the same moment)."""

    def __init__(self, library: Library) -> None:
        self.library = library
        self._by_key: dict[tuple[str, int, str], list[str]] = {}
        self._follow_ups: dict[str, dict[str, tuple[str, int]]] = {}  # of an id: their places
        for item in library.list():
            if item.readable:
                key = (item.group_id, item.number, item.created)
                self._by_key.setdefault(key, []).append(item.id)
                self._place(item.id, item.follow_up_of, item.group_id, item.number)

    def _place(self, workshop_id: str, parent: str | None, group_id: str, number: int) -> None:
        if parent is not None:
            self._follow_ups.setdefault(parent, {})[workshop_id] = (group_id, number)

    def follow_ups(self, ws: Workshop) -> list[str]:
        """The stored follow-ups started from ``ws`` that are not yet in its series' place:
        in another group, or numbered as if the series began elsewhere."""
        wanted = (ws.group_id, min(ws.occasion_number + 1, MAX_OCCASION_NUMBER))
        found = self._follow_ups.get(ws.id, {})
        return [workshop_id for workshop_id, place in found.items() if place != wanted]

    @staticmethod
    def _key(ws: Workshop) -> tuple[str, int, str]:
        return (ws.group_id, ws.occasion_number, ws.created)

    def versions(self, ws: Workshop) -> list[Workshop]:
        """The readable ones, the one with ``ws``'s id first."""
        found = []
        for candidate in dict.fromkeys([ws.id, *self._by_key.get(self._key(ws), [])]):
            with contextlib.suppress(TillitError):
                found.append(self.library.read(candidate))
        return found

    def add(self, ws: Workshop) -> None:
        self._by_key.setdefault(self._key(ws), []).append(ws.id)
        self._place(ws.id, ws.follow_up_of, ws.group_id, ws.occasion_number)


def _link_follow_ups(library: Library, ws: Workshop, held: _Held) -> None:
    """The follow-ups already stored that were started from ``ws`` join its series: its
    group, and the number after its own. A package from before groups or numbers, imported
    before the occasions it follows, could only guess them. Their follow-ups follow in turn;
    one open in a window keeps its place until it is imported again."""
    waiting, seen = [ws], {ws.id}
    while waiting:
        parent = waiting.pop()
        for workshop_id in held.follow_ups(parent):
            if workshop_id in seen:  # a loop of follow-ups: a damaged library
                continue
            seen.add(workshop_id)
            try:
                with library.open(workshop_id) as opened:
                    child = opened.workshop
                    child.group_id = parent.group_id
                    child.occasion_number = min(parent.occasion_number + 1, MAX_OCCASION_NUMBER)
                    opened.save()
            except TillitError:
                log.warning("a follow-up could not be linked to the occasion it follows")
                continue
            held.add(child)
            waiting.append(child)


def _replace(library: Library, held: Workshop, received: Received) -> Workshop:
    """The package's version in place of ``held``, under its lock (refused while a window
    has it open)."""
    with library.open(held.id) as opened:
        opened.workshop = replacement(
            opened.workshop,
            received.workshop,
            private=received.includes_private_notes,
            names=received.includes_names,
        )
        opened.save()
    return opened.workshop


def _import(library: Library, path: Path, held: _Held, choice: OnConflict) -> Imported:
    try:
        received = _receive_file(path, library.migration)
        ws = received.workshop
        versions = held.versions(ws)
        same = next((v for v in versions if same_content(v, ws)), None)
        if same is not None:
            return Imported(path, Outcome.ALREADY, workshop=same)
        outcome = Outcome.KEPT_BOTH if versions else Outcome.IMPORTED
        if versions and choice is OnConflict.ASK:
            parts = differences(versions[0], ws)
            return Imported(path, Outcome.CONFLICT, held=versions[0], differences=parts)
        if versions and choice is OnConflict.REPLACE:
            replaced = _replace(library, versions[0], received)
            _link_follow_ups(library, replaced, held)
            return Imported(path, Outcome.REPLACED, workshop=replaced)
        # An id taken (the version kept) or being stored by another process gets a new one.
        library.add(ws, new_id_if_taken=True)
    except TillitError as exc:
        return Imported(path, Outcome.FAILED, error=exc)
    held.add(ws)
    _link_follow_ups(library, ws, held)
    return Imported(path, outcome, workshop=ws)


def import_file(library: Library, path: Path, choice: OnConflict = OnConflict.ASK) -> Imported:
    """Validate and store one package, unless the library already holds it (the same
    occasion with the same content, however encoded: ``ALREADY``). Another version of a
    workshop it holds is stored only as ``choice`` says (``ASK``: nothing is stored, the
    result says what is held). A bad file is reported in the result, not raised.

    A follow-up's package brings its group's earlier occasions along (``history``): its
    comparison needs nothing else, and importing those workshops later adds each once."""
    return _import(library, Path(path), _Held(library), choice)


def import_package(library: Library, path: Path) -> Workshop:
    """:func:`import_file` for one file, raising TillitError; returns the stored workshop
    (the one already held, when it was). Another version of a held workshop is an error."""
    result = import_file(library, path)
    if result.error is not None:
        raise result.error
    if result.workshop is None:
        raise ValidationError(ANOTHER_VERSION, occasion=occasion_phrase(result.held))
    return result.workshop


def import_packages(
    library: Library, paths: Iterable[Path], choice: OnConflict = OnConflict.ASK
) -> list[Imported]:
    """Import each file on its own: one bad file does not stop the others, and a package
    given twice is stored once."""
    held = _Held(library)
    return [_import(library, Path(path), held, choice) for path in paths]


def export_all_packages(library: Library, folder: Path, **options) -> Iterator[Exported]:
    """One data package per readable workshop into ``folder`` (named like its PDF), each
    carrying its group's earlier occasions; one failure does not stop the rest."""
    from tillitverkstad.operations.library import export_each

    def write(ws: Workshop, path: Path, earlier: tuple[Occasion, ...]) -> Path:
        return export_package(ws, path, earlier=earlier, **options)

    return export_each(library, folder, ".json", write)
