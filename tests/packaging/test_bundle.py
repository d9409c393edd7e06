"""The built PyInstaller bundle runs as a user gets it: version, then the self-test.

Slow (it builds the bundle when dist/ has none), so it runs only when asked:

    TILLITVERKSTAD_TEST_BUNDLE=1 python -m pytest tests/packaging/test_bundle.py

Set TILLITVERKSTAD_REBUILD=1 as well to rebuild even when dist/ already holds a bundle.
"""

from __future__ import annotations

import os
import subprocess
import sys
from importlib.metadata import version
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent.parent
BUNDLE = ROOT / "dist" / "tillitverkstad"
EXECUTABLE = BUNDLE / ("tillitverkstad-cli.exe" if sys.platform == "win32" else "tillitverkstad")

pytestmark = [
    pytest.mark.bundle,
    pytest.mark.slow,
    pytest.mark.skipif(
        os.environ.get("TILLITVERKSTAD_TEST_BUNDLE") != "1",
        reason="builds and runs the bundle; set TILLITVERKSTAD_TEST_BUNDLE=1",
    ),
]


@pytest.fixture(scope="module")
def bundle() -> Path:
    if os.environ.get("TILLITVERKSTAD_REBUILD") == "1" or not EXECUTABLE.is_file():
        # build.sh ends with the bundle's own self-test; its verdict is checked below.
        subprocess.run(["bash", str(ROOT / "packaging" / "build.sh")], cwd=ROOT, timeout=1800)
    assert EXECUTABLE.is_file(), f"no bundle at {EXECUTABLE}"
    return EXECUTABLE


def _run(executable: Path, *args: str, tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": "offscreen",
        "TILLITVERKSTAD_DATA_DIR": str(tmp_path / "data"),
    }
    return subprocess.run(
        [str(executable), *args], capture_output=True, text=True, timeout=120, env=env
    )


def test_bundle_prints_the_package_version(bundle, tmp_path):
    result = _run(bundle, "--version", tmp_path=tmp_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == f"tillitverkstad {version('tillitverkstad')}"


def test_bundle_passes_its_self_test(bundle, tmp_path):
    result = _run(bundle, "--self-test", tmp_path=tmp_path)
    lines = result.stdout.splitlines()
    assert result.returncode == 0, result.stdout + result.stderr
    assert len(lines) == 1
    assert lines[0].startswith("self-test ok: demo workshop, pdf ")
    assert not (tmp_path / "data").exists()


def test_bundle_runs_a_headless_command_against_a_data_folder(bundle, tmp_path):
    demo = _run(bundle, "--data-dir", str(tmp_path / "d"), "demo", tmp_path=tmp_path)
    assert demo.returncode == 0, demo.stderr
    listed = _run(bundle, "--data-dir", str(tmp_path / "d"), "list", tmp_path=tmp_path)
    assert listed.stdout.startswith(demo.stdout.splitlines()[-1])


def test_bundle_ships_resources_and_leaves_out_unused_qt_modules(bundle):
    internal = bundle.parent / "_internal"
    assert (internal / "resources" / "content" / "sv" / "principles.json").is_file()
    assert (internal / "resources" / "translations" / "tillitverkstad_sv.qm").is_file()
    assert (internal / "resources" / "guide" / "sv.md").is_file()
    names = {p.name for p in internal.rglob("*")}
    unwanted = ("Network", "qvnc", "tuiotouch", "QtQml", "QtQuick", "WebEngine")
    assert not [n for n in names if any(u in n for u in unwanted)]
