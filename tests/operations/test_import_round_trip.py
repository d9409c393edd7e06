"""Every kind of occasion exported and imported again, into the same library and into a
fresh one: a package the library holds is recognised, never stored twice."""

from __future__ import annotations

import pytest

from tillitverkstad.operations import library as ops
from tillitverkstad.operations import packages


@pytest.fixture
def lib(tmp_path):
    library = ops.library_at(tmp_path / "data")
    ops.prepare(library)
    return library


def _export(lib, ws, path):
    return packages.export_package(ws, path, earlier=ops.earlier_occasions(lib, ws))


def test_reimporting_a_follow_up_answers_already_imported(lib, tmp_path):
    first = ops.create_demo(lib)
    second = ops.start_follow_up(lib, first.id)
    path = _export(lib, ops.read(lib, second.id), tmp_path / "uppfoljning.json")
    result = packages.import_file(lib, path)
    assert result.already and result.workshop.id == second.id
    assert len(ops.list_workshops(lib)) == 2
