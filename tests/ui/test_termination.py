"""Logout and shutdown send SIGTERM: the last edit is on disk all the same."""

from __future__ import annotations

import datetime as dt
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from tests.ui.shell_fixtures import offscreen_env
from tillitverkstad.storage.library import Library

ROOT = Path(__file__).resolve().parents[2]

# The real window, offscreen, opened on the workshop; it types a note and says so. It never
# flushes by itself: only the signal handling can have saved the note.
TYPIST = textwrap.dedent(
    """
    import sys
    from pathlib import Path
    from PySide6.QtCore import Qt, QTimer
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication
    from tillitverkstad.app import build_gui

    app, window = build_gui(data_dir=Path(sys.argv[1]), open_id=sys.argv[2])

    def type_note():
        window.view.new_note()
        field = QApplication.focusWidget()
        QTest.keyClicks(field, "Sagt precis innan utloggningen")
        QTest.keyClick(field, Qt.Key.Key_Return)
        print("typed", flush=True)

    QTimer.singleShot(200, type_note)
    sys.exit(app.exec())
    """
)


def _terminated(
    code: str, library: Library, workshop_id: str, env: dict, ready: str, wait: float = 0.0
) -> str:
    """Run the window ``code`` on the workshop, SIGTERM it ``wait`` seconds after it says
    ``ready``; its standard error, once it has exited cleanly."""
    child = subprocess.Popen(
        [sys.executable, "-c", code, str(library.data_dir), workshop_id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout.readline().strip() == ready
        time.sleep(wait)
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == 0, err
    return err


@pytest.mark.skipif(os.name == "nt", reason="SIGTERM is a POSIX signal")
def test_sigterm_50_ms_after_a_keystroke_leaves_the_text_on_disk(tmp_path, demo):
    library = Library(tmp_path / "data")
    demo.current_step = "tillit"  # the window opens on a principle step, its note field
    library.add(demo)
    # The fault itself: 50 ms after the keystroke, well inside the 300 ms autosave delay.
    err = _terminated(TYPIST, library, demo.id, offscreen_env(tmp_path), "typed", wait=0.05)
    texts = [note.text for note in library.read(demo.id).record("tillit").notes]
    assert "Sagt precis innan utloggningen" in texts
    assert "Traceback" not in err


# The same window; the facilitator is mid-sentence: a note and an action typed, no Enter.
DRAFTER = TYPIST.replace(
    "QTest.keyClick(field, Qt.Key.Key_Return)",
    'window.view.page().action_box.form.what.setText("Boka uppföljning")',
)


# The real window with participant voting on and a vote open on the phones; one phone has
# voted and the window counted it. Only the signal handling can store the vote.
VOTER = textwrap.dedent(
    """
    import sys, threading
    from pathlib import Path
    from PySide6.QtCore import QTimer
    from tillitverkstad.app import build_gui
    from tests.voting.phone import Phone

    app, window = build_gui(data_dir=Path(sys.argv[1]), open_id=sys.argv[2])
    window.toggle_participant_voting()
    voting = window.participants.voting
    voting.start("127.0.0.1", 3)
    voting.toggle_vote()
    invitation = voting.server.invitation

    def phone():
        device = Phone(invitation).join()
        device.vote(device.state().body["vote"], "current", 4)

    threading.Thread(target=phone, daemon=True).start()

    def counted():
        if voting.vote is not None and voting.vote.current == 1:
            print("voted", flush=True)
        else:
            QTimer.singleShot(20, counted)

    QTimer.singleShot(20, counted)
    sys.exit(app.exec())
    """
)


@pytest.mark.skipif(os.name == "nt", reason="SIGTERM is a POSIX signal")
def test_sigterm_keeps_a_note_and_an_action_typed_but_not_entered(tmp_path, demo):
    library = Library(tmp_path / "data")
    demo.current_step = "tillit"
    library.add(demo)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    child = subprocess.Popen(
        [sys.executable, "-c", DRAFTER, str(library.data_dir), demo.id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout.readline().strip() == "typed"
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == 0, err
    saved = library.read(demo.id)
    assert "Sagt precis innan utloggningen" in [n.text for n in saved.record("tillit").notes]
    assert "Boka uppföljning" in [a.what for a in saved.actions]


@pytest.mark.skipif(os.name == "nt", reason="SIGTERM is a POSIX signal")
def test_sigterm_during_a_vote_on_the_phones_keeps_the_votes_and_stops_the_server(
    tmp_path, content_sv
):
    from tillitverkstad.core import usecases as uc
    from tillitverkstad.core.model import VoteMethod

    library = Library(tmp_path / "data")
    ws = uc.create_workshop(content_sv, group="Röst", date=dt.date(2026, 11, 23))
    ws.current_step = "tillit"
    library.add(ws)
    env = {**offscreen_env(tmp_path), "PYTHONPATH": str(ROOT)}
    err = _terminated(VOTER, library, ws.id, env, "voted")
    rating = library.read(ws.id).record("tillit").rating
    assert rating.current.counts == (0, 0, 0, 1, 0)
    assert rating.method is VoteMethod.DEVICES
    assert "Traceback" not in err
