"""Which languages the app speaks: one registry, read from what the app ships.

- A **content language** is a folder under ``resources/content`` holding ``meta.json``
  (see docs/content-format.md): a workshop is run in one, and its report and HR's
  overview print that content. Adding a language is adding its folder.
- A **UI language** is English (the source of every message) or one with a catalog
  ``resources/translations/tillitverkstad_<code>.ts``.
- The facilitator guide is ``resources/guide/<code>.md``.

Where a language has no content, catalog or guide, Swedish (the default) stands in.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from tillitverkstad.paths import resource_dir

SOURCE_LANGUAGE = "en"  # the language the code's messages are written in
DEFAULT_LANGUAGE = "sv"
CATALOG_PREFIX = "tillitverkstad_"


def _default_first(codes: set[str]) -> tuple[str, ...]:
    return tuple(sorted(codes, key=lambda code: (code != DEFAULT_LANGUAGE, code)))


def content_root() -> Path:
    """Where the shipped content lives, one folder per language."""
    return resource_dir() / "content"


def available_languages(root: Path | None = None) -> tuple[str, ...]:
    """Language codes with a content folder (one holding meta.json) under ``root``, sorted."""
    return _languages_in(root if root is not None else content_root())


@cache  # asked on every file read and every report; the folders do not change meanwhile
def _languages_in(folder: Path) -> tuple[str, ...]:
    if not folder.is_dir():
        return ()
    return tuple(sorted(p.name for p in folder.iterdir() if (p / "meta.json").is_file()))


def forget_languages() -> None:
    """Look at the content folders afresh (after content was added or edited)."""
    _languages_in.cache_clear()


def content_languages() -> tuple[str, ...]:
    """The languages the workshop content exists in, Swedish first."""
    return _default_first(set(available_languages()))


@cache
def ui_languages() -> tuple[str, ...]:
    """The languages the app's words exist in, Swedish first."""
    folder = resource_dir() / "translations"
    catalogs = {p.stem.removeprefix(CATALOG_PREFIX) for p in folder.glob(f"{CATALOG_PREFIX}*.ts")}
    return _default_first(catalogs | {SOURCE_LANGUAGE})


def content_language(language: str) -> str:
    """``language`` when there is content in it, else the default."""
    return language if language in content_languages() else DEFAULT_LANGUAGE


def ui_language(language: str) -> str:
    """``language`` when the app's words exist in it, else the default."""
    return language if language in ui_languages() else DEFAULT_LANGUAGE


def guide_language(language: str) -> str:
    """``language`` when the facilitator guide exists in it, else the default."""
    return language if (resource_dir() / "guide" / f"{language}.md").is_file() else DEFAULT_LANGUAGE
