"""PyInstaller runtime hook: a stand-in for ``PySide6.QtOpenGL``, which the bundle leaves out (9 MB).

pyqtgraph imports ``PySide6.QtOpenGL`` whenever it is imported, but uses it only in its OpenGL drawing modes
(``useOpenGL``, ``enableExperimental``), which LSTM Studio never turns on; everything else of Qt's OpenGL
(``QOpenGLWidget`` in ``QtOpenGLWidgets``) is still in the bundle. The stand-in is an empty module whose
every other attribute is an AttributeError that says why it is missing.
"""

import sys
import types


class _NotBundled(types.ModuleType):
    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)
        raise AttributeError(
            f"PySide6.QtOpenGL.{name}: Qt's OpenGL classes are not part of the LSTM Studio bundle "
            "(pyqtgraph's OpenGL drawing is off)"
        )


sys.modules.setdefault("PySide6.QtOpenGL", _NotBundled("PySide6.QtOpenGL", __doc__))
