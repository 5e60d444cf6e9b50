"""What several subcommands share: exit codes, the ``--option key=value`` parser, targets, summaries, the
checks of text and file arguments, and JSON output that is always JSON.

Every command module raises ``lstm_studio.document.errors.InputError`` for bad input; ``cli.main`` turns it
into one line on stderr and exit status 2. Results that overflow float64 are bad input too (the weights
are too large to compute with): :func:`check_finite` names the first number that is not finite, so no
command prints NaN or Infinity, in JSON or as text.
"""

from __future__ import annotations

import argparse
import json
import math
import os
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path

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
    p.add_argument("--input", required=True, type=text, help="tokens, e.g. PIG")
    if with_targets:
        p.add_argument("--targets", type=text, help="one target per step (default: the next input token)")
        p.add_argument("--many-to-one", action="store_true", help="only the last step has a target")
    p.add_argument("--json", action="store_true", help="machine-readable output")
    return p


def text(value: str) -> str:
    """argparse ``type`` of every text argument: refuses what is not text. Bytes that are not UTF-8 reach
    Python as lone surrogates, which no file or terminal can hold; they are fine in a file name only."""
    if any("\ud800" <= ch <= "\udfff" for ch in value):
        raise argparse.ArgumentTypeError("not valid UTF-8 text (the terminal passed bytes that are not characters)")
    return value


def output_file(value: str, flag: str = "--out") -> Path:
    """A file to write: it must have a name, and its folder must exist. (Whether it can be written is
    found out by writing it, atomically.)"""
    path = Path(value)
    if not value or path.name in ("", ".", "..") or value.endswith(("/", os.sep)):
        raise InputError(f"{flag} {value!r}: give a file name")
    if path.is_dir():
        raise InputError(f"{flag} {path}: is a folder; give a file name")
    if not path.parent.is_dir():
        raise InputError(f"{flag} {path}: the folder {path.parent} does not exist")
    return path


def _first_non_finite(value, where: str) -> str | None:
    if isinstance(value, float):
        return None if math.isfinite(value) else where
    items: Iterable[tuple[object, object]]
    if isinstance(value, dict):
        items = value.items()
    elif isinstance(value, (list, tuple)):
        items = enumerate(value)
    else:
        return None
    for key, item in items:
        found = _first_non_finite(item, f"{where}.{key}" if isinstance(key, str) else f"{where}[{key}]")
        if found:
            return found
    return None


def check_finite(value, what: str, root: str = ""):
    """``value`` (a number, or nested dicts and lists of numbers) if every number is finite; else InputError
    naming the first one that is not, from ``root``: ``run: steps[0].y[2] is not a finite number``."""
    where = _first_non_finite(value, root)
    if where is not None:
        raise InputError(
            f"{what}: {where.lstrip('.') or 'a result'} is not a finite number: the weights are too large to "
            "compute with in float64"
        )
    return value


def print_json(value, what: str) -> None:
    """Print ``value`` as strict JSON (never NaN or Infinity): InputError naming a non-finite number."""
    print(json.dumps(check_finite(value, what), allow_nan=False))


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
