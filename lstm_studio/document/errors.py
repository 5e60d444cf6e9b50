"""The one error type loaders and parsers raise: its message is a single line naming the problem."""


class InputError(ValueError):
    """Bad input from a user or a file. ``str(err)`` is one line that names the field or token at fault."""
