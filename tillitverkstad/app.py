"""The one place that builds the QApplication and wires windows to the core and storage.

Kept light at import: Qt and the windows are imported inside the functions, and nothing
here (or in the windows' start path) imports the report module or ReportLab.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from tillitverkstad.ui.main_window import MainWindow
    from tillitverkstad.ui.settings import Settings

APP_NAME = "Tillitverkstad"
_TRANSLATORS = "_tillitverkstad_translators"
_BASE_FONT = "_tillitverkstad_base_point_size"


def install_translators(app: QApplication, language: str) -> None:
    """Swap in the catalogs for ``language`` (ours and Qt's own, for standard buttons).

    Installing sends a LanguageChange event, on which every window retranslates itself."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from tillitverkstad.paths import resource_dir

    for old in getattr(app, _TRANSLATORS, []):
        app.removeTranslator(old)
    installed = []
    if language != "en":
        ours = QTranslator(app)
        if ours.load(f"tillitverkstad_{language}", str(resource_dir() / "translations")):
            installed.append(ours)
        qt = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if qt.load(f"qtbase_{language}", qt_folder):
            installed.append(qt)
    for translator in installed:
        app.installTranslator(translator)
    setattr(app, _TRANSLATORS, installed)


def app_icon():
    """The app icon at every size we ship (taskbar, window, Alt+Tab)."""
    from PySide6.QtGui import QIcon

    from tillitverkstad.paths import resource_dir

    icon = QIcon()
    for png in sorted((resource_dir() / "icons" / "hicolor").glob("*/apps/tillitverkstad.png")):
        icon.addFile(str(png))
    return icon


def apply_font_scale(app: QApplication, scale: float) -> None:
    """Scale the system's font size (remembered on first use) for every widget."""
    font = app.font()
    base = getattr(app, _BASE_FONT, None)
    if base is None:
        base = font.pointSizeF() if font.pointSizeF() > 0 else 10.0
        setattr(app, _BASE_FONT, base)
    font.setPointSizeF(base * scale)
    app.setFont(font)


def effective_data_dir(settings: Settings, data_dir: Path | None) -> Path | None:
    """The command line's folder wins over the setting; None means the default folder."""
    return data_dir or settings.data_dir


def build_gui(
    data_dir: Path | None = None, open_id: str | None = None, present: bool = False
) -> tuple[QApplication, MainWindow]:
    """Create the application and the window, shown; the caller runs the event loop."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QApplication

    from tillitverkstad.core.errors import TillitError
    from tillitverkstad.operations import library as ops
    from tillitverkstad.ui.errors import install_excepthook, setup_log_file, show_error
    from tillitverkstad.ui.main_window import MainWindow
    from tillitverkstad.ui.settings import Settings

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv)
    app.setDesktopFileName("tillitverkstad")  # matches packaging/tillitverkstad.desktop
    app.setWindowIcon(app_icon())
    settings = Settings()
    install_translators(app, settings.language)
    apply_font_scale(app, settings.font_scale)
    library = ops.library_at(effective_data_dir(settings, data_dir))
    setup_log_file(library.data_dir)
    install_excepthook(lambda: settings.language)

    window = MainWindow(library, settings)
    state = {"data_dir": library.data_dir}

    def settings_changed() -> None:
        install_translators(app, settings.language)
        apply_font_scale(app, settings.font_scale)
        window.rebuild_view()
        chosen = settings.data_dir or ops.default_data_dir()
        if chosen != state["data_dir"] and window.set_library(ops.library_at(chosen)):
            state["data_dir"] = chosen
            setup_log_file(chosen)

    window.settings_changed.connect(settings_changed)
    screen = app.primaryScreen()
    small = screen is not None and (
        screen.availableGeometry().width() < 1300 or screen.availableGeometry().height() < 820
    )
    if not settings.geometry.isEmpty() and window.restoreGeometry(settings.geometry):
        window.show()
    else:
        window.showMaximized() if small else window.show()  # a 1366x768 laptop: use all of it
    try:
        ops.prepare(library)
    except TillitError as exc:
        show_error(window, exc, settings.language)
    else:
        if open_id:
            try:
                window.open_workshop(ops.resolve(library, open_id))
            except TillitError as exc:
                show_error(window, exc, settings.language)
        elif settings.recent_workshops:  # the last workshop is selected, one Enter away
            window.library_page.refresh(settings.recent_workshops[0])
    if present and hasattr(window, "start_presenting"):
        window.start_presenting()
    flush_on_termination(app, window)
    return app, window


def _flush(window: MainWindow) -> bool:
    """Write the open workshop's pending edits now; True when everything is on disk."""
    session = window.session
    return session is None or session.flush()


def flush_on_termination(app: QApplication, window: MainWindow) -> None:
    """Logout, shutdown and ``kill`` must not cost the last edits.

    SIGTERM (and SIGHUP) flush and quit without asking anything: nobody is there to answer.
    The handler is woken through a socket (``signal.set_wakeup_fd``), because Python runs
    signal handlers only between its own bytecodes, and the Qt event loop may be idle for
    long. The session manager's "save your work" (``commitDataRequest``) and any quit flush
    too."""
    import signal
    import socket

    from PySide6.QtCore import QSocketNotifier, QTimer

    def terminate(*_: object) -> None:
        QTimer.singleShot(0, lambda: app.exit(0 if _flush(window) else 1))

    app.commitDataRequest.connect(lambda _manager: _flush(window))
    app.aboutToQuit.connect(lambda: _flush(window))
    try:
        reader, writer = socket.socketpair()
        for end in (reader, writer):
            end.setblocking(False)
        signal.set_wakeup_fd(writer.fileno())
        for name in ("SIGTERM", "SIGHUP"):
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), terminate)
    except (ValueError, OSError):  # not the main thread, or no such signals here
        return
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            reader.recv(64)

    notifier.activated.connect(drain)  # waking Python is enough: the handler runs first
    app._tillitverkstad_wakeup = (reader, writer, notifier)  # kept alive with the app


def run_gui(data_dir: Path | None = None, open_id: str | None = None, present: bool = False) -> int:
    """Run the facilitator window until it is closed; returns the exit code."""
    app, window = build_gui(data_dir, open_id, present)
    code = app.exec()
    del window
    return code
