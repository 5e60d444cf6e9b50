"""Reading the small text files users hand the commands (rosters, answers, a training text), safely.

A file that is missing, a folder, a device or a pipe, too large, or not text ends in one line naming it
(:class:`InputError`); never a hang on a FIFO, never a traceback. Text is UTF-8 (with or without a
byte-order mark) or, failing that, Windows-1252, as spreadsheets on Windows save CSV; a caller may allow
fewer encodings.
"""

from __future__ import annotations

from pathlib import Path

from lstm_studio.document.errors import InputError

#: What a file may be written in, tried in order: UTF-8 (a byte-order mark dropped), then Windows-1252.
ENCODINGS = ("utf-8-sig", "cp1252")


def decode(data: bytes, where: str, encodings: tuple[str, ...] = ENCODINGS) -> str:
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{where}: not a text file")


def read_text(path: str | Path, where: str, limit: int, what: str, encodings: tuple[str, ...] = ENCODINGS) -> str:
    """The text of the file at ``path`` (at most ``limit`` bytes, in one of ``encodings``); ``where`` names it
    in messages, ``what`` says what it should be."""
    path = Path(path)
    if path.exists() and not path.is_file():
        raise InputError(f"{where}: not a regular file")
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except FileNotFoundError:
        raise InputError(f"{where}: no such file") from None
    except OSError as err:
        raise InputError(f"{where}: cannot read ({err.strerror or err})") from None
    if len(data) > limit:
        raise InputError(f"{where}: larger than {limit // 1000} kB; not {what}")
    return decode(data, where, encodings)
