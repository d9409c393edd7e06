"""The facilitator window with the real workshop view: presenting, export, help."""

from __future__ import annotations

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QMessageBox, QTextBrowser

from tests.ui.shell_fixtures import ini_settings, message_boxes, swedish  # noqa: F401
from tests.ui.view_helpers import press, type_text
from tillitverkstad.core import projection as pv
from tillitverkstad.report import suggested_file_name
from tillitverkstad.ui.export_dialog import ExportDialog


@pytest.fixture
def window(demo_window):
    return demo_window


def test_f5_shows_the_open_workshop_to_the_group_with_a_live_preview(qtbot, window):
    window.presenting.presenter._card_timer.setInterval(0)
    window.session.go_to("tillit")
    window.presenting.presenter.present_action.trigger()
    screen = window.presenting.presenter.screen
    assert screen is not None and screen.isVisible()
    preview = window.presenting.preview
    assert preview.isVisible() and preview.parent() is window.view.sidebar  # under the agenda
    qtbot.waitUntil(lambda: isinstance(screen.slide._view, pv.QuestionView))
    assert preview.slide._view == screen.slide._view
    assert preview.slide.width() / preview.slide.height() == pytest.approx(
        screen.width() / screen.height(), rel=0.02
    )  # the thumbnail has the shape of the group's screen
    window.presenting.presenter.black_action.trigger()
    assert preview.slide._blank == "black"
    assert "black screen" in preview.status.text()  # said in words to the facilitator
    window.view.go_next()
    qtbot.waitUntil(lambda: getattr(screen.slide._view, "title", "") == "Medborgarfokus")
    window.close_workshop()
    assert window.presenting.presenter is None  # closing the workshop ends presenting


def test_summary_on_the_shared_screen_draws_the_radar(qtbot, window):
    window.presenting.presenter._card_timer.setInterval(0)
    window.start_presenting()
    window.session.go_to("summary")
    screen = window.presenting.presenter.screen
    qtbot.waitUntil(lambda: isinstance(screen.slide._view, pv.SummaryView))
    screen.resize(1024, 768)
    image = screen.slide.grab().toImage()
    blue = sum(
        1
        for x in range(0, image.width(), 4)
        for y in range(0, image.height(), 4)
        if image.pixelColor(x, y).name() == "#0072b2"
    )
    assert blue > 20  # the nuläge series is drawn, not just the labels


def test_ctrl_e_exports_the_pdf_and_the_package_off_the_ui_thread(qtbot, window, tmp_path):
    dialog = window.export_report()
    dialog.path_edit.setText(str(tmp_path / suggested_file_name(window.session.workshop)))
    assert not dialog.private_box.isChecked() and not dialog.names_box.isChecked()
    with qtbot.waitSignal(window.export_flow.finished, timeout=30_000) as done:
        dialog.accept()
    pdf = done.args[0]
    assert pdf.exists() and pdf.name.startswith("2026-11-23_Ledningsgrupp-IFO")
    assert pdf.with_suffix(".json").exists()
    text = "".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert "Ta fram förslag på vilka rapporter" in text
    assert "Johan var tyst" not in text  # private notes stay out by default


def test_exporting_over_an_existing_file_asks_and_keeps_it_when_declined(
    qtbot, window, tmp_path, monkeypatch
):
    target = tmp_path / "rapport.pdf"
    target.write_bytes(b"keep")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    dialog = window.export_report()
    dialog.path_edit.setText(str(target))
    dialog.accept()
    assert not window.export_flow.busy
    assert target.read_bytes() == b"keep"


@pytest.mark.usefixtures("swedish")
def test_a_file_in_the_way_of_the_folder_keeps_the_dialog_open_and_says_so(qtbot, window, tmp_path):
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    dialog = window.export_report()
    dialog.path_edit.setText(str(blocker / "rapport.pdf"))
    dialog.private_box.setChecked(True)
    dialog.accept()
    assert dialog.isVisible() and dialog.private_box.isChecked()  # nothing chosen is lost
    assert "är en fil, inte en mapp" in dialog.message.text()
    assert not window.export_flow.busy
    assert blocker.read_text() == "x"


@pytest.mark.usefixtures("swedish")
def test_a_missing_folder_is_created_after_asking(qtbot, window, tmp_path, monkeypatch):
    asked = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.Yes
    )
    target = tmp_path / "Rapporter" / "2026" / "rapport.pdf"
    dialog = window.export_report()
    dialog.path_edit.setText(str(target))
    with qtbot.waitSignal(window.export_flow.finished, timeout=30_000):
        dialog.accept()
    assert "finns inte" in asked[0] and str(target.parent) in asked[0]
    assert target.exists() and target.with_suffix(".json").exists()
    assert window.settings.export_folder == target.parent


@pytest.mark.usefixtures("swedish")
def test_declining_to_create_the_folder_keeps_the_dialog(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.No)
    target = tmp_path / "Saknas" / "rapport.pdf"
    dialog = window.export_report()
    dialog.path_edit.setText(str(target))
    dialog.accept()
    assert dialog.isVisible() and "finns inte" in dialog.message.text()
    assert not target.parent.exists() and not window.export_flow.busy


def test_a_failed_write_asks_again_with_the_choices_and_the_reason(
    qtbot, window, tmp_path, monkeypatch
):
    from tillitverkstad.storage import files

    def refuse(*_args, **_kwargs):
        raise PermissionError(13, "read-only")

    monkeypatch.setattr(files, "write_all_atomically", refuse)
    dialog = window.export_report()
    dialog.path_edit.setText(str(tmp_path / "rapport.pdf"))
    dialog.open_box.setChecked(True)
    with qtbot.waitSignal(window.export_flow.finished, timeout=30_000):
        dialog.accept()
    again = window.export_flow.dialog
    assert again is not dialog and again.isVisible()
    assert again.path == tmp_path / "rapport.pdf" and again.open_box.isChecked()
    assert "skrivskydd" in again.message.text() or "behörighet" in again.message.text()
    assert not message_boxes(window)
    assert not (tmp_path / "rapport.pdf").exists()


def test_help_menu_has_the_guide_and_about(window):
    assert "1-2-4" in window.show_guide().findChild(QTextBrowser).toPlainText()
    labels = window.show_about().findChildren(QLabel)
    assert str(window.library.data_dir) in "".join(label.text() for label in labels)


def test_recent_menu_reopens_the_last_workshops(qtbot, window, demo):
    window.close_workshop()
    window.recent_menu.fill()
    [action] = window.recent_menu.actions()
    assert "Ledningsgrupp IFO" in action.text()
    action.trigger()
    assert window.session is not None and window.session.workshop.id == demo.id


def test_window_geometry_is_remembered(qtbot, window, tmp_path):
    window.resize(900, 650)
    window.close()
    assert not window.settings.geometry.isEmpty()


def test_typing_b_and_w_in_a_note_types_them_and_leaves_the_shared_screen_alone(qtbot, window):
    window.start_presenting()
    window.session.go_to("tillit")
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    entry = next(iter(window.view.page().notes.lists.values())).entry
    entry.setFocus()
    qtbot.keyClicks(entry, "bw")
    assert entry.text() == "bw"
    assert window.presenting.presenter.screen.blank_mode == ""
    window.view.page().setFocus()  # outside a text field, B blanks the group's screen
    qtbot.keyClick(window.view.page(), "b")
    assert window.presenting.presenter.screen.blank_mode == "black"


class _EmacsLineEdit(QLineEdit):
    """A field as on Linux desktops, where Ctrl+E means "end of line" and is claimed."""

    def event(self, event):
        if event.type() == QEvent.Type.ShortcutOverride and event.keyCombination() == (
            Qt.KeyboardModifier.ControlModifier | Qt.Key.Key_E
        ):
            event.accept()
            return True
        return super().event(event)


def test_ctrl_e_exports_even_from_a_field_that_claims_it(qtbot, window):
    field = _EmacsLineEdit(window.view)
    field.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    field.setFocus()
    qtbot.keyClick(field, "e", Qt.KeyboardModifier.ControlModifier)
    assert [d for d in window.findChildren(ExportDialog) if d.isVisible()]


def test_ctrl_b_puts_the_groups_notes_on_the_wall_and_the_status_bar_says_so(qtbot, window):
    presenter = window.presenting.presenter
    presenter._card_timer.setInterval(0)
    window.start_presenting()
    window.session.go_to("tillit")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    screen = presenter.screen
    indicator = window.presenting.board_indicator
    assert indicator.parent() is window.statusBar() and not indicator.isVisible()
    notes = window.view.page().notes.lists
    entry = notes[next(iter(notes))].entry
    entry.setFocus()
    qtbot.keyClick(entry, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(screen.slide._view, pv.NotesBoardView))
    assert indicator.isVisible() and "Ctrl+G" in indicator.text() and "F5" not in indicator.text()
    type_text(entry, "Vi litar på varandras bedömningar")
    press(entry, Qt.Key.Key_Return)
    assert "Vi litar på varandras bedömningar" in screen.slide._view.columns[0].items
    window.presenting.presenter.stop()
    assert indicator.isVisible() and "F5" in indicator.text()  # on, but nobody sees it now
    qtbot.keyClick(entry, Qt.Key.Key_G, Qt.KeyboardModifier.ControlModifier)
    assert not indicator.isVisible()
    window.start_presenting()
    assert isinstance(presenter.screen.slide._view, pv.QuestionView)


def test_the_view_menu_offers_the_shared_screens_new_commands(qtbot, window):
    presenter = window.presenting.presenter
    menu_actions = window.commands.view_menu.actions()
    for action in (presenter.board_action, presenter.timer_action):
        assert action in menu_actions
    assert presenter.theme_menu.menuAction() in menu_actions
    window.close_workshop()
    assert presenter.theme_menu.menuAction() not in window.commands.view_menu.actions()
    assert window.presenting.board_indicator is None


@pytest.mark.usefixtures("swedish")
def test_an_unexpected_export_failure_is_said_and_export_works_again(
    qtbot, window, tmp_path, monkeypatch
):
    from tillitverkstad.operations import reports

    real = reports.export_report

    def broken(*args, **kwargs):
        raise RuntimeError("a bug, not the user's doing")

    monkeypatch.setattr(reports, "export_report", broken)
    dialog = window.export_report()
    dialog.path_edit.setText(str(tmp_path / "rapport.pdf"))
    with qtbot.waitSignal(window.export_flow.finished, timeout=30_000):
        dialog.accept()
    again = window.export_flow.dialog
    assert again is not dialog and again.isVisible()  # asked again, choices kept
    assert "Något oväntat gick fel" in again.message.text()
    assert not window.export_flow.busy
    monkeypatch.setattr(reports, "export_report", real)
    with qtbot.waitSignal(window.export_flow.finished, timeout=30_000) as done:
        again.accept()
    assert done.args[0].exists()
