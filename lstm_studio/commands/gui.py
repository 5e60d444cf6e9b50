"""``lstm-studio gui [MODEL] [--input PIG] [--panel NAME] [--language CODE] [--screenshot FILE.png]``: open
the window, or render it offscreen to a PNG and exit (docs/cli.md)."""

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
    return args.qt.open_window(args.model, screenshot=args.screenshot, panel=args.panel, input=args.input,
                               language=args.language)


def register(subparsers) -> None:
    p = subparsers.add_parser("gui", help="open the window")
    p.add_argument("model", nargs="?", help="model file (default: the RNN preset)")
    p.add_argument("--input", help="the sequence to show, e.g. PIG (default: the model's own)")
    p.add_argument("--screenshot", metavar="FILE.png", help="render the window to a PNG and exit")
    p.add_argument("--panel", help="show this panel: cell, unrolled, equations, gradients, gates, heatmaps, …")
    p.add_argument("--language", metavar="CODE",
                   help="the window's language for this run: en, de, vi or zh_CN (default: as chosen in "
                        "View > Language, else the system's; docs/i18n.md)")
    p.set_defaults(func=cmd_gui)
