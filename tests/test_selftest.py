"""``tillitverkstad --self-test``: the one-line health check IT runs after installing."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import tillitverkstad.report
from tillitverkstad import selftest
from tillitverkstad.cli import main

OK_LINE = re.compile(
    r"^self-test ok: demo workshop, pdf \d+ pages \d+ kB, package \d+ kB, "
    r"overview xlsx \d+ kB, \d+\.\d s$"
)


def _blank_pdf(pages: int, *, archive: bool = True):
    """A stand-in export: blank pages, with (or without) what the archive layer adds."""

    def build_pdf(ws, *, private, names, earlier):
        import io

        import pikepdf

        assert (private, names, earlier) == (False, False, ())
        pdf = pikepdf.new()
        for _ in range(pages):
            pdf.add_blank_page(page_size=(595, 842))
        if archive:
            with pdf.open_metadata() as meta:
                meta["pdfaid:part"] = "3"
            pdf.Root.OutputIntents = pikepdf.Array([pikepdf.Dictionary()])
            pdf.Root.StructTreeRoot = pikepdf.Dictionary()
            pdf.attachments["data.json"] = pikepdf.AttachedFileSpec(pdf, b"{}")
        out = io.BytesIO()
        pdf.save(out)
        return out.getvalue()

    return build_pdf


def _lines(capsys) -> list[str]:
    return capsys.readouterr().out.splitlines()


def test_self_test_passes_with_the_real_report(capsys):
    assert main(["--self-test"]) == 0
    lines = _lines(capsys)
    assert len(lines) == 1
    assert OK_LINE.match(lines[0]), lines[0]


def test_self_test_prints_one_ok_line_when_every_step_works(capsys, monkeypatch):
    monkeypatch.setattr(tillitverkstad.report, "build_pdf", _blank_pdf(4), raising=False)
    assert selftest.run_self_test() == 0
    lines = _lines(capsys)
    assert len(lines) == 1
    assert OK_LINE.match(lines[0]), lines[0]
    assert "pdf 4 pages" in lines[0]


def test_self_test_says_so_when_the_report_module_is_missing(capsys, monkeypatch):
    monkeypatch.delattr(tillitverkstad.report, "build_pdf", raising=False)
    assert main(["--self-test"]) == 1
    assert _lines(capsys) == [
        "self-test FAILED: report module missing "
        "(tillitverkstad.report.build_pdf cannot be imported)"
    ]


def test_self_test_fails_on_a_pdf_that_is_not_archive_grade(capsys, monkeypatch):
    monkeypatch.setattr(
        tillitverkstad.report, "build_pdf", _blank_pdf(4, archive=False), raising=False
    )
    assert selftest.run_self_test() == 1
    assert _lines(capsys) == ["self-test FAILED: the PDF does not say it is PDF/A-3"]


def test_self_test_fails_on_a_pdf_with_too_few_pages(capsys, monkeypatch):
    monkeypatch.setattr(tillitverkstad.report, "build_pdf", _blank_pdf(1), raising=False)
    assert selftest.run_self_test() == 1
    assert _lines(capsys) == ["self-test FAILED: the PDF has 1 pages, expected 3 or more"]


def test_self_test_fails_on_a_truncated_pdf(capsys, monkeypatch):
    def truncated(ws, **_):
        return b"%PDF-1.4\n1 0 obj\n"

    monkeypatch.setattr(tillitverkstad.report, "build_pdf", truncated, raising=False)
    assert selftest.run_self_test() == 1
    assert _lines(capsys) == ["self-test FAILED: the PDF does not end with %%EOF"]


def test_self_test_turns_a_crash_into_one_failed_line(capsys, monkeypatch):
    def crash(*_, **__):
        raise RuntimeError("font not found")

    monkeypatch.setattr(tillitverkstad.report, "build_pdf", crash, raising=False)
    assert selftest.run_self_test() == 1
    assert _lines(capsys) == ["self-test FAILED: RuntimeError: font not found"]


def test_page_count_needs_no_pypdf_and_finds_pages_in_object_streams(tmp_path, monkeypatch):
    import pikepdf

    pdf = tmp_path / "r.pdf"
    pdf.write_bytes(_blank_pdf(5)(None, private=False, names=False, earlier=()))
    with pikepdf.open(pdf, allow_overwriting_input=True) as doc:
        doc.save(pdf, object_stream_mode=pikepdf.ObjectStreamMode.generate)
    monkeypatch.setitem(__import__("sys").modules, "pypdf", None)  # not in the bundle
    assert selftest._page_count(pdf) == 5


def test_self_test_leaves_no_data_in_the_user_folder(capsys, monkeypatch, tmp_path):
    monkeypatch.setenv("TILLITVERKSTAD_DATA_DIR", str(tmp_path / "user-data"))
    monkeypatch.setattr(tillitverkstad.report, "build_pdf", _blank_pdf(3), raising=False)
    assert main(["--self-test"]) == 0
    assert not (tmp_path / "user-data").exists()


def test_self_test_needs_no_qt(tmp_path):
    code = (
        "import sys\n"
        "import tillitverkstad.report\n"
        "from tests.test_selftest import _blank_pdf\n"
        "tillitverkstad.report.build_pdf = _blank_pdf(3)\n"
        "from tillitverkstad.selftest import run_self_test\n"
        "assert run_self_test() == 0\n"
        "assert not {'PySide6', 'shiboken6'} & {m.split('.')[0] for m in sys.modules}\n"
    )
    root = Path(__file__).resolve().parent.parent
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=root)
    assert result.returncode == 0, result.stdout + result.stderr
