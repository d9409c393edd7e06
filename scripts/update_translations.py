"""Refresh the Qt Linguist catalog from the sources and compile it.

    python scripts/update_translations.py          # lupdate + lrelease
    python scripts/update_translations.py --check  # exit 1 if the catalog is stale

Source strings are English (in code: ``self.tr``, ``QCoreApplication.translate`` and, in
the Qt-free core, ``QT_TRANSLATE_NOOP``); the Swedish translation lives in
``resources/translations/tillitverkstad_sv.ts``. Open it with Qt Linguist
(``pyside6-linguist``) to translate.
"""

from __future__ import annotations

import argparse
import importlib.util
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("sv",)


class ToolMissing(SystemExit):
    """A Qt tool that the installed PySide6 should carry is not there."""


def _candidates(name: str) -> list[Path]:
    """Where the running Python's own PySide6 keeps Qt's ``name``; never looked up on PATH.

    PySide6 ships the binaries inside its package folder; the ``pyside6-NAME`` wrappers sit
    next to the interpreter (``bin/`` or ``Scripts/`` of the venv)."""
    exe = ".exe" if sys.platform == "win32" else ""
    found = []
    spec = importlib.util.find_spec("PySide6")  # finds the package without loading Qt
    for folder in (spec.submodule_search_locations or []) if spec else []:
        found.append(Path(folder) / f"{name}{exe}")
    found.append(Path(sys.executable).parent / f"pyside6-{name}{exe}")
    return found


def tool(name: str) -> str:
    """The path of Qt's ``lupdate``/``lrelease`` belonging to this interpreter's PySide6."""
    candidates = _candidates(name)
    for candidate in candidates:
        if candidate.is_file():
            return str(candidate)
    raise ToolMissing(
        f"Qt's {name} was not found for {sys.executable} (looked in: "
        + ", ".join(str(c) for c in candidates)
        + "). Install the project into this environment: pip install -e '.[test]'"
    )


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "tillitverkstad").rglob("*.py"))


def lupdate(ts: Path) -> None:
    subprocess.run(
        [
            tool("lupdate"),
            "-silent",
            "-no-obsolete",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            ts.stem.split("_")[-1],
            *sources(),
            "-ts",
            str(ts),
        ],
        cwd=ROOT,
        check=True,
    )


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only report a stale catalog")
    args = parser.parse_args()
    stale = []
    for language in LANGUAGES:
        ts = TRANSLATIONS / f"tillitverkstad_{language}.ts"
        qm = ts.with_suffix(".qm")
        if args.check:
            with tempfile.TemporaryDirectory() as tmp:
                copy = Path(tmp) / ts.name
                shutil.copyfile(ts, copy)
                lupdate(copy)
                if copy.read_bytes() != ts.read_bytes():
                    stale.append(ts.name)
            continue
        lupdate(ts)
        lrelease(ts, qm)
    if stale:
        print("stale catalog (run scripts/update_translations.py):", *stale)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
