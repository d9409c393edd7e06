"""Checked access to the JSON of the workshop content.

Every problem becomes a :class:`ContentError` that names the file and the field, so an
organisation that edits the content files can find and fix the mistake without reading code.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

from tillitverkstad.core.content_model import (
    FORMAT,
    PARTS,
    BalanceLogicText,
    ConsensusText,
    Content,
    ContentError,
    Cornerstone,
    Definition,
    FixedStep,
    NoteCategoryText,
    OptionalStep,
    Principle,
    RatingScale,
    Source,
    TemplateText,
)
from tillitverkstad.core.model import (
    OPTIONAL_KINDS,
    Consensus,
    NoteCategory,
    Scale,
    StepKind,
    Template,
)

FIXED_STEP_IDS = ("intro", "summary", "actions", "closing")
# Content made before follow-ups reviewed actions lacks this one: it is optional.
OPTIONAL_FIXED_STEP_IDS = ("action_review",)
# The content words each kind the model knows (a custom agenda needs no description).
RATING_SCALE_IDS = tuple(scale.value for scale in Scale)
CONSENSUS_IDS = tuple(consensus.value for consensus in Consensus)
NOTE_CATEGORY_IDS = tuple(category.value for category in NoteCategory)
TEMPLATE_IDS = tuple(template.value for template in Template if template is not Template.CUSTOM)
STEP_KINDS = tuple(kind.value for kind in StepKind if kind in OPTIONAL_KINDS)
ANCHOR_VALUES = (1, 2, 3, 4, 5)
MEANING_MAX = 120  # one line on a projector
QUESTION_MAX = 160
META_KEYS: tuple[str, ...] = ("format", "language", "version", "definition", "fixed_steps")
META_KEYS += ("rating", "consensus", "note_categories", "templates", "sources")
PRINCIPLE_KEYS: tuple[str, ...] = ("id", "name", "meaning", "explanation", "questions")
PRINCIPLE_KEYS += ("examples", "cornerstone", "optional", "sources")

ID_PATTERN = re.compile(r"[a-z][a-z0-9_]*")
_T = TypeVar("_T", bound=Source | Principle | Cornerstone | OptionalStep)
_L = TypeVar("_L", bound=RatingScale | ConsensusText | NoteCategoryText | TemplateText)


def read_json_file(path: Path, file: str) -> Any:
    """Parse one content file; ``file`` is the name used in error messages."""
    try:
        text = path.read_text(encoding="utf-8-sig")  # tolerate the BOM some editors write
    except FileNotFoundError:
        raise ContentError(file, "", "file is missing") from None
    except UnicodeDecodeError:
        raise ContentError(file, "", "is not UTF-8 text") from None
    except OSError as error:
        raise ContentError(file, "", f"cannot be read ({error.strerror})") from None
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        field = f"line {error.lineno}"
        raise ContentError(
            file, field, f"invalid JSON: {error.msg} (column {error.colno})"
        ) from None


def _type_name(value: object) -> str:
    return {dict: "an object", list: "a list", str: "text", bool: "true/false"}.get(
        type(value), type(value).__name__
    )


class Node:
    """One JSON value together with where it came from, for precise error messages."""

    def __init__(self, value: Any, file: str, path: str = "") -> None:
        self.value = value
        self.file = file
        self.path = path

    def error(self, problem: str, key: str | None = None) -> ContentError:
        return ContentError(self.file, self._join(key) if key is not None else self.path, problem)

    def _join(self, key: str) -> str:
        return f"{self.path}.{key}" if self.path else key

    def _object(self) -> dict[str, Any]:
        if not isinstance(self.value, dict):
            raise self.error(f"must be an object, not {_type_name(self.value)}")
        return self.value

    def only_keys(self, *allowed: str) -> None:
        """Reject unknown keys, which are most often misspelt field names."""
        for key in self._object():
            if key not in allowed:
                raise self.error(f"unknown field (expected one of: {', '.join(allowed)})", key)

    def get(self, key: str) -> Node:
        data = self._object()
        if key not in data:
            raise self.error("is missing", key)
        return Node(data[key], self.file, self._join(key))

    def text(self, key: str, max_length: int | None = None) -> str:
        return self.get(key).as_text(max_length)

    def as_text(self, max_length: int | None = None, *, one_line: bool = False) -> str:
        if not isinstance(self.value, str):
            raise self.error(f"must be text, not {_type_name(self.value)}")
        if not self.value.strip():
            raise self.error("must not be empty")
        if max_length is not None and len(self.value) > max_length:
            raise self.error(f"is {len(self.value)} characters; at most {max_length} allowed")
        if one_line and "\n" in self.value:
            raise self.error("must be a single line")
        return self.value

    def identifier(self, key: str = "id") -> str:
        value = self.text(key)
        if not ID_PATTERN.fullmatch(value):
            raise self.error(
                "must be lowercase letters a-z, digits and _ (starting with a letter)", key
            )
        return value

    def flag(self, key: str) -> bool:
        node = self.get(key)
        if not isinstance(node.value, bool):
            raise node.error(f"must be true or false, not {_type_name(node.value)}")
        return node.value

    def items(self, key: str, minimum: int = 1, maximum: int | None = None) -> list[Node]:
        node = self.get(key)
        return node.as_items(minimum, maximum)

    def as_items(self, minimum: int = 1, maximum: int | None = None) -> list[Node]:
        if not isinstance(self.value, list):
            raise self.error(f"must be a list, not {_type_name(self.value)}")
        count = len(self.value)
        if count == 0 and minimum > 0:
            raise self.error("must be a non-empty list")
        if count < minimum or (maximum is not None and count > maximum):
            wanted = f"{minimum}–{maximum}" if maximum is not None else f"at least {minimum}"
            raise self.error(f"has {count} entries; {wanted} required")
        return [Node(v, self.file, f"{self.path}[{i}]") for i, v in enumerate(self.value)]

    def texts(
        self, key: str, minimum: int = 1, maximum: int | None = None, max_length: int | None = None
    ) -> tuple[str, ...]:
        """A list of text, e.g. discussion questions."""
        node = self.get(key)
        if not isinstance(node.value, list) or (minimum > 0 and not node.value):
            raise node.error("must be a non-empty list of text" if minimum else "must be a list")
        return tuple(item.as_text(max_length) for item in node.as_items(minimum, maximum))


def check_unique(ids: Iterable[tuple[str, Node]], what: str = "id") -> None:
    """Raise on the second occurrence of an id; ``ids`` pairs each id with its node."""
    seen: set[str] = set()
    for value, node in ids:
        if value in seen:
            raise node.error(f"duplicate {what} '{value}'", "id")
        seen.add(value)


def check_known(node: Node, value: str, known: Iterable[str], what: str) -> None:
    """Raise when ``value`` (found at ``node``) is not among the ``known`` ids."""
    known = list(known)
    if value not in known:
        raise node.error(f"unknown {what} '{value}' (known: {', '.join(known)})")


def check_exact_ids(parent: Node, found: list[tuple[str, Node]], expected: tuple[str, ...]) -> None:
    """The app relies on these ids (e.g. rating scales), so they must all be present."""
    for value, node in found:
        check_known(node.get("id"), value, expected, "id")
    missing = [wanted for wanted in expected if wanted not in {v for v, _ in found}]
    if missing:
        raise parent.error(f"missing id '{missing[0]}' (required: {', '.join(expected)})")


def parse_content(data: Any, origin: str) -> Content:
    """Validate the four parts of the content and build the model from them."""
    if not isinstance(data, dict):
        raise ContentError(origin, "", "content must be an object with " + ", ".join(PARTS))
    nodes = {}
    for part in PARTS:
        if part not in data:
            raise ContentError(f"{origin}/{part}.json", "", "is missing")
        nodes[part] = Node(data[part], f"{origin}/{part}.json")
    return _build_parts(nodes["meta"], nodes["cornerstones"], nodes["principles"], nodes["steps"])


def _build_parts(
    meta: Node, cornerstones_file: Node, principles_file: Node, steps_file: Node
) -> Content:
    meta.only_keys(*META_KEYS)
    format_node = meta.get("format")
    if format_node.value != FORMAT:
        raise format_node.error(f"content format {format_node.value!r} is not supported")
    sources = tuple(_source(n) for n in meta.items("sources"))
    check_unique((s.id, n) for s, n in zip(sources, meta.items("sources"), strict=True))
    source_ids = [s.id for s in sources]
    rating = meta.get("rating")
    rating.only_keys("scales", "anchors")
    content = Content(
        language=meta.text("language"),
        version=meta.text("version"),
        definition=_definition(meta.get("definition"), source_ids),
        fixed_steps=_fixed_steps(meta.get("fixed_steps")),
        cornerstones=_list(cornerstones_file, "cornerstones", _cornerstone, source_ids),
        principles=_list(principles_file, "principles", _principle, source_ids),
        optional_steps=_list(steps_file, "steps", _step, source_ids, minimum=0),
        rating_scales=_labelled(rating, "scales", RatingScale, "name", "prompt", RATING_SCALE_IDS),
        anchors=_anchors(rating.get("anchors")),
        consensus=_labelled(
            meta, "consensus", ConsensusText, "label", "explanation", CONSENSUS_IDS
        ),
        note_categories=_labelled(
            meta, "note_categories", NoteCategoryText, "label", "hint", NOTE_CATEGORY_IDS
        ),
        templates=_labelled(meta, "templates", TemplateText, "label", "description", TEMPLATE_IDS),
        sources=sources,
    )
    _check_mapping(content, cornerstones_file, principles_file)
    _check_ids_distinct(content, steps_file, (*FIXED_STEP_IDS, *OPTIONAL_FIXED_STEP_IDS))
    return content


def _list(
    file: Node,
    key: str,
    build: Callable[[Node, list[str]], _T],
    source_ids: list[str],
    minimum: int = 1,
) -> tuple[_T, ...]:
    file.only_keys(key)
    nodes = file.items(key, minimum)
    built = tuple(build(node, source_ids) for node in nodes)
    check_unique((item.id, node) for item, node in zip(built, nodes, strict=True))
    return built


def _sources(node: Node, source_ids: list[str]) -> tuple[str, ...]:
    for item in node.items("sources"):
        check_known(item, item.as_text(), source_ids, "source")
    return tuple(item.value for item in node.items("sources"))


def _source(node: Node) -> Source:
    node.only_keys("id", "citation")
    return Source(id=node.identifier(), citation=node.text("citation"))


def _definition(node: Node, source_ids: list[str]) -> Definition:
    node.only_keys("title", "text", "source")
    source = node.text("source")
    check_known(node.get("source"), source, source_ids, "source")
    return Definition(title=node.text("title"), text=node.text("text"), source=source)


def _fixed_steps(node: Node) -> dict[str, FixedStep]:
    node.only_keys(*FIXED_STEP_IDS, *OPTIONAL_FIXED_STEP_IDS)
    steps = {}
    present = [step_id for step_id in OPTIONAL_FIXED_STEP_IDS if step_id in node.value]
    for step_id in (*FIXED_STEP_IDS, *present):
        step = node.get(step_id)
        step.only_keys("title", "text", "questions")
        low, high = (2, 4) if step_id == "closing" else (0, 6)
        questions = step.texts("questions", low, high, QUESTION_MAX)
        steps[step_id] = FixedStep(step_id, step.text("title"), step.text("text"), questions)
    return steps


def _principle(node: Node, source_ids: list[str]) -> Principle:
    node.only_keys(*PRINCIPLE_KEYS)
    return Principle(
        id=node.identifier(),
        name=node.text("name"),
        meaning=node.get("meaning").as_text(MEANING_MAX, one_line=True),
        explanation=node.text("explanation"),
        questions=node.texts("questions", 4, 6, QUESTION_MAX),
        examples=node.texts("examples", 3, 6),
        cornerstone=node.identifier("cornerstone"),
        optional=node.flag("optional"),
        sources=_sources(node, source_ids),
    )


def _cornerstone(node: Node, source_ids: list[str]) -> Cornerstone:
    node.only_keys("id", "name", "description", "questions", "examples", "principles", "sources")
    return Cornerstone(
        id=node.identifier(),
        name=node.text("name"),
        description=node.text("description"),
        questions=node.texts("questions", 4, 6, QUESTION_MAX),
        examples=node.texts("examples", 3, 6),
        principles=node.texts("principles"),
        sources=_sources(node, source_ids),
    )


def _step(node: Node, source_ids: list[str]) -> OptionalStep:
    node.only_keys("id", "kind", "title", "meaning", "text", "questions", "sources", "logics")
    kind = node.text("kind")
    check_known(node.get("kind"), kind, STEP_KINDS, "kind")
    logics: tuple[BalanceLogicText, ...] = ()
    if kind == "balance":
        logics = tuple(_logic(item) for item in node.items("logics", 2))
        check_unique((lg.id, n) for lg, n in zip(logics, node.items("logics"), strict=True))
    elif node.value.get("logics"):
        raise node.error("only a step of kind 'balance' has logics", "logics")
    return OptionalStep(
        id=node.identifier(),
        kind=kind,
        title=node.text("title"),
        meaning=node.get("meaning").as_text(MEANING_MAX, one_line=True),
        text=node.text("text"),
        questions=node.texts("questions", 4, 6, QUESTION_MAX),
        sources=_sources(node, source_ids),
        logics=logics,
    )


def _logic(node: Node) -> BalanceLogicText:
    node.only_keys("id", "name", "keywords")
    return BalanceLogicText(node.identifier(), node.text("name"), node.text("keywords"))


def _labelled(
    parent: Node,
    key: str,
    cls: Callable[[str, str, str], _L],
    first: str,
    second: str,
    required: tuple[str, ...],
) -> tuple[_L, ...]:
    nodes = parent.items(key)
    items: list[_L] = []
    for node in nodes:
        node.only_keys("id", first, second)
        items.append(cls(node.identifier(), node.text(first), node.text(second)))
    pairs = [(item.id, node) for item, node in zip(items, nodes, strict=True)]
    check_unique(pairs)
    check_exact_ids(parent.get(key), pairs, required)
    return tuple(items)


def _anchors(node: Node) -> dict[int, str]:
    expected = [str(value) for value in ANCHOR_VALUES]
    node.only_keys(*expected)
    return {int(key): node.text(key) for key in expected}


def _check_mapping(content: Content, cornerstones_file: Node, principles_file: Node) -> None:
    """Each principle belongs to exactly one cornerstone, and both files say the same."""
    principle_ids = [p.id for p in content.principles]
    owner: dict[str, str] = {}
    c_nodes = cornerstones_file.get("cornerstones").as_items()
    for cornerstone, c_node in zip(content.cornerstones, c_nodes, strict=True):
        p_nodes = c_node.get("principles").as_items()
        for p_id, p_node in zip(cornerstone.principles, p_nodes, strict=True):
            check_known(p_node, p_id, principle_ids, "principle")
            if p_id in owner:
                raise p_node.error(f"principle '{p_id}' is already listed in '{owner[p_id]}'")
            owner[p_id] = cornerstone.id
    cornerstone_ids = [c.id for c in content.cornerstones]
    p_nodes = principles_file.get("principles").as_items()
    for principle, p_node in zip(content.principles, p_nodes, strict=True):
        check_known(
            p_node.get("cornerstone"), principle.cornerstone, cornerstone_ids, "cornerstone"
        )
        if owner.get(principle.id) != principle.cornerstone:
            raise p_node.error(
                f"principle '{principle.id}' is not listed in the principles of cornerstone "
                f"'{principle.cornerstone}' in cornerstones.json",
                "cornerstone",
            )


def _check_ids_distinct(content: Content, steps_file: Node, fixed_ids: Iterable[str]) -> None:
    """Agenda entries are keyed by id, so a step may not share an id with a principle."""
    taken = {p.id for p in content.principles} | {c.id for c in content.cornerstones}
    taken |= set(fixed_ids)
    for step, node in zip(content.optional_steps, steps_file.get("steps").as_items(), strict=True):
        if step.id in taken:
            raise node.error(f"id '{step.id}' is already used by a principle or cornerstone", "id")
