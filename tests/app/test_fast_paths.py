"""The machinery that keeps the window quick (docs/performance.md): the symbolic process, the quick
formula setting, the light plot items, the unrolled view at thousands of steps, the lazy tool panels."""

from __future__ import annotations

import sys

import numpy as np
import pytest
from PySide6.QtCore import QRectF

from lstm_studio import paths
from lstm_studio.app.common import fast_math, symbolic_process
from lstm_studio.app.common.background import Jobs, wait_idle
from lstm_studio.app.common.cell_numbers import CellNumbers
from lstm_studio.app.common.latex_label import LatexLabel, formula_px
from lstm_studio.app.inside.unrolled_view import UnrolledView
from lstm_studio.app.studio.unit_curves import UnitCurves, envelope
from lstm_studio.document import modelfile, tokens
from lstm_studio.document.session import Session
from lstm_studio.engine import new_model
from lstm_studio.explain import symbolic_service
from lstm_studio.symbolic import cell_equations


def test_the_symbolic_process_answers_as_the_layer_does_and_reports_errors():
    spec = modelfile.load(paths.presets()["gru_pigs"]).spec
    answer = symbolic_process.call("equations", symbolic_service.spec_data(spec), "unit")
    assert [tuple(pair) for pair in answer] == cell_equations(spec, "unit")
    assert symbolic_process.running()
    with pytest.raises(symbolic_process.SymbolicError, match="unknown operation") as caught:
        symbolic_process.call("exec", "print(1)")
    assert caught.value.kind == "ValueError"


def test_a_symbolic_process_that_died_is_started_again():
    symbolic_process.call("loss")
    symbolic_process._the._process.kill()
    symbolic_process._the._process.join(10)
    assert symbolic_process.call("loss")[0][0] == "logits"
    assert symbolic_process.running()


def test_a_formula_is_final_at_once_and_only_the_rest_goes_to_the_symbolic_layer(qtbot):
    fast_math.warm_up(formula_px())  # the window does this at idle once it is up
    qtbot.waitUntil(fast_math.ready, timeout=30_000)
    label = LatexLabel(Jobs())
    qtbot.addWidget(label)
    label.resize(500, 60)
    label.set_latex(r"c_{t} = f_{t} \odot c_{t-1} + i_{t} \odot \tilde{C}_{t} + 0.0123", "rendering…")
    assert label.readable and label.quick and label.rendered  # the fast typesetter's setting, final
    assert not label.jobs.pending(label._key) and label.image.width() > 100  # ziamath is not asked
    stacked = r"\begin{pmatrix} a \\ b \end{pmatrix} = 1"  # outside the fast typesetter's subset
    assert fast_math.typeset_image(stacked, 20.0, "#000000") is None
    label.set_latex(stacked, "rendering…")
    assert not label.readable and label.text() == "rendering…"
    qtbot.waitUntil(lambda: label.rendered, timeout=60_000)
    assert not label.quick  # ziamath's picture


def test_the_fast_typesetter_sets_a_formula_larger_at_a_larger_size():
    small = fast_math.typeset_image(r"\frac{\partial h_{t}}{\partial b_{f,j}} = o_{t}", 14.0, "#000000")
    large = fast_math.typeset_image(r"\frac{\partial h_{t}}{\partial b_{f,j}} = o_{t}", 28.0, "#000000")
    assert large.width() > 1.7 * small.width() and large.height() > 1.7 * small.height()


def test_the_envelope_keeps_every_spike_in_twice_the_columns():
    x = np.arange(10_000, dtype=float)
    y = np.zeros(10_000)
    y[1234], y[8765] = 5.0, -3.0
    ex, ey = envelope(x, y, 300)
    assert len(ex) <= 600 and ey.max() == 5.0 and ey.min() == -3.0
    assert np.all(np.diff(ex) >= 0)  # still in time order
    short_x, _short_y = envelope(x[:100], y[:100], 300)
    assert len(short_x) == 100  # a curve with fewer points than columns is drawn as it is


def test_unit_curves_give_each_unit_its_data_and_their_bounds():
    item = UnitCurves(3, ["#000000", "#ff0000", "#00ff00"])
    data = np.array([[0.1, -0.5, 0.9], [0.2, 0.4, -0.7]])
    item.set_data(np.array([1.0, 2.0]), data)
    _x, y = item.curve(1)
    np.testing.assert_array_equal(y, [-0.5, 0.4])
    assert item.dataBounds(0) == pytest.approx((1.0, 2.0)) and item.dataBounds(1) == pytest.approx((-0.7, 0.9))


def test_unit_curves_draw_a_dot_at_every_finite_value_in_device_pixels():
    from PySide6.QtGui import QTransform

    class Painter:  # records what paint() draws
        def __init__(self):
            self.dots, self.brushes = [], []

        def transform(self):
            return QTransform(10, 0, 0, -10, 5, 100)  # x → 10 x + 5, y → 100 − 10 y

        def drawEllipse(self, centre, rx, ry):
            self.dots.append((centre.x(), centre.y(), self.brushes[-1]))

        def setBrush(self, brush):
            self.brushes.append(brush)

        def __getattr__(self, name):  # save, restore, resetTransform, setPen, setRenderHint, drawPath
            return lambda *args: None

    item = UnitCurves(2, ["#000000", "#ff0000"])
    item.set_data(np.array([0.0, 1.0, 2.0]), np.array([[0.0, 1.0], [np.nan, 2.0], [3.0, np.inf]]))
    painter = Painter()
    item._dots(painter)
    first, second = painter.brushes
    assert painter.dots == [(5.0, 100.0, first), (25.0, 70.0, first), (5.0, 90.0, second), (15.0, 80.0, second)]


def test_cell_numbers_read_like_text_items_and_repaint_only_on_change():
    numbers = CellNumbers()
    numbers.set_cells([(0.5, 0.5), (1.5, 0.5)], QRectF(0, 0, 2, 1))
    numbers.set_texts(["0.25", "−1.00"], [None, None])
    assert [label.toPlainText() for label in numbers.labels] == ["0.25", "−1.00"]


def test_the_unrolled_view_at_10000_steps_builds_only_the_columns_in_sight(qtbot):
    vocab = list("PIGS")
    text = tokens.join(np.random.default_rng(0).integers(0, 4, size=10_000), vocab)
    view = UnrolledView(Session(new_model("lstm", vocab, 8, seed=0), None, text))
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.update_now()
    assert view.scene.steps == 10_000
    built = set(view.scene.built)
    assert 0 in built and len(built) < 60  # a screenful and a screen either side
    assert view.scene.predicted[0].text() in vocab and view.scene.predicted[9_999] is None
    view.session.set_step(9_999)
    qtbot.waitUntil(lambda: view.up_to_date)
    assert 9_999 in view.scene.built and view.scene.tokens[9_999].text() in vocab
    assert len(view.scene.built) < 120


def test_the_tool_panels_are_built_on_first_use(make_window):
    window = make_window()
    assert window._training is None and window._generation is None
    window.show_panel("training")
    assert window._training is not None and window.training_dock.widget() is window.training
    wait_idle()


def test_idle_imports_read_our_top_level_imports_and_import_the_deepest_first(tmp_path, monkeypatch):
    from lstm_studio.app.common import idle_imports

    source = tmp_path / "view.py"
    source.write_text('"""A view.\n\nimport os  (in the docstring: not an import)\n"""\n\n'
                      "import numpy as np\n"
                      "from lstm_studio.app.common import theme, widgets as w\n"
                      "from lstm_studio.engine.analysis import (\n    flow,\n    verdict,\n)\n"
                      "import lstm_studio.explain.focus\n"
                      "def later():\n    from lstm_studio.app.gradients import lab\n"
                      'TEMPLATE = """\nimport torch\n"""\n', encoding="utf-8")
    assert idle_imports._imported_by(source) == [
        "numpy", "lstm_studio.app.common", "lstm_studio.app.common.theme", "lstm_studio.app.common.widgets",
        "lstm_studio.engine.analysis", "lstm_studio.explain.focus"]  # nothing from a function or a string
    assert idle_imports._source("csv") is None  # another library's module: imported, never read
    graph = {"lstm_studio.fake": [], "lstm_studio.fake.top": ["lstm_studio.fake.a", "lstm_studio.fake.b"],
             "lstm_studio.fake.a": ["lstm_studio.fake.b", "lstm_studio.fake.leaf"],
             "lstm_studio.fake.b": ["lstm_studio.fake.leaf"], "lstm_studio.fake.leaf": []}
    imported = []

    def fake_import(name):
        imported.append(name)
        monkeypatch.setitem(sys.modules, name, object())

    monkeypatch.setattr(idle_imports, "_source", lambda name: tmp_path / name if name in graph else None)
    monkeypatch.setattr(idle_imports, "_imported_by", lambda path: graph[path.name])
    monkeypatch.setattr(idle_imports.importlib, "import_module", fake_import)
    turns = list(idle_imports.steps(["lstm_studio.fake.top"]))
    assert imported == ["lstm_studio.fake", "lstm_studio.fake.leaf", "lstm_studio.fake.b", "lstm_studio.fake.a",
                        "lstm_studio.fake.top"]  # the package's __init__ first
    assert len(turns) == 10  # a turn per source read and one per import, never two imports in one turn


def test_the_window_s_idle_warm_up_imports_the_views_a_module_per_turn(qtbot):
    from lstm_studio.app.common import idle_imports
    from lstm_studio.app.inside import panels

    done = []
    idle_imports.import_at_idle(list(panels.VIEW_MODULES), lambda: done.append(True))
    qtbot.waitUntil(lambda: bool(done), timeout=30_000)
    assert all(name in sys.modules for name in panels.VIEW_MODULES)


def test_plots_made_ahead_at_idle_are_taken_first_and_new_ones_made_when_none_wait(qtbot):
    from lstm_studio.app.common import spare_plots

    while spare_plots.ready():
        spare_plots.take()
    spare_plots.make_ahead(2)
    assert spare_plots.ready() == 1  # the first at once, the next on a later turn
    qtbot.waitUntil(lambda: spare_plots.ready() == 2, timeout=5000)
    first, second = spare_plots.take(), spare_plots.take()
    assert spare_plots.ready() == 0 and first is not second and first.vb.menu is None  # no context menu
    third = spare_plots.take()
    assert third is not first and third is not second and not third.items
