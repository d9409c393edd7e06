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


def test_core_storage_report_and_operations_import_no_qt():
    loaded = _imported_after(
        _modules("core") + _modules("storage") + _modules("report") + _modules("operations")
    )
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


def test_only_voting_imports_the_web_server():
    assert _sources_importing("aiohttp") <= {"voting"}


def test_the_voting_server_is_qt_free_and_touches_neither_storage_nor_the_report():
    loaded = _imported_after(_modules("voting"))
    assert not {"PySide6", "shiboken6", "tinydb", "reportlab"} & loaded
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in sorted((PACKAGE / "voting").rglob("*.py"))
        for name in _imports_in(path)
        if name.startswith(("tillitverkstad.storage", "tillitverkstad.report", "tillitverkstad.ui"))
    }
    assert not offenders, "\n".join(sorted(offenders))


def test_cli_list_loads_neither_qt_nor_reportlab():
    loaded = _imported_after(["tillitverkstad.cli"])
    assert not {"PySide6", "reportlab"} & loaded


def _imports_in(path: Path) -> set[str]:
    """Every module named by an import statement in ``path`` (also inside functions)."""
    import ast

    names = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_the_window_and_the_cli_reach_the_library_only_through_operations():
    """Storage and the report are the operations layer's to call: an action that touches the
    library must not be written a second time in the CLI or the UI."""
    owned = ("tillitverkstad.storage", "tillitverkstad.report", "tinydb", "reportlab")
    callers = [*sorted(PACKAGE.glob("cli*.py")), *sorted((PACKAGE / "ui").rglob("*.py"))]
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in callers
        for name in _imports_in(path)
        if name.startswith(owned)
    }
    assert not offenders, "\n".join(sorted(offenders))


def test_the_architecture_check_sees_a_late_import(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text("def f():\n    from tillitverkstad.storage.files import write_export\n")
    assert "tillitverkstad.storage.files" in _imports_in(sample)


def test_every_package_is_installed_by_a_regular_install():
    """A package missing from pyproject's list works in the editable test install and is
    silently absent from a user's install and from the bundle."""
    import tomllib

    listed = set(
        tomllib.loads((PACKAGE.parent / "pyproject.toml").read_text())["tool"]["setuptools"][
            "packages"
        ]
    )
    found = {
        "tillitverkstad" + "".join(f".{part}" for part in init.parent.relative_to(PACKAGE).parts)
        for init in PACKAGE.rglob("__init__.py")
    }
    assert found <= listed, sorted(found - listed)


def test_the_report_builds_documents_and_leaves_writing_them_to_the_operations_layer():
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in sorted((PACKAGE / "report").rglob("*.py"))
        for name in _imports_in(path)
        if name.startswith("tillitverkstad.storage")
    }
    assert not offenders, "\n".join(sorted(offenders))


def test_the_platform_layer_stands_on_the_standard_library_alone():
    """tillitverkstad.system is below storage, the report and the UI: it imports none of
    them, nor Qt, TinyDB or ReportLab, so every layer may use it."""
    offenders = {
        f"{path.relative_to(PACKAGE)}: {name}"
        for path in sorted((PACKAGE / "system").rglob("*.py"))
        for name in _imports_in(path)
        if name.startswith(("tillitverkstad", "PySide6", "tinydb", "reportlab"))
    }
    assert not offenders, "\n".join(sorted(offenders))
    loaded = _imported_after(_modules("system"))
    assert not {"PySide6", "tinydb", "reportlab", "platformdirs"} & loaded
