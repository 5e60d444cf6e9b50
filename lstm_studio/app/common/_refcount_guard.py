"""Work around a reference-counting bug of PySide6 6.12 on Python < 3.12.

Some QGraphicsItem calls (adding an item to a scene, reparenting, itemChange overrides) drop a reference
to None, True or False that they never took. pyqtgraph makes such calls for every plot item, so after a
few hundred items the count of one of these singletons reaches zero when the interpreter shuts down and
Python aborts ("Fatal Python error: none_dealloc / bool_dealloc"). Python 3.12 made these objects
immortal, which hides the bug; on older Pythons we give them a very large reference count once, which
is what 3.12 does. Reproduce: a QGraphicsObject subclass added to and removed from a QGraphicsScene in a
loop lowers ``sys.getrefcount(None)`` by one per call.
"""

from __future__ import annotations

import ctypes
import sys

_BOOST = 1 << 40
_applied = False


def apply() -> None:
    global _applied
    if _applied or sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    _applied = True
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _BOOST
