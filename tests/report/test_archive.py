"""The report as an archive receives it: PDF/A-3a (or -2a), self-describing, with its data.

These checks cover the machine-checkable PDF/A clauses listed in docs/hr-archive.md; they
are not a validator.
"""

from __future__ import annotations

import datetime as dt
import json
import re

import pikepdf
import pytest
from pdfcheck import open_pdf

from tillitverkstad.core import usecases as uc
from tillitverkstad.core.demo import PRIVATE
from tillitverkstad.core.model import NoteCategory
from tillitverkstad.paths import resource_dir
from tillitverkstad.report import build_pdf, suggested_file_name

XMP = {
    "x": "adobe:ns:meta/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "dc": "http://purl.org/dc/elements/1.1/",
}


def _xmp_date(info_date: str) -> str:
    """D:20261123101500+01'00' as the XMP form 2026-11-23T10:15:00+01:00."""
    m = re.fullmatch(r"D:(\d{4})(\d\d)(\d\d)(\d\d)(\d\d)(\d\d)([+-])(\d\d)'(\d\d)'", info_date)
    assert m, info_date
    y, mo, d, h, mi, s, sign, oh, om = m.groups()
    return f"{y}-{mo}-{d}T{h}:{mi}:{s}{sign}{oh}:{om}"


def test_file_says_pdfa3a_and_pdfua1_in_its_xmp(demo_pdf):
    _, data = demo_pdf
    pdf = open_pdf(data)
    meta = pdf.open_metadata()
    assert meta["pdfaid:part"] == "3"
    assert meta["pdfaid:conformance"] == "A"
    assert meta["pdfuaid:part"] == "1"
    raw = pdf.Root.Metadata.read_bytes()
    # pdfuaid is not one of PDF/A's predefined schemas, so it must be declared (6.6.2.3.1).
    assert b"<pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/<" in raw
    assert pdf.pdf_version == "1.7"
    assert data[9:14] == b"%\xbf\xf7\xa2\xfe"  # binary comment after the header (6.1.2)


def test_xmp_repeats_the_document_information_exactly(demo_pdf):
    _, data = demo_pdf
    pdf = open_pdf(data)
    info = pdf.docinfo
    meta = pdf.open_metadata()
    assert meta["dc:title"] == str(info.Title) == "Workshoprapport: Ledningsgrupp IFO, 2026-11-23"
    assert meta["dc:creator"] == [str(info.Author)] == ["Sara Lind, HR"]
    assert meta["dc:description"] == str(info.Subject)
    assert meta["pdf:Keywords"] == str(info.Keywords)
    assert "Ledningsgrupp IFO" in meta["pdf:Keywords"]
    assert meta["pdf:Producer"] == str(info.Producer)
    assert meta["xmp:CreatorTool"] == str(info.Creator)
    assert meta["xmp:CreateDate"] == _xmp_date(str(info.CreationDate))
    assert meta["xmp:ModifyDate"] == _xmp_date(str(info.ModDate))
    assert "/Trapped" not in info  # nothing in the XMP vouches for it


def test_pages_paint_in_srgb_declared_by_the_shipped_profile(demo_pdf):
    _, data = demo_pdf
    pdf = open_pdf(data)
    (intent,) = pdf.Root.OutputIntents
    assert intent.S == "/GTS_PDFA1"
    assert str(intent.OutputConditionIdentifier) == "sRGB IEC61966-2.1"
    profile = intent.DestOutputProfile
    assert profile.N == 3
    shipped = (resource_dir() / "color" / "sRGB.icc").read_bytes()
    assert profile.read_bytes() == shipped
    assert shipped[12:20] == b"mntrRGB " and shipped[36:40] == b"acsp"


def test_no_transparency_encryption_javascript_or_actions(demo_pdf):
    _, data = demo_pdf
    pdf = open_pdf(data)
    assert not pdf.is_encrypted
    for obj in pdf.objects:
        if not isinstance(obj, pikepdf.Dictionary | pikepdf.Stream):
            continue
        keys = set(obj.keys())
        assert not keys & {"/JS", "/JavaScript", "/AA", "/SMask"}, obj
        if "/CA" in keys or "/ca" in keys:
            assert float(obj.get("/CA", 1)) == 1 and float(obj.get("/ca", 1)) == 1
        assert obj.get("/S") != "/Transparency"


def test_every_annotation_prints_and_every_link_has_a_description(demo_pdf):
    _, data = demo_pdf
    pdf = open_pdf(data)
    annots = [a for page in pdf.pages for a in page.obj.get("/Annots", [])]
    assert len(annots) >= 12  # the contents' links
    for annot in annots:
        assert int(annot.F) & 4 and not int(annot.F) & (1 | 2 | 32)  # print, not hidden
        assert str(annot.Contents)
        assert "/StructParent" in annot


def _used_codes(pdf: pikepdf.Pdf) -> dict[tuple[int, int], set[int]]:
    """Per font object, the character codes the pages show with it."""
    used: dict[tuple[int, int], set[int]] = {}
    for page in pdf.pages:
        fonts = page.obj.Resources.Font
        current = None
        for operands, operator in pikepdf.parse_content_stream(page):
            op = str(operator)
            if op == "Tf":
                current = fonts[str(operands[0])].objgen
            elif op in ("Tj", "'", '"'):
                used.setdefault(current, set()).update(bytes(operands[-1]))
            elif op == "TJ":
                for part in operands[0]:
                    if isinstance(part, pikepdf.String):
                        used.setdefault(current, set()).update(bytes(part))
    return used


def _to_unicode(font: pikepdf.Object) -> dict[int, str]:
    cmap = font.ToUnicode.read_bytes().decode("latin-1")
    blocks = re.findall(r"(\d+) beginbfchar(.*?)endbfchar", cmap, re.S)
    mapping = {}
    for count, body in blocks:
        pairs = re.findall(r"<([0-9A-F]+)>\s*<([0-9A-F]+)>", body)
        assert len(pairs) == int(count) <= 100
        for code, value in pairs:
            assert len(value) % 4 == 0, value  # UTF-16BE
            mapping[int(code, 16)] = bytes.fromhex(value).decode("utf-16-be")
    return mapping


def test_every_font_is_embedded_and_every_shown_code_maps_to_unicode(demo):
    uc.add_note(demo, "tillit", NoteCategory.IDEAS, "Matematik: 𝕏 och ∑")
    pdf = open_pdf(build_pdf(demo))
    used = _used_codes(pdf)
    assert used
    for objgen, codes in used.items():
        font = pdf.get_object(objgen)
        assert font.Subtype == "/TrueType"
        assert "/FontFile2" in font.FontDescriptor  # embedded (6.2.11.4.1)
        assert "/Encoding" not in font and int(font.FontDescriptor.Flags) & 4  # symbolic
        mapping = _to_unicode(font)
        for code in codes:
            assert mapping.get(code) not in (None, "\x00", "\ufeff", "\ufffe"), code
    shown = {ch for objgen in used for ch in _to_unicode(pdf.get_object(objgen)).values()}
    assert "𝕏" in shown  # beyond U+FFFF: written as a surrogate pair, read back whole


def test_the_data_package_travels_inside_with_the_same_redaction(demo):
    demo.participant_names = ["Johan Ek"]
    pdf = open_pdf(build_pdf(demo))
    name = suggested_file_name(demo).replace(".pdf", ".json")
    assert list(pdf.attachments) == [name]
    spec = pdf.attachments[name]
    assert spec.obj.AFRelationship == "/Data"
    assert [af.objgen for af in pdf.Root.AF] == [spec.obj.objgen]  # associated file
    assert str(spec.obj.UF) == name and str(spec.obj.Desc)
    stream = spec.get_file()
    assert stream.mime_type == "application/json"
    package = json.loads(stream.read_bytes())
    assert package["includes_private_notes"] is False and package["includes_names"] is False
    text = json.dumps(package, ensure_ascii=False)
    assert all(private not in text for private in PRIVATE.values())
    assert "Johan Ek" not in text
    assert package["workshop"]["group"] == demo.group


def test_private_export_attaches_the_private_package(demo):
    pdf = open_pdf(build_pdf(demo, private=True, names=True))
    (spec,) = pdf.attachments.values()
    package = json.loads(spec.get_file().read_bytes())
    assert package["includes_private_notes"] is True
    assert all(p in json.dumps(package, ensure_ascii=False) for p in PRIVATE.values())


def test_without_the_data_package_the_file_is_pdfa2a(demo):
    pdf = open_pdf(build_pdf(demo, attach_data=False))
    meta = pdf.open_metadata()
    assert (meta["pdfaid:part"], meta["pdfaid:conformance"]) == ("2", "A")
    assert not pdf.attachments and "/AF" not in pdf.Root


@pytest.mark.parametrize("offset", [dt.timedelta(hours=1), dt.timedelta(hours=-5)])
def test_dates_keep_their_time_zone_in_both_places(offset):
    from tillitverkstad.report.archive import _pdf_date

    when = dt.datetime(2026, 11, 23, 10, 15, tzinfo=dt.timezone(offset))
    assert _xmp_date(_pdf_date(when)) == when.isoformat()


def test_reportlab_is_a_version_the_page_numbering_was_checked_against():
    """ "Page x of y" holds each page back through ReportLab's private ``_startPage`` (its own
    NumberedCanvas recipe). Checked against 4.x and 5.x; another major version must be
    checked again (and pyproject.toml's range widened) before it is let in."""
    import tomllib
    from pathlib import Path

    import reportlab
    from reportlab.pdfgen.canvas import Canvas

    major = int(reportlab.Version.split(".")[0])
    assert 4 <= major < 6, f"ReportLab {reportlab.Version}: check ArchiveCanvas.showPage"
    assert callable(getattr(Canvas, "_startPage", None)), "ReportLab no longer has _startPage"
    pyproject = Path(__file__).resolve().parents[2] / "pyproject.toml"
    wanted = tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["dependencies"]
    assert "reportlab>=4.0,<6" in wanted
