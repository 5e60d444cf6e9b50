"""Reading a file a user named, with the limits checked before anything large is allocated.

Every loader (model files, weight files, training texts) reads through :func:`read_limited`: only a
regular file is opened (a FIFO would block forever, ``/dev/zero`` would never end, and both report a
size of 0), its size is checked against the loader's limit before reading, and the read itself stops
one byte past the limit in case the file grows meanwhile. The limits and their reasons are listed in
docs/limits.md.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from lstm_studio.document.errors import InputError
from lstm_studio.document.wording import Message

#: The kinds of file the window opens, with their article, worded for its languages (docs/i18n.md).
KINDS = {"file": Message("InputErrors", "a file"), "model file": Message("InputErrors", "a model file"),
         "lesson file": Message("InputErrors", "a lesson file"), "weight file": Message("InputErrors", "a weight file"),
         "progress file": Message("InputErrors", "a progress file"),
         "answers file": Message("InputErrors", "an answers file")}


def mebibytes(size: int) -> str:
    """A size for a message: ``67108864`` -> ``64 MB`` (binary megabytes, as file managers show them) when
    it is whole megabytes or more than 10 of them, else the bytes: ``1,000,000 bytes``."""
    if size % 2**20 == 0 or size > 10 * 2**20:
        return f"{size / 2**20:.3g} MB"
    return f"{size:,} bytes"


def _a(what: str) -> str:
    """``what`` with its indefinite article: ``a model file``, ``an answers file``."""
    return KINDS.get(what) or f"{'an' if what[:1] in 'aeiou' else 'a'} {what}"


def read_limited(path: str | os.PathLike, limit: int, what: str = "file", where: str | None = None) -> bytes:
    """The whole of ``path`` if it is a regular file of at most ``limit`` bytes; otherwise InputError naming
    the file (as ``where``, by default its path) and the problem (``what`` says what kind of file was
    expected, for the messages)."""
    path = Path(path)
    name = path if where is None else where
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError(Message("InputErrors", "{file}: no such file", file=str(name))) from None
    except OSError as err:
        raise _unreadable(name, err) from None
    if stat.S_ISDIR(info.st_mode):
        raise InputError(Message("InputErrors", "{file}: is a folder, not {kind}", file=str(name), kind=_a(what)))
    if not stat.S_ISREG(info.st_mode):
        raise InputError(Message("InputErrors", "{file}: not a regular file (a device, a pipe or a socket), not {kind}",
                                 file=str(name), kind=_a(what)))
    if info.st_size > limit:
        raise InputError(Message("InputErrors", "{file}: {size}, larger than the limit of {limit} for {kind}",
                                 file=str(name), size=mebibytes(info.st_size), limit=mebibytes(limit), kind=_a(what)))
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as err:
        raise _unreadable(name, err) from None
    if len(data) > limit:
        raise InputError(Message("InputErrors", "{file}: larger than the limit of {limit} for {kind}", file=str(name),
                                 limit=mebibytes(limit), kind=_a(what)))
    return data


def _unreadable(name: object, err: OSError) -> InputError:
    """``<file>: cannot read (<the system's reason>)``; the reason stays in the system's words."""
    return InputError(Message("InputErrors", "{file}: cannot read ({reason})", file=str(name),
                              reason=err.strerror or str(err)))
