"""Qt-free access to the Qt Linguist catalog, for messages raised by the core and the CLI.

The GUI translates through Qt (``QCoreApplication.translate``) with the compiled ``.qm``;
the core and the CLI read the same ``.ts`` catalog directly, so every message has one
source and one translation, maintained with Qt Linguist.
"""

from __future__ import annotations

import locale
import os
from functools import cache

from tillitverkstad.core.languages import SOURCE_LANGUAGE, ui_language
from tillitverkstad.paths import resource_dir


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    """Mark ``text`` for extraction by ``pyside6-lupdate``; translation happens later."""
    return text


@cache
def _catalog(language: str) -> dict[tuple[str, str], str]:
    path = resource_dir() / "translations" / f"tillitverkstad_{language}.ts"
    if language == SOURCE_LANGUAGE or not path.is_file():
        return {}
    catalog: dict[tuple[str, str], str] = {}
    import xml.etree.ElementTree as ET  # only the CLI and core messages need the catalog

    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in {"unfinished", "obsolete"}:
                continue
            catalog[(name, message.findtext("source", ""))] = translation.text or ""
    return catalog


def translate(context: str, text: str, language: str) -> str:
    """``text`` in ``language``, or the English source when there is no translation."""
    return _catalog(language).get((context, text)) or text


def system_language() -> str:
    """The UI language a user without a setting gets: Swedish unless the system says English."""
    for variable in ("TILLITVERKSTAD_LANG", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(variable, "")
        if value:
            return _pick(value)
    return _pick(locale.getlocale()[0] or "")


def _pick(value: str) -> str:
    return ui_language(value.split("_")[0].split(".")[0].lower())
