"""The start screen lists, finds, opens, follows up, imports and deletes workshops."""

from __future__ import annotations

import copy

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, message_boxes, swedish  # noqa: F401
from tillitverkstad.core.model import new_id
from tillitverkstad.core.package import dumps, to_package
from tillitverkstad.ui.library_model import DATE, GROUP, OCCASION, ORGANISATION, STATUS
from tillitverkstad.ui.library_page import LibraryPage

pytestmark = [OFFSCREEN_NOISE, pytest.mark.usefixtures("swedish")]
LEFT = Qt.MouseButton.LeftButton


def make_page(qtbot, library) -> LibraryPage:
    page = LibraryPage(library, lambda: "sv")
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    return page


def shown(page: LibraryPage, column: int) -> list[str]:
    proxy = page.proxy
    return [proxy.index(row, column).data() for row in range(proxy.rowCount())]


def other_group(demo, group: str, organisation: str):
    ws = copy.deepcopy(demo)
    ws.id, ws.group, ws.organisation = new_id(), group, organisation
    ws.group_id = new_id()
    return ws


def test_the_library_lists_the_demo_with_its_status_in_swedish(qtbot, library, demo):
    library.add(demo)
    page = make_page(qtbot, library)
    assert shown(page, GROUP) == ["Ledningsgrupp IFO"]
    assert shown(page, ORGANISATION) == ["Exempelkommunen, socialförvaltningen"]
    assert shown(page, STATUS) == ["Pågår"]
    assert page.selected().id == demo.id
    assert page.pages.currentIndex() == 0


def test_search_filters_by_group_or_organisation(qtbot, library, demo):
    library.add(demo)
    library.add(other_group(demo, "Skolledning", "Utbildningsförvaltningen"))
    page = make_page(qtbot, library)
    qtbot.keyClicks(page.search, "skolled")
    assert shown(page, GROUP) == ["Skolledning"]
    page.search.clear()
    qtbot.keyClicks(page.search, "SOCIALF")
    assert shown(page, GROUP) == ["Ledningsgrupp IFO"]
    page.search.clear()
    qtbot.keyClicks(page.search, "finns inte")
    assert shown(page, GROUP) == []
    assert page.no_match.isVisible()
    assert "finns inte" in page.no_match.text()
    assert not page.open_button.isEnabled()


def test_enter_and_double_click_open_the_selected_workshop(qtbot, library, demo):
    library.add(demo)
    page = make_page(qtbot, library)
    page.table.setFocus()
    with qtbot.waitSignal(page.open_requested, timeout=1000) as opened:
        qtbot.keyClick(page.table, Qt.Key.Key_Return)
    assert opened.args == [demo.id]
    rect = page.table.visualRect(page.proxy.index(0, GROUP))
    with qtbot.waitSignal(page.open_requested, timeout=1000) as opened:
        # A real double-click starts with a click; QTest's mouseDClick alone sends no press.
        qtbot.mouseClick(page.table.viewport(), LEFT, pos=rect.center())
        qtbot.mouseDClick(page.table.viewport(), LEFT, pos=rect.center())
    assert opened.args == [demo.id]


def test_delete_asks_first_and_really_removes_the_file(qtbot, library, demo, monkeypatch):
    path = library.add(demo)
    page = make_page(qtbot, library)
    questions = []

    def answer(reply):
        def ask(parent, title, text, *args):
            questions.append(text)
            return reply

        return ask

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    qtbot.mouseClick(page.delete_button, LEFT)
    assert path.exists()
    assert "Ledningsgrupp IFO" in questions[-1]
    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(page.delete_button, LEFT)
    assert not path.exists()
    assert library.list() == []
    assert page.pages.currentIndex() == 1  # the welcome page


def test_an_unreadable_file_shows_its_reason_and_the_rest_still_lists(qtbot, library, demo):
    library.add(demo)
    broken = library.workshops_dir / f"{new_id()}.tillit.json"
    broken.write_text('{"meta": {"1": {"format": "tillitverkstad-w', encoding="utf-8")
    page = make_page(qtbot, library)
    assert "Ledningsgrupp IFO" in shown(page, GROUP)
    row = shown(page, GROUP).index(broken.name)
    assert shown(page, STATUS)[row] == "Oläsbar"
    assert "skadad" in shown(page, ORGANISATION)[row]  # the reason, in Swedish
    page.table.selectRow(row)
    assert page.delete_button.isEnabled()
    assert not page.follow_up_button.isEnabled()


def _follow_up_of(demo, content, date):
    from tillitverkstad.core import usecases as uc

    return uc.start_follow_up(demo, content, date)


def test_start_follow_up_asks_for_the_dialog_of_the_groups_latest_occasion(
    qtbot, library, demo, content_sv
):
    import datetime as dt

    library.add(demo)
    later = _follow_up_of(demo, content_sv, dt.date(2027, 5, 3))
    library.add(later)
    page = make_page(qtbot, library)
    page.select(demo.id)  # an earlier occasion is selected: the group goes on from its latest
    with qtbot.waitSignal(page.follow_up_requested, timeout=1000) as asked:
        qtbot.mouseClick(page.follow_up_button, LEFT)
    assert asked.args == [later.id, 3]
    assert len(library.list()) == 2  # nothing is made before the dialog says so


def test_choosing_a_group_shows_its_occasions_in_order_with_their_numbers(
    qtbot, library, demo, content_sv
):
    import datetime as dt

    library.add(demo)
    later = _follow_up_of(demo, content_sv, dt.date(2027, 5, 3))
    later.group = "Ledningsgrupp IFO Nord"  # renamed at the latest occasion
    library.add(later)
    library.add(other_group(demo, "Skolledning", "Utbildningsförvaltningen"))
    page = make_page(qtbot, library)
    assert sorted(shown(page, OCCASION)) == ["1 av 1", "1 av 2", "2 av 2"]
    names = [page.group_filter.itemText(i) for i in range(page.group_filter.count())]
    assert names == [
        "Alla grupper",
        "Ledningsgrupp IFO Nord – Exempelkommunen, socialförvaltningen (2 tillfällen)",
        "Skolledning – Utbildningsförvaltningen (1 tillfälle)",
    ]
    page.group_filter.setFocus()
    qtbot.keyClick(page.group_filter, Qt.Key.Key_Down)
    assert shown(page, GROUP) == ["Ledningsgrupp IFO", "Ledningsgrupp IFO Nord"]
    assert shown(page, DATE) == ["2026-11-23", "2027-05-03"]
    assert shown(page, OCCASION) == ["1 av 2", "2 av 2"]


def _another_version(library, demo, tmp_path):
    """A package of ``demo`` and, in the library, ``demo`` corrected since."""
    package = tmp_path / "paket.json"
    package.write_bytes(dumps(to_package(demo)))
    demo.facilitator = "Ny processledare"
    library.add(demo)
    return package


def version_dialog(page):
    from tillitverkstad.ui.import_flow import VersionDialog

    return next(box for box in message_boxes(page) if isinstance(box, VersionDialog))


def test_another_version_asks_and_enter_imports_nothing(qtbot, library, demo, tmp_path):
    package = _another_version(library, demo, tmp_path)
    before = library.path_of(demo.id).read_bytes()
    page = make_page(qtbot, library)
    assert page.import_package(package) is None
    dialog = version_dialog(page)
    assert "tillfälle 1" in dialog.text() and "uppgifterna" in dialog.text()
    assert dialog.defaultButton() is dialog.nothing_button
    with qtbot.waitSignal(dialog.chosen, timeout=1000) as chosen:
        qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert chosen.args == [None]
    assert [s.id for s in library.list()] == [demo.id]
    assert library.path_of(demo.id).read_bytes() == before


def test_another_version_replaces_the_librarys_by_its_alt_key(qtbot, library, demo, tmp_path):
    package = _another_version(library, demo, tmp_path)
    page = make_page(qtbot, library)
    page.import_package(package)
    dialog = version_dialog(page)
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    qtbot.keyClick(dialog, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # "&Ersätt ..."
    qtbot.waitUntil(lambda: library.read(demo.id).facilitator != "Ny processledare")
    assert [s.id for s in library.list()] == [demo.id]
    assert page.selected().id == demo.id


def test_another_version_kept_beside_the_librarys(qtbot, library, demo, tmp_path):
    package = _another_version(library, demo, tmp_path)
    page = make_page(qtbot, library)
    page.import_package(package)
    dialog = version_dialog(page)
    dialog.keep_both_button.setFocus()
    qtbot.keyClick(dialog.keep_both_button, Qt.Key.Key_Space)
    qtbot.waitUntil(lambda: len(library.list()) == 2)
    assert page.selected().id != demo.id


def test_importing_a_package_already_held_says_so_and_selects_it(qtbot, library, demo, tmp_path):
    package = tmp_path / "paket.json"
    package.write_bytes(dumps(to_package(demo)))
    library.add(demo)
    page = make_page(qtbot, library)
    assert page.import_package(package) == demo.id
    boxes = message_boxes(page)
    assert len(boxes) == 1 and "redan" in boxes[0].text()
    assert [s.id for s in library.list()] == [demo.id]
    assert page.selected().id == demo.id


def test_the_import_button_asks_for_the_file(qtbot, library, demo, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    package = tmp_path / "paket.json"
    package.write_bytes(dumps(to_package(demo)))
    page = make_page(qtbot, library)
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(package), ""))
    qtbot.mouseClick(page.empty_import_button, LEFT)
    assert [s.id for s in library.list()] == [demo.id]


def test_a_bad_package_shows_a_swedish_message_and_changes_nothing(qtbot, library, demo, tmp_path):
    library.add(demo)
    bad = tmp_path / "trasig.json"
    bad.write_text('{"format": "något annat"}', encoding="utf-8")
    page = make_page(qtbot, library)
    before = sorted(p.name for p in library.workshops_dir.iterdir())
    assert page.import_package(bad) is None
    boxes = message_boxes(page)
    assert len(boxes) == 1
    assert "inte ett giltigt datapaket" in boxes[0].text()
    assert "Traceback" not in boxes[0].text()
    assert sorted(p.name for p in library.workshops_dir.iterdir()) == before


def test_a_missing_import_file_is_explained(qtbot, library, tmp_path):
    page = make_page(qtbot, library)
    assert page.import_package(tmp_path / "finns-inte.json") is None
    assert "går inte att läsa" in message_boxes(page)[0].text()


def test_an_empty_library_welcomes_and_offers_the_example(qtbot, library):
    page = make_page(qtbot, library)
    assert page.pages.currentIndex() == 1
    assert page.empty_demo_button.text() == "Prova med en exempelworkshop"
    assert page.empty_new_button.text() == "Ny workshop…"
    with qtbot.waitSignal(page.new_requested, timeout=1000):
        qtbot.mouseClick(page.empty_new_button, LEFT)
    with qtbot.waitSignal(page.open_requested, timeout=1000) as opened:
        qtbot.mouseClick(page.empty_demo_button, LEFT)
    assert library.read(opened.args[0]).group == "Ledningsgrupp IFO"
    assert page.pages.currentIndex() == 0


def test_every_control_has_an_accessible_name(qtbot, library):
    page = make_page(qtbot, library)
    for widget in (
        page.search,
        page.table,
        page.new_button,
        page.open_button,
        page.follow_up_button,
        page.import_button,
        page.delete_button,
        page.empty_new_button,
        page.empty_demo_button,
        page.empty_import_button,
    ):
        assert widget.accessibleName(), widget


def test_clicking_a_column_header_sorts_by_it(qtbot, library, demo):
    library.add(demo)
    library.add(other_group(demo, "Ärendegrupp", "Alfa"))
    library.add(other_group(demo, "Bemanning", "Beta"))
    page = make_page(qtbot, library)
    header = page.table.horizontalHeader()
    header.setSortIndicator(GROUP, Qt.SortOrder.AscendingOrder)
    assert shown(page, GROUP) == ["Bemanning", "Ledningsgrupp IFO", "Ärendegrupp"]
    header.setSortIndicator(ORGANISATION, Qt.SortOrder.DescendingOrder)
    assert shown(page, ORGANISATION)[0] == "Exempelkommunen, socialförvaltningen"
    page.refresh()  # a refresh keeps the chosen order
    assert shown(page, ORGANISATION)[-1] == "Alfa"


def test_from_the_search_field_enter_opens_the_match_and_down_goes_to_the_list(
    qtbot, library, demo
):
    library.add(demo)
    library.add(other_group(demo, "Skolledning", "Utbildningsförvaltningen"))
    page = make_page(qtbot, library)
    page.activateWindow()
    qtbot.waitUntil(page.isActiveWindow)
    page.search.setFocus()
    qtbot.keyClicks(page.search, "skolled")
    with qtbot.waitSignal(page.open_requested) as opened:
        qtbot.keyClick(page.search, Qt.Key.Key_Return)
    assert opened.args[0] != demo.id
    page.search.setFocus()
    qtbot.keyClick(page.search, Qt.Key.Key_Down)
    assert page.table.hasFocus()


def test_a_workshop_selected_after_closing_is_not_hidden_by_an_old_search(qtbot, library, demo):
    library.add(demo)
    library.add(other_group(demo, "Skolledning", "Utbildningsförvaltningen"))
    page = make_page(qtbot, library)
    qtbot.keyClicks(page.search, "skolled")
    page.refresh(demo.id)  # e.g. the facilitator comes back from the demo workshop
    assert page.search.text() == ""
    assert page.selected().id == demo.id


def test_a_groups_occasions_on_one_day_are_listed_in_their_order(qtbot, library, demo, content_sv):
    from tillitverkstad.core import usecases as uc

    demo.id = "a" * 32
    follow_up = uc.start_follow_up(demo, content_sv, demo.date)
    follow_up.id = "b" * 32
    follow_up.created = "2020-01-01T00:00:00+00:00"  # made on a laptop whose clock was off
    library.add(demo)
    library.add(follow_up)
    page = make_page(qtbot, library)
    page.show_group(demo.group_id)
    assert shown(page, OCCASION) == ["1 av 2", "2 av 2"]
