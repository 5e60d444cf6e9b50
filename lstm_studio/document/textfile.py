"""Reading the small text files users hand the commands (rosters, answers, a training text), safely.

A file that is missing, a folder, a device or a pipe, too large, or not text ends in one line naming it
(:class:`InputError`); never a hang on a FIFO, never a traceback. Text is UTF-8 (with or without a
byte-order mark) or, failing that, Windows-1252, as spreadsheets on Windows save CSV; a caller may allow
fewer encodings.
"""

from __future__ import annotations

from pathlib import Path

from lstm_studio.document.errors import InputError
from lstm_studio.document.reading import read_limited

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
    """The text of the file at ``path`` (a regular file of at most ``limit`` bytes, read through
    :func:`~lstm_studio.document.reading.read_limited`, in one of ``encodings``); ``where`` names it in
    messages, ``what`` says what it should be."""
    return decode(read_limited(path, limit, what, where), where, encodings)
