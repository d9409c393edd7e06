"""Every name the app gives a file is one Windows accepts, whatever the group is called,
and a path too long for Windows is refused with a message before anything is written."""

from __future__ import annotations

import dataclasses
import re
import sys

import pytest

from tillitverkstad.operations import packages
from tillitverkstad.operations.reports import suggested_file_name
from tillitverkstad.storage.files import ExportError
from tillitverkstad.storage.library import Library
from tillitverkstad.system import file_names

# The rules, written out from Microsoft's "Naming Files, Paths, and Namespaces" on their
# own (not the app's code), so a test cannot agree with a mistake it shares.
DEVICES = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³])(\..*)?", re.IGNORECASE)


def windows_accepts(name: str) -> bool:
    return (
        0 < len(name) <= 255
        and not any(ch in '<>:"/\\|?*' or ord(ch) < 32 for ch in name)
        and not name.endswith((".", " "))
        and not DEVICES.fullmatch(name.split(".")[0].rstrip(" ") + ".x")
    )


# One group name per rule it would break if it were taken as it is.
GROUPS = {
    "colon": "Ledning: IFO",
    "question mark": "Vem bestämmer?",
    "star": "Grupp *A*",
    "quote": 'Gruppen "Norr"',
    "angle brackets": "<Ledning> & <Stab>",
    "pipe": "Vård | Omsorg",
    "slashes": "Socialtjänst/IFO\\Barn",
    "control characters": "Grupp\x00\x1b\nNord",
    "device CON": "CON",
    "device NUL with extension": "nul.txt",
    "device COM1": "com1",
    "device LPT9 with spaces": "LPT9 ",
    "trailing dot": "Ledningsgrupp.",
    "trailing space": "Ledningsgrupp   ",
    "only dots": "...",
    "very long": "Förvaltningens ledningsgrupp " * 10,  # 290: a name may have 300
}


def test_the_rules_in_this_test_refuse_each_bad_name():
    """The checker above must say no to the raw group names, or it proves nothing."""
    assert [name for name in GROUPS.values() if windows_accepts(name)] == []


@pytest.mark.parametrize("rule", sorted(GROUPS))
def test_the_report_and_its_package_get_names_windows_accepts(demo, rule):
    ws = dataclasses.replace(demo, group=GROUPS[rule])
    report = suggested_file_name(ws)
    package = report.removesuffix(".pdf") + ".json"
    assert windows_accepts(report), report
    assert windows_accepts(package), package
    assert len(report) <= 100


def test_a_batch_export_names_every_file_so_windows_accepts_it(tmp_path, demo):
    library = Library(tmp_path / "data")
    for index, group in enumerate(GROUPS.values()):
        library.add(dataclasses.replace(demo, id=f"{index:02d}" + demo.id[2:], group=group))
    written = [r.path for r in packages.export_all_packages(library, tmp_path / "out")]
    assert len(written) == len(GROUPS)
    assert all(path is not None and windows_accepts(path.name) for path in written), written


@pytest.fixture
def on_windows_without_long_paths(monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(file_names, "long_paths_enabled", lambda: False)


def _deep_folder(root, length: int):
    folder = root
    while len(str(folder)) < length:
        folder = folder / ("Underlag-till-uppföljningen-" + "x" * 20)
    folder.mkdir(parents=True)
    return folder


def test_an_export_whose_path_windows_cannot_hold_is_refused_and_says_why(
    tmp_path, demo, on_windows_without_long_paths
):
    folder = _deep_folder(tmp_path, 230)
    target = folder / suggested_file_name(demo).replace(".pdf", ".json")
    with pytest.raises(ExportError) as raised:
        packages.export_package(demo, target)
    message = raised.value.message("sv")
    assert "för lång" in message
    assert str(len(str(target))) in message
    assert list(folder.iterdir()) == []


def test_a_path_under_windows_limit_is_written(tmp_path, demo, on_windows_without_long_paths):
    target = tmp_path / "rapport.json"
    assert len(str(target)) < file_names.MAX_PATH
    assert packages.export_package(demo, target).is_file()


@pytest.mark.skipif(
    sys.platform == "win32" and not file_names.long_paths_enabled(),
    reason="this Windows takes no long paths, the case the test above covers",
)
def test_with_long_paths_enabled_windows_takes_the_deep_path(tmp_path, demo, monkeypatch):
    monkeypatch.setattr(sys, "platform", "win32")
    monkeypatch.setattr(file_names, "long_paths_enabled", lambda: True)
    target = _deep_folder(tmp_path, 300) / "rapport.json"
    assert packages.export_package(demo, target).is_file()


@pytest.mark.parametrize(
    ("name", "reserved"),
    [("CON", True), ("con.pdf", True), ("COM1 .txt", True), ("LPT¹", True), ("CONSOLE", False)],
)
def test_device_names_are_told_apart_from_ordinary_ones(name, reserved):
    assert file_names.is_reserved(name) is reserved
