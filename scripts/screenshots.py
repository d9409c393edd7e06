"""Save screenshots of the workshop view (demo workshop, Swedish) for the docs.

    Xvfb :47 -screen 0 1366x768x24 &
    DISPLAY=:47 QT_QPA_PLATFORM=xcb python scripts/screenshots.py [OUT_DIR]

Writes principle-step.png and summary.png (1366×768, the target laptop screen) to
docs/screenshots/ unless another folder is given.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tillitverkstad.core.content import load_content  # noqa: E402
from tillitverkstad.core.demo import demo_workshop  # noqa: E402
from tillitverkstad.paths import resource_dir  # noqa: E402
from tillitverkstad.storage.library import Library  # noqa: E402
from tillitverkstad.ui.session import WorkshopSession  # noqa: E402
from tillitverkstad.ui.workshop_view import WorkshopView  # noqa: E402

SIZE = (1366, 768)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    translator = QTranslator(app)
    if translator.load(str(resource_dir() / "translations" / "tillitverkstad_sv.qm")):
        app.installTranslator(translator)
    with tempfile.TemporaryDirectory() as folder:
        library = Library(Path(folder))
        workshop = demo_workshop(load_content("sv"), dt.date(2026, 11, 23))
        library.add(workshop)
        session = WorkshopSession(library.open(workshop.id))
        view = WorkshopView(session, "sv")
        view.setWindowTitle("Tillitverkstad")
        view.resize(*SIZE)
        view.show()
        for step, name in (("tillit", "principle-step.png"), ("summary", "summary.png")):
            view.go_to(step)
            for _ in range(5):
                app.processEvents()
            view.grab().save(str(out / name))
            print(out / name)
        session.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
