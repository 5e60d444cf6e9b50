"""Puts the inside views into the studio window: the cell diagram, the unrolled network, the equations
and the gradient lab, as tabs beside the gate plots, reachable with ``--panel cell|unrolled|equations|
gradients`` and from the View menu.

Each view is built the first time its tab is shown (the window comes up without them, and without
sympy); the views subscribe to the session themselves and update only while visible.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSignalBlocker
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QApplication, QTabWidget, QVBoxLayout, QWidget

from lstm_studio.app.common import theme
from lstm_studio.app.common.i18n import translate
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
        self._look = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)

    def ensure(self):
        """The view, built now if it was not yet."""
        if self.view is None:
            self.view = _make(self.name, self.session, self.focus)
            self.layout().addWidget(self.view)
            self._look = _look()
        return self.view

    def check_look(self) -> None:
        """After the theme or the font scale changed, the built view redraws in the new look."""
        if self.view is not None and _look() != self._look:
            self._look = _look()
            self.view.mark("structure")

    def showEvent(self, event) -> None:
        self.ensure()
        super().showEvent(event)


def _look() -> tuple:
    font = QApplication.font()
    return theme.current().name, QFont(font).pointSizeF()


def install(window, tabs: QTabWidget | None = None) -> dict[str, LazyPanel]:
    """Add the inside views to ``window`` as tabs of ``tabs`` (default: the window's central tabs)."""
    tabs = tabs if tabs is not None else window.tabs
    focus = Focus()
    panels: dict[str, LazyPanel] = {}
    with QSignalBlocker(tabs):
        for name, (title, shortcut) in PANELS.items():
            panel = LazyPanel(name, window.session, focus)
            tabs.setTabToolTip(tabs.addTab(panel, translate("InsidePanels", title)), translate("InsidePanels", title))
            panels[name] = panel
            window.panels[name] = lambda p=panel: (tabs.setCurrentWidget(p), p.ensure())
            action = QAction(translate("InsidePanels", title), window)
            action.setShortcut(QKeySequence(shortcut))
            action.triggered.connect(lambda _=False, n=name: window.show_panel(n))
            window.view_menu.addAction(action)

    def check_look() -> None:
        for panel in panels.values():
            panel.check_look()

    window.sig_refreshed.connect(check_look)
    window.inside_panels = panels
    return panels
