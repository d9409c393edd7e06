"""What HR's overview made of each data package in a folder it reads in place, kept in the
user's data folder (never in the shared folder, which may be read-only or someone else's),
so that opening the folder again reads only what changed.

One file per folder, ``cache/overview/<hash of the folder's path>.jsonl``, in JSON Lines:
a header naming the format, the app's version and the folder, then one line per distinct
package content, ``<SHA-256 of the file's bytes> <JSON>``. The key is a digest of the
bytes themselves, not the file's name, size or time: a package replaced by other bytes of
the same size and time is never served stale, and hashing a file costs a hundredth of
checking it again.

Nothing in it is trusted: a file of another format, version, app or folder is ignored, a
line that does not check out field by field is read again from its package, and the file
is bounded when read and when written. It holds only the contents still in the folder, at
most :data:`MAX_FOLDERS` folders in :data:`MAX_TOTAL_BYTES` are kept (the least recently read
go first), it is written
atomically and readable only by the user, and when the data folder cannot be written it is
simply not written.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import stat
import time
from pathlib import Path
from typing import Any, BinaryIO

from tillitverkstad import __version__
from tillitverkstad.core.languages import ui_languages
from tillitverkstad.core.model import Template
from tillitverkstad.storage import atomic, errors
from tillitverkstad.storage.digest_check import is_date, is_id, is_text, valid_digest
from tillitverkstad.storage.index import is_occasion_number, valid_remembered
from tillitverkstad.storage.workshop_file import read_bounded

FORMAT = "tillitverkstad-folder-cache"
# Bump when what a package is read into changes (core.digest, the package checks), so
# that no entry made by the old rules is used.
VERSION = 3  # 2: occasion numbers, also of the occasions a package remembers; 3: no median
# or spread of phones' votes below their minimum
SUFFIX = ".jsonl"
FOLDER = ("cache", "overview")  # under the data folder
MAX_FOLDERS = 8
# Per folder (10 000 packages take ~30 MB); a larger folder keeps what fits.
MAX_BYTES = 64 * 1024 * 1024
MAX_TOTAL_BYTES = 128 * 1024 * 1024  # every folder's together; the least recently read go
TEMP_AGE_S = 3600  # a temp file this old is what a killed write left
SKIP_REASONS = ("foreign", "damaged", "newer")  # what the bytes alone decide
_NAME = re.compile(r"[0-9a-f]{32}" + re.escape(SUFFIX))
_KEY = re.compile(rb"[0-9a-f]{64}")
_TEMPLATES = {t.value for t in Template}
_PACKAGE_KEYS = frozenset(
    {
        "id",
        "group_id",
        "group",
        "organisation",
        "date",
        "created",
        "number",
        "template",
        "remembered",
        "digest",
    }
)


def content_key(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class FolderCache:
    """The kept reading of one folder: :meth:`get` what a content was read into, :meth:`put`
    a new one, and :meth:`save` once the whole folder has been read (a read that was
    cancelled or failed saves nothing, so no half cache is ever written)."""

    def __init__(self, data_dir: Path, folder: Path) -> None:
        self.data_dir = data_dir
        self.dir = data_dir.joinpath(*FOLDER)
        self.folder = str(folder.resolve())
        name = hashlib.sha256(os.fsencode(self.folder)).hexdigest()[:32]
        self.path = self.dir / f"{name}{SUFFIX}"
        self._header = _line(
            {"format": FORMAT, "version": VERSION, "app": __version__, "folder": self.folder}
        )
        # The file as read, and where each content's JSON is in it: one buffer rather than
        # ten thousand small ones (freed in one piece, not left as scattered holes).
        self._file = b""
        self._found: dict[str, tuple[int, int]] = {}
        self._kept: dict[str, bytes | tuple[int, int]] = {}  # this read's, in its order
        self._changed = False  # True: the file must be written again
        if not self._load():
            self._changed = True

    def _load(self) -> bool:
        """Whether the file is this folder's cache; where its lines are is then known."""
        try:
            self._file = read_bounded(self.path, MAX_BYTES)
        except (OSError, ValueError, errors.StorageError):  # none yet, too large, not ours
            return False
        start = len(self._header)
        if not self._file.startswith(self._header):
            self._file = b""
            return False
        while start < len(self._file):
            end = self._file.find(b"\n", start)
            end = len(self._file) if end < 0 else end
            key = self._file[start : start + 64]
            if _KEY.fullmatch(key) and self._file[start + 64 : start + 65] == b" ":
                self._found[key.decode("ascii")] = (start + 65, end)
            else:
                self._changed = True
            start = end + 1
        return True

    def _json(self, line: bytes | tuple[int, int]) -> bytes:
        return line if isinstance(line, bytes) else self._file[line[0] : line[1]]

    def get(self, key: str) -> dict[str, Any] | None:
        """The checked entry of the content ``key`` (its SHA-256), or None."""
        line = self._kept.get(key) or self._found.pop(key, None)
        if line is None:
            return None
        try:
            value = json.loads(self._json(line))
        except ValueError:
            value = None
        if not valid_entry(value):
            self._changed = True
            return None
        self._kept[key] = line
        return value

    def put(self, key: str, value: dict[str, Any]) -> None:
        self._kept[key] = _line(value).rstrip(b"\n")
        self._changed = True

    def save(self) -> None:
        """Keep what this read used, when it differs from the file (entries of files gone
        from the folder are dropped); never raises, since it is only a cache."""
        if not self._changed and not self._found:
            with contextlib.suppress(OSError):  # the most recently read folder is kept last
                os.utime(self.path, follow_symlinks=False)
            return
        if not self.data_dir.is_dir():  # no data folder to keep it in
            return
        try:
            atomic.ensure_private_folder(self.dir.parent)
            atomic.ensure_private_folder(self.dir)
            atomic.write_all_atomically([(self.path, self._write)])
        except (OSError, errors.StorageError):  # a read-only or full data folder
            return
        finally:
            self._file = b""
        self._forget_old()

    def _write(self, out: BinaryIO) -> None:
        """The header and the kept lines, as many as fit in :data:`MAX_BYTES`."""
        out.write(self._header)
        size = len(self._header)
        for key, line in self._kept.items():
            value = self._json(line)
            size += len(key) + len(value) + 2
            if size > MAX_BYTES:
                break
            out.write(key.encode("ascii") + b" " + value + b"\n")

    def _forget_old(self) -> None:
        """Drop the caches of the folders read longest ago, and temp files a killed write
        left; only regular files of ours with our names are ever removed."""
        mine, now = [], time.time()
        try:
            names = os.listdir(self.dir)
        except OSError:
            return
        for name in names:
            path = self.dir / name
            try:
                found = os.lstat(path)
            except OSError:
                continue
            if not stat.S_ISREG(found.st_mode) or found.st_uid != _uid(found):
                continue
            if _NAME.fullmatch(name):
                mine.append((found.st_mtime, found.st_size, path))
            elif (
                name.startswith(".") and name.endswith(".tmp") and now - found.st_mtime > TEMP_AGE_S
            ):
                _unlink(path)
        mine.sort(key=lambda item: (item[2] != self.path, -item[0]))  # this one first
        total = 0
        for count, (_, size, path) in enumerate(mine):
            total += size
            if count >= MAX_FOLDERS or (total > MAX_TOTAL_BYTES and path != self.path):
                _unlink(path)


def _uid(found: os.stat_result) -> int:
    return os.geteuid() if hasattr(os, "geteuid") else found.st_uid


def _unlink(path: Path) -> None:
    with contextlib.suppress(OSError):
        path.unlink()


def _line(value: Any) -> bytes:
    # ASCII JSON: no byte of it is a line break, and no text can break the line apart.
    return (json.dumps(value, separators=(",", ":")) + "\n").encode("ascii")


# --- checks of an entry, as read back -----------------------------------------------------


def valid_entry(value: Any) -> bool:
    """A package as the overview read it, or a file it skipped and why (in each language)."""
    if not isinstance(value, dict):
        return False
    if value.keys() == {"skipped", "why"}:
        why = value["why"]
        return (
            value["skipped"] in SKIP_REASONS
            and isinstance(why, dict)
            and why.keys() == set(ui_languages())
            and all(is_text(text, 2000) for text in why.values())
        )
    return value.keys() == _PACKAGE_KEYS and (
        is_id(value["id"])
        and is_id(value["group_id"])
        and is_text(value["group"])
        and is_text(value["organisation"])
        and is_date(value["date"])
        and is_text(value["created"], 40)
        and is_occasion_number(value["number"])
        and value["template"] in _TEMPLATES
        and valid_remembered(value["remembered"])
        and valid_digest(value["digest"])
    )
