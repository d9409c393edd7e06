"""The command line's ``overview``: HR's overview across groups and over time, of the
library or of a folder of data packages read in place, as PDF, workbook or CSV files.
The same operations as the window's Översikt page (``operations.overview``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tillitverkstad.cli_output import out, say
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.overview import Listed
from tillitverkstad.operations import library as ops
from tillitverkstad.operations.inputs import read_text_file


def add_overview_parser(sub: Any) -> None:
    over = sub.add_parser(
        "overview",
        help=QT_TRANSLATE_NOOP(
            "cli", "HR's overview across groups and over time: -o FILE.pdf/.xlsx or -d FOLDER (CSV)"
        ),
    )
    over.add_argument(
        "--packages",
        metavar="DIR",
        help=QT_TRANSLATE_NOOP("cli", "read the data packages in DIR in place"),
    )
    over.add_argument(
        "--organisation", help=QT_TRANSLATE_NOOP("cli", "only the groups of this organisation")
    )
    over.add_argument(
        "--group", help=QT_TRANSLATE_NOOP("cli", "only this group (its name, or its id)")
    )
    over.add_argument(
        "--from", dest="start", metavar="D", help=QT_TRANSLATE_NOOP("cli", "first date, YYYY-MM-DD")
    )
    over.add_argument(
        "--to", dest="end", metavar="D", help=QT_TRANSLATE_NOOP("cli", "last date, YYYY-MM-DD")
    )
    over.add_argument(
        "-o", "--output", help=QT_TRANSLATE_NOOP("cli", "file to write: .pdf or .xlsx")
    )
    over.add_argument(
        "-d", "--dir", help=QT_TRANSLATE_NOOP("cli", "folder for the CSV files (one per table)")
    )
    over.add_argument(
        "--next-steps",
        metavar="FILE",
        help=QT_TRANSLATE_NOOP("cli", "text file for the PDF's next steps"),
    )
    over.add_argument(
        "--force", action="store_true", help=QT_TRANSLATE_NOOP("cli", "overwrite existing files")
    )


def cmd_overview(args: argparse.Namespace, library: ops.Library) -> int:
    from tillitverkstad.operations import overview as overview_ops

    if bool(args.output) == bool(args.dir):
        raise ValidationError(
            QT_TRANSLATE_NOOP("errors", "Give -o FILE (.pdf or .xlsx) or -d FOLDER (CSV files).")
        )
    filters = overview_ops.filters_from(args.organisation, None, args.start, args.end)
    if args.packages:
        source = overview_ops.read_folder(Path(args.packages), data_dir=library.data_dir)
        for skipped in source.skipped:
            print(
                say(
                    QT_TRANSLATE_NOOP("cli", "Skipped {file}: {reason}"),
                    args.lang,
                    file=skipped.path.name,
                    reason=skipped.message(args.lang),
                ),
                file=sys.stderr,
            )
        listed: Sequence[Listed] = source.entries
        read_from = str(Path(args.packages).resolve())
    else:
        listed = tuple(ops.list_workshops(library, digests=True))
        read_from = str(library.data_dir)
    if args.group:
        filters = overview_ops.with_group(filters, listed, args.group)
    overview = overview_ops.overview_of(listed, filters, language=args.lang)
    if args.dir:
        for path in overview_ops.export_overview_csv(
            overview, Path(args.dir), language=args.lang, overwrite=args.force
        ):
            out(str(path))
        return 0
    next_steps = read_text_file(Path(args.next_steps)) if args.next_steps else ""
    written = overview_ops.export_overview(
        overview,
        Path(args.output),
        language=args.lang,
        source=read_from,
        next_steps=next_steps,
        overwrite=args.force,
    )
    out(str(written))
    return 0
