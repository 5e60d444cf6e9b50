"""The one error type loaders and parsers raise: its message is a single line naming the problem."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager


class InputError(ValueError):
    """Bad input from a user or a file. ``str(err)`` is one line that names the field or token at fault."""


@contextmanager
def writing(path) -> Iterator[None]:
    """Turn an OSError raised while writing ``path`` into InputError("<path>: cannot write (<reason>)"),
    for the commands and exporters, which report it as one line (``with writing(path): atomic_write(…)``)."""
    try:
        yield
    except OSError as err:
        raise InputError(f"{path}: cannot write ({err.strerror or err})") from None
