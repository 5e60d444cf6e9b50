"""The inside views of the studio window: the cell diagram, the unrolled network, the equations and the
gradient lab, each in a tab beside the gate plots, reachable with ``--panel cell|unrolled|equations|
gradients`` and from the View menu.

:func:`build` makes one :class:`LazyPanel` per view; the window puts them into its tabs. Each view is built
the first time its tab is shown (the window comes up without them, and without sympy); the views follow
the session themselves (:mod:`lstm_studio.app.common.live`) and update only while visible.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lstm_studio.explain.focus import Focus

#: name -> (tab title, translated where it is shown; shortcut)
PANELS = {
    "cell": (QT_TRANSLATE_NOOP("InsidePanels", "Cell diagram"), "Ctrl+3"),
    "unrolled": (QT_TRANSLATE_NOOP("InsidePanels", "Unrolled"), "Ctrl+4"),
    "equations": (QT_TRANSLATE_NOOP("InsidePanels", "Equations"), "Ctrl+5"),
    "gradients": (QT_TRANSLATE_NOOP("InsidePanels", "Gradient lab"), "Ctrl+6"),
}


def _make(name: str, session, focus: Focus):
    if name == "cell":
        from lstm_studio.app.inside.cell_diagram import CellDiagramPanel

        return CellDiagramPanel(session, focus)
    if name == "unrolled":
        from lstm_studio.app.inside.unrolled_view import UnrolledView

        return UnrolledView(session)
    if name == "equations":
        from lstm_studio.app.inside.equations_panel import EquationsPanel

        return EquationsPanel(session, focus)
    from lstm_studio.app.gradients.lab import GradientLab

    return GradientLab(session)


class LazyPanel(QWidget):
    """A tab that builds its view the first time it is shown (or asked for)."""

    def __init__(self, name: str, session, focus: Focus, parent=None) -> None:
        super().__init__(parent)
        self.name, self.session, self.focus = name, session, focus
        self.view = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self):
        """The view, built now if it was not yet."""
        if self.view is None:
            self.view = _make(self.name, self.session, self.focus)
            self.layout().addWidget(self.view)
        return self.view

    def showEvent(self, event) -> None:
        self.ensure()
        super().showEvent(event)


def build(session, focus: Focus) -> dict[str, LazyPanel]:
    """One lazy tab per inside view (name -> tab); the cell diagram and the equations share ``focus``."""
    return {name: LazyPanel(name, session, focus) for name in PANELS}
