"""How the votes were collected, said truthfully in the report: per rated step, on the
page that explains the numbers, and on the summary when the steps differ. Hands counted in
the room are never called anonymous (everyone saw them); only votes sent from the
participants' own devices are."""

from __future__ import annotations

from reportlab.platypus import Flowable

from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import Rating, StepRecord, VoteMethod
from tillitverkstad.core.rating import vote_methods
from tillitverkstad.report import facts
from tillitverkstad.report.layout import ReportContext

METHOD = {
    VoteMethod.HANDS: QT_TRANSLATE_NOOP(
        "report",
        "Collected by a show of hands, counted in the room: everyone saw each vote, so the "
        "votes were not anonymous.",
    ),
    VoteMethod.DEVICES: QT_TRANSLATE_NOOP(
        "report", "Sent anonymously from the participants' own devices."
    ),
}
AGREED = QT_TRANSLATE_NOOP(
    "report",
    "The agreed values are the group's decision; the votes show how opinions were spread "
    "before agreeing.",
)
HOW_TO_READ = {
    VoteMethod.HANDS: QT_TRANSLATE_NOOP(
        "report",
        "For each principle the group first voted on two questions by a show of hands, "
        "counted in the room (so the votes were not anonymous), then agreed on one value for "
        "each.",
    ),
    VoteMethod.DEVICES: QT_TRANSLATE_NOOP(
        "report",
        "For each principle the group first voted anonymously on two questions from their "
        "own devices, then agreed on one value for each.",
    ),
}
HOW_TO_READ_MIXED = QT_TRANSLATE_NOOP(
    "report",
    "For each principle the group first voted on two questions – by a show of hands counted "
    "in the room (not anonymous) or anonymously from their own devices, as each principle's "
    "page says – then agreed on one value for each.",
)
# The promise made in the room, said where the archive reads it: below the minimum the
# values were not shown, and not stored either.
MINIMUM = QT_TRANSLATE_NOOP(
    "report",
    "Votes from phones are shown only when at least as many voted as the facilitator chose "
    "(never fewer than three); below that, only how many votes were sent is kept, not what "
    "they were, in this report and in the data alike.",
)
DIFFERENT = QT_TRANSLATE_NOOP("report", "The votes were collected in different ways: {ways}.")
WAYS = {
    VoteMethod.HANDS: QT_TRANSLATE_NOOP(
        "report", "by a show of hands, not anonymously, on {steps}"
    ),
    VoteMethod.DEVICES: QT_TRANSLATE_NOOP(
        "report", "anonymously from the participants' own devices on {steps}"
    ),
}


def _methods(ctx: ReportContext) -> dict[VoteMethod, tuple[str, ...]]:
    ratings = {
        step: ctx.ws.records.get(step, StepRecord()).rating for step in facts.rated_steps(ctx)
    }
    return vote_methods(ratings)


def how_to_read(ctx: ReportContext) -> str:
    """ "How to read the numbers": how the group voted, as it did, and what is kept of
    too few votes from phones."""
    methods = list(_methods(ctx)) or [VoteMethod.HANDS]
    first = ctx.tr(HOW_TO_READ[methods[0]] if len(methods) == 1 else HOW_TO_READ_MIXED)
    minimum = ctx.tr(MINIMUM) if VoteMethod.DEVICES in methods else ""
    return " ".join(part for part in (first, ctx.tr(AGREED), minimum) if part)


def method_line(ctx: ReportContext, rating: Rating) -> Flowable:
    """Under a step's votes: how they were collected."""
    return ctx.label(ctx.tr(METHOD[rating.method]), ctx.styles.small)


def summary_note(ctx: ReportContext) -> list[Flowable]:
    """On the summary, only when the steps' votes were collected in different ways."""
    methods = _methods(ctx)
    if len(methods) < 2:
        return []
    ways = "; ".join(
        ctx.tr(WAYS[method], steps=", ".join(facts.title(ctx, s) for s in steps))
        for method, steps in methods.items()
    )
    return [ctx.label(ctx.tr(DIFFERENT, ways=ways), ctx.styles.small)]
