"""The JSON data package: a versioned, re-importable export of one workshop for HR.

Format documented in docs/package-format.md, with its JSON Schema in
docs/package.schema.json.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from tillitverkstad import __version__
from tillitverkstad.core import agenda
from tillitverkstad.core.bounds import MAX_FILE_BYTES, MAX_FILE_VALUES, too_many_values
from tillitverkstad.core.consistency import InconsistentWorkshop, check_consistent
from tillitverkstad.core.content import ContentMemo, content_from_dict
from tillitverkstad.core.content_model import Content, ContentError
from tillitverkstad.core.errors import Phrase, TillitError, ValidationError
from tillitverkstad.core.fields import BROKEN_CHARACTER, FormatError, check_years
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.migrations import PACKAGE_VERSION, Context, migrate_package
from tillitverkstad.core.model import RATED_KINDS, Occasion, Scale, StepRecord, Workshop
from tillitverkstad.core.rating import median, value_range
from tillitverkstad.core.serialize import (
    occasion_to_dict,
    workshop_from_dict,
    workshop_to_dict,
)
from tillitverkstad.core.text import surrogate_path
from tillitverkstad.core.vote_minimum import shown_votes

PACKAGE_FORMAT = "tillitverkstad-package"
MAX_PACKAGE_BYTES = MAX_FILE_BYTES
MAX_PACKAGE_VALUES = MAX_FILE_VALUES


class PackageProblem(StrEnum):
    """Why a file is not a package the app can read, told apart without reading text."""

    FOREIGN = "foreign"  # JSON, but not a Tillitverkstad data package
    DAMAGED = "damaged"  # not readable JSON, too large, or data of the wrong shape
    NEWER = "newer"  # made by a newer version of the app


class PackageError(ValidationError):
    """A package that cannot be imported; the library is left unchanged."""

    problem = PackageProblem.DAMAGED


def _redacted(
    ws: Workshop, *, private: bool, names: bool, earlier: Sequence[Occasion] | None
) -> dict[str, Any]:
    data = workshop_to_dict(ws)
    if earlier is not None:
        data["history"] = [occasion_to_dict(o) for o in earlier]
    if not private:
        for record in data["records"].values():
            record["private_notes"] = ""
    if not names:
        data["workshop"]["participant_names"] = []
    return data


def results(ws: Workshop) -> list[dict[str, Any]]:
    """Per rated step, the figures HR compares across groups and over time (derived)."""
    content = content_from_dict(ws.content)
    rows = []
    for step in ws.steps:
        if agenda.step_kind(content, step) not in RATED_KINDS:
            continue
        rating = ws.records.get(step, StepRecord()).rating  # exporting changes nothing
        # Too few from the phones: no median or range to derive the votes from.
        current, desired = shown_votes(rating, Scale.CURRENT), shown_votes(rating, Scale.DESIRED)
        rows.append(
            {
                "step": step,
                "title": agenda.step_title(content, step),
                "agreed_current": rating.agreed_current,
                "agreed_desired": rating.agreed_desired,
                "gap": rating.gap,
                "consensus": rating.consensus.value if rating.consensus else None,
                "median_current": median(current),
                "median_desired": median(desired),
                "range_current": list(value_range(current) or []),
                "range_desired": list(value_range(desired) or []),
                "method": rating.method.value,
            }
        )
    return rows


def to_package(
    ws: Workshop,
    *,
    private: bool = False,
    names: bool = False,
    earlier: Sequence[Occasion] | None = None,
) -> dict[str, Any]:
    """The package as a dict. Private notes and names are left out unless asked for.

    ``earlier``: the group's earlier occasions as known now (``history.earlier_occasions``),
    carried in place of what the workshop remembered, so the package stands alone."""
    return {
        "format": PACKAGE_FORMAT,
        "version": PACKAGE_VERSION,
        "app_version": __version__,
        "exported": dt.datetime.now().astimezone().isoformat(timespec="seconds"),
        "includes_private_notes": private,
        "includes_names": names,
        "results": results(ws),
        **_redacted(ws, private=private, names=names, earlier=earlier),
    }


def dumps(package: dict[str, Any]) -> bytes:
    return json.dumps(package, ensure_ascii=False, indent=2).encode("utf-8")


# Why a package is refused, each translated with the message that carries it.
TOO_LARGE = QT_TRANSLATE_NOOP("errors", "the file is larger than {limit} MB")
TOO_MANY_VALUES = QT_TRANSLATE_NOOP("errors", "it holds more than {limit} values")
NOT_JSON = QT_TRANSLATE_NOOP("errors", "it is not readable JSON (UTF-8)")
NOT_AN_OBJECT = QT_TRANSLATE_NOOP("errors", "it is JSON, but not a JSON object")
BAD_FORMAT_FIELD = QT_TRANSLATE_NOOP("errors", "the format field is missing or wrong")
BAD_VERSION_FIELD = QT_TRANSLATE_NOOP("errors", "the version field is missing or wrong")
BAD_CONTENT = QT_TRANSLATE_NOOP("errors", "its copy of the content is not valid ({where})")
BAD_SHAPE = QT_TRANSLATE_NOOP("errors", "its data does not have the expected shape")


def invalid_package(
    detail: str | TillitError, kind: PackageProblem = PackageProblem.DAMAGED, **params: Any
) -> PackageError:
    error = PackageError(
        QT_TRANSLATE_NOOP("errors", "This is not a valid Tillitverkstad data package: {detail}"),
        detail=detail if isinstance(detail, TillitError) else Phrase(detail, **params),
    )
    error.problem = kind
    return error


# UTF-8 cannot encode a lone surrogate, so one can only come from a \uD800–\uDFFF escape:
# only bytes holding such an escape need every text walked.
_SURROGATE_ESCAPE = re.compile(rb"\\u[dD][89a-fA-F]")


def parse_json(raw: bytes, *, max_bytes: int, max_values: int) -> Any:
    """``raw`` parsed, after checking that parsing it stays within time and memory."""
    if len(raw) > max_bytes:
        raise invalid_package(TOO_LARGE, limit=max_bytes // (1024 * 1024))
    if too_many_values(raw, max_values):
        raise invalid_package(TOO_MANY_VALUES, limit=max_values)
    try:
        return json.loads(raw.decode("utf-8-sig"))  # a BOM from a Windows editor is fine
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise invalid_package(NOT_JSON) from None


@dataclass(frozen=True)
class Received:
    """A package as read: its workshop, the content it was run with, and whether it carries
    the private notes and the names (when it does not, those fields are empty for that
    reason, not for lack of any)."""

    workshop: Workshop
    content: Content
    includes_private_notes: bool = False
    includes_names: bool = False


def from_package(raw: bytes, context: Context | None = None) -> Workshop:
    """A workshop from package bytes, fully validated; raises PackageError saying why.

    ``context`` lets an old package's migration see the library it is imported into."""
    return receive(raw, context).workshop


def receive(
    raw: bytes, context: Context | None = None, contents: ContentMemo | None = None
) -> Received:
    """:func:`from_package`, with the workshop's content as checked on the way and what the
    package says it includes; ``contents`` spares checking again a content an earlier
    package of the same read carried."""
    data = parse_json(raw, max_bytes=MAX_PACKAGE_BYTES, max_values=MAX_PACKAGE_VALUES)
    if not isinstance(data, dict):
        raise invalid_package(NOT_AN_OBJECT, PackageProblem.FOREIGN)
    if data.get("format") != PACKAGE_FORMAT:
        raise invalid_package(BAD_FORMAT_FIELD, PackageProblem.FOREIGN)
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise invalid_package(BAD_VERSION_FIELD)
    if version > PACKAGE_VERSION:
        newer = PackageError(
            QT_TRANSLATE_NOOP(
                "errors", "The package was made by a newer version of Tillitverkstad."
            )
        )
        newer.problem = PackageProblem.NEWER
        raise newer
    broken = surrogate_path(data) if _SURROGATE_ESCAPE.search(raw) else None
    if broken is not None:  # refused here, so no later save can fail on it
        raise invalid_package(
            FormatError(
                QT_TRANSLATE_NOOP("errors", "The field {field} is invalid: {problem}"),
                field=broken[:120],
                problem=Phrase(BROKEN_CHARACTER),
            )
        )
    parse_content = contents.parse if contents is not None else content_from_dict
    try:
        ws = workshop_from_dict(migrate_package(data, version, context))
        check_years(ws, "workshop")
        content = parse_content(ws.content, origin="package")
    except FormatError as exc:
        raise invalid_package(exc) from None
    except ContentError as exc:
        raise invalid_package(BAD_CONTENT, where=f"{exc.file}: {exc.field}".rstrip(": ")) from None
    except (KeyError, TypeError, AttributeError, ValueError):  # a migration met odd data
        raise invalid_package(BAD_SHAPE) from None
    try:
        check_consistent(ws, content)
    except InconsistentWorkshop as exc:
        raise invalid_package(exc) from None
    return Received(
        ws,
        content,
        includes_private_notes=data.get("includes_private_notes") is True,
        includes_names=data.get("includes_names") is True,
    )
