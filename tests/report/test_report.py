"""The PDF report as HR reads it years later: complete, honest, private by default."""

from __future__ import annotations

import datetime as dt
import shutil
import subprocess
import sys

import pytest
from pdfread import flat, page_texts, pdf_text, read

from tillitverkstad import __version__
from tillitverkstad.core import action_plan as plan
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.content import content_from_dict
from tillitverkstad.core.demo import DEMO, PRIVATE
from tillitverkstad.core.model import Consensus, NoteCategory, Scale
from tillitverkstad.core.text import MAX_NOTE
from tillitverkstad.report import build_pdf


def test_every_note_reservation_action_and_reflection_of_the_demo_is_printed(demo_pdf):
    ws, data = demo_pdf
    text = pdf_text(data)
    for step, record in ws.records.items():
        for note in record.notes:
            assert flat(note.text) in text, (step, note.text)
        if record.free_notes:
            assert flat(record.free_notes) in text
        if record.rating.reservations:
            assert flat(record.rating.reservations) in text
        for reflection in record.reflections:
            assert flat(reflection) in text
    for action in ws.actions:
        assert flat(action.what) in text
        assert action.who in text
        assert action.when.isoformat() in text


def test_agreed_values_and_consensus_of_every_principle_are_in_the_summary(demo_pdf):
    ws, data = demo_pdf
    content = content_from_dict(ws.content)
    labels = {c.id: c.label for c in content.consensus}
    summary = next(page for page in page_texts(data) if page.startswith("Sammanfattning"))
    for step, fields in DEMO.items():
        now, wanted, consensus = fields[3], fields[4], fields[5]
        name = content.principle(step).name
        row = f"{name} {now} {wanted} +{wanted - now} {labels[consensus.value]}"
        assert row in summary


def test_each_principle_gets_its_own_page_with_its_agreed_values(demo_pdf):
    ws, data = demo_pdf
    content = content_from_dict(ws.content)
    pages = page_texts(data)
    for number, principle in enumerate(content.core_principles(), start=1):
        page = next(p for p in pages if p.startswith(f"{number}. {principle.name}"))
        now, wanted = DEMO[principle.id][3], DEMO[principle.id][4]
        assert f"{now} {wanted} +{wanted - now}" in page
        assert "Median" in page


def test_cover_names_group_organisation_facilitator_count_template_and_version(demo_pdf):
    _, data = demo_pdf
    cover = page_texts(data)[0]
    for expected in (
        "Ledningsgrupp IFO",
        "Exempelkommunen, socialförvaltningen",
        "2026-11-23",
        "Sara Lind, HR",
        "Antal deltagare 9",
        "Alla sju principer",
        f"Tillitverkstad {__version__}",
        "Innehåll",
    ):
        assert expected in cover


def test_every_page_has_the_swedish_footer_with_group_and_date(demo_pdf):
    _, data = demo_pdf
    pages = page_texts(data)
    for number, page in enumerate(pages, start=1):
        assert f"Sida {number} av {len(pages)}" in page
        assert "Ledningsgrupp IFO · 2026-11-23" in page


def test_definition_is_cited_and_balance_result_shown(demo_pdf):
    ws, data = demo_pdf
    content = content_from_dict(ws.content)
    text = pdf_text(data)
    assert flat(content.definition.text) in text
    assert "Bringselius" in text
    assert "Marknad" in text and "Hierarki" in text
    assert "I dag" in text and "Önskat" in text


def test_metadata_is_complete_and_the_file_is_not_encrypted(demo_pdf):
    _, data = demo_pdf
    reader = read(data)
    meta = reader.metadata
    assert not reader.is_encrypted
    assert "Ledningsgrupp IFO" in meta.title
    assert meta.author == "Sara Lind, HR"
    assert "Tillitsbaserad styrning och ledning" in meta.subject
    assert "Ledningsgrupp IFO" in meta["/Keywords"]
    assert meta.creator == f"Tillitverkstad {__version__}"
    assert meta.creation_date is not None


def _fonts(reader):
    for page in reader.pages:
        fonts = page["/Resources"].get("/Font", {})
        for font in fonts.values():
            yield font.get_object()


def test_every_font_is_embedded(demo_pdf):
    _, data = demo_pdf
    names = set()
    for font in _fonts(read(data)):
        names.add(font["/BaseFont"])
        descriptor = font.get("/FontDescriptor")
        assert descriptor is not None, font["/BaseFont"]
        assert {"/FontFile", "/FontFile2", "/FontFile3"} & set(descriptor.get_object()), font
    assert names


def test_the_report_is_set_in_the_apps_font_with_dejavu_only_for_what_it_lacks(demo):
    uc.add_note(demo, "tillit", NoteCategory.IDEAS, "Tillit → handling, Ω och ✓")
    data = build_pdf(demo)
    names = {str(font["/BaseFont"]).partition("+")[2] for font in _fonts(read(data))}
    assert {"AtkinsonHyperlegible-Regular", "AtkinsonHyperlegible-Bold"} <= names
    # Atkinson Hyperlegible has no arrow, omega, check mark or the key's ● ■ ▲: DejaVu
    # Sans draws them, in the same weight.
    assert "DejaVuSans" in names
    assert names <= {
        "AtkinsonHyperlegible-Regular",
        "AtkinsonHyperlegible-Bold",
        "DejaVuSans",
        "DejaVuSans-Bold",
    }
    assert "Tillit → handling, Ω och ✓" in pdf_text(data)


@pytest.mark.skipif(not shutil.which("pdffonts"), reason="poppler-utils not installed")
def test_pdffonts_lists_no_unembedded_font(demo_pdf, tmp_path):
    _, data = demo_pdf
    path = tmp_path / "r.pdf"
    path.write_bytes(data)
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True)
    rows = out.stdout.splitlines()[2:]
    assert rows
    for row in rows:
        assert row.split()[-5] == "yes", row  # the "emb" column


def test_private_notes_and_names_are_left_out_by_default(demo, content_sv):
    demo.participant_names = ["Johan Ek", "Maria Berg"]
    text = pdf_text(build_pdf(demo))
    for private in PRIVATE.values():
        assert flat(private) not in text
    assert "Johan Ek" not in text
    assert "Ingår inte i den här rapporten" in text


def test_private_notes_and_names_are_printed_when_asked(demo):
    demo.participant_names = ["Johan Ek", "Maria Berg"]
    text = pdf_text(build_pdf(demo, private=True, names=True))
    for private in PRIVATE.values():
        assert flat(private) in text
    assert "Johan Ek, Maria Berg" in text


HOSTILE = [
    "<b>fet</b> & <i>kursiv</i>",
    '<font name="x">typsnitt</font>',
    '<img src="/etc/passwd"/>',
    "&amp; &lt; &#65; <br/> <para>",
    "]]> <![CDATA[ x",
]


def test_markup_in_user_text_is_printed_literally_and_reads_nothing(demo):
    for index, text in enumerate(HOSTILE):
        uc.add_note(demo, "tillit", NoteCategory.IDEAS, text)
        plan.add_action(demo, text, who=text[:20], step_id="kunskap")
        if index == 0:
            uc.set_reservations(demo, "tillit", text)
    demo.group = '<b>Grupp</b> & "citat"'
    data = build_pdf(demo)
    text = pdf_text(data)
    for hostile in HOSTILE:
        assert flat(hostile) in text
    assert '<b>Grupp</b> & "citat" · 2026-11-23' in text
    assert b"/Subtype /Image" not in data and b"root:" not in data


def test_characters_the_font_lacks_are_printed_as_markers_named_in_a_legend(demo):
    uc.add_note(demo, "tillit", NoteCategory.IDEAS, "Bra jobbat 🦄👍 tack")
    uc.add_reflection(demo, "closing", "Emoji 🎉 i 𝕏 och 名前")
    demo.group = "Gruppen 🦄"
    pages = page_texts(build_pdf(demo))
    text = " ".join(pages)
    assert "Bra jobbat ⟨U+1F984⟩⟨U+1F44D⟩ tack" in text
    assert "Emoji ⟨U+1F389⟩ i 𝕏 och ⟨U+540D⟩⟨U+524D⟩" in text  # DejaVu has 𝕏
    assert "Gruppen ⟨U+1F984⟩" in text
    assert "\ufffd" not in text and "🦄" not in text
    about = next(page for page in pages if page.startswith("Om rapporten"))
    assert "Tecken som typsnittet inte kan visa" in about
    for row in ("⟨U+1F984⟩ UNICORN FACE", "⟨U+1F44D⟩ THUMBS UP SIGN", "⟨U+540D⟩ CJK UNIFIED"):
        assert row in about


def test_the_largest_note_allowed_is_printed_whole_over_many_pages(demo):
    words = "Lorem ipsum dolor sit amet, consectetur adipiscing elit sed do. "
    repeats = (MAX_NOTE - 20) // len(words)
    big = "BÖRJAN " + words * repeats + " SLUTET"
    uc.add_note(demo, "tillit", NoteCategory.OBSTACLES, big)
    uc.set_free_notes(demo, "helhetssyn", "x" * MAX_NOTE)  # no space to break at
    data = build_pdf(demo)
    text = pdf_text(data)
    assert "BÖRJAN Lorem" in text
    assert "SLUTET" in text
    assert text.count("consectetur") == repeats
    assert len(read(data).pages) > 20


def test_two_hundred_actions_split_over_pages_with_the_header_repeated(demo):
    for number in range(200):
        plan.add_action(demo, f"Åtgärd nummer {number:03d}", "Enhetschef", demo.date, "tillit")
    plan.add_action(demo, "lång " * 2000, "Någon")  # one row taller than a page
    pages = page_texts(build_pdf(demo))
    start = next(n for n, page in enumerate(pages) if page.startswith("Åtgärdsplan"))
    plan_pages = pages[start:]
    assert len(plan_pages) >= 3
    assert all("# Vad Vem När Princip Status" in page for page in plan_pages)
    on_principle = [p for p in pages[:start] if "Åtgärd nummer" in p]
    assert len(on_principle) >= 2
    assert all("# Vad Vem När Status" in page for page in on_principle)
    text = " ".join(plan_pages)
    for number in range(200):
        assert f"Åtgärd nummer {number:03d}" in text


PRINCIPLES = ["Tillit", "Medborgarfokus", "Helhetssyn", "Handlingsutrymme", "Stöd", "Kunskap"]


def _own_pages(pages):
    return [p for p in pages if p[:2] in {f"{n}." for n in range(1, 8)}]


def test_empty_workshop_exports_with_every_principle_on_one_not_treated_page(empty_workshop):
    pages = page_texts(build_pdf(empty_workshop))
    assert _own_pages(pages) == []
    untreated = [p for p in pages if p.startswith("Inte behandlade")]
    assert len(untreated) == 1
    for number, name in enumerate([*PRINCIPLES, "Öppenhet"], start=1):
        assert f"{number}. {name}" in untreated[0]
    assert "Ingenting registrerades för de här stegen under workshoppen." in untreated[0]
    assert "Inga åtgärder beslutades." in " ".join(pages)


def test_principles_not_treated_are_listed_together_not_a_page_each(empty_workshop):
    uc.add_note(empty_workshop, "stod", NoteCategory.IDEAS, "Mentorskap för nya chefer.")
    pages = page_texts(build_pdf(empty_workshop))
    assert [p[:7] for p in _own_pages(pages)] == ["5. Stöd"]
    untreated = [p for p in pages if p.startswith("Inte behandlade")]
    assert len(untreated) == 1
    assert "5. Stöd" not in untreated[0] and "6. Kunskap" in untreated[0]
    contents = pages[0].split("Innehåll", 1)[1]
    assert "Inte behandlade" in contents and "2. Medborgarfokus" not in contents


def test_partly_agreed_principle_shows_dashes_not_blanks(empty_workshop):
    uc.set_votes(empty_workshop, "tillit", Scale.CURRENT, (0, 1, 2, 0, 0))
    uc.agree_rating(
        empty_workshop, "tillit", current=2, desired=None, consensus=Consensus.DISAGREEMENT
    )
    text = pdf_text(build_pdf(empty_workshop))
    assert "Oenighet" in text
    assert "Ingen reservation skrevs ner." in text
    assert "Inga röster registrerades." in text


def test_report_follows_the_language_asked_for(demo):
    text = pdf_text(build_pdf(demo, language="en"))
    assert "Page 1 of" in text
    assert "Action plan" in text
    assert "Sida 1 av" not in text


def test_follow_up_shows_change_per_principle(demo, content_sv):
    follow = uc.start_follow_up(demo, content_sv, dt.date(2027, 5, 20))
    uc.agree_rating(follow, "tillit", current=4, desired=5, consensus=Consensus.AGREEMENT)
    text = pdf_text(build_pdf(follow))
    assert "Jämförelse med tidigare tillfällen" in text
    assert "Tillit 3 / 5 4 / 5 +1 / 0 +1 / 0" in text  # start, today, since start, since last
    assert "Gruppens tillfälle 2; tidigare tillfällen: 2026-11-23" in text


def test_follow_up_without_the_earlier_workshop_still_exports(demo, content_sv):
    follow = uc.start_follow_up(demo, content_sv, dt.date(2027, 5, 20))
    follow.history.clear()  # remembers nothing, e.g. a package from before version 3
    text = pdf_text(build_pdf(follow))
    assert "tidigare workshop som inte fanns tillgänglig" in text


def test_importing_the_report_package_does_not_load_reportlab():
    code = (
        "import sys, tillitverkstad.report as r; r.suggested_file_name; "
        "print('reportlab' in sys.modules)"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_every_principle_tied_at_the_largest_gap_is_listed(demo_pdf):
    _, data = demo_pdf
    summary = " ".join(page for page in page_texts(data) if "Största skillnaderna" in page)
    gaps = summary.split("Största skillnaderna", 1)[1]
    for name in ("Tillit", "Medborgarfokus", "Handlingsutrymme", "Stöd", "Kunskap", "Öppenhet"):
        assert f"{name} (från" in gaps, name
    assert "Helhetssyn (från" not in gaps  # +1, not tied with the three largest


def test_a_principle_with_notes_but_no_rating_says_rated_no(empty_workshop):
    uc.add_note(empty_workshop, "tillit", NoteCategory.OBSTACLES, "Vi hann inte rösta.")
    pages = page_texts(build_pdf(empty_workshop))
    tillit = next(p for p in pages if p.startswith("1. Tillit"))
    assert "Bedömd: nej" in tillit and "Vi hann inte rösta." in tillit
    assert "Inte behandlad" not in tillit
    summary = next(p for p in pages if p.startswith("Sammanfattning"))
    assert "Tillit – – – Bedömd: nej" in summary
    assert "Medborgarfokus – – – Inte behandlad" in summary


def test_cover_carries_the_workshop_id_and_content_version(demo_pdf):
    ws, data = demo_pdf
    cover = page_texts(data)[0]
    assert f"Workshop-id {ws.id}" in cover
    assert f"Innehållsversion {ws.content['meta']['version']} (sv)" in cover


def test_change_table_header_keeps_its_words_whole(demo, content_sv):
    follow = uc.start_follow_up(demo, content_sv, dt.date(2027, 5, 20))
    text = pdf_text(build_pdf(follow))
    assert "Sedan start Sedan förra gången" in text  # each word whole, none broken inside
    assert "2026-11-23 (start) I dag 2027-05-20" in text
    assert "värdet inte fastställdes då" in text


def test_corrections_after_the_start_and_the_finish_time_are_in_the_report(demo, content_sv):
    from tillitverkstad.core.details import correct_details
    from tillitverkstad.core.model import DetailField

    when = dt.datetime(2026, 11, 24, 9, 30)
    correct_details(demo, content_sv, {DetailField.GROUP: "Ledningsgrupp IFO Nord"}, when)
    correct_details(demo, content_sv, {DetailField.NAMES: ["Anna Andersson"]}, when)
    uc.finish_workshop(demo, dt.datetime(2026, 11, 23, 16, 5))
    pages = page_texts(build_pdf(demo))
    assert "Avslutad 2026-11-23 16:05" in pages[0]
    log = pages[-1]
    assert "2026-11-24 09:30 Grupp Ledningsgrupp IFO Ledningsgrupp IFO Nord" in flat(log)
    assert "Deltagarnas namn (visas inte)" in flat(log)
    assert "Anna Andersson" not in " ".join(pages)  # names are not in this report


def test_no_change_log_when_nothing_was_corrected(demo_pdf):
    _, data = demo_pdf
    assert "Ändringar efter workshoppen" not in page_texts(data)[-1]


def test_the_consensus_and_what_it_means_read_as_two_sentences(demo_pdf):
    """Not "Enighet – Alla i gruppen …": Swedish has no capital letter after a dash."""
    ws, data = demo_pdf
    content = content_from_dict(ws.content)
    agreement = next(c for c in content.consensus if c.id == Consensus.AGREEMENT.value)
    page = next(p for p in page_texts(data) if p.startswith("1. Tillit"))
    assert f"Samsyn: {agreement.label}. {agreement.explanation}" in page
