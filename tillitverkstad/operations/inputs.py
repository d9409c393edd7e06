"""Files a person names for the app to read besides data packages (HR's *Nästa steg* for
the overview): the same limits as a package — an ordinary file (a link to one is followed)
of at most ``MAX_FILE_BYTES``, checked before reading and read without blocking, so
``/dev/zero``, a FIFO or a runaway log is refused at once — and a message for each refusal."""

from __future__ import annotations

from pathlib import Path

from tillitverkstad.core.bounds import MAX_FILE_BYTES
from tillitverkstad.core.errors import TillitError
from tillitverkstad.core.i18n import QT_TRANSLATE_NOOP
from tillitverkstad.core.text import clean_text
from tillitverkstad.storage.errors import NotARegularFileError
from tillitverkstad.storage.workshop_file import read_bounded


def read_text_file(path: Path) -> str:
    """The UTF-8 text of ``path`` (a BOM from a Windows editor is fine), as long as a note
    may be; a TillitError saying why not."""
    try:
        raw = read_bounded(Path(path), MAX_FILE_BYTES, follow_links=True)
    except NotARegularFileError:
        raise TillitError(
            QT_TRANSLATE_NOOP(
                "errors",
                "{file} is not an ordinary file (a folder, a device or a pipe); it cannot be read.",
            ),
            file=str(path),
        ) from None
    except ValueError:
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "The file {file} is larger than {limit} MB."),
            file=str(path),
            limit=MAX_FILE_BYTES // (1024 * 1024),
        ) from None
    except OSError:
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "The file {file} cannot be read."), file=str(path)
        ) from None
    try:
        return clean_text(raw.decode("utf-8-sig"))
    except UnicodeDecodeError:
        raise TillitError(
            QT_TRANSLATE_NOOP("errors", "The file {file} is not UTF-8 text."), file=str(path)
        ) from None
