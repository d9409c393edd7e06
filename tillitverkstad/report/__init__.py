"""The workshop report for the HR archive: the only package that imports ReportLab.

What the GUI calls (one function per user action, see HOUSE.md):

* ``suggested_file_name(ws)`` – the name to pre-fill in the save dialog,
  e.g. ``2026-11-23_Ledningsgrupp-IFO_tillitverkstad.pdf``.
* ``build_pdf(ws, private=..., names=..., earlier=...)`` – the PDF as bytes; ``private`` /
  ``names`` are the export dialog's tick boxes (both off by default). For a follow-up pass
  the group's earlier occasions (``operations.library.earlier_occasions``) as ``earlier``;
  None uses what the workshop itself remembers of them. Building takes well under a second
  for a normal workshop, but run it off the GUI thread for very large ones. Writing the
  file is the operations layer's (``operations.reports.export_report``).

The file is tagged PDF/A-3a with the data package (at the same redaction level) attached,
so one file holds the record and its data; ``attach_data=False`` gives PDF/A-2a without
it, for an archive that takes only PDF/A-2. See docs/hr-archive.md.

ReportLab is imported only when the build function runs, so importing this
package (e.g. in the main window module) costs nothing at start-up.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from tillitverkstad.report.filename import suggested_file_name

if TYPE_CHECKING:
    from collections.abc import Sequence

    from tillitverkstad.core.model import Occasion, Workshop

__all__ = ["build_pdf", "suggested_file_name"]


def build_pdf(
    ws: Workshop,
    *,
    private: bool = False,
    names: bool = False,
    earlier: Sequence[Occasion] | None = None,
    language: str | None = None,
    attach_data: bool = True,
) -> bytes:
    """The report as PDF bytes, in ``language`` or else the workshop's content language."""
    from tillitverkstad.report.builder import build_pdf as build

    return build(
        ws,
        private=private,
        names=names,
        earlier=earlier,
        language=language,
        attach_data=attach_data,
    )
