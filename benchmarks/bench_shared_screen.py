"""Shared screen figures: how long one paint of each slide kind takes.

    python benchmarks/bench_shared_screen.py

Prints its figures and exits 0. The slide repaints every second while the timer shows,
and on every keystroke that adds a note to a projected board; goal (2-core machine):
a timer tick <= 5 ms (only its corner repaints), a whole slide <= 16 ms at 1024x768 and
<= 50 ms at 3840x2160 (Qt draws glyphs that large as paths, uncached), a board holding a
pasted page of text <= 200 ms the first time (its layout is then cached).
"""

from __future__ import annotations

import datetime as dt
import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("TILLITVERKSTAD_LANG", "sv")

from PySide6.QtCore import QPoint  # noqa: E402
from PySide6.QtGui import QImage, QRegion  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from benchmarks._common import median_ms  # noqa: E402
from tillitverkstad.core import projection as pv  # noqa: E402
from tillitverkstad.core import usecases as uc  # noqa: E402
from tillitverkstad.core.content import load_content  # noqa: E402
from tillitverkstad.core.demo import demo_workshop  # noqa: E402
from tillitverkstad.core.model import NoteCategory  # noqa: E402
from tillitverkstad.ui.slides import Slide  # noqa: E402

REPEAT = 15


def paint(slide: Slide, image: QImage) -> None:
    slide.render(image)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    content = load_content("sv")
    ws = demo_workshop(content, dt.date(2026, 11, 23))
    views = {
        "question": pv.question_view(ws, content, "handlingsutrymme"),
        "rating": pv.rating_view(ws, content, "handlingsutrymme", revealed=True),
        "balance": pv.balance_view(ws, content, "balans", revealed=True),
        "summary": pv.summary_view(ws, content),
        "actions": pv.actions_view(ws, content),
        "board": pv.notes_board_view(ws, content, "tillit"),
    }
    for width, height in ((1024, 768), (3840, 2160)):
        slide = Slide()
        slide.resize(width, height)
        slide.set_timer(pv.TimerView(754, True))
        image = QImage(width, height, QImage.Format.Format_RGB32)
        for name, view in views.items():
            slide.set_view(view)
            ms = median_ms(lambda s=slide, i=image: paint(s, i), REPEAT)
            print(f"paint_{name}_{width}_ms {ms:.1f}")
        slide.set_view(views["question"])
        region = QRegion(slide._timer_rect())
        tick = median_ms(lambda s=slide, i=image, r=region: s.render(i, QPoint(), r), REPEAT)
        print(f"timer_tick_{width}_ms {tick:.1f}")
        page = " ".join(f"ord{i}" for i in range(3000))  # a pasted page of text
        uc.add_note(ws, "tillit", NoteCategory.IDEAS, page)
        slide.set_view(pv.notes_board_view(ws, content, "tillit"))
        first = median_ms(lambda s=slide, i=image: paint(s, i), 1)
        again = median_ms(lambda s=slide, i=image: paint(s, i), REPEAT)
        print(f"board_pasted_page_first_{width}_ms {first:.1f} pages {slide.page_count()}")
        print(f"board_pasted_page_again_{width}_ms {again:.1f}")
        ws.record("tillit").notes.pop()
    app.processEvents()
    return 0


if __name__ == "__main__":
    sys.exit(main())
