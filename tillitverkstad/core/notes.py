"""A step's group notes by category, worded by the workshop's content: one grouping for
the PDF, the shared screen's notes board and the window's note lists.

Only ``StepRecord.notes`` is read: free notes and private notes live in other fields of
the record, which this never touches."""

from __future__ import annotations

from dataclasses import dataclass

from tillitverkstad.core.content_model import Content
from tillitverkstad.core.model import Note, NoteCategory, StepRecord


@dataclass(frozen=True)
class CategoryNotes:
    category: NoteCategory
    label: str  # "Så gör vi i dag", in the content's language
    hint: str  # what belongs there, for the entry field
    notes: tuple[Note, ...]


def note_categories(content: Content) -> tuple[CategoryNotes, ...]:
    """Every category, in the content's order, with no notes yet."""
    return tuple(
        CategoryNotes(NoteCategory(text.id), text.label, text.hint, ())
        for text in content.note_categories
    )


def notes_by_category(record: StepRecord, content: Content) -> tuple[CategoryNotes, ...]:
    """The record's notes under each category, in the content's order."""
    return tuple(
        CategoryNotes(c.category, c.label, c.hint, tuple(record.notes_in(c.category)))
        for c in note_categories(content)
    )
