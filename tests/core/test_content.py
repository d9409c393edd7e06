"""The shipped workshop content, its snapshot round trip, and the errors for broken files."""

from __future__ import annotations

import json
import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from tillitverkstad.core.content import (
    available_languages,
    content_from_dict,
    content_to_dict,
    load_content,
    validate_languages,
)
from tillitverkstad.core.content_model import Content, ContentError
from tillitverkstad.paths import resource_dir

SHIPPED = resource_dir() / "content"
CORE_IDS = [
    "tillit",
    "medborgarfokus",
    "helhetssyn",
    "handlingsutrymme",
    "stod",
    "kunskap",
    "oppenhet",
]
SEED_002_MAPPING = {
    "tillit": "kultur_och_ledarskap",
    "oppenhet": "kultur_och_ledarskap",
    "medborgarfokus": "kultur_och_ledarskap",
    "handlingsutrymme": "styrning",
    "stod": "styrning",
    "helhetssyn": "organisering",
    "kunskap": "organisering",
    "langsiktighet": "styrning",
}


@pytest.fixture(params=["sv", "en"])
def content(request: pytest.FixtureRequest) -> Content:
    return load_content(request.param)


# --- the shipped content ------------------------------------------------------------


def test_both_languages_are_shipped_and_agree() -> None:
    assert available_languages() == ("en", "sv")
    validate_languages()


def test_the_seven_principles_come_in_skr_order(content: Content) -> None:
    assert [p.id for p in content.core_principles()] == CORE_IDS
    assert [p.id for p in content.principles] == [*CORE_IDS, "langsiktighet"]
    assert [p.id for p in content.principles if p.optional] == ["langsiktighet"]


def test_swedish_names_are_the_familiar_ones() -> None:
    sv = load_content("sv")
    names = [p.name for p in sv.principles]
    assert names == [
        "Tillit",
        "Medborgarfokus",
        "Helhetssyn",
        "Handlingsutrymme",
        "Stöd",
        "Kunskap",
        "Öppenhet",
        "Långsiktighet",
    ]
    assert [c.name for c in sv.cornerstones] == ["Styrning", "Organisering", "Kultur och ledarskap"]


def test_principles_belong_to_cornerstones_as_in_seed_002(content: Content) -> None:
    assert [c.id for c in content.cornerstones] == [
        "styrning",
        "organisering",
        "kultur_och_ledarskap",
    ]
    for principle_id, cornerstone_id in SEED_002_MAPPING.items():
        assert content.cornerstone_of(principle_id).id == cornerstone_id
        assert principle_id in content.cornerstone(cornerstone_id).principles
    assert [p.id for p in content.principles_of("organisering")] == ["helhetssyn", "kunskap"]


def test_every_principle_fits_a_projector_and_feeds_a_discussion(content: Content) -> None:
    for principle in content.principles:
        assert len(principle.meaning) <= 120 and "\n" not in principle.meaning
        assert 4 <= len(principle.questions) <= 6
        assert all(len(q) <= 160 for q in principle.questions)
        assert 3 <= len(principle.examples) <= 6
        assert principle.sources
    for cornerstone in content.cornerstones:
        assert 4 <= len(cornerstone.questions) <= 6
        assert 3 <= len(cornerstone.examples) <= 6


def test_optional_steps_include_the_balance_of_three_logics(content: Content) -> None:
    assert [s.id for s in content.optional_steps] == ["goda_motet", "balans", "kritisk_reflektion"]
    balance = content.optional_step("balans")
    assert balance.kind == "balance"
    assert [logic.id for logic in balance.logics] == ["marknad", "hierarki", "tillit"]
    assert "100" in balance.text
    for step_id in ("goda_motet", "kritisk_reflektion"):
        step = content.optional_step(step_id)
        assert step.kind == "discussion" and step.logics == ()
        assert 4 <= len(step.questions) <= 6


def test_rating_has_two_scales_and_anchors_for_one_to_five() -> None:
    sv, en = load_content("sv"), load_content("en")
    assert [(s.id, s.name) for s in sv.rating_scales] == [
        ("current", "Nuläge"),
        ("desired", "Önskat läge"),
    ]
    assert [s.name for s in en.rating_scales] == ["Current state", "Desired state"]
    for content in (sv, en):
        assert sorted(content.anchors) == [1, 2, 3, 4, 5]
    assert "delvis" in sv.anchors[3].lower() and "genomgående" in sv.anchors[5].lower()


def test_fixed_lists_have_the_ids_the_app_relies_on(content: Content) -> None:
    assert [c.id for c in content.consensus] == [
        "enighet",
        "samtycke_med_reservation",
        "oenighet",
    ]
    assert [n.id for n in content.note_categories] == ["idag", "hinder", "ideer"]
    assert [t.id for t in content.templates] == ["alla_sju", "hornstenar"]
    assert list(content.fixed_steps) == ["intro", "summary", "actions", "closing", "action_review"]
    assert 2 <= len(content.fixed_step("closing").questions) <= 4


def test_swedish_note_category_labels() -> None:
    labels = [n.label for n in load_content("sv").note_categories]
    assert labels == ["Så gör vi i dag", "Hinder", "Idéer"]


def test_definition_and_every_citation_resolve(content: Content) -> None:
    assert content.source(content.definition.source).citation.startswith("Bringselius")
    cited = {content.definition.source}
    for item in (*content.principles, *content.cornerstones, *content.optional_steps):
        cited.update(item.sources)
    assert cited <= {s.id for s in content.sources}


def test_content_contains_no_web_addresses() -> None:
    for path in SHIPPED.glob("*/*.json"):
        text = path.read_text(encoding="utf-8").lower()
        assert "http" not in text and "www." not in text, path


# --- snapshot round trip -------------------------------------------------------------


def test_snapshot_reads_back_identically(content: Content) -> None:
    snapshot = json.loads(json.dumps(content_to_dict(content), ensure_ascii=False))
    assert content_from_dict(snapshot) == content


def test_snapshot_has_the_layout_of_the_content_files(content: Content) -> None:
    snapshot = content_to_dict(content)
    for part in ("meta", "cornerstones", "principles", "steps"):
        path = SHIPPED / content.language / f"{part}.json"
        assert snapshot[part] == json.loads(path.read_text(encoding="utf-8")), part


def test_broken_snapshot_names_the_part_and_field(content: Content) -> None:
    snapshot = content_to_dict(content)
    snapshot["principles"]["principles"][0]["questions"] = []
    with pytest.raises(ContentError) as caught:
        content_from_dict(snapshot, origin="workshop 12")
    assert caught.value.file == "workshop 12/principles.json"
    assert caught.value.field == "principles[0].questions"


# --- broken content files ------------------------------------------------------------


@pytest.fixture
def root(tmp_path: Path) -> Path:
    copy = tmp_path / "content"
    shutil.copytree(SHIPPED, copy)
    return copy


def edit(root: Path, language: str, part: str, change: Callable[[Any], None]) -> None:
    path = root / language / f"{part}.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2), encoding="utf-8")


def principle(index: int, key: str, value: Any) -> Callable[[Any], None]:
    def change(data: Any) -> None:
        data["principles"][index][key] = value

    return change


def drop_kunskap_from_organisering(data: Any) -> None:
    data["cornerstones"][1]["principles"].remove("kunskap")


def drop_principle_meaning(data: Any) -> None:
    del data["principles"][2]["meaning"]


def drop_anchor_five(data: Any) -> None:
    del data["rating"]["anchors"]["5"]


def drop_balance_logics(data: Any) -> None:
    del data["steps"][1]["logics"]


BROKEN = {
    "missing field": (
        "principles",
        drop_principle_meaning,
        "principles[2].meaning",
        "is missing",
    ),
    "empty question list": (
        "principles",
        principle(3, "questions", []),
        "principles[3].questions",
        "must be a non-empty list of text",
    ),
    "too few questions": (
        "principles",
        principle(0, "questions", ["En?", "Två?", "Tre?"]),
        "principles[0].questions",
        "has 3 entries; 4–6 required",
    ),
    "too many examples": (
        "principles",
        principle(0, "examples", ["Ett exempel."] * 7),
        "principles[0].examples",
        "has 7 entries; 3–6 required",
    ),
    "wrong type": (
        "principles",
        principle(7, "optional", "ja"),
        "principles[7].optional",
        "must be true or false",
    ),
    "meaning too long for a projector": (
        "principles",
        principle(1, "meaning", "x" * 121),
        "principles[1].meaning",
        "at most 120",
    ),
    "unknown cornerstone": (
        "principles",
        principle(0, "cornerstone", "ekonomi"),
        "principles[0].cornerstone",
        "unknown cornerstone 'ekonomi'",
    ),
    "unknown source": (
        "principles",
        principle(0, "sources", ["skr", "okand"]),
        "principles[0].sources[1]",
        "unknown source 'okand'",
    ),
    "duplicate id": (
        "principles",
        principle(1, "id", "tillit"),
        "principles[1].id",
        "duplicate id 'tillit'",
    ),
    "principle in no cornerstone": (
        "cornerstones",
        drop_kunskap_from_organisering,
        "principles[5].cornerstone",
        "'kunskap' is not listed",
    ),
    "anchors not covering 1..5": (
        "meta",
        drop_anchor_five,
        "rating.anchors.5",
        "is missing",
    ),
    "balance step without logics": (
        "steps",
        drop_balance_logics,
        "steps[1].logics",
        "is missing",
    ),
}


@pytest.mark.parametrize("case", BROKEN.values(), ids=BROKEN.keys())
def test_broken_content_names_file_and_field(root: Path, case: tuple[Any, ...]) -> None:
    part, change, field, problem = case
    edit(root, "sv", part, change)
    with pytest.raises(ContentError) as caught:
        load_content("sv", root)
    error = caught.value
    # A principle in no cornerstone is reported where the principle is defined.
    expected_file = "sv/principles.json" if field.startswith("principles") else f"sv/{part}.json"
    assert (error.file, error.field) == (expected_file, field)
    assert f"{expected_file}: {field}: " in str(error)
    assert problem in str(error)


def test_unknown_principle_in_a_cornerstone_is_named(root: Path) -> None:
    edit(root, "en", "cornerstones", lambda d: d["cornerstones"][0]["principles"].append("budget"))
    with pytest.raises(ContentError, match=r"unknown principle 'budget'") as caught:
        load_content("en", root)
    assert caught.value.file == "en/cornerstones.json"
    assert caught.value.field == "cornerstones[0].principles[3]"


def test_invalid_json_names_file_and_line(root: Path) -> None:
    path = root / "sv" / "steps.json"
    path.write_text('{\n  "steps": [\n    {"id": "goda_motet",,}\n  ]\n}\n', encoding="utf-8")
    with pytest.raises(ContentError) as caught:
        load_content("sv", root)
    assert caught.value.file == "sv/steps.json"
    assert caught.value.field == "line 3"
    assert str(caught.value).startswith("sv/steps.json: line 3: invalid JSON")


def test_missing_file_is_named(root: Path) -> None:
    (root / "en" / "steps.json").unlink()
    with pytest.raises(ContentError, match=r"^en/steps\.json: file is missing$"):
        load_content("en", root)


def test_english_missing_a_principle_is_reported_with_both_languages(root: Path) -> None:
    def drop_last_principle(data: Any) -> None:
        data["principles"].pop()

    edit(root, "en", "principles", drop_last_principle)
    edit(root, "en", "cornerstones", lambda d: d["cornerstones"][0]["principles"].pop())
    for action in (lambda: validate_languages(root), lambda: load_content("sv", root)):
        with pytest.raises(ContentError) as caught:
            action()
        assert caught.value.file == "en/principles.json"
        assert caught.value.field == "principles"
        assert "'langsiktighet' is in sv but missing in en" in str(caught.value)


def test_extra_id_in_english_is_reported_against_swedish(root: Path) -> None:
    extra = {"id": "extra", "citation": "Someone (2024). A report."}
    edit(root, "en", "meta", lambda d: d["sources"].append(extra))
    with pytest.raises(ContentError) as caught:
        load_content("en", root)
    assert (caught.value.file, caught.value.field) == ("sv/meta.json", "sources")
    assert "'extra' is in en but missing in sv" in str(caught.value)


def test_languages_must_map_principles_alike(root: Path) -> None:
    edit(root, "en", "principles", principle(7, "optional", False))
    with pytest.raises(ContentError) as caught:
        load_content("sv", root)
    assert (caught.value.file, caught.value.field) == (
        "en/principles.json",
        "principles[langsiktighet].optional",
    )


def test_folder_and_declared_language_must_agree(root: Path) -> None:
    edit(root, "en", "meta", lambda d: d.update(language="sv"))
    with pytest.raises(ContentError, match=r"en/meta\.json: language: is 'sv'"):
        load_content("en", root)


def test_unknown_language_is_an_error(root: Path) -> None:
    with pytest.raises(ContentError, match=r"de/meta\.json: no content for language"):
        load_content("de", root)
