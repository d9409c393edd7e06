"""One workshop file: TinyDB's layout (a JSON object of tables), read strictly and bounded.

A file is read only when it is a regular file no larger than :data:`MAX_FILE_BYTES`, with
no more than :data:`MAX_FILE_VALUES` JSON values, so a planted device, a FIFO or a
gigabyte of ``{}`` costs neither memory nor a hang. The reason a file is refused is exact:
``[1,2,3]`` is valid JSON, just not a workshop.
"""

from __future__ import annotations

import json
import logging
import os
import stat
from pathlib import Path
from typing import Any

from tinydb import TinyDB
from tinydb.storages import MemoryStorage

from tillitverkstad.core.bounds import MAX_FILE_BYTES, MAX_FILE_VALUES, too_many_values
from tillitverkstad.core.fields import FormatError
from tillitverkstad.core.migrations import DATA_VERSION, Context, migrate
from tillitverkstad.core.model import Workshop
from tillitverkstad.core.serialize import workshop_from_dict, workshop_to_dict
from tillitverkstad.core.text import repair_surrogates
from tillitverkstad.storage import errors

FILE_FORMAT = "tillitverkstad-workshop"
SUFFIX = ".tillit.json"
TABLES = ("meta", "workshop", "records", "actions", "carried", "history")
log = logging.getLogger(__name__)


def read_bounded(path: Path, limit: int, *, follow_links: bool = False) -> bytes:
    """The bytes of the regular file ``path``. Raises FileNotFoundError, OSError,
    NotARegularFileError (a link unless ``follow_links``, a device, a FIFO) or
    ValueError when it is larger than ``limit`` bytes; a FIFO never blocks."""
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    if not follow_links:
        flags |= getattr(os, "O_NOFOLLOW", 0)
    try:
        fd = os.open(path, flags)
    except OSError as exc:
        if os.path.islink(path) and not follow_links:  # O_NOFOLLOW's ELOOP
            raise errors.NotARegularFileError(path) from exc
        raise
    try:
        found = os.fstat(fd)
        if not stat.S_ISREG(found.st_mode):
            raise errors.NotARegularFileError(path)
        if found.st_size > limit:
            raise ValueError("too large")
        chunks, total = [], 0
        while chunk := os.read(fd, min(1 << 20, limit + 1 - total)):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # grew while we read
                raise ValueError("too large")
        return b"".join(chunks)
    finally:
        os.close(fd)


def _parse(path: Path, raw: bytes) -> dict[str, Any]:
    if not raw.strip():
        raise errors.UnreadableWorkshopError(path, errors.EMPTY)
    if too_many_values(raw, MAX_FILE_VALUES):
        raise errors.UnreadableWorkshopError(path, errors.TOO_LARGE)
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        raise errors.UnreadableWorkshopError(path, errors.NOT_TEXT) from None
    try:
        data = json.loads(text)
    except (ValueError, RecursionError):
        raise errors.UnreadableWorkshopError(path, errors.CORRUPT) from None
    if not isinstance(data, dict):  # valid JSON, just not ours
        raise errors.UnreadableWorkshopError(path, errors.FOREIGN)
    return data


def _table(path: Path, data: dict[str, Any], name: str) -> list[dict[str, Any]]:
    table = data.get(name, {})
    if not isinstance(table, dict) or not all(isinstance(d, dict) for d in table.values()):
        raise errors.UnreadableWorkshopError(path, errors.FOREIGN)
    return [dict(doc) for doc in table.values()]


def read_workshop(path: Path, context: Context | None = None) -> tuple[Workshop, int]:
    """Read and migrate one workshop file, with how many broken characters (lone
    surrogates) were replaced by U+FFFD; raise UnreadableWorkshopError saying why.

    ``context`` lets an old file's migration see the rest of its library."""
    try:
        raw = read_bounded(path, MAX_FILE_BYTES)
    except FileNotFoundError:
        raise
    except errors.NotARegularFileError:
        raise errors.UnreadableWorkshopError(path, errors.SPECIAL) from None
    except ValueError:
        raise errors.UnreadableWorkshopError(path, errors.TOO_LARGE) from None
    except OSError as exc:
        raise errors.UnreadableWorkshopError(path, errors.IO_ERROR) from exc
    data, repaired = repair_surrogates(_parse(path, raw))
    if repaired:
        log.warning("replaced %d broken characters in a workshop file", repaired)
    tables = {name: _table(path, data, name) for name in TABLES}
    meta = tables["meta"][0] if len(tables["meta"]) == 1 else {}
    version = meta.get("schema")
    if meta.get("format") != FILE_FORMAT or not isinstance(version, int) or version < 1:
        raise errors.UnreadableWorkshopError(path, errors.FOREIGN)
    if version > DATA_VERSION:
        raise errors.UnreadableWorkshopError(path, errors.NEWER)
    if len(tables["workshop"]) != 1:
        raise errors.UnreadableWorkshopError(path, errors.INVALID)
    head = tables["workshop"][0]
    # Here, not at the top: the window's start lists the library from its index and must
    # not load the content model.
    from tillitverkstad.core.consistency import InconsistentWorkshop, check_consistent
    from tillitverkstad.core.content import content_from_dict
    from tillitverkstad.core.content_model import ContentError

    try:
        shaped = {
            "workshop": head,
            "content": head.pop("content", None),
            "records": {r.pop("step_id", ""): r for r in tables["records"]},
            "actions": tables["actions"],
            "carried": tables["carried"],
            "history": tables["history"],
        }
        ws = workshop_from_dict(migrate(shaped, version, context))
        # Valid field by field is not enough: the window, the report and a follow-up all
        # work from the content snapshot, so a file it does not fit is not listed as good.
        check_consistent(ws, content_from_dict(ws.content))
    except (FormatError, InconsistentWorkshop, ContentError) as exc:
        raise errors.UnreadableWorkshopError(path, errors.INVALID) from exc
    except (KeyError, TypeError, AttributeError, ValueError) as exc:  # a migration met odd data
        raise errors.UnreadableWorkshopError(path, errors.INVALID) from exc
    return ws, repaired


def read_workshop_file(path: Path, context: Context | None = None) -> Workshop:
    """Read and migrate one workshop file; raise UnreadableWorkshopError saying why."""
    return read_workshop(path, context)[0]


def workshop_tables(ws: Workshop) -> dict[str, Any]:
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
    tables = db.storage.read()
    assert tables is not None  # just written
    return tables
