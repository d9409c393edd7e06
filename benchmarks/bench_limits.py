"""The largest input the app accepts: memory of an import and time of opening it.

- Peak RSS of ``import`` of the largest package allowed (core.bounds: 16 MB, 500,000
  values), in three shapes: the longest notes allowed (core.text.MAX_NOTE) on every
  step, the same with emoji (4-byte UTF-8), and as many empty objects as allowed. Each
  runs in a fresh process; the figure is that process's peak RSS, Python and the app's
  modules included. The aim is at most 200 MiB.
- Time to open a workshop holding 10 notes of MAX_NOTE characters in the real window
  (offscreen) and to export its PDF.

Prints its figures and exits 0; it never fails on time.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

IMPORT_AND_MEASURE = """
import resource, sys
from pathlib import Path
from tillitverkstad.operations import library as ops, packages
library = ops.library_at(Path(sys.argv[1]))
ops.prepare(library)
before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
try:
    packages.import_package(library, Path(sys.argv[2]))
    outcome = "imported"
except Exception as exc:
    outcome = "refused: " + type(exc).__name__
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(before / 1024, peak / 1024, outcome)
"""


def _package_with_notes(text_unit: str) -> bytes:
    from tillitverkstad.core.bounds import MAX_FILE_BYTES
    from tillitverkstad.core.content import load_content
    from tillitverkstad.core.demo import demo_workshop
    from tillitverkstad.core.model import Note, NoteCategory
    from tillitverkstad.core.text import MAX_NOTE
    from tillitverkstad.operations import packages

    ws = demo_workshop(load_content("sv"))
    note = (text_unit * (MAX_NOTE // len(text_unit) + 1))[:MAX_NOTE]
    base = len(packages.package_bytes(ws))
    per_note = len(json.dumps(note, ensure_ascii=False).encode()) + 80
    count = (MAX_FILE_BYTES - base - 4096) // per_note
    steps = [s for s in ws.steps if s in ws.records] or ws.steps
    for n in range(count):
        ws.record(steps[n % len(steps)]).notes.append(
            Note(id=f"big{n}", category=NoteCategory.IDEAS, text=note)
        )
    return packages.package_bytes(ws)


def _package_of_empty_objects() -> bytes:
    from tillitverkstad.core.bounds import MAX_FILE_VALUES

    filler = b"{}," * (MAX_FILE_VALUES - 100)
    return b'{"format": "tillitverkstad-package", "version": 1, "x": [' + filler + b"{}]}"


def measure_import(name: str, raw: bytes, folder: Path) -> None:
    path = folder / f"{name}.json"
    path.write_bytes(raw)
    out = subprocess.run(
        [sys.executable, "-c", IMPORT_AND_MEASURE, str(folder / f"data-{name}"), str(path)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    ).stdout.split(maxsplit=2)
    before, peak, outcome = float(out[0]), float(out[1]), out[2].strip()
    print(
        f"import {name:<14} {len(raw) / 2**20:5.1f} MiB: peak RSS {peak:6.1f} MiB "
        f"(before the import {before:5.1f} MiB) — {outcome}"
    )


OPEN_WINDOW = """
import sys, time
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from PySide6.QtCore import QSettings
from tillitverkstad.operations import library as ops
from tillitverkstad.ui.main_window import MainWindow
from tillitverkstad.ui.settings import Settings
library = ops.library_at(Path(sys.argv[1]))
settings = Settings(QSettings(sys.argv[3], QSettings.Format.IniFormat))
window = MainWindow(library, settings)
window.show()
app.processEvents()
start = time.perf_counter()
window.open_workshop(sys.argv[2])
for step in window.session.workshop.steps:
    window.session.go_to(step)
    app.processEvents()
print((time.perf_counter() - start) * 1000)
"""


def measure_window_and_pdf(folder: Path) -> None:
    from tillitverkstad.core.content import load_content
    from tillitverkstad.core.demo import demo_workshop
    from tillitverkstad.core.model import Note, NoteCategory
    from tillitverkstad.core.text import MAX_NOTE
    from tillitverkstad.operations import library as ops
    from tillitverkstad.operations import reports

    ws = demo_workshop(load_content("sv"))
    words = "Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do. "
    note = (words * (MAX_NOTE // len(words) + 1))[:MAX_NOTE]
    for n in range(10):
        huge = Note(id=f"huge{n}", category=NoteCategory.IDEAS, text=note)
        ws.record("tillit").notes.append(huge)
    library = ops.library_at(folder / "data-window")
    ops.store_new(library, ws)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    out = subprocess.run(
        [sys.executable, "-c", OPEN_WINDOW, str(library.data_dir), ws.id, str(folder / "s.ini")],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env=env,
    ).stdout.split()
    print(
        f"window: open 10 notes of {MAX_NOTE:,} characters and visit every step: "
        f"{float(out[-1]):8.0f} ms"
    )
    start = time.perf_counter()
    reports.export_report(ws, folder / "huge.pdf")
    print(f"PDF of the same workshop: {(time.perf_counter() - start) * 1000:8.0f} ms")


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        measure_import("longest-notes", _package_with_notes("Lorem ipsum dolor sit amet. "), folder)
        measure_import("emoji-notes", _package_with_notes("🙂å"), folder)
        measure_import("empty-objects", _package_of_empty_objects(), folder)
        measure_window_and_pdf(folder)
    return 0


if __name__ == "__main__":
    sys.exit(main())
