"""The shared screen follows the facilitator, hides votes until revealed, blanks, and
never shows what is private."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF, QSettings, Qt
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QLabel, QWidget

from tillitverkstad.core import projection as pv
from tillitverkstad.core.model import NoteCategory, Scale
from tillitverkstad.ui.presenter import Presenter
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.shared_screen import SharedScreen
from tillitverkstad.ui.slides import Slide, fit_blocks, question_blocks

SENTINEL = "HEMLIGT-7f3a"


@pytest.fixture
def setup(qtbot, library, demo, tmp_path):
    library.add(demo)
    session = WorkshopSession(library.open(demo.id))
    facilitator = QWidget()
    qtbot.addWidget(facilitator)
    preview = Slide(facilitator)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    presenter = Presenter(session, settings, facilitator, preview)
    presenter._card_timer.setInterval(0)
    yield session, presenter, preview
    presenter.close()
    session.close()


def shown(presenter):
    return presenter.screen.slide._view


def settle(qtbot, presenter):
    qtbot.waitUntil(lambda: not presenter._card_timer.isActive())


def test_f5_opens_a_window_that_follows_navigation(qtbot, setup):
    session, presenter, _ = setup
    presenter.present_action.trigger()
    assert presenter.is_presenting and presenter.screen.isVisible()
    session.go_to("intro")
    assert isinstance(shown(presenter), pv.TitleCard)  # neutral card between steps
    settle(qtbot, presenter)
    assert isinstance(shown(presenter), pv.IntroView)
    session.go_to("tillit")
    settle(qtbot, presenter)
    view = shown(presenter)
    assert isinstance(view, pv.QuestionView) and view.title == "Tillit"
    session.set_question_index("tillit", 1)
    assert shown(presenter).number == 2
    session.go_to("summary")
    settle(qtbot, presenter)
    assert isinstance(shown(presenter), pv.SummaryView)
    session.go_to("actions")
    settle(qtbot, presenter)
    assert len(shown(presenter).rows) == 7
    presenter.present_action.trigger()
    assert not presenter.is_presenting


def test_votes_are_hidden_until_revealed_and_hidden_again_when_they_change(qtbot, setup):
    session, presenter, preview = setup
    presenter.start()
    session.go_to("tillit")
    settle(qtbot, presenter)
    presenter.rating_action.trigger()
    assert shown(presenter).revealed is False
    assert shown(presenter).scales[0].counts is None
    presenter.reveal_action.trigger()
    assert shown(presenter).scales[0].counts == (0, 2, 4, 3, 0)
    assert preview._view == shown(presenter)  # the thumbnail shows the same
    session.set_votes("tillit", Scale.CURRENT, [1, 2, 3, 3, 0])
    assert shown(presenter).revealed is False
    assert not presenter.reveal_action.isChecked()


def test_b_and_w_blank_and_the_same_key_restores(qtbot, setup):
    _, presenter, _ = setup
    presenter.start()
    screen = presenter.screen
    qtbot.keyClick(screen, Qt.Key_B)
    assert screen.blank_mode == "black" and not screen.slide.isVisible()
    qtbot.keyClick(screen, Qt.Key_W)
    assert screen.blank_mode == "white"
    qtbot.keyClick(screen, Qt.Key_W)
    assert screen.blank_mode == "" and screen.slide.isVisible()
    presenter.black_action.trigger()
    assert screen.blank_mode == "black"
    presenter.black_action.trigger()
    assert screen.blank_mode == ""


def test_escape_leaves_full_screen_and_f5_closes(qtbot, setup):
    _, presenter, _ = setup
    presenter.start()
    screen = presenter.screen
    screen.showFullScreen()
    qtbot.keyClick(screen, Qt.Key_Escape)
    assert not screen.isFullScreen()
    qtbot.keyClick(screen, Qt.Key_F5)
    assert not presenter.is_presenting


def _widget_text(root: QWidget) -> str:
    parts = []
    for widget in [root, *root.findChildren(QWidget)]:
        parts += [
            widget.windowTitle(),
            widget.accessibleName(),
            widget.accessibleDescription(),
            widget.toolTip(),
        ]
        if isinstance(widget, QLabel):
            parts.append(widget.text())
        if isinstance(widget, Slide):
            parts.append(widget.spoken_text())
    return "\n".join(parts)


def test_private_notes_and_names_never_reach_the_shared_screen(qtbot, setup, monkeypatch):
    session, presenter, _ = setup
    ws = session.workshop
    ws.participant_names = [f"{SENTINEL}-namn-{i}" for i in range(3)]
    handed: list[str] = []
    for name in ("show_view", "set_timer"):
        real = getattr(SharedScreen, name)
        monkeypatch.setattr(
            SharedScreen,
            name,
            lambda self, arg, real=real: (handed.append(repr(arg)), real(self, arg))[1],
        )
    presenter.start()
    for step in ws.steps:
        session.set_private_notes(step, f"{SENTINEL} privat om {step}")
        if session.kind(step).value in ("principle", "cornerstone", "discussion"):
            session.add_note(step, NoteCategory.IDEAS, "synlig idé")
        session.go_to(step)
        settle(qtbot, presenter)
        presenter.set_timer(90, True)
        if presenter.rating_action.isEnabled():
            presenter.reveal_action.trigger()
        assert SENTINEL not in _widget_text(presenter.screen)
    assert handed and not any(SENTINEL in h for h in handed)


def test_timer_on_the_shared_screen_follows_the_facilitator_timer(qtbot, setup):
    session, presenter, _ = setup
    presenter.start()
    session.go_to("tillit")
    presenter.set_timer(600, False)  # what the workshop view reports for the new step
    settle(qtbot, presenter)
    assert presenter.screen.slide._timer == pv.TimerView(600, False)
    presenter.set_timer(-5, True)
    assert presenter.screen.slide._timer.overdue
    session.go_to("summary")
    settle(qtbot, presenter)
    assert presenter.screen.slide._timer is None  # no timer on the summary


@pytest.mark.parametrize("size", [(1024, 768), (3840, 2160), (640, 480)])
def test_text_fits_the_slide_at_any_size(qtbot, demo, content_sv, size):
    demo.record("handlingsutrymme").question_index = 1
    view = pv.question_view(demo, content_sv, "handlingsutrymme")
    area = QRectF(0, 0, size[0] * 0.88, size[1] * 0.88)
    scale, laid = fit_blocks(question_blocks(view), area, size[1])
    assert scale > 0.3  # still large type, not shrunk to nothing
    assert sum(needed for _, _, needed in laid) <= area.height()
    narrow = QRectF(0, 0, size[0] * 0.2, size[1] * 0.88)  # one long word in a narrow column
    _, laid = fit_blocks([question_blocks(view)[0]], narrow, size[1])
    block, font, _ = laid[0]
    assert QFontMetricsF(font).horizontalAdvance(block.text) <= narrow.width() + 0.5


def test_the_vote_screen_shows_no_decision_before_the_reveal(qtbot, setup):
    session, presenter, _ = setup
    presenter.start()
    session.go_to("handlingsutrymme")  # demo: agreed 2 and 4, "oenighet", spread 1-4
    settle(qtbot, presenter)
    presenter.rating_action.trigger()
    hidden = shown(presenter)
    assert hidden.consensus == ""
    assert all(s.agreed is None and not s.wide_spread for s in hidden.scales)
    presenter.reveal_action.trigger()
    shown_view = shown(presenter)
    assert shown_view.consensus == "Oenighet"
    assert [s.agreed for s in shown_view.scales] == [2, 4]
    assert shown_view.scales[0].wide_spread and not shown_view.scales[1].wide_spread


def test_starting_to_present_leaves_the_keyboard_with_the_facilitator(qtbot, setup):
    _, presenter, _ = setup
    presenter.facilitator.show()
    presenter.start()
    assert presenter.screen.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.waitUntil(presenter.facilitator.isActiveWindow)
