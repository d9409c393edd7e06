"""PDF report figures: export of a full seven-principle workshop against a plain document.

The workshop has 20 notes and 5 actions per principle. "plain" is a bare ReportLab
document of the same text in the same embedded font, built in the same run, so the ratio
shows what the report's layout, charts and tables cost on this machine. "The same text" is
everything the report prints (user text, content texts, labels, table cells, chart
labels), one Paragraph per paragraph or cell, without tables, charts or page breaks; a
second figure compares with the user text alone.

The export includes everything the archive needs: the tagged structure, the PDF/A
metadata and output intent, and the data package attached to the file.

Prints its figures and exits 0; goals: export median <= 1.0 s and ratio <= 2.
"""

from __future__ import annotations

import datetime as dt
import io
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))  # this tree, not an install

from _common import median_ms

from tillitverkstad.core import action_plan as plan
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.content import load_content
from tillitverkstad.core.demo import demo_workshop
from tillitverkstad.core.model import NoteCategory, Workshop

ROOT = Path(__file__).resolve().parent.parent
REPEAT = 9
NOTES, ACTIONS = 20, 5


def full_workshop() -> Workshop:
    content = load_content("sv")
    ws = demo_workshop(content, dt.date(2026, 11, 23))
    categories = list(NoteCategory)
    for principle in content.core_principles():
        record = ws.record(principle.id)
        for n in range(len(record.notes), NOTES):
            text = f"Anteckning {n + 1} om {principle.name.lower()}: " + "vi behöver mer tid. " * 3
            uc.add_note(ws, principle.id, categories[n % 3], text)
        have = sum(1 for a in ws.actions if a.step_id == principle.id)
        for n in range(have, ACTIONS):
            what = f"Åtgärd {n + 1} för {principle.name.lower()}, med uppföljning i ledningsgruppen"
            plan.add_action(ws, what, "Enhetschef", ws.date + dt.timedelta(weeks=n), principle.id)
    return ws


def user_texts(ws: Workshop) -> list[str]:
    out = [ws.group, ws.organisation]
    for record in ws.records.values():
        out += [n.text for n in record.notes] + list(record.reflections)
        out += [t for t in (record.free_notes, record.rating.reservations) if t]
    out += [f"{a.what} – {a.who} – {a.when}" for a in ws.actions]
    return [escape(text) for text in out]


def printed_texts(ws: Workshop) -> list[str]:
    """Paragraph markup of everything the report prints, in reading order."""
    from reportlab.graphics.shapes import Drawing, Group, String
    from reportlab.platypus import Paragraph, Table

    from tillitverkstad.report import builder, document
    from tillitverkstad.report.layout import ReportContext

    ctx = ReportContext(ws, builder._content(ws, "sv"), "sv", False, False, None)
    out: list[str] = []

    def walk(item: object) -> None:
        if isinstance(item, Paragraph):
            out.append(item.text)
        elif isinstance(item, str):
            out.append(escape(item))
        elif isinstance(item, Table):
            for row in item._cellvalues:
                for cell in row:
                    walk(cell)
        elif isinstance(item, list | tuple):
            for part in item:
                walk(part)
        elif isinstance(item, String):
            out.append(escape(item.text))
        elif isinstance(item, Drawing | Group):
            walk(item.contents)
        elif isinstance(item, document.Contents):
            out.extend(escape(text) for _, text, _ in item.entries)

    walk(builder._story(ctx))
    return out


def plain_pdf(texts: list[str]) -> bytes:
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.platypus import Paragraph, SimpleDocTemplate

    from tillitverkstad.report.fonts import REGULAR, register_fonts

    register_fonts()
    style = ParagraphStyle("plain", fontName=REGULAR, fontSize=10, leading=14)
    buffer = io.BytesIO()
    doc = SimpleDocTemplate(buffer, initialFontName=REGULAR)
    doc.build([Paragraph(text, style) for text in texts])
    return buffer.getvalue()


def start_path_loads_reportlab() -> bool:
    code = (
        "import sys, tillitverkstad.cli, tillitverkstad.report\nprint('reportlab' in sys.modules)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT
    )
    return out.stdout.strip() == "True"


def main() -> int:
    from pypdf import PdfReader

    from tillitverkstad.operations.reports import export_report
    from tillitverkstad.report import build_pdf

    ws = full_workshop()
    with tempfile.TemporaryDirectory() as folder:
        target = Path(folder) / "report.pdf"
        start = time.perf_counter()
        export_report(ws, target, overwrite=True)
        cold_s = time.perf_counter() - start  # includes importing ReportLab, reading the font
        printed, typed = printed_texts(ws), user_texts(ws)
        plain_pdf(printed)  # warm the plain path too
        # Export and plain document alternate, so that load from other processes on a
        # shared machine falls on both alike; the ratio is the median of the pairs.
        pairs = [
            (
                median_ms(lambda: export_report(ws, target, overwrite=True), 1),
                median_ms(lambda: plain_pdf(printed), 1),
            )
            for _ in range(REPEAT)
        ]
        export_ms = statistics.median(export for export, _ in pairs)
        plain_ms = statistics.median(plain for _, plain in pairs)
        ratio = statistics.median(export / plain for export, plain in pairs)
        typed_ms = median_ms(lambda: plain_pdf(typed), REPEAT)
        pages = len(PdfReader(target).pages)
        size_kb = target.stat().st_size / 1024
    build_ms = median_ms(lambda: build_pdf(ws), 3)
    print(f"workshop: principles=7 notes/principle={NOTES} actions={len(ws.actions)}")
    print(f"first export (cold, incl. imports and font) {cold_s:.2f} s")
    print(f"export median {export_ms / 1000:.3f} s (build only {build_ms / 1000:.3f} s)")
    print(
        f"plain ReportLab document of the same text ({len(printed)} paragraphs) "
        f"{plain_ms / 1000:.3f} s"
    )
    print(
        f"plain document of the user text alone ({len(typed)} paragraphs) {typed_ms / 1000:.3f} s,"
        f" ratio {export_ms / typed_ms:.2f}"
    )
    print(f"pdf {pages} pages, {size_kb:.0f} kB")
    print(f"reportlab loaded on the start path: {start_path_loads_reportlab()}")
    print(
        f"report: export_s={export_ms / 1000:.3f} pages={pages} plain_s={plain_ms / 1000:.3f} "
        f"ratio={ratio:.2f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
