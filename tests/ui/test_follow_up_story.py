"""The group's story through the window, as a facilitator lives it: a baseline with actions,
"Starta uppföljning" and its dialog, the review of last time's actions, ratings beside last
time's values, the summary and the exported report with the comparison; then a third
occasion that still compares with the baseline."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from pypdf import PdfReader
from story import BASELINE_DATE, baseline
from view_helpers import choose, click, type_line, type_number

from tests.ui.shell_fixtures import ini_settings, swedish  # noqa: F401
from tillitverkstad.core.agenda import REVIEW_STEP
from tillitverkstad.core.model import ActionStatus, Consensus, DetailField, Scale
from tillitverkstad.report import suggested_file_name
from tillitverkstad.ui.follow_up_dialog import FollowUpDialog
from tillitverkstad.ui.main_window import MainWindow

pytestmark = [pytest.mark.qt_log_ignore("propagateSizeHints"), pytest.mark.usefixtures("swedish")]
FOLLOW_UP_DAY = "2026-09-15"
THIRD_DAY = "2027-03-16"
REVIEWED = [
    (ActionStatus.DONE, "Klart i maj"),
    (ActionStatus.ONGOING, "Halvvägs"),
    (ActionStatus.NOT_STARTED, ""),
    (ActionStatus.CANCELLED, "Ersatt av regionens arbete"),
    (ActionStatus.ONGOING, "Startade i augusti"),
]


@pytest.fixture
def window(qtbot, tmp_path, library, content_sv):
    library.add(baseline(content_sv))
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close_workshop()


def start_follow_up_in_dialog(qtbot, window, day: str, participants: int) -> FollowUpDialog:
    """Select the group's row in the library, click Starta uppföljning, fill the dialog."""
    page = window.library_page
    click(page.follow_up_button)
    dialog = window.dialogs.shown["follow_up"]
    assert isinstance(dialog, FollowUpDialog) and dialog.isVisible()
    dialog.date.setFocus()
    dialog.date.selectAll()
    qtbot.keyClicks(dialog.date, day)  # typed as on Ny workshop, the year too
    assert dialog.date.text() == day
    type_number(dialog.participants, participants, enter=False)
    with qtbot.waitSignal(window.workshop_opened, timeout=5000):
        click(dialog.ok_button)
    return dialog


def review_last_times_actions(view) -> None:
    page = view.page()
    assert len(page.cards) == len(REVIEWED)
    for card, (status, comment) in zip(page.cards, REVIEWED, strict=True):
        choose(card.status, status.value)
        if comment:
            type_line(card.comment, comment, enter=False)


def agree(page, current: int, desired: int, consensus: Consensus) -> None:
    choose(page.rating.agreed[Scale.CURRENT], current)
    choose(page.rating.agreed[Scale.DESIRED], desired)
    choose(page.rating.consensus, consensus.value)


def export(qtbot, window, folder):
    dialog = window.export_report()
    dialog.path_edit.setText(str(folder / suggested_file_name(window.session.workshop)))
    with qtbot.waitSignal(window.export_flow.finished, timeout=30_000) as done:
        dialog.accept()
    pdf = done.args[0]
    return pdf, json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))


def test_the_follow_up_dialog_is_prefilled_from_the_last_occasion(qtbot, window, library):
    [row] = library.list()
    click(window.library_page.follow_up_button)
    dialog = window.dialogs.shown["follow_up"]
    previous = library.read(row.id)
    assert dialog.date.date() == max(dt.date.today(), BASELINE_DATE)
    assert dialog.facilitator.text() == previous.facilitator
    assert dialog.participants.value() == previous.participant_count
    assert dialog.picker.steps() == previous.steps[1:-3]
    assert dialog.review.isChecked()
    assert "5 öppna åtgärder" in dialog.review_note.text()
    assert dialog.minutes["tillit"].value() == previous.minutes["tillit"]
    type_number(dialog.participants, 0, enter=False)
    assert not dialog.ok_button.isEnabled()
    assert "1–60" in dialog.messages[DetailField.PARTICIPANTS].text()
    click(dialog.buttons.button(dialog.buttons.StandardButton.Cancel))
    assert len(library.list()) == 1  # cancelled: nothing made


def test_the_whole_story_from_baseline_to_a_third_occasion(qtbot, window, library, tmp_path):
    # -- the follow-up: dialog, review, ratings beside last time's ---------------------
    start_follow_up_in_dialog(qtbot, window, FOLLOW_UP_DAY, 7)
    session, view = window.session, window.view
    ws = session.workshop
    assert (ws.date.isoformat(), ws.participant_count, len(ws.carried)) == (FOLLOW_UP_DAY, 7, 5)
    assert view.current_step() == "intro"
    click(view.next_button)
    assert view.current_step() == REVIEW_STEP
    assert view.page().closed.isVisible()  # the two already closed ones, read-only
    assert "Boka en gemensam kunskapsdag" not in view.page().closed_list.text()
    review_last_times_actions(view)
    assert [(c.status, c.comment) for c in ws.carried] == REVIEWED
    assert "5 av 5" in view.page().progress.text()

    click(view.next_button)
    assert view.current_step() == "tillit"
    page = view.page()
    assert page.rating.earlier.isVisible()
    assert page.rating.last_time.text() == (
        "Förra gången, 2026-03-10: nuläge 3 · önskat läge 5 · Enighet"
    )
    assert not page.rating.baseline.isVisible()  # the baseline is last time
    agree(page, 4, 5, Consensus.AGREEMENT)
    view.go_to("handlingsutrymme")
    agree(view.page(), 3, 4, Consensus.CONSENT_WITH_RESERVATION)

    view.go_to("summary")
    summary = view.page()
    assert summary.history_box.isVisible()
    rows = {r[0]: r for r in summary.comparison_table.rows_text()}
    assert rows["Tillit"][1:5] == ["3 / 5", "4 / 5", "+1 / 0", "+1 / 0"]
    assert rows["Handlingsutrymme"][-1] == "Oenighet → Samtycke med reservation"
    assert rows["Helhetssyn"][2] == "ej bedömd"  # never a zero
    [(name, outline)] = summary.radar.outlines().items()
    assert "2026-03-10" in name and outline["Tillit"] == 3 and outline["Helhetssyn"] == 3
    assert "Genomförd 1" in summary.reviewed.text()

    pdf, package = export(qtbot, window, tmp_path)
    assert package["workshop"]["group_id"] == ws.group_id
    assert [o["date"] for o in package["history"]] == ["2026-03-10"]
    assert [c["status"] for c in package["carried"]] == [s.value for s, _ in REVIEWED]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Jämförelse med tidigare tillfällen" in text
    assert "Tillit 3 / 5 4 / 5 +1 / 0 +1 / 0" in text
    assert "Handlingsutrymme Oenighet Samtycke med reservation ändrad" in text
    assert "Vad hände med förra gångens åtgärder" in text
    assert "Avbruten Ersatt av regionens arbete" in text
    second_id = ws.id
    window.close_workshop()

    # -- the third occasion still compares with the baseline ------------------------------
    window.library_page.select(second_id)
    start_follow_up_in_dialog(qtbot, window, THIRD_DAY, 8)
    session, view = window.session, window.view
    assert [c.status_then for c in session.workshop.carried] == [
        ActionStatus.ONGOING,
        ActionStatus.NOT_STARTED,
        ActionStatus.ONGOING,
    ]
    view.go_to("tillit")
    rating = view.page().rating
    assert rating.last_time.text().startswith("Förra gången, 2026-09-15: nuläge 4")
    assert rating.baseline.isVisible()
    assert rating.baseline.text() == "Vid start, 2026-03-10: nuläge 3 · önskat läge 5 · Enighet"
    agree(view.page(), 4, 5, Consensus.AGREEMENT)
    view.go_to("summary")
    summary = view.page()
    header = [
        summary.comparison_table.horizontalHeaderItem(c).text()
        for c in range(summary.comparison_table.columnCount())
    ]
    assert header[1:3] == ["2026-03-10\n(start)", FOLLOW_UP_DAY]
    # Named by its date, never "I dag" (its title wraps to the column's values).
    assert header[3].replace("\n", " ").endswith("(detta tillfälle)")
    rows = {r[0]: r for r in summary.comparison_table.rows_text()}
    assert rows["Tillit"][1:6] == ["3 / 5", "4 / 5", "4 / 5", "+1 / 0", "0 / 0"]
    assert len(summary.radar.outlines()) == 2  # the baseline and last time
    pdf, package = export(qtbot, window, tmp_path)
    assert [o["date"] for o in package["history"]] == ["2026-03-10", FOLLOW_UP_DAY]
    text = " ".join(" ".join(p.extract_text().split()) for p in PdfReader(pdf).pages)
    assert "Tillit 3 / 5 4 / 5 4 / 5 +1 / 0 0 / 0" in text  # still against the baseline
    groups = window.library_page.groups
    assert [len(g.occasions) for g in groups] == [3]
