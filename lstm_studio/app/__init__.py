"""The Qt application: the only package that imports PySide6 or pyqtgraph (DESIGN §2)."""

from . import _refcount_guard

_refcount_guard.apply()
