"""The training panel: pick a task, read what it teaches, see its data, train, watch the curves, scrub.

A thin view of a :class:`lstm_studio.document.training_run.Trainer`, which holds the runs, their states
(idle, running, pausing, paused, stopping), their records and snapshots, and mirrors a single run into the
studio's document. The panel gives the trainer the background runner to launch its jobs on, so the window
never waits for training; progress arrives throttled (about 15 times a second) and only appends to the
curves, which redraw at most five times a second.

"Side by side" trains an RNN, an LSTM and a GRU on the same data with the same settings at the same
time and overlays their curves; the scrubber then browses the run picked beside it.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QSlider,
    QSpinBox,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from lstm_studio.app.common import theme
from lstm_studio.app.common.background import Jobs
from lstm_studio.app.common.i18n import shown, translate
from lstm_studio.app.common.live import Refresher
from lstm_studio.app.common.widgets import DASHED, SOLID, VerticalScroll, legend_html, timer, vertical
from lstm_studio.app.training.task_picker import TaskPicker
from lstm_studio.document.training_run import (
    IDLE,
    PAUSED,
    PAUSING,
    RUNNING,
    SIDE_BY_SIDE,
    STOPPING,
    ProgressUpdate,
    Run,
    Trainer,
    epoch_axis,
)
from lstm_studio.engine import CELLS
from lstm_studio.engine.chrono import INITS
from lstm_studio.engine.train import OPTIMIZERS, TrainConfig
from lstm_studio.tasks.catalog import Dataset, get_task

__all__ = ["IDLE", "PAUSED", "PAUSING", "RUNNING", "STOPPING", "TrainingPanel", "style_plot"]
REDRAW_MS = 200
#: Curves of up to this many epochs mark each epoch with a dot.
FEW_EPOCHS = 30


class TrainingPanel(QWidget):
    """Task, data, hyper-parameters, start/pause/stop, live curves and the history scrubber."""

    sig_trained = Signal(object)
    """A run ended (finished or stopped): emitted with its model, e.g. for the generation panel."""
    sig_status = Signal(str)
    """A one-line message for the status bar (what the run did, why it stopped)."""
    sig_state = Signal(str)
    """idle, running, pausing, paused or stopping."""

    def __init__(self, session=None, parent=None) -> None:
        super().__init__(parent)
        self.session = session
        self.jobs = Jobs(self)
        self.trainer = Trainer(lambda job, on_progress, on_done, on_error:
                               self.jobs.start(self._after_redraw(job), on_done, on_progress, on_error), session)
        self.trainer.state_changed.connect(self._state_changed)
        self.trainer.status.connect(self._set_status)
        self.trainer.progressed.connect(self._on_progress)
        self.trainer.finished.connect(lambda run: (self._draw(run), self._follow_epochs(), self._show_legend()))
        self.trainer.trained.connect(self.sig_trained.emit)
        # Curves redraw at most five times a second: a redraw of two plots costs tens of milliseconds
        # in software rendering, and the window must stay smooth while the worker trains.
        self._redraw_timer = timer(self, REDRAW_MS, self._redraw)
        self._views_busy: Callable[[], bool] = lambda: False
        self._build()
        self.set_task("plurals")

    # --- layout ---------------------------------------------------------------------------------------

    def _build(self) -> None:
        left = QWidget()
        form_box = QVBoxLayout(left)
        form_box.setContentsMargins(4, 4, 4, 4)

        self.picker = TaskPicker()
        self.picker.sig_task_changed.connect(self._task_changed)
        self.picker.sig_data_changed.connect(self._data_changed)
        form_box.addWidget(self.picker, 1)

        hyper = QGroupBox(translate("Training", "Model and training"))
        hform = QFormLayout(hyper)
        hform.setRowWrapPolicy(QFormLayout.WrapLongRows)  # a narrow column puts a label above its field
        self.cell_combo = QComboBox()
        self.cell_combo.addItems(list(CELLS))
        self.cell_combo.setCurrentText("lstm")
        self.side_by_side = QCheckBox(translate("Training", "RNN, LSTM and GRU side by side"))
        self.hidden = _spin(1, 256, 8)
        self.init_combo = QComboBox()
        self.init_combo.addItems(list(INITS))
        self.init_combo.setToolTip(translate("Training", "chrono: the forget (update) gate biases start spread over "
                                                         "log 1 … log T, so the gates remember for up to T steps; "
                                                         "default: b_f = 1, a memory of about four steps"))
        self.epochs = _spin(1, 100_000, 100)
        self.lr = _dspin(1e-5, 10.0, 0.01, decimals=5, step=0.005)
        self.optimizer = QComboBox()
        self.optimizer.addItems(list(OPTIMIZERS))
        self.batch = _spin(1, 10_000, 16)
        self.clip = _dspin(0.0, 1e6, 5.0, step=0.5)
        self.clip.setToolTip(translate("Training", "clip the gradient norm to this; 0 never clips"))
        self.seed = _spin(0, 2**31 - 1, 0)
        self.seed.setToolTip(translate("Training", "seeds the weights, the batch order and the task's random data and "
                                                   "split"))
        self.seed.valueChanged.connect(self.picker.set_seed)
        self.stop_at = QCheckBox(translate("Training", "stop at"))
        self.stop_at.setChecked(True)
        self.target = _dspin(1.0, 100.0, 100.0, decimals=1, step=1.0, suffix=" %")
        target_row = QHBoxLayout()
        target_row.addWidget(self.stop_at)
        target_row.addWidget(self.target)
        hform.addRow(translate("Training", "cell"), self.cell_combo)
        hform.addRow("", self.side_by_side)
        hform.addRow(translate("Training", "hidden units"), self.hidden)
        hform.addRow(translate("Training", "initialisation"), self.init_combo)
        hform.addRow(translate("Training", "epochs"), self.epochs)
        hform.addRow(translate("Training", "learning rate"), self.lr)
        hform.addRow(translate("Training", "optimiser"), self.optimizer)
        hform.addRow(translate("Training", "batch size"), self.batch)
        hform.addRow(translate("Training", "clip norm"), self.clip)
        hform.addRow(translate("Training", "seed"), self.seed)
        hform.addRow(translate("Training", "training accuracy"), target_row)
        form_box.addWidget(hyper)

        # Start, Pause, Stop, the progress and the status stay in view below the scrolling column.
        controls = QWidget()
        controls_box = vertical(controls, (4, 2, 4, 4), 4)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(translate("Training", "Start"))
        self.pause_button = QPushButton(translate("Training", "Pause"))
        self.stop_button = QPushButton(translate("Training", "Stop"))
        self.start_button.clicked.connect(self.start)
        self.pause_button.clicked.connect(self.toggle_pause)
        self.stop_button.clicked.connect(self.stop)
        for b in (self.start_button, self.pause_button, self.stop_button):
            buttons.addWidget(b)
        controls_box.addLayout(buttons)
        self.progress = QProgressBar()
        self.progress.setRange(0, 1000)
        self.status = QLabel(translate("Training", "ready"))
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.PlainText)  # messages quote the user's words and the task's tokens
        self.status.setTextInteractionFlags(Qt.TextSelectableByMouse)
        controls_box.addWidget(self.progress)
        controls_box.addWidget(self.status)

        right = QWidget()
        plots = QVBoxLayout(right)
        plots.setContentsMargins(4, 4, 4, 4)
        self.loss_plot = pg.PlotWidget()
        self.loss_plot.setLabel("left", translate("Training", "loss (nats per target)"))
        self.loss_plot.setLabel("bottom", translate("Training", "epoch"))
        self.acc_plot = pg.PlotWidget()
        self.acc_plot.setLabel("left", translate("Training", "accuracy"))
        self.acc_plot.setLabel("bottom", translate("Training", "epoch"))
        self.acc_plot.setYRange(0, 1.02)
        for plot in (self.loss_plot, self.acc_plot):
            plot.setXRange(0, 10, padding=0.02)  # before a run: a plain epoch axis, not pyqtgraph's ±500
        self.loss_plot.setYRange(0, 1.5)
        for plot in (self.loss_plot, self.acc_plot):
            style_plot(plot)
        self.loss_plot.getAxis("left").enableAutoSIPrefix(False)
        self.scrub_lines = [pg.InfiniteLine(angle=90, movable=False, pen=pg.mkPen("#7F7F7F", style=Qt.DashLine))
                            for _ in range(2)]
        self.loss_plot.addItem(self.scrub_lines[0])
        self.acc_plot.addItem(self.scrub_lines[1])
        # The legend (with each run's latest accuracies: the cells side by side) sits above the charts,
        # where it cannot cover the curves as they grow to the right edge.
        self.legend = QLabel()
        self.legend.setTextFormat(Qt.RichText)
        self.legend.setWordWrap(True)
        plots.addWidget(self.legend)
        plots.addWidget(self.loss_plot, 1)
        plots.addWidget(self.acc_plot, 1)

        scrub_row = QHBoxLayout()
        scrub_row.addWidget(QLabel(translate("Training", "history")))
        self.run_combo = QComboBox()
        self.run_combo.setToolTip(translate("Training", "the run whose snapshots the scrubber moves through"))
        self.run_combo.currentIndexChanged.connect(lambda _: self._update_scrubber())
        self.scrubber = QSlider(Qt.Horizontal)
        # Named here: it is disabled (so skipped by the namer) when the panel is first shown.
        self.scrubber.setAccessibleName(translate("Training", "history"))
        self.scrubber.setEnabled(False)
        self.scrubber.valueChanged.connect(self.scrub_to)
        self.scrubber.sliderPressed.connect(self.trainer.begin_scrub)
        self.scrubber.sliderReleased.connect(self.trainer.end_scrub)
        scrub_row.addWidget(self.run_combo)
        scrub_row.addWidget(self.scrubber, 1)
        plots.addLayout(scrub_row)
        # Wrapped: after a run this line ("… — drag to move through N snapshots") is the panel's longest, and
        # unwrapped at large text it widened the floating window past a laptop screen (docs/window.md).
        self.snapshot_label = QLabel("")
        self.snapshot_label.setWordWrap(True)
        self.snapshot_label.setTextFormat(Qt.PlainText)  # it quotes the task's name and tokens
        plots.addWidget(self.snapshot_label)

        side = QWidget()
        side_box = vertical(side, 0, 0)
        self.column = VerticalScroll(left)
        side_box.addWidget(self.column, 1)
        side_box.addWidget(controls)
        splitter = QSplitter(Qt.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(side)
        splitter.addWidget(right)
        splitter.setSizes([380, 720])  # room to read the task's explanation; the charts take the rest
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(splitter)
        self._update_buttons()

    # --- Public API: the task -------------------------------------------------------------------------

    def set_task(self, name: str) -> None:
        """Show task ``name`` (explanation, options, data) with its suggested hyper-parameters."""
        self.picker.set_task(name)

    @property
    def task_name(self) -> str:
        return self.picker.task.name

    @property
    def data(self) -> Dataset | None:
        """The data the next run trains on (None while the task's options are invalid)."""
        return self.picker.data

    def _task_changed(self, task) -> None:
        d = task.defaults
        self.hidden.setValue(d.get("hidden", 8))
        self.epochs.setValue(d.get("epochs", 100))
        self.lr.setValue(d.get("lr", 0.01))
        self.batch.setValue(d.get("batch_size", 16))
        self.init_combo.setCurrentText(d.get("init", "default"))
        self.side_by_side.setChecked(d.get("side_by_side", False))  # a task made to compare the cells

    def _data_changed(self, data) -> None:
        if data is not None:
            self.target.setValue(100 * data.target_accuracy)
        self._update_buttons()

    def config(self) -> TrainConfig:
        return TrainConfig(
            epochs=self.epochs.value(), batch_size=self.batch.value(), optimizer=self.optimizer.currentText(),
            lr=self.lr.value(), clip_norm=self.clip.value() or None,
            target_accuracy=self.target.value() / 100 if self.stop_at.isChecked() else None,
            seed=self.seed.value(),
        )

    # --- Public API: running --------------------------------------------------------------------------

    @property
    def state(self) -> str:
        """idle, running, pausing, paused or stopping (the trainer's)."""
        return self.trainer.state

    @property
    def runs(self) -> dict[str, Run]:
        return self.trainer.runs

    @property
    def running(self) -> bool:
        """Whether a run is still training (its worker may take a moment more to wind down)."""
        return self.trainer.running

    def start(self) -> None:
        """Train from fresh weights (one cell, or three side by side)."""
        if self.picker.rebuild_pending():
            self.picker.rebuild_data()
        if not self.trainer.can_start() or self.data is None:
            return
        self._clear_runs()
        config = self.config()
        cells = SIDE_BY_SIDE if self.side_by_side.isChecked() else (self.cell_combo.currentText(),)
        if not self.trainer.prepare(cells, self.data, self.hidden.value(), config.seed,
                                    self.init_combo.currentText(), get_task(self.task_name).title):
            return
        # The task's model is in the document now: the window's views rebuild for it one per turn of the
        # event loop, and the run's worker waits for them (``set_views_busy``).
        Refresher.of(self.session).refresh_in_turns()
        for run in self.runs.values():
            self._add_curves(run, theme.CELL_COLOURS[run.cell])
            self.run_combo.addItem(run.cell, run.cell)
        self._follow_epochs()
        self._show_legend()
        self.trainer.begin(config)

    def toggle_pause(self) -> None:
        """Pause a running training (it stops before its next batch), or resume a paused one."""
        if self.state == RUNNING:
            self.trainer.pause()
        elif self.state == PAUSED:
            self.trainer.resume(self.config())

    def stop(self) -> None:
        """End the training for good (the weights reached so far stay)."""
        self.trainer.stop()

    def wait(self, msecs: int = 30_000) -> bool:
        """Block until every run's worker has ended (for shutting down and for tests)."""
        return self.jobs.wait(msecs)

    def scrub_to(self, index: int) -> None:
        """Show snapshot ``index`` of the run picked beside the scrubber (mirrored into the session)."""
        run = self.runs.get(self.run_combo.currentData())
        if run is None or not run.snapshots:
            return
        index = max(0, min(int(index), len(run.snapshots) - 1))
        if self.scrubber.value() != index:
            self.scrubber.blockSignals(True)
            self.scrubber.setValue(index)
            self.scrubber.blockSignals(False)
        self._show_snapshot(run, self.trainer.snapshot(run.cell, index))

    def shutdown(self) -> None:
        """Cancel every run and wait for its worker (call before the panel goes away)."""
        self.trainer.shutdown()
        self.wait()

    def set_views_busy(self, busy: Callable[[], bool]) -> None:
        """``busy()`` tells whether the window's views are still building for a new model (a view that
        builds over several turns): a run waits for them as it waits for the first repaint."""
        self._views_busy = busy

    def _after_redraw(self, job):
        """``job``, made to wait on its worker until the window has shown the new model: Start puts a new
        model into the document, and the views rebuild for it (a new cell, a new vocabulary) many times
        slower while a training worker competes with them for the interpreter. Two timers (1 ms: a 0 ms
        single shot would be a posted event, delivered before the views' own timer) — the first fires
        after the views' update, the second after the painting it posted."""
        ready = threading.Event()

        def painted() -> None:
            if self._views_busy():
                QTimer.singleShot(1, self, painted)
            else:
                ready.set()

        QTimer.singleShot(1, self, lambda: QTimer.singleShot(1, self, painted))

        def waiting(report, cancelled):
            while not ready.wait(0.02) and not cancelled():
                pass
            return job(report, cancelled)

        return waiting

    # --- what the trainer reports ---------------------------------------------------------------------

    def _state_changed(self, state: str) -> None:
        self._update_buttons()
        if state == RUNNING:
            self.scrubber.setEnabled(False)
        elif state in (IDLE, PAUSED):
            self._update_scrubber()
        if state in (IDLE, PAUSED):  # where the runs stopped: 100 % only when they finished
            self.progress.setValue(int(1000 * self.trainer.fraction))
        self.sig_state.emit(state)

    def _on_progress(self, run: Run, update: ProgressUpdate) -> None:
        if update.records and not self._redraw_timer.isActive():
            self._redraw_timer.start()
        if update.latest is not None:
            self.progress.setValue(int(1000 * self.trainer.fraction))
            if update.records:
                last = update.records[-1]
                test = "" if last.test_accuracy is None else translate("Training", ", test {accuracy}").format(
                    accuracy=f"{last.test_accuracy:.1%}")
                self.status.setText(translate("Training", "{cell}: epoch {epoch}: loss {loss}, accuracy "
                                                          "{accuracy}").format(
                    cell=run.cell, epoch=last.epoch, loss=f"{last.loss:.4f}", accuracy=f"{last.accuracy:.1%}") + test)

    def _set_status(self, message: str) -> None:
        message = shown(message)
        self.status.setText(message)
        self.sig_status.emit(message)

    # --- the curves and the scrubber ------------------------------------------------------------------

    def _follow_epochs(self) -> None:
        """The epoch axis spans the epochs run so far (see :func:`epoch_axis`), not the planned ones."""
        right = epoch_axis(self.trainer.epochs_run)
        for plot in (self.loss_plot, self.acc_plot):
            plot.setXRange(0, right, padding=0.02)
            plot.enableAutoRange(x=False)

    def _clear_runs(self) -> None:
        self.loss_plot.clear()
        self.acc_plot.clear()
        self.loss_plot.addItem(self.scrub_lines[0])
        self.acc_plot.addItem(self.scrub_lines[1])
        self.legend.setText("")
        self.run_combo.clear()
        self.snapshot_label.setText("")
        self.progress.setValue(0)

    def _add_curves(self, run: Run, colour: str) -> None:
        pen = pg.mkPen(colour, width=1)
        dashed = pg.mkPen(colour, width=1, style=Qt.DashLine)
        # Curves grow to thousands of epochs and redraw about 15 times a second: without antialiasing and
        # with peak downsampling a redraw stays a few milliseconds however long the run.
        options = dict(antialias=False, autoDownsample=True, downsampleMethod="peak", clipToView=True,
                       symbol=None, symbolSize=5, symbolBrush=colour, symbolPen=pg.mkPen(colour))
        run.curves = [
            self.loss_plot.plot([], [], pen=pen, **options),
            self.acc_plot.plot([], [], pen=pen, **options),
            self.acc_plot.plot([], [], pen=dashed, **options),
        ]

    def _redraw(self) -> None:
        for run in self.runs.values():
            self._draw(run)
        self._follow_epochs()
        self._show_legend()

    def _show_legend(self) -> None:
        """One entry per run in its colour, with its latest training (and test) accuracy."""
        entries = []
        for run in self.runs.values():
            text = run.cell
            if run.accuracy and np.isnan(run.test_accuracy[-1]):
                text = translate("Training", "{cell}: training {training} after %n epochs", None,
                                 run.epochs[-1]).format(cell=run.cell, training=f"{run.accuracy[-1]:.1%}")
            elif run.accuracy:
                text = translate("Training", "{cell}: training {training}, test {test} after %n epochs", None,
                                 run.epochs[-1]).format(cell=run.cell, training=f"{run.accuracy[-1]:.1%}",
                                                        test=f"{run.test_accuracy[-1]:.1%}")
            entries.append((theme.CELL_COLOURS[run.cell], SOLID, text))
        if entries:
            entries.append((theme.current().muted, DASHED, translate("Training", "test accuracy (the lower chart)")))
        self.legend.setText(legend_html(entries, columns=2))

    def _draw(self, run: Run) -> None:
        if not run.curves:
            return
        x = np.asarray(run.epochs, dtype=float)
        for curve in run.curves:  # a run of a few epochs (one that reached its target early) shows its points
            curve.setSymbol("o" if len(x) <= FEW_EPOCHS else None)
        run.curves[0].setData(x, np.asarray(run.loss))
        run.curves[1].setData(x, np.asarray(run.accuracy))
        test = np.asarray(run.test_accuracy)
        if np.all(np.isnan(test)):
            run.curves[2].setData([], [])
        else:
            run.curves[2].setData(x, test, connect="finite")

    def _update_scrubber(self) -> None:
        run = self.runs.get(self.run_combo.currentData())
        ok = run is not None and run.result is not None and self.state in (IDLE, PAUSED)
        self.scrubber.setEnabled(bool(ok))
        if not ok:
            return
        self.scrubber.blockSignals(True)
        self.scrubber.setRange(0, len(run.snapshots) - 1)
        self.scrubber.setValue(len(run.snapshots) - 1)
        self.scrubber.blockSignals(False)
        self._show_snapshot(run, run.snapshots[-1], " — " + translate(
            "Training", "drag to move through %n snapshots", None, len(run.snapshots)))

    def _show_snapshot(self, run: Run, snap, more: str = "") -> None:
        for line in self.scrub_lines:
            line.setValue(snap.epoch)
        self.snapshot_label.setText(_snapshot_text(run, snap) + more)

    # --- state ----------------------------------------------------------------------------------------

    def _update_buttons(self) -> None:
        busy = self.state in (RUNNING, PAUSING, STOPPING)
        self.start_button.setEnabled(not busy and self.data is not None)
        self.pause_button.setEnabled(self.state in (RUNNING, PAUSED))
        self.pause_button.setText(translate("Training", "Resume") if self.state == PAUSED
                                  else translate("Training", "Pause"))
        self.stop_button.setEnabled(self.state in (RUNNING, PAUSING, PAUSED))
        editable = not busy and self.state != PAUSED
        self.picker.set_editable(editable)
        for widget in (self.cell_combo, self.side_by_side, self.hidden, self.init_combo, self.seed):
            widget.setEnabled(editable)

    def closeEvent(self, event) -> None:
        self.shutdown()
        super().closeEvent(event)


# --- helpers ------------------------------------------------------------------------------------------


def _snapshot_text(run: Run, snap) -> str:
    return translate("Training", "{cell}: epoch {epoch} (step {step}) · loss {loss} · training accuracy "
                                 "{accuracy}").format(cell=run.cell, epoch=snap.epoch, step=snap.step,
                                                      loss=f"{snap.loss:.4f}", accuracy=f"{snap.accuracy:.1%}")


def style_plot(plot: pg.PlotWidget) -> None:
    """The present theme's background, axis and text colours; no context menu; a light y grid."""
    th = theme.current()
    plot.setBackground(th.background)
    plot.setMenuEnabled(False)
    plot.showGrid(x=False, y=True, alpha=0.25)
    for name in ("left", "bottom"):
        axis = plot.getAxis(name)
        axis.setPen(pg.mkPen(th.muted))
        axis.setTextPen(pg.mkPen(th.foreground))
    # The hidden top and right axes follow every range change (about 15 a second while a run trains); with
    # pyqtgraph's automatic SI prefix on, each one set their hidden labels again.
    for name in ("top", "right"):
        plot.getAxis(name).enableAutoSIPrefix(False)


def _spin(low: int, high: int, value: int) -> QSpinBox:
    box = QSpinBox()
    box.setRange(low, high)
    box.setValue(value)
    return box


def _dspin(low: float, high: float, value: float, decimals: int = 2, step: float = 0.1,
           suffix: str = "") -> QDoubleSpinBox:
    box = QDoubleSpinBox()
    box.setDecimals(decimals)
    box.setRange(low, high)
    box.setSingleStep(step)
    box.setValue(value)
    if suffix:
        box.setSuffix(suffix)
    return box
