"""House rules that keep the architecture honest."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

PACKAGE = Path(__file__).resolve().parent.parent / "tillitverkstad"


def _modules(folder: str) -> list[str]:
    return [
        "tillitverkstad." + ".".join(p.relative_to(PACKAGE).with_suffix("").parts)
        for p in sorted((PACKAGE / folder).rglob("*.py"))
        if p.name != "__init__.py"
    ]


def _imported_after(modules: list[str]) -> set[str]:
    code = (
        "import sys\n"
        + "".join(f"import {m}\n" for m in modules)
        + "print('\\n'.join(sorted({n.split('.')[0] for n in sys.modules})))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(out.stdout.split())


def test_core_storage_and_report_import_no_qt():
    loaded = _imported_after(_modules("core") + _modules("storage") + _modules("report"))
    assert "PySide6" not in loaded
    assert "shiboken6" not in loaded


def test_core_imports_neither_tinydb_nor_reportlab():
    loaded = _imported_after(_modules("core"))
    assert "tinydb" not in loaded
    assert "reportlab" not in loaded


def _sources_importing(name: str) -> set[str]:
    found = set()
    for path in PACKAGE.rglob("*.py"):
        for line in path.read_text(encoding="utf-8").splitlines():
            stripped = line.strip()
            if stripped.startswith((f"import {name}", f"from {name}")):
                found.add(path.relative_to(PACKAGE).parts[0])
    return found


def test_only_storage_imports_tinydb():
    assert _sources_importing("tinydb") <= {"storage"}


def test_only_report_imports_reportlab():
    assert _sources_importing("reportlab") <= {"report"}


def test_cli_list_loads_neither_qt_nor_reportlab():
    loaded = _imported_after(["tillitverkstad.cli"])
    assert not {"PySide6", "reportlab"} & loaded
