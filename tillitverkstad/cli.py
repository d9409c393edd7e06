"""Command line: headless commands, and the GUI when no command is given.

Kept free of Qt and ReportLab at import time so that ``list`` and friends start fast and
so the GUI's start path does not pay for the report module.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from tillitverkstad import __version__
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, system_language, translate
from tillitverkstad.storage.library import Library

if TYPE_CHECKING:
    from tillitverkstad.core.model import Workshop

log = logging.getLogger(__name__)


def _t(text: str, language: str, **params: object) -> str:
    return translate("cli", text, language).format(**params)


def _out(line: str) -> None:
    print(line, flush=True)


STATUS_LABELS = {
    "not_started": QT_TRANSLATE_NOOP("cli", "not started"),
    "in_progress": QT_TRANSLATE_NOOP("cli", "in progress"),
    "done": QT_TRANSLATE_NOOP("cli", "done"),
}


def cmd_demo(args: argparse.Namespace, library: Library) -> int:
    from tillitverkstad.core.content import load_content
    from tillitverkstad.core.demo import demo_workshop

    ws = demo_workshop(load_content(args.content_language or "sv"))
    library.add(ws)
    _out(
        _t(
            QT_TRANSLATE_NOOP("cli", "Created the demo workshop \u201c{group}\u201d."),
            args.lang,
            group=ws.group,
        )
    )
    _out(ws.id)
    return 0


def cmd_list(args: argparse.Namespace, library: Library) -> int:
    for item in library.list():
        if item.readable:
            status = _t(STATUS_LABELS.get(item.status, item.status), args.lang)
            _out(f"{item.id}  {item.date}  {status:<12}  {item.group}  ({item.organisation})")
        else:
            reason = translate("errors", item.error or "", args.lang)
            label = _t(QT_TRANSLATE_NOOP("cli", "UNREADABLE"), args.lang)
            _out(f"{item.id}  {label}: {reason}")
    return 0


def cmd_export_json(args: argparse.Namespace, library: Library) -> int:
    from tillitverkstad.core.package import dumps, to_package
    from tillitverkstad.storage.files import write_export

    ws = library.read(library.resolve(args.id))
    data = dumps(to_package(ws, private=args.private, names=args.names))
    path = write_export(Path(args.output), data, overwrite=args.force)
    _out(str(path))
    return 0


def _previous_of(library: Library, ws: Workshop) -> Workshop | None:
    """The earlier workshop a follow-up compares with, when it can still be read."""
    if not ws.follow_up_of:
        return None
    try:
        return library.read(ws.follow_up_of)
    except TillitError:
        log.warning("earlier workshop %s of %s is not readable", ws.follow_up_of, ws.id)
        return None


def cmd_export_pdf(args: argparse.Namespace, library: Library) -> int:
    from tillitverkstad.report import export_pdf, suggested_file_name  # late: loads ReportLab

    one = bool(args.id and args.output) and not (args.all or args.dir)
    every = bool(args.all and args.dir) and not (args.id or args.output)
    if not (one or every):
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "Give a workshop id and -o FILE, or --all and -d FOLDER.")
        )
    options = {"private": args.private, "names": args.names, "overwrite": args.force}
    if not args.all:
        ws = library.read(library.resolve(args.id))
        path = export_pdf(ws, Path(args.output), previous=_previous_of(library, ws), **options)
        _out(str(path))
        return 0
    folder = Path(args.dir)
    if not folder.is_dir():
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "The folder {folder} does not exist."), folder=str(folder)
        )
    failed = False
    used: set[str] = set()
    for item in library.list():
        if not item.readable:
            continue
        ws = library.read(item.id)
        name = suggested_file_name(ws)
        if name in used:  # same group and date twice: keep both, told apart by the id
            name = name.replace("_tillitverkstad.pdf", f"_{ws.id[:8]}_tillitverkstad.pdf")
        used.add(name)
        try:
            path = export_pdf(ws, folder / name, previous=_previous_of(library, ws), **options)
        except TillitError as exc:  # one bad file must not stop the others
            print(exc.message(args.lang), file=sys.stderr)
            failed = True
            continue
        _out(str(path))
    return 1 if failed else 0


def cmd_import(args: argparse.Namespace, library: Library) -> int:
    from tillitverkstad.core.package import as_new_workshop, from_package

    try:
        raw = Path(args.file).read_bytes()
    except OSError:
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read."), file=args.file
        ) from None
    ws = from_package(raw)
    if library.path_of(ws.id).exists():
        as_new_workshop(ws)
    library.add(ws)
    _out(_t(QT_TRANSLATE_NOOP("cli", "Imported \u201c{group}\u201d."), args.lang, group=ws.group))
    _out(ws.id)
    return 0


def cmd_open(args: argparse.Namespace, library: Library) -> int:
    from tillitverkstad.app import run_gui

    workshop_id = library.resolve(args.id)
    return run_gui(data_dir=args.data_dir, open_id=workshop_id, present=args.present)


COMMANDS: dict[str, Callable[[argparse.Namespace, Library], int]] = {
    "demo": cmd_demo,
    "list": cmd_list,
    "export-json": cmd_export_json,
    "export-pdf": cmd_export_pdf,
    "import": cmd_import,
    "open": cmd_open,
}


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tillitverkstad",
        description="Tillitverkstad: workshops on trust-based governance and leadership. "
        "Without a command, the app window opens.",
    )
    parser.add_argument("--version", action="version", version=f"tillitverkstad {__version__}")
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check headless that this installation works (demo, package, PDF); no window",
    )
    parser.add_argument(
        "--data-dir", type=Path, help="data folder (default: your user data folder)"
    )
    parser.add_argument("--lang", choices=LANGUAGES, help="language of messages (default: system)")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser("demo", help="create a filled example workshop; prints its id last")
    demo.add_argument("--content-language", choices=LANGUAGES, help="language of the content")
    sub.add_parser("list", help="one line per workshop, starting with its id")
    export = sub.add_parser("export-json", help="write a workshop as a JSON data package")
    export.add_argument("id", help="workshop id (a unique prefix is enough)")
    export.add_argument("-o", "--output", required=True, help="file to write")
    export.add_argument("--private", action="store_true", help="include private facilitator notes")
    export.add_argument("--names", action="store_true", help="include participant names")
    export.add_argument("--force", action="store_true", help="overwrite an existing file")
    pdf = sub.add_parser(
        "export-pdf",
        help="write the PDF report of one workshop (ID -o FILE) or of all (--all -d FOLDER)",
    )
    pdf.add_argument("id", nargs="?", help="workshop id (a unique prefix is enough)")
    pdf.add_argument("-o", "--output", help="file to write")
    pdf.add_argument("-d", "--dir", help="folder for --all (one PDF per workshop)")
    pdf.add_argument("--all", action="store_true", help="export every readable workshop")
    pdf.add_argument("--private", action="store_true", help="include private facilitator notes")
    pdf.add_argument("--names", action="store_true", help="include participant names")
    pdf.add_argument("--force", action="store_true", help="overwrite existing files")
    imp = sub.add_parser("import", help="import a JSON data package; prints the new id last")
    imp.add_argument("file")
    opener = sub.add_parser("open", help="open a workshop in the window")
    opener.add_argument("id", help="workshop id (a unique prefix is enough)")
    opener.add_argument("--present", action="store_true", help="start showing it to the group")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.lang = args.lang or system_language()
    if args.self_test:
        from tillitverkstad.selftest import run_self_test

        return run_self_test()
    if args.command is None:
        from tillitverkstad.app import run_gui

        return run_gui(data_dir=args.data_dir)
    library = Library(args.data_dir)
    try:
        return COMMANDS[args.command](args, library)
    except TillitError as exc:
        print(exc.message(args.lang), file=sys.stderr)
        return 1
    except Exception:  # never a traceback for the user; details go to the log
        log.exception("command %s failed", args.command)
        print(
            _t(QT_TRANSLATE_NOOP("cli", "Something unexpected went wrong."), args.lang),
            file=sys.stderr,
        )
        return 3


if __name__ == "__main__":
    sys.exit(main())
