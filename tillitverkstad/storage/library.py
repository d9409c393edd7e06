"""The library: one TinyDB file per workshop in a private data folder, plus an index.

The index (``index.json``) is only a cache of each file's summary, keyed by the file's
size and modification time, so listing does not read every workshop and a stale or lost
index heals itself. Saving an edit writes the workshop's own file and touches the index
only when what the library shows (group, date, status, ...) changed: the cost of a save
does not grow with the number of workshops.
"""

from __future__ import annotations

import contextlib
import json
import os
import re
import time
from collections.abc import Callable
from dataclasses import asdict
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tinydb import TinyDB
from tinydb.middlewares import CachingMiddleware
from tinydb.storages import MemoryStorage

from tillitverkstad.core.errors import NotFoundError, ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.migrations import DATA_VERSION, Context, migrate
from tillitverkstad.core.model import Workshop
from tillitverkstad.core.serialize import FormatError, workshop_from_dict, workshop_to_dict
from tillitverkstad.storage import errors
from tillitverkstad.storage.atomic import AtomicJSONStorage, ensure_private_folder
from tillitverkstad.storage.chains import chain_group
from tillitverkstad.storage.summary import (
    INDEX_VERSION,
    WorkshopSummary,
    from_entry,
    summary_of,
)

if TYPE_CHECKING:
    from filelock import BaseFileLock

FILE_FORMAT = "tillitverkstad-workshop"
SUFFIX = ".tillit.json"
TABLES = ("meta", "workshop", "records", "actions", "carried", "history")
DATA_DIR_VARIABLE = "TILLITVERKSTAD_DATA_DIR"
# The temp file of an interrupted atomic write (storage.atomic): ".NAME.RANDOM.tmp".
_TEMP = re.compile(r"\.(?P<name>.+)\.[^.]+\.tmp")
INDEX_TEMP_AGE_S = 60  # an index write takes milliseconds; older temp files are leftovers


def default_data_dir() -> Path:
    override = os.environ.get(DATA_DIR_VARIABLE)
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_data_dir("Tillitverkstad", appauthor=False))


def _open_db(path: Path) -> TinyDB:
    return TinyDB(path, storage=CachingMiddleware(AtomicJSONStorage))


def read_workshop_file(path: Path, context: Context | None = None) -> Workshop:
    """Read and migrate one workshop file; raise UnreadableWorkshopError saying why.

    ``context`` lets an old file's migration see the rest of its library."""
    try:
        with _open_db(path) as db:  # CachingMiddleware: closing writes nothing unless changed
            tables = {name: db.table(name).all() for name in TABLES}
    except FileNotFoundError:
        raise
    except (OSError, UnicodeDecodeError) as exc:
        reason = errors.EMPTY if "empty" in str(exc) else errors.IO_ERROR
        raise errors.UnreadableWorkshopError(path, reason) from exc
    except ValueError as exc:  # JSONDecodeError is a ValueError
        reason = errors.EMPTY if str(exc) == "empty file" else errors.CORRUPT
        raise errors.UnreadableWorkshopError(path, reason) from exc
    except Exception as exc:  # a JSON object whose tables are not TinyDB tables
        raise errors.UnreadableWorkshopError(path, errors.FOREIGN) from exc
    meta = tables["meta"][0] if len(tables["meta"]) == 1 else {}
    version = meta.get("schema")
    if meta.get("format") != FILE_FORMAT or not isinstance(version, int) or version < 1:
        raise errors.UnreadableWorkshopError(path, errors.FOREIGN)
    if version > DATA_VERSION:
        raise errors.UnreadableWorkshopError(path, errors.NEWER)
    if len(tables["workshop"]) != 1:
        raise errors.UnreadableWorkshopError(path, errors.INVALID)
    head = dict(tables["workshop"][0])
    data = {
        "workshop": head,
        "content": head.pop("content", None),
        "records": {r.pop("step_id", ""): r for r in map(dict, tables["records"])},
        "actions": [dict(a) for a in tables["actions"]],
        "carried": [dict(c) for c in tables["carried"]],
        "history": [dict(o) for o in tables["history"]],
    }
    try:
        return workshop_from_dict(migrate(data, version, context))
    except (FormatError, KeyError, TypeError, AttributeError) as exc:
        raise errors.UnreadableWorkshopError(path, errors.INVALID) from exc


def _tables(ws: Workshop) -> dict[str, Any]:
    """The workshop as TinyDB tables, built in memory; nothing is written yet."""
    data = workshop_to_dict(ws)
    db = TinyDB(storage=MemoryStorage)
    db.table("meta").insert({"format": FILE_FORMAT, "schema": DATA_VERSION})
    db.table("workshop").insert({**data["workshop"], "content": data["content"]})
    db.table("records").insert_multiple(
        {"step_id": step, **record} for step, record in data["records"].items()
    )
    db.table("actions").insert_multiple(data["actions"])
    db.table("carried").insert_multiple(data["carried"])
    db.table("history").insert_multiple(data["history"])
    return db.storage.read()


class OpenWorkshop:
    """A workshop opened for editing: holds the lock until closed; ``save()`` is durable."""

    def __init__(self, library: Library, workshop: Workshop, path: Path, lock: BaseFileLock):
        self.library = library
        self.workshop = workshop
        self.path = path
        self._lock = lock
        self._file = AtomicJSONStorage(path)
        self._summary = summary_of(workshop, path)

    def save(self) -> None:
        self.prepare_save()()

    def prepare_save(self) -> Callable[[], None]:
        """Capture the workshop as it is now and return the function that writes it.

        The capture must run where the workshop is edited (the UI thread); the returned
        write touches nothing the editor changes, so it may run on a worker thread, letting
        a slow disk never hold up typing. Writes must run in the order they were prepared."""
        data = _tables(self.workshop)  # a fresh copy: the editor may go on changing its own
        summary = summary_of(self.workshop, self.path)
        changed, self._summary = summary != self._summary, summary

        def write() -> None:
            self._file.write(data)
            if changed:
                self.library._update_index({summary.id: (summary, self.path.stat())})

        return write

    def close(self) -> None:
        if self._lock.is_locked:
            self._lock.release()

    def __enter__(self) -> OpenWorkshop:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


class Library:
    def __init__(self, data_dir: Path | None = None) -> None:
        self.data_dir = Path(data_dir) if data_dir else default_data_dir()
        self.workshops_dir = self.data_dir / "workshops"
        self.locks_dir = self.data_dir / "locks"
        self.index_path = self.data_dir / "index.json"
        self.migration = Context(group_of=self.group_of)

    # -- folder -------------------------------------------------------------

    def ensure(self) -> None:
        """Create the private data folder; raise DataFolderError if it cannot be written."""
        try:
            for folder in (self.data_dir, self.workshops_dir, self.locks_dir):
                ensure_private_folder(folder)
            probe = self.data_dir / ".write-test"
            probe.write_bytes(b"")
            probe.unlink()
        except OSError as exc:
            raise errors.DataFolderError(self.data_dir) from exc

    def path_of(self, workshop_id: str) -> Path:
        if not workshop_id or not all(c.isalnum() or c in "-_" for c in workshop_id):
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "No workshop with id {id}."), id=workshop_id[:40]
            )
        return self.workshops_dir / f"{workshop_id}{SUFFIX}"

    def _lock(self, workshop_id: str, group: str) -> BaseFileLock:
        import filelock  # imported on first use: it pulls in importlib.metadata at start-up

        lock = filelock.FileLock(self.locks_dir / f"{workshop_id}.lock", timeout=0)
        try:
            lock.acquire()
        except filelock.Timeout:
            raise errors.WorkshopLockedError(group) from None
        return lock

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
            import filelock

            lock = filelock.FileLock(self.locks_dir / f"{target[: -len(SUFFIX)]}.lock", timeout=0)
            try:
                with lock:
                    path.unlink()
            except (filelock.Timeout, OSError):
                return False
            return True
        try:
            if time.time() - path.stat().st_mtime < INDEX_TEMP_AGE_S:
                return False
            path.unlink()
        except OSError:
            return False
        return True

    def _remove_temp_files_of(self, workshop_id: str) -> None:
        """Called with the workshop's lock held."""
        prefix = f".{workshop_id}{SUFFIX}."
        with contextlib.suppress(OSError), os.scandir(self.workshops_dir) as it:
            for item in list(it):
                if item.name.startswith(prefix) and item.name.endswith(".tmp"):
                    with contextlib.suppress(OSError):
                        os.unlink(item.path)

    # -- index --------------------------------------------------------------

    def _read_index(self) -> dict[str, dict[str, Any]]:
        try:
            with TinyDB(self.index_path, storage=CachingMiddleware(AtomicJSONStorage)) as db:
                return {doc["file"]: dict(doc) for doc in db.table("workshops").all()}
        except Exception:  # a lost or damaged index is rebuilt from the files
            return {}

    def _write_index(self, entries: dict[str, dict[str, Any]]) -> None:
        with (
            contextlib.suppress(OSError),  # the index is only a cache
            TinyDB(self.index_path, storage=CachingMiddleware(AtomicJSONStorage)) as db,
        ):
            db.storage.cache = {}
            db.table("workshops").insert_multiple(entries.values())

    def _update_index(
        self, changes: dict[str, tuple[WorkshopSummary | None, os.stat_result | None]]
    ):
        entries = self._read_index()
        for workshop_id, (summary, stat) in changes.items():
            name = f"{workshop_id}{SUFFIX}"
            if summary is None or stat is None:
                entries.pop(name, None)
            else:
                entries[name] = self._entry(name, summary, stat)
        self._write_index(entries)

    @staticmethod
    def _entry(name: str, summary: WorkshopSummary, stat: os.stat_result) -> dict[str, Any]:
        return {
            "file": name,
            "v": INDEX_VERSION,
            "mtime_ns": stat.st_mtime_ns,
            "size": stat.st_size,
            **asdict(summary),
        }

    # -- queries ------------------------------------------------------------

    def list(self) -> list[WorkshopSummary]:
        """Every workshop file, newest date first; unreadable files carry their reason."""
        if not self.workshops_dir.is_dir():
            return []
        index = self._read_index()
        fresh: dict[str, dict[str, Any]] = {}
        changed = False
        with os.scandir(self.workshops_dir) as it:
            for item in it:
                if not item.name.endswith(SUFFIX) or not item.is_file():
                    continue
                stat = item.stat()
                entry = index.get(item.name)
                if not entry or (entry.get("v"), entry["mtime_ns"], entry["size"]) != (
                    INDEX_VERSION,
                    stat.st_mtime_ns,
                    stat.st_size,
                ):
                    entry = self._entry(item.name, self._summarise(Path(item.path)), stat)
                    changed = True
                fresh[item.name] = entry
        if changed or fresh.keys() != index.keys():
            self._write_index(fresh)
        summaries = [from_entry(e) for e in fresh.values()]
        summaries.sort(key=lambda s: (s.date, s.group.casefold()), reverse=True)
        return summaries

    def _summarise(self, path: Path) -> WorkshopSummary:
        try:
            return summary_of(read_workshop_file(path, self.migration), path)
        except errors.UnreadableWorkshopError as exc:
            return WorkshopSummary(id=path.name[: -len(SUFFIX)], path=str(path), error=exc.reason)

    def read(self, workshop_id: str) -> Workshop:
        """A workshop for reading only (export, comparison); takes no lock."""
        path = self.path_of(workshop_id)
        try:
            return read_workshop_file(path, self.migration)
        except FileNotFoundError:
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "No workshop with id {id}."), id=workshop_id
            ) from None

    def _stored_head(self, workshop_id: str) -> dict[str, Any] | None:
        """A file's header as stored, of any version, without migrating it; None when
        the file is missing or unreadable."""
        try:
            raw = json.loads(self.path_of(workshop_id).read_text(encoding="utf-8"))
            docs = list(raw["workshop"].values())
        except (NotFoundError, OSError, ValueError, KeyError, TypeError, AttributeError):
            return None
        return docs[0] if len(docs) == 1 and isinstance(docs[0], dict) else None

    def group_of(self, workshop_id: str, follow_up_of: str | None) -> str:
        """The group of a workshop stored before groups existed (the migration asks):
        :func:`chains.chain_group` over this library's files."""
        return chain_group(self._stored_head, workshop_id, follow_up_of)

    def resolve(self, prefix: str) -> str:
        """The full id of the one workshop whose id starts with ``prefix``."""
        matches = [s.id for s in self.list() if s.id.startswith(prefix)] if prefix else []
        if len(matches) == 1:
            return matches[0]
        if not matches:
            raise NotFoundError(QT_TRANSLATE_NOOP("errors", "No workshop with id {id}."), id=prefix)
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "The id {id} matches more than one workshop."), id=prefix
        )

    # -- changes ------------------------------------------------------------

    def add(self, ws: Workshop) -> Path:
        """Store a new workshop (created, demo or imported)."""
        self.ensure()
        path = self.path_of(ws.id)
        if path.exists():
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "A workshop with id {id} already exists."), id=ws.id
            )
        lock = self._lock(ws.id, ws.group)
        try:
            AtomicJSONStorage(path).write(_tables(ws))
            self._update_index({ws.id: (summary_of(ws, path), path.stat())})
        except OSError as exc:
            raise errors.DataFolderError(self.data_dir) from exc
        finally:
            lock.release()
        return path

    def open(self, workshop_id: str) -> OpenWorkshop:
        """Open for editing: fails with WorkshopLockedError if another process has it."""
        self.ensure()
        ws = self.read(workshop_id)
        lock = self._lock(ws.id, ws.group)
        try:
            ws = self.read(workshop_id)  # re-read under the lock: the last save wins
            return OpenWorkshop(self, ws, self.path_of(ws.id), lock)
        except BaseException:
            lock.release()
            raise

    def delete(self, workshop_id: str) -> None:
        """Remove the workshop's file for real (it holds personal data)."""
        path = self.path_of(workshop_id)
        if not path.exists():
            raise NotFoundError(
                QT_TRANSLATE_NOOP("errors", "No workshop with id {id}."), id=workshop_id
            )
        lock = self._lock(workshop_id, workshop_id)
        try:
            path.unlink()
            self._remove_temp_files_of(workshop_id)
            self._update_index({workshop_id: (None, None)})
        finally:
            lock.release()
            with contextlib.suppress(OSError):
                (self.locks_dir / f"{workshop_id}.lock").unlink()
