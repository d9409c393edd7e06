"""What user text may be: control characters dropped, markup kept literally, a length cap."""

from __future__ import annotations

import unicodedata

from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP

MAX_LINE = 300  # one-line fields: group, organisation, names
MAX_NOTE = 2_000_000  # a pasted document is fine; a runaway clipboard is not


def clean_text(text: str, *, multiline: bool = True, limit: int = MAX_NOTE) -> str:
    """Text as the user meant it: control characters dropped, markup kept literally."""
    if not isinstance(text, str):
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Expected text."))
    keep = "\n\t" if multiline else ""
    cleaned = "".join(
        ch for ch in text if ch in keep or unicodedata.category(ch) not in ("Cc", "Cs")
    )
    if not multiline:
        cleaned = " ".join(cleaned.split())
    if len(cleaned) > limit:
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors", "The text is too long ({length} characters, at most {limit})."
            ),
            length=len(cleaned),
            limit=limit,
        )
    return cleaned
