"""The library: one TinyDB file per workshop in a private data folder, plus an index.

One id, one file: a workshop lives in ``workshops/ID.tillit.json``. Another file holding
the same id (a copy) or a file named for no id is listed as a conflict, naming the file
to compare with, and can only be deleted, by its own path. The index (``index.json``) is
only a cache (:mod:`.index`). Saving an edit writes the workshop's own file and touches
the index only when what the library shows (group, date, status, ...) changed: the cost
of a save does not grow with the number of workshops.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections import defaultdict
from pathlib import Path
from typing import Any

from tillitverkstad.core.bounds import MAX_FILE_BYTES
from tillitverkstad.core.errors import NotFoundError, TillitError, ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.migrations import Context
from tillitverkstad.core.model import Workshop, new_id
from tillitverkstad.storage import errors
from tillitverkstad.storage.atomic import (
    check_target,
    create_exclusively,
    dump,
    ensure_private_folder,
)
from tillitverkstad.storage.chains import chain_group, chain_number
from tillitverkstad.storage.index import Index, WorkshopSummary
from tillitverkstad.storage.locks import (
    BUSY,
    BUSY_WAIT_S,
    COMMAND,
    EDITING,
    WINDOW,
    Contended,
    FileHold,
    NotALockFile,
    WorkshopLock,
)
from tillitverkstad.storage.open_workshop import OpenWorkshop, summary_of
from tillitverkstad.storage.workshop_file import (
    FILE_FORMAT,
    SUFFIX,
    TABLES,
    read_bounded,
    read_workshop,
    read_workshop_file,
    workshop_tables,
)
from tillitverkstad.system.data_folder import user_data_folder

__all__ = [
    "FILE_FORMAT",
    "SUFFIX",
    "TABLES",
    "Library",
    "OpenWorkshop",
    "WorkshopSummary",
    "read_workshop_file",
]

DATA_DIR_VARIABLE = "TILLITVERKSTAD_DATA_DIR"
# The temp file of an interrupted atomic write (storage.atomic): ".NAME.RANDOM.tmp".
_TEMP = re.compile(r"\.(?P<name>.+)\.[^.]+\.tmp")
INDEX_TEMP_AGE_S = 60  # an index write takes milliseconds; older temp files are leftovers
NO_WORKSHOP = QT_TRANSLATE_NOOP("errors", "No workshop with id {id}.")


def data_dir_from_environment() -> Path | None:
    """The folder ``TILLITVERKSTAD_DATA_DIR`` names for this run, if any."""
    override = os.environ.get(DATA_DIR_VARIABLE)
    return Path(override) if override else None


def default_data_dir() -> Path:
    return data_dir_from_environment() or user_data_folder()


class Library:
    def __init__(self, data_dir: Path | None = None, *, by_command: bool = False) -> None:
        """``by_command``: this process is a command-line command, which holds a workshop
        for milliseconds (others wait for it), not a window, which keeps it open."""
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.holder = COMMAND if by_command else WINDOW
        self.workshops_dir = self.data_dir / "workshops"
        self.locks_dir = self.data_dir / "locks"
        self.index_path = self.data_dir / "index.json"
        self.index = Index(self.index_path, self.workshops_dir)
        self.migration = Context(group_of=self.group_of, number_of=self.number_of)

    # -- folder -------------------------------------------------------------

    def ensure(self) -> None:
        """Create the private data folder; raise DataFolderError (or DiskFullError) if it
        cannot be written."""
        try:
            for folder in (self.data_dir, self.workshops_dir, self.locks_dir):
                ensure_private_folder(folder)
            probe = self.data_dir / f".write-test-{os.getpid()}"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise errors.write_error(exc, self.data_dir) from exc

    def path_of(self, workshop_id: str) -> Path:
        if not workshop_id or not all(c.isalnum() or c in "-_" for c in workshop_id):
            raise NotFoundError(NO_WORKSHOP, id=workshop_id[:40])
        return self.workshops_dir / f"{workshop_id}{SUFFIX}"

    def _lock(
        self, name: str, purpose: str, wait_s: float, group: str | None = None
    ) -> WorkshopLock:
        """The lock of the file ``name + SUFFIX``, taken; raises WorkshopLockedError when
        a window has it open, WorkshopBusyError when a command or a window's short
        operation outlasts the wait. Both name the group: ``group``, or read from the file
        only then."""
        lock = WorkshopLock(self.locks_dir / f"{name}.lock", purpose, self.holder)
        try:
            return lock.acquire(wait_s)
        except Contended as exc:
            named = group or self._group_in(name)
            if not exc.waits:
                raise errors.WorkshopLockedError(named) from None
            raise errors.WorkshopBusyError(named, by_command=exc.holder == COMMAND) from None
        except NotALockFile:
            raise errors.NotARegularFileError(lock.path) from None
        except OSError as exc:
            raise errors.write_error(exc, self.data_dir) from exc

    @staticmethod
    def _held_by_a_window(path: Path) -> bool:
        """True when a window holds the file itself (even if ``locks/`` was removed)."""
        hold = FileHold()
        try:
            hold.take(path)
        except Contended:
            return True
        except OSError:
            return False
        hold.release()
        return False

    # -- leftovers ----------------------------------------------------------

    def remove_leftovers(self) -> int:
        """Delete the temp files that saves killed mid-write left behind (they hold personal
        data). A workshop's are removed only while no process has that workshop open, so a
        save in progress elsewhere is never disturbed. Returns how many were removed."""
        removed = 0
        for folder in (self.workshops_dir, self.data_dir):
            try:
                names = [e.name for e in os.scandir(folder) if e.is_file(follow_symlinks=False)]
            except OSError:
                continue
            for name in names:
                match = _TEMP.fullmatch(name)
                if match and self._remove_leftover(folder / name, match["name"]):
                    removed += 1
        return removed

    def _remove_leftover(self, path: Path, target: str) -> bool:
        if target.endswith(SUFFIX):
            stem = target[: -len(SUFFIX)]
            try:
                with WorkshopLock(self.locks_dir / f"{stem}.lock", BUSY, self.holder):
                    if self._held_by_a_window(self.workshops_dir / target):
                        return False
                    path.unlink()
            except (Contended, OSError):
                return False
            return True
        try:
            if time.time() - path.stat().st_mtime < INDEX_TEMP_AGE_S:
                return False
            path.unlink()
        except OSError:
            return False
        return True

    def _remove_temp_files_of(self, name: str) -> None:
        """Called with the file's lock held."""
        prefix = f".{name}."
        with contextlib.suppress(OSError), os.scandir(self.workshops_dir) as it:
            for item in list(it):
                if item.name.startswith(prefix) and item.name.endswith(".tmp"):
                    with contextlib.suppress(OSError):
                        os.unlink(item.path)

    # -- queries ------------------------------------------------------------

    def list(self, *, digests: bool = False) -> list[WorkshopSummary]:
        """Every workshop file, newest date first; unreadable files and conflicts carry
        their reason. With ``digests`` each readable one carries what the overview needs
        (``core.digest``), still from the index alone."""
        if not self.workshops_dir.is_dir():
            return []
        cached = self.index.read(digests)
        fresh: dict[str, dict] = {}
        summaries: dict[str, WorkshopSummary] = {}
        changed: dict[str, dict | None] = {}
        with os.scandir(self.workshops_dir) as it:
            for item in it:
                if not item.name.endswith(SUFFIX):
                    continue
                try:
                    stat = item.stat(follow_symlinks=False)
                except OSError:
                    continue
                entry = cached.get(item.name)
                if entry is not None and self.index.matches(item.name, entry, stat, digests):
                    summary = self.index.summary(item.name, entry, digests)
                else:
                    summary = self._summarise(Path(item.path))
                    entry = changed[item.name] = self.index.entry(summary, stat)
                fresh[item.name] = entry
                summaries[item.name] = summary
        changed.update(dict.fromkeys(cached.keys() - fresh.keys()))  # gone: dropped
        self.index.save(changed)
        rows = _with_conflicts(summaries)
        rows.sort(key=lambda s: (s.date, s.group.casefold(), s.file_name), reverse=True)
        return rows

    def _summarise(self, path: Path) -> WorkshopSummary:
        stem = path.name[: -len(SUFFIX)]
        try:
            return summary_of(read_workshop_file(path, self.migration), path)
        except errors.UnreadableWorkshopError as exc:
            return WorkshopSummary(id=stem, path=str(path), error=exc.reason)
        except FileNotFoundError:
            return WorkshopSummary(id=stem, path=str(path), error=errors.IO_ERROR)

    def _read(self, workshop_id: str) -> tuple[Workshop, int]:
        path = self.path_of(workshop_id)
        try:
            ws, repaired = read_workshop(path, self.migration)
        except FileNotFoundError:
            raise NotFoundError(NO_WORKSHOP, id=workshop_id) from None
        if ws.id != workshop_id:  # a copy or a renamed file: not this id's workshop
            other = f"{ws.id}{SUFFIX}"
            reason = errors.DUPLICATE if self.path_of(ws.id).exists() else errors.MISNAMED
            raise errors.UnreadableWorkshopError(path, reason, file=other)
        return ws, repaired

    def read(self, workshop_id: str) -> Workshop:
        """A workshop for reading only (export, comparison); takes no lock."""
        return self._read(workshop_id)[0]

    def _stored_head(self, workshop_id: str) -> dict[str, Any] | None:
        """A file's header as stored, of any version, without migrating it; None when
        the file is missing or unreadable."""
        try:
            raw = json.loads(read_bounded(self.path_of(workshop_id), MAX_FILE_BYTES))
            docs = list(raw["workshop"].values())
        except (TillitError, OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return docs[0] if len(docs) == 1 and isinstance(docs[0], dict) else None

    def group_of(self, workshop_id: str, follow_up_of: str | None) -> str:
        """The group of a workshop stored before groups existed (the migration asks):
        :func:`chains.chain_group` over this library's files."""
        return chain_group(self._stored_head, workshop_id, follow_up_of)

    def number_of(self, workshop_id: str, follow_up_of: str) -> int:
        """The occasion number of a follow-up stored before occasions were numbered (the
        migration asks): :func:`chains.chain_number` over this library's files."""
        return chain_number(self._stored_head, workshop_id, follow_up_of)

    def resolve(self, prefix: str) -> str:
        """The full id of the one workshop whose id starts with ``prefix``."""
        matches = {s.id for s in self.list() if s.id.startswith(prefix)} if prefix else set()
        if len(matches) == 1:
            return matches.pop()
        if not matches:
            raise NotFoundError(NO_WORKSHOP, id=prefix)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The id {id} matches more than one workshop."), id=prefix
        )

    # -- changes ------------------------------------------------------------

    def add(self, ws: Workshop, *, new_id_if_taken: bool = False) -> Path:
        """Store a new workshop (created, demo or imported). With ``new_id_if_taken``, an
        id already in the library, or being stored by another process at this moment,
        is replaced by a fresh one (an import); otherwise that is an error."""
        self.ensure()
        for _ in range(20):
            path = self.path_of(ws.id)
            try:
                wait_s = 0.0 if new_id_if_taken else BUSY_WAIT_S
                lock = self._lock(ws.id, BUSY, wait_s, ws.group)
            except (errors.WorkshopLockedError, errors.WorkshopBusyError):
                if not new_id_if_taken:
                    raise
                ws.id = new_id()
                continue
            try:
                create_exclusively(path, dump(workshop_tables(ws)))
            except FileExistsError:
                if not new_id_if_taken:
                    raise ValidationError(
                        QT_TRANSLATE_NOOP("errors", "A workshop with id {id} already exists."),
                        id=ws.id,
                    ) from None
                ws.id = new_id()
                continue
            except OSError as exc:
                raise errors.write_error(exc, self.data_dir) from exc
            finally:
                lock.release()
            self.index.update({path.name: (summary_of(ws, path), path.stat())})
            return path
        raise errors.WorkshopBusyError(ws.group)

    def open(self, workshop_id: str) -> OpenWorkshop:
        """Open for editing: fails with WorkshopLockedError if another process has it."""
        self.ensure()
        path = self.path_of(workshop_id)
        if not path.is_file() and not path.is_symlink():
            raise NotFoundError(NO_WORKSHOP, id=workshop_id)
        check_target(path)  # another user's file, or a link: refused before any edit
        lock = self._lock(workshop_id, EDITING, BUSY_WAIT_S)
        hold = FileHold()
        try:
            hold.take(path)
            ws, repaired = self._read(workshop_id)
            return OpenWorkshop(self, ws, path, lock, hold, repaired)
        except Contended:
            hold.release()
            lock.release()
            raise errors.WorkshopLockedError(self._group_in(workshop_id)) from None
        except BaseException:
            hold.release()
            lock.release()
            raise

    def _group_in(self, name: str) -> str:
        """The group of the workshop in the file ``name + SUFFIX``, to name it in a
        message (read only then: a lock taken reads nothing); ``name`` when unreadable."""
        try:
            return read_workshop_file(self.workshops_dir / f"{name}{SUFFIX}", self.migration).group
        except (TillitError, OSError):
            return name

    def delete(self, workshop_id: str) -> None:
        """Remove the workshop's file for real (it holds personal data)."""
        self.delete_file(self.path_of(workshop_id))

    def delete_file(self, path: Path) -> None:
        """Remove exactly the file ``path`` of this library (a row of :meth:`list`, also
        an unreadable one or a conflicting copy), with its temp files."""
        path = Path(path)
        stem = path.name[: -len(SUFFIX)] if path.name.endswith(SUFFIX) else ""
        if path.parent != self.workshops_dir or not stem or not os.path.lexists(path):
            raise NotFoundError(NO_WORKSHOP, id=stem or path.name[:40])
        lock = self._lock(stem, BUSY, BUSY_WAIT_S)
        try:
            if self._held_by_a_window(path):
                raise errors.WorkshopLockedError(self._group_in(stem))
            path.unlink()  # a link is removed itself, never what it points to
            self._remove_temp_files_of(path.name)
            self.index.update({path.name: None})
        except OSError as exc:
            raise errors.write_error(exc, self.data_dir) from exc
        finally:
            lock.release(remove=True)


def _with_conflicts(summaries: dict[str, WorkshopSummary]) -> list[WorkshopSummary]:
    """One id, one file: a readable file not named after its id is a conflict row."""
    by_id: dict[str, list[str]] = defaultdict(list)
    for name, s in summaries.items():
        if s.readable:
            by_id[s.id].append(name)
    rows = []
    for name, s in summaries.items():
        canonical = f"{s.id}{SUFFIX}"
        if not s.readable or name == canonical:
            rows.append(s)
            continue
        stem = name[: -len(SUFFIX)]
        if canonical in summaries and summaries[canonical].readable:
            reason, other = errors.DUPLICATE, canonical
        else:
            twins = [n for n in by_id[s.id] if n != name]
            reason, other = (errors.DUPLICATE, twins[0]) if twins else (errors.MISNAMED, canonical)
        rows.append(WorkshopSummary(id=stem, path=s.path, error=reason, other_file=other))
    return rows
