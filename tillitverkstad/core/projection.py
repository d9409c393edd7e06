"""What the shared screen may show, as plain view objects.

These types have no field for private notes, participant names or free notes: the shared
screen is only ever handed one of these, so it cannot leak what it is never given.
"""

from __future__ import annotations

from dataclasses import dataclass

from tillitverkstad.core import agenda
from tillitverkstad.core.content import Content
from tillitverkstad.core.model import RATED_KINDS, StepKind, Workshop
from tillitverkstad.core.rating import largest_gaps, median, needs_discussion, value_range
from tillitverkstad.core.text import display_line, display_text


@dataclass(frozen=True)
class TitleCard:
    """The neutral card between steps, and what shows before anything else."""

    title: str
    subtitle: str = ""


@dataclass(frozen=True)
class IntroView:
    title: str
    definition: str
    source: str
    cornerstones: tuple[tuple[str, tuple[str, ...]], ...]  # name, principle names
    question: str = ""  # the intro question the facilitator is on


@dataclass(frozen=True)
class QuestionView:
    """A principle, cornerstone or discussion step: its meaning and ONE question."""

    title: str
    meaning: str
    question: str
    number: int  # 1-based
    count: int


@dataclass(frozen=True)
class ScaleView:
    name: str  # "Nuläge"
    prompt: str  # "Hur väl stämmer det här för oss i dag?"
    counts: tuple[int, ...] | None  # None while the results are hidden
    median: float | None
    low_high: tuple[int, int] | None
    agreed: int | None  # None until revealed: the decision is not shown before the vote
    wide_spread: bool = False  # worth talking about before agreeing


@dataclass(frozen=True)
class RatingView:
    title: str
    scales: tuple[ScaleView, ScaleView]
    anchors: tuple[tuple[int, str], ...]
    consensus: str  # the label, "" until set
    revealed: bool


@dataclass(frozen=True)
class SummaryView:
    title: str
    labels: tuple[str, ...]
    current: tuple[float | None, ...]
    desired: tuple[float | None, ...]
    gaps: tuple[tuple[str, int], ...]  # title, gap; largest first
    series: tuple[str, str]  # the names of the two series ("Nuläge", "Önskat läge")


@dataclass(frozen=True)
class ActionsView:
    title: str
    rows: tuple[tuple[str, str, str], ...]  # what, who, when (ISO date or "")


@dataclass(frozen=True)
class TimerView:
    remaining_s: int  # negative when the time is up
    running: bool

    @property
    def overdue(self) -> bool:
        return self.remaining_s < 0

    @property
    def text(self) -> str:
        seconds = abs(self.remaining_s)
        sign = "\u2212" if self.remaining_s < 0 else ""
        return f"{sign}{seconds // 60:02d}:{seconds % 60:02d}"


View = TitleCard | IntroView | QuestionView | RatingView | SummaryView | ActionsView


def _scale(content: Content, scale_id: str):
    return next(s for s in content.rating_scales if s.id == scale_id)


def title_card(ws: Workshop, content: Content, step_id: str) -> TitleCard:
    return TitleCard(agenda.step_title(content, step_id), display_line(ws.group))


def intro_view(ws: Workshop, content: Content) -> IntroView:
    on_agenda = set(ws.steps)
    cornerstones = tuple(
        (
            c.name,
            tuple(
                p.name for p in content.principles_of(c.id) if not p.optional or p.id in on_agenda
            ),
        )
        for c in content.cornerstones
    )
    questions = content.fixed_step("intro").questions
    index = min(ws.record("intro").question_index, max(len(questions) - 1, 0))
    return IntroView(
        title=content.definition.title,
        definition=content.definition.text,
        source=content.source(content.definition.source).citation,
        cornerstones=cornerstones,
        question=questions[index] if questions else "",
    )


def _meaning_and_questions(content: Content, step_id: str) -> tuple[str, tuple[str, ...]]:
    kind = agenda.step_kind(content, step_id)
    if kind is StepKind.PRINCIPLE:
        p = content.principle(step_id)
        return p.meaning, p.questions
    if kind is StepKind.CORNERSTONE:
        c = content.cornerstone(step_id)
        return c.description, c.questions
    if kind in (StepKind.DISCUSSION, StepKind.BALANCE):
        s = content.optional_step(step_id)
        return s.meaning, s.questions
    fixed = content.fixed_step(step_id)
    return fixed.text, fixed.questions


def question_view(ws: Workshop, content: Content, step_id: str) -> QuestionView:
    meaning, questions = _meaning_and_questions(content, step_id)
    index = min(ws.record(step_id).question_index, max(len(questions) - 1, 0))
    return QuestionView(
        title=agenda.step_title(content, step_id),
        meaning=meaning,
        question=questions[index] if questions else "",
        number=index + 1 if questions else 0,
        count=len(questions),
    )


def rating_view(ws: Workshop, content: Content, step_id: str, revealed: bool) -> RatingView:
    rating = ws.record(step_id).rating
    scales = []
    for scale_id, dist, agreed in (
        ("current", rating.current, rating.agreed_current),
        ("desired", rating.desired, rating.agreed_desired),
    ):
        scales.append(
            ScaleView(
                name=_scale(content, scale_id).name,
                prompt=_scale(content, scale_id).prompt,
                counts=dist.counts if revealed else None,
                median=median(dist) if revealed else None,
                low_high=value_range(dist) if revealed else None,
                agreed=agreed if revealed else None,
                wide_spread=revealed and needs_discussion(dist),
            )
        )
    consensus = next(
        (c.label for c in content.consensus if rating.consensus and c.id == rating.consensus.value),
        "",
    )
    if not revealed:  # the group's decision must not anchor the vote that precedes it
        consensus = ""
    return RatingView(
        title=agenda.step_title(content, step_id),
        scales=(scales[0], scales[1]),
        anchors=tuple(sorted(content.anchors.items())),
        consensus=consensus,
        revealed=revealed,
    )


def rated_steps(ws: Workshop, content: Content) -> list[str]:
    return [s for s in ws.steps if agenda.step_kind(content, s) in RATED_KINDS]


def summary_view(ws: Workshop, content: Content) -> SummaryView:
    steps = rated_steps(ws, content)
    ratings = {s: ws.record(s).rating for s in steps}
    return SummaryView(
        title=agenda.step_title(content, "summary"),
        labels=tuple(agenda.step_title(content, s) for s in steps),
        current=tuple(
            None if r.agreed_current is None else float(r.agreed_current) for r in ratings.values()
        ),
        desired=tuple(
            None if r.agreed_desired is None else float(r.agreed_desired) for r in ratings.values()
        ),
        gaps=tuple((agenda.step_title(content, s), g) for s, g in largest_gaps(ratings)),
        series=(_scale(content, "current").name, _scale(content, "desired").name),
    )


def actions_view(ws: Workshop, content: Content) -> ActionsView:
    return ActionsView(
        title=agenda.step_title(content, "actions"),
        rows=tuple(
            (display_text(a.what), display_line(a.who), a.when.isoformat() if a.when else "")
            for a in ws.actions
        ),
    )
