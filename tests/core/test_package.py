"""The JSON data package round-trips, leaves private things out, and refuses hostile input."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from tillitverkstad.core.migrations import PACKAGE_VERSION
from tillitverkstad.core.package import PackageError, dumps, from_package, to_package


def test_package_round_trips_everything_but_private_notes(demo):
    demo.participant_names = ["Anna"]
    again = from_package(dumps(to_package(demo)))
    assert again.record("tillit").private_notes == ""
    assert again.participant_names == []
    again.record("tillit").private_notes = demo.record("tillit").private_notes
    again.record("handlingsutrymme").private_notes = demo.record("handlingsutrymme").private_notes
    again.participant_names = ["Anna"]
    assert again == demo


def test_private_notes_and_names_only_when_asked(demo):
    demo.participant_names = ["Anna"]
    package = to_package(demo, private=True, names=True)
    assert package["records"]["tillit"]["private_notes"]
    assert package["workshop"]["participant_names"] == ["Anna"]
    assert from_package(dumps(package)) == demo


def test_package_carries_results_for_hr(demo):
    package = to_package(demo)
    tillit = next(r for r in package["results"] if r["step"] == "tillit")
    assert (tillit["agreed_current"], tillit["agreed_desired"], tillit["gap"]) == (3, 5, 2)
    assert package["format"] == "tillitverkstad-package"
    assert package["version"] == PACKAGE_VERSION


def _mutations():
    def set_path(path, value):
        def mutate(p):
            target = p
            for key in path[:-1]:
                target = target[key]
            target[path[-1]] = value

        return mutate

    return {
        "wrong format": set_path(["format"], "other"),
        "newer version": set_path(["version"], 99),
        "bool version": set_path(["version"], True),
        "date": set_path(["workshop", "date"], "2026-02-30"),
        "votes over participants": set_path(
            ["records", "tillit", "rating", "current"], [60, 0, 0, 0, 0]
        ),
        "agreed 7": set_path(["records", "tillit", "rating", "agreed_current"], 7),
        "unknown step": set_path(["workshop", "steps"], ["intro", "../../etc/passwd"]),
        "record of unknown step": set_path(["records", "nope"], {}),
        "content broken": set_path(["content"], {"meta": {}}),
        "participants 0": set_path(["workshop", "participant_count"], 0),
        "notes not a list": set_path(["records", "tillit", "notes"], "x"),
        "bad id": set_path(["workshop", "id"], "../evil"),
    }


@pytest.mark.parametrize("name", list(_mutations()))
def test_hostile_package_is_refused(demo, name):
    package = json.loads(dumps(to_package(demo)))
    _mutations()[name](package)
    with pytest.raises(PackageError) as error:
        from_package(json.dumps(package).encode())
    assert error.value.message("sv")


@pytest.mark.parametrize(
    "raw", [b"", b"not json", b"[]", b"\xff\xfe", b"[" * 100_000 + b"]" * 100_000, b'{"format": 1}']
)
def test_garbage_is_refused(raw):
    with pytest.raises(PackageError):
        from_package(raw)


def test_exported_package_matches_the_documented_json_schema(demo):
    import jsonschema

    schema = json.loads(
        (Path(__file__).resolve().parents[2] / "docs" / "package.schema.json").read_text()
    )
    jsonschema.validate(json.loads(dumps(to_package(demo))), schema)
    broken = json.loads(dumps(to_package(demo)))
    broken["actions"][0]["status"] = "maybe"
    with pytest.raises(jsonschema.ValidationError):
        jsonschema.validate(broken, schema)
