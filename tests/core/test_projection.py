"""What may be projected: view objects that cannot carry private notes or names."""

from __future__ import annotations

import dataclasses

from tillitverkstad.core import projection as pv


def test_view_types_have_no_field_for_private_notes_or_names():
    for view in (
        pv.TitleCard,
        pv.IntroView,
        pv.QuestionView,
        pv.RatingView,
        pv.ScaleView,
        pv.SummaryView,
        pv.ActionsView,
        pv.TimerView,
    ):
        names = {f.name for f in dataclasses.fields(view)}
        assert not names & {"private_notes", "participant_names", "free_notes", "notes"}


def test_question_view_shows_only_the_current_question(demo, content_sv):
    demo.record("tillit").question_index = 2
    view = pv.question_view(demo, content_sv, "tillit")
    assert view.question == content_sv.principle("tillit").questions[2]
    assert (view.number, view.count) == (3, len(content_sv.principle("tillit").questions))
    assert view.meaning == content_sv.principle("tillit").meaning


def test_rating_hidden_until_revealed(demo, content_sv):
    hidden = pv.rating_view(demo, content_sv, "tillit", revealed=False)
    assert all(s.counts is None and s.median is None for s in hidden.scales)
    shown = pv.rating_view(demo, content_sv, "tillit", revealed=True)
    assert shown.scales[0].counts == (0, 2, 4, 3, 0)
    assert shown.scales[0].agreed == 3
    assert shown.consensus == "Enighet"


def test_summary_has_every_rated_step_and_largest_gaps_with_their_ties(demo, content_sv):
    view = pv.summary_view(demo, content_sv)
    assert len(view.labels) == 7
    assert view.current[0] == 3.0 and view.desired[0] == 5.0
    assert [gap for _, gap in view.gaps] == [2] * 6  # six principles tied at +2


def test_timer_text_counts_past_zero():
    assert pv.TimerView(125, True).text == "02:05"
    assert pv.TimerView(-83, False).text == "\u221201:23"
    assert pv.TimerView(-83, False).overdue
