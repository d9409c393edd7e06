"""A predictable, portable file name for the report: ``YYYY-MM-DD_<group>_tillitverkstad.pdf``.

Only ASCII letters, digits and ``-`` survive in the group part (å, ä, ö become a, a, o):
archive systems and old file shares are stricter than modern desktops, and a name that
survives every one of them is worth a missing ring over the a.
"""

from __future__ import annotations

import re
import unicodedata

from tillitverkstad.core.model import Workshop
from tillitverkstad.system.file_names import is_reserved

SUFFIX = "_tillitverkstad.pdf"
MAX_LENGTH = 100
FALLBACK = "workshop"


def safe_part(text: str, limit: int) -> str:
    """``text`` as a file-name part: ASCII letters, digits and single hyphens, ≤ ``limit``."""
    folded = unicodedata.normalize("NFKD", text)
    ascii_only = "".join(ch for ch in folded if not unicodedata.combining(ch))
    ascii_only = ascii_only.replace("ß", "ss").replace("Æ", "AE").replace("æ", "ae")
    ascii_only = ascii_only.replace("Ø", "O").replace("ø", "o").replace("Ł", "L").replace("ł", "l")
    part = re.sub(r"[^A-Za-z0-9]+", "-", ascii_only).strip("-")
    part = part[:limit].rstrip("-")
    if not part or is_reserved(part):
        return FALLBACK if not part else f"{part}-grupp"
    return part


def suggested_file_name(ws: Workshop) -> str:
    """E.g. ``2026-11-23_Ledningsgrupp-IFO_tillitverkstad.pdf`` (at most 100 characters)."""
    date = ws.date.isoformat()
    room = MAX_LENGTH - len(date) - 1 - len(SUFFIX)
    return f"{date}_{safe_part(ws.group, room)}{SUFFIX}"
