"""Command line: headless commands, and the GUI when no command is given.

Every command is a thin shell around one function of the operations layer, the same one
the window calls. Kept free of Qt and ReportLab at import time so that ``list`` and
friends start fast and so the GUI's start path does not pay for the report module.
"""

from __future__ import annotations

import argparse
import io
import logging
import os
import re
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from tillitverkstad.cli_args import build_parser, language_of
from tillitverkstad.cli_output import out as _out
from tillitverkstad.cli_output import say as _t
from tillitverkstad.cli_overview import cmd_overview
from tillitverkstad.core import agenda
from tillitverkstad.core.dates import parse_date
from tillitverkstad.core.display import display_line
from tillitverkstad.core.errors import TillitError, ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, translate
from tillitverkstad.core.identity import occasion_phrase, parts_text
from tillitverkstad.core.labels import WORKSHOP_STATUS
from tillitverkstad.core.languages import DEFAULT_LANGUAGE
from tillitverkstad.core.model import DetailField
from tillitverkstad.logfile import log_exception, setup_log_file
from tillitverkstad.operations import library as ops
from tillitverkstad.operations import packages


def cmd_demo(args: argparse.Namespace, library: ops.Library) -> int:
    ws = ops.create_demo(library, args.content_language or DEFAULT_LANGUAGE)
    _out(
        _t(
            QT_TRANSLATE_NOOP("cli", "Created the demo workshop \u201c{group}\u201d."),
            args.lang,
            group=ws.group,
        )
    )
    _out(ws.id)
    return 0


def cmd_list(args: argparse.Namespace, library: ops.Library) -> int:
    for item in ops.list_workshops(library):
        if item.readable:
            status = translate("report", WORKSHOP_STATUS.get(item.status, item.status), args.lang)
            group, organisation = display_line(item.group), display_line(item.organisation)
            _out(f"{item.id}  {item.date}  {status:<12}  {group}  ({organisation})")
        else:
            label = _t(QT_TRANSLATE_NOOP("cli", "UNREADABLE"), args.lang)
            _out(f"{display_line(item.file_name)}  {label}: {item.reason(args.lang)}")
    return 0


def _one_or_all(args: argparse.Namespace) -> bool:
    """True for ``--all -d FOLDER``, False for ``ID -o FILE``; anything else is refused."""
    one = bool(args.id and args.output) and not (args.all or args.dir)
    every = bool(args.all and args.dir) and not (args.id or args.output)
    if not (one or every):
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "Give a workshop id and -o FILE, or --all and -d FOLDER.")
        )
    return every


def cmd_export_json(args: argparse.Namespace, library: ops.Library) -> int:
    options = {"private": args.private, "names": args.names, "overwrite": args.force}
    if not _one_or_all(args):
        ws = ops.read(library, ops.resolve(library, args.id))
        earlier = ops.earlier_occasions(library, ws)
        _out(str(packages.export_package(ws, Path(args.output), earlier=earlier, **options)))
        return 0
    failed = False
    for result in packages.export_all_packages(library, Path(args.dir), **options):
        if result.error is not None:
            print(result.error.message(args.lang), file=sys.stderr)
            failed = True
        else:
            _out(str(result.path))
    return 1 if failed else 0


def cmd_export_pdf(args: argparse.Namespace, library: ops.Library) -> int:
    from tillitverkstad.operations import reports  # late: the report module loads ReportLab

    every = _one_or_all(args)
    options = {"private": args.private, "names": args.names, "overwrite": args.force}
    if not every:
        workshop_id = ops.resolve(library, args.id)
        _out(str(reports.export_report_of(library, workshop_id, Path(args.output), **options)))
        return 0
    failed = False
    for result in reports.export_all_reports(library, Path(args.dir), **options):
        if result.error is not None:  # one bad file must not stop the others
            print(result.error.message(args.lang), file=sys.stderr)
            failed = True
        else:
            _out(str(result.path))
    return 1 if failed else 0


IMPORT_MESSAGES = {
    packages.Outcome.IMPORTED: QT_TRANSLATE_NOOP("cli", "Imported {occasion}."),
    packages.Outcome.ALREADY: QT_TRANSLATE_NOOP("cli", "Already imported: {occasion} ({file})."),
    packages.Outcome.REPLACED: QT_TRANSLATE_NOOP(
        "cli", "Replaced the library's version of {occasion} with the one in {file}."
    ),
    packages.Outcome.KEPT_BOTH: QT_TRANSLATE_NOOP(
        "cli", "Imported {occasion} from {file} as a second copy beside the library's version."
    ),
}
CONFLICT = QT_TRANSLATE_NOOP(
    "cli",
    "{file}: the library holds another version of {occasion} (id {id}); the file's differs "
    "in {parts}. Nothing was imported from this file. To import it, run the import again "
    "with --replace (the file's version takes the library's place) or --keep-both (both "
    "are kept).",
)


def cmd_import(args: argparse.Namespace, library: ops.Library) -> int:
    choice = packages.OnConflict.ASK
    if args.replace:
        choice = packages.OnConflict.REPLACE
    elif args.keep_both:
        choice = packages.OnConflict.KEEP_BOTH
    results = packages.import_packages(library, [Path(f) for f in args.files], choice)
    for result in results:
        if result.error is not None:
            print(result.error.message(args.lang), file=sys.stderr)
        elif result.outcome is packages.Outcome.CONFLICT and result.held is not None:
            line = _t(
                CONFLICT,
                args.lang,
                file=result.path.name,
                occasion=occasion_phrase(result.held).message(args.lang),
                id=result.held.id,
                parts=parts_text(result.differences, args.lang),
            )
            print(line, file=sys.stderr)
        elif result.workshop is not None:
            occasion = occasion_phrase(result.workshop).message(args.lang)
            message = IMPORT_MESSAGES[result.outcome]
            _out(_t(message, args.lang, occasion=occasion, file=result.path.name))
            _out(result.workshop.id)
    return 0 if all(r.workshop is not None for r in results) else 1


def cmd_open(args: argparse.Namespace, library: ops.Library) -> int:
    from tillitverkstad.app import run_gui

    workshop_id = ops.resolve(library, args.id)
    return run_gui(data_dir=args.data_dir, open_id=workshop_id, present=args.present)


def cmd_delete(args: argparse.Namespace, library: ops.Library) -> int:
    workshop_id = ops.resolve(library, args.id)
    ws = ops.read(library, workshop_id)
    if not args.yes:  # deletion is real: the file and everything in it is gone
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "Deleting \u201c{group}\u201d {date} cannot be undone. Add --yes to delete it.",
            ),
            group=ws.group,
            date=ws.date.isoformat(),
        )
    ops.delete(library, workshop_id)
    _out(
        _t(
            QT_TRANSLATE_NOOP("cli", "Deleted \u201c{group}\u201d {date}."),
            args.lang,
            group=ws.group,
            date=ws.date.isoformat(),
        )
    )
    return 0


def cmd_finish(args: argparse.Namespace, library: ops.Library) -> int:
    ws = ops.finish(library, ops.resolve(library, args.id))
    _out(_t(QT_TRANSLATE_NOOP("cli", "Finished \u201c{group}\u201d."), args.lang, group=ws.group))
    return 0


def cmd_reopen(args: argparse.Namespace, library: ops.Library) -> int:
    ws = ops.reopen(library, ops.resolve(library, args.id))
    _out(_t(QT_TRANSLATE_NOOP("cli", "Reopened \u201c{group}\u201d."), args.lang, group=ws.group))
    return 0


def _minutes(middle: Sequence[str], items: Sequence[str]) -> dict[str, Any]:
    """``N`` (every step between the intro and the summary) or ``STEP=N``, repeatable."""
    minutes: dict[str, Any] = {}
    for item in items:
        step, _, value = item.rpartition("=")
        if not re.fullmatch(r"[0-9]{1,4}", value):  # not str.isdigit(): it takes "²"
            raise ValidationError(
                QT_TRANSLATE_NOOP("errors", "Write minutes as N or STEP=N, not {value}."),
                value=item,
            )
        for target in [step] if step else middle:
            minutes[target] = int(value)
    return minutes


def cmd_edit(args: argparse.Namespace, library: ops.Library) -> int:
    workshop_id = ops.resolve(library, args.id)
    changes: dict[DetailField, Any] = {}
    for field, value in (
        (DetailField.GROUP, args.group),
        (DetailField.ORGANISATION, args.organisation),
        (DetailField.FACILITATOR, args.facilitator),
        (DetailField.PARTICIPANTS, args.participants),
    ):
        if value is not None:
            changes[field] = value
    if args.date is not None:
        changes[DetailField.DATE] = parse_date(args.date)
    if args.names is not None:
        changes[DetailField.NAMES] = [n for n in args.names.split(",") if n.strip()]
    if args.minutes:
        steps = ops.read(library, workshop_id).steps
        changes[DetailField.MINUTES] = _minutes(agenda.middle_of(steps), args.minutes)
    if not changes:
        raise ValidationError(QT_TRANSLATE_NOOP("errors", "Say what to correct, e.g. --group."))
    ws = ops.correct(library, workshop_id, changes)
    _out(_t(QT_TRANSLATE_NOOP("cli", "Corrected \u201c{group}\u201d."), args.lang, group=ws.group))
    return 0


def cmd_follow_up(args: argparse.Namespace, library: ops.Library) -> int:
    date = parse_date(args.date) if args.date else None
    ws = ops.start_follow_up(
        library, ops.resolve(library, args.id), date=date, participants=args.participants
    )
    _out(
        _t(
            QT_TRANSLATE_NOOP("cli", "Created the follow-up of \u201c{group}\u201d on {date}."),
            args.lang,
            group=ws.group,
            date=ws.date.isoformat(),
        )
    )
    if ws.carried:
        _out(
            _t(
                QT_TRANSLATE_NOOP("cli", "{count} open actions from last time come along."),
                args.lang,
                count=len(ws.carried),
            )
        )
    _out(ws.id)
    return 0


COMMANDS: dict[str, Callable[[argparse.Namespace, ops.Library], int]] = {
    "demo": cmd_demo,
    "list": cmd_list,
    "export-json": cmd_export_json,
    "export-pdf": cmd_export_pdf,
    "import": cmd_import,
    "overview": cmd_overview,
    "open": cmd_open,
    "finish": cmd_finish,
    "delete": cmd_delete,
    "reopen": cmd_reopen,
    "edit": cmd_edit,
    "follow-up": cmd_follow_up,
}
# Commands that only read the library: they neither create nor clean its folder, so they
# work on a read-only library (an archive copy, a share) and leave no folder behind.
READS_ONLY = frozenset({"list", "export-json", "export-pdf", "overview"})


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; never a traceback: a message in the UI language, details in the log."""
    # Warnings go to the log file (when there is one), never to the terminal in English.
    root = logging.getLogger("tillitverkstad")
    if not any(isinstance(h, logging.NullHandler) for h in root.handlers):
        root.addHandler(logging.NullHandler())
    _replace_what_the_output_cannot_hold()
    language = language_of(sys.argv[1:] if argv is None else argv)
    args: argparse.Namespace | None = None
    try:
        package = opened_package(sys.argv[1:] if argv is None else argv)
        if package is not None:
            from tillitverkstad.app import run_gui

            return run_gui(package=package)
        args = build_parser(language).parse_args(argv)
        language = args.lang = args.lang or language
        return _run(args)
    except BrokenPipeError:  # ``list | head -1``: the reader has all it wants
        _silence_stdout()
        return 1
    except KeyboardInterrupt:
        return 130
    except TillitError as exc:
        print(exc.message(language), file=sys.stderr)
        return 1
    except Exception as exc:
        folder = ops.library_at(args.data_dir if args else None).data_dir
        log_file = setup_log_file(folder)
        log_exception(type(exc), exc.__traceback__, where="command")
        message = QT_TRANSLATE_NOOP(
            "cli", "Something unexpected went wrong. The details are in the log file {file}."
        )
        print(_t(message, language, file=str(log_file or "–")), file=sys.stderr)
        return 3


def opened_package(argv: Sequence[str]) -> Path | None:
    """The data package the system asks the app to open: "Open with" in Explorer or a file
    manager, or a file dropped on the app, starts it with the file's path alone."""
    if len(argv) != 1 or argv[0].startswith("-") or argv[0] in COMMANDS:
        return None
    path = Path(argv[0])
    return path if path.suffix.lower() == ".json" else None


def _run(args: argparse.Namespace) -> int:
    if args.self_test:
        from tillitverkstad.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from tillitverkstad.app import run_gui

        return run_gui(data_dir=args.data_dir)
    library = ops.library_at(args.data_dir, by_command=True)
    if args.command not in READS_ONLY:
        ops.prepare(library)
    return COMMANDS[args.command](args, library)


def _replace_what_the_output_cannot_hold() -> None:
    """A character the output's encoding lacks (cp1252 when Windows redirects output, ASCII
    under LANG=C) is printed as "?": a group named with "Ł" or an emoji must not crash a
    command after its work is done, before it prints the new id."""
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper):  # None for a GUI start on Windows
            stream.reconfigure(errors="replace")


def _silence_stdout() -> None:
    """Point stdout at the null device, so Python's exit flush cannot complain again."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass


if __name__ == "__main__":
    sys.exit(main())
