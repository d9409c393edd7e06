"""Stored workshops and data packages of every older version are read: one pure function
per version step, each tested on its own."""

from __future__ import annotations

import copy
import datetime as dt

from tillitverkstad.core import migrations
from tillitverkstad.core import usecases as uc
from tillitverkstad.core.model import VoteMethod
from tillitverkstad.core.package import dumps, from_package, to_package
from tillitverkstad.core.serialize import workshop_from_dict, workshop_to_dict

STOCKHOLM_WINTER = dt.timezone(dt.timedelta(hours=1))


def _v5(ws) -> dict:
    """``ws`` as a version-5 workshop dict: phones' votes without their minimum, all their
    counts kept."""
    data = workshop_to_dict(ws)
    for record in data["records"].values():
        rating = record["rating"]
        del rating["minimum_votes"], rating["withheld_current"], rating["withheld_desired"]
    return data


def _v4(ws) -> dict:
    """``ws`` as a version-4 workshop dict: no occasion numbers, local times without a
    zone, no vote method."""
    data = _v5(ws)
    del data["workshop"]["occasion_number"]
    data["workshop"]["created"] = "2026-11-23T09:15:00"
    for occasion in data["history"]:
        del occasion["number"]
        occasion["created"] = occasion["created"].removesuffix("+00:00")
    for record in data["records"].values():
        del record["rating"]["method"]
    return data


def _v3(demo) -> dict:
    """The demo as a version-3 workshop dict (before groups, carried actions and history)."""
    data = _v4(demo)
    del data["workshop"]["group_id"], data["carried"], data["history"]
    old = {value: key for key, value in migrations.STATUS_V4.items()}
    for action in data["actions"]:
        action["status"] = old[action["status"]]
    return data


def _v2(demo) -> dict:
    """The demo as a version-2 workshop dict (before finished_at and changes)."""
    data = _v3(demo)
    del data["workshop"]["finished_at"], data["workshop"]["changes"]
    return data


def test_version_1_to_2_adds_action_statuses_and_turns_votes_into_lists(demo):
    data = _v2(demo)
    for action in data["actions"]:
        del action["status"]
    data["records"]["tillit"]["rating"]["current"] = {"2": 3, "4": 1}
    migrated = migrations.MIGRATIONS[1](copy.deepcopy(data), migrations.Context())
    assert {a["status"] for a in migrated["actions"]} == {"planerad"}
    assert migrated["records"]["tillit"]["rating"]["current"] == [0, 3, 0, 1, 0]


def test_version_2_to_3_adds_the_finish_time_and_an_empty_change_log(demo):
    migrated = migrations.MIGRATIONS[2](_v2(demo), migrations.Context())
    assert migrated["workshop"]["finished_at"] is None
    assert migrated["workshop"]["changes"] == []
    assert migrated == _v3(demo)


def test_every_version_step_has_its_migration():
    assert sorted(migrations.MIGRATIONS) == list(range(1, migrations.DATA_VERSION))
    assert migrations.PACKAGE_DATA_VERSION[migrations.PACKAGE_VERSION] == migrations.DATA_VERSION


def test_version_3_to_4_puts_a_baseline_and_its_follow_up_in_one_group_and_renames_statuses(demo):
    baseline = _v3(demo)
    follow_up = copy.deepcopy(baseline)
    follow_up["workshop"]["id"] = "f" * 32
    follow_up["workshop"]["follow_up_of"] = baseline["workshop"]["id"]
    baseline["actions"][0]["status"], baseline["actions"][1]["status"] = "planerad", "klar"
    first = migrations.MIGRATIONS[3](baseline, migrations.Context())
    second = migrations.MIGRATIONS[3](follow_up, migrations.Context())
    assert first["workshop"]["group_id"] == second["workshop"]["group_id"]
    assert first["workshop"]["group_id"] == migrations.derived_group_id(demo.id)
    assert [a["status"] for a in first["actions"][:2]] == ["inte_paborjad", "genomford"]
    assert first["carried"] == [] and first["history"] == []


def _asking(answer):
    """A stand-in for the library's answer to a migration, and what it was asked."""
    asked = []

    def answering(workshop_id, parent):
        asked.append((workshop_id, parent))
        return answer

    return asked, answering


def test_version_3_to_4_asks_the_library_for_the_group_of_a_longer_chain(demo):
    data = _v3(demo)
    data["workshop"]["follow_up_of"] = "b" * 32
    asked, group_of = _asking("g" * 32)
    migrated = migrations.MIGRATIONS[3](data, migrations.Context(group_of=group_of))
    assert asked == [(demo.id, "b" * 32)]
    assert migrated["workshop"]["group_id"] == "g" * 32


def test_a_version_1_package_still_imports(demo):
    package = to_package(demo)
    package["version"] = 1
    package.update(_v2(demo))
    imported = from_package(dumps(package))
    assert imported.finished_at is None and imported.changes == []
    assert imported.record("tillit").rating == demo.record("tillit").rating
    assert imported.actions == demo.actions
    assert imported.group_id == migrations.derived_group_id(demo.id)


def test_version_4_to_5_numbers_the_occasions_and_writes_times_in_utc(demo, content_sv):
    second = uc.start_follow_up(demo, content_sv, demo.date)
    third = uc.start_follow_up(second, content_sv, demo.date)
    uc.agree_rating(third, "tillit", current=3, desired=4, consensus=None)
    data = _v4(third)
    # A clock that went back: the occasion it was started from was sorted first.
    data["history"].reverse()
    context = migrations.Context(local_zone=STOCKHOLM_WINTER)
    migrated = migrations.MIGRATIONS[4](data, context)
    assert migrated["workshop"]["occasion_number"] == 3
    assert [(o["workshop_id"], o["number"]) for o in migrated["history"]] == [
        (demo.id, 1),
        (second.id, 2),
    ]
    assert migrated["workshop"]["created"] == "2026-11-23T08:15:00+00:00"
    assert migrated["records"]["tillit"]["rating"]["method"] == "handupprackning"
    ws = workshop_from_dict(migrations.MIGRATIONS[5](migrated, context))
    assert ws.occasion_number == 3 and [o.number for o in ws.history] == [1, 2]
    assert all(r.rating.method is VoteMethod.HANDS for r in ws.records.values())


def test_version_4_to_5_asks_the_library_for_the_number_of_a_follow_up_without_history(demo):
    data = _v4(demo)
    data["workshop"]["follow_up_of"] = "b" * 32
    asked, number_of = _asking(4)
    migrated = migrations.MIGRATIONS[4](data, migrations.Context(number_of=number_of))
    assert asked == [(demo.id, "b" * 32)] and migrated["workshop"]["occasion_number"] == 4
    baseline = migrations.MIGRATIONS[4](_v4(demo), migrations.Context(number_of=number_of))
    assert baseline["workshop"]["occasion_number"] == 1


def test_a_version_3_package_is_numbered_and_its_votes_read_as_hands_counted(demo):
    package = to_package(demo)
    package["version"] = 3
    package.update(_v4(demo))
    imported = from_package(dumps(package))
    assert imported.occasion_number == 1
    assert imported.created.endswith("+00:00")
    assert imported.record("tillit").rating.method is VoteMethod.HANDS


def test_version_5_to_6_gives_phone_votes_the_minimum_and_keeps_only_the_total_below_it(demo):
    """A v5 file stored every phone vote's counts; the app showed none below three. From
    v6 such counts are not stored at all: only how many were sent."""
    data = _v5(demo)
    phones = data["records"]["tillit"]["rating"]
    phones.update(method="egna_enheter", current=[0, 1, 0, 1, 0], desired=[0, 0, 1, 1, 1])
    hands = data["records"]["medborgarfokus"]["rating"]
    hands.update(current=[0, 1, 0, 1, 0])
    migrated = migrations.MIGRATIONS[5](data, migrations.Context())
    assert phones["minimum_votes"] == 3
    assert (phones["current"], phones["withheld_current"]) == ([0] * 5, 2)
    assert (phones["desired"], phones["withheld_desired"]) == ([0, 0, 1, 1, 1], 0)
    assert hands["minimum_votes"] is None
    assert (hands["current"], hands["withheld_current"]) == ([0, 1, 0, 1, 0], 0)
    ws = workshop_from_dict(migrated)
    rating = ws.record("tillit").rating
    assert (
        rating.minimum_votes == 3 and rating.current.total == 2 and not any(rating.current.counts)
    )
    assert ws.record("medborgarfokus").rating.current.counts == (0, 1, 0, 1, 0)
    assert workshop_from_dict(workshop_to_dict(ws)) == ws  # and round-trips as v6


def test_a_version_4_package_with_a_small_phone_vote_imports_without_its_counts(demo):
    package = to_package(demo)
    package["version"] = 4
    data = _v5(demo)
    data["records"]["tillit"]["rating"].update(method="egna_enheter", current=[2, 0, 0, 0, 0])
    package.update(data)
    rating = from_package(dumps(package)).record("tillit").rating
    assert rating.current.counts == (0,) * 5 and rating.current.withheld == 2
    assert rating.minimum_votes == 3
