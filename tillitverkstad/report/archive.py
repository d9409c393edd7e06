"""Making a finished ReportLab PDF archive-grade: PDF/A-2a, or PDF/A-3a with its data.

What :func:`finish` adds or fixes (ISO 19005-2/-3 clause in brackets):
XMP metadata that repeats the document information exactly, with ``pdfaid`` (6.6.2,
6.6.4) and ``pdfuaid`` declared through an extension schema (6.6.2.3); an sRGB output
intent with the shipped ICC profile, since the pages paint in DeviceRGB (6.2.3, 6.2.4.3);
the print flag on every annotation (6.3.2); no ``/Trapped`` key it cannot vouch for; the
structure tree (6.7, level A); and, for PDF/A-3, the data package as an associated file
with its MIME type and relationship (ISO 19005-3 6.8).
"""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import BinaryIO
from xml.sax.saxutils import escape

import pikepdf
from pikepdf import Array, Dictionary, Name, String

from tillitverkstad.paths import resource_dir
from tillitverkstad.report.structure import write_structure
from tillitverkstad.report.tagging import StructureRecorder

ICC_FILE = "color/sRGB.icc"
OUTPUT_CONDITION = "sRGB IEC61966-2.1"
PRINT = 4  # annotation flag bit 3


@dataclass(frozen=True)
class Attachment:
    """A file that travels inside the PDF (PDF/A-3 associated file)."""

    name: str
    data: bytes
    mime_type: str
    description: str


@dataclass(frozen=True)
class ArchiveInfo:
    """The document information, written identically to the Info dictionary and XMP."""

    title: str
    author: str
    subject: str
    keywords: str
    creator: str  # the application
    producer: str
    language: str
    created: dt.datetime  # aware
    attachment: Attachment | None = None

    @property
    def part(self) -> int:
        return 3 if self.attachment is not None else 2


def _pdf_date(when: dt.datetime) -> str:
    offset = when.utcoffset() or dt.timedelta(0)
    minutes = int(offset.total_seconds() // 60)
    sign = "+" if minutes >= 0 else "-"
    hours, minutes = divmod(abs(minutes), 60)
    return when.strftime("D:%Y%m%d%H%M%S") + f"{sign}{hours:02d}'{minutes:02d}'"


def _xmp(info: ArchiveInfo) -> bytes:
    when = info.created.isoformat(timespec="seconds")
    e = escape
    text = f"""<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>
<x:xmpmeta xmlns:x="adobe:ns:meta/">
 <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
  <rdf:Description rdf:about=""
    xmlns:dc="http://purl.org/dc/elements/1.1/"
    xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
    xmlns:xmp="http://ns.adobe.com/xap/1.0/"
    xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/"
    xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
    xmlns:pdfaExtension="http://www.aiim.org/pdfa/ns/extension/"
    xmlns:pdfaSchema="http://www.aiim.org/pdfa/ns/schema#"
    xmlns:pdfaProperty="http://www.aiim.org/pdfa/ns/property#">
   <dc:format>application/pdf</dc:format>
   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">{e(info.title)}</rdf:li></rdf:Alt></dc:title>
   <dc:creator><rdf:Seq><rdf:li>{e(info.author)}</rdf:li></rdf:Seq></dc:creator>
   <dc:description><rdf:Alt>
    <rdf:li xml:lang="x-default">{e(info.subject)}</rdf:li>
   </rdf:Alt></dc:description>
   <dc:language><rdf:Bag><rdf:li>{e(info.language)}</rdf:li></rdf:Bag></dc:language>
   <pdf:Keywords>{e(info.keywords)}</pdf:Keywords>
   <pdf:Producer>{e(info.producer)}</pdf:Producer>
   <xmp:CreatorTool>{e(info.creator)}</xmp:CreatorTool>
   <xmp:CreateDate>{when}</xmp:CreateDate>
   <xmp:ModifyDate>{when}</xmp:ModifyDate>
   <xmp:MetadataDate>{when}</xmp:MetadataDate>
   <pdfaid:part>{info.part}</pdfaid:part>
   <pdfaid:conformance>A</pdfaid:conformance>
   <pdfuaid:part>1</pdfuaid:part>
   <pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">
    <pdfaSchema:schema>PDF/UA Universal Accessibility Schema</pdfaSchema:schema>
    <pdfaSchema:namespaceURI>http://www.aiim.org/pdfua/ns/id/</pdfaSchema:namespaceURI>
    <pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>
    <pdfaSchema:property><rdf:Seq><rdf:li rdf:parseType="Resource">
     <pdfaProperty:name>part</pdfaProperty:name>
     <pdfaProperty:valueType>Integer</pdfaProperty:valueType>
     <pdfaProperty:category>internal</pdfaProperty:category>
     <pdfaProperty:description>Part of ISO 14289 the file conforms to</pdfaProperty:description>
    </rdf:li></rdf:Seq></pdfaSchema:property>
   </rdf:li></rdf:Bag></pdfaExtension:schemas>
  </rdf:Description>
 </rdf:RDF>
</x:xmpmeta>
<?xpacket end="w"?>"""
    return text.encode("utf-8")


def _document_info(pdf: pikepdf.Pdf, info: ArchiveInfo) -> None:
    date = _pdf_date(info.created)
    docinfo = Dictionary(
        Title=String(info.title),
        Author=String(info.author),
        Subject=String(info.subject),
        Keywords=String(info.keywords),
        Creator=String(info.creator),
        Producer=String(info.producer),
        CreationDate=String(date),
        ModDate=String(date),
    )
    pdf.trailer.Info = pdf.make_indirect(docinfo)
    pdf.Root.Metadata = pdf.make_stream(_xmp(info), Type=Name.Metadata, Subtype=Name.XML)


def _output_intent(pdf: pikepdf.Pdf) -> None:
    profile = (resource_dir() / ICC_FILE).read_bytes()
    stream = pdf.make_stream(profile, N=3, Alternate=Name.DeviceRGB)
    intent = Dictionary(
        Type=Name.OutputIntent,
        S=Name.GTS_PDFA1,
        OutputConditionIdentifier=String(OUTPUT_CONDITION),
        Info=String(OUTPUT_CONDITION),
        RegistryName=String("http://www.color.org"),
        DestOutputProfile=stream,
    )
    pdf.Root.OutputIntents = Array([intent])


def _attach(pdf: pikepdf.Pdf, info: ArchiveInfo) -> None:
    item = info.attachment
    assert item is not None
    date = _pdf_date(info.created)
    spec = pikepdf.AttachedFileSpec(
        pdf,
        item.data,
        description=item.description,
        filename=item.name,
        mime_type=item.mime_type,
        creation_date=date,
        mod_date=date,
        relationship=Name.Data,
    )
    pdf.attachments[item.name] = spec
    pdf.Root.AF = Array([spec.obj])


_MAPPING = re.compile(rb"<([0-9A-Fa-f]{2})>\s*<([0-9A-Fa-f]+)>")


def _to_unicode(stream: bytes) -> bytes:
    """ReportLab's ToUnicode CMap, rewritten: characters beyond U+FFFF as UTF-16 surrogate
    pairs (ReportLab writes them as five hex digits, which readers reject), no mapping to
    U+0000 (ISO 19005-2 6.2.11.7.2), at most 100 mappings per block (the CMap format)."""
    head, _, _ = stream.partition(b"beginbfchar")
    head = head.rsplit(b"\n", 1)[0]
    pairs = [
        (int(code, 16), int(value, 16))
        for code, value in _MAPPING.findall(stream.partition(b"beginbfchar")[2])
    ]
    pairs = [(code, value) for code, value in pairs if value]
    lines = [head.decode("latin-1")]
    for start in range(0, len(pairs), 100):
        block = pairs[start : start + 100]
        lines.append(f"{len(block)} beginbfchar")
        lines += [f"<{code:02X}> <{chr(v).encode('utf-16-be').hex().upper()}>" for code, v in block]
        lines.append("endbfchar")
    lines += ["endcmap", "CMapName currentdict /CMap defineresource pop", "end", "end"]
    return "\n".join(lines).encode("latin-1")


def _fonts(pdf: pikepdf.Pdf) -> None:
    seen: set[tuple[int, int]] = set()
    for page in pdf.pages:
        for font in page.obj.Resources.get("/Font", {}).values():
            cmap = font.get("/ToUnicode")
            if cmap is None or cmap.objgen in seen:
                continue
            seen.add(cmap.objgen)
            cmap.write(_to_unicode(cmap.read_bytes()))


def finish(
    drawn: io.BytesIO,
    structure: StructureRecorder,
    info: ArchiveInfo,
    out: BinaryIO,
    tick: Callable[[float], None] | None = None,
) -> None:
    """``drawn`` (a ReportLab PDF drawn with ``structure`` recording) as PDF/A-2a or -3a,
    written to ``out``. ``tick(share)`` hears how far it is (half the tree, half the
    writing) and may stop it there."""
    drawn.seek(0)
    with pikepdf.open(drawn) as pdf:
        write_structure(pdf, structure, info.language, tick and (lambda share: tick(share / 2)))
        _document_info(pdf, info)
        _output_intent(pdf)
        _fonts(pdf)
        for page in pdf.pages:
            for annot in page.obj.get("/Annots", []):
                annot.F = PRINT
        if info.attachment is not None:
            _attach(pdf, info)
        # Our XMP is written as it is: pikepdf would otherwise re-serialise it.
        pdf.save(
            out,
            min_version="1.7",
            deterministic_id=True,
            fix_metadata_version=False,
            object_stream_mode=pikepdf.ObjectStreamMode.generate,
            progress=tick and (lambda percent: tick(0.5 + percent / 200)),
        )
