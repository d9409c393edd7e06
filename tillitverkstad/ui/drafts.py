"""Text typed but not yet entered (a note, an action, a reflection), as the window lists
it before finishing or closing: where it is, and what."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def draft_text(where: str, text: str) -> str:
    return QCoreApplication.translate("StepPage", "{where}: \u201c{text}\u201d").format(
        where=where, text=text.strip()
    )
