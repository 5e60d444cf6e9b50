"""Time from launch to window of the bundled app, on a real X server (Xvfb when no DISPLAY is set).

    python3 packaging/measure_startup.py [EXECUTABLE] [--runs 5]

EXECUTABLE defaults to the PyInstaller folder build/pyinstaller/dist/lstm-studio/lstm-studio. Each run
starts it with ``env -i`` (only DISPLAY and a scratch HOME) as ``lstm-studio gui``, polls the X server
until the app's viewable top-level window (class "LSTM Studio") exists, prints the time and closes it. Needs
``xwininfo`` (Debian package x11-utils) and, without a display, ``Xvfb`` (package xvfb). The first run
after unpacking reads the files from disk; the later ones mostly from the page cache.
"""

from __future__ import annotations

import argparse
import os
import re
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "build" / "pyinstaller" / "dist" / "lstm-studio" / "lstm-studio"
TITLE = "LSTM Studio"
POLL_S = 0.01
LIMIT_S = 60.0


def start_xvfb() -> tuple[subprocess.Popen, str]:
    for number in range(90, 110):
        if not Path(f"/tmp/.X11-unix/X{number}").exists() and not Path(f"/tmp/.X{number}-lock").exists():
            server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1920x1080x24", "-nolisten", "tcp"],
                                      stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            deadline = time.monotonic() + 10
            while not Path(f"/tmp/.X11-unix/X{number}").exists():
                if time.monotonic() > deadline or server.poll() is not None:
                    raise SystemExit("measure_startup.py: Xvfb did not start")
                time.sleep(0.05)
            return server, f":{number}"
    raise SystemExit("measure_startup.py: no free display number")


def window_shown(display: str) -> bool:
    """A viewable top-level window of class TITLE (Qt's WM_CLASS is the executable's and the application's
    name; its title is not matched, since xwininfo cannot print a non-ASCII title in the C locale)."""
    env = {"DISPLAY": display}
    tree = subprocess.run(["xwininfo", "-root", "-tree"], capture_output=True, text=True, env=env).stdout
    for window_id in re.findall(rf'^\s+(0x[0-9a-f]+) .*\("[^"\n]*" "{TITLE}"\)', tree, re.M):
        info = subprocess.run(["xwininfo", "-id", window_id], capture_output=True, text=True, env=env).stdout
        if "Map State: IsViewable" in info:
            return True
    return False


def one_run(executable: Path, display: str) -> float:
    with tempfile.TemporaryDirectory() as home:
        start = time.monotonic()
        app = subprocess.Popen(["env", "-i", f"DISPLAY={display}", f"HOME={home}", str(executable), "gui"],
                               stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        try:
            while not window_shown(display):
                if app.poll() is not None:
                    raise SystemExit(f"measure_startup.py: the app exited: {app.stderr.read().decode()[-2000:]}")
                if time.monotonic() - start > LIMIT_S:
                    raise SystemExit(f"measure_startup.py: no window after {LIMIT_S:.0f} s")
                time.sleep(POLL_S)
            return time.monotonic() - start
        finally:
            app.terminate()
            app.wait(10)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("executable", nargs="?", type=Path, default=DEFAULT)
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    if not args.executable.is_file():
        raise SystemExit(f"measure_startup.py: no {args.executable} (make bundle builds it)")
    server, display = (None, os.environ["DISPLAY"]) if os.environ.get("DISPLAY") else start_xvfb()
    try:
        times = [one_run(args.executable.resolve(), display) for _ in range(args.runs)]
    finally:
        if server is not None:
            server.terminate()
            server.wait(10)
    print("launch to window: " + ", ".join(f"{t:.2f}" for t in times) + " s")
    print(f"first {times[0]:.2f} s, median {statistics.median(times):.2f} s, best {min(times):.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
