"""The whole app imports, and the library works, as on Windows (no ``fcntl``, locks
through ``msvcrt``, no file modes, data under ``%LOCALAPPDATA%``) and as on macOS.

Each run is a fresh interpreter: ``sys.platform`` is set before any of the app's modules
is imported, so every import-time choice takes the other system's branch. Third-party
packages (Qt, ReportLab, pikepdf, aiohttp), ``urllib.request``, ``asyncio`` and
``multiprocessing`` are imported first, as they are: their own Windows and macOS branches
load libraries that Linux does not have, and they are not ours to prove.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]

AS_ANOTHER_SYSTEM = textwrap.dedent(
    """
    import datetime as dt
    import importlib
    import json
    import pkgutil
    import sys
    from pathlib import Path

    platform, work = sys.argv[1], Path(sys.argv[2])
    import PySide6.QtWidgets, reportlab, pikepdf, tinydb  # as they are, see the docstring
    import urllib.request  # the standard library's macOS branch needs macOS's _scproxy
    import asyncio, aiohttp, ifaddr, segno  # asyncio's Windows branch needs _overlapped
    import multiprocessing.connection  # the standard library's Windows branch needs _winapi
    if platform == "win32":
        from tests.system.fakes import FakeMsvcrt
        sys.modules["fcntl"] = None  # "import fcntl" now fails, as on Windows
        sys.modules["msvcrt"] = FakeMsvcrt()
    sys.platform = platform
    if platform == "win32":
        # The known-folder API is ctypes into shell32; LOCALAPPDATA names the same folder.
        import platformdirs.windows as known_folders
        known_folders._RESOLVE_WIN_FOLDER = known_folders.get_win_folder_from_env_vars

    import tillitverkstad
    names = [
        m.name
        for m in pkgutil.walk_packages(tillitverkstad.__path__, "tillitverkstad.")
        if not m.name.endswith("__main__")  # runs the command line when imported
    ]
    for name in names:
        importlib.import_module(name)

    from tillitverkstad.core.content import load_content
    from tillitverkstad.core.demo import demo_workshop
    from tillitverkstad.operations import library as ops, packages
    from tillitverkstad.system import locking

    library = ops.library_at(None)
    ops.prepare(library)
    ws = demo_workshop(load_content("sv"), dt.date(2026, 11, 23))
    library.add(ws)
    with library.open(ws.id) as opened:
        opened.workshop.record("tillit").free_notes = "sparat"
        opened.save()
        try:
            library.open(ws.id)
            second = "opened twice"
        except Exception as exc:
            second = type(exc).__name__
    package = packages.export_package(library.read(ws.id), work / "paket.json")
    print(json.dumps({
        "modules": len(names),
        "fcntl": locking.fcntl is not None,
        "data_dir": str(library.data_dir),
        "note": library.read(ws.id).record("tillit").free_notes,
        "second_window": second,
        "package": package.is_file(),
    }))
    """
)


def _run(platform: str, tmp_path: Path) -> dict:
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "HOME": str(tmp_path / "home"),
        "LOCALAPPDATA": str(tmp_path / "AppData" / "Local"),
        "QT_QPA_PLATFORM": "offscreen",
    }
    env.pop("TILLITVERKSTAD_DATA_DIR", None)
    env.pop("XDG_DATA_HOME", None)
    done = subprocess.run(
        [sys.executable, "-c", AS_ANOTHER_SYSTEM, platform, str(tmp_path)],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout.splitlines()[-1])


@pytest.mark.posix  # on Windows the real msvcrt and known folders take part
def test_as_on_windows_every_module_imports_without_fcntl_and_the_library_works(tmp_path):
    seen = _run("win32", tmp_path)
    assert seen["modules"] > 100
    assert seen["fcntl"] is False
    assert seen["data_dir"] == str(tmp_path / "AppData" / "Local" / "Tillitverkstad")
    assert seen["note"] == "sparat"
    assert seen["second_window"] == "WorkshopLockedError"
    assert seen["package"] is True


@pytest.mark.posix  # Windows' own branches (paths, msvcrt) would mix with macOS's here
def test_as_on_macos_the_data_lives_in_application_support(tmp_path):
    seen = _run("darwin", tmp_path)
    expected = tmp_path / "home" / "Library" / "Application Support" / "Tillitverkstad"
    assert seen["data_dir"] == str(expected)
    assert seen["note"] == "sparat"
    assert seen["second_window"] == "WorkshopLockedError"


def test_no_module_of_the_app_branches_on_os_name():
    """``os.name`` cannot be faked without breaking pathlib: the app asks ``sys.platform``
    (in tillitverkstad.system), so the tests above reach every branch."""
    offenders = [
        str(path.relative_to(ROOT))
        for path in (ROOT / "tillitverkstad").rglob("*.py")
        if "os.name" in path.read_text(encoding="utf-8")
    ]
    assert offenders == []
