"""The Windows installer script and the macOS app description, checked here since they
are compiled only on the release runners: what a facilitator without admin rights
gets, in Swedish and English, and that the uninstaller keeps the workshops unless asked."""

from __future__ import annotations

import plistlib
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
ISS = ROOT / "packaging" / "windows" / "tillitverkstad.iss"
PLIST = ROOT / "packaging" / "macos" / "Info.plist"
DMG = ROOT / "packaging" / "macos" / "make_dmg.sh"


def _sections(text: str) -> dict[str, list[str]]:
    """The script's sections, each a list of its lines (comments and blanks left out)."""
    sections: dict[str, list[str]] = {}
    current = ""
    for raw in text.splitlines():
        line = raw.strip()
        if not line or line.startswith((";", "//", "#")):
            continue
        header = re.fullmatch(r"\[(\w+)\]", line)
        if header:
            current = header.group(1)
            sections.setdefault(current, [])
        else:
            sections.setdefault(current, []).append(line)
    return sections


ISS_SECTIONS = _sections(ISS.read_text(encoding="utf-8"))
SETUP = dict(line.split("=", 1) for line in ISS_SECTIONS["Setup"])


def _entries(section: str) -> list[dict[str, str]]:
    """``Name: "x"; Flags: y`` lines as dicts."""
    return [
        {k.strip(): v.strip().strip('"') for k, v in (p.split(":", 1) for p in line.split("; "))}
        for line in ISS_SECTIONS[section]
    ]


def test_installs_without_admin_rights_under_local_app_data_programs():
    assert SETUP["PrivilegesRequired"] == "lowest"
    # {autopf} is {userpf}, %LOCALAPPDATA%\Programs, in a per-user install; an IT
    # department may choose /ALLUSERS on the command line, never through a UAC prompt.
    assert SETUP["DefaultDirName"] == r"{autopf}\{#AppName}"
    assert SETUP["PrivilegesRequiredOverridesAllowed"] == "commandline"


def test_the_installer_speaks_swedish_and_english():
    languages = {e["Name"]: e["MessagesFile"] for e in _entries("Languages")}
    assert languages == {
        "sv": r"compiler:Languages\Swedish.isl",
        "en": "compiler:Default.isl",
    }
    custom = [line.split("=", 1)[0] for line in ISS_SECTIONS["CustomMessages"]]
    names = {c.split(".", 1)[1] for c in custom}
    assert {f"{lang}.{name}" for lang in ("sv", "en") for name in names} == set(custom)


def test_the_start_menu_gets_the_app():
    start_menu = next(i for i in _entries("Icons") if i["Name"].startswith("{autoprograms}"))
    assert start_menu["Filename"] == r"{app}\{#AppExe}"
    assert '#define AppExe "tillitverkstad.exe"' in ISS.read_text(encoding="utf-8")


def test_packages_open_with_the_app_from_the_users_own_registry():
    registry = _entries("Registry")
    assert {r["Root"] for r in registry} == {"HKA"}  # HKCU in a per-user install
    command = next(line for line in ISS_SECTIONS["Registry"] if r"shell\open\command" in line)
    # Inno doubles quotes: the program and the file, each quoted ("C:\...\a b.json").
    assert command.endswith('ValueData: """{app}\\{#AppExe}"" ""%1"""')
    offered = next(r for r in registry if r["Subkey"] == r"Software\Classes\.json\OpenWithProgids")
    assert offered["Flags"] == "uninsdeletevalue"  # "Open with", never JSON's default
    assert SETUP["ChangesAssociations"] == "yes"


def test_uninstalling_keeps_the_workshops_unless_the_user_says_yes():
    code = ISS.read_text(encoding="utf-8").split("[Code]", 1)[1]
    assert "DelTree(DataDir" in code
    question = re.search(r"SuppressibleMsgBox\((.+?)\) = IDYES then", code, re.S)
    assert question, "the data folder is deleted only on an explicit Yes"
    assert "MB_DEFBUTTON2" in question.group(1)  # No is the default button
    assert question.group(1).rstrip().endswith("IDNO")  # and the answer when silent
    assert "{localappdata}\\{#AppName}" in code
    assert "Nej" in ISS.read_text(encoding="utf-8")  # the Swedish question says what No does


def test_the_installer_icon_and_the_bundle_names_exist():
    assert (ISS.parent / SETUP["SetupIconFile"].replace("\\", "/")).resolve().is_file()
    spec = (ROOT / "packaging" / "tillitverkstad.spec").read_text(encoding="utf-8")
    assert 'name="tillitverkstad"' in spec  # {#AppExe}, the windowed executable


@pytest.fixture(scope="module")
def plist() -> dict:
    return plistlib.loads(PLIST.read_bytes())


def test_the_app_bundle_is_described_in_swedish_first(plist):
    assert plist["CFBundleIdentifier"] == "se.tillitverkstad.app"
    assert plist["CFBundleDevelopmentRegion"] == "sv"
    assert plist["CFBundleLocalizations"] == ["sv", "en"]
    assert plist["CFBundlePackageType"] == "APPL"
    assert plist["NSHighResolutionCapable"] is True


def test_the_bundle_names_its_executable_and_icon_as_the_spec_builds_them(plist):
    assert plist["CFBundleExecutable"] == "tillitverkstad"
    assert (ROOT / "resources" / "icons" / plist["CFBundleIconFile"]).is_file()


def test_the_app_offers_itself_for_json_packages_without_taking_json_over(plist):
    (package,) = plist["CFBundleDocumentTypes"]
    assert package["LSItemContentTypes"] == ["public.json"]
    assert package["LSHandlerRank"] == "Alternate"


def test_the_disk_image_is_made_with_hdiutil_and_signs_only_with_a_certificate():
    script = DMG.read_text(encoding="utf-8")
    assert "hdiutil create" in script
    unsigned = script.index('if [[ -z "$identity" ]]')
    assert unsigned < script.index("codesign") < script.index("notarytool submit")
    assert script.index("stapler staple") > script.index("notarytool submit")
