"""The inside views with awkward inputs: no tokens, one token, a stacked bidirectional model, and numbers
that overflow — each view shows what it can and says what it cannot, without an exception."""

import numpy as np
import pytest

from lstm_studio.app.gradients.lab import PAGES, GradientLab
from lstm_studio.app.inside.cell_diagram import CellDiagramPanel
from lstm_studio.app.inside.equations_panel import EquationsPanel
from lstm_studio.app.inside.unrolled_view import UnrolledView
from lstm_studio.document.session import Session
from lstm_studio.engine import new_model

VIEWS = [CellDiagramPanel, UnrolledView, EquationsPanel, GradientLab]


def _overflowing():
    model = new_model("rnn", list("PIGS"), 3, seed=1, options={"activation": "relu"})
    model.params["W_hh"] = 1e200 * np.eye(3)
    model.params["b_h"][:] = 1.0
    return model


CASES = {
    "no tokens": (lambda: new_model("lstm", list("PIGS"), 3), ""),
    "one token": (lambda: new_model("gru", list("PIGS"), 3), "P"),
    "stacked bidirectional": (lambda: new_model("peephole_lstm", list("PIGS"), 2, layers=2, bidirectional=True),
                              "PIGS"),
    "overflow": (_overflowing, "PIGSPIGS"),
}


@pytest.mark.parametrize("case", list(CASES))
@pytest.mark.parametrize("view_class", VIEWS, ids=lambda c: c.__name__)
def test_awkward_inputs_raise_nothing(qtbot, case, view_class, recwarn):
    make, text = CASES[case]
    session = Session(make(), None, text)
    view = view_class(session)
    qtbot.addWidget(view)
    view.resize(900, 600)
    view.show()
    with np.errstate(all="ignore"):
        view.update_now()
        if isinstance(view, GradientLab):
            for page in PAGES:
                view.show_page(page)
        session.set_step(session.steps - 1)
        view.update_now()
    if case == "no tokens" and isinstance(view, CellDiagramPanel):
        assert "type an input" in view.where.text()
    if case == "overflow" and not isinstance(view, EquationsPanel):
        assert "Overflow" in view.strip.text() or "overflow" in view.strip.toolTip()
