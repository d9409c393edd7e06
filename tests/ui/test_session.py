"""Edits through the session reach the disk within a second and can be undone."""

from __future__ import annotations

import pytest

from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.model import NoteCategory, Scale, VoteMethod
from tillitverkstad.storage import atomic
from tillitverkstad.ui.session import WorkshopSession


@pytest.fixture
def session(qtbot, library, demo):
    library.add(demo)
    s = WorkshopSession(library.open(demo.id))
    yield s
    s.close()


def on_disk(library, session):
    return library.read(session.workshop.id)


def test_an_edit_is_durable_within_a_second_without_saving(qtbot, library, session):
    with qtbot.waitSignal(session.saved, timeout=1000):
        session.add_note("tillit", NoteCategory.IDEAS, "Sparas utan knapp")
    assert on_disk(library, session).record("tillit").notes[-1].text == "Sparas utan knapp"
    assert session.last_saved is not None


def test_undo_and_redo_notes_votes_and_actions(qtbot, library, session):
    ws = session.workshop
    before = len(ws.record("tillit").notes)
    note = session.add_note("tillit", NoteCategory.IDEAS, "ny")
    session.edit_note("tillit", note.id, "ändrad")
    session.set_votes("tillit", Scale.CURRENT, [1, 1, 1, 1, 1])
    session.add_action("Gör något", "Chef")
    session.undo_stack.undo()
    assert [a.what for a in ws.actions if a.what == "Gör något"] == []
    session.undo_stack.undo()
    assert ws.record("tillit").rating.current.counts == (0, 2, 4, 3, 0)
    session.undo_stack.undo()
    assert ws.record("tillit").notes[-1].text == "ny"
    session.undo_stack.undo()
    assert len(ws.record("tillit").notes) == before
    for _ in range(4):
        session.undo_stack.redo()
    assert ws.record("tillit").notes[-1].text == "ändrad"
    assert ws.actions[-1].what == "Gör något"
    with qtbot.waitSignal(session.saved, timeout=1000):
        pass
    assert on_disk(library, session).actions[-1].what == "Gör något"


def test_a_refused_edit_changes_nothing_and_is_not_on_the_undo_stack(session):
    count = session.undo_stack.count()
    with pytest.raises(ValidationError):
        session.set_votes("tillit", Scale.CURRENT, [9, 9, 9, 9, 9])
    assert session.undo_stack.count() == count
    assert not session.dirty


def test_a_failed_save_is_reported_kept_and_retried(qtbot, session, monkeypatch):
    calls = []

    def broken_save():
        calls.append(1)
        raise OSError("disk gone")

    real = atomic.write_atomically
    monkeypatch.setattr(atomic, "write_atomically", lambda *a, **k: broken_save())
    with qtbot.waitSignal(session.save_failed, timeout=1000):
        session.add_note("tillit", NoteCategory.IDEAS, "behålls")
    assert session.dirty
    monkeypatch.setattr(atomic, "write_atomically", real)
    with qtbot.waitSignal(session.saved, timeout=3000):
        pass
    assert not session.dirty


def test_a_slow_disk_never_holds_up_typing(qtbot, library, session, monkeypatch):
    import threading

    disk_ready = threading.Event()
    real = atomic.write_atomically

    def slow_disk(path, data, **options):
        disk_ready.wait(10)  # the disk takes as long as the test says
        real(path, data, **options)

    monkeypatch.setattr(atomic, "write_atomically", slow_disk)
    session.add_note("tillit", NoteCategory.IDEAS, "första")
    qtbot.waitUntil(lambda: session.autosave.unreported == 1)  # captured and handed to the writer
    for n in range(20):  # the facilitator keeps typing while the disk is busy
        session.add_note("tillit", NoteCategory.IDEAS, f"medan disken arbetar {n}")
    assert len(session.workshop.record("tillit").notes) == 6 + 21
    with qtbot.waitSignal(session.saved, timeout=5000):
        disk_ready.set()
    assert on_disk(library, session).record("tillit").notes[-1].text == "medan disken arbetar 19"


def test_reviewing_last_times_actions_is_saved_and_can_be_undone(qtbot, library, demo, content_sv):
    from tillitverkstad.core import usecases as uc
    from tillitverkstad.core.model import ActionStatus

    library.add(demo)
    follow = uc.start_follow_up(demo, content_sv, demo.date)
    library.add(follow)
    s = WorkshopSession(library.open(follow.id))
    item = s.workshop.carried[0]
    with qtbot.waitSignal(s.saved, timeout=1000):
        s.set_review_status(item.id, ActionStatus.DONE)
        s.set_review_comment(item.id, "Klart i maj")
    stored = on_disk(library, s).carried[0]
    assert (stored.status, stored.comment) == (ActionStatus.DONE, "Klart i maj")
    s.undo_stack.undo()
    assert item.status is None and item.comment == "Klart i maj"  # text has its own undo
    s.undo_stack.redo()
    assert item.status is ActionStatus.DONE
    s.close()


def test_undo_and_redo_of_the_balance_and_the_reflections(qtbot, session):
    ws = session.workshop
    balance = dict(ws.record("balans").balance.today)
    reflections = list(ws.record("closing").reflections)
    session.set_balance("balans", "today", {"marknad": 10, "hierarki": 10, "tillit": 80})
    session.add_reflection("closing", "Mer mod")
    session.delete_reflection("closing", 0)
    for _ in range(3):
        session.undo_stack.undo()
    assert ws.record("balans").balance.today == balance
    assert ws.record("closing").reflections == reflections
    for _ in range(3):
        session.undo_stack.redo()
    assert ws.record("balans").balance.today["tillit"] == 80
    assert ws.record("closing").reflections == [*reflections[1:], "Mer mod"]


def test_phone_votes_are_one_undoable_edit_of_both_scales(qtbot, library, session):
    ws = session.workshop
    before = ws.record("tillit").rating
    hands = (before.current.counts, before.desired.counts)
    session.store_phone_votes("tillit", (1, 2, 3, 0, 0), (0, 0, 1, 2, 3))
    assert ws.record("tillit").rating.method is VoteMethod.DEVICES
    with qtbot.waitSignal(session.saved, timeout=1000):
        pass
    assert on_disk(library, session).record("tillit").rating.method is VoteMethod.DEVICES
    session.undo_stack.undo()
    rating = ws.record("tillit").rating
    assert (rating.current.counts, rating.desired.counts) == hands
    assert rating.method is VoteMethod.HANDS
    session.undo_stack.redo()
    assert ws.record("tillit").rating.desired.counts == (0, 0, 1, 2, 3)
    assert ws.record("tillit").rating.method is VoteMethod.DEVICES


def test_undoing_a_typed_count_after_a_phone_vote_says_phones_again(session):
    ws = session.workshop
    session.store_phone_votes("tillit", (1, 2, 3, 0, 0), (0, 0, 1, 2, 3))
    session.set_votes("tillit", Scale.CURRENT, [1, 2, 4, 0, 0])
    assert ws.record("tillit").rating.method is VoteMethod.HANDS
    session.undo_stack.undo()
    assert ws.record("tillit").rating.current.counts == (1, 2, 3, 0, 0)
    assert ws.record("tillit").rating.method is VoteMethod.DEVICES
