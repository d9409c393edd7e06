"""What may be projected: view objects that cannot carry private notes or names, worded in
the workshop's content language."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from tillitverkstad.core import agenda
from tillitverkstad.core import projection as pv
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.content import load_content
from tillitverkstad.core.demo import demo_workshop
from tillitverkstad.core.model import Consensus, NoteCategory, Scale, VoteMethod
from tillitverkstad.core.projection_join import join_view

VIEW_TYPES = (
    pv.Progress,
    pv.TitleCard,
    pv.IntroView,
    pv.QuestionView,
    pv.RatingView,
    pv.ScaleView,
    pv.SummaryView,
    pv.ActionsView,
    pv.ReviewView,
    pv.NotesBoardView,
    pv.BoardColumn,
    pv.BalanceView,
    pv.BalanceRow,
    pv.TimerView,
    pv.JoinView,
)
PRIVATE_FIELDS = {
    "private_notes",
    "participant_names",
    "free_notes",
    "notes",
    "reflections",
    "facilitator",
}


def test_view_types_have_no_field_for_private_notes_or_names():
    for view in VIEW_TYPES:
        names = {f.name for f in dataclasses.fields(view)}
        assert not names & PRIVATE_FIELDS, view
        assert view.__dataclass_params__.frozen, view


def test_the_notes_board_holds_the_group_notes_by_category_and_nothing_else(demo, content_sv):
    secret = "HEMLIGT-7f3a"
    uc.set_free_notes(demo, "tillit", f"{secret} fri anteckning")
    uc.set_private_notes(demo, "tillit", f"{secret} privat")
    demo.participant_names = [f"{secret} Anna"]
    uc.add_note(demo, "tillit", NoteCategory.OBSTACLES, "Ingen tid för eftertanke")
    board = pv.notes_board_view(demo, content_sv, "tillit")
    assert [c.label for c in board.columns] == ["Så gör vi i dag", "Hinder", "Idéer"]
    assert board.columns[1].items[-1] == "Ingen tid för eftertanke"
    expected = [
        tuple(n.text for n in demo.record("tillit").notes_in(category)) for category in NoteCategory
    ]
    assert [c.items for c in board.columns] == expected
    assert secret not in repr(board)
    assert board.kicker == "Gruppens anteckningar"


def test_question_view_shows_only_the_current_question(demo, content_sv):
    demo.record("tillit").question_index = 2
    view = pv.question_view(demo, content_sv, "tillit")
    assert view.question == content_sv.principle("tillit").questions[2]
    assert (view.number, view.count) == (3, len(content_sv.principle("tillit").questions))
    assert view.meaning == content_sv.principle("tillit").meaning
    assert view.counter == f"Fråga 3 av {view.count}"


def test_slide_labels_follow_the_workshop_content_language():
    english = load_content("en")
    ws = demo_workshop(english, dt.date(2026, 11, 23))
    assert ws.language == "en"
    ws.record("tillit").question_index = 1
    assert pv.question_view(ws, english, "tillit").counter.startswith("Question 2 of ")
    rating = pv.rating_view(ws, english, "handlingsutrymme", revealed=True)
    assert rating.scales[0].decision == "Agreed 2, with reservations"
    assert pv.summary_view(ws, english).gaps_heading == "Largest gaps"
    assert pv.balance_view(ws, english, "balans", True).series == ("Today", "Desired")


def test_rating_hidden_until_revealed(demo, content_sv):
    hidden = pv.rating_view(demo, content_sv, "tillit", revealed=False)
    assert all(s.counts is None and s.median is None for s in hidden.scales)
    assert all(not (s.facts or s.decision or s.warning) for s in hidden.scales)
    assert hidden.vote_prompt == "Rösta genom handuppräckning"
    shown = pv.rating_view(demo, content_sv, "tillit", revealed=True)
    assert shown.scales[0].counts == (0, 2, 4, 3, 0)
    assert shown.scales[0].agreed == 3
    assert shown.consensus == "Enighet"
    assert shown.scales[0].facts == "Median 3 · spridning 2–4"
    assert shown.scales[0].decision == "Överenskommet 3, i enighet"


def test_agreed_value_and_consensus_are_worded_together(demo, content_sv):
    view = pv.rating_view(demo, content_sv, "handlingsutrymme", revealed=True)
    assert [s.decision for s in view.scales] == [
        "Överenskommet 2, med reservationer",  # never "agreed, disagreement remains"
        "Överenskommet 4, med reservationer",
    ]
    uc.agree_rating(demo, "handlingsutrymme", current=2, desired=4, consensus=None)
    view = pv.rating_view(demo, content_sv, "handlingsutrymme", revealed=True)
    assert view.scales[0].decision == "Överenskommet 2"


def test_the_spread_warning_shows_only_until_a_value_is_agreed(demo, content_sv):
    agreed = pv.rating_view(demo, content_sv, "handlingsutrymme", revealed=True)
    assert not agreed.scales[0].wide_spread and agreed.scales[0].warning == ""
    uc.agree_rating(demo, "handlingsutrymme", current=None, desired=4, consensus=None)
    open_ = pv.rating_view(demo, content_sv, "handlingsutrymme", revealed=True)
    assert open_.scales[0].wide_spread  # votes 1-4, nothing agreed: talk first
    assert open_.scales[0].warning == "\u26a0 Stor spridning – samtala först"
    assert open_.scales[0].decision == ""


def test_a_scale_nobody_voted_on_says_so(demo, content_sv):
    uc.set_votes(demo, "tillit", Scale.CURRENT, [0, 0, 0, 0, 0])
    view = pv.rating_view(demo, content_sv, "tillit", revealed=True)
    assert view.scales[0].facts == "Inga röster ännu"


def test_a_median_between_two_values_uses_a_decimal_comma(demo, content_sv):
    uc.set_votes(demo, "tillit", Scale.CURRENT, [0, 1, 1, 0, 0])
    view = pv.rating_view(demo, content_sv, "tillit", revealed=True)
    assert view.scales[0].facts == "Median 2,5 · spridning 2–3"


def test_disagreement_without_an_agreed_value_is_said(demo, content_sv):
    uc.agree_rating(demo, "tillit", current=None, desired=None, consensus=Consensus.DISAGREEMENT)
    view = pv.rating_view(demo, content_sv, "tillit", revealed=True)
    assert view.scales[0].decision == "Inget värde fastställdes, oenighet kvarstår"


def test_summary_has_every_rated_step_with_its_values_and_largest_gaps(demo, content_sv):
    view = pv.summary_view(demo, content_sv)
    assert len(view.labels) == 7
    assert view.current[0] == 3.0 and view.desired[0] == 5.0
    assert view.values[0] == "3 \u2192 5"
    assert view.gaps == tuple(  # all six principles tied at +2, in agenda order
        (name, "+2")
        for name in ("Tillit", "Medborgarfokus", "Handlingsutrymme", "Stöd", "Kunskap", "Öppenhet")
    )


def test_balance_points_are_projected_only_after_the_reveal(demo, content_sv):
    hidden = pv.balance_view(demo, content_sv, "balans", revealed=False)
    assert [r.today for r in hidden.rows] == [None, None, None]
    assert hidden.prompt == "Fördela 100 poäng mellan de tre logikerna"
    shown = pv.balance_view(demo, content_sv, "balans", revealed=True)
    assert [(r.name, r.today, r.desired) for r in shown.rows] == [
        ("Marknad", 25, 15),
        ("Hierarki", 50, 35),
        ("Tillit", 25, 50),
    ]


def test_progress_marks_each_agenda_step_done_and_the_current_one(demo):
    demo.current_step = "stod"
    progress = pv.progress(demo)
    assert len(progress.done) == len(demo.steps)
    assert progress.current == demo.steps.index("stod")
    assert progress.done[demo.steps.index("tillit")]
    assert not progress.done[demo.steps.index("summary")]
    records = dict(demo.records)
    pv.progress(demo)
    assert demo.records == records  # reading the agenda creates no empty records


def test_timer_text_counts_past_zero():
    assert pv.TimerView(125, True).text == "02:05"
    assert pv.TimerView(-83, False).text == "\u221201:23"
    assert pv.TimerView(-83, False).overdue


@pytest.mark.parametrize("language", ["sv", "en"])
def test_every_slide_label_is_translated_in_both_languages(language):
    from tillitverkstad.core import slide_text as st
    from tillitverkstad.core.i18n import translate

    sources = [v for k, v in vars(st).items() if k.isupper() and isinstance(v, str)]
    sources += list(st.AGREED.values())
    sources = [s for s in sources if s not in (st.CONTEXT, st.WARNING_MARK)]
    for source in sources:
        shown = translate(st.CONTEXT, source, language)
        assert (shown != source) == (language == "sv"), source


def test_last_time_shows_beside_the_vote_only_after_the_reveal(content_sv):
    from story import baseline, follow_up

    from tillitverkstad.core import history

    first = baseline(content_sv)
    second = follow_up(first, content_sv)
    last = history.compare(second, second.history).row("tillit").last_time
    hidden = pv.rating_view(second, content_sv, "tillit", False, last)
    assert [s.earlier for s in hidden.scales] == ["", ""]
    shown = pv.rating_view(second, content_sv, "tillit", True, last)
    assert [s.earlier for s in shown.scales] == [
        "Förra gången 3 → i dag 3",  # both ends named: "3 → 5" elsewhere is nu → önskat
        "Förra gången 5 → i dag 4",
    ]
    helhetssyn = history.compare(second, second.history).row("helhetssyn").last_time
    assert (
        pv.rating_view(second, content_sv, "helhetssyn", True, helhetssyn).scales[0].earlier
        == "Förra gången: 3"
    )  # not agreed today yet
    first_time = pv.rating_view(first, content_sv, "tillit", True, None)
    assert [s.earlier for s in first_time.scales] == ["", ""]


def test_the_review_slide_lists_last_times_actions_with_what_became_of_them(content_sv):
    from story import baseline

    from tillitverkstad.core import review
    from tillitverkstad.core.model import ActionStatus

    ws = uc.start_follow_up(baseline(content_sv), content_sv, dt.date(2026, 9, 15))
    review.set_review_status(ws, ws.carried[0].id, ActionStatus.DONE)
    review.set_review_comment(ws, ws.carried[0].id, "Klart i maj")
    view = pv.review_view(ws, content_sv)
    assert view.title == "Uppföljning av åtgärder"
    assert view.rows[0][2] == "Genomförd — Klart i maj"
    assert view.rows[1][2] == "beslutad 2026-03-10"  # not said yet: nothing to anchor on


def test_the_voting_slide_shows_the_statement_being_rated(demo, content_sv):
    view = pv.rating_view(demo, content_sv, "tillit", revealed=False)
    assert view.statement == content_sv.principle("tillit").meaning


def test_the_summary_never_says_nothing_is_agreed_while_it_plots_values(demo, content_sv):
    for step in agenda.rated_steps(content_sv, demo.steps):
        uc.agree_rating(demo, step, current=3, desired=None, consensus=None)
    view = pv.summary_view(demo, content_sv)
    assert any(v is not None for v in view.current) and view.gaps == ()
    assert "Inga överenskomna värden" not in view.empty
    assert view.empty == "Inga skillnader ännu: de behöver både nuläge och önskat läge."


def test_the_join_slide_carries_the_address_the_code_and_the_promise_in_the_workshop_language(
    demo,
):
    modules = ((True, False), (False, True))
    view = join_view(demo, "http://192.168.137.1:8123", "1234 5678", modules)
    assert view.title == "Rösta från din telefon"
    assert (view.address, view.code, view.modules) == (
        "192.168.137.1:8123",
        "1234 5678",
        modules,
    )
    assert view.about == "Anonymt: inget namn, ingen telefon och ingen adress sparas med din röst."
    assert isinstance(view, pv.View)


def test_the_vote_slide_says_how_the_votes_are_collected_and_counts_phone_votes(demo, content_sv):
    hands = pv.rating_view(demo, content_sv, "tillit", revealed=False)
    assert hands.vote_prompt == "Rösta genom handuppräckning"
    open_ = pv.rating_view(demo, content_sv, "tillit", revealed=False, phone_votes=14)
    assert open_.vote_prompt == "Rösta på telefonen"
    assert open_.votes_so_far == "Röster hittills: 14"
    assert hands.votes_so_far == ""
    demo.record("tillit").rating.method = VoteMethod.DEVICES
    closed = pv.rating_view(demo, content_sv, "tillit", revealed=True)
    assert closed.vote_prompt == "Röstat anonymt på telefonerna"
