"""List or fill untranslated messages of a Qt Linguist catalog without the Linguist GUI.

    python scripts/ts_tool.py todo  [TS]          # JSON list of [context, source] to translate
    python scripts/ts_tool.py apply FILE.json [TS] # FILE: [[context, source, translation], ...]

Afterwards run scripts/update_translations.py to compile the .qm.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

DEFAULT_TS = Path(__file__).resolve().parent.parent / "resources/translations/tillitverkstad_sv.ts"


def messages(tree: ET.ElementTree):
    for context in tree.getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            yield name, message


def todo(ts: Path) -> None:
    tree = ET.parse(ts)
    pending = [
        [name, m.findtext("source", "")]
        for name, m in messages(tree)
        if m.find("translation").get("type") == "unfinished" or not m.findtext("translation")
    ]
    print(json.dumps(pending, ensure_ascii=False, indent=1))


def apply(table: Path, ts: Path) -> None:
    wanted = {(c, s): t for c, s, t in json.loads(table.read_text(encoding="utf-8"))}
    tree = ET.parse(ts)
    done = 0
    for name, message in messages(tree):
        translation = wanted.get((name, message.findtext("source", "")))
        if translation:
            element = message.find("translation")
            element.text = translation
            element.attrib.pop("type", None)
            done += 1
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", "utf-8")
    print(f"translated {done} of {len(wanted)} given")


if __name__ == "__main__":
    command, *rest = sys.argv[1:]
    if command == "todo":
        todo(Path(rest[0]) if rest else DEFAULT_TS)
    else:
        apply(Path(rest[0]), Path(rest[1]) if len(rest) > 1 else DEFAULT_TS)
