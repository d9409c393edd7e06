"""The one place that builds the QApplication and wires windows to the core and storage.

Kept light at import: Qt and the windows are imported inside the functions, and nothing
here (or in the windows' start path) imports the report module or ReportLab.
"""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path
from typing import TYPE_CHECKING, cast

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from tillitverkstad.ui.main_window import MainWindow
    from tillitverkstad.ui.settings import Settings

APP_NAME = "Tillitverkstad"
_TRANSLATORS = "_tillitverkstad_translators"
_TERMINATION = "_tillitverkstad_termination"  # the SIGTERM wakeup, once per application
MAXIMISE_UP_TO = 1440  # a laptop screen: the window takes all of it


def install_translators(app: QApplication, language: str) -> None:
    """Swap in the catalogs for ``language`` (ours and Qt's own, for standard buttons).

    Installing sends a LanguageChange event, on which every window retranslates itself."""
    from PySide6.QtCore import QLibraryInfo, QTranslator

    from tillitverkstad.core.languages import SOURCE_LANGUAGE
    from tillitverkstad.paths import resource_dir

    for old in getattr(app, _TRANSLATORS, []):
        app.removeTranslator(old)
    installed = []
    if language != SOURCE_LANGUAGE:
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
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon

    from tillitverkstad.paths import resource_dir

    icon = QIcon()
    for png in sorted((resource_dir() / "icons" / "hicolor").glob("*/apps/tillitverkstad.png")):
        # The size from the folder's name ("48x48"): given it, Qt need not open the file.
        width, _, height = png.parent.parent.name.partition("x")
        size = QSize(int(width), int(height)) if width.isdigit() and height.isdigit() else QSize()
        icon.addFile(str(png), size)
    return icon


def apply_appearance(app: QApplication, settings: Settings) -> None:
    """The design (face, text size, colour scheme) as the settings say, for every widget."""
    from tillitverkstad.ui import design

    design.apply(app, settings.appearance, settings.font_scale)


def opens_maximised(available_width: int) -> bool:
    return available_width <= MAXIMISE_UP_TO


def show_window(window: MainWindow, settings: Settings) -> None:
    """Maximised on a laptop-sized screen (every pixel counts in front of a group), else
    where it was left, else a comfortable size in the middle."""
    screen = window.screen()
    available = screen.availableGeometry() if screen is not None else None
    if available is not None and opens_maximised(available.width()):
        # Set the size too: without a window manager (or before it reacts) a maximised
        # window would otherwise keep its default size.
        window.setGeometry(available)
        window.showMaximized()
    elif not settings.geometry.isEmpty() and window.restoreGeometry(settings.geometry):
        window.show()
    else:
        if available is not None:
            window.resize(min(1440, available.width()), min(900, available.height()))
            window.move(available.center() - window.rect().center())
        window.show()


def effective_data_dir(settings: Settings, data_dir: Path | None) -> Path | None:
    """This run's folder (``--data-dir``, then the environment variable) wins over the one
    stored in the settings; None means the standard folder."""
    from tillitverkstad.operations.library import data_dir_from_environment

    return data_dir or data_dir_from_environment() or settings.data_dir


def build_gui(
    data_dir: Path | None = None,
    open_id: str | None = None,
    present: bool = False,
    package: Path | None = None,
) -> tuple[QApplication, MainWindow]:
    """Create the application and the window, shown; the caller runs the event loop.
    ``package``: a data package the system asked the app to open, imported and opened."""
    # The Qt-free modules first: once PySide6 is loaded, its __feature__ import hook reads
    # the source of every module imported after it, looking for "PySide6".
    from tillitverkstad.core.errors import TillitError
    from tillitverkstad.operations import library as ops
    from tillitverkstad.system.file_open import sends_file_open_events

    from PySide6.QtCore import QCoreApplication  # isort: skip
    from PySide6.QtWidgets import QApplication  # isort: skip

    from tillitverkstad.ui.errors import install_excepthook, setup_log_file, show_error
    from tillitverkstad.ui.main_window import MainWindow
    from tillitverkstad.ui.opened_files import PackageOpener
    from tillitverkstad.ui.settings import Settings

    QCoreApplication.setOrganizationName(APP_NAME)
    QCoreApplication.setApplicationName(APP_NAME)
    # The app makes a QApplication (widgets); one already running (a test's) is one too.
    app = cast(QApplication, QApplication.instance()) or QApplication(sys.argv)
    app.setDesktopFileName("tillitverkstad")  # matches packaging/tillitverkstad.desktop
    app.setWindowIcon(app_icon())
    settings = Settings()
    install_translators(app, settings.language)
    apply_appearance(app, settings)
    library = ops.library_at(effective_data_dir(settings, data_dir))
    setup_log_file(library.data_dir)
    install_excepthook(lambda: settings.language)

    window = MainWindow(library, settings, list_library=not open_id)

    def settings_changed() -> None:
        install_translators(app, settings.language)
        apply_appearance(app, settings)
        window.rebuild_view()

    def data_folder_chosen(chosen: Path | None) -> None:
        """Only a folder chosen in the settings moves the window; any other change keeps
        the folder in use, also one given for this run."""
        folder = chosen or ops.default_data_dir()
        if folder != window.library.data_dir and window.set_library(ops.library_at(folder)):
            setup_log_file(folder)

    window.settings_changed.connect(settings_changed)
    window.data_folder_chosen.connect(data_folder_chosen)
    # A system switching between light and dark is followed when the setting says so.
    app.styleHints().colorSchemeChanged.connect(lambda *_: apply_appearance(app, settings))
    show_window(window, settings)
    # Finder's "Open With" arrives as an event (on macOS; elsewhere as the package
    # argument); the window owns the filter, so a closed window's filter goes with it.
    opener = PackageOpener(window.library_page.import_package, window.open_workshop, window)
    if sends_file_open_events():
        app.installEventFilter(opener)
    try:
        ops.prepare(library)
    except TillitError as exc:
        show_error(window, exc, settings.language)
    else:
        if package is not None:
            opener.open(package)
        elif open_id:
            try:
                window.open_workshop(ops.resolve(library, open_id))
            except TillitError as exc:
                window.library_page.refresh()  # not listed yet: the workshop was to open
                show_error(window, exc, settings.language)
        elif settings.recent_workshops:  # the last workshop is selected, one Enter away
            window.library_page.select(settings.recent_workshops[0])  # listed already
    if present:
        window.start_presenting()
    flush_on_termination(app, window)
    return app, window


def _flush(window: MainWindow) -> bool:
    """Keep what was typed and write the open workshop's pending edits now; True when
    everything is on disk."""
    return window.save_now()


def flush_on_termination(app: QApplication, window: MainWindow) -> None:
    """Logout, shutdown and ``kill`` must not cost the last edits.

    SIGTERM (and SIGHUP) flush and quit without asking anything: nobody is there to answer
    (participant voting stops first, keeping an open vote's votes).
    The handler is woken through a pipe (``signal.set_wakeup_fd``), because Python runs
    signal handlers only between its own bytecodes, and the Qt event loop may be idle for
    long. The session manager's "save your work" (``commitDataRequest``, the only notice
    Windows gives at logoff) and any quit flush too."""
    import signal

    from PySide6.QtCore import QSocketNotifier, QTimer

    from tillitverkstad.system.signals import termination_signals, wakeup_pair

    current = getattr(app, _TERMINATION, None)
    if current is not None:  # installed once per application; it serves the newest window
        current["window"] = window
        return
    current = {"window": window}
    setattr(app, _TERMINATION, current)

    def flush() -> bool:
        return _flush(current["window"])

    def quit_now() -> bool:
        # Participant voting first: an open vote's votes are edits to flush, and the server
        # must not outlive the window.
        current["window"].end_participant_voting()
        return flush()

    def terminate(*_: object) -> None:
        QTimer.singleShot(0, lambda: app.exit(0 if quit_now() else 1))

    app.commitDataRequest.connect(lambda _manager: flush())
    app.aboutToQuit.connect(quit_now)
    names = termination_signals()
    if not names:
        return
    try:
        reader, writer, drain_wakeup = wakeup_pair()
        signal.set_wakeup_fd(writer.fileno())
        for name in names:
            if hasattr(signal, name):
                signal.signal(getattr(signal, name), terminate)
    except (ValueError, OSError):  # not the main thread, or no such signals here
        return
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def drain() -> None:
        with contextlib.suppress(OSError):
            drain_wakeup()

    notifier.activated.connect(drain)  # waking Python is enough: the handler runs first
    current["wakeup"] = (reader, writer, notifier)  # kept alive with the app


def run_gui(
    data_dir: Path | None = None,
    open_id: str | None = None,
    present: bool = False,
    package: Path | None = None,
) -> int:
    """Run the facilitator window until it is closed; returns the exit code."""
    app, window = build_gui(data_dir, open_id, present, package)
    code = app.exec()
    del window
    return code
