"""A content language is data: a folder beside sv/ and en/ reaches the workshop form's
choices, the PDF and HR's overview without a line of code."""

from __future__ import annotations

import datetime as dt
import json
import shutil

import pytest
from report.pdfread import pdf_text

from tillitverkstad.core import languages
from tillitverkstad.core.content import clear_content_cache, load_content
from tillitverkstad.core.demo import demo_workshop
from tillitverkstad.core.overview import Filters
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import overview as overview_ops
from tillitverkstad.report import build_pdf

TEST_LANGUAGE = "xx"


@pytest.fixture
def third_language(tmp_path, monkeypatch):
    """The shipped content plus "xx": English with every principle renamed "XX ...", as an
    organisation would add a folder of its own."""
    root = tmp_path / "content"
    shutil.copytree(languages.content_root(), root)
    folder = root / TEST_LANGUAGE
    shutil.copytree(root / "en", folder)
    meta = json.loads((folder / "meta.json").read_text(encoding="utf-8"))
    meta["language"] = TEST_LANGUAGE
    (folder / "meta.json").write_text(json.dumps(meta, ensure_ascii=False), encoding="utf-8")
    principles = json.loads((folder / "principles.json").read_text(encoding="utf-8"))
    for principle in principles["principles"]:
        principle["name"] = f"XX {principle['name']}"
    (folder / "principles.json").write_text(json.dumps(principles), encoding="utf-8")
    monkeypatch.setattr(languages, "content_root", lambda: root)
    clear_content_cache()
    yield load_content(TEST_LANGUAGE)
    clear_content_cache()


def test_a_content_language_added_as_a_folder_is_offered_and_stored(third_language, library):
    assert TEST_LANGUAGE in languages.content_languages()
    ws = demo_workshop(third_language, dt.date(2026, 11, 23))
    library.add(ws)
    assert ops.read(library, ws.id).language == TEST_LANGUAGE  # read back, not refused


def test_a_content_language_added_as_a_folder_reaches_the_pdf_and_hrs_overview(
    third_language, library
):
    ws = demo_workshop(third_language, dt.date(2026, 11, 23))
    library.add(ws)
    assert "XX Trust" in pdf_text(build_pdf(ws))
    overview = overview_ops.library_overview(library, Filters(), language=TEST_LANGUAGE)
    assert "XX Trust" in [p.title for p in overview.principles]
