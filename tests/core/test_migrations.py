"""Stored workshops and data packages of every older version are read: one pure function
per version step, each tested on its own."""

from __future__ import annotations

import copy

from tillitverkstad.core import migrations
from tillitverkstad.core.package import dumps, from_package, to_package
from tillitverkstad.core.serialize import workshop_to_dict


def _v2(demo) -> dict:
    """The demo as a version-2 workshop dict (before finished_at and changes)."""
    data = workshop_to_dict(demo)
    del data["workshop"]["finished_at"], data["workshop"]["changes"]
    return data


def test_version_1_to_2_adds_action_statuses_and_turns_votes_into_lists(demo):
    data = _v2(demo)
    for action in data["actions"]:
        del action["status"]
    data["records"]["tillit"]["rating"]["current"] = {"2": 3, "4": 1}
    migrated = migrations.MIGRATIONS[1](copy.deepcopy(data))
    assert {a["status"] for a in migrated["actions"]} == {"planerad"}
    assert migrated["records"]["tillit"]["rating"]["current"] == [0, 3, 0, 1, 0]


def test_version_2_to_3_adds_the_finish_time_and_an_empty_change_log(demo):
    migrated = migrations.MIGRATIONS[2](_v2(demo))
    assert migrated["workshop"]["finished_at"] is None
    assert migrated["workshop"]["changes"] == []
    assert migrated == workshop_to_dict(demo)


def test_every_version_step_has_its_migration():
    assert sorted(migrations.MIGRATIONS) == list(range(1, migrations.DATA_VERSION))
    assert migrations.PACKAGE_DATA_VERSION[migrations.PACKAGE_VERSION] == migrations.DATA_VERSION


def test_a_version_1_package_still_imports(demo):
    package = to_package(demo)
    package["version"] = 1
    del package["workshop"]["finished_at"], package["workshop"]["changes"]
    imported = from_package(dumps(package))
    assert imported.finished_at is None and imported.changes == []
    assert imported.record("tillit").rating == demo.record("tillit").rating
    assert imported.actions == demo.actions
