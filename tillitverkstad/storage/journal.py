"""One table of a cache (``index.json``, ``digests.json``) as a snapshot and a journal.

The snapshot is a TinyDB-layout JSON file of entries keyed by file name, written whole and
atomically. Each change since is one line appended to ``NAME.journal``, so storing one
workshop costs one short append, whatever the size of the library. When the journal has
grown as large as the snapshot, the two are compacted into a new snapshot, so reading
stays within twice the snapshot and a write costs, on average, a constant.

Nothing here is trusted: a line that is not whole JSON of the expected shape (torn by a
kill, interleaved by two writers, zeros after a power cut) is skipped, and every entry is
still checked against its file by :mod:`.index` before it is used. A change lost to a
race between two processes costs only a file read at the next listing.
"""

from __future__ import annotations

import contextlib
import json
import os
import stat
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tillitverkstad.storage import atomic, errors
from tillitverkstad.storage.atomic import dump
from tillitverkstad.storage.workshop_file import read_bounded
from tillitverkstad.system.permissions import owned_by_someone_else

Entry = dict[str, Any]
MIN_JOURNAL_BYTES = 256 * 1024  # below this a journal is never worth compacting
_APPEND = os.O_WRONLY | os.O_APPEND | os.O_CREAT | getattr(os, "O_NOFOLLOW", 0)
_APPEND |= getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)


class CacheTable:
    def __init__(self, path: Path, table: str, limit: int) -> None:
        self.path = path
        self.journal = path.with_suffix(".journal")
        self.table = table
        self.limit = limit

    def read(self) -> dict[str, Entry]:
        """File name -> raw entry: the snapshot with the journal's changes applied."""
        entries = self._snapshot()
        for change in self._changes():
            if "drop" in change:
                entries.pop(change["drop"], None)
            else:
                entries[change["set"]["file"]] = change["set"]
        return entries

    def _snapshot(self) -> dict[str, Entry]:
        try:
            docs = json.loads(read_bounded(self.path, self.limit))[self.table].values()
            return {doc["file"]: doc for doc in docs if isinstance(doc.get("file"), str)}
        except Exception:  # a lost, foreign or damaged cache is rebuilt from the files
            return {}

    def _changes(self) -> list[dict[str, Any]]:
        try:
            raw = read_bounded(self.journal, self.limit)
        except (OSError, ValueError, errors.StorageError):
            return []
        found = []
        for line in raw.split(b"\n"):
            if not line.strip():
                continue
            try:
                change = json.loads(line)
            except (ValueError, RecursionError):  # torn or interleaved: never trusted
                continue
            if _well_formed(change):
                found.append(change)
        return found

    def rewrite(self, entries: Mapping[str, Entry]) -> None:
        """The whole table as a new snapshot, and an empty journal."""
        rows = {str(i): entry for i, entry in enumerate(entries.values(), start=1)}
        try:
            atomic.write_atomically(self.path, dump({self.table: rows}))
        except (OSError, errors.StorageError):  # only a cache: the files are the truth
            return
        with contextlib.suppress(OSError):
            self.journal.unlink()

    def append(self, changes: Mapping[str, Entry | None]) -> None:
        """Set (or, for None, drop) the entries of the given file names: one line each,
        written in one append; compacted once the journal outgrows the snapshot."""
        if not changes:
            return
        lines = (
            {"drop": name} if entry is None else {"set": {**entry, "file": name}}
            for name, entry in changes.items()
        )
        # Each line begins on a new line, so one torn by a kill cannot swallow the next.
        data = b"".join(b"\n" + dump(line) for line in lines)
        size = self._append(data)
        if size is not None and size > max(self._snapshot_size(), MIN_JOURNAL_BYTES):
            self.rewrite(self.read())

    def _append(self, data: bytes) -> int | None:
        """The journal's size after appending ``data``; None when it cannot be written."""
        try:
            fd = os.open(self.journal, _APPEND, 0o600)
        except OSError:
            return None
        try:
            found = os.fstat(fd)
            if not stat.S_ISREG(found.st_mode) or owned_by_someone_else(found):
                return None  # a FIFO, a device or another user's file is not ours to write
            os.write(fd, data)
            return os.fstat(fd).st_size
        except OSError:
            return None
        finally:
            os.close(fd)

    def _snapshot_size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0

    def size(self) -> int:
        """Bytes on disk: the snapshot and the journal."""
        journal = 0
        with contextlib.suppress(OSError):
            journal = self.journal.stat().st_size
        return self._snapshot_size() + journal


def _well_formed(change: Any) -> bool:
    if not isinstance(change, dict) or len(change) != 1:
        return False
    if "drop" in change:
        return isinstance(change["drop"], str)
    entry = change.get("set")
    return isinstance(entry, dict) and isinstance(entry.get("file"), str)
