"""The workshop report: its story, its document information and its data package, handed
to :mod:`document` for the tagged PDF/A file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator, Sequence
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from tillitverkstad import __version__
from tillitverkstad.core import history
from tillitverkstad.core.agenda import REVIEW_STEP
from tillitverkstad.core.content import content_from_dict, load_content
from tillitverkstad.core.content_model import Content, ContentError
from tillitverkstad.core.display import names_shown, occasion_shown
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.languages import content_language
from tillitverkstad.core.model import OPTIONAL_KINDS, RATED_KINDS, Occasion, Workshop
from tillitverkstad.core.package import dumps, to_package
from tillitverkstad.report import facts, front, occasions, steps
from tillitverkstad.report.actions import action_plan
from tillitverkstad.report.archive import ArchiveInfo, Attachment
from tillitverkstad.report.changes import change_log
from tillitverkstad.report.document import build_document
from tillitverkstad.report.filename import suggested_file_name
from tillitverkstad.report.layout import ReportContext
from tillitverkstad.report.text import missing_characters


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings(item)


def _content(ws: Workshop, language: str) -> Content:
    try:
        return content_from_dict(ws.content)
    except (ContentError, KeyError, TypeError, ValueError):
        # A damaged snapshot should not stop the archive copy: use the shipped content.
        return load_content(content_language(ws.language))


def _story(ctx: ReportContext) -> list[Flowable]:
    story = front.cover(ctx) + front.about(ctx) + front.summary(ctx)
    review = ctx.ws.records.get(REVIEW_STEP)
    notes = steps.free_and_private(ctx, review) if review else []
    story += occasions.comparison_section(ctx) + occasions.review_section(ctx, notes)
    number = 0
    untreated: list[tuple[str, str]] = []
    for step in ctx.ws.steps:
        kind = facts.kind(ctx, step)
        if kind not in RATED_KINDS | OPTIONAL_KINDS:
            continue
        title = facts.title(ctx, step)
        if kind in RATED_KINDS:
            number += 1
            title = f"{number}. {title}"
        if not facts.was_discussed(ctx, step):
            untreated.append((step, title))
        elif kind in RATED_KINDS:
            story += steps.rated_step(ctx, step, title)
        else:
            story += steps.optional_step(ctx, step)
    if untreated:
        story += steps.not_treated(ctx, untreated)
    story += steps.closing(ctx)
    story.append(PageBreak())
    story += action_plan(ctx)
    story += change_log(ctx)
    return story


def build_pdf(
    ws: Workshop,
    *,
    private: bool = False,
    names: bool = False,
    earlier: Sequence[Occasion] | None = None,
    language: str | None = None,
    attach_data: bool = True,
) -> bytes:
    language = language or ws.language
    earlier = history.earlier_occasions(ws) if earlier is None else tuple(earlier)
    package = to_package(ws, private=private, names=names, earlier=earlier)
    content = _content(ws, language)
    # Names as the window and the shared screen show them (control characters visible,
    # bidi overrides removed); the package above keeps them as typed.
    ws, earlier = names_shown(ws), tuple(occasion_shown(o) for o in earlier)
    ctx = ReportContext(
        ws=ws,
        content=content,
        language=language,
        private=private,
        names=names,
        earlier=earlier,
        comparison=history.compare(ws, earlier, content),
        closed_last_time=history.closed_last_time(ws, earlier),
        missing=missing_characters(_strings(package)),
    )
    story = _story(ctx)
    title = ctx.tr(
        QT_TRANSLATE_NOOP("report", "Workshop report: {group}, {date}"),
        group=ws.group,
        date=ws.date.isoformat(),
    )
    topic = ctx.tr(QT_TRANSLATE_NOOP("report", "Trust-based governance and leadership"))
    attachment = None
    if attach_data:
        attachment = Attachment(
            name=suggested_file_name(ws).removesuffix(".pdf") + ".json",
            data=dumps(package),
            mime_type="application/json",
            description=ctx.tr(
                QT_TRANSLATE_NOOP("report", "Data package of this workshop (re-importable)")
            ),
        )
    info = ArchiveInfo(
        title=title,
        author=ws.facilitator or ws.organisation or "Tillitverkstad",
        subject=" – ".join(part for part in (topic, ws.organisation, ws.group) if part),
        keywords=", ".join(
            part
            for part in (topic, ws.group, ws.organisation, ws.date.isoformat(), "Tillitverkstad")
            if part
        ),
        creator=f"Tillitverkstad {__version__}",
        producer="ReportLab, pikepdf",
        language=language,
        created=dt.datetime.now().astimezone().replace(microsecond=0),
        attachment=attachment,
    )
    return build_document(
        story,
        info=info,
        footer=front.footer_text(ctx),
        page_label=ctx.tr(QT_TRANSLATE_NOOP("report", "Page {page} of {pages}")),
    )
