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

from tillitverkstad import __version__
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.i18n import LANGUAGES, QT_TRANSLATE_NOOP, system_language, translate
from tillitverkstad.storage.library import Library

log = logging.getLogger(__name__)


def _t(text: str, language: str, **params: object) -> str:
    return translate("cli", text, language).format(**params)


def _out(line: str) -> None:
    print(line, flush=True)


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
            _out(f"{item.id}  {item.date}  {item.status:<11}  {item.group}  ({item.organisation})")
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
    imp = sub.add_parser("import", help="import a JSON data package; prints the new id last")
    imp.add_argument("file")
    opener = sub.add_parser("open", help="open a workshop in the window")
    opener.add_argument("id", help="workshop id (a unique prefix is enough)")
    opener.add_argument("--present", action="store_true", help="start showing it to the group")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    args.lang = args.lang or system_language()
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
