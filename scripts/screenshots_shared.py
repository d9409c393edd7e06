"""Save screenshots of the shared screen (demo workshop, Swedish) for the docs.

    DISPLAY=:99 QT_QPA_PLATFORM=xcb python scripts/screenshots_shared.py [OUT_DIR]

Renders the real SharedScreen window at 1024x768 (an old projector) and 3840x2160 (a 4K
screen) for a principle step, a revealed rating and the summary, and writes
shared-<view>-<width>.png to docs/screenshots/ unless another folder is given.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QTranslator  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tillitverkstad.core import projection as pv  # noqa: E402
from tillitverkstad.core.content import load_content  # noqa: E402
from tillitverkstad.core.demo import demo_workshop  # noqa: E402
from tillitverkstad.paths import resource_dir  # noqa: E402
from tillitverkstad.ui.shared_screen import SharedScreen  # noqa: E402

SIZES = ((1024, 768), (3840, 2160))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    translator = QTranslator(app)
    if translator.load(str(resource_dir() / "translations" / "tillitverkstad_sv.qm")):
        app.installTranslator(translator)
    content = load_content("sv")
    ws = demo_workshop(content, dt.date(2026, 11, 23))
    ws.record("handlingsutrymme").question_index = 1
    views = {
        "principle": (pv.question_view(ws, content, "handlingsutrymme"), pv.TimerView(754, True)),
        "rating": (pv.rating_view(ws, content, "handlingsutrymme", revealed=True), None),
        "summary": (pv.summary_view(ws, content), None),
    }
    screen = SharedScreen()
    for name, (view, timer) in views.items():
        for width, height in SIZES:
            screen.resize(width, height)
            screen.show_view(view)
            screen.set_timer(timer)
            screen.slide.grab().save(str(out / f"shared-{name}-{width}.png"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
