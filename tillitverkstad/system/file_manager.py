"""Showing a file in the system's file manager, selected, where the system can.

Windows Explorer selects a file given ``/select,PATH``; macOS Finder with ``open -R``.
Linux file managers have no common command for it (the D-Bus FileManager1 interface is
not everywhere), so there the folder is opened, through the desktop's default handler.
"""

from __future__ import annotations

import sys
from pathlib import Path


def reveal_command(path: Path) -> list[str] | None:
    """The program and arguments that show ``path`` selected; None: open its folder."""
    if sys.platform == "win32":
        # Explorer's own syntax: "/select," then the path as one argument of its own.
        return ["explorer.exe", "/select,", str(path)]
    if sys.platform == "darwin":
        return ["open", "-R", str(path)]
    return None
