"""Fixtures of the operations layer's tests: empty libraries, a library of several
leadership groups, and a shared folder of its data packages as HR finds one (every
package, a copy, and files that are not packages)."""

from __future__ import annotations

import json
import os

import pytest
from overview_story import fill

from tillitverkstad.operations import library as ops
from tillitverkstad.operations import packages


def _prepared(folder):
    """A library in ``folder``, ready as the window or the CLI would open it."""
    library = ops.library_at(folder)
    ops.prepare(library)
    return library


@pytest.fixture
def lib(tmp_path):
    return _prepared(tmp_path / "data")


@pytest.fixture
def fresh(tmp_path):
    """Another library, empty: HR's, say, where packages from ``lib`` are imported."""
    return _prepared(tmp_path / "hr")


@pytest.fixture
def groups_library(tmp_path, content_sv):
    """A library of several leadership groups and their occasions."""
    library = _prepared(tmp_path / "groups")
    fill(library, content_sv)
    return library


@pytest.fixture
def shared(groups_library, tmp_path):
    """A shared folder as HR finds it: every package, and files that are not."""
    folder = tmp_path / "delad"
    folder.mkdir()
    written = list(packages.export_all_packages(groups_library, folder))
    assert all(r.error is None for r in written)
    first = written[0].path
    (folder / "kopia.json").write_bytes(first.read_bytes())
    os.utime(folder / "kopia.json", (1, 1))  # older: the original is the one shown
    (folder / "annat.json").write_text('{"format": "något annat", "version": 1}')
    (folder / "trasig.json").write_text('{"format": "tillitverkstad-package", ')
    newer = json.loads(first.read_text(encoding="utf-8"))
    newer["version"] = 999
    (folder / "framtid.json").write_text(json.dumps(newer), encoding="utf-8")
    (folder / "anteckning.txt").write_text("inte ett paket")
    return folder
