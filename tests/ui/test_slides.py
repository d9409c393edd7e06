"""Every slide, as painted, reads from the back row: text at least 3.5 % of the height at
1024x768, contrast at least 7:1, nothing drawn outside the slide or its own box."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFontMetricsF

from tillitverkstad.core import projection as pv
from tillitverkstad.core.content import load_content
from tillitverkstad.core.demo import demo_workshop
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.core.projection_join import join_view
from tillitverkstad.ui.slide_canvas import fit_blocks
from tillitverkstad.ui.slide_theme import MIN_CONTRAST, MIN_SHARE, THEMES, contrast
from tillitverkstad.ui.slides import Slide, question_blocks
from tillitverkstad.voting.qr import qr_matrix

SIZES = [(1024, 768), (3840, 2160)]
JOIN_ADDRESS = "http://192.168.137.1:8123"
JOIN_URL = f"{JOIN_ADDRESS}/#t=4f3J8nQv_Xr2bT9kLm0pZs7Yc1Hd5Wg6"  # a token's length


def views(ws, content) -> dict[str, tuple[pv.View, pv.TimerView | None]]:
    ws.record("handlingsutrymme").question_index = 1
    return {
        "title": (pv.title_card(ws, content, "tillit"), None),
        "intro": (pv.intro_view(ws, content), None),
        "question": (pv.question_view(ws, content, "handlingsutrymme"), pv.TimerView(754, True)),
        "question-overtime": (
            pv.question_view(ws, content, "handlingsutrymme"),
            pv.TimerView(-4, True),
        ),
        "vote": (pv.rating_view(ws, content, "handlingsutrymme", revealed=False), None),
        "rating": (pv.rating_view(ws, content, "handlingsutrymme", revealed=True), None),
        "balance-vote": (pv.balance_view(ws, content, "balans", revealed=False), None),
        "balance": (pv.balance_view(ws, content, "balans", revealed=True), None),
        "summary": (pv.summary_view(ws, content), None),
        "actions": (pv.actions_view(ws, content), None),
        "board": (pv.notes_board_view(ws, content, "tillit"), pv.TimerView(90, True)),
        "closing": (pv.question_view(ws, content, "closing"), None),
        "join": (join_view(ws, JOIN_ADDRESS, "4071 2958", qr_matrix(JOIN_URL)), None),
    }


def paint(qtbot, view, size, theme="light", timer=None, progress=None) -> Slide:
    slide = Slide()
    qtbot.addWidget(slide)
    slide.resize(*size)
    slide.set_theme(THEMES[theme])
    slide.set_view(view)
    slide.set_timer(timer)
    slide.set_progress(progress)
    slide.grab()
    return slide


def overflowing(slide: Slide) -> list[str]:
    """Texts that run out of their own box or off the slide."""
    bounds = QRectF(slide.rect()).adjusted(-0.5, -0.5, 0.5, 0.5)
    bad = []
    for p in slide.painted:
        needed = QFontMetricsF(p.font).boundingRect(p.rect, p.flags, p.text)
        if needed.height() > p.rect.height() + 1 or needed.width() > p.rect.width() + 1:
            bad.append(f"{p.text!r} needs {needed.size()} in {p.rect.size()}")
        if not bounds.contains(p.rect):
            bad.append(f"{p.text!r} off the slide at {p.rect}")
    return bad


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("size", SIZES)
def test_every_slide_kind_reads_from_the_back_row(qtbot, demo, content_sv, theme, size):
    progress = pv.progress(demo)
    for name, (view, timer) in views(demo, content_sv).items():
        slide = paint(qtbot, view, size, theme, timer, progress)
        assert slide.painted, name
        floor = MIN_SHARE * size[1]
        small = [(p.text, p.pixel_size) for p in slide.painted if p.pixel_size < floor]
        assert not small, f"{name}: smaller than {floor:.1f} px: {small}"
        faint = [
            (p.text, round(contrast(p.color, p.background), 2))
            for p in slide.painted
            if contrast(p.color, p.background) < MIN_CONTRAST
        ]
        assert not faint, f"{name}: contrast under 7:1: {faint}"
        assert not overflowing(slide), name


def test_every_question_of_the_content_fits_without_going_under_the_floor(qtbot):
    for language in ("sv", "en"):
        content = load_content(language)
        ws = demo_workshop(content)
        steps = [p.id for p in content.principles] + [c.id for c in content.cornerstones]
        steps += [s.id for s in content.optional_steps] + ["intro", "closing"]
        for step in steps:
            for index in range(max(pv.question_view(ws, content, step).count, 1)):
                ws.record(step).question_index = index
                view = pv.question_view(ws, content, step)
                slide = paint(qtbot, view, (1024, 768), timer=pv.TimerView(600, True))
                assert min(p.pixel_size for p in slide.painted) >= MIN_SHARE * 768, view.question
                assert not overflowing(slide), view.question


def test_time_up_is_said_calmly_by_colour_and_sign_not_by_a_banner(qtbot, demo, content_sv):
    view = pv.question_view(demo, content_sv, "tillit")
    running = paint(qtbot, view, (1024, 768), timer=pv.TimerView(30, True))
    late = paint(qtbot, view, (1024, 768), timer=pv.TimerView(-4, True))
    before = next(p for p in running.painted if p.text == "00:30")
    after = next(p for p in late.painted if p.text == "\u221200:04")
    assert after.pixel_size == before.pixel_size  # not larger: no shout
    assert after.color == THEMES["light"].overtime.lower() != before.color
    assert after.background == before.background  # no black box behind it
    assert len(late.painted) == len(running.painted)  # no extra "time is up" text


def test_the_question_slide_keeps_large_type_at_any_size(qtbot, demo, content_sv):
    demo.record("handlingsutrymme").question_index = 1
    view = pv.question_view(demo, content_sv, "handlingsutrymme")
    for width, height in [*SIZES, (640, 480)]:
        area = QRectF(0, 0, width * 0.88, height * 0.8)
        scale, _ = fit_blocks(question_blocks(view), area, height)
        assert scale == 1.0  # the design's sizes, not shrunk


def test_a_theme_change_repaints_in_the_new_colours(qtbot, demo, content_sv):
    slide = paint(qtbot, pv.question_view(demo, content_sv, "tillit"), (1024, 768))
    assert slide.grab().toImage().pixelColor(5, 5).name() == THEMES["light"].paper.lower()
    slide.set_theme(THEMES["dark"])
    assert slide.grab().toImage().pixelColor(5, 5).name() == THEMES["dark"].paper.lower()
    assert {p.color for p in slide.painted} <= {
        c.lower() for c in THEMES["dark"].text_colors().values()
    }


def test_the_progress_line_marks_done_current_and_coming_steps(qtbot, demo, content_sv):
    demo.current_step = "stod"
    progress = pv.progress(demo)
    slide = paint(qtbot, pv.question_view(demo, content_sv, "stod"), (1024, 768), progress=progress)
    image = slide.grab().toImage()
    theme = THEMES["light"]
    count = len(demo.steps)
    y = round(768 * 0.065 * 0.35 + 3)
    left, width = 51.2, 1024 - 2 * 51.2
    colours = [
        image.pixelColor(round(left + (i + 0.5) * width / count), y).name() for i in range(count)
    ]
    expected = [
        theme.ink if i == progress.current else theme.accent if done else theme.rule
        for i, done in enumerate(progress.done)
    ]
    assert colours == [c.lower() for c in expected]


# -- the notes board: shrink, then page, never clip --------------------------------


def _board(ws, content, notes: dict[NoteCategory, list[str]]) -> pv.NotesBoardView:
    record = ws.record("tillit")
    record.notes = []
    from tillitverkstad.core import usecases as uc

    for category, texts in notes.items():
        for text in texts:
            uc.add_note(ws, "tillit", category, text)
    return pv.notes_board_view(ws, content, "tillit")


def _shown_on_every_page(qtbot, slide: Slide) -> list[str]:
    texts = []
    for page in range(slide.page_count()):
        slide._page = page
        slide.grab()
        assert not overflowing(slide), page
        assert min(p.pixel_size for p in slide.painted) >= MIN_SHARE * slide.height()
        texts += [p.text for p in slide.painted]
    return texts


def test_a_full_board_shrinks_to_fit_one_page(qtbot, demo, content_sv):
    notes = {c: [f"Anteckning {c.value} {i} om hur vi gör" for i in range(4)] for c in NoteCategory}
    slide = paint(qtbot, _board(demo, content_sv, notes), (1024, 768))
    assert slide.page_count() == 1
    sizes = {p.pixel_size for p in slide.painted if p.text.startswith("Anteckning")}
    assert max(sizes) < round(0.045 * 768)  # shrunk from the body size
    assert not overflowing(slide)


def test_a_long_board_pages_and_every_note_is_shown_whole(qtbot, demo, content_sv):
    texts = [f"Idé nummer {i}: mer tid för samtal i arbetsgruppen" for i in range(40)]
    slide = paint(qtbot, _board(demo, content_sv, {NoteCategory.IDEAS: texts}), (1024, 768))
    assert slide.page_count() > 1
    shown = _shown_on_every_page(qtbot, slide)
    joined = " ".join(shown)  # a card paints line by line
    assert all(text in joined for text in texts)
    assert sorted(texts, key=joined.index) == texts  # in order
    pages = slide.page_count()
    assert [t for t in shown if t.startswith("Sida")] == [
        f"Sida {n} av {pages}" for n in range(1, pages + 1)
    ]


def test_a_note_longer_than_a_page_continues_on_the_next(qtbot, demo, content_sv):
    words = [f"ord{i}" for i in range(900)]
    slide = paint(
        qtbot, _board(demo, content_sv, {NoteCategory.TODAY: [" ".join(words)]}), (1024, 768)
    )
    assert slide.page_count() > 1
    shown = " ".join(_shown_on_every_page(qtbot, slide)).split()
    assert [w for w in shown if w.startswith("ord")] == words  # all of it, in order


def test_the_board_turns_to_the_page_where_a_new_note_lands(qtbot, demo, content_sv):
    texts = [f"Hinder {i}: rapporter som ingen läser" for i in range(30)]
    slide = paint(qtbot, _board(demo, content_sv, {NoteCategory.OBSTACLES: texts}), (1024, 768))
    assert slide.page == 0 and slide.page_count() > 1
    slide.set_view(_board(demo, content_sv, {NoteCategory.OBSTACLES: [*texts, "Nytt hinder"]}))
    slide.grab()
    assert slide.page == slide.page_count() - 1
    assert any(p.text.startswith("Nytt hinder") for p in slide.painted)


def test_board_pages_turn_by_themselves(qtbot, demo, content_sv):
    texts = [f"Idé {i}: gemensam planeringsdag" for i in range(40)]
    slide = paint(qtbot, _board(demo, content_sv, {NoteCategory.IDEAS: texts}), (1024, 768))
    slide._pager.setInterval(10)
    slide._pager.start()
    qtbot.waitUntil(lambda: slide.page == 1)


def test_short_actions_read_as_a_table_one_line_each(qtbot, demo, content_sv):
    rows = tuple((f"Åtgärd {i}", "HR", "2027-01-0" + str(i)) for i in range(1, 8))
    view = pv.ActionsView("Åtgärder", rows, "", "Sida {page} av {count}")
    slide = paint(qtbot, view, (1024, 768))
    assert slide.page_count() == 1  # seven short actions fit one slide
    what = {p.text: p.rect.top() for p in slide.painted if p.text.startswith("Åtgärd ")}
    who = {p.text: p.rect.top() for p in slide.painted if p.text.startswith("HR")}
    assert sorted(what.values()) == sorted(who.values())  # on the same lines
    assert not overflowing(slide)


@pytest.mark.parametrize("theme", ["light", "dark"])
@pytest.mark.parametrize("size", [*SIZES, (200, 150)])
def test_a_phone_reads_the_join_slides_code_at_any_size_in_either_theme(qtbot, demo, theme, size):
    """Decoded from the painted slide (the preview's thumbnail too) as a camera would."""
    import zxingcpp

    view = join_view(demo, JOIN_ADDRESS, "4071 2958", qr_matrix(JOIN_URL))
    slide = paint(qtbot, view, size, theme)
    found = zxingcpp.read_barcodes(slide.grab().toImage(), try_rotate=False)
    assert [code.text for code in found] == [JOIN_URL]
    shown = " ".join(p.text for p in slide.painted)
    assert "192.168.137.1:8123" in shown and "4071 2958" in shown
