"""The workshops in a data folder and their life cycle, one function per user action.

The core's use cases and the content loader are imported inside the functions that need
them: the window imports this module on its start path, which must stay light."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.groups import Group, group_library
from tillitverkstad.core.languages import DEFAULT_LANGUAGE, content_language
from tillitverkstad.core.model import DetailField, Occasion, OrderKey, Workshop, order_key
from tillitverkstad.storage.errors import (
    DataFolderError,
    UnreadableWorkshopError,
    WorkshopLockedError,
    write_error,
)
from tillitverkstad.storage.library import (
    Library,
    OpenWorkshop,
    WorkshopSummary,
    data_dir_from_environment,
    default_data_dir,
)

__all__ = [
    "DataFolderError",
    "Group",
    "Library",
    "OpenWorkshop",
    "UnreadableWorkshopError",
    "WorkshopLockedError",
    "WorkshopSummary",
    "data_dir_from_environment",
    "default_data_dir",
    "write_error",
]

log = logging.getLogger(__name__)


def library_at(data_dir: Path | None = None, *, by_command: bool = False) -> Library:
    """The library in ``data_dir`` (None: the user's data folder); nothing is touched yet.
    ``by_command``: for a command-line command, whose hold on a workshop others wait for."""
    return Library(data_dir, by_command=by_command)


def prepare(library: Library) -> None:
    """Open the library for use: create its private folder if needed and remove the temp
    files that killed saves left behind. Raises DataFolderError."""
    library.ensure()
    library.remove_leftovers()


def list_workshops(library: Library, *, digests: bool = False) -> list[WorkshopSummary]:
    """Every workshop file, newest first; with ``digests``, what the overview reads too."""
    return library.list(digests=digests)


def list_groups(library: Library, listed: Iterable[WorkshopSummary] | None = None) -> list[Group]:
    """The leadership groups, each with its occasions in order (from the index alone)."""
    return group_library(library.list() if listed is None else listed)


def earlier_occasions(
    library: Library, ws: Workshop, listed: Iterable[WorkshopSummary] | None = None
) -> tuple[Occasion, ...]:
    """Every occasion of ``ws``'s group before it: what it remembers, brought up to date
    from the group's workshops in the library (which may have been corrected since).
    ``listed``: the library's listing, when the caller has it already."""
    from tillitverkstad.core.history import earlier_occasions as merge

    live = []
    for item in library.list() if listed is None else listed:
        same_group = item.readable and item.group_id == ws.group_id and item.id != ws.id
        if not same_group or _order(item) >= ws.order:
            continue  # only the group's earlier files are opened
        try:
            live.append(library.read(item.id))
        except TillitError:
            log.warning("an earlier occasion of a group is not readable")
    return merge(ws, live)


def _order(item: WorkshopSummary) -> OrderKey:
    return order_key(item.number, item.date, item.created, item.id)


def next_occasion(
    library: Library, ws: Workshop, listed: Iterable[WorkshopSummary] | None = None
) -> dt.date | None:
    """The date of the group's first occasion after ``ws`` in the library, if any: a
    correction may not date ``ws`` past it (the index alone, nothing opened)."""
    listed = library.list() if listed is None else listed
    later = [
        item.date
        for item in listed
        if item.readable
        and item.group_id == ws.group_id
        and item.id != ws.id
        and _order(item) > ws.order
    ]
    return dt.date.fromisoformat(min(later)) if later else None


def resolve(library: Library, prefix: str) -> str:
    """The full id of the one workshop whose id starts with ``prefix``. A whole id is taken
    as it is: only a prefix needs the library listed (the window's start path)."""
    with contextlib.suppress(TillitError):
        if library.path_of(prefix).is_file():
            return prefix
    return library.resolve(prefix)


def read(library: Library, workshop_id: str) -> Workshop:
    """A workshop for reading only (export, comparison); takes no lock."""
    return library.read(workshop_id)


def open_for_editing(library: Library, workshop_id: str) -> OpenWorkshop:
    """Open for editing under the workshop's lock; ``save()`` and ``close()`` on the result."""
    return library.open(workshop_id)


def store_new(library: Library, ws: Workshop) -> Workshop:
    """Store a new workshop, built with the core's ``usecases.create_workshop`` (the
    new-workshop form builds it as it checks each field)."""
    library.add(ws)
    return ws


def create_demo(library: Library, language: str = DEFAULT_LANGUAGE) -> Workshop:
    from tillitverkstad.core.content import load_content
    from tillitverkstad.core.demo import demo_workshop

    ws = demo_workshop(load_content(content_language(language)))
    library.add(ws)
    return ws


def delete(library: Library, workshop_id: str) -> None:
    """Remove the workshop's file for real (it holds personal data), with its temp files."""
    library.delete(workshop_id)


def delete_row(library: Library, summary: WorkshopSummary) -> None:
    """Remove exactly the file a row of the library shows (a workshop, an unreadable file
    or a conflicting copy), never another file holding the same id."""
    library.delete_file(Path(summary.path))


def start_follow_up(
    library: Library,
    previous_id: str,
    *,
    date: dt.date | None = None,
    participants: int | None = None,
    participant_names: Sequence[str] = (),
    facilitator: str | None = None,
    steps: Sequence[str] | None = None,
    minutes: Mapping[str, int] | None = None,
    review: bool | None = None,
) -> Workshop:
    """The group's next occasion after ``previous_id``, stored at once: the same agenda and
    minutes unless given, last time's open actions carried along, every earlier occasion
    remembered. ``steps`` are the chosen steps between the intro and the summary."""
    from tillitverkstad.core import usecases as uc
    from tillitverkstad.core.content import load_content

    previous = library.read(previous_id)
    content = load_content(previous.language)
    ws = uc.start_follow_up(
        previous,
        content,
        date or dt.date.today(),
        participant_count=participants,
        participant_names=participant_names,
        facilitator=facilitator,
        custom_steps=steps,
        minutes=minutes,
        review=review,
        earlier=earlier_occasions(library, previous),
    )
    library.add(ws)
    return ws


@contextlib.contextmanager
def _editing(library: Library, workshop_id: str) -> Iterator[Workshop]:
    """The workshop opened under its lock; saved when the block ends without an error."""
    with library.open(workshop_id) as opened:
        yield opened.workshop
        opened.save()


def correct(library: Library, workshop_id: str, changes: Mapping[DetailField, Any]) -> Workshop:
    """Correct header fields and planned minutes (logged once the workshop has begun)."""
    from tillitverkstad.core.content import content_from_dict
    from tillitverkstad.core.details import correct_details

    with _editing(library, workshop_id) as ws:
        later = next_occasion(library, ws)
        correct_details(ws, content_from_dict(ws.content), changes, next_occasion=later)
    return ws


def finish(library: Library, workshop_id: str) -> Workshop:
    """Mark the workshop finished, recording when."""
    from tillitverkstad.core import usecases as uc

    with _editing(library, workshop_id) as ws:
        uc.finish_workshop(ws)
    return ws


def reopen(library: Library, workshop_id: str) -> Workshop:
    """Open a finished workshop again for correction."""
    from tillitverkstad.core import usecases as uc

    with _editing(library, workshop_id) as ws:
        uc.reopen_workshop(ws)
    return ws


@dataclass(frozen=True)
class Exported:
    """One workshop's file written (``path``) or not (``error``)."""

    workshop_id: str
    path: Path | None = None
    error: TillitError | None = None


Writer = Callable[[Workshop, Path, tuple[Occasion, ...]], Path]


def export_each(library: Library, folder: Path, suffix: str, write: Writer) -> Iterator[Exported]:
    """One file per readable workshop into ``folder``, named as its report suggests with
    ``suffix``, written by ``write(ws, path, earlier)``; one failure does not stop the rest."""
    from tillitverkstad.report.filename import suggested_file_name
    from tillitverkstad.storage.files import export_folder

    folder = export_folder(folder)
    used: set[str] = set()
    for item in library.list():
        if not item.readable:
            continue
        try:
            ws = library.read(item.id)
            name = suggested_file_name(ws).removesuffix(".pdf")
            if name in used:  # same group and date twice: keep both, told apart by the id
                name = name.replace("_tillitverkstad", f"_{ws.id[:8]}_tillitverkstad")
            used.add(name)
            path = write(ws, folder / f"{name}{suffix}", earlier_occasions(library, ws))
        except TillitError as exc:
            yield Exported(item.id, error=exc)
            continue
        yield Exported(item.id, path=path)
