"""The facilitator's open workshop: every edit goes through here, is undoable where it
makes sense, and is saved durably within a second without a Save button."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from typing import TypeVar

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from tillitverkstad.core import agenda, details, history, votes
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.content import content_from_dict
from tillitverkstad.core.content_model import Content
from tillitverkstad.core.model import (
    BalanceLogic,
    BalanceSide,
    ChangeKey,
    Consensus,
    DetailField,
    Note,
    NoteCategory,
    Occasion,
    Scale,
    StepKind,
    VoteMethod,
    Workshop,
)
from tillitverkstad.operations.library import OpenWorkshop
from tillitverkstad.ui.autosave import PROMPTLY, Autosave, SaveTiming
from tillitverkstad.ui.session_plan import PlanEdits

T = TypeVar("T")


class _Edit(QUndoCommand):
    """An edit that has already been applied; undo/redo replay it."""

    def __init__(self, text: str, redo: Callable[[], object], undo: Callable[[], object]):
        super().__init__(text)
        self._redo, self._undo = redo, undo
        self._applied = True

    def redo(self) -> None:
        if self._applied:  # the first redo comes from push(): the edit is already done
            self._applied = False
            return
        self._redo()

    def undo(self) -> None:
        self._undo()


class WorkshopSession(PlanEdits, QObject):
    changed = Signal(str)  # a step id or a ChangeKey
    navigated = Signal(str)  # the new current step
    saved = Signal()  # everything so far is on disk
    save_failed = Signal(object)  # the TillitError or OSError; edits stay in memory, retried
    finished_changed = Signal(bool)  # "Avsluta workshop" (True) or reopened (False)
    finishing = Signal()  # about to be finished: the last edits (a vote from phones) go in now

    def __init__(
        self,
        opened: OpenWorkshop,
        parent: QObject | None = None,
        timing: SaveTiming | None = None,
        earlier: Sequence[Occasion] | None = None,
        next_occasion: dt.date | None = None,
    ) -> None:
        super().__init__(parent)
        self._opened = opened
        # The group's next occasion in the library: a date correction may not pass it.
        self.next_occasion = next_occasion
        self.content: Content = content_from_dict(opened.workshop.content)
        # The group's earlier occasions, as the library knew them when this was opened.
        self.earlier: tuple[Occasion, ...] = (
            history.earlier_occasions(opened.workshop) if earlier is None else tuple(earlier)
        )
        self.undo_stack = QUndoStack(self)
        self.autosave = Autosave(opened, self, timing or PROMPTLY)
        self.autosave.saved.connect(self.saved)
        self.autosave.failed.connect(self.save_failed)

    # -- reading ----------------------------------------------------------------

    @property
    def workshop(self) -> Workshop:
        return self._opened.workshop

    @property
    def dirty(self) -> bool:
        return self.autosave.dirty

    def kind(self, step_id: str) -> StepKind:
        return agenda.step_kind(self.content, step_id)

    def title(self, step_id: str) -> str:
        return agenda.step_title(self.content, step_id)

    def comparison(self) -> history.Comparison:
        """Today beside every earlier occasion of the group (worked out afresh: cheap)."""
        return history.compare(self.workshop, self.earlier, self.content)

    def closed_last_time(self) -> tuple:
        return history.closed_last_time(self.workshop, self.earlier)

    # -- saving -----------------------------------------------------------------

    @property
    def last_saved(self) -> dt.datetime | None:
        return self.autosave.last_saved

    def _touch(self, key: str) -> None:
        self.autosave.touch()
        self.changed.emit(key)

    def flush(self) -> bool:
        """Save now and wait for the disk; True when everything is on disk."""
        return self.autosave.flush()

    def close(self) -> bool:
        """Save what is left and release the workshop; False (and nothing released) when
        the last edits could not be saved."""
        return self.autosave.close()

    def abandon(self) -> None:
        """Release the workshop although its last edits could not be saved: the user chose
        to leave them behind."""
        self.autosave.abandon()

    def _edit(
        self,
        key: str,
        text: str,
        do: Callable[[], T],
        undo: Callable[[], object],
        redo: Callable[[], object] | None = None,
    ) -> T:
        """Apply ``do`` (which validates and may raise, changing nothing), then record it."""
        result = do()
        self._touch(key)

        def replay(action: Callable[[], object]) -> Callable[[], None]:
            def run() -> None:
                action()
                self._touch(key)

            return run

        self.undo_stack.push(_Edit(text, replay(redo or do), replay(undo)))
        return result

    def _plain(self, key: str, do: Callable[[], T]) -> T:
        """Apply an edit that has its own undo (a text field) or needs none (the timer)."""
        result = do()
        self._touch(key)
        return result

    # -- navigation and time ----------------------------------------------------

    def go_to(self, step_id: str, *, finish_current: bool = False) -> None:
        uc.go_to_step(self.workshop, step_id, finish_current=finish_current)
        self._touch(ChangeKey.HEADER)
        self.navigated.emit(step_id)

    def set_step_done(self, step_id: str, done: bool) -> None:
        self._plain(step_id, lambda: uc.set_step_done(self.workshop, step_id, done))

    def record_time(self, step_id: str, seconds: int) -> None:
        self._plain(step_id, lambda: uc.record_time(self.workshop, step_id, seconds))

    def set_question_index(self, step_id: str, index: int) -> None:
        self._plain(step_id, lambda: uc.set_question_index(self.workshop, step_id, index))

    def finish(self) -> None:
        """Mark the workshop finished now. What it holds is then fixed: the undo history
        is dropped, and changing it again needs an explicit :meth:`reopen`."""
        if self.workshop.finished:
            return
        self.finishing.emit()
        uc.finish_workshop(self.workshop)
        self.undo_stack.clear()
        self._touch(ChangeKey.HEADER)
        self.finished_changed.emit(True)

    def reopen(self) -> None:
        """Open the finished workshop again for correction."""
        if not self.workshop.finished:
            return
        uc.reopen_workshop(self.workshop)
        self._touch(ChangeKey.HEADER)
        self.finished_changed.emit(False)

    def correct_details(self, changes: Mapping[DetailField, object]) -> None:
        """Correct header fields and planned minutes; logged once the workshop has begun."""
        ws = self.workshop
        done: list[details.Correction] = []

        def do() -> None:
            done[:] = [
                details.correct_details(ws, self.content, changes, next_occasion=self.next_occasion)
            ]

        self._edit(
            ChangeKey.HEADER,
            self.tr("Correct details"),
            do,
            lambda: details.undo_correction(ws, done[0]),
            lambda: details.redo_correction(ws, done[0]),
        )

    # -- notes ------------------------------------------------------------------

    def add_note(self, step_id: str, category: NoteCategory, text: str) -> Note:
        ws = self.workshop
        holder: list[Note] = []

        def do() -> Note:
            holder[:] = [uc.add_note(ws, step_id, category, text)]
            return holder[0]

        def redo() -> None:
            uc.restore_note(ws, step_id, len(ws.record(step_id).notes), holder[0])

        return self._edit(
            step_id,
            self.tr("Add note"),
            do,
            lambda: uc.delete_note(ws, step_id, holder[0].id),
            redo,
        )

    def edit_note(self, step_id: str, note_id: str, text: str) -> None:
        ws = self.workshop
        previous = next(n.text for n in ws.record(step_id).notes if n.id == note_id)
        self._edit(
            step_id,
            self.tr("Edit note"),
            lambda: uc.edit_note(ws, step_id, note_id, text),
            lambda: uc.edit_note(ws, step_id, note_id, previous),
        )

    def delete_note(self, step_id: str, note_id: str) -> None:
        ws = self.workshop
        removed: list = []

        def do() -> None:
            removed[:] = [uc.delete_note(ws, step_id, note_id)]

        self._edit(
            step_id,
            self.tr("Delete note"),
            do,
            lambda: uc.restore_note(ws, step_id, *removed[0]),
        )

    def move_note(self, step_id: str, note_id: str, offset: int) -> None:
        ws = self.workshop
        if uc.move_note(ws, step_id, note_id, offset) == 0:
            return
        self._touch(step_id)

        def move(by: int) -> None:
            uc.move_note(ws, step_id, note_id, by)
            self._touch(step_id)

        self.undo_stack.push(
            _Edit(self.tr("Move note"), lambda: move(offset), lambda: move(-offset))
        )

    def set_free_notes(self, step_id: str, text: str) -> None:
        self._plain(step_id, lambda: uc.set_free_notes(self.workshop, step_id, text))

    def set_private_notes(self, step_id: str, text: str) -> None:
        self._plain(step_id, lambda: uc.set_private_notes(self.workshop, step_id, text))

    # -- rating -----------------------------------------------------------------

    def set_votes(self, step_id: str, scale: Scale, counts: Sequence[int]) -> None:
        ws = self.workshop
        if tuple(counts) == ws.record(step_id).rating.votes(scale).counts:
            return
        # Undo puts back the method too: a count typed over phones' makes them hands'.
        previous = votes.collected_votes(ws, step_id)
        self._edit(
            step_id,
            self.tr("Change votes"),
            lambda: uc.set_votes(ws, step_id, scale, counts),
            lambda: votes.store_votes(ws, step_id, previous),
        )

    def store_phone_votes(
        self, step_id: str, current: Sequence[int], desired: Sequence[int]
    ) -> None:
        """The counts of a vote from the participants' phones, on both scales at once."""
        ws = self.workshop
        collected = votes.CollectedVotes(tuple(current), tuple(desired), VoteMethod.DEVICES)
        previous: list[votes.CollectedVotes] = []

        def do() -> None:
            previous[:] = [votes.store_votes(ws, step_id, collected)]

        self._edit(
            step_id,
            self.tr("Store votes from phones"),
            do,
            lambda: votes.store_votes(ws, step_id, previous[0]),
        )

    def set_agreed(self, step_id: str, scale: Scale, value: int | None) -> None:
        ws = self.workshop
        previous = ws.record(step_id).rating.agreed(scale)
        if value == previous:
            return
        self._edit(
            step_id,
            self.tr("Set agreed value"),
            lambda: uc.set_agreed(ws, step_id, scale, value),
            lambda: uc.set_agreed(ws, step_id, scale, previous),
        )

    def set_consensus(self, step_id: str, consensus: Consensus | None) -> None:
        ws = self.workshop
        previous = ws.record(step_id).rating.consensus
        if consensus == previous:
            return
        self._edit(
            step_id,
            self.tr("Set consensus"),
            lambda: uc.set_consensus(ws, step_id, consensus),
            lambda: uc.set_consensus(ws, step_id, previous),
        )

    def set_reservations(self, step_id: str, text: str) -> None:
        self._plain(step_id, lambda: uc.set_reservations(self.workshop, step_id, text))

    # -- balance and closing ----------------------------------------------------

    def set_balance(self, step_id: str, which: BalanceSide, points: Mapping[str, int]) -> None:
        ws = self.workshop
        previous: list[dict[BalanceLogic, int]] = []

        def do() -> None:
            previous[:] = [uc.set_balance(ws, step_id, which, points)]

        self._edit(
            step_id,
            self.tr("Change balance"),
            do,
            lambda: uc.restore_balance(ws, step_id, BalanceSide(which), previous[0]),
        )

    def add_reflection(self, step_id: str, text: str) -> None:
        ws = self.workshop
        added: list[tuple[int, str]] = []

        def do() -> None:
            index = uc.add_reflection(ws, step_id, text)
            added[:] = [(index, ws.record(step_id).reflections[index])]

        self._edit(
            step_id,
            self.tr("Add reflection"),
            do,
            lambda: uc.delete_reflection(ws, step_id, added[0][0]),
            lambda: uc.restore_reflection(ws, step_id, *added[0]),
        )

    def edit_reflection(self, step_id: str, index: int, text: str) -> None:
        ws = self.workshop
        previous = ws.record(step_id).reflections[index]
        self._edit(
            step_id,
            self.tr("Edit reflection"),
            lambda: uc.edit_reflection(ws, step_id, index, text),
            lambda: uc.edit_reflection(ws, step_id, index, previous),
        )

    def delete_reflection(self, step_id: str, index: int) -> None:
        ws = self.workshop
        removed: list[str] = []

        def do() -> None:
            removed[:] = [uc.delete_reflection(ws, step_id, index)]

        self._edit(
            step_id,
            self.tr("Delete reflection"),
            do,
            lambda: uc.restore_reflection(ws, step_id, index, removed[0]),
        )
