"""What the shared screen may show, as plain view objects.

These types have no field for private notes, participant names or free notes: the shared
screen is only ever handed one of these, so it cannot leak what it is never given. The
notes board is built from the group's notes by category and nothing else.

Every label a view carries is already worded in the workshop's content language
(:mod:`tillitverkstad.core.slide_text`), so the screen never translates.
"""

from __future__ import annotations

from dataclasses import dataclass

from tillitverkstad.core import agenda, numbers
from tillitverkstad.core import slide_text as st
from tillitverkstad.core.action_plan import status_label
from tillitverkstad.core.content_model import Content
from tillitverkstad.core.display import display_line, display_text
from tillitverkstad.core.history import Point
from tillitverkstad.core.model import (
    BALANCE_TOTAL,
    OPTIONAL_KINDS,
    Scale,
    StepKind,
    VoteMethod,
    Workshop,
)
from tillitverkstad.core.notes import notes_by_category
from tillitverkstad.core.projection_join import JoinView
from tillitverkstad.core.rating import largest_gaps, median, needs_discussion, value_range


@dataclass(frozen=True)
class Progress:
    """Where in the agenda the group is: one mark per step, no names."""

    done: tuple[bool, ...]
    current: int  # index of the current step; -1 when there is none


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
    counter: str = ""  # "Fråga 2 av 5"


@dataclass(frozen=True)
class ScaleView:
    name: str  # "Nuläge"
    prompt: str  # "Hur väl stämmer det här för oss i dag?"
    counts: tuple[int, ...] | None  # None while the results are hidden
    median: float | None
    low_high: tuple[int, int] | None
    agreed: int | None  # None until revealed: the decision is not shown before the vote
    wide_spread: bool = False  # worth talking about, and nothing agreed yet
    facts: str = ""  # "Median 2 · spridning 1–4"
    decision: str = ""  # "Överenskommet 2, med reservationer"
    warning: str = ""  # "⚠ Stor spridning – samtala först", only while wide_spread
    earlier: str = ""  # "Förra gången 3 → i dag 4" in a follow-up, only after the reveal


@dataclass(frozen=True)
class RatingView:
    title: str
    scales: tuple[ScaleView, ScaleView]
    anchors: tuple[tuple[int, str], ...]
    consensus: str  # the label, "" until set and revealed
    revealed: bool
    vote_prompt: str = ""  # "Rösta med handuppräckning"
    statement: str = ""  # what is rated: the principle's meaning (the prompts say "det här")
    votes_so_far: str = ""  # "Röster hittills: 14", while the phones vote (above the title)


@dataclass(frozen=True)
class SummaryView:
    title: str
    labels: tuple[str, ...]
    current: tuple[float | None, ...]
    desired: tuple[float | None, ...]
    gaps: tuple[tuple[str, str], ...]  # title, signed gap ("+2"); largest first
    series: tuple[str, str]  # the names of the two series ("Nuläge", "Önskat läge")
    values: tuple[str, ...] = ()  # per label: "3 → 5"
    gaps_heading: str = ""
    empty: str = ""  # said when nothing is agreed yet


@dataclass(frozen=True)
class ActionsView:
    title: str
    rows: tuple[tuple[str, str, str], ...]  # what, who, when (ISO date or "")
    empty: str = ""
    page_label: str = ""  # "Sida {page} av {count}", filled in by the screen


@dataclass(frozen=True)
class ReviewView:
    """Last time's open actions as the group follows them up: what, who, and what became
    of each (with the group's comment) once it is said."""

    title: str
    rows: tuple[tuple[str, str, str], ...]  # what, who, status and comment (or decided on)
    empty: str = ""
    page_label: str = ""


@dataclass(frozen=True)
class BoardColumn:
    label: str  # "Så gör vi i dag"
    items: tuple[str, ...]  # the group's notes in this category, in order


@dataclass(frozen=True)
class NotesBoardView:
    """The group's own words on the wall: the step's notes by category, nothing else."""

    title: str
    kicker: str  # "Gruppens anteckningar"
    columns: tuple[BoardColumn, ...]
    page_label: str = ""


@dataclass(frozen=True)
class BalanceRow:
    name: str  # "Marknad"
    keywords: str
    today: int | None  # None while hidden or not yet given
    desired: int | None


@dataclass(frozen=True)
class BalanceView:
    title: str
    prompt: str  # "Fördela 100 poäng mellan de tre logikerna"
    series: tuple[str, str]  # "I dag", "Önskat"
    rows: tuple[BalanceRow, ...]
    revealed: bool


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


View = (
    TitleCard
    | IntroView
    | QuestionView
    | RatingView
    | SummaryView
    | ActionsView
    | ReviewView
    | NotesBoardView
    | BalanceView
    | JoinView
)


def _scale(content: Content, scale_id: str):
    return next(s for s in content.rating_scales if s.id == scale_id)


def progress(ws: Workshop) -> Progress:
    done = tuple(bool(r and r.done) for r in (ws.records.get(s) for s in ws.steps))
    current = ws.steps.index(ws.current_step) if ws.current_step in ws.steps else -1
    return Progress(done, current)


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
    if kind in OPTIONAL_KINDS:
        s = content.optional_step(step_id)
        return s.meaning, s.questions
    fixed = content.fixed_step(step_id)
    return fixed.text, fixed.questions


def question_view(ws: Workshop, content: Content, step_id: str) -> QuestionView:
    meaning, questions = _meaning_and_questions(content, step_id)
    index = min(ws.record(step_id).question_index, max(len(questions) - 1, 0))
    number = index + 1 if questions else 0
    return QuestionView(
        title=agenda.step_title(content, step_id),
        meaning=meaning,
        question=questions[index] if questions else "",
        number=number,
        count=len(questions),
        counter=st.say(ws.language, st.QUESTION_OF, number=number, count=len(questions))
        if questions
        else "",
    )


def rating_view(
    ws: Workshop,
    content: Content,
    step_id: str,
    revealed: bool,
    last_time: Point | None = None,
    phone_votes: int | None = None,
) -> RatingView:
    """The vote; ``last_time`` is this step at the group's previous occasion (a follow-up),
    said beside each scale once the results are revealed and never before. ``phone_votes``:
    how many have voted so far while a vote from the participants' phones is open."""
    rating = ws.record(step_id).rating
    language = ws.language
    # The group's decision must not anchor the vote that precedes it: nothing of it shows
    # before the reveal.
    consensus = rating.consensus if revealed else None
    scales = []
    for scale_id, dist, agreed in (
        (Scale.CURRENT, rating.current, rating.agreed_current),
        (Scale.DESIRED, rating.desired, rating.agreed_desired),
    ):
        shown_agreed = agreed if revealed else None
        bounds = value_range(dist) if revealed else None
        middle = median(dist) if revealed else None
        # Once a value is agreed the spread has been talked about: no warning any more.
        spread = revealed and shown_agreed is None and needs_discussion(dist)
        facts = ""
        if revealed:
            facts = (
                st.say(
                    language,
                    st.MEDIAN_RANGE,
                    median=numbers.decimal(middle, language),
                    low=bounds[0],
                    high=bounds[1],
                )
                if middle is not None and bounds is not None
                else st.say(language, st.NO_VOTES)
            )
        scales.append(
            ScaleView(
                name=_scale(content, scale_id).name,
                prompt=_scale(content, scale_id).prompt,
                counts=dist.counts if revealed else None,
                median=middle,
                low_high=bounds,
                agreed=shown_agreed,
                wide_spread=spread,
                facts=facts,
                decision=st.decision(language, shown_agreed, consensus) if revealed else "",
                warning=f"{st.WARNING_MARK} {st.say(language, st.WIDE_SPREAD)}" if spread else "",
                earlier=_earlier(language, last_time, scale_id, shown_agreed) if revealed else "",
            )
        )
    label = next((c.label for c in content.consensus if consensus and c.id == consensus.value), "")
    return RatingView(
        title=agenda.step_title(content, step_id),
        scales=(scales[0], scales[1]),
        anchors=tuple(sorted(content.anchors.items())),
        consensus=label,
        revealed=revealed,
        vote_prompt=_vote_prompt(language, rating.method, phone_votes),
        votes_so_far=""
        if phone_votes is None
        else st.say(language, st.VOTES_SO_FAR, count=phone_votes),
        statement=_statement(content, step_id),
    )


def _statement(content: Content, step_id: str) -> str:
    if agenda.step_kind(content, step_id) is StepKind.CORNERSTONE:
        return content.cornerstone(step_id).description
    return content.principle(step_id).meaning


def _vote_prompt(language: str, method: VoteMethod, phone_votes: int | None) -> str:
    if phone_votes is not None:
        return st.say(language, st.VOTE_BY_PHONE)
    if method is VoteMethod.DEVICES:
        return st.say(language, st.VOTED_BY_PHONE)
    return st.say(language, st.VOTE_BY_HANDS)


def _earlier(language: str, last_time: Point | None, scale: Scale, now: int | None) -> str:
    if last_time is None or not last_time.on_agenda:
        return ""
    return st.last_time(language, last_time.value(scale), now, last_time.rated)


def summary_view(ws: Workshop, content: Content) -> SummaryView:
    steps = agenda.rated_steps(content, ws.steps)
    ratings = {s: ws.record(s).rating for s in steps}
    current = tuple(
        None if r.agreed_current is None else float(r.agreed_current) for r in ratings.values()
    )
    desired = tuple(
        None if r.agreed_desired is None else float(r.agreed_desired) for r in ratings.values()
    )
    return SummaryView(
        title=agenda.step_title(content, "summary"),
        labels=tuple(agenda.step_title(content, s) for s in steps),
        current=current,
        desired=desired,
        gaps=tuple(
            (agenda.step_title(content, s), numbers.signed(g, ws.language))
            for s, g in largest_gaps(ratings)
        ),
        series=(_scale(content, "current").name, _scale(content, "desired").name),
        values=tuple(
            st.values_text(c, d, ws.language) for c, d in zip(current, desired, strict=True)
        ),
        gaps_heading=st.say(ws.language, st.LARGEST_GAPS),
        empty=st.say(
            ws.language,
            st.NO_GAPS_YET
            if any(v is not None for v in (*current, *desired))
            else st.NO_AGREED_VALUES,
        ),
    )


def actions_view(ws: Workshop, content: Content) -> ActionsView:
    return ActionsView(
        title=agenda.step_title(content, "actions"),
        rows=tuple(
            (display_text(a.what), display_line(a.who), a.when.isoformat() if a.when else "")
            for a in ws.actions
        ),
        empty=st.say(ws.language, st.NO_ACTIONS),
        page_label=st.template(ws.language, st.PAGE_OF),
    )


def review_view(ws: Workshop, content: Content) -> ReviewView:
    """The actions carried from last time, with what the group has said of each."""
    language = ws.language
    rows = []
    for item in ws.carried:
        if item.status is None:
            said = st.say(language, st.DECIDED_ON, date=item.decided_on.isoformat())
        else:
            parts = (status_label(item.status, language), display_text(item.comment))
            said = " \u2014 ".join(p for p in parts if p)
        rows.append((display_text(item.what), display_line(item.who), said))
    return ReviewView(
        title=agenda.step_title(content, agenda.REVIEW_STEP),
        rows=tuple(rows),
        empty=st.say(language, st.NO_OPEN_ACTIONS),
        page_label=st.template(language, st.PAGE_OF),
    )


def notes_board_view(ws: Workshop, content: Content, step_id: str) -> NotesBoardView:
    """The step's group notes by category (``notes_by_category`` reads the group's notes
    only: free notes and private notes are never touched)."""
    return NotesBoardView(
        title=agenda.step_title(content, step_id),
        kicker=st.say(ws.language, st.GROUP_NOTES),
        columns=tuple(
            BoardColumn(c.label, tuple(display_text(note.text) for note in c.notes))
            for c in notes_by_category(ws.record(step_id), content)
        ),
        page_label=st.template(ws.language, st.PAGE_OF),
    )


def balance_view(ws: Workshop, content: Content, step_id: str, revealed: bool) -> BalanceView:
    step = content.optional_step(step_id)
    balance = ws.record(step_id).balance
    today = {logic.value: points for logic, points in balance.today.items()}
    desired = {logic.value: points for logic, points in balance.desired.items()}
    return BalanceView(
        title=step.title,
        prompt=st.say(ws.language, st.SHARE_POINTS, total=BALANCE_TOTAL),
        series=(st.say(ws.language, st.BALANCE_TODAY), st.say(ws.language, st.BALANCE_DESIRED)),
        rows=tuple(
            BalanceRow(
                name=logic.name,
                keywords=logic.keywords,
                today=today.get(logic.id) if revealed else None,
                desired=desired.get(logic.id) if revealed else None,
            )
            for logic in step.logics
        ),
        revealed=revealed,
    )
