"""What several subcommands share: exit codes, the ``--option key=value`` parser, targets, summaries.

Every command module raises ``lstm_studio.document.errors.InputError`` for bad input; ``cli.main`` turns it
into one line on stderr and exit status 2.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from lstm_studio.document import tokens
from lstm_studio.document.errors import InputError

EXIT_BAD_INPUT = 2
EXIT_CHECK_FAILED = 1


def parse_options(pairs: list[str] | None) -> dict[str, str]:
    """``--option reset=after --option update=z_keeps_old`` -> {"reset": "after", "update": "z_keeps_old"}."""
    options = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip() or not value.strip():
            raise InputError(f"--option {pair!r}: expected key=value, e.g. reset=after")
        options[key.strip()] = value.strip()
    return options


def targets(model, text: str | None, inputs: list[int], many_to_one: bool) -> list[int]:
    """Target indices, −1 where a step has no target.

    Default: the next input token at each step and no target at the last one. With ``many_to_one`` the
    single target given belongs to the last step.
    """
    n = len(inputs)
    if text is None:
        if many_to_one:
            raise InputError("targets: --many-to-one needs --targets with the target of the last step")
        return inputs[1:] + [-1]
    found = tokens.parse(text, model.vocab, "targets")
    if many_to_one:
        if len(found) != 1:
            raise InputError(f"targets: --many-to-one takes one target token, got {len(found)}")
        return [-1] * (n - 1) + found
    if len(found) != n:
        raise InputError(f"targets: {len(found)} tokens for {n} input steps (give one target per step)")
    return found


def sequence_command(subparsers, name: str, summary: str, func, with_targets: bool):
    """The parser of run, grad or gradcheck (returned for more arguments): a model, an input and, for
    gradients, the targets; ``func`` runs the command."""
    p = subparsers.add_parser(name, help=summary)
    p.set_defaults(func=func)
    p.add_argument("model", help="model file (JSON)")
    p.add_argument("--input", required=True, help="tokens, e.g. PIG")
    if with_targets:
        p.add_argument("--targets", help="one target per step (default: the next input token)")
        p.add_argument("--many-to-one", action="store_true", help="only the last step has a target")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p


def vec(a) -> list[float]:
    return np.asarray(a, dtype=float).tolist()


def fmt(a, width: int = 7) -> str:
    return "[" + " ".join(f"{v:{width}.4f}" for v in np.asarray(a).ravel()) + "]"


def describe(model) -> str:
    """One line: name, cell and conventions, sizes, vocabulary."""
    options = ", ".join(f"{k}={v}" for k, v in model.spec.options)
    shape = f"hidden {model.hidden_size}"
    if model.layers > 1:
        shape += f", {model.layers} layers"
    if model.bidirectional:
        shape += ", bidirectional"
    cell = model.cell + (f" ({options})" if options else "")
    title = f"{model.name}: " if model.name else ""
    return f"{title}{cell}, {shape}, vocabulary {' '.join(model.vocab)}"


@dataclass(frozen=True)
class QtServices:
    """What a command may need from the Qt application, handed in as ``args.qt`` by ``lstm_studio.cli``.

    Commands never import ``lstm_studio.app`` themselves (docs/architecture.md, "Layers"): the command line
    stays usable, and testable, without the window. ``open_window(model, screenshot=, panel=, input=)``
    runs the app and returns its exit status; ``pdf_writer()`` returns the worksheet PDF typesetter,
    ``(worksheets, key, paper) -> bytes`` (lstm_studio.worksheets.export.PdfWriter).
    """

    open_window: Callable[..., int]
    pdf_writer: Callable[[], Callable]
