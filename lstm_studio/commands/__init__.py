"""Subcommands of ``lstm-studio`` that live in their own module (see ``cli.COMMAND_MODULES``).

A module here raises ``lstm_studio.document.errors.InputError`` for bad input; ``cli.main`` turns that
into one line on stderr and exit status 2.
"""
