"""The workshop report: its story, its document information and its data package, handed
to :mod:`document` for the tagged PDF/A file."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

from reportlab.platypus import Flowable, PageBreak

from tillitverkstad import __version__
from tillitverkstad.core.content import Content, ContentError, content_from_dict, load_content
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.model import RATED_KINDS, StepKind, Workshop
from tillitverkstad.core.package import dumps, to_package
from tillitverkstad.report import facts, front, steps
from tillitverkstad.report.actions import action_plan
from tillitverkstad.report.archive import ArchiveInfo, Attachment
from tillitverkstad.report.changes import change_log
from tillitverkstad.report.document import build_document
from tillitverkstad.report.filename import suggested_file_name
from tillitverkstad.report.layout import ReportContext
from tillitverkstad.report.text import missing_characters, plain


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
        return load_content(ws.language if ws.language in ("sv", "en") else language)


def _story(ctx: ReportContext) -> list[Flowable]:
    story = front.cover(ctx) + front.about(ctx) + front.summary(ctx) + front.follow_up(ctx)
    number = 0
    for step in ctx.ws.steps:
        kind = facts.kind(ctx, step)
        if kind in RATED_KINDS:
            number += 1
            story += steps.rated_step(ctx, step, number)
        elif kind in (StepKind.DISCUSSION, StepKind.BALANCE):
            story += steps.optional_step(ctx, step)
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
    previous: Workshop | None = None,
    language: str | None = None,
    attach_data: bool = True,
) -> bytes:
    language = language or ws.language
    package = to_package(ws, private=private, names=names)
    ctx = ReportContext(
        ws=ws,
        content=_content(ws, language),
        language=language,
        private=private,
        names=names,
        previous=previous,
        missing=missing_characters(_strings(package)),
    )
    story = _story(ctx)
    ws = ctx.ws  # the names as the report prints them; the package above keeps them as typed
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
        page_label=plain(ctx.tr(QT_TRANSLATE_NOOP("report", "Page {page} of {pages}"))),
    )
