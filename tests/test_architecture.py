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


def import_graph(package: Path) -> dict[str, set[str]]:
    """Module -> the package's modules it imports: at the top, inside functions and behind
    ``TYPE_CHECKING`` alike (a hidden circle is still a circle), relative imports resolved,
    and the packages an import runs the ``__init__`` of."""
    import ast

    modules: dict[str, Path] = {}
    for path in package.rglob("*.py"):
        parts = path.relative_to(package.parent).with_suffix("").parts
        modules[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path

    def known(name: str) -> set[str]:
        found = set()
        while name:
            if name in modules:
                found.add(name)
            name = name.rpartition(".")[0]
        return found

    graph: dict[str, set[str]] = {}
    for module, path in modules.items():
        here = module if path.name == "__init__.py" else module.rpartition(".")[0]
        targets: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                for alias in node.names:
                    targets |= known(alias.name)
            elif isinstance(node, ast.ImportFrom):
                base = node.module or ""
                if node.level:
                    anchor = here.rsplit(".", node.level - 1)[0] if node.level > 1 else here
                    base = f"{anchor}.{base}" if base else anchor
                targets |= known(base)
                for alias in node.names:  # ``from package import module``
                    targets |= known(f"{base}.{alias.name}") - known(base)
        graph[module] = targets - known(module)
    return graph


def circles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The groups of modules that import each other, directly or round about (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:
        index[module] = low[module] = len(index)
        stack.append(module)
        for target in graph.get(module, ()):
            if target not in index:
                visit(target)
                low[module] = min(low[module], low[target])
            elif target in stack:
                low[module] = min(low[module], index[target])
        if low[module] == index[module]:
            group = []
            while True:
                member = stack.pop()
                group.append(member)
                if member == module:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    for module in sorted(graph):
        if module not in index:
            visit(module)
    return sorted(found)


def test_no_two_modules_import_each_other_not_even_late_or_for_type_checking():
    assert circles(import_graph(PACKAGE)) == []


def test_the_circle_check_sees_a_circle_behind_type_checking_or_in_a_function(tmp_path):
    package = tmp_path / "pkg"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    from pkg.b import B\n"
    )
    (package / "b.py").write_text("def f():\n    from . import c\n")
    (package / "c.py").write_text("import pkg.a\n")
    (package / "d.py").write_text("from pkg import a\n")  # imports, but is not imported
    assert circles(import_graph(package)) == [["pkg.a", "pkg.b", "pkg.c"]]


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
