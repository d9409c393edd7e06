"""The user's own data folder, where the system wants an app's data.

Windows ``%LOCALAPPDATA%\\Tillitverkstad`` (under the user's profile, local rather than
roaming: a roaming profile copied at every logon is no place for a library that grows
with every workshop), macOS ``~/Library/Application Support/Tillitverkstad``, Linux
``$XDG_DATA_HOME/Tillitverkstad`` (usually ``~/.local/share``)."""

from __future__ import annotations

from pathlib import Path

APP_FOLDER = "Tillitverkstad"


def user_data_folder() -> Path:
    """The per-user data folder; platformdirs reads it from the system (the known-folder
    API on Windows, not a guessed path)."""
    # Imported late: the CLI's quick commands with --data-dir never need it.
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_FOLDER, appauthor=False, roaming=False))
