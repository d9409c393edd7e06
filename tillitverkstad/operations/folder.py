"""A folder of data packages read in place for HR's overview (nothing imported, nothing
written there): each package validated like an import, every file that cannot be used
listed and why.

What each package was read into is kept in the user's data folder
(:mod:`storage.folder_cache`), keyed by the digest of its bytes, so a folder opened again
reads only the packages that changed. The read reports its progress file by file and can
be cancelled (:mod:`core.jobs`); a cancelled read keeps nothing.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import Any

from tillitverkstad.core.content import ContentMemo
from tillitverkstad.core.digest import Digest, digest_from_json, digest_of, digest_to_json
from tillitverkstad.core.errors import Phrase, TillitError
from tillitverkstad.core.groups import RememberedEntry, remembered_of
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.jobs import UNTRACKED, JobProgress
from tillitverkstad.core.languages import SOURCE_LANGUAGE, ui_languages
from tillitverkstad.core.package import PackageError, PackageProblem, receive
from tillitverkstad.operations.packages import package_file_bytes
from tillitverkstad.storage.folder_cache import FolderCache, content_key

PACKAGE_SUFFIX = ".json"


class SkipReason(StrEnum):
    FOREIGN = "foreign"  # JSON, but not a data package of this app
    DAMAGED = "damaged"  # not JSON, too large, or not the expected data
    NEWER = "newer"  # from a newer version of the app
    DUPLICATE = "duplicate"  # the same workshop as another file of the folder
    UNREADABLE = "unreadable"  # not an ordinary file, or cannot be read


_PROBLEMS = {
    PackageProblem.FOREIGN: SkipReason.FOREIGN,
    PackageProblem.DAMAGED: SkipReason.DAMAGED,
    PackageProblem.NEWER: SkipReason.NEWER,
}
DUPLICATE = QT_TRANSLATE_NOOP(
    "errors", "The same workshop as {file}, which is shown (the most recently saved file)."
)


@dataclass(frozen=True)
class Worded:
    """Why a file was skipped, as it was worded in each language when it was first read
    (what the bytes of a file alone decide is kept with the rest)."""

    texts: Mapping[str, str]

    def message(self, language: str) -> str:
        return self.texts.get(language) or self.texts[SOURCE_LANGUAGE]


@dataclass(frozen=True)
class Skipped:
    """A file of the folder the overview does not show, and why."""

    path: Path
    reason: SkipReason
    why: TillitError | Phrase | Worded

    def message(self, language: str) -> str:
        return self.why.message(language)


@dataclass(frozen=True, slots=True)
class PackageEntry:
    """A package of the folder as the overview reads it (``core.overview.Listed``)."""

    path: Path
    id: str
    group_id: str
    group: str
    organisation: str
    date: str
    created: str
    number: int
    template: str
    remembered: tuple[RememberedEntry, ...]
    digest: Digest
    readable: bool = True


@dataclass(frozen=True)
class FolderSource:
    folder: Path
    entries: tuple[PackageEntry, ...]
    skipped: tuple[Skipped, ...]
    read_anew: int = 0  # packages checked in this read; the others were known already

    def path_of(self, workshop_id: str) -> Path | None:
        return next((e.path for e in self.entries if e.id == workshop_id), None)


def read_folder(
    folder: Path, *, data_dir: Path | None = None, progress: JobProgress = UNTRACKED
) -> FolderSource:
    """Every data package (``*.json``) directly in ``folder``, read and checked in place.
    Two files of one workshop show the most recently saved one; the other is skipped.

    ``data_dir``: the user's data folder, where what was read is kept for the next read
    (None: nothing is kept). ``progress`` hears of every file; it may cancel the read."""
    folder = Path(folder)
    names = _package_names(folder)
    reader = _Reader(FolderCache(data_dir, folder) if data_dir is not None else None)
    found: list[tuple[float, PackageEntry]] = []
    skipped: list[Skipped] = []
    progress.advance(0, len(names))
    for done, name in enumerate(names, start=1):
        path = folder / name
        try:
            outcome = reader.read(path)
            saved = path.stat().st_mtime
        except TillitError as exc:  # the file itself (not its bytes): read again next time
            reason = _PROBLEMS[exc.problem] if isinstance(exc, PackageError) else None
            # Kept for its message only: its traceback would keep the read's frames alive.
            why = exc.with_traceback(None)
            skipped.append(Skipped(path, reason or SkipReason.UNREADABLE, why))
        except OSError:
            skipped.append(Skipped(path, SkipReason.UNREADABLE, _unreadable(path)))
        else:
            if isinstance(outcome, Skipped):
                skipped.append(outcome)
            else:
                found.append((saved, outcome))
        progress.advance(done, len(names))
    if reader.cache is not None:
        reader.cache.save()
    entries, duplicates = _one_per_workshop(found)
    skipped = sorted(skipped + duplicates, key=lambda s: s.path.name)
    return FolderSource(folder, entries, tuple(skipped), reader.read_anew)


def _package_names(folder: Path) -> list[str]:
    try:
        return sorted(e.name for e in os.scandir(folder) if e.name.lower().endswith(PACKAGE_SUFFIX))
    except OSError:
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} cannot be read."), folder=str(folder)
        ) from None


def _one_per_workshop(
    found: list[tuple[float, PackageEntry]],
) -> tuple[tuple[PackageEntry, ...], list[Skipped]]:
    """The most recently saved file of each workshop, and the others as duplicates."""
    found.sort(key=lambda item: (-item[0], item[1].path.name))
    shown: dict[str, PackageEntry] = {}
    duplicates = []
    for _, entry in found:
        kept = shown.setdefault(entry.id, entry)
        if kept is not entry:
            why = Phrase(DUPLICATE, file=kept.path.name)
            duplicates.append(Skipped(entry.path, SkipReason.DUPLICATE, why))
    return tuple(sorted(shown.values(), key=lambda e: e.path.name)), duplicates


def _unreadable(path: Path) -> TillitError:
    return TillitError(
        QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read."), file=str(path)
    )


class _Reader:
    """Reads one package after the other: from what is kept of its bytes, or checked anew
    (and then kept). The packages of a folder nearly all carry the same content, which is
    checked once (``ContentMemo``)."""

    def __init__(self, cache: FolderCache | None) -> None:
        self.cache = cache
        self.contents = ContentMemo()
        self.read_anew = 0

    def read(self, path: Path) -> PackageEntry | Skipped:
        """Raises TillitError (or OSError) for what the file is rather than what it holds:
        too large, not an ordinary file, unreadable."""
        raw = package_file_bytes(path)
        key = content_key(raw)
        kept = self.cache.get(key) if self.cache is not None else None
        if kept is None:
            self.read_anew += 1
            kept = self._checked(raw)
            if self.cache is not None:
                self.cache.put(key, kept)
        # One way from what was read to what is shown, whether kept or read now.
        return _from_json(path, kept)

    def _checked(self, raw: bytes) -> dict[str, Any]:
        """What the overview needs of the package ``raw``, or why it cannot be shown."""
        try:
            received = receive(raw, contents=self.contents)
            ws, content = received.workshop, received.content
        except PackageError as exc:
            return {
                "skipped": _PROBLEMS[exc.problem].value,
                "why": {language: exc.message(language) for language in ui_languages()},
            }
        return {
            "id": ws.id,
            "group_id": ws.group_id,
            "group": ws.group,
            "organisation": ws.organisation,
            "date": ws.date.isoformat(),
            "created": ws.created,
            "number": ws.occasion_number,
            "template": ws.template.value,
            "remembered": [list(entry) for entry in remembered_of(ws)],
            "digest": digest_to_json(digest_of(ws, content)),
        }


# --- as the cache keeps them (checked there by storage.folder_cache.valid_entry) ----------


def _from_json(path: Path, value: dict[str, Any]) -> PackageEntry | Skipped:
    if "skipped" in value:
        return Skipped(path, SkipReason(value["skipped"]), Worded(value["why"]))
    text = sys.intern  # the same names, dates and ids in many packages: one object each
    return PackageEntry(
        path=path,
        id=value["id"],
        group_id=text(value["group_id"]),
        group=text(value["group"]),
        organisation=text(value["organisation"]),
        date=text(value["date"]),
        created=text(value["created"]),
        number=value["number"],
        template=text(value["template"]),
        remembered=tuple((text(w), text(d), text(c), n) for w, d, c, n in value["remembered"]),
        digest=digest_from_json(value["digest"]),
    )
