"""The command line's arguments: the parser, its help in the UI language, and argparse's
complaints turned into one translated line (argparse itself speaks only English)."""

from __future__ import annotations

import argparse
import re
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from tillitverkstad import __version__
from tillitverkstad.cli_overview import add_overview_parser
from tillitverkstad.core.errors import ValidationError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP, system_language, translate
from tillitverkstad.core.languages import content_languages, ui_languages

DESCRIPTION = QT_TRANSLATE_NOOP(
    "cli",
    "Workshops on trust-based governance and leadership. Without a command, the window opens.",
)
SEE_HELP = QT_TRANSLATE_NOOP("errors", "See tillitverkstad --help.")
# argparse's own words in the help, translated like ours.
USAGE = QT_TRANSLATE_NOOP("cli", "usage: ")
POSITIONALS = QT_TRANSLATE_NOOP("cli", "positional arguments")
OPTIONS = QT_TRANSLATE_NOOP("cli", "options")
HELP = QT_TRANSLATE_NOOP("cli", "show this help and exit")


class CommandLineError(ValidationError):
    """Arguments argparse could not make sense of; said in the UI language."""

    def message(self, language: str) -> str:
        return f"{super().message(language)} {translate('errors', SEE_HELP, language)}"


# What argparse says (English), and how we say it: the argument and value are quoted as
# given, everything else translated.
_COMPLAINTS = (
    (
        re.compile(
            r"argument (?P<argument>[^:]+): invalid (?:\w+ value|choice): '(?P<value>[^']*)'"
        ),
        QT_TRANSLATE_NOOP("errors", "{value} is not a possible value for {argument}."),
    ),
    (
        re.compile(r"argument (?P<argument>[^:]+): expected (?:one|at least one) argument"),
        QT_TRANSLATE_NOOP("errors", "{argument} needs a value."),
    ),
    (
        re.compile(r"the following arguments are required: (?P<names>.+)"),
        QT_TRANSLATE_NOOP("errors", "Missing: {names}."),
    ),
    (
        re.compile(r"unrecognized arguments: (?P<names>.+)"),
        QT_TRANSLATE_NOOP("errors", "Not understood: {names}."),
    ),
    (
        re.compile(r"argument (?P<argument>[^:]+): not allowed with argument (?P<other>.+)"),
        QT_TRANSLATE_NOOP("errors", "{argument} cannot be given with {other}."),
    ),
)
UNREADABLE = QT_TRANSLATE_NOOP("errors", "The command line could not be understood.")


def complaint(message: str) -> CommandLineError:
    """argparse's English ``message`` as one of our translated ones."""
    for pattern, text in _COMPLAINTS:
        found = pattern.search(message)
        if found:
            return CommandLineError(text, **found.groupdict())
    return CommandLineError(UNREADABLE)


def language_of(argv: Sequence[str]) -> str:
    """The language asked for with ``--lang`` (needed before parsing: help and errors are
    said in it), else the system's."""
    for index, arg in enumerate(argv):
        value = arg.partition("=")[2] if arg.startswith("--lang=") else None
        if arg == "--lang" and index + 1 < len(argv):
            value = argv[index + 1]
        if value in ui_languages():
            return value
    return system_language()


def _parser_class(language: str) -> type[argparse.ArgumentParser]:
    def tr(text: str) -> str:
        return translate("cli", text, language)

    class Formatter(argparse.HelpFormatter):
        def _expand_help(self, action: argparse.Action) -> str:
            if action.help:
                action.help = tr(action.help)
            return super()._expand_help(action)

        def add_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any = None) -> None:
            super().add_usage(usage, actions, groups, tr(USAGE) if prefix is None else prefix)

    class Parser(argparse.ArgumentParser):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            kwargs.setdefault("formatter_class", Formatter)
            kwargs["add_help"] = False
            if kwargs.get("description"):
                kwargs["description"] = tr(kwargs["description"])
            super().__init__(*args, **kwargs)
            self._positionals.title, self._optionals.title = tr(POSITIONALS), tr(OPTIONS)
            self.add_argument("-h", "--help", action="help", help=HELP)

        def error(self, message: str) -> Any:
            raise complaint(message)

    return Parser


def data_folder(text: str) -> Path:
    """``--data-dir``'s value. An empty one (``--data-dir "$UNSET"``) is refused: as a path
    it means the current folder, which would put personal data wherever the shell stands."""
    if not text.strip():
        raise ValidationError(
            QT_TRANSLATE_NOOP(
                "errors",
                "--data-dir is empty. Name a folder, or leave --data-dir out to use your "
                "user data folder.",
            )
        )
    return Path(text)


def _id_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "id", help=QT_TRANSLATE_NOOP("cli", "workshop id (a unique prefix is enough)")
    )


def _export_parser(sub, name: str, summary: str, folder: str, overwrite: str) -> None:
    """``export-json`` and ``export-pdf``: one workshop to a file, or all to a folder."""
    parser = sub.add_parser(name, help=summary)
    parser.add_argument(
        "id", nargs="?", help=QT_TRANSLATE_NOOP("cli", "workshop id (a unique prefix is enough)")
    )
    parser.add_argument("-o", "--output", help=QT_TRANSLATE_NOOP("cli", "file to write"))
    parser.add_argument("-d", "--dir", help=folder)
    for flag, text in (
        ("--all", QT_TRANSLATE_NOOP("cli", "export every readable workshop")),
        ("--private", QT_TRANSLATE_NOOP("cli", "include private facilitator notes")),
        ("--names", QT_TRANSLATE_NOOP("cli", "include participant names")),
        ("--force", overwrite),
    ):
        parser.add_argument(flag, action="store_true", help=text)


def build_parser(language: str) -> argparse.ArgumentParser:
    """The command line, its help in ``language``."""
    parser = _parser_class(language)(
        prog="tillitverkstad",
        description=DESCRIPTION,
    )
    parser.add_argument(
        "--version",
        action="version",
        version=f"tillitverkstad {__version__}",
        help=QT_TRANSLATE_NOOP("cli", "show the version and exit"),
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli", "check headless that this installation works (demo, package, PDF); no window"
        ),
    )
    parser.add_argument(
        "--data-dir",
        type=data_folder,
        help=QT_TRANSLATE_NOOP("cli", "data folder (default: your user data folder)"),
    )
    parser.add_argument(
        "--lang",
        choices=ui_languages(),
        help=QT_TRANSLATE_NOOP("cli", "language of messages (default: system)"),
    )
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    demo = sub.add_parser(
        "demo",
        help=QT_TRANSLATE_NOOP("cli", "create a filled example workshop; prints its id last"),
    )
    demo.add_argument(
        "--content-language",
        choices=content_languages(),
        help=QT_TRANSLATE_NOOP("cli", "language of the content"),
    )
    sub.add_parser(
        "list", help=QT_TRANSLATE_NOOP("cli", "one line per workshop, starting with its id")
    )
    _export_parser(
        sub,
        "export-json",
        QT_TRANSLATE_NOOP(
            "cli", "write the data package of one workshop (ID -o FILE) or of all (--all -d FOLDER)"
        ),
        QT_TRANSLATE_NOOP("cli", "folder for --all (one package per workshop)"),
        QT_TRANSLATE_NOOP("cli", "overwrite an existing file"),
    )
    _export_parser(
        sub,
        "export-pdf",
        QT_TRANSLATE_NOOP(
            "cli", "write the PDF report of one workshop (ID -o FILE) or of all (--all -d FOLDER)"
        ),
        QT_TRANSLATE_NOOP("cli", "folder for --all (one PDF per workshop)"),
        QT_TRANSLATE_NOOP("cli", "overwrite existing files"),
    )
    imp = sub.add_parser(
        "import",
        help=QT_TRANSLATE_NOOP(
            "cli", "import JSON data packages; prints each new id after its group"
        ),
    )
    imp.add_argument("files", nargs="+", metavar="FILE")
    versions = imp.add_mutually_exclusive_group()
    versions.add_argument(
        "--replace",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "when the library holds another version of a workshop, the file's version takes "
            "its place (private notes and names the file leaves out are kept)",
        ),
    )
    versions.add_argument(
        "--keep-both",
        action="store_true",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "when the library holds another version of a workshop, the file's version is "
            "added as a second copy",
        ),
    )
    add_overview_parser(sub)
    opener = sub.add_parser("open", help=QT_TRANSLATE_NOOP("cli", "open a workshop in the window"))
    _id_argument(opener)
    opener.add_argument(
        "--present",
        action="store_true",
        help=QT_TRANSLATE_NOOP("cli", "start showing it to the group"),
    )
    deleter = sub.add_parser(
        "delete",
        help=QT_TRANSLATE_NOOP("cli", "delete a workshop for good (it holds personal data)"),
    )
    _id_argument(deleter)
    deleter.add_argument(
        "--yes", action="store_true", help=QT_TRANSLATE_NOOP("cli", "yes, delete it for good")
    )
    _id_argument(
        sub.add_parser(
            "finish", help=QT_TRANSLATE_NOOP("cli", "mark a workshop finished (records the time)")
        )
    )
    _id_argument(
        sub.add_parser(
            "reopen", help=QT_TRANSLATE_NOOP("cli", "open a finished workshop again for correction")
        )
    )
    edit = sub.add_parser(
        "edit",
        help=QT_TRANSLATE_NOOP(
            "cli", "correct a workshop's details; logged once the workshop has started"
        ),
    )
    _id_argument(edit)
    edit.add_argument("--group", help=QT_TRANSLATE_NOOP("cli", "group name"))
    edit.add_argument("--organisation", help=QT_TRANSLATE_NOOP("cli", "organisation or unit"))
    edit.add_argument("--date", help=QT_TRANSLATE_NOOP("cli", "date, YYYY-MM-DD"))
    edit.add_argument("--facilitator", help=QT_TRANSLATE_NOOP("cli", "facilitator"))
    edit.add_argument(
        "--participants", type=int, help=QT_TRANSLATE_NOOP("cli", "number of participants")
    )
    edit.add_argument(
        "--names", help=QT_TRANSLATE_NOOP("cli", "participant names, comma-separated ('' for none)")
    )
    edit.add_argument(
        "--minutes",
        action="append",
        metavar="[STEP=]N",
        help=QT_TRANSLATE_NOOP(
            "cli",
            "planned minutes: N for each step between intro and summary, or STEP=N (repeatable)",
        ),
    )
    follow = sub.add_parser(
        "follow-up",
        help=QT_TRANSLATE_NOOP(
            "cli", "start a follow-up of a workshop for the same group; prints its id last"
        ),
    )
    _id_argument(follow)
    follow.add_argument(
        "--date",
        help=QT_TRANSLATE_NOOP("cli", "date of the follow-up, YYYY-MM-DD (default: today)"),
    )
    follow.add_argument(
        "--participants",
        type=int,
        help=QT_TRANSLATE_NOOP("cli", "number of participants this time"),
    )
    return parser
