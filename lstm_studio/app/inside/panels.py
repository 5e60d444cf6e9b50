"""The inside views of the studio window: the cell diagram, the unrolled network, the equations, the
gradient lab and the table of numbers, each in a tab beside the gate plots, reachable with ``--panel
cell|unrolled|equations|gradients|numbers`` and from the View menu.

:func:`build` makes one :class:`LazyPanel` per view; the window puts them into its tabs. Each view is built
the first time its tab is shown (the window comes up without them, and without sympy); the views follow
the session themselves (:mod:`lstm_studio.app.common.live`) and update only while visible.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget

from lstm_studio.app.common import spare_plots
from lstm_studio.app.common.idle_imports import import_at_idle
from lstm_studio.explain.focus import Focus

#: How long after the window is built the symbolic process and the formula fonts are warmed up: after the
#: first frame and the first clicks, which should not share the processor with it.
WARM_UP_MS = 1000
#: name -> (tab title, translated where it is shown; shortcut)
PANELS = {
    "cell": (QT_TRANSLATE_NOOP("InsidePanels", "Cell diagram"), "Ctrl+3"),
    "unrolled": (QT_TRANSLATE_NOOP("InsidePanels", "Unrolled"), "Ctrl+4"),
    "equations": (QT_TRANSLATE_NOOP("InsidePanels", "Equations"), "Ctrl+5"),
    "gradients": (QT_TRANSLATE_NOOP("InsidePanels", "Gradient lab"), "Ctrl+6"),
    "numbers": (QT_TRANSLATE_NOOP("InsidePanels", "Numbers"), "Ctrl+7"),
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
    if name == "numbers":
        from lstm_studio.app.inside.numbers_view import NumbersView

        return NumbersView(session)
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


#: The views' modules (13-24 ms for the cell diagram's 18 modules, 7-12 ms for the lab's 8, a few ms for the
#: others), imported at idle a module per turn so that a view's first show builds it without importing it.
VIEW_MODULES = ("lstm_studio.app.inside.cell_diagram", "lstm_studio.app.gradients.lab",
                "lstm_studio.app.inside.equations_panel", "lstm_studio.app.inside.unrolled_view",
                "lstm_studio.app.inside.numbers_view")
#: Plots made ahead at idle, after the imports, for the first views that need one (the gradient lab's map).
SPARE_PLOTS = 1
#: What the warm-up itself needs (the fast typesetter: about 8 ms to import).
WARM_UP_MODULES = ("lstm_studio.app.common.fast_math", "lstm_studio.app.common.symbolic_process",
                   "lstm_studio.app.common.latex_label", "lstm_studio.app.common.theme")


def build(session, focus: Focus) -> dict[str, LazyPanel]:
    """One lazy tab per inside view (name -> tab); the cell diagram and the equations share ``focus``.

    Once the window is up, the symbolic process is started and prepares the model's cell (its formulas are
    mostly written ahead, so it need not import sympy), the fast formula typesetter gets its fonts ready, a
    piece per turn of the event loop, so that the first view with formulas shows them at once, and the
    views with most to import are imported (docs/performance.md)."""

    def warm_up() -> None:  # (imports here: the window comes up without the typesetter)
        from lstm_studio.app.common import fast_math, symbolic_process, theme
        from lstm_studio.app.common.latex_label import formula_px

        px, colour = formula_px(), theme.current().foreground
        symbolic_process.warm(session.model.spec, px, colour)
        QTimer.singleShot(0, lambda: fonts(fast_math, px, colour))

    def fonts(fast_math, px: float, colour: str) -> None:
        fast_math.prepare()  # the math font registered (about 5 ms): a turn of its own
        fast_math.warm_up(px, colour)
        import_at_idle(list(VIEW_MODULES), lambda: spare_plots.make_ahead(SPARE_PLOTS))

    # Every piece is a turn of the event loop of its own, none longer than a few milliseconds.
    QTimer.singleShot(WARM_UP_MS, lambda: import_at_idle(list(WARM_UP_MODULES), warm_up))
    return {name: LazyPanel(name, session, focus) for name in PANELS}
