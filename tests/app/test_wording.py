"""What the window says is what the equations write: entries numbered from 1, no raw LaTeX, conventions
in words, the RNN's activation named, lowercase input offered in capitals, a softmax tooltip to redo."""

import numpy as np
from PySide6.QtWidgets import QComboBox

from lstm_studio import paths
from lstm_studio.document import modelfile
from lstm_studio.engine import new_model
from lstm_studio.explain.cell_layouts import layout
from lstm_studio.explain.quantities import explain_probability


def _help(window) -> str:
    window.refresh()
    return window.model_panel.cell_help.text()


def test_the_cell_blurbs_follow_the_model(window):
    assert "(i, C̃)" in _help(window) and "(i, g)" not in _help(window)
    window.session.load(modelfile.load(paths.presets()["rnn_pigs"]))
    assert "one tanh layer" in _help(window)
    window.session.replace_model(new_model("rnn", list("PIGS"), 3, options={"activation": "relu"}), "relu")
    assert "one relu layer" in _help(window) and "tanh" not in _help(window)


def test_gru_conventions_are_words_and_cite_no_slides(window):
    window.session.replace_model(new_model("gru", list("PIGS"), 3, options={"reset": "after"}), "gru")
    window.refresh()
    update = window.model_panel.option_boxes["update"]
    assert [update.itemText(k) for k in range(update.count())] == ["z takes the new state", "z keeps the old state"]
    assert [update.itemData(k) for k in range(update.count())] == ["z_takes_new", "z_keeps_old"]
    texts = [label.text() for label in window.model_panel.findChildren(type(window.model_panel.cell_help))]
    tips = [box.toolTip() for box in window.model_panel.findChildren(QComboBox)]
    for text in texts + tips:
        assert "h_prev" not in text and "z_takes_new" not in text and "slides" not in text
    assert any("which calls this h̃ nₜ" in tip for tip in tips)
    window.session.replace_model(new_model("peephole_lstm", list("PIGS"), 3), "peephole")
    window.refresh()
    tip = window.model_panel.option_boxes["peephole"].toolTip()
    assert "W·[cₜ₋₁, hₜ₋₁, xₜ]" in tip and "slides" not in tip


def test_the_gru_diagram_does_not_call_u_h_h_plus_b_hn_n_t():
    spec = new_model("gru", list("PIGS"), 3, options={"reset": "after"}).spec
    drawn = layout(spec)
    words = [n.title for n in drawn.nodes] + [n.text for n in drawn.nodes]
    words += [w.title for w in drawn.wires] + [w.symbol for w in drawn.wires]
    assert not any("nₜ =" in text or "⊙ nₜ" in text or text == "nₜ" for text in words)
    assert any(text.startswith("U_h hₜ₋₁ + b_hn") for text in words)


def test_the_equations_note_does_not_contradict_the_sums(window):
    window.show_panel("equations")
    view = window.inside_panels["equations"].ensure()
    view.update_now()
    note = view.note.text()
    assert "Every product is element-wise" not in note and "Unit j needs only row j" in note


def test_lowercase_input_is_offered_in_capitals(window, qtbot):
    window.sequence.input.clear()
    qtbot.keyClicks(window.sequence.input, "pigs")
    window.refresh()
    label = window.sequence.tokens.text()
    assert "not in the vocabulary" in label and "<a href='case-fix'>use PIGS</a>" in label
    window.sequence.tokens.linkActivated.emit("case-fix")
    window.refresh()
    assert window.session.text == "PIGS" and window.sequence.input.text() == "PIGS"
    assert window.session.undo.undo_label == "fix the case"


def test_the_softmax_tooltip_can_be_redone_by_hand(window):
    result = window.session.result()
    text = explain_probability(window.session.model, result, 0, 1)
    y = result.trace.y[0, 0]
    e = np.exp(y)
    assert text.startswith("p₁[I] = e^(y_I) / Σⱼ e^(yⱼ)")
    assert f"= {e[1]:.4g} / {e.sum():.4g} = {result.p[0, 1]:.4g}" in text
    assert "max subtracted" not in text and "1 / " not in text
