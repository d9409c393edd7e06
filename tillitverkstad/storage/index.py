"""``index.json``: a cache of each workshop file's summary, so listing does not read every
workshop; beside it ``digests.json`` caches what HR's overview needs of each (larger, and
read only by the overview, so listing the library stays quick). Nothing in them is
trusted: an entry is used only when every field has the right type and value and the
file's size, modification time, inode and change time all still match; anything else is
rebuilt from the file. (The change time cannot be set back by hand, so a file replaced or
rewritten behind the app's back is always read again.) Each is a snapshot and a journal
of the changes since (:mod:`.journal`): storing a workshop appends, never rewrites."""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from dataclasses import dataclass, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tillitverkstad.core.errors import Phrase
from tillitverkstad.core.model import (
    MAX_OCCASION_NUMBER,
    Template,
    WorkshopStatus,
)
from tillitverkstad.storage import errors
from tillitverkstad.storage.journal import CacheTable
from tillitverkstad.storage.workshop_file import SUFFIX

if TYPE_CHECKING:
    from tillitverkstad.core.digest import Digest

MAX_INDEX_BYTES = 32 * 1024 * 1024
_ID = re.compile(r"[A-Za-z0-9_-]{1,80}")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_STAT_KEYS = ("mtime_ns", "size", "ino", "ctime_ns")
_STATUSES = {s.value for s in WorkshopStatus}
_TEMPLATES = {t.value for t in Template}


@dataclass(frozen=True)
class WorkshopSummary:
    """What the library shows for one file, without opening it.

    ``id`` names the file: a readable file's id is the workshop's own (the file is named
    after it); an unreadable file's is its name without the suffix. ``error`` is why the
    file cannot be opened (None when it can); ``other_file`` is the file name a conflict
    reason mentions."""

    id: str
    path: str
    group: str = ""
    organisation: str = ""
    date: str = ""
    status: str = ""
    template: str = ""
    follow_up_of: str | None = None
    group_id: str = ""
    created: str = ""  # orders two occasions with one number (core.model.order_key)
    number: int = 1  # its occasion number in the group's series
    # The earlier occasions it remembers, (id, ISO date, created, number): a follow-up
    # imported alone still counts them as occasions of its group (core.groups).
    remembered: tuple[tuple[str, str, str, int], ...] = ()
    # What the HR overview needs (core.digest); None for an unreadable file.
    digest: Digest | None = None
    error: str | None = None
    other_file: str | None = None

    @property
    def readable(self) -> bool:
        return self.error is None

    @property
    def file_name(self) -> str:
        return os.path.basename(self.path)  # a Path per row would cost a listing dearly

    def reason(self, language: str) -> str:
        """Why the file cannot be opened, in ``language`` ("" when it can)."""
        if self.error is None:
            return ""
        return Phrase(self.error, file=self.other_file or "").message(language)


_CACHED = [f.name for f in fields(WorkshopSummary) if f.name not in ("path", "other_file")]
_KEYS = frozenset(("file", *_STAT_KEYS, *(k for k in _CACHED if k != "digest")))


def _fingerprint(stat: os.stat_result) -> dict[str, int]:
    return {
        "mtime_ns": stat.st_mtime_ns,
        "size": stat.st_size,
        "ino": stat.st_ino,
        "ctime_ns": stat.st_ctime_ns,
    }


def _is_text(value: Any, limit: int = 300) -> bool:
    return isinstance(value, str) and len(value) <= limit


def _valid(name: str, entry: Any, digest: bool = True) -> bool:
    """Every field of a cached entry as the app writes it; anything else is rebuilt.
    Without ``digest`` the overview's part is only checked for its type: a listing that
    does not show it need not pay for it (the overview's listing checks it whole)."""
    if not isinstance(entry, dict) or entry.keys() - {"digest"} != _KEYS or entry["file"] != name:
        return False
    if digest and "digest" not in entry:  # no digest for this file as it is now
        return False
    if not all(type(entry[k]) is int and entry[k] >= 0 for k in _STAT_KEYS):
        return False
    if not all(_is_text(entry[k]) for k in ("group", "organisation")):
        return False
    error, follow_up = entry["error"], entry["follow_up_of"]
    if not (follow_up is None or (isinstance(follow_up, str) and _ID.fullmatch(follow_up))):
        return False
    if error is not None:  # an unreadable file: named by its file, and a known reason
        return (
            error in errors.REASONS
            and entry["id"] == name[: -len(SUFFIX)]
            and entry["group"] == entry["organisation"] == entry["date"] == ""
            and entry["group_id"] == entry["created"] == ""
            and entry["number"] == 1
            and entry["remembered"] == []
            and entry.get("digest") is None
        )
    return (
        valid_remembered(entry["remembered"])
        and (not digest or _valid_digest(entry["digest"]))
        and isinstance(entry["group_id"], str)
        and _ID.fullmatch(entry["group_id"]) is not None
        and _is_text(entry["created"], 40)
        and is_occasion_number(entry["number"])
        and isinstance(entry["id"], str)
        and _ID.fullmatch(entry["id"]) is not None
        and isinstance(entry["date"], str)
        and _DATE.fullmatch(entry["date"]) is not None
        and entry["status"] in _STATUSES
        and entry["template"] in _TEMPLATES
    )


def _valid_digest(value: Any) -> bool:
    # Its checks load the digest model; only the overview's listing asks for them.
    from tillitverkstad.storage.digest_check import valid_digest

    return valid_digest(value)


def is_occasion_number(value: Any) -> bool:
    return type(value) is int and 1 <= value <= MAX_OCCASION_NUMBER


def valid_remembered(value: Any) -> bool:
    """A list of [id, ISO date, created, number], as :meth:`Index.entry` (and the folder
    overview's cache) write them."""
    return isinstance(value, list) and all(
        isinstance(item, list)
        and len(item) == 4
        and all(_is_text(part, 80) for part in item[:3])
        and _ID.fullmatch(item[0]) is not None
        and _DATE.fullmatch(item[1]) is not None
        and is_occasion_number(item[3])
        for item in value
    )


class Index:
    def __init__(self, path: Path, workshops_dir: Path) -> None:
        self.path = path
        self.digests_path = path.with_name("digests.json")
        self.workshops_dir = workshops_dir
        self._folder = str(workshops_dir)
        self._listing = CacheTable(path, "workshops", MAX_INDEX_BYTES)
        self._digests = CacheTable(self.digests_path, "digests", MAX_INDEX_BYTES)

    def entry(self, summary: WorkshopSummary, stat: os.stat_result) -> dict[str, Any]:
        cached = {k: getattr(summary, k) for k in _CACHED}
        cached["remembered"] = [list(item) for item in summary.remembered]  # as JSON reads it
        digest = summary.digest
        if digest is None:
            cached["digest"] = None
        else:
            from tillitverkstad.core.digest import digest_to_json

            cached["digest"] = digest_to_json(digest)
        return {"file": Path(summary.path).name, **_fingerprint(stat), **cached}

    def summary(self, name: str, entry: dict[str, Any], digest: bool = False) -> WorkshopSummary:
        """The summary an entry holds; its digest only with ``digest`` (checked so)."""
        fields = {k: entry[k] for k in _CACHED if k != "digest"}
        fields["remembered"] = tuple(tuple(item) for item in entry["remembered"])
        raw = entry.get("digest") if digest else None
        if raw is None:
            fields["digest"] = None
        else:
            from tillitverkstad.core.digest import digest_from_json

            fields["digest"] = digest_from_json(raw)
        return WorkshopSummary(path=os.path.join(self._folder, name), **fields)

    def matches(self, name: str, entry: Any, stat: os.stat_result, digest: bool = False) -> bool:
        """True when ``entry`` is a well-formed summary of the file as it is now (its
        digest checked whole only with ``digest``)."""
        if not _valid(name, entry, digest):
            return False
        return all(entry[k] == v for k, v in _fingerprint(stat).items())

    def read(self, digests: bool = False) -> dict[str, Any]:
        """File name -> raw entry (validated by :meth:`matches` when used); with ``digests``
        each entry whose file is unchanged since its digest was made carries it."""
        entries = self._listing.read()
        if digests:
            kept = self._digests.read()
            for name, entry in entries.items():
                found = kept.get(name)
                if isinstance(found, dict) and all(
                    found.get(k) == entry.get(k) for k in _STAT_KEYS
                ):
                    entry["digest"] = found.get("digest")
        return entries

    def save(self, changes: Mapping[str, dict[str, Any] | None]) -> None:
        """Set (or, for None, drop) the entries of the given file names, and the digests of
        those that carry one (the others keep the digest cached, used only while it still
        matches its file). Appended to the journals: the cost does not grow with the
        library."""
        self._listing.append(
            {
                name: None if e is None else {k: v for k, v in e.items() if k != "digest"}
                for name, e in changes.items()
            }
        )
        self._digests.append(
            {
                name: None
                if e is None
                else {**{k: e[k] for k in _STAT_KEYS}, "digest": e["digest"]}
                for name, e in changes.items()
                if e is None or "digest" in e
            }
        )

    def update(self, changes: dict[str, tuple[WorkshopSummary, os.stat_result] | None]) -> None:
        """Set (or, for None, drop) the entries of the given file names."""
        self.save({name: None if c is None else self.entry(*c) for name, c in changes.items()})

    def compact(self) -> None:
        """Each cache written whole, its journal emptied (as happens when one outgrows its
        snapshot)."""
        for table in (self._listing, self._digests):
            table.rewrite(table.read())

    def size(self) -> int:
        """Bytes the listing reads (the index and its journal; not the digests)."""
        return self._listing.size()
