"""What every section of the overview PDF is handed: the overview, the reader's language,
the styles and the outline being built (``overview`` lays it out, ``overview_sections``
writes the sections)."""

from __future__ import annotations

from dataclasses import dataclass, field

from tillitverkstad.core.overview import Overview
from tillitverkstad.report.layout import Story, Styles


@dataclass
class OverviewContext(Story):
    overview: Overview
    language: str
    styles: Styles = field(default_factory=Styles)
    outline: list[tuple[str, str, int]] = field(default_factory=list)
