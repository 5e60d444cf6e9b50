"""The system libraries Qt's X11 window needs on Linux, checked before Qt starts (README, "Set up and run").

PySide6 brings Qt itself but not the X11 and OpenGL libraries of the system. When one is missing, Qt's xcb
platform plugin fails to load and Qt names ``libxcb-cursor0`` whatever the missing library is; the app
looks for each library first and names the one that is missing, with the Debian/Ubuntu package that
holds it. The list is what ``ldd`` shows for the plugin, Qt's GUI libraries and their GL integrations
(base libraries every system has, such as libc and zlib, left out). Imports no Qt.
"""

from __future__ import annotations

import ctypes
import os
import sys

#: shared library -> the Debian/Ubuntu package that holds it
NEEDED = {
    "libxcb.so.1": "libxcb1",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxcb-glx.so.0": "libxcb-glx0",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libdbus-1.so.3": "libdbus-1-3",
    "libglib-2.0.so.0": "libglib2.0-0",
}


def uses_x11(environ=os.environ, platform: str = sys.platform) -> bool:
    """Whether Qt will open its window through X11 (xcb): Linux, no other platform chosen, no Wayland."""
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(":")[0].split(";")[0] == "xcb"
    return bool(environ.get("DISPLAY")) and not environ.get("WAYLAND_DISPLAY")


def missing(load=ctypes.CDLL) -> list[str]:
    """The libraries of :data:`NEEDED` that cannot be loaded, in the table's order."""
    absent = []
    for name in NEEDED:
        try:
            load(name)
        except OSError:
            absent.append(name)
    return absent


def problem(environ=os.environ, platform: str = sys.platform, load=ctypes.CDLL) -> str | None:
    """One line naming the missing libraries and the command that installs them, or None when the window
    can open (or does not go through X11)."""
    if not uses_x11(environ, platform):
        return None
    absent = missing(load)
    if not absent:
        return None
    packages = " ".join(dict.fromkeys(NEEDED[name] for name in absent))
    return (f"the window needs the system {'library' if len(absent) == 1 else 'libraries'} "
            f"{', '.join(absent)}, not found (Debian/Ubuntu: sudo apt install {packages})")
