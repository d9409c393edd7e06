"""The app icon in every size the platforms ask for, and the Linux desktop entry."""

from __future__ import annotations

import configparser
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
ICONS = ROOT / "resources" / "icons"
PNG_SIZES = (16, 32, 48, 64, 128, 256, 512)
PNG_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _png_size(data: bytes) -> tuple[int, int]:
    assert data.startswith(PNG_SIGNATURE)
    return struct.unpack(">II", data[16:24])  # IHDR width, height


def test_svg_icon_is_valid_and_square():
    root = ET.parse(ICONS / "tillitverkstad.svg").getroot()
    assert root.tag.endswith("svg")
    assert root.get("viewBox") == "0 0 256 256"


@pytest.mark.parametrize("size", PNG_SIZES)
def test_png_icon_exists_in_the_freedesktop_layout_at_its_size(size):
    path = ICONS / "hicolor" / f"{size}x{size}" / "apps" / "tillitverkstad.png"
    assert _png_size(path.read_bytes()) == (size, size)


def test_ico_holds_pngs_from_16_to_256_pixels():
    data = (ICONS / "tillitverkstad.ico").read_bytes()
    reserved, kind, count = struct.unpack("<HHH", data[:6])
    assert (reserved, kind) == (0, 1)
    sizes = []
    for i in range(count):
        width, height, _, _, _, _, length, offset = struct.unpack(
            "<BBBBHHII", data[6 + 16 * i : 22 + 16 * i]
        )
        side = width or 256
        assert _png_size(data[offset : offset + length]) == (side, height or 256)
        assert offset + length <= len(data)
        sizes.append(side)
    assert {16, 32, 48, 256} <= set(sizes)


def test_icns_holds_pngs_up_to_1024_pixels():
    data = (ICONS / "tillitverkstad.icns").read_bytes()
    assert data[:4] == b"icns"
    assert struct.unpack(">I", data[4:8])[0] == len(data)
    offset, sides = 8, []
    while offset < len(data):
        length = struct.unpack(">I", data[offset + 4 : offset + 8])[0]
        sides.append(_png_size(data[offset + 8 : offset + length])[0])
        offset += length
    assert offset == len(data)
    assert {16, 32, 128, 256, 512, 1024} <= set(sides)


@pytest.fixture
def desktop_entry():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str  # keys are case-sensitive
    parser.read(ROOT / "packaging" / "tillitverkstad.desktop", encoding="utf-8")
    return parser["Desktop Entry"]


def test_desktop_entry_starts_the_app_with_its_icon(desktop_entry):
    assert desktop_entry["Type"] == "Application"
    assert desktop_entry["Name"] == "Tillitverkstad"
    assert desktop_entry["Exec"] == "tillitverkstad %f"  # a package opened with it is imported
    assert desktop_entry["Icon"] == "tillitverkstad"
    assert desktop_entry["Terminal"] == "false"
    assert desktop_entry["Categories"] == "Office;Education;"


def test_desktop_entry_speaks_swedish_and_english(desktop_entry):
    assert "tillitsbaserad" in desktop_entry["Comment[sv]"]
    assert "trust-based" in desktop_entry["Comment"]
