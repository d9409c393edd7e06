"""Screenshots of Deltagarröstning in the facilitator window, for the docs.

    QT_QPA_PLATFORM=offscreen python scripts/screenshots_participant_window.py

The real window (Swedish, 1366×768) turns participant voting on at 127.0.0.1, opens a vote
on Tillit, and a phone in Debian's headless chromium (360×740) joins and votes while a few
more phones vote and send notes over HTTP. Writes to docs/screenshots/:

- participant-dialog.png: the window with the dialog that turns the mode on;
- participant-window.png: the window with the strip (count, address, code) and the queue of
  notes under the agenda, the phone's page beside it, as both looked at the same moment.
"""

from __future__ import annotations

import datetime as dt
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from selenium.webdriver.common.by import By  # noqa: E402
from selenium.webdriver.support.ui import WebDriverWait  # noqa: E402

from scripts.screenshots import prepare, save_with_dialog, settle  # noqa: E402
from tests.voting.browser import phone_browser  # noqa: E402
from tests.voting.phone import Phone  # noqa: E402
from tillitverkstad.core import usecases as uc  # noqa: E402
from tillitverkstad.core.content import load_content  # noqa: E402
from tillitverkstad.core.model import NoteCategory  # noqa: E402
from tillitverkstad.storage.library import Library  # noqa: E402
from tillitverkstad.ui.main_window import MainWindow  # noqa: E402
from tillitverkstad.ui.settings import Settings  # noqa: E402

OUT = ROOT / "docs" / "screenshots"


def wait(app: QApplication, condition, seconds: float = 10.0) -> None:
    """Let the window take the server's news until ``condition`` holds."""
    end = time.monotonic() + seconds
    while not condition():
        if time.monotonic() > end:
            raise TimeoutError(condition)
        app.processEvents()
        time.sleep(0.01)
    settle(app)


def main() -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    folder = Path(tempfile.mkdtemp(prefix="tillit-shots-"))
    settings = Settings(QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat))
    prepare(app, settings)
    content = load_content("sv")
    library = Library(folder / "data")
    ws = uc.create_workshop(
        content,
        group="Ledningsgrupp IFO",
        date=dt.date(2026, 11, 23),
        organisation="Exempelkommunen, socialförvaltningen",
        facilitator="Maria Lind",
        participant_count=9,
    )
    ws.current_step = "tillit"
    uc.add_note(ws, "tillit", NoteCategory.TODAY, "Vi utgår från att kollegor gör sitt bästa.")
    library.add(ws)
    window = MainWindow(library, settings)
    window.resize(1366, 768)
    window.show()
    window.open_workshop(ws.id)
    window.presenting.preview_action.setChecked(True)
    settle(app)
    dialog = window.toggle_participant_voting()
    assert dialog is not None
    save_with_dialog(window, dialog, OUT / "participant-dialog.png")
    voting = window.participants.voting
    assert voting is not None
    voting.start("127.0.0.1", 3)
    invitation = voting.server.invitation
    assert invitation is not None
    voting.toggle_vote()
    settle(app)
    others = [Phone(invitation, source=f"127.0.0.{30 + n}").join() for n in range(6)]
    vote_id = others[0].state().body["vote"]
    for n, phone in enumerate(others):
        phone.vote(vote_id, "current", (2, 3, 3, 4, 3, 2)[n])
        if n < 4:
            phone.vote(vote_id, "desired", (4, 5, 4, 5)[n])
    others[0].note("Chefen <b>bestämmer</b> ändå & det märks", category="hinder", key="a")
    others[1].note("Låt varje möte börja med en fråga från medarbetarna.", key="b")
    with phone_browser() as driver:
        driver.get(invitation.url)
        WebDriverWait(driver, 15).until(lambda d: d.find_element(By.ID, "voting").is_displayed())
        driver.find_element(By.CSS_SELECTOR, "label[for=value-current-3]").click()
        driver.find_element(By.CSS_SELECTOR, "label[for=value-desired-5]").click()
        WebDriverWait(driver, 15).until(
            lambda d: "5" in d.find_element(By.ID, "choice-desired").text
        )
        wait(app, lambda: voting.vote is not None and voting.vote.current == 7)
        wait(app, lambda: len(voting.notes) == 2)
        phone_shot = OUT / "participant-window-phone.png"
        driver.save_screenshot(str(phone_shot))
    shot = window.grab()
    phone = QPixmap(str(phone_shot))
    phone_shot.unlink()
    gap = 24
    both = QPixmap(shot.width() + gap + phone.width(), max(shot.height(), phone.height()))
    both.fill(QColor("#d9dde2"))
    painter = QPainter(both)
    painter.drawPixmap(QPoint(0, 0), shot)
    painter.drawPixmap(QPoint(shot.width() + gap, (both.height() - phone.height()) // 2), phone)
    painter.end()
    both.save(str(OUT / "participant-window.png"))
    print(OUT / "participant-window.png")
    voting.notes.clear()
    window.close_workshop()
    return 0


if __name__ == "__main__":
    sys.exit(main())
