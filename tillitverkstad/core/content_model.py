"""The workshop content (definition, cornerstones, principles, optional steps) as data.

``content_validation`` builds these from the JSON under ``resources/content/<language>/``
(see ``docs/content-format.md``); ``content`` loads and snapshots them. The wording of the
model's kinds (a consensus, a note category, a template, a governing logic) is named
``...Text`` here: the kind itself is the enum in ``core.model``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol, TypeVar

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import Consensus, NoteCategory, Template

FORMAT = 1  # version of the file layout; a snapshot records it under meta.format
PARTS = ("meta", "cornerstones", "principles", "steps")  # one JSON file each


class ContentError(TillitError):
    """The workshop content is missing, unreadable or inconsistent.

    The user reads where (file and field); the detail (``problem``, in English, for whoever
    edits the content files, see docs/content-format.md) is in ``str()`` and the log."""

    def __init__(self, file: str, field: str, problem: str) -> None:
        self.file = file
        self.field = field
        self.problem = problem
        self.where = f"{file}: {field}" if field else file
        super().__init__(
            QT_TRANSLATE_NOOP("errors", "The workshop content is not valid ({where})."),
            where=self.where,
        )

    def __str__(self) -> str:
        return f"{self.where}: {self.problem}"


@dataclass(frozen=True)
class Source:
    id: str
    citation: str


@dataclass(frozen=True)
class Definition:
    title: str
    text: str
    source: str


@dataclass(frozen=True)
class Principle:
    id: str
    name: str
    meaning: str
    explanation: str
    questions: tuple[str, ...]
    examples: tuple[str, ...]
    cornerstone: str
    optional: bool
    sources: tuple[str, ...]


@dataclass(frozen=True)
class Cornerstone:
    id: str
    name: str
    description: str
    questions: tuple[str, ...]
    examples: tuple[str, ...]
    principles: tuple[str, ...]
    sources: tuple[str, ...]


@dataclass(frozen=True)
class BalanceLogicText:
    id: str
    name: str
    keywords: str


@dataclass(frozen=True)
class OptionalStep:
    id: str
    kind: str  # "discussion" or "balance"
    title: str
    meaning: str
    text: str
    questions: tuple[str, ...]
    sources: tuple[str, ...]
    logics: tuple[BalanceLogicText, ...] = ()  # only for kind == "balance"


@dataclass(frozen=True)
class FixedStep:
    id: str  # intro, summary, actions or closing
    title: str
    text: str
    questions: tuple[str, ...]


@dataclass(frozen=True)
class RatingScale:
    id: str  # "current" (nuläge) or "desired" (önskat läge)
    name: str
    prompt: str


@dataclass(frozen=True)
class ConsensusText:
    id: str
    label: str
    explanation: str


@dataclass(frozen=True)
class NoteCategoryText:
    id: str
    label: str
    hint: str


@dataclass(frozen=True)
class TemplateText:
    id: str
    label: str
    description: str


@dataclass(frozen=True)
class Content:
    language: str
    version: str
    definition: Definition
    fixed_steps: dict[str, FixedStep]
    cornerstones: tuple[Cornerstone, ...]
    principles: tuple[Principle, ...]
    optional_steps: tuple[OptionalStep, ...]
    rating_scales: tuple[RatingScale, ...]
    anchors: dict[int, str]
    consensus: tuple[ConsensusText, ...]
    note_categories: tuple[NoteCategoryText, ...]
    templates: tuple[TemplateText, ...]
    sources: tuple[Source, ...]

    def principle(self, principle_id: str) -> Principle:
        return _find(self.principles, principle_id, "principle")

    def cornerstone(self, cornerstone_id: str) -> Cornerstone:
        return _find(self.cornerstones, cornerstone_id, "cornerstone")

    def optional_step(self, step_id: str) -> OptionalStep:
        return _find(self.optional_steps, step_id, "optional step")

    def fixed_step(self, step_id: str) -> FixedStep:
        return self.fixed_steps[step_id]

    def source(self, source_id: str) -> Source:
        return _find(self.sources, source_id, "source")

    def cornerstone_of(self, principle_id: str) -> Cornerstone:
        return self.cornerstone(self.principle(principle_id).cornerstone)

    def principles_of(self, cornerstone_id: str) -> tuple[Principle, ...]:
        """The principles of a cornerstone, in the cornerstone's order."""
        return tuple(self.principle(p) for p in self.cornerstone(cornerstone_id).principles)

    def core_principles(self) -> tuple[Principle, ...]:
        """The non-optional principles (the seven of SKR), in order."""
        return tuple(p for p in self.principles if not p.optional)

    def consensus_text(self, consensus: Consensus) -> ConsensusText | None:
        return next((c for c in self.consensus if c.id == consensus), None)

    def category_text(self, category: NoteCategory) -> NoteCategoryText | None:
        return next((c for c in self.note_categories if c.id == category), None)

    def template_text(self, template: Template) -> TemplateText | None:
        """None for a custom agenda, which the content does not describe."""
        return next((t for t in self.templates if t.id == template), None)


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_Item = TypeVar("_Item", bound=_HasId)


def _find(items: tuple[_Item, ...], item_id: str, what: str) -> _Item:
    for item in items:
        if item.id == item_id:
            return item
    raise KeyError(f"no {what} with id '{item_id}'")
