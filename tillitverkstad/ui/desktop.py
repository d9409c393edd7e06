"""Handing a file or folder to the system's file manager (the commands per system are
in :mod:`tillitverkstad.system.file_manager`)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QProcess, QUrl
from PySide6.QtGui import QDesktopServices

from tillitverkstad.system.file_manager import reveal_command


def show_in_folder(path: Path) -> bool:
    """Open the folder holding ``path``, with the file selected where the system can."""
    command = reveal_command(path)
    if command is not None and QProcess.startDetached(command[0], command[1:])[0]:
        return True
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
