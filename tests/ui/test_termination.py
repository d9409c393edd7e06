"""Logout and shutdown send SIGTERM: the last edit is on disk all the same."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import textwrap
import time

import pytest

from tillitverkstad.storage.library import Library

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


@pytest.mark.skipif(os.name == "nt", reason="SIGTERM is a POSIX signal")
def test_sigterm_50_ms_after_a_keystroke_leaves_the_text_on_disk(tmp_path, demo):
    library = Library(tmp_path / "data")
    demo.current_step = "tillit"  # the window opens on a principle step, its note field
    library.add(demo)
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "HOME": str(tmp_path),
        "XDG_CONFIG_HOME": str(tmp_path / "config"),
    }
    child = subprocess.Popen(
        [sys.executable, "-c", TYPIST, str(library.data_dir), demo.id],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
    )
    try:
        assert child.stdout.readline().strip() == "typed"
        time.sleep(0.05)  # the fault itself: 50 ms, well inside the 300 ms autosave delay
        child.send_signal(signal.SIGTERM)
        _, err = child.communicate(timeout=30)
    finally:
        child.kill()
    assert child.returncode == 0, err
    texts = [note.text for note in library.read(demo.id).record("tillit").notes]
    assert "Sagt precis innan utloggningen" in texts
    assert "Traceback" not in err


# The same window; the facilitator is mid-sentence: a note and an action typed, no Enter.
DRAFTER = TYPIST.replace(
    "QTest.keyClick(field, Qt.Key.Key_Return)",
    'window.view.page().action_box.form.what.setText("Boka uppföljning")',
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
    assert "Traceback" not in err
