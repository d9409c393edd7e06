"""Every UI string exists in Swedish and English (English is the source language)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "tillitverkstad_sv.ts"


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def _update_translations():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations
    finally:
        sys.path.pop(0)
    return update_translations


def test_catalog_holds_every_string_in_the_sources():
    # PATH emptied: Qt's tools must be found from this interpreter's PySide6, not from
    # whatever happens to be installed on the machine.
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
        env={**os.environ, "PATH": ""},
    )
    assert result.returncode == 0, result.stdout + result.stderr


def test_qt_tools_are_found_with_path_emptied(monkeypatch):
    monkeypatch.setenv("PATH", "")
    tools = _update_translations()
    for name in ("lupdate", "lrelease"):
        found = Path(tools.tool(name))
        assert found.is_file() and os.access(found, os.X_OK), found
        assert Path(sys.prefix) in found.parents  # this environment's own copy


def test_a_missing_qt_tool_is_named_with_where_it_was_looked_for():
    tools = _update_translations()
    with pytest.raises(SystemExit) as raised:
        tools.tool("no-such-qt-tool")
    message = str(raised.value.code)
    assert "no-such-qt-tool" in message and sys.executable in message


def test_every_string_has_a_swedish_translation_with_the_same_placeholders():
    missing, wrong = [], []
    for context, message in _messages():
        source = message.findtext("source")
        translation = message.find("translation")
        if translation.get("type") == "unfinished" or not (translation.text or "").strip():
            missing.append(f"{context}: {source}")
            continue
        if set(re.findall(r"\{\w*\}|%n|%\d", source)) != set(
            re.findall(r"\{\w*\}|%n|%\d", translation.text)
        ):
            wrong.append(f"{context}: {source} -> {translation.text}")
    assert not missing, "untranslated:\n" + "\n".join(missing)
    assert not wrong, "placeholders differ:\n" + "\n".join(wrong)


def test_compiled_catalog_is_up_to_date(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", "")
    fresh = tmp_path / "sv.qm"
    _update_translations().lrelease(TS, fresh)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes()


def _swedish_texts():
    """Every Swedish text a user reads: the catalogue's translations, the shipped content
    (its string values), the facilitator guide and the example workshop."""
    import json

    for name, message in _messages():
        yield f"{name}: {message.findtext('source')}", message.findtext("translation") or ""

    def strings(value):
        if isinstance(value, str):
            yield value
        elif isinstance(value, dict):
            for key, item in value.items():
                if key != "id":  # an id ("idag") is data, not prose
                    yield from strings(item)
        elif isinstance(value, list):
            for item in value:
                yield from strings(item)

    for path in sorted((ROOT / "resources" / "content" / "sv").glob("*.json")):
        for text in strings(json.loads(path.read_text(encoding="utf-8"))):
            yield path.name, text
    yield "guide", (ROOT / "resources" / "guide" / "sv.md").read_text(encoding="utf-8")
    yield from (("demo", text) for text in _demo_texts())


def _demo_texts():
    """What the example workshop's group wrote: its notes, reflections and actions."""
    from tillitverkstad.core.content import load_content
    from tillitverkstad.core.demo import demo_workshop

    ws = demo_workshop(load_content("sv"))
    for record in ws.records.values():
        yield from (note.text for note in record.notes)
        yield from record.reflections
        yield from (record.free_notes, record.rating.reservations)
    yield from (action.what for action in ws.actions)


# Swedish typography: ”…” (the same mark both ends), a spaced en dash, "i dag".
TYPOGRAPHY = {
    "straight quote": re.compile(r"[\"']"),
    "English quote": re.compile(r"[“„‘]"),
    "em dash": re.compile("\u2014"),
    "idag": re.compile(r"\bidag\b", re.IGNORECASE),
}


def _prose(text: str) -> str:
    """The guide's Markdown code and links are code, not prose."""
    return re.sub(r"`[^`]*`|\(\S+\.md[^)]*\)", "", text)


def test_swedish_text_uses_typographic_quotes_en_dashes_and_i_dag():
    found = []
    for where, text in _swedish_texts():
        prose = _prose(text)
        for rule, pattern in TYPOGRAPHY.items():
            if pattern.search(prose):
                found.append(f"{rule}: {where}: {prose[:80]!r}")
    assert found == []


# A capital letter after a word, a comma or a spaced dash: mid-sentence, where Swedish
# writes lower case ("Fler idéer – samla dem", "ingen sparaknapp").
CAPITAL_INSIDE = re.compile(r"(?:(?<=[a-zåäöé0-9,;)]) |(?<= [–-] ))([A-ZÅÄÖ][\w-]*)")
# Names keep their capital anywhere: besides the content's own (principles, cornerstones,
# steps), authorities, places, authors, products and the keys on a keyboard.
NAMES = {
    "Tillitverkstad", "Tillitsdelegationen", "Sveriges", "Kommuner", "Regioner",
    "Gävleborg", "Jämtland", "Härjedalen", "Bringselius", "Lipmanowicz", "McCandless",
    "Liberating", "Structures", "Windows", "Mac", "Unicode", "Enter", "Delete", "Alt", "Ctrl",
}  # fmt: skip


def _content_names() -> set[str]:
    from tillitverkstad.core.content import load_content

    content = load_content("sv")
    titles = [p.name for p in content.principles] + [c.name for c in content.cornerstones]
    return {word for title in titles for word in title.split() if word[:1].isupper()}


def test_swedish_text_has_no_capital_after_a_dash_or_inside_a_sentence():
    names = NAMES | _content_names()
    found = []
    for where, text in _swedish_texts():
        for match in CAPITAL_INSIDE.finditer(_prose(text)):
            word = match.group(1)
            head = word.split("-")[0]  # "PDF-rapport", "Tillitverkstad-fönster"
            if not (head.isupper() or head in names):
                found.append(f"{where}: …{text[max(0, match.start() - 40) : match.end()]!r}")
    assert found == []
