"""The one place that builds the QApplication and wires windows to the core and storage."""

from __future__ import annotations

import sys
from pathlib import Path


def run_gui(data_dir: Path | None = None) -> int:
    from PySide6.QtWidgets import QApplication, QLabel

    app = QApplication.instance() or QApplication(sys.argv)
    label = QLabel("Tillitverkstad")
    label.resize(640, 400)
    label.show()
    return app.exec()
