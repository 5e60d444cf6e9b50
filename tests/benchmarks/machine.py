"""What the benchmarks need to say about the machine they ran on, so that a figure can be read honestly.

A shared machine makes wall-clock figures move by a factor of several. Each benchmark therefore measures,
interleaved with its own samples, the same fixed piece of work (:func:`reference_ms`): when that takes
longer than usual, the machine was busy at that moment. It also reports the GUI thread's CPU time beside
the wall-clock time (what the window itself spent, whoever else was running), the load average before
and after, and what the machine is (:func:`describe`).
"""

from __future__ import annotations

import os
import platform
import statistics
import sys
import time

import numpy as np

_A = np.random.default_rng(0).standard_normal((64, 64))


def reference_ms() -> float:
    """Milliseconds for a fixed mix of Python and small NumPy work like a view's update (about 2 ms on
    an idle laptop core): a loop of 2,000 small matrix-vector products and float formatting."""
    start = time.perf_counter()
    v = np.ones(64)
    text = []
    for k in range(2000):
        v = np.tanh(_A @ v)
        if k % 20 == 0:
            text.append(f"{float(v[0]):.3f}")
    return (time.perf_counter() - start) * 1000


def load() -> list[float]:
    """The 1, 5 and 15 minute load averages (empty where the system has none)."""
    try:
        return [round(x, 2) for x in os.getloadavg()]
    except (AttributeError, OSError):
        return []


def describe() -> dict:
    """The machine and the software the figures were taken with."""
    model = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as info:
            for line in info:
                if line.startswith("model name"):
                    model = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    try:
        from PySide6 import __version__ as qt
    except ImportError:  # the engine benchmark runs without Qt
        qt = None
    return {"cpu": model, "cores": os.cpu_count(), "python": sys.version.split()[0], "numpy": np.__version__,
            "pyside6": qt, "platform": platform.platform(terse=True), "date": time.strftime("%Y-%m-%d %H:%M %Z")}


def median(values: list[float]) -> float:
    return round(float(statistics.median(values)), 2) if values else float("nan")
