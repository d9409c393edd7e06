"""The JSON data package: a versioned, re-importable export of one workshop for HR.

Format documented in docs/package-format.md, with its JSON Schema in
docs/package.schema.json.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from tillitverkstad import __version__
from tillitverkstad.core import agenda
from tillitverkstad.core.content import ContentError, content_from_dict
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.migrations import PACKAGE_VERSION, Context, migrate_package
from tillitverkstad.core.model import RATED_KINDS, Occasion, Workshop, new_id
from tillitverkstad.core.rating import median, value_range
from tillitverkstad.core.serialize import (
    FormatError,
    occasion_to_dict,
    workshop_from_dict,
    workshop_to_dict,
)

PACKAGE_FORMAT = "tillitverkstad-package"
MAX_PACKAGE_BYTES = 64 * 1024 * 1024


class PackageError(ValidationError):
    """A package that cannot be imported; the library is left unchanged."""


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
        rating = ws.record(step).rating
        rows.append(
            {
                "step": step,
                "title": agenda.step_title(content, step),
                "agreed_current": rating.agreed_current,
                "agreed_desired": rating.agreed_desired,
                "gap": rating.gap,
                "consensus": rating.consensus.value if rating.consensus else None,
                "median_current": median(rating.current),
                "median_desired": median(rating.desired),
                "range_current": list(value_range(rating.current) or []),
                "range_desired": list(value_range(rating.desired) or []),
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


def _invalid(detail: str) -> PackageError:
    return PackageError(
        QT_TRANSLATE_NOOP("errors", "This is not a valid Tillitverkstad data package: {detail}"),
        detail=detail,
    )


def from_package(raw: bytes, context: Context | None = None) -> Workshop:
    """A workshop from package bytes, fully validated; raises PackageError saying why.

    ``context`` lets an old package's migration see the library it is imported into."""
    if len(raw) > MAX_PACKAGE_BYTES:
        raise _invalid("the file is too large")
    try:
        data = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):
        raise _invalid("not readable JSON") from None
    if not isinstance(data, dict) or data.get("format") != PACKAGE_FORMAT:
        raise _invalid("the format field is missing or wrong")
    version = data.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise _invalid("the version field is missing or wrong")
    if version > PACKAGE_VERSION:
        raise PackageError(
            QT_TRANSLATE_NOOP(
                "errors", "The package was made by a newer version of Tillitverkstad."
            )
        )
    try:
        ws = workshop_from_dict(migrate_package(data, version, context))
        content = content_from_dict(ws.content, origin="package")
    except FormatError as exc:
        raise _invalid(exc.message("en")) from None
    except ContentError as exc:
        raise _invalid(str(exc)) from None
    _check_consistent(ws, content)
    return ws


def _check_consistent(ws: Workshop, content: Any) -> None:
    try:
        for step in ws.steps:
            agenda.step_kind(content, step)
    except ValidationError:
        raise _invalid(f"unknown step {step[:40]!r}") from None
    if len(set(ws.steps)) != len(ws.steps) or not ws.steps:
        raise _invalid("the agenda is empty or repeats a step")
    if ws.current_step not in ws.steps:
        ws.current_step = ws.steps[0]
    missing = [s for s in ws.steps if s in agenda.FIXED_KINDS and s not in content.fixed_steps]
    if missing:
        raise _invalid(f"the content has no text for the step {missing[0]!r}")
    unknown = [s for s in ws.records if s not in ws.steps]
    unknown += [a.step_id for a in ws.actions if a.step_id and a.step_id not in ws.steps]
    unknown += [c.step_id for c in ws.carried if c.step_id and not _known(content, c.step_id)]
    if unknown:
        raise _invalid(f"unknown step {unknown[0][:40]!r}")
    if len(ws.participant_names) > ws.participant_count:
        raise _invalid("more names than participants")
    for record in ws.records.values():
        for dist in (record.rating.current, record.rating.desired):
            if dist.total > ws.participant_count:
                raise _invalid("more votes than participants")


def _known(content: Any, step_id: str) -> bool:
    """A step of the content (a carried action's principle need not be on today's agenda)."""
    try:
        agenda.step_kind(content, step_id)
    except ValidationError:
        return False
    return True


def as_new_workshop(ws: Workshop) -> Workshop:
    """Give an imported workshop a fresh id (when its own is taken in this library)."""
    ws.id = new_id()
    return ws
