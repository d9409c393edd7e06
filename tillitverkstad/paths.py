"""Where the shipped resources (content, translations, fonts, icons) live."""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path


@cache
def resource_dir() -> Path:
    """The ``resources`` folder, from a source tree, an installed wheel or a bundle."""
    bundle = getattr(sys, "_MEIPASS", None)  # set by a PyInstaller bundle
    candidates = [Path(bundle) / "resources"] if bundle else []
    candidates.append(Path(__file__).resolve().parent / "resources")  # installed wheel
    candidates.append(Path(__file__).resolve().parent.parent / "resources")  # source tree
    for candidate in candidates:
        if (candidate / "content").is_dir():
            return candidate
    raise FileNotFoundError("resources folder not found beside the tillitverkstad package")
