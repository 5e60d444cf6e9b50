"""The unrolled network: one column per step with the input token, the predicted token and p_t; one row
per layer and direction (the backward pass its own row); the current step highlighted; a click on a
column moves the step."""

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QPointF, Qt

from lstm_studio.app.inside.unrolled_view import CW, P_H, UnrolledView, strip_rows
from lstm_studio.document.session import Session
from lstm_studio.engine import forward, new_model
from lstm_studio.engine.notation import num


def _view(qtbot, model, text="PIGS"):
    session = Session(model, None, text)
    view = UnrolledView(session)
    qtbot.addWidget(view)
    view.resize(900, 500)
    view.show()
    view.update_now()
    return view


@pytest.mark.parametrize(("layers", "bidirectional"), [(1, False), (1, True), (2, True)])
def test_rows_and_columns_follow_the_model_and_the_sequence(qtbot, layers, bidirectional):
    model = new_model("lstm", list("PIGS"), 3, seed=2, layers=layers, bidirectional=bidirectional)
    view = _view(qtbot, model)
    rows = view.scene.rows
    assert len(rows) == layers * (2 if bidirectional else 1)
    assert rows[-1] == (0, 0)
    if bidirectional:
        assert (0, 1) in rows and view.scene.row_y[(0, 1)] < view.scene.row_y[(0, 0)]
    assert len(view.scene.cells) == len(rows) * 4
    assert [t.text() for t in view.scene.tokens] == list("PIGS")


def test_predictions_and_probabilities_are_the_engine_values(qtbot):
    model = new_model("gru", list("PIGS"), 3, seed=2)
    view = _view(qtbot, model)
    trace = forward(model, [0, 1, 2, 3])
    for t in range(4):
        assert view.scene.predicted[t].text() == "PIGS"[int(trace.prediction[t, 0])]
        heights = [bar.rect().height() for bar in view.scene.bars[t]]
        np.testing.assert_allclose(heights, trace.p[t, 0] * (P_H - 22))
    assert "of 3 targets predicted" in view.caption.text()


def test_a_weight_edit_updates_the_strip(qtbot):
    model = new_model("rnn", list("PIGS"), 3, seed=2)
    view = _view(qtbot, model)
    strips = view.scene.strips[(0, 0)][0]
    assert (strips.image.width(), strips.image.height()) == (3, 4)
    before = strips.image.pixelColor(0, 1)
    view.session.set_entry("b_h", 0, 3.0)
    qtbot.waitUntil(lambda: view.up_to_date)
    after = strips.image.pixelColor(0, 1)
    assert after != before and after.red() > after.blue()  # unit 1 pushed towards +1: red


def test_clicking_a_column_makes_it_the_current_step(qtbot):
    view = _view(qtbot, new_model("lstm", list("PIGS"), 3, seed=2))
    x = view.scene.column_x(2) + CW / 2
    y = view.scene.row_y[(0, 0)] + 10
    point = view.view.mapFromScene(x, y)
    qtbot.mouseClick(view.view.viewport(), Qt.LeftButton, pos=QPoint(point.x(), point.y()))
    assert view.session.step == 2
    qtbot.waitUntil(lambda: view.up_to_date)
    assert view.scene.highlight.rect().x() == view.scene.column_x(2)


def test_a_longer_sequence_rebuilds_the_columns(qtbot):
    view = _view(qtbot, new_model("lstm", list("PIGS"), 3, seed=2))
    view.session.set_input("PIGSPIGS")
    qtbot.waitUntil(lambda: view.up_to_date)
    assert len(view.scene.tokens) == 8 and len(view.scene.cells) == 8


def test_cells_with_a_warning_are_marked(qtbot):
    model = new_model("lstm", list("PIGS"), 3, seed=2)
    model.params["W_i"][:, 2] = 12.0  # the input gate slams open whenever the input is G
    view = _view(qtbot, model)
    marks = [view.scene.cells[(0, 0, t)].mark.isVisible() for t in range(4)]
    assert marks == [False, False, True, False]
    view.session.set_step(2)
    qtbot.waitUntil(lambda: view.up_to_date)
    assert "pinned at 1" in view.strip.text()


def test_the_tooltip_shows_the_state_vector(qtbot):
    view = _view(qtbot, new_model("lstm", list("PIGS"), 3, seed=2))
    point = QPointF(view.scene.column_x(1) + CW / 2, view.scene.row_y[(0, 0)] + 10)
    tip = view.tooltip_at(point)
    lt = forward(view.session.model, [0, 1, 2, 3]).first
    assert tip.startswith("layer 1, t = 2") and num(lt.h_time[1, 0, 0]) in tip and "c = [" in tip


def test_strip_rows_map_values_to_the_diverging_colours():
    image = strip_rows(np.array([[-1.0, 0.0, 1.0, np.nan]]), 1.0)
    assert (image.width(), image.height()) == (4, 1)
    left, middle, right = (image.pixelColor(k, 0) for k in range(3))
    assert left.blue() > left.red() and right.red() > right.blue()
    # 0 is the colour-blind-safe map's light grey (CET-CBD1, docs/accessibility.md), a neutral between the ends.
    assert middle.red() > 220 and middle.green() > 220 and abs(middle.red() - middle.blue()) < 8


def test_strip_rows_give_each_value_exactly_its_colour_of_the_map():
    """Every entry is the map's colour at round((v/vmax + 1) · 127.5), opaque; NaN is the middle, ±inf the ends."""
    from lstm_studio.app.inside.unrolled_view import _LUT

    values = np.array([[-3.0, -1.0, -0.25, 0.0, 0.1, 0.5, 1.0, 7.0], [np.nan, np.inf, -np.inf, 0.999, -0.999, 0.3, -0.3,
                                                                        0.0]])
    image = strip_rows(values, 1.0)
    for (t, j), v in np.ndenumerate(values):
        w = 0.0 if np.isnan(v) else float(np.clip(v, -1.0, 1.0))
        r, g, b = (int(c) for c in _LUT[int(np.round((w + 1) * 127.5))])
        colour = image.pixelColor(j, t)
        assert (colour.red(), colour.green(), colour.blue(), colour.alpha()) == (r, g, b, 255)


def test_a_large_vocabulary_shows_the_likeliest_tokens_of_each_step(qtbot):
    vocab = list("ABCDEFGHIJKLMNOPRSTUWX_")  # the plurals task's 23 tokens
    model = new_model("lstm", vocab, 4, seed=3)
    view = _view(qtbot, model, text="BUSES")
    trace = forward(model, [vocab.index(c) for c in "BUSES"])
    targets = view.session.targets()
    for t in range(5):
        p = trace.p[t, 0]
        bars, labels = view.scene.bars[t], view.scene.bar_labels[t]
        assert len(bars) == 5
        heights = np.array([bar.rect().height() for bar in bars]) / (P_H - 22)
        shown = [vocab.index(label.text()) for label in labels]
        np.testing.assert_allclose(heights, p[shown])
        assert shown[0] == int(np.argmax(p)) and heights[0] == pytest.approx(p.max())
        if targets[t] >= 0:
            assert targets[t] in shown  # the target always has its bar
            assert bars[shown.index(targets[t])].pen().style() != Qt.NoPen
    tip = view.tooltip_at(QPointF(view.scene.column_x(1) + CW / 2, view.scene.p_y + 10))
    assert tip.startswith("t = 2: p₂ = softmax(y₂)") and f"{trace.p[1, 0].max():.4f}" in tip


def test_a_warning_mark_explains_itself_on_hover(qtbot):
    model = new_model("lstm", list("PIGS"), 3, seed=2)
    model.params["W_i"][:, 2] = 12.0
    view = _view(qtbot, model)
    mark = view.scene.cells[(0, 0, 2)].mark
    assert mark.isVisible()
    tip = view.tooltip_at(mark.sceneBoundingRect().center())
    assert tip.startswith("layer 1, t = 3") and "⚠" in tip and "pinned at 1" in tip


def test_an_edit_moves_the_bars_and_recolours_only_what_changed(qtbot):
    """Heights follow every edit; the predicted token's highlight and text follow a changed prediction."""
    from lstm_studio.app.common import theme

    model = new_model("lstm", list("PIGS"), 3, seed=5)
    view = _view(qtbot, model, text="PIGS")
    session = view.session

    def check():
        view.update_now()
        result = session.result()
        for t in sorted(view.scene.built):
            p, predicted = result.p[t], int(result.prediction[t])
            heights = [bar.rect().height() for bar in view.scene.bars[t]]
            np.testing.assert_allclose(heights, p * (P_H - 22))
            lit = [v for v, bar in enumerate(view.scene.bars[t]) if bar.brush().color().name() ==
                   theme.current().highlight.lower()]
            assert lit == [predicted] and view.scene.predicted[t].text() == "PIGS"[predicted]

    check()
    session.set_entry("U_f", (0, 0), float(session.model.params["U_f"][0, 0]) + 0.3)  # small: same predictions
    check()
    token = int(session.result().prediction[0])
    session.set_entry("b_y", (token,), float(session.model.params["b_y"][token]) - 1000.0)  # a new prediction
    assert int(session.result().prediction[0]) != token
    check()


def test_a_new_model_scrolled_into_view_is_filled_from_its_own_numbers(qtbot):
    # Fitting the new columns rescales and scrolls the view; the scroll fills the columns in sight, and it must
    # do so from the new model's evaluation, never the old one's (shorter, and with other rows: the IndexError
    # raised inside the view's scrollContentsBy override crashed PySide).
    view = _view(qtbot, new_model("rnn", list("PIGS"), 3, seed=5), "PIGS" * 3)
    view.resize(300, 500)
    bar = view.view.horizontalScrollBar()
    bar.setValue(bar.maximum())
    view.update_now()
    model = new_model("lstm", list("PIGS"), 3, seed=2, layers=2, bidirectional=True)
    view.session.replace_model(model, "new model")
    view.session.set_input("PIGS" * 12)
    view.update_now()
    assert len(view.scene.rows) == 4 and len(view.scene.tokens) == 48
    trace = forward(model, [0, 1, 2, 3] * 12)
    assert view._filled
    for t in sorted(view._filled):
        assert view.scene.predicted[t].text() == "PIGS"[int(trace.prediction[t, 0])]


def test_a_resize_while_the_session_has_another_model_fills_from_the_numbers_it_holds(qtbot):
    # The panel refreshes only when shown; a resize (the tab coming back into view) fills columns first. It must
    # read the model its evaluation came from: the session's new one has a shorter vocabulary here.
    view = _view(qtbot, new_model("rnn", list("PIGSXYZ"), 3, seed=5), "PIGSXYZ" * 2)
    view.resize(300, 500)
    view.update_now()
    filled = sorted(view._filled)
    old = [view.scene.predicted[t].text() for t in filled]
    view.session.replace_model(new_model("gru", list("AB"), 2, seed=1), "new model")
    view._filled = set()  # as after an edit: every column in sight is filled again
    view.view.resize(640, 520)
    view._fill(view._result, filled)  # what the resize's fill does, without Qt around it
    assert [view.scene.predicted[t].text() for t in filled] == old
    assert filled and set(old) <= set("PIGSXYZ")
