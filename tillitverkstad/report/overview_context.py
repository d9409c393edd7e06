"""What every part of the overview PDF lays out from: the overview, the reader's language,
the styles and the contents as the headings fill it (``report.overview`` makes the cover
and the heatmaps, ``report.overview_sections`` the later parts)."""

from __future__ import annotations

from dataclasses import dataclass, field, replace

from reportlab.lib.units import mm

from tillitverkstad.core.overview import Overview
from tillitverkstad.report.layout import Story, Styles

PRINCIPLE_WIDTH = 38 * mm  # a table's column of principle names
SECTION_SPACE = 7 * mm


@dataclass
class OverviewContext(Story):
    overview: Overview
    language: str
    styles: Styles = field(default_factory=Styles)
    outline: list[tuple[str, str, int]] = field(default_factory=list)

    def __post_init__(self) -> None:
        # Sections follow each other on a page: a heading there keeps its distance (at
        # the top of a page the space is dropped, as ReportLab does with spaceBefore).
        self.styles = replace(self.styles, h1=self.styles.h1.clone("h1", spaceBefore=SECTION_SPACE))
