"""What Windows accepts as a file name and a path (the strictest of the three systems).

A name: none of ``< > : " / \\ | ? *`` or a control character, no trailing dot or space,
at most 255 characters, and not a device name (``CON``, ``PRN``, ``AUX``, ``NUL``,
``COM1``–``COM9``, ``LPT1``–``LPT9``), with or without an extension. A path: under 260
characters (``MAX_PATH``), unless the machine's policy allows long paths (the bundle's
manifest declares itself long-path aware, Python's too; the policy is off by default).
"""

from __future__ import annotations

import sys
from pathlib import Path

MAX_NAME = 255
MAX_PATH = 260  # counting the terminating NUL: 259 characters are usable
# Device names Windows refuses as a file name, with or without an extension; the
# superscript digits count too.
RESERVED = frozenset(
    {"CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$"}
    | {f"{port}{n}" for port in ("COM", "LPT") for n in (*"123456789", "¹", "²", "³")}
)
FORBIDDEN = frozenset('<>:"/\\|?*') | {chr(c) for c in range(32)}


def is_reserved(name: str) -> bool:
    """Whether Windows takes ``name`` for a device (``nul.pdf`` and ``COM1 .txt`` too)."""
    return name.split(".", 1)[0].rstrip(" ").upper() in RESERVED


def long_paths_enabled() -> bool:
    """Whether this Windows lets a long-path-aware program use paths past MAX_PATH."""
    if sys.platform != "win32":
        return False
    try:
        import winreg
    except ImportError:  # a test that only says it is Windows
        return False
    try:
        with winreg.OpenKey(
            winreg.HKEY_LOCAL_MACHINE, r"SYSTEM\CurrentControlSet\Control\FileSystem"
        ) as key:
            value, _kind = winreg.QueryValueEx(key, "LongPathsEnabled")
    except OSError:
        return False
    return value == 1


def too_long_for_windows(path: Path) -> bool:
    """Whether writing ``path`` would fail on this system for its length alone."""
    if sys.platform != "win32":
        return False
    return len(str(path.absolute())) >= MAX_PATH and not long_paths_enabled()
