"""A workshop opened for editing: its locks, and saves that are durable and leave the
index alone unless what the library lists has changed."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Protocol

from tillitverkstad.core.groups import remembered_of
from tillitverkstad.core.model import Workshop
from tillitverkstad.storage import atomic, errors
from tillitverkstad.storage.atomic import dump
from tillitverkstad.storage.index import Index, WorkshopSummary
from tillitverkstad.storage.locks import FileHold, WorkshopLock
from tillitverkstad.storage.workshop_file import workshop_tables

if TYPE_CHECKING:
    from tillitverkstad.core.digest import Digest


class Shelf(Protocol):
    """What an open workshop needs of its library (a ``storage.library.Library``): the
    folder a write error names, and the index each save keeps current."""

    data_dir: Path
    index: Index


def summary_of(ws: Workshop, path: Path, *, digest: bool = True) -> WorkshopSummary:
    """What the index keeps of ``ws``; without ``digest``, only what the library lists
    (cheap enough to compare on every save)."""
    return WorkshopSummary(
        id=ws.id,
        path=str(path),
        group=ws.group,
        organisation=ws.organisation,
        date=ws.date.isoformat(),
        status=ws.status.value,
        template=ws.template.value,
        follow_up_of=ws.follow_up_of,
        group_id=ws.group_id,
        created=ws.created,
        number=ws.occasion_number,
        remembered=remembered_of(ws),
        digest=_digest(ws) if digest else None,
    )


def _digest(ws: Workshop) -> Digest:
    # Imported here: the digest's module (the overview's) stays off the window's start path.
    from tillitverkstad.core.digest import digest_of

    return digest_of(ws)


class OpenWorkshop:
    """A workshop opened for editing: holds its locks until closed; ``save()`` is durable.

    ``repaired`` counts the broken characters (lone surrogates) that reading replaced by
    U+FFFD; the next save writes the repaired text."""

    def __init__(
        self,
        library: Shelf,
        workshop: Workshop,
        path: Path,
        lock: WorkshopLock,
        hold: FileHold,
        repaired: int = 0,
    ) -> None:
        self.library = library
        self.workshop = workshop
        self.path = path
        self.repaired = repaired
        self._lock = lock
        self._hold = hold
        self._listed = summary_of(workshop, path, digest=False)

    def save(self) -> None:
        self.prepare_save()()

    def prepare_save(self) -> Callable[[], None]:
        """Capture the workshop as it is now and return the function that writes it.

        The capture must run where the workshop is edited (the UI thread); the returned
        write touches nothing the editor changes, so it may run on a worker thread, letting
        a slow disk never hold up typing. Writes must run in the order they were prepared.
        The write raises a StorageError (full disk, unwritable folder, a file that is not
        ours) and leaves the file on disk as it was."""
        data = workshop_tables(self.workshop)  # a copy: the editor goes on changing its own
        listed = summary_of(self.workshop, self.path, digest=False)
        changed, self._listed = listed != self._listed, listed
        # A note or a vote changes only the overview's digest: the index is left alone (its
        # entry no longer matches the file, so the next listing reads this one file again).
        summary = summary_of(self.workshop, self.path) if changed else listed

        def write() -> None:
            try:
                atomic.write_atomically(self.path, dump(data), before_replace=self._hold.take_new)
            except OSError as exc:
                self._hold.abandon()
                raise errors.write_error(exc, self.library.data_dir) from exc
            except BaseException:
                self._hold.abandon()
                raise
            self._hold.replaced()
            if changed:
                self.library.index.update({self.path.name: (summary, self.path.stat())})

        return write

    def close(self) -> None:
        self._hold.release()
        self._lock.release()

    def __enter__(self) -> OpenWorkshop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
