"""Save screenshots of the facilitator window (demo workshop, Swedish) for the docs.

    python scripts/screenshots.py [OUT_DIR] [--appearance dark|high_contrast]
    python scripts/screenshots.py [OUT_DIR] --room   # issue 28's sizes and text sizes

Runs on the offscreen platform unless QT_QPA_PLATFORM says otherwise, builds the window
as the app does and grabs it at 1366×768 (the target laptop screen): the library, the
welcome page, a principle step, the rating, the summary, HR's overview and the dialogs
(new workshop, export, settings) drawn over the window. Writes to docs/screenshots/ unless another
folder is given; with ``--appearance`` only the principle step, named after the scheme.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ["TILLITVERKSTAD_LANG"] = "sv"
os.environ["HOME"] = "/home/sara"  # the export dialog's folder, not the one running this
os.environ.pop("XDG_DOCUMENTS_DIR", None)

from PySide6.QtCore import QCoreApplication, QPoint, QSettings  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tillitverkstad import app as app_module  # noqa: E402
from tillitverkstad.core import usecases as uc  # noqa: E402
from tillitverkstad.core.content import load_content  # noqa: E402
from tillitverkstad.core.demo import demo_workshop  # noqa: E402
from tillitverkstad.core.model import Scale  # noqa: E402
from tillitverkstad.storage.library import Library  # noqa: E402
from tillitverkstad.ui.main_window import MainWindow  # noqa: E402
from tillitverkstad.ui.settings import Settings  # noqa: E402
from tillitverkstad.ui.theme import Appearance  # noqa: E402

SIZE = (1366, 768)
DATE = dt.date(2026, 11, 23)


def settle(app: QApplication) -> None:
    for _ in range(8):
        app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def save_with_dialog(window: QWidget, dialog: QWidget, path: Path) -> None:
    """The window with ``dialog`` drawn centred over it, as a window manager would place it."""
    app = QApplication.instance()
    dialog.show()
    settle(app)
    shot = window.grab()
    inner = dialog.grab()
    painter = QPainter(shot)
    painter.fillRect(shot.rect(), QColor(0, 0, 0, 60))
    at = QPoint((shot.width() - inner.width()) // 2, (shot.height() - inner.height()) // 2)
    painter.fillRect(inner.rect().translated(at).adjusted(-1, -1, 1, 1), QColor("#6b6b6b"))
    painter.drawPixmap(at, inner)
    painter.end()
    QPixmap(shot).save(str(path))
    print(path)
    dialog.close()
    settle(app)


def fill_library(library: Library) -> str:
    content = load_content("sv")
    demo = demo_workshop(content, DATE)
    library.add(demo)
    follow_up = uc.start_follow_up(demo, content, dt.date(2027, 5, 22))
    library.add(follow_up)
    other = uc.create_workshop(
        content,
        group="Skolledning Norra",
        date=dt.date(2027, 2, 9),
        organisation="Utbildningsförvaltningen",
        facilitator="Kim Berg",
        participant_count=7,
    )
    library.add(other)
    done = uc.create_workshop(
        content,
        group="Ledningsgrupp Kultur & fritid",
        date=dt.date(2026, 9, 14),
        organisation="Kultur- och fritidsförvaltningen",
        participant_count=9,
    )
    uc.finish_workshop(done)
    library.add(done)
    broken = library.workshops_dir / "0123abcd.tillit.json"
    broken.write_text("{ cut off", encoding="utf-8")
    return demo.id


def prepare(app: QApplication, settings: Settings) -> None:
    """What app.build_gui does to the application before the window is made."""
    app_module.install_translators(app, "sv")
    app_module.apply_appearance(app, settings)


def one_scheme(
    app: QApplication, settings: Settings, folder: Path, out: Path, appearance: Appearance
) -> int:
    library = Library(folder / "data")
    demo_id = fill_library(library)
    window = MainWindow(library, settings)
    window.resize(*SIZE)
    window.show()
    window.open_workshop(demo_id)
    window.view.go_to("tillit")
    settle(app)
    save(window, out / f"principle-step-{appearance.value.replace('_', '-')}.png")
    window.close_workshop()
    return 0


ROOM_SIZES = ((1366, 768), (1920, 1080))
ROOM_SCALES = (1.0, 2.0)


def room(app: QApplication, settings: Settings, folder: Path, out: Path) -> int:
    """The first hour in the room (issue 28) at a laptop's and a full-HD size, at 100 % and
    200 % text: the library, the follow-up dialog, a follow-up's review and summary, the
    summary, the action plan, the note columns, the overview, the voting and summary
    slides."""
    from tillitverkstad.ui.slides import Slide

    library = Library(folder / "data")
    demo_id = fill_library(library)
    follow_up_id = next(s.id for s in library.list() if s.follow_up_of)
    for scale in ROOM_SCALES:
        settings.font_scale = scale
        prepare(app, settings)
        for width, height in ROOM_SIZES:
            name = f"{width}x{height}-{round(scale * 100)}"
            window = MainWindow(library, settings)
            window.resize(width, height)
            window.show()
            window.library_page.refresh()
            settle(app)
            save(window, out / f"room-library-{name}.png")
            dialog = window.start_follow_up(demo_id)
            assert dialog is not None
            save_with_dialog(window, dialog, out / f"room-follow-up-{name}.png")
            window.open_workshop(follow_up_id)
            for step, shot in (
                (window.view.session.workshop.steps[1], "review"),
                ("summary", "follow-up-summary"),
            ):
                window.view.go_to(step)
                settle(app)
                save(window, out / f"room-{shot}-{name}.png")
            window.close_workshop()
            window.open_workshop(demo_id)
            for step, shot in (
                ("summary", "summary"),
                ("actions", "actions"),
                ("kunskap", "notes"),
            ):
                window.view.go_to(step)
                settle(app)
                save(window, out / f"room-{shot}-{name}.png")
            presenter = window.presenting.presenter
            for step, view in (
                ("kunskap", lambda p: p.toggle_rating_mode()),
                ("summary", lambda p: None),
            ):
                window.view.go_to(step)
                presenter._card_timer.stop()
                view(presenter)
                slide = Slide()
                slide.resize(width, height)
                slide.set_view(presenter.current_view())
                slide.set_theme(presenter._theme)
                settle(app)
                kind = "vote" if step == "kunskap" else "summary"
                if scale == 1.0:
                    save(slide, out / f"room-slide-{kind}-{width}x{height}.png")
            window.close_workshop()
            window.show_overview()
            settle(app)
            save(window, out / f"room-overview-{name}.png")
            window.close()
    return 0


def main() -> int:
    args = sys.argv[1:]
    if "--room" in args:
        args.remove("--room")
        out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
        out.mkdir(parents=True, exist_ok=True)
        QCoreApplication.setOrganizationName("Tillitverkstad")
        QCoreApplication.setApplicationName("Tillitverkstad")
        app = QApplication.instance() or QApplication(sys.argv)
        with tempfile.TemporaryDirectory() as folder:
            ini = Path(folder) / "s.ini"
            settings = Settings(QSettings(str(ini), QSettings.Format.IniFormat))
            return room(app, settings, Path(folder), out)
    appearance = None
    if "--appearance" in args:
        at = args.index("--appearance")
        appearance = Appearance(args[at + 1])
        del args[at : at + 2]
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    QCoreApplication.setOrganizationName("Tillitverkstad")
    QCoreApplication.setApplicationName("Tillitverkstad")
    app = QApplication.instance() or QApplication(sys.argv)
    with tempfile.TemporaryDirectory() as folder:
        settings = Settings(QSettings(str(Path(folder) / "s.ini"), QSettings.Format.IniFormat))
        if appearance is not None:
            settings.appearance = appearance
        prepare(app, settings)
        if appearance is not None:
            return one_scheme(app, settings, Path(folder), out, appearance)

        empty = MainWindow(Library(Path(folder) / "empty"), settings)
        empty.resize(*SIZE)
        empty.show()
        settle(app)
        save(empty, out / "welcome.png")
        empty.close()

        library = Library(Path(folder) / "data")
        demo_id = fill_library(library)
        window = MainWindow(library, settings)
        window.resize(*SIZE)
        window.show()
        window.library_page.refresh()
        settle(app)
        save(window, out / "library.png")
        save_with_dialog(window, window.new_workshop(), out / "dialog-new-workshop.png")
        save_with_dialog(window, window.show_settings(), out / "dialog-settings.png")

        window.open_workshop(demo_id)
        view = window.view
        view.go_to("tillit")
        settle(app)
        save(window, out / "principle-step.png")

        view.go_to("handlingsutrymme")
        page = view.page()
        session = window.session
        session.set_votes("handlingsutrymme", Scale.CURRENT, (1, 3, 2, 2, 1))
        page.refresh()
        rating = getattr(page, "rating", None)
        if rating is not None:
            area = rating.parentWidget()
            while area is not None and not hasattr(area, "ensureWidgetVisible"):
                area = area.parentWidget()
            if area is not None:
                area.ensureWidgetVisible(rating.chart)
        settle(app)
        save(window, out / "rating.png")

        view.go_to("summary")
        settle(app)
        save(window, out / "summary.png")
        save_with_dialog(window, window.export_report(), out / "dialog-export.png")

        window.close_workshop()
        window.show_overview()
        settle(app)
        save(window, out / "overview.png")
        window.close()
    return 0


if __name__ == "__main__":
    code = main()
    sys.stdout.flush()
    os._exit(code)  # skip teardown: PySide6 may crash collecting Qt objects at exit
