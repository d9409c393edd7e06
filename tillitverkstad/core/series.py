"""A group's series of occasions in HR's overview, said in words: which series lack an
occasion, one line the same on the Översikt page, in the overview PDF and in the workbook."""

from __future__ import annotations

from tillitverkstad.core.display import display_line
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate
from tillitverkstad.core.overview import Overview

INCOMPLETE_SERIES = QT_TRANSLATE_NOOP("report", "Incomplete series")  # its heading
INCOMPLETE = QT_TRANSLATE_NOOP(
    "report", "Series with an occasion missing (its data package is not here): {groups}."
)
MISSING_ONE = QT_TRANSLATE_NOOP("report", "{group} (occasion {numbers})")
MISSING_MORE = QT_TRANSLATE_NOOP("report", "{group} (occasions {numbers})")


def incomplete_line(overview: Overview, language: str) -> str:
    """The one line that names the incomplete series ("" when every series is whole): the
    same on the Översikt page, in the overview PDF and in the workbook."""
    named = [
        translate("report", MISSING_ONE if len(g.missing) == 1 else MISSING_MORE, language).format(
            group=display_line(g.name), numbers=", ".join(map(str, g.missing))
        )
        for g in overview.incomplete
    ]
    if not named:
        return ""
    return translate("report", INCOMPLETE, language).format(groups="; ".join(named))
