"""A TinyDB storage that never leaves a half-written file behind."""

from __future__ import annotations

import contextlib
import json
import os
import tempfile
from pathlib import Path
from typing import Any

from tinydb.storages import Storage

FILE_MODE = 0o600
FOLDER_MODE = 0o700


def ensure_private_folder(path: Path) -> None:
    path.mkdir(parents=True, exist_ok=True, mode=FOLDER_MODE)
    with contextlib.suppress(OSError):  # a folder the user chose and does not own
        os.chmod(path, FOLDER_MODE)


def write_atomically(path: Path, data: bytes) -> None:
    """Write ``data`` so that ``path`` holds either the old or the new bytes, never a mix.

    Temp file in the same folder, flush + fsync, ``os.replace``, then fsync of the folder
    so the rename itself survives a power cut."""
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, FILE_MODE)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise
    fsync_folder(path.parent)


def fsync_folder(folder: Path) -> None:
    if os.name == "nt":  # Windows cannot open a folder for fsync; NTFS journals renames
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def dump(data: Any) -> bytes:
    return json.dumps(data, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


class AtomicJSONStorage(Storage):
    """Like TinyDB's JSONStorage, but every write is atomic and durable.

    Reading a file that is not valid JSON raises ``json.JSONDecodeError``/``ValueError``
    instead of silently starting over, so a damaged file is never overwritten by TinyDB."""

    def __init__(self, path: str | os.PathLike[str]) -> None:
        super().__init__()
        self.path = Path(path)

    def read(self) -> dict[str, dict[str, Any]] | None:
        try:
            raw = self.path.read_bytes()
        except FileNotFoundError:
            return None
        if not raw.strip():
            raise ValueError("empty file")
        data = json.loads(raw)
        if not isinstance(data, dict):
            raise ValueError("not a JSON object")
        return data

    def write(self, data: dict[str, dict[str, Any]]) -> None:
        write_atomically(self.path, dump(data))
