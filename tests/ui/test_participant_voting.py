"""Deltagarröstning in the real window: turned on through its dialog on this computer's own
address, phones (real HTTP clients) join, vote and send notes, and the window counts,
stores, refuses and stops as a facilitator expects."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox
from view_helpers import click, press

from tests.ui.shell_fixtures import OFFSCREEN_NOISE, ini_settings
from tests.voting.phone import Phone, open_sockets
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.model import NoteCategory, Scale, VoteMethod
from tillitverkstad.core.projection_join import JoinView
from tillitverkstad.ui.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE
LOOPBACK = "127.0.0.1"


@pytest.fixture
def workshop(content_sv, library):
    ws = uc.create_workshop(
        content_sv, group="Ledningsgrupp Röst", date=dt.date(2026, 11, 23), participant_count=8
    )
    ws.current_step = "tillit"
    library.add(ws)
    return ws


@pytest.fixture
def window(qtbot, tmp_path, library, workshop):
    w = MainWindow(library, ini_settings(tmp_path))
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    assert w.open_workshop(workshop.id)
    w.presenting.presenter._card_timer.setInterval(0)
    yield w
    if w.participants.voting is not None:
        w.participants.voting.notes.clear()  # nothing to ask about on the way out
    w.close_workshop()


def turn_on(qtbot, window, minimum: int = 3):
    dialog = window.toggle_participant_voting()
    assert dialog is not None and dialog.isVisible()
    index = next(
        i for i in range(dialog.network.count()) if dialog.network.itemData(i).address == LOOPBACK
    )
    dialog.network.setCurrentIndex(index)
    dialog.minimum.setValue(minimum)
    click(dialog.start_button)
    voting = window.participants.voting
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert voting.running
    return voting


def phones(voting, count: int) -> list[Phone]:
    invitation = voting.server.invitation
    return [Phone(invitation, source=f"127.0.0.{20 + n}").join() for n in range(count)]


def answer_next_question(qtbot, button_text: str) -> None:
    """Click ``button_text`` in the question box about to open (it blocks until answered)."""

    def answer() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(10, answer)
            return
        [button] = [b for b in box.buttons() if b.text() == button_text]
        click(button)

    QTimer.singleShot(0, answer)


def test_phones_vote_over_http_the_count_shows_live_and_closing_stores_phone_votes(
    qtbot, window, library, workshop
):
    voting = turn_on(qtbot, window)
    strip = voting.strip
    assert strip.isVisible() and "127.0.0.1:" in strip.status.text()
    assert "distribution shown from 3 votes" in strip.status.text()  # the minimum, said
    preview = window.presenting.preview.slide
    qtbot.waitUntil(lambda: isinstance(preview._view, JoinView))  # shown at the start
    click(strip.vote_button)
    assert voting.vote is not None
    assert preview._view.votes_so_far == "Röster hittills: 0"  # the wall shows the count too
    room = phones(voting, 4)
    vote_id = room[0].state().body["vote"]
    for phone in room:
        assert phone.vote(vote_id, "current", 3).status == 200
    for phone in room[:3]:
        assert phone.vote(vote_id, "desired", 5).status == 200
    qtbot.waitUntil(lambda: strip.counts.text() == "Nuläge 4 of 8 · Önskat läge 3 of 8")
    assert preview._view.votes_so_far == "Röster hittills: 4"
    click(strip.vote_button)  # now "Close the vote"
    rating = window.session.workshop.record("tillit").rating
    assert rating.current.counts == (0, 0, 4, 0, 0)
    assert rating.desired.counts == (0, 0, 0, 0, 3)
    assert rating.method is VoteMethod.DEVICES
    assert "stored" in strip.message.text()
    assert window.session.flush()
    assert library.read(workshop.id).record("tillit").rating.method is VoteMethod.DEVICES
    window.presenting.presenter.reveal_action.trigger()  # 4 and 3 votes: may be shown
    assert window.presenting.presenter.reveal_action.isChecked()
    window.undo()  # the phones' votes are one edit
    assert window.session.workshop.record("tillit").rating.current.total == 0


def test_a_distribution_from_too_few_phones_is_never_shown_nor_stored(qtbot, window, library):
    """Two votes "one on 2, one on 4" would tell the two what the other chose: the wall
    shows the agreed value and says why there is no distribution; the window shows no
    counts; the file keeps only how many were sent."""
    voting = turn_on(qtbot, window)
    voting.toggle_vote()
    room = phones(voting, 2)
    vote_id = room[0].state().body["vote"]
    for phone, value in zip(room, (2, 4), strict=True):
        phone.vote(vote_id, "current", value)
    qtbot.waitUntil(lambda: voting.vote is not None and voting.vote.current == 2)
    voting.toggle_vote()
    rating = window.session.workshop.record("tillit").rating
    assert rating.current.total == 2 and rating.current.counts == (0,) * 5
    assert rating.minimum_votes == 3
    # Worded in the window's language (Swedish here; the tests install no Qt catalog).
    said = "Färre än 3 röster från telefonerna – fördelningen visas inte."
    assert said in voting.strip.message.text()  # said before anyone asks
    window.session.set_agreed("tillit", Scale.CURRENT, 3)
    presenter = window.presenting.presenter
    presenter.reveal_action.trigger()
    assert presenter.reveal_action.isChecked()
    current = window.presenting.preview.slide._view.scales[0]
    assert current.counts is None and current.median is None and current.low_high is None
    assert current.facts == said
    assert current.agreed == 3  # the group's decision is still shown
    panel = window.view.page("tillit").rating
    assert said in panel.stats[Scale.CURRENT].text()
    assert [spin.value() for spin in panel.spins[Scale.CURRENT]] == [0] * 5
    assert window.session.flush()
    stored = library.read(window.session.workshop.id).record("tillit").rating
    assert stored.current.counts == (0,) * 5 and stored.current.withheld == 2


def test_the_promise_before_the_start_says_what_the_file_keeps_below_the_minimum(window):
    """The facilitator reads the promise aloud: it must match what is stored (the total
    alone below the minimum), for the minimum chosen."""
    dialog = window.toggle_participant_voting()
    dialog.minimum.setValue(5)
    promise = dialog.promise.text()
    assert "fewer than 5 have voted, only how many voted is kept" in promise
    assert "same number of votes per value" not in promise
    dialog.reject()


def test_hands_counts_are_replaced_only_after_asking(qtbot, window):
    window.session.set_votes("tillit", Scale.CURRENT, [0, 1, 2, 0, 0])
    voting = turn_on(qtbot, window)
    answer_next_question(qtbot, "Cancel")
    voting.toggle_vote()
    assert voting.vote is None  # nothing opened
    answer_next_question(qtbot, "Open the vote")
    voting.toggle_vote()
    assert voting.vote is not None


def test_moving_to_another_step_closes_the_vote_and_keeps_its_votes(qtbot, window):
    voting = turn_on(qtbot, window)
    voting.toggle_vote()
    [phone] = phones(voting, 1)
    phone.vote(phone.state().body["vote"], "desired", 4)
    qtbot.waitUntil(lambda: voting.vote is not None and voting.vote.desired == 1)
    window.view.go_next()
    assert voting.vote is None
    ws = window.session.workshop
    assert ws.record("tillit").rating.desired.total == 1  # one vote: kept as a total alone
    assert ws.record("tillit").rating.method is VoteMethod.DEVICES
    assert phone.state().body["topic"] == "Medborgarfokus"  # the phones follow the room


def test_a_note_from_a_phone_waits_shows_its_markup_as_text_and_becomes_a_note_on_accept(
    qtbot, window
):
    voting = turn_on(qtbot, window)
    [phone] = phones(voting, 1)
    markup = "<b>Fet</b> & <img src=x onerror=alert(1)> <a href='x'>länk</a>"
    assert phone.note(markup, category="hinder", key="a").status == 200
    assert phone.note("Tas bort", category="ideer", key="b").status == 200
    panel = voting.panel
    qtbot.waitUntil(lambda: panel.list.count() == 2)
    assert "notes waiting: 2" in voting.strip.status.text()
    item = panel.list.item(0)
    assert markup in item.text() and item.text().startswith("Hinder · Tillit")
    assert panel.full.toPlainText() == markup  # shown literally, never interpreted
    ws = window.session.workshop
    assert markup not in [n.text for n in ws.record("tillit").notes]  # not before accepting
    window.session.go_to("medborgarfokus")  # the queue survives a step change
    panel = voting.panel
    assert panel.list.count() == 2
    panel.list.setFocus()
    panel.list.setCurrentRow(0)
    press(panel.list, Qt.Key.Key_Return)  # Godkänn from the keyboard
    assert [(n.category, n.text) for n in ws.record("tillit").notes] == [
        (NoteCategory.OBSTACLES, markup)
    ]  # on the step it was sent on
    press(panel.list, Qt.Key.Key_Delete)  # Ta bort
    assert panel.list.count() == 0 and voting.notes == {}
    assert all(n.text != "Tas bort" for r in ws.records.values() for n in r.notes)
    window.undo()
    assert ws.record("tillit").notes == []


def test_closing_the_workshop_asks_before_discarding_notes_from_phones(qtbot, window):
    voting = turn_on(qtbot, window)
    [phone] = phones(voting, 1)
    phone.note("Vänta på mig")
    qtbot.waitUntil(lambda: len(voting.notes) == 1)
    answer_next_question(qtbot, "Stay")
    assert not window.close_workshop()
    assert window.session is not None and voting.running
    answer_next_question(qtbot, "Discard and close")
    assert window.close_workshop()
    assert not voting.running and voting.notes == {}


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="reads /proc")
def test_finishing_keeps_an_open_votes_votes_and_closes_every_socket(qtbot, window):
    before = open_sockets()
    voting = turn_on(qtbot, window)
    voting.toggle_vote()
    [phone] = phones(voting, 1)
    phone.vote(phone.state().body["vote"], "current", 1)
    qtbot.waitUntil(lambda: voting.vote is not None and voting.vote.current == 1)
    assert open_sockets() - before
    window.lifecycle.finish()
    check = window.lifecycle.check  # what is left unfinished, and the question
    click(next(b for b in check.buttons() if check.buttonRole(b) is QMessageBox.AcceptRole))
    for box in window.findChildren(QMessageBox):
        box.close()  # the offer to export
    assert window.session.workshop.finished
    assert window.session.workshop.record("tillit").rating.current.total == 1
    assert not voting.running and not voting.strip.isVisible()
    assert open_sockets() - before == set()
    assert not window.commands.participants.isEnabled()  # a finished workshop takes no votes


def test_turning_it_off_from_the_strip_stops_at_once(qtbot, window):
    voting = turn_on(qtbot, window)
    invitation = voting.server.invitation
    click(voting.strip.stop_button)
    assert not voting.running and not window.commands.participants.isChecked()
    assert window.presenting.presenter.phones.join is None
    with pytest.raises(OSError):
        Phone(invitation).join()


def test_no_phone_a_minute_after_the_start_says_what_to_try_until_one_joins(
    qtbot, window, monkeypatch
):
    from tillitverkstad.ui import participant_health

    monkeypatch.setattr(participant_health, "NO_PHONE_MS", 50)  # "a minute"
    voting = turn_on(qtbot, window)
    trouble = voting.strip.trouble
    qtbot.waitUntil(lambda: trouble.isVisible())
    text = trouble.text()
    assert text.startswith("No phone has joined yet.")
    assert "hotspot" in text and "Mobile hotspot" in text and "Internet Sharing" in text
    phones(voting, 1)
    qtbot.waitUntil(lambda: not trouble.isVisible(), timeout=10_000)  # the next device count


def test_an_address_that_disappears_is_said_in_plain_words(qtbot, window, monkeypatch):
    from tillitverkstad.voting import network

    voting = turn_on(qtbot, window)
    monkeypatch.setattr(network, "address_present", lambda address: False)  # Wi-Fi dropped
    voting.health.probe()
    qtbot.waitUntil(lambda: voting.strip.trouble.isVisible())
    # Worded in the window's language (Swedish here; the tests install no Qt catalog).
    assert "hör inte längre till den här datorn" in voting.strip.trouble.text()
    assert voting.running  # said, not stopped: the facilitator decides
