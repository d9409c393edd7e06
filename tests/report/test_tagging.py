"""The report as a screen reader meets it: tagged, in reading order, nothing left untagged."""

from __future__ import annotations

import itertools
import re
import shutil
import subprocess

import pytest
from pdfcheck import TEXT, contrast_on_white, elements, open_pdf, painted, role, text_of

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.action_plan import add_action
from tillitverkstad.core.content import content_from_dict
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.report import build_pdf

STANDARD = {
    "Document", "Part", "Sect", "Div", "P", "H1", "H2", "H3", "H4", "H5", "H6", "L", "LI",
    "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "Figure", "TOC", "TOCI",
    "Link", "Reference", "Span", "Caption", "NonStruct",
}  # fmt: skip


def test_catalog_says_tagged_swedish_and_shows_the_title(demo_pdf):
    _, data = demo_pdf
    pdf = open_pdf(data)
    assert pdf.Root.MarkInfo.Marked is True
    assert str(pdf.Root.Lang) == "sv"
    assert pdf.Root.ViewerPreferences.DisplayDocTitle is True
    tree = pdf.Root.StructTreeRoot
    assert role(tree.K) == "Document"
    assert int(tree.ParentTreeNextKey) >= len(pdf.pages)
    assert all(page.obj.Tabs == "/S" for page in pdf.pages)


def test_every_mark_on_every_page_is_tagged_content_or_an_artifact(demo_pdf):
    _, data = demo_pdf
    pdf = open_pdf(data)
    parent_tree = dict(zip(*[iter(pdf.Root.StructTreeRoot.ParentTree.Nums)] * 2, strict=True))
    marks = list(painted(pdf))
    assert len(marks) > 1000
    untagged = [m for m in marks if not m.artifact and m.mcid is None]
    assert untagged == []
    for mark in marks:
        if mark.mcid is not None and not mark.artifact:
            owners = parent_tree[int(pdf.pages[mark.page].obj.StructParents)]
            assert mark.mcid < len(owners)  # the ParentTree knows who owns it
    footers = [m for m in marks if m.artifact and m.operator in TEXT]
    assert len({m.page for m in footers}) == len(pdf.pages)  # "Sida x av y" is furniture


def test_only_standard_structure_types_are_used(demo_pdf):
    _, data = demo_pdf
    roles = {role(e) for e in elements(open_pdf(data))}
    assert roles <= STANDARD
    expected = {"H1", "H2", "H3", "P", "L", "LI", "LBody", "Table", "TR", "TH", "TD", "Figure"}
    assert expected | {"TOC", "TOCI", "Link"} <= roles


def test_headings_never_skip_a_level(demo_pdf):
    _, data = demo_pdf
    levels = [int(role(e)[1]) for e in elements(open_pdf(data)) if re.fullmatch(r"H\d", role(e))]
    assert levels[0] == 1
    assert all(b <= a + 1 for a, b in itertools.pairwise(levels))


def test_every_chart_is_a_figure_whose_alt_text_states_its_values(demo_pdf):
    ws, data = demo_pdf
    pdf = open_pdf(data)
    figures = [e for e in elements(pdf) if role(e) == "Figure"]
    assert len(figures) == 1 + 2 * 7 + 1  # radar, two vote charts per principle, balance
    alts = [text_of(f) for f in figures]
    assert all(alts)
    assert all("/BBox" in f.A for f in figures)
    assert "Tillit: Nuläge 3, Önskat läge 5" in alts[0]
    assert "Öppenhet: Nuläge 3, Önskat läge 5" in alts[0]
    votes = ws.records["tillit"].rating.current
    counts = ", ".join(f"{v}: {votes.count(v)}" for v in range(1, 6))
    assert f"Röster per värde: {counts}. Överenskommet värde: 3." in alts[1]
    assert "Marknad: I dag 25, Önskat 15" in alts[-1]


def test_header_cells_are_th_with_their_scope(demo_pdf):
    _, data = demo_pdf
    pdf = open_pdf(data)
    headers = [e for e in elements(pdf) if role(e) == "TH"]
    scopes = {str(e.A.Scope) for e in headers}
    assert scopes == {"/Column", "/Row"}  # table headers, and the cover's fact labels


def _tables(pdf):
    return [e for e in elements(pdf) if role(e) == "Table"]


def _rows(table):
    return [kid for kid in table.K if role(kid) == "TR"]


def test_agreed_values_read_as_a_table_with_the_scale_as_header(demo_pdf):
    _, data = demo_pdf
    pdf = open_pdf(data)
    tillit = next(
        t
        for t in _tables(pdf)
        if len(_rows(t)) == 3 and len(_rows(t)[0].K) == 3 and role(_rows(t)[0].K[0]) == "TH"
    )
    assert [role(cell) for cell in _rows(tillit)[1].K] == ["TD"] * 3


def test_a_table_split_over_pages_stays_one_table_its_repeated_header_untagged(demo):
    for number in range(120):
        add_action(demo, f"Åtgärd {number:03d}", "Enhetschef", demo.date, "tillit")
    add_action(demo, "lång " * 2000, "Någon")  # one row taller than a page
    pdf = open_pdf(build_pdf(demo))
    plan = _tables(pdf)[-1]
    rows = _rows(plan)
    assert len(rows) == 1 + len(demo.actions)
    assert [role(cell) for cell in rows[0].K] == ["TH"] * 6
    assert len({cell.Pg.objgen for row in rows for cell in row.K}) >= 2
    long_what = rows[-1].K[1]  # the row split inside: one cell, content on two pages
    assert any("/Pg" in kid for kid in long_what.K if not isinstance(kid, int))


def test_bullets_are_lists(demo_pdf):
    _, data = demo_pdf
    pdf = open_pdf(data)
    lists = [e for e in elements(pdf) if role(e) == "L"]
    assert lists
    for items in lists:
        assert all(role(item) == "LI" and role(item.K[0]) == "LBody" for item in items.K)


@pytest.mark.skipif(not shutil.which("pdfinfo"), reason="poppler-utils not installed")
def test_pdfinfo_reads_the_headings_and_seven_principles_in_order(demo_pdf, tmp_path):
    ws, data = demo_pdf
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    out = subprocess.run(
        ["pdfinfo", "-struct-text", str(path)], capture_output=True, text=True, check=True
    ).stdout
    headings = re.findall(r"^  H1 \(block\)\n\s+\"(.+)\"$", out, re.M)
    names = [p.name for p in content_from_dict(ws.content).core_principles()]
    assert headings == [
        "Ledningsgrupp IFO",
        "Om rapporten",
        "Sammanfattning",
        *[f"{n}. {name}" for n, name in enumerate(names, start=1)],
        "Balansen mellan tre styrlogiker",
        "Avslutande reflektioner",
        "Åtgärdsplan",
    ]


def test_chart_lines_and_text_have_enough_contrast(demo_pdf):
    _, data = demo_pdf
    marks = [m for m in painted(open_pdf(data)) if not m.artifact]
    text = {m.fill for m in marks if m.operator in TEXT}
    assert min(contrast_on_white(colour) for colour in text) >= 4.5
    lines = {m.stroke for m in marks if m.operator == "S" and m.line_width >= 1.5}
    assert lines  # the radar's and the legend's series lines
    assert min(contrast_on_white(colour) for colour in lines) >= 3


def test_text_drawn_differently_from_what_was_typed_keeps_the_typed_text(demo):
    uc.add_note(demo, "tillit", NoteCategory.IDEAS, "Bra jobbat 🦄 i dag")
    uc.add_note(demo, "tillit", NoteCategory.IDEAS, "שלום עולם")
    pdf = open_pdf(build_pdf(demo))
    actual = [str(e.ActualText) for e in elements(pdf) if "/ActualText" in e]
    assert "Bra jobbat 🦄 i dag" in actual
    assert "שלום עולם" in actual
