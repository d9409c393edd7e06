"""With participant voting off the app opens no socket at all: an audit hook, set before
anything is imported, sees every socket Python makes, binds or connects while the real
window (offscreen) starts, opens a workshop, is edited, shown to the group, exports its
report and data package, and closes. Neither the voting server nor aiohttp is even
imported. (Qt's own C++ sockets are out of the hook's sight; the app uses none: the bundle
leaves QtNetwork out.)"""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

from tests.ui.shell_fixtures import offscreen_env
from tillitverkstad.storage.library import Library

STORY = textwrap.dedent(
    """
    import json, sys
    seen = []
    watched = ("socket.__new__", "socket.bind", "socket.connect", "socket.getaddrinfo")
    sys.addaudithook(lambda event, args: seen.append(event) if event in watched else None)
    from pathlib import Path
    from PySide6.QtWidgets import QApplication
    from tillitverkstad.app import build_gui
    from tillitverkstad.core.model import NoteCategory, Scale
    from tillitverkstad.operations import reports

    data, workshop_id, out = Path(sys.argv[1]), sys.argv[2], Path(sys.argv[3])
    app, window = build_gui(data_dir=data, open_id=workshop_id)
    session = window.session
    session.go_to("tillit")
    session.add_note("tillit", NoteCategory.IDEAS, "Ingen nätverkstrafik")
    session.set_votes("tillit", Scale.CURRENT, [0, 1, 2, 3, 0])
    window.start_presenting()
    window.presenting.presenter.reveal_action.trigger()
    window.view.go_next()
    app.processEvents()
    reports.export_report(
        session.workshop, out / "rapport.pdf", package=out / "paket.json"
    )
    assert window.close_workshop()
    window.close()
    app.processEvents()
    loaded = sorted(m for m in sys.modules if m.startswith(("aiohttp", "tillitverkstad.voting")))
    print(json.dumps({"sockets": seen, "loaded": loaded}))
    """
)


def test_with_participant_voting_off_a_whole_workshop_opens_no_socket(tmp_path, demo):
    library = Library(tmp_path / "data")
    library.add(demo)
    done = subprocess.run(
        [sys.executable, "-c", STORY, str(library.data_dir), demo.id, str(tmp_path)],
        capture_output=True,
        text=True,
        env=offscreen_env(tmp_path),
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    outcome = json.loads(done.stdout.strip().splitlines()[-1])
    assert (tmp_path / "rapport.pdf").stat().st_size > 0  # the story really ran
    assert outcome == {"sockets": [], "loaded": []}
