"""The workshop report for the HR archive: the only package that imports ReportLab.

What the GUI calls (one function per user action, see HOUSE.md):

* ``suggested_file_name(ws)`` – the name to pre-fill in the save dialog,
  e.g. ``2026-11-23_Ledningsgrupp-IFO_tillitverkstad.pdf``.
* ``export_pdf(ws, path, private=..., names=..., previous=..., overwrite=...)`` – build the
  PDF and write it atomically; ``private`` / ``names`` are the dialog's tick boxes "ta med
  privata anteckningar" / "ta med deltagarnas namn" (both off by default). For a follow-up
  pass the earlier workshop (``library.read(ws.follow_up_of)``) as ``previous``, or None
  when it cannot be read. Pass ``overwrite=True`` only after the user confirmed replacing
  an existing file. Raises ``storage.files.ExportError`` (a ``TillitError``: show
  ``exc.message(ui_language)``) for an existing file, a read-only folder or a full disk;
  nothing half-written is left behind. Building takes well under a second for a normal
  workshop, but run it off the GUI thread for very large ones.
* ``build_pdf(ws, ...)`` – the PDF as bytes, for previews and tests.

The file is tagged PDF/A-3a with the data package (at the same redaction level) attached,
so one file holds the record and its data; ``attach_data=False`` gives PDF/A-2a without
it, for an archive that takes only PDF/A-2. See docs/hr-archive.md.

ReportLab is imported only when one of the two build functions runs, so importing this
package (e.g. in the main window module) costs nothing at start-up.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from tillitverkstad.report.filename import suggested_file_name

if TYPE_CHECKING:
    from tillitverkstad.core.model import Workshop

__all__ = ["build_pdf", "export_pdf", "suggested_file_name"]


def build_pdf(
    ws: Workshop,
    *,
    private: bool = False,
    names: bool = False,
    previous: Workshop | None = None,
    language: str | None = None,
    attach_data: bool = True,
) -> bytes:
    """The report as PDF bytes, in ``language`` or else the workshop's content language."""
    from tillitverkstad.report.builder import build_pdf as build

    return build(
        ws,
        private=private,
        names=names,
        previous=previous,
        language=language,
        attach_data=attach_data,
    )


def export_pdf(
    ws: Workshop,
    path: Path | str,
    *,
    private: bool = False,
    names: bool = False,
    previous: Workshop | None = None,
    overwrite: bool = False,
    language: str | None = None,
    attach_data: bool = True,
) -> Path:
    """Build the report and write it to ``path``; the file appears only when complete."""
    from tillitverkstad.storage.files import write_export

    data = build_pdf(
        ws,
        private=private,
        names=names,
        previous=previous,
        language=language,
        attach_data=attach_data,
    )
    return write_export(Path(path), data, overwrite=overwrite)
