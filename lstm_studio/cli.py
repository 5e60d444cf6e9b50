"""The ``lstm-studio`` command: it only dispatches. With no arguments it opens the window.

Each subcommand lives in ``lstm_studio/commands/<module>.py`` with ``register(subparsers)``; the list below
fixes their order in ``--help``. This module is the composition root of the command line
(docs/architecture.md): it alone reaches into the Qt app, handing commands the window and the PDF
typesetter as ``args.qt`` so that ``commands/`` never imports ``app/``.

Every bad input ends in one line on stderr, ``lstm-studio: error: <what is wrong>``, and exit status 2;
a gradient check that finds a disagreement exits with 1. The JSON outputs are documented in docs/cli.md.
"""

from __future__ import annotations

import argparse
import codecs
import importlib
import io
import sys

from lstm_studio import blas_threads

blas_threads.one_thread()  # before NumPy is imported: it reads the setting as it loads

import numpy as np  # noqa: E402

from lstm_studio import __version__  # noqa: E402
from lstm_studio.commands.common import EXIT_BAD_INPUT, QtServices  # noqa: E402
from lstm_studio.document.errors import InputError  # noqa: E402
from lstm_studio.engine import SpecError  # noqa: E402

#: ``lstm_studio/commands/<name>.py`` modules, in the order their subcommands appear in ``--help``.
COMMAND_MODULES: tuple[str, ...] = (
    "run", "grad", "gradcheck", "new", "info", "gui", "import_model", "export_model", "train", "sample",
    "formula", "worksheet", "lesson",
)


class _Parser(argparse.ArgumentParser):
    """argparse, but a usage error is one line and exit status 2 like every other bad input."""

    def error(self, message):
        # "lstm-studio worksheet: …", but not "lstm-studio: error: lstm-studio: …" for the top level.
        name = self.prog.removeprefix("lstm-studio").strip()
        raise InputError(f"{name}: {message}" if name else message)


def _open_window(model, **options) -> int:
    from lstm_studio.app.main import run_app

    return run_app(model, **options)


def _pdf_writer():
    from lstm_studio.app.worksheets.pdf.writer import pdf_bytes

    return pdf_bytes


QT = QtServices(open_window=_open_window, pdf_writer=_pdf_writer)


def _unencodable(err: UnicodeError):
    """Encoding error handler for standard output: the bytes a file name was decoded from (Python turns
    bytes that are not UTF-8 into U+DC80..U+DCFF) go out as those bytes, anything else the terminal's
    encoding cannot hold as a backslash escape. Printing a file name never ends in a traceback."""
    if not isinstance(err, UnicodeEncodeError):
        raise err
    out = bytearray()
    for ch in err.object[err.start : err.end]:
        code = ord(ch)
        out += bytes([code - 0xDC00]) if 0xDC80 <= code <= 0xDCFF else ch.encode("ascii", "backslashreplace")
    return bytes(out), err.end


codecs.register_error("lstm-studio", _unencodable)


def _printable_stdout() -> None:
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(errors="lstm-studio")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The whole command line, or with ``only`` one subcommand (opening the window need not import the
    other twelve: docs/performance.md)."""
    parser = _Parser(prog="lstm-studio", description="Watch recurrent neural cells work.")
    parser.add_argument("--version", action="version", version=f"lstm-studio {__version__}")
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)
    for name in COMMAND_MODULES:
        if only is None or name == only:
            importlib.import_module(f"lstm_studio.commands.{name}").register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    _printable_stdout()
    parser = build_parser("gui" if not argv or argv[0] == "gui" else None)
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            args = parser.parse_args(["gui"])
        args.qt = QT
        # Overflow is reported by the commands themselves (commands.common.check_finite), in one line,
        # not as NumPy's RuntimeWarnings on the way to it.
        with np.errstate(all="ignore"):
            return int(args.func(args) or 0)
    except (InputError, SpecError) as err:
        print(f"lstm-studio: error: {err}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except BrokenPipeError:
        return 0
    except KeyboardInterrupt:
        print("lstm-studio: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
