"""The workshop content: loaded from ``resources/content/<language>/`` and validated, and
snapshotted into a workshop.

The content lives as JSON (see ``docs/content-format.md``) and is validated when loaded,
so an organisation can adapt the questions without touching code. A workshop keeps a
snapshot of the content it was run with (:func:`content_to_dict` /
:func:`content_from_dict`), so it still reads right later. The dataclasses are in
``content_model``; the rules for the JSON in ``content_validation``.
"""

from __future__ import annotations

from dataclasses import asdict
from functools import cache
from pathlib import Path
from typing import Any

from tillitverkstad.core import languages
from tillitverkstad.core.content_model import (
    FORMAT,
    PARTS,
    Content,
    ContentError,
    OptionalStep,
)
from tillitverkstad.core.content_validation import parse_content, read_json_file
from tillitverkstad.core.languages import DEFAULT_LANGUAGE, available_languages

# --- snapshot --------------------------------------------------------------------------


def content_from_dict(data: dict[str, Any], origin: str = "<snapshot>") -> Content:
    """Build and validate content from ``{"meta": ..., "cornerstones": ..., ...}``.

    Each part is the JSON of the content file with the same name; ``origin`` prefixes the
    file names in error messages (the language folder when loading from disk).
    """
    return parse_content(data, origin)


class ContentMemo:
    """Content parsed once per distinct copy. The packages of a folder nearly all carry
    the same content, and checking it is the largest part of reading one; content is
    immutable, so one parse serves every equal copy (telling two copies equal is a
    dictionary comparison, a hundredth of a parse)."""

    def __init__(self, size: int = 4) -> None:
        self._size = size
        self._seen: list[tuple[dict[str, Any], Content]] = []

    def parse(self, data: dict[str, Any], origin: str = "<snapshot>") -> Content:
        """:func:`content_from_dict`, or the content an equal copy gave."""
        for known, content in self._seen:
            if known == data:
                return content
        content = content_from_dict(data, origin)
        self._seen = [(data, content), *self._seen[: self._size - 1]]
        return content


def _plain(value: Any) -> Any:
    """Dataclass fields as plain JSON values (tuples become lists)."""
    if isinstance(value, tuple | list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


def content_to_dict(content: Content) -> dict[str, Any]:
    """The content as plain JSON data, in the layout of the four content files."""
    meta = {
        "format": FORMAT,
        "language": content.language,
        "version": content.version,
        "definition": asdict(content.definition),
        "fixed_steps": {
            step_id: {"title": s.title, "text": s.text, "questions": list(s.questions)}
            for step_id, s in content.fixed_steps.items()
        },
        "rating": {
            "scales": [asdict(scale) for scale in content.rating_scales],
            "anchors": {str(value): text for value, text in content.anchors.items()},
        },
        "consensus": [asdict(item) for item in content.consensus],
        "note_categories": [asdict(item) for item in content.note_categories],
        "templates": [asdict(item) for item in content.templates],
        "sources": [asdict(item) for item in content.sources],
    }
    return {
        "meta": meta,
        "cornerstones": {"cornerstones": [_plain(asdict(c)) for c in content.cornerstones]},
        "principles": {"principles": [_plain(asdict(p)) for p in content.principles]},
        "steps": {"steps": [_step_to_dict(s) for s in content.optional_steps]},
    }


def _step_to_dict(step: OptionalStep) -> dict[str, Any]:
    data = _plain(asdict(step))
    if not step.logics:  # as in the content files: only balance steps list logics
        del data["logics"]
    return data


# --- languages and loading from disk ----------------------------------------------------


def _id_lists(content: Content) -> dict[tuple[str, str], list[str]]:
    """Ids that every language must have, in the same order: (file, field) -> ids."""
    lists = {
        ("principles.json", "principles"): [p.id for p in content.principles],
        ("cornerstones.json", "cornerstones"): [c.id for c in content.cornerstones],
        ("steps.json", "steps"): [s.id for s in content.optional_steps],
        ("meta.json", "consensus"): [c.id for c in content.consensus],
        ("meta.json", "note_categories"): [n.id for n in content.note_categories],
        ("meta.json", "templates"): [t.id for t in content.templates],
        ("meta.json", "sources"): [s.id for s in content.sources],
    }
    for c in content.cornerstones:
        lists["cornerstones.json", f"cornerstones[{c.id}].principles"] = list(c.principles)
    for step in content.optional_steps:
        lists["steps.json", f"steps[{step.id}].logics"] = [lg.id for lg in step.logics]
    return lists


def _attributes(content: Content) -> dict[tuple[str, str], object]:
    """Non-text fields that every language must set alike: (file, field) -> value."""
    values: dict[tuple[str, str], object] = {}
    for p in content.principles:
        values["principles.json", f"principles[{p.id}].cornerstone"] = p.cornerstone
        values["principles.json", f"principles[{p.id}].optional"] = p.optional
    for step in content.optional_steps:
        values["steps.json", f"steps[{step.id}].kind"] = step.kind
    return values


def _check_same_ids(reference: Content, other: Content) -> None:
    """Two languages must describe the same workshop: same ids, order and mapping."""
    ref, oth = reference.language, other.language
    other_lists = _id_lists(other)
    for (file, field), ref_ids in _id_lists(reference).items():
        ids = other_lists[file, field]
        for has, has_ids, lacks, lacks_ids in ((ref, ref_ids, oth, ids), (oth, ids, ref, ref_ids)):
            for missing in (i for i in has_ids if i not in lacks_ids):
                raise ContentError(
                    f"{lacks}/{file}", field, f"'{missing}' is in {has} but missing in {lacks}"
                )
        if ids != ref_ids:
            raise ContentError(f"{oth}/{file}", field, f"the order differs from {ref}")
    other_values = _attributes(other)
    for (file, field), value in _attributes(reference).items():
        if other_values[file, field] != value:
            shown = str(other_values[file, field]).lower()
            raise ContentError(
                f"{oth}/{file}", field, f"is '{shown}' but '{str(value).lower()}' in {ref}"
            )


def _content_root(root: Path | None) -> Path:
    return root if root is not None else languages.content_root()


@cache
def _load_language(language: str, root: Path) -> Content:
    data = {
        part: read_json_file(root / language / f"{part}.json", f"{language}/{part}.json")
        for part in PARTS
    }
    content = content_from_dict(data, origin=language)
    if content.language != language:
        raise ContentError(
            f"{language}/meta.json",
            "language",
            f"is '{content.language}' but the folder is '{language}'",
        )
    return content


def validate_languages(root: Path | None = None) -> None:
    """Check that every language covers the same ids as Swedish (or the first language)."""
    root = _content_root(root)
    found = available_languages(root)
    if not found:
        raise ContentError(str(root), "", "no content languages found")
    reference_language = DEFAULT_LANGUAGE if DEFAULT_LANGUAGE in found else found[0]
    reference = _load_language(reference_language, root)
    for language in found:
        if language != reference_language:
            _check_same_ids(reference, _load_language(language, root))


@cache
def _load_checked(language: str, root: Path) -> Content:
    found = available_languages(root)
    if language not in found:
        known = ", ".join(found) or "none"
        raise ContentError(f"{language}/meta.json", "", f"no content for language (found: {known})")
    validate_languages(root)
    return _load_language(language, root)


def load_content(language: str, root: Path | None = None) -> Content:
    """Load and validate the content of one language; all languages must match in ids.

    Raises :class:`ContentError` naming the file and field of the first problem found.
    """
    return _load_checked(language, _content_root(root))


def clear_content_cache() -> None:
    """Forget loaded content, e.g. after the content files were edited."""
    _load_checked.cache_clear()
    _load_language.cache_clear()
    languages.forget_languages()
