"""Paints one shared-screen view at any size, in the chosen slide theme: a slim agenda
progress line, the kicker and the timer, then the view itself. Type is a share of the
height (never under the floor of :mod:`slide_theme`) and shrinks until everything fits,
so nothing is clipped at 1024x768 or at 4K.

The slide holds no workshop state: only the view object it was last handed, and which
page of a long list it is on."""

from __future__ import annotations

from PySide6.QtCore import QRect, QRectF, Qt, QTimer
from PySide6.QtGui import QColor, QFontMetricsF, QPainter
from PySide6.QtWidgets import QWidget

from tillitverkstad.core import projection as pv
from tillitverkstad.core.model import BlankMode
from tillitverkstad.core.projection_join import JoinView
from tillitverkstad.ui import accessible, slide_lists
from tillitverkstad.ui.slide_canvas import (
    Block,
    PaintedText,
    SlideCanvas,
    below_title,
    fit_blocks,
    slide_font,
)
from tillitverkstad.ui.slide_charts import paint_balance, paint_rating
from tillitverkstad.ui.slide_join import paint_join
from tillitverkstad.ui.slide_summary import paint_summary, summary_layout
from tillitverkstad.ui.slide_theme import LIGHT, LINE_GAP, PROGRESS_SHARE, SlideTheme, margins

PAGE_MS = 12_000  # how long each page of a long board stays up
ACTION_LISTS = (pv.ActionsView, pv.ReviewView)  # what, who and one more detail per row
LISTS = (pv.NotesBoardView, *ACTION_LISTS)
RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
LEFT = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter


class Slide(QWidget):
    """Shows exactly one view object; holds nothing else."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        accessible.expose(Slide, accessible.Role.Graphic)  # read as what it shows, in words
        self._view: pv.View | None = None
        self._timer: pv.TimerView | None = None
        self._progress: pv.Progress | None = None
        self._theme: SlideTheme = LIGHT
        self._blank = BlankMode.NONE  # a blanked screen is shown as such in a preview
        self._page = 0
        self._focus: tuple[int, int] | None = None  # (column, item) that just changed
        self._cached: tuple[tuple, object] | None = None  # (view, size) -> its layout
        self.painted: list[PaintedText] = []  # what the last paint drew, for tests
        self._pager = QTimer(self, interval=PAGE_MS)
        self._pager.timeout.connect(self._next_page)
        self.setAutoFillBackground(False)

    # -- commands ---------------------------------------------------------------

    def set_view(self, view: pv.View | None) -> None:
        old, self._view = self._view, view
        if isinstance(view, LISTS):
            self._focus = _first_change(old, view)
            if self._focus is None and not _same_list(old, view):
                self._page = 0
        else:
            self._pager.stop()
        # Its name is its owner's to give (the preview says it is one); what it shows is
        # its description, the title first.
        self.setAccessibleDescription(self.spoken_text())
        self.update()

    def set_blank(self, mode: BlankMode) -> None:
        self._blank = mode
        self.update()

    def set_timer(self, timer: pv.TimerView | None) -> None:
        ticking = timer is not None and self._timer is not None
        self._timer = timer
        if ticking:  # only the countdown changed: repaint its corner, not a 4K slide
            self.update(self._timer_rect())
        else:
            self.update()

    def set_progress(self, progress: pv.Progress | None) -> None:
        self._progress = progress
        self.update()

    def set_theme(self, theme: SlideTheme) -> None:
        self._theme = theme
        self.update()

    @property
    def theme(self) -> SlideTheme:
        return self._theme

    def spoken_text(self) -> str:
        """Everything the slide shows, as text (screen readers, and the leak test)."""
        view = self._view
        if view is None:
            return ""
        parts: list[str] = []
        for name, value in view.__dict__.items():
            if name != "page_label":  # a template for the screen, not something it says
                parts.extend(_strings(value))
        return " ".join(parts)

    # -- pages of a long list -----------------------------------------------------

    @property
    def page(self) -> int:
        return self._page

    def page_count(self) -> int:
        layout = self._list_layout()
        return layout.page_count if layout is not None else 1

    def _next_page(self) -> None:
        self._page = (self._page + 1) % max(self.page_count(), 1)
        self.update()

    def _list_area(self) -> QRectF:
        h = float(self.height())
        area = self._content_area().adjusted(0, self._header_height(h), 0, 0)
        rest = below_title(getattr(self._view, "title", ""), area, h)
        return rest.adjusted(0, 0, 0, -slide_lists.page_footer(h))

    def _list_layout(self) -> slide_lists.ListLayout | None:
        view = self._view
        if not isinstance(view, LISTS):
            return None
        return self._cache(self._lay_list)

    def _lay_list(self) -> slide_lists.ListLayout:
        view, area, h = self._view, self._list_area(), self.height()
        if isinstance(view, pv.NotesBoardView):
            headings, items = slide_lists.board_columns(view)
            return slide_lists.layout_lists(headings, items, area, h)
        # One list of actions: on a wide screen it flows on into a second slot.
        assert isinstance(view, pv.ActionsView | pv.ReviewView)  # a list view, see uses_lists
        headings, items = slide_lists.actions_columns(view)
        return slide_lists.layout_lists(headings, items, area, h, slide_lists.flow_slots(area, h))

    def _cache(self, lay):
        """The layout of the current view at the current size, computed once: the slide
        repaints every second while the timer shows, and a board may hold a document."""
        key = (self._view, self.width(), self.height(), self._header_height(self.height()))
        if self._cached is None or self._cached[0] != key:
            self._cached = (key, lay())
        return self._cached[1]

    # -- painting -------------------------------------------------------------------

    def _content_area(self) -> QRectF:
        mx, my = margins(self.width(), self.height())
        return QRectF(mx, my, self.width() - 2 * mx, self.height() - 2 * my)

    def _kicker(self) -> str:
        view = self._view
        if isinstance(view, pv.QuestionView):
            return view.counter
        if isinstance(view, pv.NotesBoardView):
            return view.kicker
        if isinstance(view, pv.RatingView):
            return view.votes_so_far  # the count changes alone: the rest keeps its layout
        return ""

    def _timer_rect(self) -> QRect:
        area = self._content_area()
        font = slide_font("lead", self.height(), bold=True)
        line = QFontMetricsF(font).height()
        box = QRectF(area.right() - line * 6, area.top(), line * 6, line)
        return box.toAlignedRect().adjusted(-2, -2, 2, 2)

    def _header_height(self, h: float) -> float:
        if not self._kicker() and self._timer is None:
            return 0.0
        return QFontMetricsF(slide_font("lead", h, bold=True)).height() * (1 + LINE_GAP * 0.5)

    def paintEvent(self, event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        if self._blank:
            painter.fillRect(
                self.rect(), QColor("black" if self._blank == BlankMode.BLACK else "white")
            )
            painter.setPen(QColor(self._theme.rule))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
            painter.end()
            return
        h = float(self.height())
        canvas = SlideCanvas(painter, self._theme, h)
        painter.fillRect(self.rect(), canvas.color("paper"))
        self._paint_progress(canvas)
        area = self._content_area()
        area = self._paint_header(canvas, area)
        view = self._view
        if isinstance(view, pv.TitleCard):
            self._paint_title_card(canvas, view, area)
        elif isinstance(view, pv.IntroView):
            canvas.fit(intro_blocks(view), area)
        elif isinstance(view, pv.QuestionView):
            canvas.fit(question_blocks(view), area)
        elif isinstance(view, pv.RatingView):
            paint_rating(canvas, view, area)
        elif isinstance(view, pv.BalanceView):
            paint_balance(canvas, view, area)
        elif isinstance(view, pv.SummaryView):
            rest = below_title(view.title, area, h)
            layout = self._cache(lambda: summary_layout(view, rest, h)) if view.labels else None
            paint_summary(canvas, view, area, layout)
        elif isinstance(view, LISTS):
            self._paint_list(canvas, view, area)
        elif isinstance(view, JoinView):
            paint_join(canvas, view, area)
        painter.end()
        self.painted = canvas.painted

    def _paint_progress(self, canvas: SlideCanvas) -> None:
        progress = self._progress
        if progress is None or not progress.done:
            return
        mx, my = margins(self.width(), self.height())
        thick = max(2.0, canvas.height * PROGRESS_SHARE)
        top = my * 0.35
        count = len(progress.done)
        gap = max(2.0, thick * 0.6)
        width = (self.width() - 2 * mx - gap * (count - 1)) / count
        for i, done in enumerate(progress.done):
            segment = QRectF(mx + i * (width + gap), top, width, thick)
            if i == progress.current:  # taller as well as darker: not by colour alone
                segment.adjust(0, -thick * 0.6, 0, thick * 0.6)
            role = "ink" if i == progress.current else "accent" if done else "rule"
            canvas.painter.fillRect(segment, canvas.color(role))

    def _paint_header(self, canvas: SlideCanvas, area: QRectF) -> QRectF:
        """The kicker on the left and the timer on the right, on one line above the title."""
        height = self._header_height(canvas.height)
        if not height:
            return area
        font = slide_font("lead", canvas.height, bold=True)
        line = QFontMetricsF(font).height()
        timer = self._timer
        timer_width = 0.0
        if timer is not None:
            timer_width = QFontMetricsF(font).horizontalAdvance(timer.text) + line * 0.2
            # Time up is told by the minus sign and a calm colour: never a banner.
            color = "overtime" if timer.overdue else "muted"
            box = QRectF(area.right() - timer_width, area.top(), timer_width, line)
            canvas.text(box, RIGHT, timer.text, font, color)
        kicker = self._kicker()
        if kicker:
            room = QRectF(area.left(), area.top(), area.width() - timer_width - line, line)
            _, laid = fit_blocks([Block(kicker, "small", True, "accent")], room, canvas.height)
            small = laid[0].font
            canvas.text(room, LEFT, kicker, small, "accent")
        return area.adjusted(0, height, 0, 0)

    def _paint_title_card(self, canvas: SlideCanvas, view: pv.TitleCard, area: QRectF) -> None:
        blocks = [Block(view.title, "title"), Block(view.subtitle, "lead", color="muted")]
        boosted = canvas.height * 1.3  # the card between steps: larger than a slide title
        _, laid = fit_blocks(blocks, area, boosted)
        total = sum(item.height for item in laid) + canvas.height * 0.03
        top = area.top() + (area.height() - total) / 2
        bar = QRectF(area.left(), top - canvas.height * 0.05, canvas.height * 0.12, 0.0)
        bar.setHeight(max(3.0, canvas.height * PROGRESS_SHARE * 1.2))
        canvas.painter.fillRect(bar, canvas.color("accent"))
        canvas.blocks(laid, QRectF(area.left(), top, area.width(), total))

    def _paint_list(self, canvas: SlideCanvas, view, area: QRectF) -> None:
        canvas.title(view.title, area)
        layout = self._list_layout()
        assert layout is not None
        if self._focus is not None:  # show the page with what was just typed
            column, item = self._focus
            self._page = layout.page_of(column, item)
            self._focus = None
            if self._pager.isActive():
                self._pager.start()  # a full interval on the new page
        self._page = min(self._page, layout.page_count - 1)
        if layout.page_count > 1 and not self._pager.isActive():
            self._pager.start()
        elif layout.page_count == 1:
            self._pager.stop()
        rect = self._list_area()
        if isinstance(view, ACTION_LISTS) and not view.rows:
            canvas.fit([Block(view.empty, "body", color="muted")], rect)
            return
        slide_lists.paint_lists(canvas, layout, rect, self._page, view.page_label)


def intro_blocks(view: pv.IntroView) -> list[Block]:
    blocks = [
        Block(view.title, "title"),
        Block(view.definition, "lead"),
        Block(view.source, "small", color="muted"),
    ]
    for name, principles in view.cornerstones:
        blocks.append(Block(f"{name}: {', '.join(principles)}", "body"))
    if view.question:
        blocks.append(Block(view.question, "lead", bold=True, indent=0.03))
    return blocks


def question_blocks(view: pv.QuestionView) -> list[Block]:
    blocks = [Block(view.title, "title"), Block(view.meaning, "lead", color="muted")]
    if view.question:
        blocks.append(Block(view.question, "question", indent=0.035))
    return blocks


def _columns(view) -> list[tuple[str, ...]]:
    if isinstance(view, pv.NotesBoardView):
        return [column.items for column in view.columns]
    if isinstance(view, ACTION_LISTS):
        return [tuple("\x1f".join(row) for row in view.rows)]
    return []


def _same_list(old, new) -> bool:
    return type(old) is type(new) and getattr(old, "title", None) == getattr(new, "title", None)


def _first_change(old, new) -> tuple[int, int] | None:
    """The first entry that was added or edited, when ``new`` is ``old`` updated live."""
    if not _same_list(old, new):
        return None
    for c, (before, after) in enumerate(zip(_columns(old), _columns(new), strict=False)):
        for i, text in enumerate(after):
            if i >= len(before) or before[i] != text:
                return c, i
    return None


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, tuple):
        return [s for item in value for s in _strings(item)]
    if hasattr(value, "__dict__"):
        return [s for item in value.__dict__.values() for s in _strings(item)]
    return []
