"""``lstm-studio gui [MODEL|LESSON] [--step N] [--input PIG] [--panel NAME] [--language CODE]
[--screenshot FILE.png]``: open the window (on a lesson file: the lesson, at step N or where the student left
it), in the chosen language, or render it offscreen to a PNG and exit (docs/cli.md)."""

from __future__ import annotations

import os
import sys

from lstm_studio.document.errors import InputError


def no_display() -> bool:
    """True on Linux with neither X11 nor Wayland and no Qt platform chosen: Qt would abort."""
    return (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY"))


def cmd_gui(args) -> int:
    if no_display():
        if not args.screenshot:
            raise InputError("gui: no display (DISPLAY is not set); use --screenshot FILE.png to render offscreen")
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    if args.screenshot:
        # The offscreen platform warns about every window-manager hint it cannot honour; none matter here.
        os.environ.setdefault("QT_LOGGING_RULES", "qt.qpa.*=false;default.warning=false")
    if args.step is not None and args.step < 1:
        raise InputError(f"gui: --step {args.step}: steps count from 1")
    options = {"screenshot": args.screenshot, "panel": args.panel, "input": args.input,
               "language": args.language}
    if args.step is not None:
        options["step"] = args.step
    return args.qt.open_window(args.model, **options)


def register(subparsers) -> None:
    p = subparsers.add_parser("gui", help="open the window")
    p.add_argument("model", nargs="?", help="model or lesson file (default: the RNN preset)")
    p.add_argument("--step", type=int, metavar="N", help="with a lesson file: open it at step N (from 1)")
    p.add_argument("--input", help="the sequence to show, e.g. PIG (default: the model's own)")
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window to a PNG and exit")
    p.add_argument("--panel", help="show this panel: cell, unrolled, equations, gradients, gates, heatmaps, …")
    p.add_argument("--language", metavar="CODE",
                   help="the window's language for this run: en, de, vi or zh_CN (default: as chosen in "
                        "View > Language, else the system's; docs/i18n.md)")
    p.set_defaults(func=cmd_gui)
