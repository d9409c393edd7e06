"""Where the facilitator window's start-up goes, beside a bare PySide6 window.

    python benchmarks/profile_start.py [--open]

Starts the app in this process (to the library, or with ``--open`` straight into the demo
workshop) and prints each phase, and two costs the binding adds whatever the app does:
every Qt enum becomes a Python ``enum`` class the first time its Qt class is used (pure
Python, since PySide 6.6 there is no other kind), and every module that imports PySide6
has its source read once by PySide's ``__feature__`` hook. Run it with compiled bytecode
(unset PYTHONDONTWRITEBYTECODE) to see an installed app. Prints figures, exits 0.
"""

from __future__ import annotations

import enum
import inspect
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TILLITVERKSTAD_LANG", "sv")


class Tally:
    """Counts and times the calls of one function (it is replaced by a wrapper)."""

    def __init__(self, owner: object, name: str) -> None:
        self.count, self.seconds = 0, 0.0
        original = getattr(owner, name)

        def counted(*args, **kwargs):
            started = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                self.seconds += time.perf_counter() - started
                self.count += 1

        setattr(owner, name, counted)

    def take(self) -> tuple[int, float]:
        result = (self.count, self.seconds * 1000)
        self.count, self.seconds = 0, 0.0
        return result


def main() -> int:
    opening = "--open" in sys.argv
    enums = Tally(enum.EnumType, "__new__")
    sources = Tally(inspect, "getsource")
    started = time.perf_counter()
    phases: list[tuple[str, float, tuple[int, float], tuple[int, float]]] = []

    def phase(name: str) -> None:
        nonlocal started
        now = time.perf_counter()
        phases.append((name, (now - started) * 1000, enums.take(), sources.take()))
        started = now

    import PySide6.QtWidgets  # noqa: F401

    phase("import PySide6 (the bare window pays this too)")
    from tillitverkstad import app as app_module
    from tillitverkstad.storage.library import Library
    from tillitverkstad.ui.main_window import MainWindow

    phase("import the window's modules")
    parts = {
        "fonts, palette and stylesheet": Tally(app_module, "apply_appearance"),
        "listing the library": Tally(Library, "list"),
        "the window (menus, library page)": Tally(MainWindow, "__init__"),
        "opening the workshop (view, presenter)": Tally(MainWindow, "open_workshop"),
    }
    with tempfile.TemporaryDirectory() as folder:
        os.environ["XDG_CONFIG_HOME"] = os.environ["HOME"] = folder  # not the user's settings
        from tillitverkstad.core.content import load_content
        from tillitverkstad.core.demo import demo_workshop

        library = Library(Path(folder) / "data")
        demo = demo_workshop(load_content("sv"))
        library.add(demo)
        for tally in (enums, sources, *parts.values()):
            tally.take()
        started = time.perf_counter()  # making the demo is no part of a start
        app, window = app_module.build_gui(library.data_dir, open_id=demo.id if opening else None)
        phase("build_gui" + (" with open ID" if opening else ""))
        split = {name: tally.take()[1] for name, tally in parts.items()}
        app.processEvents()
        phase("first paint")
        window.close()
    print(f"{'phase':44s} {'ms':>7s}   enum classes made (ms)   sources read (ms)")
    for name, ms, (n_enum, ms_enum), (n_src, ms_src) in phases:
        counts = f"{n_enum:4d} ({ms_enum:6.1f})          {n_src:3d} ({ms_src:5.1f})"
        print(f"{name:44s} {ms:7.1f}   {counts}")
        if name.startswith("build_gui"):
            for part, part_ms in split.items():
                print(f"  of which {part:35s} {part_ms:7.1f}")
    after = sum(p[1] for p in phases[1:])
    binding = sum(p[2][1] + p[3][1] for p in phases[1:])
    print(
        f"after importing PySide6: {after:.1f} ms, of which {binding:.1f} ms are the binding "
        "making enum classes and reading sources"
    )
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)
