"""Where a file the user opens with the app arrives as an event rather than on the
command line: on macOS only (Finder's "Open With", a file dropped on the Dock icon), the
one system for which Qt makes a ``QFileOpenEvent``. Elsewhere the app does not listen
for it, as that takes an event filter on the whole application, which passes every
event of every widget through Python."""

from __future__ import annotations

import sys

FILE_OPEN_PLATFORMS = ("darwin",)


def sends_file_open_events() -> bool:
    return sys.platform in FILE_OPEN_PLATFORMS
