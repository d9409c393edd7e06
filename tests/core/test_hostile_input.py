"""Hostile packages and names: bounded before they are read, refused in one language, and
shown so that they can neither fake lines nor reorder text."""

from __future__ import annotations

import json
import re
import tracemalloc
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from tillitverkstad.core import display, projection, text
from tillitverkstad.core.content import content_from_dict
from tillitverkstad.core.package import PackageError, dumps, from_package, to_package

MAX_NOTE = 100_000  # core.text.MAX_NOTE, also checked below
MAX_FILE_BYTES = 16 * 1024 * 1024  # core.bounds.MAX_FILE_BYTES

TS = Path(__file__).resolve().parents[2] / "resources" / "translations" / "tillitverkstad_sv.ts"

# -- 8: one display function -----------------------------------------------------------


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("Grupp \x1b[31mRÖD\x1b[0m", "Grupp \u241b[31mRÖD\u241b[0m"),
        ("rad ett\r\nfalsk rad", "rad ett\u240d\u240afalsk rad"),
        ("A\u202egnaL\u202c B", "AgnaL B"),  # right-to-left override: removed
        ("A\u2066B\u2069", "AB"),  # isolates
        ("x\x85y\u2028z", "x\ufffdy\u2424z"),  # C1 and the line separator
        ("tab\there", "tab\u2409here"),
        ("Ångström 🙂 עברית", "Ångström 🙂 עברית"),  # real text is left alone
        ("bad \ud800 char", "bad \ufffd char"),
    ],
)
def test_a_name_is_shown_with_controls_visible_and_bidi_overrides_removed(raw, shown):
    assert display.display_line(raw) == shown
    assert not re.search(
        "[\x00-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]", display.display_line(raw)
    )


def test_a_note_keeps_its_lines_and_tabs_but_shows_other_controls():
    assert display.display_text("ett\n\ttvå\x1b\u202e") == "ett\n\ttvå\u241b"


def test_the_shared_screen_shows_a_name_as_the_window_does(demo):
    demo.group = "Grupp\r\n\x1b[2J\u202eX"
    content = content_from_dict(demo.content)
    card = projection.title_card(demo, content, "tillit")
    assert display.display_line(demo.group) in repr(card)
    assert "\x1b" not in repr(card) and "\u202e" not in repr(card)


def test_last_times_actions_on_the_shared_screen_are_defused_too(demo, content_sv):
    from tillitverkstad.core import usecases as uc
    from tillitverkstad.core.model import ActionStatus

    demo.actions[0].who = "Chef\u202eXX\x1b[2J"
    follow = uc.start_follow_up(demo, content_sv, demo.date)
    carried = follow.carried[0]
    carried.status, carried.comment = ActionStatus.ONGOING, "Halvvägs\u202e\r\nfalsk rad"
    view = projection.review_view(follow, content_sv)
    assert "\u202e" not in repr(view) and "\x1b" not in repr(view) and "\r" not in repr(view)
    assert display.display_line(demo.actions[0].who) in repr(view)


# -- 6: sizes bounded before reading -----------------------------------------------------


def test_a_package_over_the_limit_is_refused_before_it_is_parsed(demo):
    raw = dumps(to_package(demo))
    padded = raw[:-1] + b" " * (MAX_FILE_BYTES - len(raw) + 1) + raw[-1:]
    with pytest.raises(PackageError) as raised:
        from_package(padded)
    assert "MB" in raised.value.message("sv")


def test_a_package_of_millions_of_empty_objects_is_refused_without_the_memory(demo):
    hostile = b'{"format": "tillitverkstad-package", "version": 1, "x": [' + b"{}," * 4_000_000
    hostile += b"{}]}"
    tracemalloc.start()
    try:
        with pytest.raises(PackageError) as raised:
            from_package(hostile)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 60 * 1024 * 1024  # parsed, this is ~1 GB
    assert "värden" in raised.value.message("sv")


def test_a_note_longer_than_allowed_is_refused_naming_the_field(demo):
    assert text.MAX_NOTE == MAX_NOTE
    package = to_package(demo)
    package["records"]["tillit"]["notes"][0]["text"] = "x" * (MAX_NOTE + 1)
    with pytest.raises(PackageError) as raised:
        from_package(dumps(package))
    message = raised.value.message("sv")
    assert "records.tillit.notes[0].text" in message and str(MAX_NOTE) in message


# -- 1 and 9: surrogates and languages refused on import ---------------------------------


def test_a_package_with_a_lone_surrogate_is_refused_with_a_clear_message(demo):
    raw = dumps(to_package(demo)).replace(b'"Ledningsgrupp IFO"', b'"Lednings\\ud800grupp"', 1)
    with pytest.raises(PackageError) as raised:
        from_package(raw)
    assert "workshop.group" in raised.value.message("sv")
    assert "trasigt tecken" in raised.value.message("sv")


def test_an_unknown_workshop_language_is_refused_on_import(demo):
    package = to_package(demo)
    package["workshop"]["language"] = "xx"
    with pytest.raises(PackageError) as raised:
        from_package(dumps(package))
    assert "workshop.language" in raised.value.message("sv")
    assert "okänt språk" in raised.value.message("sv")


# -- 14: one language per message ------------------------------------------------------


def _english_only_words() -> set[str]:
    """Words of the English sources of core, storage and CLI messages that no Swedish
    translation uses: any of them in a Swedish message is an English fragment."""
    english, swedish = set(), set()
    for context in ET.parse(TS).getroot().iter("context"):
        if context.findtext("name") not in ("errors", "cli"):
            continue
        for message in context.iter("message"):
            english |= set(re.findall(r"[a-zåäö]{4,}", message.findtext("source", "").lower()))
            swedish |= set(re.findall(r"[a-zåäö]{4,}", message.findtext("translation", "").lower()))
    return english - swedish - {"json", "tillitverkstad", "utf-8"}


def _hostile_packages(demo):
    def changed(edit):
        package = json.loads(dumps(to_package(demo)))  # a copy: the demo keeps its content
        edit(package)
        return json.dumps(package).encode()

    yield b"[1, 2, 3]"
    yield b"\xff\xfe"
    yield b'{"format": "tillitverkstad-package"}'
    yield changed(lambda p: p["workshop"].__setitem__("group", 5))
    yield changed(lambda p: p["workshop"].__setitem__("date", "2026-02-31"))
    yield changed(lambda p: p["workshop"].__setitem__("participant_count", 0))
    yield changed(lambda p: p["workshop"].__setitem__("template", "okänd"))
    yield changed(lambda p: p["workshop"].__setitem__("steps", []))
    yield changed(lambda p: p["workshop"].__setitem__("steps", ["no-such-step"]))
    yield changed(lambda p: p["workshop"].__setitem__("finished", "ja"))
    yield changed(lambda p: p["workshop"].pop("facilitator"))
    yield changed(lambda p: p["records"]["tillit"]["rating"].__setitem__("current", [1]))
    yield changed(lambda p: p["records"]["tillit"].__setitem__("notes", {}))
    yield changed(lambda p: p["records"]["tillit"]["notes"][0].__setitem__("id", "a b"))
    yield changed(lambda p: p["content"].__setitem__("meta", 5))
    yield changed(lambda p: p.__setitem__("records", []))


def test_every_refusal_of_a_package_is_swedish_through_and_through(demo):
    english = _english_only_words()
    for raw in _hostile_packages(demo):
        with pytest.raises(PackageError) as raised:
            from_package(raw)
        message = raised.value.message("sv")
        # Field paths (workshop.group, package/meta.json) and quoted values stay as they are.
        paths = re.sub(r"[\w./\[\]-]+\.[\w./\[\]-]+|'[^']*'|\"[^\"]*\"", "", message)
        paths = re.sub(r"Fältet \S+", "Fältet", paths)  # a top-level field: "records"
        words = set(re.findall(r"[a-zåäö]{4,}", paths.lower()))
        assert not words & english, f"English {words & english} in: {message}"


def test_the_english_fragment_check_catches_an_english_detail():
    english = _english_only_words()
    assert {"expected", "invalid"} & english
    mixed = "Det här är inte ett giltigt datapaket: The field x is invalid: expected text"
    assert set(re.findall(r"[a-zåäö]{4,}", mixed.lower())) & english
