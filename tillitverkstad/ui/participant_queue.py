"""The notes sent from the participants' phones, kept by the window until the facilitator
accepts one (it becomes a note of the step it was sent on, through the session, undoable)
or removes it. The window's copy outlives the server: turning the mode off loses none."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.model import NOTE_KINDS
from tillitverkstad.ui.participant_notes import NoteQueuePanel, NoteRow
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.workshop_pane import WorkshopPane
from tillitverkstad.voting.facade import VotingServer
from tillitverkstad.voting.room import QueuedNote


class NoteQueue(QObject):
    said = Signal(str)  # what just happened, for the strip
    changed = Signal()  # a note came or went

    def __init__(self, parent: QObject, server: VotingServer, language: Callable[[], str]) -> None:
        super().__init__(parent)
        self._server, self._language = server, language
        self.notes: dict[str, QueuedNote] = {}
        self.session: WorkshopSession | None = None
        self.panel: NoteQueuePanel | None = None

    def attach(self, session: WorkshopSession | None, pane: WorkshopPane | None) -> None:
        """The open workshop and its view (the panel goes under its agenda, anew with
        each view); None when it closes."""
        self.session, self.panel = session, None
        if session is not None and pane is not None:
            self.panel = NoteQueuePanel()
            self.panel.accept_requested.connect(self.accept)
            self.panel.discard_requested.connect(self.discard)
            pane.add_side_panel(self.panel)
            self._show()

    def add(self, notes: list[QueuedNote]) -> None:
        for note in notes:
            self.notes[note.id] = note
        self._show()

    def accept(self, note_id: str) -> None:
        session = self.session
        note = self.notes.get(note_id)
        if session is None or note is None:
            return
        current = session.workshop.current_step
        step = note.step_id if note.step_id and session.kind(note.step_id) in NOTE_KINDS else None
        if step is None and session.kind(current) in NOTE_KINDS:
            step = current
        if step is None:
            self.said.emit(
                self.tr(
                    "This note was sent outside the principles' steps: go to the step it "
                    "belongs to and accept it there."
                )
            )
            return
        try:
            session.add_note(step, note.category, note.text)
        except TillitError as error:
            self.said.emit(error.message(self._language()))
            return
        self._forget(note_id)
        self.said.emit(
            self.tr("The note was added to {step} (Ctrl+Z undoes).").format(
                step=session.title(step)
            )
        )

    def discard(self, note_id: str) -> None:
        if note_id in self.notes:
            self._forget(note_id)

    def clear(self) -> None:
        self.notes.clear()
        self._show()

    def show_panel(self, shown: bool) -> None:
        if self.panel is not None:
            self.panel.setVisible(shown or bool(self.notes))

    def _forget(self, note_id: str) -> None:
        self.notes.pop(note_id, None)
        self._server.take_note(note_id)  # out of the room's queue too, when it still runs
        self._show()

    def _show(self) -> None:
        session = self.session
        if self.panel is not None and session is not None:
            self.panel.set_notes(
                [
                    NoteRow(
                        note.id,
                        self._category(session, note),
                        session.title(note.step_id) if note.step_id else "",
                        note.text,
                    )
                    for note in self.notes.values()
                ]
            )
        self.changed.emit()

    @staticmethod
    def _category(session: WorkshopSession, note: QueuedNote) -> str:
        text = session.content.category_text(note.category)
        return text.label if text is not None else note.category.value
