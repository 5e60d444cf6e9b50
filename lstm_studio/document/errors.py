"""The one error type loaders and parsers raise: its message is a single line naming the problem."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager

from lstm_studio.document.wording import Message

#: Longer messages are cut (a key of a million characters must not make a million-character line).
MAX_MESSAGE = 1000
#: Control characters, line and paragraph separators and lone surrogates: shown as escapes.
_UNSAFE = {"Cc", "Zl", "Zp", "Cs"}


def one_line(text: str) -> str:
    """``text`` with every character that could start a new line or not be printed (control characters,
    U+2028/U+2029, lone surrogates) written as its Python escape, so it prints as one line anywhere."""
    if text.isprintable():
        return text
    return "".join(repr(ch)[1:-1] if unicodedata.category(ch) in _UNSAFE else ch for ch in text)


class InputError(ValueError):
    """Bad input from a user or a file. ``str(err)`` is one line that names the field or token at fault.

    The message is made one line here, whatever text from a file or a user it quotes, so that no file can
    add lines to an error (a forged ``lstm-studio: ok`` line) or make it unprintable.

    A message made as a :class:`~lstm_studio.document.wording.Message` is also kept as one in ``wording``, so
    that the window can show it in its language (the command line prints the English ``str(err)``)."""

    def __init__(self, message: object = "") -> None:
        super().__init__(short_line(str(message)))
        self.wording: Message | None = message if isinstance(message, Message) else None


def within(where: object, err: InputError) -> InputError:
    """``err`` told about ``where`` (a file, a field): ``<where>: <err>``, its wording kept for the window."""
    return InputError(Message("InputErrors", "{where}: {problem}", where=str(where), problem=err.wording or str(err)))


def short_line(text: str) -> str:
    """``text`` as one line (:func:`one_line`) of at most MAX_MESSAGE characters."""
    text = one_line(text)
    return text if len(text) <= MAX_MESSAGE else text[: MAX_MESSAGE - 1] + "…"


@contextmanager
def writing(path) -> Iterator[None]:
    """Turn an OSError raised while writing ``path`` into InputError("<path>: cannot write (<reason>)"),
    for the commands and exporters, which report it as one line (``with writing(path): atomic_write(…)``)."""
    try:
        yield
    except OSError as err:
        raise unwritable(path, err) from None


def unwritable(path: object, err: OSError) -> InputError:
    """``<path>: cannot write (<the system's reason>)``; the reason stays in the system's words."""
    return InputError(Message("InputErrors", "{file}: cannot write ({reason})", file=str(path),
                              reason=err.strerror or str(err)))
