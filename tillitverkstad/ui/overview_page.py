"""Översikt: HR's follow-up across leadership groups and over time, over this library or
a folder of data packages read in place, with its PDF, workbook and CSV exports.

Everything shown comes from one ``core.overview.Overview`` the operations layer works
out; the page only chooses the source and the filters, lays it out in cards and asks the
window to open a workshop when a cell or a row is activated. Reading a folder and working
out the overview (a second over HR's 10 000 packages) run off the UI thread; a filter
changed while the overview is being worked out supersedes it."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from functools import partial
from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.overview import Filters, Listed, Overview
from tillitverkstad.core.series import incomplete_line
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.operations.library import Library
from tillitverkstad.ui import theme
from tillitverkstad.ui.background import BackgroundTask, run_in_background, with_progress_dialog
from tillitverkstad.ui.choices import set_choices
from tillitverkstad.ui.errors import show_error
from tillitverkstad.ui.overview_cards import (
    ActionsCard,
    BalanceCard,
    ExamplesCard,
    TrendCard,
)
from tillitverkstad.ui.overview_export import OverviewExport
from tillitverkstad.ui.overview_heatmap import HeatmapCard
from tillitverkstad.ui.overview_open import offer_import
from tillitverkstad.ui.overview_showing import OverviewShowing, Part
from tillitverkstad.ui.wheel_guard import guard_values
from tillitverkstad.ui.widgets.card import Card
from tillitverkstad.ui.widgets.choice_box import names_box
from tillitverkstad.ui.widgets.date_field import parse_date
from tillitverkstad.ui.widgets.flow_layout import FlowLayout, captioned
from tillitverkstad.ui.widgets.message_slot import MessageSlot


class OverviewPage(QWidget):
    open_requested = Signal(str)  # a workshop in the library
    back_requested = Signal()
    folder_read = Signal()  # a folder of packages was read (its overview follows)
    refreshed = Signal()  # the overview of the chosen source and filters is shown
    # Made in _build, named here: signals connected there reach them before they exist.
    trends: TrendCard
    next_steps: QPlainTextEdit

    def __init__(
        self,
        library: Library,
        language: Callable[[], str],
        parent: QWidget | None = None,
        *,
        today: Callable[[], dt.date] = dt.date.today,
    ) -> None:
        super().__init__(parent)
        self.library = library
        self._language = language
        self._today = today
        self.folder: overview_ops.FolderSource | None = None  # None: this library
        self.reading: BackgroundTask | None = None  # a folder being read
        self._build()
        self.showing = OverviewShowing(self, self._parts, lambda: self.language)
        self.showing.busy_changed.connect(self._set_busy)
        self.showing.shown.connect(self.refreshed)
        self.exports = OverviewExport(
            self,
            lambda: self.overview,
            lambda: self.folder.folder if self.folder else None,
            lambda: self.library.data_dir,
            self.next_steps.toPlainText,
            lambda: self.language,
            self.today,
        )
        self.pdf_button.clicked.connect(lambda: self.exports.export_file(".pdf"))
        self.xlsx_button.clicked.connect(lambda: self.exports.export_file(".xlsx"))
        self.csv_button.clicked.connect(lambda: self.exports.export_csv())
        self.retranslate()
        guard_values(self)

    # -- building ---------------------------------------------------------------

    def _build(self) -> None:
        self.title = QLabel()
        theme.scale_font(self.title, theme.TYPE.title, bold=True)
        self.back_button = QPushButton()
        self.back_button.clicked.connect(self.back_requested)
        self.pdf_button, self.xlsx_button, self.csv_button = (
            QPushButton(),
            QPushButton(),
            QPushButton(),
        )
        self.pdf_button.setProperty("role", "primary")
        # Rows that wrap rather than widen the window beyond a laptop's at large text.
        header = FlowLayout(spacing=theme.SPACE.s)
        header.addWidget(self.title, 1)
        for button in (self.pdf_button, self.xlsx_button, self.csv_button, self.back_button):
            header.addWidget(button)

        self.library_button, self.folder_button = QPushButton(), QPushButton()
        self.source_buttons = QButtonGroup(self)
        for button in (self.library_button, self.folder_button):
            button.setCheckable(True)
            self.source_buttons.addButton(button)
        self.library_button.setChecked(True)
        self.library_button.clicked.connect(self.show_library)
        self.folder_button.clicked.connect(lambda: self.choose_folder())
        self.source_label = QLabel()
        self.source_label.setProperty("role", "muted")
        self.source_label.setTextFormat(Qt.TextFormat.PlainText)
        self.organisation, self.group = names_box(14), names_box(14)
        for combo in (self.organisation, self.group):
            combo.activated.connect(lambda *_: self.refresh())
        self.start, self.end = QLineEdit(), QLineEdit()
        for field in (self.start, self.end):
            field.editingFinished.connect(self.refresh)
        self.labels = {name: QLabel() for name in ("source", "organisation", "group", "from", "to")}
        self.labels["organisation"].setBuddy(self.organisation)
        self.labels["group"].setBuddy(self.group)
        self.labels["from"].setBuddy(self.start)
        self.labels["to"].setBuddy(self.end)
        source = FlowLayout(spacing=theme.SPACE.s)
        source.addWidget(self.labels["source"])
        source.addWidget(self.library_button)
        source.addWidget(self.folder_button)
        source.addWidget(self.source_label, 1)
        filters = FlowLayout(spacing=theme.SPACE.m)
        for key, widget in (
            ("organisation", self.organisation),
            ("group", self.group),
            ("from", self.start),
            ("to", self.end),
        ):
            filters.addWidget(captioned(self.labels[key], widget, theme.SPACE.s))
        self.summary = QLabel(wordWrap=True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.incomplete = QLabel(wordWrap=True)  # the series that lack an occasion
        self.incomplete.setTextFormat(Qt.TextFormat.PlainText)
        self.incomplete.hide()
        self.message = MessageSlot(self, lines=1)
        self.skipped = QLabel(wordWrap=True)
        self.skipped.setTextFormat(Qt.TextFormat.PlainText)
        self.skipped.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.skipped_card = Card(tone="accent")
        self.skipped_card.body.addWidget(self.skipped)
        self.skipped_card.hide()

        self.heatmap_card = HeatmapCard()
        self.heatmap_card.open_requested.connect(self.open_workshop)
        self.heatmap_card.group_chosen.connect(lambda group: self.trends.show_group(group))
        heat = self.heatmap_card  # its parts by the names the page has always given them
        self.heatmap, self.legend = heat.table, heat.legend
        self.now_button, self.gap_button = heat.now_button, heat.gap_button

        self.trends, self.actions_card = TrendCard(), ActionsCard()
        self.examples, self.balance = ExamplesCard(), BalanceCard()
        for table in (
            self.trends.table,
            self.actions_card.rollup,
            self.actions_card.overdue,
            self.examples.table,
            self.balance.table,
        ):
            table.open_requested.connect(self.open_workshop)
        self.next_card = Card()
        self.next_steps = QPlainTextEdit()
        self.next_steps.setTabChangesFocus(True)
        self.next_steps.setFixedHeight(self.fontMetrics().height() * 6)
        self.next_card.body.addWidget(self.next_steps)

        content = QWidget()
        column = QVBoxLayout(content)
        column.setContentsMargins(0, 0, theme.SPACE.s, 0)
        column.setSpacing(theme.SPACE.m)
        for part in (self.skipped_card, self.heatmap_card, self.trends, self.actions_card):
            column.addWidget(part)
        for part in (self.examples, self.balance, self.next_card):
            column.addWidget(part)
        column.addStretch(1)
        self.scroll_area = QScrollArea()
        # Not a Tab stop of its own: every card holds a table or a field that takes the
        # focus, and the area scrolls to show whichever has it.
        self.scroll_area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(content)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(theme.SPACE.xl, theme.SPACE.l, theme.SPACE.xl, theme.SPACE.l)
        layout.setSpacing(theme.SPACE.s)
        layout.addLayout(header)
        layout.addLayout(source)
        layout.addLayout(filters)
        layout.addWidget(self.summary)
        layout.addWidget(self.incomplete)
        layout.addWidget(self.message)
        layout.addWidget(self.scroll_area, 1)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Overview"))
        self.back_button.setText(self.tr("&Back to the workshops"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.xlsx_button.setText(self.tr("Export &Excel…"))
        self.csv_button.setText(self.tr("Export C&SV…"))
        self.labels["source"].setText(self.tr("Source:"))
        self.library_button.setText(self.tr("This &library"))
        self.folder_button.setText(self.tr("A &folder of data packages…"))
        self.labels["organisation"].setText(self.tr("&Organisation:"))
        self.labels["group"].setText(self.tr("&Group:"))
        self.labels["from"].setText(self.tr("F&rom:"))
        self.labels["to"].setText(self.tr("&To:"))
        placeholder = self.tr("YYYY-MM-DD")
        width = self.fontMetrics().horizontalAdvance(placeholder + "WW") + 4 * theme.SPACE.s
        for field in (self.start, self.end):
            field.setPlaceholderText(placeholder)
            field.setFixedWidth(width)
            field.setAccessibleDescription(self.tr("A date as YYYY-MM-DD; empty for no limit"))
        self.heatmap_card.retranslate()
        self.next_card.setTitle(self.tr("Next steps"))
        self.next_steps.setPlaceholderText(
            self.tr("What HR proposes next; printed in the PDF under \u201cNext steps\u201d.")
        )
        self.next_steps.setAccessibleName(self.tr("Next steps"))
        for card in (self.trends, self.actions_card, self.examples, self.balance):
            card.retranslate()
        self._show_source()
        if self.overview is not None:
            self.showing.show(self.overview)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    # -- source and filters -----------------------------------------------------

    @property
    def language(self) -> str:
        return self._language()

    def today(self) -> dt.date:
        """The date overdue actions are counted against (a fake clock in tests)."""
        return self._today()

    def set_library(self, library: Library) -> None:
        self.library = library
        if self.folder is None:
            self.show_library()

    def show_library(self) -> None:
        self._let_go_of_folder()
        self.folder = None
        self.library_button.setChecked(True)
        self._show_source()
        self.refresh()

    def choose_folder(self, folder: Path | None = None) -> BackgroundTask | None:
        """Read the packages of ``folder`` (asking for it when None) in place, off the UI
        thread with progress and Cancel; the page changes only once the read is complete
        (``folder_read``). None when nothing is read."""
        if self.reading is not None and self.reading.running:
            return None
        if folder is None:
            from PySide6.QtWidgets import QFileDialog

            name = QFileDialog.getExistingDirectory(
                self, self.tr("Choose a folder of data packages"), str(Path.home())
            )
            if not name:
                self._keep_source()
                return None
            folder = Path(name)
        chosen = folder

        def failed(error: Exception) -> None:
            self._keep_source()
            show_error(self, error, self.language)

        self.reading = run_in_background(
            self,
            lambda progress: overview_ops.read_folder(
                chosen, data_dir=self.library.data_dir, progress=progress
            ),
            self._show_folder,
            on_failure=failed,
            on_cancel=self._keep_source,
            language=lambda: self.language,
            keep_result=True,
        )
        with_progress_dialog(self.reading, self, self.tr("Reading the data packages…"))
        return self.reading

    def _keep_source(self) -> None:
        """The source stays what it was: its button checked again."""
        (self.library_button if self.folder is None else self.folder_button).setChecked(True)

    def _let_go_of_folder(self) -> None:
        if self.folder is not None:
            self.showing.let_go_later(list(self.folder.entries))

    def _show_folder(self, source: overview_ops.FolderSource) -> None:
        self._let_go_of_folder()
        self.folder = source
        self.folder_button.setChecked(True)
        self._show_source()
        self.refresh()
        self.folder_read.emit()

    def _show_source(self) -> None:
        if self.folder is None:
            self.source_label.setText(str(self.library.data_dir))
            self.skipped_card.hide()
            return
        count = len(self.folder.entries)
        self.source_label.setText(
            self.tr("{folder} ({count} packages, read in place: nothing is imported)").format(
                folder=self.folder.folder, count=count
            )
        )
        skipped = self.folder.skipped
        self.skipped_card.setVisible(bool(skipped))
        self.skipped_card.setTitle(self.tr("Files not shown: {count}").format(count=len(skipped)))
        self.skipped.setText(
            "\n".join(f"{s.path.name}: {s.message(self.language)}" for s in skipped)
        )

    def filters(self) -> Filters | None:
        """The chosen filters; None (with a message) when a date cannot be read."""
        try:
            start, end = parse_date(self.start.text()), parse_date(self.end.text())
        except TillitError as exc:
            self.message.set_text(exc.message(self.language))
            return None
        if start and end and start > end:
            self.message.set_text(self.tr("The period ends before it starts."))
            return None
        self.message.set_text("")
        return Filters(self.organisation.currentData(), self.group.currentData(), start, end)

    def refresh(self) -> BackgroundTask | None:
        """Work out the overview of the source as filtered, off the UI thread, and show it
        (``refreshed``). One still being worked out is dropped: only the newest choice is
        shown. None when the choice cannot be read (a message says why)."""
        filters = self.filters()
        if filters is None:
            return None
        language, today = self.language, self._today()
        if self.folder is None:
            try:  # the index, on this thread: the library's other readers are here too
                listed: Sequence[Listed] = self.library.list(digests=True)
            except (TillitError, OSError) as exc:
                show_error(self, exc, language)
                return None
        else:
            listed = self.folder.entries
        return self.showing.start(
            lambda progress: overview_ops.overview_of(
                listed, filters, language=language, today=today, progress=progress
            )
        )

    @property
    def overview(self) -> Overview | None:
        """The overview shown (its parts may still be being filled in: see ``busy``)."""
        return self.showing.overview

    @property
    def refreshing(self) -> BackgroundTask | None:
        """The newest overview's job (done or not)."""
        return self.showing.task

    @property
    def busy(self) -> bool:
        """Whether the overview of the choice made is still being worked out or shown."""
        return self.showing.busy

    def _set_busy(self, busy: bool) -> None:
        """While the overview is worked out, what is shown is not yet the choice made:
        it says so, and is not exported."""
        for button in (self.pdf_button, self.xlsx_button, self.csv_button):
            button.setEnabled(not busy)
        if busy:
            self.summary.setText(self.tr("Working out the overview…"))
        elif self.overview is not None:
            self._summarise(self.overview)

    def _fill_choices(self, overview: Overview) -> None:
        everyone = (self.tr("All"), None)
        set_choices(self.organisation, [everyone, *((o, o) for o in overview.organisations)])
        set_choices(
            self.group,
            [
                everyone,
                *((f"{name} – {org}" if org else name, gid) for gid, name, org in overview.choices),
            ],
        )

    # -- showing ----------------------------------------------------------------

    def _parts(self, overview: Overview) -> list[Part]:
        """What showing ``overview`` takes, a part per event-loop turn: the summary first."""
        language = self.language

        def summary() -> None:
            self._summarise(overview)
            self.incomplete.setText(incomplete_line(overview, language))
            self.incomplete.setVisible(bool(overview.incomplete))

        return [
            summary,
            partial(self.heatmap_card.set_overview, overview, language),
            partial(self._fill_choices, overview),
            *(
                partial(card.set_overview, overview, language)
                for card in (self.trends, self.actions_card, self.examples, self.balance)
            ),
        ]

    def _summarise(self, overview: Overview) -> None:
        period = overview.period
        if period is None:
            self.summary.setText(self.tr("No workshop matches the choice."))
        else:
            groups, occasions = len(overview.groups), overview.occasion_count
            counted = (  # "1 grupp, 1 tillfälle": the singular where it is one
                self.tr("1 group") if groups == 1 else self.tr("{count} groups"),
                self.tr("1 occasion") if occasions == 1 else self.tr("{count} occasions"),
            )
            self.summary.setText(
                self.tr("{groups}, {occasions}, {first} – {last}").format(
                    groups=counted[0].format(count=groups),
                    occasions=counted[1].format(count=occasions),
                    first=period[0].isoformat(),
                    last=period[1].isoformat(),
                )
            )

    # -- opening a workshop -----------------------------------------------------

    def open_workshop(self, workshop_id: str) -> None:
        """Open it in the window; one of a folder is offered for import first."""
        if self.folder is None:
            self.open_requested.emit(workshop_id)
        else:
            offer_import(
                self,
                self.library,
                self.folder,
                workshop_id,
                self.language,
                self.open_requested.emit,
            )
