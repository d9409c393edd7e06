"""Every UI string exists in Swedish and English (English is the source language)."""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources" / "translations" / "tillitverkstad_sv.ts"


def _messages():
    for context in ET.parse(TS).getroot().iter("context"):
        for message in context.iter("message"):
            yield context.findtext("name"), message


def test_catalog_holds_every_string_in_the_sources():
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "update_translations.py"), "--check"],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stdout + result.stderr


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


def test_compiled_catalog_is_up_to_date(tmp_path):
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from update_translations import lrelease
    finally:
        sys.path.pop(0)
    fresh = tmp_path / "sv.qm"
    lrelease(TS, fresh)
    assert fresh.read_bytes() == TS.with_suffix(".qm").read_bytes()
