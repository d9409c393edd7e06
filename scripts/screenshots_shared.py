"""Save screenshots of the shared screen (demo workshop, Swedish) for the docs.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_shared.py [OUT_DIR]

Renders the real SharedScreen window at 1024x768 (an old projector) and 3840x2160 (a 4K
screen), in the light and the dark theme, for every kind of slide (Deltagarröstning's join
slide too), and writes shared-<kind>-<theme>-<width>.png to docs/screenshots/ unless another
folder is given.
The dark principle slide shows the timer after time is up.
"""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from tillitverkstad.core import projection as pv  # noqa: E402
from tillitverkstad.core.content import load_content  # noqa: E402
from tillitverkstad.core.demo import demo_workshop  # noqa: E402
from tillitverkstad.core.projection_join import join_view  # noqa: E402
from tillitverkstad.ui.shared_screen import SharedScreen  # noqa: E402
from tillitverkstad.ui.slide_theme import THEMES  # noqa: E402
from tillitverkstad.voting.qr import qr_matrix  # noqa: E402

SIZES = ((1024, 768), (3840, 2160))


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv)
    content = load_content("sv")
    ws = demo_workshop(content, dt.date(2026, 11, 23))
    ws.record("handlingsutrymme").question_index = 1
    ws.current_step = "handlingsutrymme"
    step = {
        "title": "handlingsutrymme",
        "intro": "intro",
        "principle": "handlingsutrymme",
        "vote": "handlingsutrymme",
        "rating": "handlingsutrymme",
        "board": "tillit",
        "balance": "balans",
        "summary": "summary",
        "actions": "actions",
        "join": "handlingsutrymme",
    }
    # Deltagarröstning's join slide, as on a laptop's own hotspot (Windows' fixed address).
    example = "http://192.168.137.1:8123"
    join = join_view(ws, example, "4071 2958", qr_matrix(f"{example}/#t=" + "x" * 32))
    views = {
        "title": pv.title_card(ws, content, "handlingsutrymme"),
        "intro": pv.intro_view(ws, content),
        "principle": pv.question_view(ws, content, "handlingsutrymme"),
        "vote": pv.rating_view(ws, content, "handlingsutrymme", revealed=False),
        "rating": pv.rating_view(ws, content, "handlingsutrymme", revealed=True),
        "board": pv.notes_board_view(ws, content, "tillit"),
        "balance": pv.balance_view(ws, content, "balans", revealed=True),
        "summary": pv.summary_view(ws, content),
        "actions": pv.actions_view(ws, content),
        "join": join,
    }
    timed = {"principle", "board"}
    screen = SharedScreen()
    for name, view in views.items():
        ws.current_step = step[name]
        for theme in THEMES.values():
            timer = pv.TimerView(-4 if theme.id == "dark" else 754, True)
            for width, height in SIZES:
                screen.resize(width, height)
                screen.set_theme(theme)
                screen.set_progress(pv.progress(ws))
                screen.show_view(view)
                screen.set_timer(timer if name in timed else None)
                screen.slide.grab().save(str(out / f"shared-{name}-{theme.id}-{width}.png"))
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
