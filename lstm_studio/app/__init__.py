"""The Qt application: the only package that imports PySide6 or pyqtgraph (docs/architecture.md#layers)."""

from lstm_studio.app.common import _refcount_guard

_refcount_guard.apply()
