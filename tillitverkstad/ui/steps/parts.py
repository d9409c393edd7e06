"""Building blocks shared by the step pages: text, questions, examples, free and private
notes, and the scroll areas that keep everything reachable on a 1366×768 screen."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.ui import icons, theme
from tillitverkstad.ui.read_only import keep_enabled
from tillitverkstad.ui.session import WorkshopSession
from tillitverkstad.ui.widgets.card import Card
from tillitverkstad.ui.widgets.rating_panel import set_text_if_changed
from tillitverkstad.ui.widgets.scroll_column import ScrollColumn


def text_label(parent: QWidget, text: str, factor: float = 1.0, bold: bool = False) -> QLabel:
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)  # content and notes are never markup
    label.setWordWrap(True)
    label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    if factor != 1.0 or bold:
        theme.scale_font(label, factor, bold=bold)
    return label


def scrolling(widget: QWidget, name: str, parent: QWidget | None = None) -> QScrollArea:
    """``widget`` in a column that scrolls, read by a screen reader as ``name``."""
    return ScrollColumn(widget, name, parent)


def column(parent: QWidget | None = None) -> tuple[QWidget, QVBoxLayout]:
    widget = QWidget(parent)
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(0, theme.SPACE.s, theme.SPACE.m, theme.SPACE.l)
    layout.setSpacing(theme.SPACE.m)
    return widget, layout


class QuestionsBox(Card):
    """The current discussion question, large on an accent card, with previous/next; the
    others listed below it. It is what the facilitator's eye finds first."""

    question_changed = Signal(int)

    def __init__(
        self,
        session: WorkshopSession,
        step_id: str,
        questions: Sequence[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(self.tr("Discussion questions"), parent, tone="accent")
        self.session, self.step_id, self.questions = session, step_id, tuple(questions)
        layout = self.body
        self.position = QLabel(self)
        self.position.setProperty("role", "muted")
        self.current = text_label(self, "", theme.TYPE.question, bold=True)
        # A description: over the platform bridge a label's name would hide its text.
        self.current.setAccessibleDescription(self.tr("Current question"))
        self.all = text_label(self, "")
        self.all.setProperty("role", "muted")
        row = QHBoxLayout()
        row.setSpacing(theme.SPACE.s)
        self.previous_button = keep_enabled(QPushButton(self.tr("Previous question"), self))
        self.next_button = keep_enabled(QPushButton(self.tr("Next question"), self))
        row.addWidget(self.position, 1)
        row.addWidget(self.previous_button)
        row.addWidget(self.next_button)
        layout.addLayout(row)
        layout.addWidget(self.current)
        layout.addSpacing(theme.SPACE.xs)
        layout.addWidget(self.all)
        self.previous_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.refresh()

    @property
    def index(self) -> int:
        stored = self.session.workshop.record(self.step_id).question_index
        return min(stored, max(0, len(self.questions) - 1))

    def step(self, offset: int) -> None:
        target = min(max(0, self.index + offset), max(0, len(self.questions) - 1))
        if target != self.index:
            self.session.set_question_index(self.step_id, target)
            self.refresh()
            self.question_changed.emit(target)

    def refresh(self) -> None:
        index = self.index
        count = len(self.questions)
        self.setVisible(count > 0)
        if not count:
            return
        self.position.setText(self.tr("Question {n} of {count}").format(n=index + 1, count=count))
        self.current.setText(self.questions[index])
        self.all.setText(
            "\n".join(
                f"{theme.CURRENT_MARK if i == index else '  '} {i + 1}. {q}"
                for i, q in enumerate(self.questions)
            )
        )
        self.previous_button.setEnabled(index > 0)
        self.next_button.setEnabled(index < count - 1)


class ExamplesBox(QWidget):
    """ "Så här gör andra": collapsed by default, opened with a button (or Space)."""

    def __init__(self, examples: Sequence[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toggle = keep_enabled(QToolButton(self))
        self.toggle.setText(self.tr("How others do it ({count})").format(count=len(examples)))
        self.toggle.setCheckable(True)
        self.toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.toggle.setAccessibleDescription(self.tr("Show examples of how others do it"))
        self.body = text_label(self, "\n".join(f"• {e}" for e in examples))
        self.body.hide()
        layout.addWidget(self.toggle)
        layout.addWidget(self.body)
        self.toggle.toggled.connect(self._toggled)
        self.setVisible(bool(examples))

    def _toggled(self, shown: bool) -> None:
        self.body.setVisible(shown)
        self.toggle.setArrowType(Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow)


class _NotesEditor(QPlainTextEdit):
    """Room for a few lines; it scrolls rather than pushing the rest off the screen."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(self.fontMetrics().lineSpacing() * 3 + 12)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 14)


class FreeNotes(Card):
    def __init__(
        self, session: WorkshopSession, step_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__(self.tr("Free notes"), parent)
        self.session, self.step_id = session, step_id
        self.editor = _NotesEditor(self)
        self.editor.setAccessibleName(self.tr("Free notes"))
        self.body.addWidget(self.editor)
        self.editor.textChanged.connect(
            lambda: session.set_free_notes(step_id, self.editor.toPlainText())
        )
        self.refresh()

    def refresh(self) -> None:
        set_text_if_changed(self.editor, self.session.workshop.record(self.step_id).free_notes)


class PrivateNotes(Card):
    """The facilitator's own notes: a lock, a dashed frame and words that say it's private."""

    def __init__(
        self, session: WorkshopSession, step_id: str, parent: QWidget | None = None
    ) -> None:
        super().__init__("", parent, tone="private")
        self.session, self.step_id = session, step_id
        self.setObjectName("privateNotes")
        layout = self.body
        row = QHBoxLayout()
        row.setSpacing(theme.SPACE.s)
        row.addWidget(icons.icon_label(self, "lock"))
        title = QLabel(self.tr("Private notes"), self)
        theme.scale_font(title, theme.TYPE.heading, bold=True)
        row.addWidget(title)
        note = QLabel(self.tr("Private – never shown to the group"), self)
        note.setProperty("role", "muted")
        row.addWidget(note, 1)
        layout.addLayout(row)
        self.editor = _NotesEditor(self)
        self.editor.setAccessibleName(self.tr("Private notes, never shown to the group"))
        self.editor.setPlaceholderText(self.tr("Only you see these notes."))
        title.setBuddy(self.editor)
        layout.addWidget(self.editor)
        self.editor.textChanged.connect(
            lambda: session.set_private_notes(step_id, self.editor.toPlainText())
        )
        self.refresh()

    def refresh(self) -> None:
        set_text_if_changed(self.editor, self.session.workshop.record(self.step_id).private_notes)
