"""Training off the GUI thread: ``engine.train.run`` (or ``resume``) on a QThread, with throttled progress.

The loop reports after every batch, which can be thousands of times a second at teaching sizes; the
worker collects what arrived and emits it at most every ``interval`` seconds (and once more at the end),
so the window repaints at a steady rate whatever the speed of training. Cancelling sets an event that
the loop checks before every batch.
"""

from __future__ import annotations

import threading
import time

from PySide6.QtCore import QThread, Signal

from lstm_studio.app.common.i18n import translate
from lstm_studio.engine.train import EpochRecord, Progress, TrainConfig, TrainResult
from lstm_studio.engine.train import resume as resume_training
from lstm_studio.engine.train import run as run_training

#: Emit progress at most this often (seconds): about 15 updates a second.
DEFAULT_INTERVAL = 1 / 15


class ProgressUpdate:
    """What arrived since the previous update: new epoch records, the latest batch, the latest weights."""

    def __init__(self, records: list[EpochRecord], latest: Progress | None, model) -> None:
        self.records = records
        self.latest = latest
        self.model = model


class TrainingWorker(QThread):
    """One training run. ``start()`` it; connect the signals first (they arrive on the GUI thread)."""

    sig_progress = Signal(object)
    """A :class:`ProgressUpdate`, throttled to ``interval``."""
    sig_done = Signal(object)
    """The :class:`~lstm_studio.engine.train.TrainResult` (also after a cancel)."""
    sig_failed = Signal(str)
    """A one-line message when the run could not start (bad settings) or broke off."""

    def __init__(self, model, data, config: TrainConfig, previous: TrainResult | None = None,
                 interval: float = DEFAULT_INTERVAL, parent=None) -> None:
        super().__init__(parent)
        self.model = model
        self.data = data
        self.config = config
        self.previous = previous
        self.interval = interval
        self._cancel = threading.Event()
        self._records: list[EpochRecord] = []
        self._latest: Progress | None = None
        self._model = None
        self._last_emit = 0.0

    # --- Public API ---------------------------------------------------------------------------------

    def cancel(self) -> None:
        """Ask the loop to stop before its next batch (pause or stop: the result can be resumed)."""
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    # --- the thread ---------------------------------------------------------------------------------

    def run(self) -> None:
        try:
            if self.previous is None:
                result = run_training(self.model, self.data, self.config, self._progress, self._cancel.is_set)
            else:
                result = resume_training(self.previous, self.data, self.config, self._progress, self._cancel.is_set)
        except ValueError as err:
            self.sig_failed.emit(str(err))
            return
        except Exception as err:  # noqa: BLE001  (a worker must report, never die silently)
            self.sig_failed.emit(translate("Training", "training failed: {error}").format(
                error=f"{type(err).__name__}: {err}"))
            return
        self._flush()
        self.sig_done.emit(result)

    def _progress(self, event: Progress) -> None:
        self._latest = event
        if event.record is not None:
            self._records.append(event.record)
            self._model = event.model
        if time.monotonic() - self._last_emit >= self.interval:
            self._flush()

    def _flush(self) -> None:
        if self._latest is None and not self._records:
            return
        update = ProgressUpdate(self._records, self._latest, self._model)
        self._records, self._model = [], None
        self._last_emit = time.monotonic()
        self.sig_progress.emit(update)
