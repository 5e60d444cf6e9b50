"""The training and generation panels, driven with qtbot: start, pause, resume, stop, scrub, side by side,
generate; training runs on a worker thread and never blocks the window."""

from __future__ import annotations

import time

import numpy as np
import pyqtgraph as pg
import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from lstm_studio import paths
from lstm_studio.app.common import theme
from lstm_studio.app.training.generation_panel import GenerationPanel
from lstm_studio.app.training.panel import IDLE, PAUSED, RUNNING, TrainingPanel
from lstm_studio.document import modelfile
from lstm_studio.document.session import Session
from lstm_studio.engine import forward
from lstm_studio.engine.chrono import fresh_model
from lstm_studio.engine.train import run


@pytest.fixture
def session():
    return Session(modelfile.load(paths.presets()["lstm_pigs"]))


@pytest.fixture
def panel(qtbot, session):
    widget = TrainingPanel(session)
    qtbot.addWidget(widget)
    widget.show()
    yield widget
    widget.shutdown()


def wait_idle(qtbot, panel, timeout=30_000):
    qtbot.waitUntil(lambda: panel.state == IDLE and not panel.running, timeout=timeout)


def same(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)


def test_the_task_picker_shows_the_explanation_options_and_data(panel):
    panel.set_task("long_range")
    assert "constant error carousel" in panel.picker.explanation.text()
    assert set(panel.picker.option_widgets) == {"gap", "sequences"}
    assert panel.picker.data_summary.text().startswith("7 tokens, 512 training sequences")
    text = panel.picker.data_view.toPlainText()
    assert text.startswith("vocabulary (7): A B w x y z ?") and "test (200):" in text
    assert panel.hidden.value() == 16 and panel.init_combo.currentText() == "chrono"
    assert panel.side_by_side.isChecked() and panel.epochs.value() == 6  # made to compare the cells
    panel.set_task("plurals")
    assert not panel.side_by_side.isChecked()
    panel.set_task("long_range")
    panel.picker.option_widgets["gap"].setValue(3)
    panel.picker.rebuild_data()
    assert len(panel.data.train[0].inputs) == 5
    before = panel.data.train
    panel.seed.setValue(3)
    assert panel.picker.rebuild_pending()
    panel.picker.rebuild_data()
    assert panel.data.train != before, "the seed also draws the task's random data"


def test_users_words_change_the_data_and_bad_ones_disable_start(panel):
    panel.set_task("plurals")
    panel.picker.option_widgets["extra_words"].setText("HENS, DISHES")
    panel.picker.rebuild_data()
    assert "DISHE  →  ···ES" in panel.picker.data_view.toPlainText() and panel.start_button.isEnabled()
    panel.picker.option_widgets["extra_words"].setText("COW")
    panel.picker.rebuild_data()
    assert panel.data is None and "not a plural" in panel.picker.data_summary.text()
    assert not panel.start_button.isEnabled()


def test_start_trains_on_a_worker_and_fills_the_curves(qtbot, panel, session):
    panel.set_task("plurals")
    panel.cell_combo.setCurrentText("lstm")
    panel.start()
    assert panel.state == RUNNING and panel.running
    wait_idle(qtbot, panel)
    run_ = panel.runs["lstm"]
    assert run_.result.stopped == "target" and run_.result.accuracy == 1.0
    x, y = run_.curves[0].getData()
    assert list(x) == [r.epoch for r in run_.result.history]
    np.testing.assert_array_equal(y, [r.loss for r in run_.result.history])
    assert "reached 100.0% training accuracy" in panel.status.text()
    # The same settings through the engine directly give the same weights: the panel adds nothing.
    model = fresh_model("lstm", panel.data, 8, 0)
    direct = run(model, panel.data, panel.config())
    assert same(direct.model.params, run_.result.model.params)
    # Mirrored into the studio's document, as one undo step.
    assert session.model.vocab == panel.data.vocab and same(session.model.params, run_.result.model.params)
    assert session.text == "PIGS"
    session.undo.undo()
    assert session.model.vocab == ["P", "I", "G", "S"]


def test_the_scrubber_moves_the_documents_weights_through_the_snapshots(qtbot, panel, session):
    panel.set_task("plurals")
    panel.start()
    wait_idle(qtbot, panel)
    snaps = panel.runs["lstm"].result.snapshots
    assert panel.scrubber.isEnabled() and panel.scrubber.maximum() == len(snaps) - 1
    panel.scrubber.setValue(0)
    assert same(session.model.params, snaps[0].params)
    assert "epoch 0" in panel.snapshot_label.text()
    assert panel.scrub_lines[0].value() == 0
    panel.scrubber.setValue(len(snaps) - 1)
    assert same(session.model.params, snaps[-1].params)


def test_pause_then_resume_ends_where_an_uninterrupted_run_ends(qtbot, panel):
    panel.set_task("long_range")
    panel.side_by_side.setChecked(False)
    panel.picker.option_widgets["gap"].setValue(5)
    panel.picker.option_widgets["sequences"].setValue(128)
    panel.picker.rebuild_data()
    panel.stop_at.setChecked(False)
    panel.hidden.setValue(8)
    panel.epochs.setValue(20)
    panel.start()
    qtbot.waitUntil(lambda: panel.progress.value() > 0, timeout=20_000)
    panel.toggle_pause()
    qtbot.waitUntil(lambda: panel.state == PAUSED, timeout=20_000)
    paused = panel.runs["lstm"].result
    assert paused.stopped == "cancelled" and panel.pause_button.text() == "Resume"
    assert panel.status.text().startswith("lstm: paused at epoch") and "cancelled" not in panel.status.text()
    assert 0 < panel.progress.value() < 1000
    assert panel.scrubber.isEnabled()
    panel.toggle_pause()
    assert panel.state == RUNNING
    wait_idle(qtbot, panel)
    final = panel.runs["lstm"].result
    assert final.stopped == "epochs" and final.epochs == 20
    assert paused.epochs < 20
    model = fresh_model("lstm", panel.data, panel.hidden.value(), 0, init="chrono")
    direct = run(model, panel.data, panel.config())
    assert same(direct.model.params, final.model.params)


def test_stop_ends_the_run_and_keeps_its_weights(qtbot, panel):
    panel.set_task("char_lm")
    panel.stop_at.setChecked(False)
    panel.epochs.setValue(500)
    panel.start()
    qtbot.waitUntil(lambda: bool(panel.runs["lstm"].epochs), timeout=20_000)
    panel.stop()
    wait_idle(qtbot, panel, timeout=10_000)
    result = panel.runs["lstm"].result
    assert result.stopped == "cancelled" and result.epochs < 500
    assert panel.start_button.isEnabled() and not panel.stop_button.isEnabled()
    assert panel.status.text().startswith("lstm: stopped at epoch")
    assert panel.progress.value() < 100, "after Stop the bar stays where the run stopped, not at 100 %"
    right = panel.loss_plot.getViewBox().viewRange()[0][1]
    assert right < 20 + result.epochs, f"the epoch axis follows the {result.epochs} epochs run, not 500"


def test_training_never_blocks_the_window(qtbot, panel):
    panel.set_task("char_lm")
    panel.stop_at.setChecked(False)
    panel.epochs.setValue(500)
    ticks = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(10)
    panel.start()
    qtbot.wait(1500)
    timer.stop()
    panel.stop()
    wait_idle(qtbot, panel, timeout=10_000)
    gaps = np.diff(ticks)
    assert len(ticks) > 40, "the event loop kept running while the worker trained"
    # A 10 ms timer on a shared machine: most gaps stay near 10 ms; none may approach a visible freeze.
    assert np.percentile(gaps, 90) < 0.1, f"90 % of the gaps below {np.percentile(gaps, 90):.3f} s"
    assert gaps.max() < 0.5, f"the window froze for {gaps.max():.3f} s"
    assert len(panel.runs["lstm"].epochs) >= 1


def test_side_by_side_trains_three_cells_and_overlays_their_curves(qtbot, panel, session):
    panel.set_task("long_range")
    panel.picker.option_widgets["gap"].setValue(5)
    panel.picker.option_widgets["sequences"].setValue(64)
    panel.picker.rebuild_data()
    panel.epochs.setValue(3)
    panel.stop_at.setChecked(False)
    before = session.model
    panel.side_by_side.setChecked(True)
    panel.start()
    wait_idle(qtbot, panel)
    assert list(panel.runs) == ["rnn", "lstm", "gru"]
    for cell, run_ in panel.runs.items():
        assert run_.result.epochs == 3 and run_.result.model.cell == cell
        assert len(run_.curves[0].getData()[0]) == 3
    assert [panel.run_combo.itemText(k) for k in range(3)] == ["rnn", "lstm", "gru"]
    legend = panel.legend.text()
    for cell, run_ in panel.runs.items():
        assert f"{cell}: training {run_.accuracy[-1]:.1%}, test {run_.test_accuracy[-1]:.1%} after 3 epochs" in legend
    assert panel.loss_plot.getPlotItem().legend is None and panel.acc_plot.getPlotItem().legend is None
    colours = [run_.curves[0].opts["pen"].color().name().upper() for run_ in panel.runs.values()]
    assert colours == [theme.CELL_COLOURS[c].upper() for c in ("rnn", "lstm", "gru")] == ["#0072B2", "#E69F00",
                                                                                          "#CC79A7"]
    assert session.model is before, "side by side leaves the document alone"
    panel.run_combo.setCurrentIndex(2)
    assert panel.scrubber.maximum() == len(panel.runs["gru"].result.snapshots) - 1


def test_generation_panel_continues_bus_and_cow_after_training(qtbot, panel):
    panel.set_task("plurals")
    trained = []
    panel.sig_trained.connect(trained.append)
    panel.start()
    wait_idle(qtbot, panel)
    gen = GenerationPanel(trained[0])
    qtbot.addWidget(gen)
    gen.set_temperature(0.0)
    assert gen.temperature_label.text() == "0 (greedy)"
    for prime, text in (("BUS", "BUSES"), ("COW", "COWS_")):
        gen.prime.setText(prime)
        assert gen.restart()
        gen.draw(2)
        assert gen.generated_text == text
    last = gen.steps[-1]
    assert last.p.max() == 1.0 and "drew '_'" in gen.step_label.text()
    assert list(gen.drawn_bar.opts["x"]) == [gen.model.vocab.index("_")]


def test_generation_is_reproducible_for_a_seed_and_reports_bad_primes(qtbot):
    model = modelfile.load(paths.presets()["gru_pigs"])
    gen = GenerationPanel(model)
    qtbot.addWidget(gen)
    gen.seed.setValue(7)
    gen.set_temperature(1.5)
    gen.prime.setText("PI")
    gen.restart()
    gen.draw(12)
    first = gen.generated_text
    gen.restart()
    gen.draw(12)
    assert gen.generated_text == first and first.startswith("PI") and len(first) == 14
    gen.prime.setText("PIX")
    assert not gen.restart()
    assert "unknown token 'X'" in gen.message.text()


def test_generation_follows_the_session(qtbot, session):
    gen = GenerationPanel(session=session)
    qtbot.addWidget(gen)
    assert gen.model.vocab == ["P", "I", "G", "S"] and gen.prime.text() == "PIG"
    gen.draw(3)
    session.set_entry("b_y", 0, 5.0)
    assert gen.steps == [] and gen.model.params["b_y"][0] == 5.0


def test_the_window_title_follows_the_model_training_made(qtbot, reset_window):
    window = reset_window("rnn_pigs")
    window.session.set_entry("W_hh", (0, 0), 0.5)  # unsaved work already: the dirty mark stays
    assert window.windowTitle().startswith("Next character after PIG")
    panel = window.training
    panel.set_task("plurals")
    panel.epochs.setValue(2)
    panel.start()
    wait_idle(qtbot, panel)
    assert window.session.model.name == "Plurals: S or ES (lstm)"
    assert window.windowTitle() == "Plurals: S or ES (lstm) • — LSTM Studio"
    window.session.undo.undo()  # the whole run is one step: the preset comes back, and its name
    assert window.windowTitle().startswith("Next character after PIG (Elman RNN) •")


def test_a_new_model_reuses_the_gate_plots_instead_of_building_new_ones(reset_window):
    """Pressing Start replaces the document's model (another cell, another vocabulary): the gate and heat
    map grids refill the plots they have rather than build new pyqtgraph plots, the slow part."""
    window = reset_window("lstm_pigs")
    plots = [item.plot for item in window.gates.plots.values()]
    lstm = window.session.model.copy()
    window.session.replace_model(modelfile.load(paths.presets()["rnn_pigs"]), "rnn")
    window.refresh()
    assert list(window.gates.plots) == ["a", "h"]
    window.session.replace_model(lstm, "lstm")
    window.refresh()
    assert [item.plot for item in window.gates.plots.values()] == plots
    trace = forward(lstm, window.session.inputs())
    np.testing.assert_array_equal(window.gates.plots["f"].curves[1].getData()[1], trace.gates["f"][:, 0, 1])
    # two saturation bands, the one item that draws every unit's curve, the current-step line: nothing left over
    assert len(window.gates.plots["f"].bands) == 2 and len(window.gates.plots["f"].plot.items) == 2 + 1 + 1


@pytest.mark.parametrize("scale", [1.0, 1.5])
def test_nothing_in_the_panel_is_cut_off_and_start_stays_in_view(reset_window, qtbot, scale):
    window = reset_window("rnn_pigs")
    window.apply_look("light", scale)
    window.show_panel("training")
    panel = window.training
    panel.resize(1000, 560)  # shorter than the column: it scrolls, the buttons do not
    qtbot.waitUntil(lambda: panel.column.viewport().width() > 0)
    QApplication.processEvents()
    viewport, content = panel.column.viewport(), panel.column.widget()
    assert content.width() <= viewport.width(), "the column is wider than what shows of it"
    assert content.minimumSizeHint().width() <= viewport.width()
    panel.column.horizontalScrollBar().setValue(50)
    assert panel.column.horizontalScrollBar().value() == 0, "it cannot scroll sideways"
    for widget in (panel.start_button, panel.pause_button, panel.stop_button, panel.progress, panel.status):
        shown = widget.rect().translated(widget.mapTo(panel, widget.rect().topLeft()))
        assert panel.rect().contains(shown), f"{widget} is outside the panel: {shown}"
        assert not panel.column.isAncestorOf(widget)
    panel.status.setText("lstm: paused at epoch 101, batch 3 of 5 — Resume continues from there")
    QApplication.processEvents()
    assert panel.status.heightForWidth(panel.status.width()) <= panel.status.height()  # wrapped, not cut


def test_training_starts_after_the_window_has_shown_the_new_model(reset_window, qtbot, monkeypatch):
    """The worker waits until the views have rebuilt for the trained model (and painted), so that it does
    not slow their rebuild down by competing for the interpreter."""
    import lstm_studio.document.training_run as training_run

    window = reset_window("rnn_pigs")
    seen = []
    real = training_run.run_training

    def recording(model, data, config, progress, cancelled):
        # on the worker's thread: reads what the plots are, makes none
        seen.append((list(window.gates.items), window.gates.building, window.refresher._timer.isActive()))
        return real(model, data, config, progress, cancelled)

    monkeypatch.setattr(training_run, "run_training", recording)
    panel = window.training
    panel.set_task("plurals")
    panel.epochs.setValue(1)
    panel.start()
    assert seen == [], "not on the turn of the click"
    wait_idle(qtbot, panel)
    assert seen == [(["f", "i", "g", "o", "c", "h"], False, False)]


def test_a_new_epoch_range_sets_no_hidden_axis_label(panel, monkeypatch):
    labelled = []
    monkeypatch.setattr(pg.AxisItem, "_updateLabel", lambda self: labelled.append(self.orientation))
    for plot in (panel.loss_plot, panel.acc_plot):
        plot.setXRange(0, 5000, padding=0.02)  # as the epoch axis follows a run
    assert "top" not in labelled and "right" not in labelled
    assert "bottom" in labelled  # the visible "epoch" labels keep their SI prefix (×1000 epochs)
