"""The workshop as plain data: what the group said, voted, agreed and decided."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from tillitverkstad.core.languages import DEFAULT_LANGUAGE

SCALE_MIN = 1
SCALE_MAX = 5
SCALE_VALUES = tuple(range(SCALE_MIN, SCALE_MAX + 1))
MAX_PARTICIPANTS = 60
MAX_OCCASION_NUMBER = 1000  # a longer series of follow-ups is a damaged file
BALANCE_TOTAL = 100


class StepKind(StrEnum):
    INTRO = "intro"
    REVIEW = "review"  # "Uppföljning av åtgärder": last time's actions, in a follow-up
    PRINCIPLE = "principle"
    CORNERSTONE = "cornerstone"
    DISCUSSION = "discussion"
    BALANCE = "balance"
    SUMMARY = "summary"
    ACTIONS = "actions"
    CLOSING = "closing"


RATED_KINDS = frozenset({StepKind.PRINCIPLE, StepKind.CORNERSTONE})
NOTE_KINDS = frozenset({StepKind.PRINCIPLE, StepKind.CORNERSTONE, StepKind.DISCUSSION})
# The content's optional steps ("Det goda mötet", the balance, a critical reflection).
OPTIONAL_KINDS = frozenset({StepKind.DISCUSSION, StepKind.BALANCE})
# Steps with a voting view and a reveal on the shared screen.
VOTED_KINDS = RATED_KINDS | {StepKind.BALANCE}
# Steps whose countdown the group sees.
TIMED_KINDS = NOTE_KINDS | {StepKind.BALANCE, StepKind.REVIEW}


class BlankMode(StrEnum):
    """What the shared screen shows instead of the slide (B and W in a slide show)."""

    NONE = ""  # the slide
    BLACK = "black"
    WHITE = "white"


class ChangeKey(StrEnum):
    """What an open workshop's ``changed`` names besides a step id."""

    HEADER = ""  # the workshop's own details (group, date, finished, ...)
    ACTIONS = "actions"  # the action plan and last time's actions


class ColumnKind(StrEnum):
    """How a column of HR's long-format tables holds its values."""

    TEXT = "text"
    LONG = "long"  # text that wraps
    INT = "int"
    DECIMAL = "decimal"
    DATE = "date"
    FLAG = "flag"  # yes / no


class Scale(StrEnum):
    """The two questions every rated step asks: where are we, where do we want to be."""

    CURRENT = "current"  # nuläge
    DESIRED = "desired"  # önskat läge


class NoteCategory(StrEnum):
    TODAY = "idag"  # "Så gör vi i dag"
    OBSTACLES = "hinder"
    IDEAS = "ideer"


class Consensus(StrEnum):
    AGREEMENT = "enighet"
    CONSENT_WITH_RESERVATION = "samtycke_med_reservation"
    DISAGREEMENT = "oenighet"


class ActionStatus(StrEnum):
    """Where an action stands. Stored values are Swedish like the rest of the data; up to
    data version 3 they were planerad / pagaende / klar (see ``migrations``)."""

    NOT_STARTED = "inte_paborjad"
    ONGOING = "pagaende"
    DONE = "genomford"
    CANCELLED = "avbruten"


# An action in one of these states is not carried to the group's next occasion.
CLOSED_STATUSES = frozenset({ActionStatus.DONE, ActionStatus.CANCELLED})


class VoteMethod(StrEnum):
    """How a rated step's vote counts were collected. Hands counted in the room are what
    every file before data version 5 holds; participants' own devices are the anonymous
    way (``Deltagarröstning``), which nothing sets yet."""

    HANDS = "handupprackning"  # counted in the room: each vote was seen, so not anonymous
    DEVICES = "egna_enheter"  # sent from participants' own devices: anonymous


class Template(StrEnum):
    ALL_SEVEN = "alla_sju"
    CORNERSTONES = "hornstenar"
    CUSTOM = "anpassad"


class WorkshopStatus(StrEnum):
    NOT_STARTED = "not_started"
    IN_PROGRESS = "in_progress"
    DONE = "done"


class BalanceLogic(StrEnum):
    MARKET = "marknad"
    HIERARCHY = "hierarki"
    TRUST = "tillit"


class BalanceSide(StrEnum):
    """The two splits of the balance between the governing logics."""

    TODAY = "today"
    DESIRED = "desired"


def new_id() -> str:
    return uuid.uuid4().hex


def utc_now() -> str:
    """The time now in UTC, with its offset: comparable across machines and time zones."""
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


OrderKey = tuple[int, str, str, str]


def order_key(number: int, date: str, created: str, workshop_id: str) -> OrderKey:
    """The place of an occasion among its group's: its number in the series, set when the
    follow-up was made, so that no clock decides it. Two occasions with one number (two
    follow-ups started from the same one) follow their dates, then their UTC creation."""
    return (number, date, created, workshop_id)


@dataclass
class VoteDistribution:
    """How many votes each value 1..5 got: counts only, never who voted what."""

    counts: tuple[int, ...] = (0,) * len(SCALE_VALUES)

    @property
    def total(self) -> int:
        return sum(self.counts)

    def count(self, value: int) -> int:
        return self.counts[value - SCALE_MIN]


@dataclass
class Rating:
    current: VoteDistribution = field(default_factory=VoteDistribution)
    desired: VoteDistribution = field(default_factory=VoteDistribution)
    agreed_current: int | None = None
    agreed_desired: int | None = None
    consensus: Consensus | None = None
    reservations: str = ""
    method: VoteMethod = VoteMethod.HANDS  # how the counts above were collected

    def votes(self, scale: Scale) -> VoteDistribution:
        return self.current if scale is Scale.CURRENT else self.desired

    def agreed(self, scale: Scale) -> int | None:
        return self.agreed_current if scale is Scale.CURRENT else self.agreed_desired

    @property
    def gap(self) -> int | None:
        """Desired minus current, once the group has agreed both."""
        if self.agreed_current is None or self.agreed_desired is None:
            return None
        return self.agreed_desired - self.agreed_current


@dataclass
class Note:
    category: NoteCategory
    text: str
    id: str = field(default_factory=new_id)


@dataclass
class Balance:
    """Points (summing to 100) the group gives market, hierarchy and trust."""

    today: dict[BalanceLogic, int] = field(default_factory=dict)
    desired: dict[BalanceLogic, int] = field(default_factory=dict)

    def side(self, side: BalanceSide) -> dict[BalanceLogic, int]:
        return self.today if side is BalanceSide.TODAY else self.desired

    def set_side(self, side: BalanceSide, points: dict[BalanceLogic, int]) -> None:
        if side is BalanceSide.TODAY:
            self.today = points
        else:
            self.desired = points


@dataclass
class StepRecord:
    """Everything captured during one step of the agenda."""

    notes: list[Note] = field(default_factory=list)
    free_notes: str = ""
    private_notes: str = ""
    rating: Rating = field(default_factory=Rating)
    balance: Balance = field(default_factory=Balance)
    reflections: list[str] = field(default_factory=list)
    seconds_used: int = 0
    question_index: int = 0
    done: bool = False

    def notes_in(self, category: NoteCategory) -> list[Note]:
        return [note for note in self.notes if note.category is category]

    @property
    def is_empty(self) -> bool:
        return self == StepRecord()


@dataclass
class Action:
    what: str
    who: str = ""
    when: dt.date | None = None
    step_id: str | None = None  # the principle (or other step) it came from
    status: ActionStatus = ActionStatus.NOT_STARTED
    id: str = field(default_factory=new_id)


@dataclass
class CarriedAction:
    """An action an earlier occasion of the group decided and had not closed: it comes
    along to the follow-up ("från förra gången"), where the group says what became of it.

    ``origin`` is the action's id at the occasion that first decided it (``decided_on``),
    kept however many times it is carried, so one action can be followed over time;
    ``from_workshop`` is the occasion it came from (last time)."""

    what: str
    origin: str
    from_workshop: str
    decided_on: dt.date
    status_then: ActionStatus  # as it stood when the follow-up was started
    who: str = ""
    when: dt.date | None = None
    step_id: str | None = None
    status: ActionStatus | None = None  # set in the review; None until the group has said
    comment: str = ""
    id: str = field(default_factory=new_id)

    @property
    def still_open(self) -> bool:
        """Whether it comes along again to the next occasion."""
        return (self.status or self.status_then) not in CLOSED_STATUSES


@dataclass(frozen=True, slots=True)  # HR's overview holds a hundred thousand of these
class StepResult:
    """What the group agreed on one rated step at an earlier occasion."""

    step_id: str
    title: str  # in that occasion's content language
    agreed_current: int | None = None
    agreed_desired: int | None = None
    consensus: Consensus | None = None


@dataclass(frozen=True)
class ActionRecord:
    """An action as an earlier occasion left it: decided there, or carried and reviewed
    there (``status`` None: carried but not reviewed)."""

    origin: str
    what: str
    decided_on: dt.date
    who: str = ""
    when: dt.date | None = None
    step_id: str | None = None
    status: ActionStatus | None = None
    comment: str = ""
    carried: bool = False  # reviewed there rather than decided there


@dataclass(frozen=True)
class Occasion:
    """An earlier occasion of the group as a follow-up remembers it: enough to compare and
    to review its actions when that workshop is not in the library."""

    workshop_id: str
    date: dt.date
    created: str  # UTC, with its offset
    group: str
    organisation: str = ""
    participant_count: int = 1
    results: tuple[StepResult, ...] = ()  # the rated steps on its agenda, in its order
    actions: tuple[ActionRecord, ...] = ()
    number: int = 1  # its place in the group's series: 1 for the baseline

    @property
    def order(self) -> OrderKey:
        return order_key(self.number, self.date.isoformat(), self.created, self.workshop_id)

    def result(self, step_id: str) -> StepResult | None:
        return next((r for r in self.results if r.step_id == step_id), None)


class DetailField(StrEnum):
    """The header fields of a workshop; all but the agenda can be corrected later."""

    GROUP = "group"
    ORGANISATION = "organisation"
    DATE = "date"
    FACILITATOR = "facilitator"
    PARTICIPANTS = "participant_count"
    NAMES = "participant_names"
    MINUTES = "minutes"
    AGENDA = "agenda"  # the template and chosen steps: set at creation only


@dataclass(frozen=True)
class Change:
    """One correction of the workshop's details, kept in its change log (the report prints
    it). ``before``/``after`` are display text; for names they stay empty, because the log
    is printed even when the names are not."""

    at: str  # ISO time of the correction
    field: DetailField
    before: str = ""
    after: str = ""


@dataclass
class Workshop:
    group: str
    date: dt.date
    organisation: str = ""
    facilitator: str = ""
    participant_count: int = 1
    participant_names: list[str] = field(default_factory=list)
    language: str = DEFAULT_LANGUAGE
    template: Template = Template.ALL_SEVEN
    steps: list[str] = field(default_factory=list)  # the agenda, intro first, closing last
    minutes: dict[str, int] = field(default_factory=dict)  # planned minutes per step
    content: dict[str, Any] = field(default_factory=dict)  # snapshot it was created with
    group_id: str = field(default_factory=new_id)  # the leadership group: stable over renames
    follow_up_of: str | None = None  # the occasion this one was started from
    occasion_number: int = 1  # its place in the group's series: follow_up_of's number + 1
    records: dict[str, StepRecord] = field(default_factory=dict)
    actions: list[Action] = field(default_factory=list)
    carried: list[CarriedAction] = field(default_factory=list)  # from last time
    history: list[Occasion] = field(default_factory=list)  # earlier occasions, earliest first
    current_step: str = ""
    finished: bool = False
    finished_at: str | None = None  # ISO time "Avsluta workshop" was chosen
    changes: list[Change] = field(default_factory=list)  # corrections after it started
    created: str = field(default_factory=utc_now)  # UTC, with its offset
    id: str = field(default_factory=new_id)

    def record(self, step_id: str) -> StepRecord:
        """The record for ``step_id``, created empty on first use."""
        found = self.records.get(step_id)
        if found is None:  # not setdefault: an empty record is dear to make on every call
            found = self.records[step_id] = StepRecord()
        return found

    @property
    def order(self) -> OrderKey:
        """Its place among the group's occasions (:func:`order_key`)."""
        return order_key(self.occasion_number, self.date.isoformat(), self.created, self.id)

    @property
    def reviewed(self) -> bool:
        """Whether any of last time's actions has been given a status or a comment."""
        return any(c.status is not None or c.comment for c in self.carried)

    @property
    def status(self) -> WorkshopStatus:
        if self.finished:
            return WorkshopStatus.DONE
        started = any(not r.is_empty for r in self.records.values()) or bool(self.actions)
        started = started or self.reviewed
        if started or (self.steps and self.current_step not in ("", self.steps[0])):
            return WorkshopStatus.IN_PROGRESS
        return WorkshopStatus.NOT_STARTED
