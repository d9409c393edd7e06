"""What every step page offers the workshop view."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from tillitverkstad.ui.session import WorkshopSession


class StepPage(QWidget):
    question_changed = Signal(str, int)  # step id, current question index
    shows_everything = False  # True for pages that summarise all steps (refresh on any change)

    def __init__(
        self, session: WorkshopSession, step_id: str, language: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.session, self.step_id, self.language = session, step_id, language

    def refresh(self) -> None:
        """Show the stored state again (after an undo, or when the page is shown)."""

    def refresh_actions(self) -> None:
        """The action list changed."""

    def commit_drafts(self) -> int:
        """Add text left in the page's entries (on leaving the step); how many were added."""
        return 0

    def drafts(self) -> list[str]:
        """The text left in the page's entries, each as "where: text"."""
        return []

    def focus_note_entry(self) -> bool:
        """Put the cursor where a new note is typed; False when the page has none."""
        return False

    def _emit_question(self, index: int) -> None:
        self.question_changed.emit(self.step_id, index)
