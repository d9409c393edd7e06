"""The shared screen follows the facilitator, hides votes until revealed, blanks, and
never shows what is private."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QLabel, QWidget

from tests.ui.shell_fixtures import swedish  # noqa: F401
from tests.ui.view_helpers import press
from tillitverkstad.core import projection as pv
from tillitverkstad.core.model import ActionStatus, NoteCategory, Scale
from tillitverkstad.ui.presenter import Presenter
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.settings import Settings
from tillitverkstad.ui.shared_screen import SharedScreen
from tillitverkstad.ui.slide_theme import DARK, LIGHT
from tillitverkstad.ui.slides import Slide

SENTINEL = "HEMLIGT-7f3a"


def presenting(qtbot, session, tmp_path) -> tuple[Presenter, Slide]:
    """A presenter for ``session`` with its preview, the title card skipped."""
    facilitator = QWidget()
    qtbot.addWidget(facilitator)
    preview = Slide(facilitator)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    presenter = Presenter(session, settings, facilitator, preview)
    presenter._card_timer.setInterval(0)
    return presenter, preview


@pytest.fixture
def setup(qtbot, library, demo, tmp_path):
    library.add(demo)
    session = WorkshopSession(library.open(demo.id))
    presenter, preview = presenting(qtbot, session, tmp_path)
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
    screen.setWindowState(Qt.WindowState.WindowFullScreen)
    # Sent, not typed: the wall refuses the keyboard focus (QTest would ask to activate it).
    press(screen, Qt.Key_Escape)
    assert not screen.isFullScreen()
    press(screen, Qt.Key_F5)
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


def _walk_every_step_and_look_for_the_sentinel(qtbot, session, presenter, preview, monkeypatch):
    """Every step, every view the presenter offers there: the sentinel written into every
    private place never reaches the screen, the preview or what the screen is handed.
    Returns the kinds of view that were shown."""
    ws = session.workshop
    ws.participant_names = [f"{SENTINEL}-namn-{i}" for i in range(3)]
    ws.facilitator = f"{SENTINEL} processledare"
    handed: list[str] = []
    for name in ("show_view", "set_timer", "set_progress", "set_theme"):
        real = getattr(SharedScreen, name)
        monkeypatch.setattr(
            SharedScreen,
            name,
            lambda self, arg, real=real: (handed.append(repr(arg)), real(self, arg))[1],
        )
    presenter.start()
    seen: set[type] = set()
    for step in ws.steps:
        session.set_private_notes(step, f"{SENTINEL} privat om {step}")
        session.set_free_notes(step, f"{SENTINEL} fri anteckning om {step}")
        if session.kind(step).value in ("principle", "cornerstone", "discussion"):
            session.add_note(step, NoteCategory.IDEAS, "synlig idé")
        session.go_to(step)
        settle(qtbot, presenter)
        presenter.set_timer(90, True)
        for show in (presenter.board_action, presenter.rating_action, presenter.reveal_action):
            if show.isEnabled():
                show.trigger()
                seen.add(type(shown(presenter)))
                for widget in (presenter.screen, preview):
                    assert SENTINEL not in _widget_text(widget)
                    widget.grab()
                    painted = widget.slide.painted if widget is presenter.screen else widget.painted
                    assert not any(SENTINEL in p.text for p in painted)
        seen.add(type(shown(presenter)))
        assert SENTINEL not in _widget_text(presenter.screen)
    assert handed and not any(SENTINEL in h for h in handed)
    return seen


def test_private_notes_and_names_never_reach_the_shared_screen(qtbot, setup, monkeypatch):
    session, presenter, preview = setup
    seen = _walk_every_step_and_look_for_the_sentinel(
        qtbot, session, presenter, preview, monkeypatch
    )
    # every kind of view was on the screen during the walk
    assert {
        pv.IntroView,
        pv.QuestionView,
        pv.NotesBoardView,
        pv.RatingView,
        pv.BalanceView,
        pv.SummaryView,
        pv.ActionsView,
    } <= seen


def test_a_follow_up_shows_last_time_and_its_actions_but_nothing_private(
    qtbot, library, content_sv, tmp_path, monkeypatch
):
    from story import baseline

    from tillitverkstad.core import usecases as uc
    from tillitverkstad.operations import library as ops

    first = baseline(content_sv)
    uc.reopen_workshop(first)
    first.participant_names = [f"{SENTINEL} förra gången"]
    for step in first.steps:
        uc.set_private_notes(first, step, f"{SENTINEL} privat förra gången")
    first.actions[2].who = "Avdelningschef"
    library.add(first)
    follow = ops.start_follow_up(library, first.id, date=first.date)
    session = WorkshopSession(
        library.open(follow.id), earlier=ops.earlier_occasions(library, follow)
    )
    presenter, preview = presenting(qtbot, session, tmp_path)
    try:
        session.set_review_status(session.workshop.carried[0].id, ActionStatus.DONE)
        presenter.start()
        session.go_to("tillit")
        settle(qtbot, presenter)
        presenter.rating_action.trigger()
        assert all(not s.earlier for s in shown(presenter).scales)  # never before the reveal
        presenter.reveal_action.trigger()
        assert shown(presenter).scales[0].earlier == "Förra gången: 3"
        presenter.screen.resize(1024, 768)
        presenter.screen.slide.grab()
        assert any(p.text == "Förra gången: 3" for p in presenter.screen.slide.painted)
        presenter.reveal_action.trigger()  # hidden again: the line goes with the results
        assert all(not s.earlier for s in shown(presenter).scales)
        presenter.rating_action.trigger()
        seen = _walk_every_step_and_look_for_the_sentinel(
            qtbot, session, presenter, preview, monkeypatch
        )
        assert pv.ReviewView in seen
    finally:
        presenter.close()
        session.close()


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
    # Agreed despite the spread 1-4: the warning has done its job; the decision is worded.
    assert not any(s.wide_spread or s.warning for s in shown_view.scales)
    assert shown_view.scales[0].decision == "Överenskommet 2, med reservationer"


def test_starting_to_present_leaves_the_keyboard_with_the_facilitator(qtbot, setup):
    _, presenter, _ = setup
    presenter.facilitator.show()
    presenter.start()
    assert presenter.screen.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    qtbot.waitUntil(presenter.facilitator.isActiveWindow)


def test_the_notes_board_is_off_by_default_and_on_per_step(qtbot, setup):
    session, presenter, _ = setup
    changes: list[bool] = []
    presenter.board_changed.connect(changes.append)
    presenter.start()
    session.go_to("tillit")
    settle(qtbot, presenter)
    assert isinstance(shown(presenter), pv.QuestionView)
    assert not presenter.board_action.isChecked()
    presenter.board_action.trigger()
    board = shown(presenter)
    assert isinstance(board, pv.NotesBoardView) and board.title == "Tillit"
    assert changes == [True]
    session.go_to("medborgarfokus")
    settle(qtbot, presenter)
    assert isinstance(shown(presenter), pv.QuestionView)  # off on the next step
    assert changes == [True, False] and not presenter.board_action.isChecked()
    session.go_to("tillit")
    settle(qtbot, presenter)
    assert isinstance(shown(presenter), pv.NotesBoardView)  # still on where it was turned on
    presenter.board_action.trigger()
    assert isinstance(shown(presenter), pv.QuestionView)


def test_the_notes_board_follows_the_notes_as_they_are_entered(qtbot, setup):
    session, presenter, preview = setup
    presenter.start()
    session.go_to("stod")
    settle(qtbot, presenter)
    presenter.board_action.trigger()
    session.add_note("stod", NoteCategory.TODAY, "Vi har en stödfunktion som svarar samma dag")
    assert shown(presenter).columns[0].items[-1] == "Vi har en stödfunktion som svarar samma dag"
    note = session.workshop.record("stod").notes_in(NoteCategory.TODAY)[-1]
    session.edit_note("stod", note.id, "Stödet svarar samma dag")
    assert shown(presenter).columns[0].items[-1] == "Stödet svarar samma dag"
    session.undo_stack.undo()
    assert shown(presenter).columns[0].items[-1] == "Vi har en stödfunktion som svarar samma dag"
    assert preview._view == shown(presenter)


def test_the_board_and_the_voting_view_take_turns(qtbot, setup):
    session, presenter, _ = setup
    presenter.start()
    session.go_to("tillit")
    settle(qtbot, presenter)
    presenter.board_action.trigger()
    presenter.rating_action.trigger()
    assert isinstance(shown(presenter), pv.RatingView) and not presenter.board_action.isChecked()
    presenter.board_action.trigger()
    assert isinstance(shown(presenter), pv.NotesBoardView)
    assert not presenter.rating_action.isChecked()


def test_no_notes_board_on_steps_without_group_notes(qtbot, setup):
    session, presenter, _ = setup
    presenter.start()
    for step in ("intro", "balans", "summary", "actions", "closing"):
        session.go_to(step)
        settle(qtbot, presenter)
        assert not presenter.board_action.isEnabled(), step
        presenter.toggle_board()
        assert not isinstance(shown(presenter), pv.NotesBoardView), step


def test_the_balance_is_projected_as_bars_after_the_reveal(qtbot, setup):
    session, presenter, _ = setup
    presenter.start()
    session.go_to("balans")
    settle(qtbot, presenter)
    assert isinstance(shown(presenter), pv.QuestionView)
    presenter.rating_action.trigger()
    hidden = shown(presenter)
    assert isinstance(hidden, pv.BalanceView) and not hidden.revealed
    assert all(row.today is None for row in hidden.rows)
    presenter.reveal_action.trigger()
    assert [row.today for row in shown(presenter).rows] == [25, 50, 25]
    session.set_balance("balans", "desired", {"marknad": 10, "hierarki": 40, "tillit": 50})
    assert [row.desired for row in shown(presenter).rows] == [10, 40, 50]  # stays, live


def test_the_timer_can_be_hidden_from_the_group(qtbot, setup):
    session, presenter, preview = setup
    presenter.start()
    session.go_to("tillit")
    presenter.set_timer(600, True)
    settle(qtbot, presenter)
    assert presenter.screen.slide._timer is not None
    presenter.timer_action.trigger()
    assert presenter.screen.slide._timer is None and preview._timer is None
    presenter.set_timer(599, True)  # the countdown goes on, unseen by the group
    assert presenter.screen.slide._timer is None
    session.go_to("medborgarfokus")
    settle(qtbot, presenter)
    assert presenter.screen.slide._timer is None  # hidden until shown again
    presenter.timer_action.trigger()
    assert presenter.screen.slide._timer == pv.TimerView(599, True)


def test_the_theme_is_chosen_in_the_menu_and_remembered(qtbot, setup, tmp_path):
    session, presenter, preview = setup
    presenter.start()
    assert presenter.screen.slide.theme is LIGHT and presenter.theme_actions["light"].isChecked()
    presenter.theme_actions["dark"].trigger()
    assert presenter.screen.slide.theme is DARK and preview.theme is DARK
    assert Settings(presenter.settings).slide_theme == "dark"
    facilitator = QWidget()
    qtbot.addWidget(facilitator)
    again = Presenter(session, presenter.settings, facilitator, Slide(facilitator))
    again.start()
    assert again.screen.slide.theme is DARK and again.theme_actions["dark"].isChecked()
    again.close()


def test_the_progress_line_follows_the_agenda(qtbot, setup):
    session, presenter, _ = setup
    presenter.start()
    session.go_to("stod")
    settle(qtbot, presenter)
    assert presenter.screen.slide._progress == pv.progress(session.workshop)
    session.set_step_done("summary", True)
    assert presenter.screen.slide._progress.done[session.workshop.steps.index("summary")]


@pytest.mark.usefixtures("swedish")
def test_slide_labels_follow_the_workshop_language_not_the_window(qtbot, library, tmp_path):
    import datetime as dt

    from tillitverkstad.core.content import load_content
    from tillitverkstad.core.demo import demo_workshop

    english = demo_workshop(load_content("en"), dt.date(2026, 11, 23))
    library.add(english)
    session = WorkshopSession(library.open(english.id))
    facilitator = QWidget()
    qtbot.addWidget(facilitator)
    settings = QSettings(str(tmp_path / "en.ini"), QSettings.IniFormat)
    presenter = Presenter(session, settings, facilitator, Slide(facilitator))
    presenter._card_timer.setInterval(0)
    presenter.start()
    assert presenter.present_action.text() == "Visa för gruppen"  # the window is Swedish
    session.go_to("tillit")
    settle(qtbot, presenter)
    presenter.screen.slide.grab()
    texts = [p.text for p in presenter.screen.slide.painted]
    assert any(t.startswith("Question 1 of") for t in texts)  # the workshop is English
    presenter.close()
    session.close()
