"""The training loop: a pure, seeded function with a progress callback and a cancel check.

One step on a batch of B sequences of equal length T (sequences are bucketed by length, so nothing is
padded and every batch is exact):

    L̄ = (1/N) Σ_b Σ_t −log p_t[k_t]        N = number of steps with a target (k_t ≥ 0) in the batch
    g = ∇_θ L̄  (BPTT),   g ← g · min(1, max_norm / ‖g‖₂)   (clipping by norm)
    θ ← optimiser(θ, g)  (SGD with momentum or Adam, :mod:`lstm_studio.engine.optim`)

The batch order of epoch e is drawn from PCG64 seeded with (seed, e), so a run is reproducible
bit for bit, and a run continued with :func:`resume` equals one that never stopped. There is no state
outside the arguments and the returned :class:`TrainResult`.

After every epoch the model is evaluated on the whole training set and the test split; training
stops early once the training accuracy reaches ``target_accuracy``. A loss or gradient that is not
finite (NaN, or an overflow to ±inf) stops training and restores the last weights at which the loss
and the gradient were finite; the result says what happened.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from lstm_studio.engine.clip import clip_by_norm, global_norm
from lstm_studio.engine.data import Dataset, Example
from lstm_studio.engine.model import Model
from lstm_studio.engine.network import cross_entropy, forward, loss_and_gradients
from lstm_studio.engine.optim import SGD, Adam
from lstm_studio.engine.wording import Message

OPTIMIZERS = ("adam", "sgd")
STOP_TARGET = "target"
STOP_EPOCHS = "epochs"
STOP_CANCELLED = "cancelled"
STOP_DIVERGED = "diverged"
EVAL_BATCH = 512


@dataclass(frozen=True)
class TrainConfig:
    """Hyper-parameters. ``target_accuracy`` None trains every epoch; ``clip_norm`` None never clips."""

    epochs: int = 100
    batch_size: int = 16
    optimizer: str = "adam"
    lr: float = 0.01
    momentum: float = 0.9
    clip_norm: float | None = 5.0
    target_accuracy: float | None = 1.0
    seed: int = 0
    max_snapshots: int = 100

    def validate(self) -> TrainConfig:
        """Returns self, or raises ValueError naming the field."""
        checks = (
            ("epochs", isinstance(self.epochs, int) and 1 <= self.epochs <= 1_000_000, "a whole number ≥ 1"),
            ("batch_size", isinstance(self.batch_size, int) and 1 <= self.batch_size <= 100_000,
             "a whole number ≥ 1"),
            ("optimizer", self.optimizer in OPTIMIZERS, f"one of {', '.join(OPTIMIZERS)}"),
            ("lr", _finite(self.lr) and 0 < self.lr <= 100, "a number in (0, 100]"),
            ("momentum", _finite(self.momentum) and 0 <= self.momentum < 1, "a number in [0, 1)"),
            ("clip_norm", self.clip_norm is None or (_finite(self.clip_norm) and self.clip_norm > 0),
             "a positive number (or none)"),
            ("target_accuracy", self.target_accuracy is None
             or (_finite(self.target_accuracy) and 0 < self.target_accuracy <= 1), "a number in (0, 1]"),
            ("seed", isinstance(self.seed, int) and 0 <= self.seed < 2**63, "a whole number ≥ 0"),
            ("max_snapshots", isinstance(self.max_snapshots, int) and self.max_snapshots >= 2,
             "a whole number ≥ 2"),
        )
        for name, ok, expected in checks:
            if not ok:
                raise ValueError(f"{name}: {getattr(self, name)!r} is not {expected}")
        return self


def _finite(x) -> bool:
    return isinstance(x, (int, float)) and not isinstance(x, bool) and math.isfinite(x)


@dataclass(frozen=True)
class EpochRecord:
    """What one epoch did. ``loss`` is the mean cross-entropy per target (nats) over the training set at
    the end of the epoch; ``grad_norm`` the largest ‖g‖₂ before clipping; ``clipped`` how many steps were
    clipped."""

    epoch: int
    loss: float
    accuracy: float
    test_loss: float | None
    test_accuracy: float | None
    grad_norm: float
    clipped: int
    seconds: float


@dataclass(frozen=True)
class Snapshot:
    """The weights after ``epoch`` epochs (0 = before training), for the history scrubber."""

    epoch: int
    step: int
    loss: float
    accuracy: float
    params: dict[str, np.ndarray]


@dataclass(frozen=True)
class Progress:
    """Sent to the progress callback after every batch; ``record`` and ``model`` (a copy of the weights
    at the end of the epoch) only when an epoch has just finished."""

    epoch: int
    epochs: int
    batch: int
    batches: int
    step: int
    batch_loss: float
    record: EpochRecord | None = None
    model: Model | None = None

    @property
    def fraction(self) -> float:
        done = (self.epoch - 1) * self.batches + self.batch
        return min(1.0, done / max(1, self.epochs * self.batches))


@dataclass
class TrainResult:
    """The trained (or restored) model and how it got there.

    stopped   "target" (reached target_accuracy), "epochs" (ran them all), "cancelled", "diverged"
    message   one line saying what happened, for the status bar or the terminal
    loss, accuracy, test_loss, test_accuracy   of ``model`` on the training set and the test split
    epochs    epochs completed; a cancelled run may also have done part of the next one
    position  (epoch, batch) where the next step would start, for :func:`resume`
    """

    model: Model
    history: list[EpochRecord]
    snapshots: list[Snapshot]
    stopped: str
    message: str
    loss: float
    accuracy: float
    test_loss: float | None
    test_accuracy: float | None
    epochs: int
    steps: int
    seconds: float
    config: TrainConfig
    optimizer: SGD | Adam = field(repr=False)
    position: tuple[int, int] = (1, 0)


# --- batches and evaluation --------------------------------------------------------------------------


def _buckets(examples: list[Example]) -> list[tuple[np.ndarray, np.ndarray]]:
    """Examples grouped by length: [(inputs (n, T), targets (n, T))], in order of increasing T."""
    by_length: dict[int, list[Example]] = {}
    for e in examples:
        by_length.setdefault(len(e.inputs), []).append(e)
    return [
        (np.array([e.inputs for e in group], dtype=np.int64), np.array([e.targets for e in group], dtype=np.int64))
        for _, group in sorted(by_length.items())
    ]


def epoch_batches(buckets, batch_size: int, seed: int, epoch: int) -> list[tuple[np.ndarray, np.ndarray]]:
    """The batches of one epoch as (tokens (T, B), targets (T, B)): each bucket shuffled and cut into
    batches of at most ``batch_size``, then the batches shuffled, all from PCG64 seeded with (seed, epoch)."""
    rng = np.random.Generator(np.random.PCG64([seed, epoch]))
    batches = []
    for inputs, targets in buckets:
        order = rng.permutation(len(inputs))
        for start in range(0, len(order), batch_size):
            rows = order[start : start + batch_size]
            batches.append((inputs[rows].T.copy(), targets[rows].T.copy()))
    return [batches[k] for k in rng.permutation(len(batches))]


def count_batches(examples: list[Example], batch_size: int) -> int:
    lengths: dict[int, int] = {}
    for e in examples:
        lengths[len(e.inputs)] = lengths.get(len(e.inputs), 0) + 1
    return sum(-(-n // batch_size) for n in lengths.values())


def evaluate(model: Model, examples: list[Example]) -> tuple[float, float]:
    """(mean cross-entropy per target, accuracy) of ``model`` on ``examples``; (nan, nan) if none."""
    total = correct = count = 0.0
    with np.errstate(all="ignore"):
        for inputs, targets in _buckets(examples):
            for start in range(0, len(inputs), EVAL_BATCH):
                tok, tgt = inputs[start : start + EVAL_BATCH].T, targets[start : start + EVAL_BATCH].T
                trace = forward(model, tok)
                loss, _ = cross_entropy(trace, tgt)
                mask = tgt >= 0
                total += loss
                correct += int((trace.prediction[mask] == tgt[mask]).sum())
                count += int(mask.sum())
    if not count:
        return math.nan, math.nan
    return total / count, correct / count


# --- the loop ----------------------------------------------------------------------------------------


def make_optimizer(config: TrainConfig) -> SGD | Adam:
    if config.optimizer == "sgd":
        return SGD(lr=config.lr, momentum=config.momentum)
    return Adam(lr=config.lr)


def run(
    model: Model,
    data: Dataset,
    config: TrainConfig,
    progress: Callable[[Progress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> TrainResult:
    """Train a copy of ``model`` on ``data.train``; ``model`` itself is not changed.

    ``progress(Progress)`` is called after every batch; ``should_cancel()`` is asked before every batch,
    so a cancel takes effect within one batch. Returns the :class:`TrainResult`.
    """
    config.validate()
    _check_vocab(model, data)
    start = model.copy()
    first = Snapshot(0, 0, *evaluate(start, data.train), _copy(start.params))
    state = _State(start, make_optimizer(config), [], [first], (1, 0), 0)
    return _loop(state, data, config, progress, should_cancel)


def resume(
    previous: TrainResult,
    data: Dataset,
    config: TrainConfig | None = None,
    progress: Callable[[Progress], None] | None = None,
    should_cancel: Callable[[], bool] | None = None,
) -> TrainResult:
    """Continue a cancelled or finished run where it stopped, with its optimiser state.

    ``config`` may raise ``epochs`` or change ``lr`` (the optimiser keeps its moments); by default the
    previous run's. With the same config, a run cancelled and resumed equals one that never stopped.
    """
    config = (config or previous.config).validate()
    _check_vocab(previous.model, data)
    optimizer = make_optimizer(config)
    if config.optimizer == previous.config.optimizer:
        _copy_optimizer_state(previous.optimizer, optimizer)
    state = _State(
        previous.model.copy(), optimizer, list(previous.history), list(previous.snapshots),
        previous.position, previous.steps, previous.seconds,
    )
    return _loop(state, data, config, progress, should_cancel)


@dataclass
class _State:
    model: Model
    optimizer: SGD | Adam
    history: list[EpochRecord]
    snapshots: list[Snapshot]
    position: tuple[int, int]
    steps: int
    seconds: float = 0.0


def _copy(params: dict[str, np.ndarray]) -> dict[str, np.ndarray]:
    return {k: v.copy() for k, v in params.items()}


def _copy_optimizer_state(source: SGD | Adam, target: SGD | Adam) -> None:
    """Deep-copies the optimiser's moments so that a resumed run never shares arrays with its parent."""
    if isinstance(source, SGD):
        assert isinstance(target, SGD)
        target.velocity = _copy(source.velocity)
    else:
        assert isinstance(target, Adam)
        target.m, target.s, target.t = _copy(source.m), _copy(source.s), source.t


def _check_vocab(model: Model, data: Dataset) -> None:
    if list(model.vocab) != list(data.vocab):

        def show(vocab: list[str]) -> str:
            return " ".join(vocab[:12]) + (" …" if len(vocab) > 12 else "")

        raise ValueError(f"vocab: the model's vocabulary ({show(model.vocab)}) is not the task's ({show(data.vocab)})")
    if not data.train:
        raise ValueError("data: the task has no training sequences")


def _snapshot_every(config: TrainConfig) -> int:
    return max(1, math.ceil(config.epochs / (config.max_snapshots - 1)))


def _gradients(model: Model, params: dict, tokens: np.ndarray, targets: np.ndarray):
    """(L̄, ∇L̄, ‖∇L̄‖₂) at ``params``, the loss averaged over the N steps with a target."""
    model.params = params
    n = max(int((targets >= 0).sum()), 1)
    with np.errstate(all="ignore"):
        loss, _, grads = loss_and_gradients(model, tokens, targets)
        grads = {k: g / n for k, g in grads.params.items()}
        return loss / n, grads, global_norm(grads)


def _loop(state: _State, data: Dataset, config: TrainConfig, progress, should_cancel) -> TrainResult:
    t0 = time.perf_counter() - state.seconds
    model, optimizer = state.model, state.optimizer
    params = model.params
    # The last weights at which the loss and the gradient were finite, and how many steps led to them.
    good, good_step = params, state.steps
    steps = state.steps
    buckets = _buckets(data.train)
    n_batches = count_batches(data.train, config.batch_size)
    every = _snapshot_every(config)
    epoch, first_batch = state.position
    stopped, message = STOP_EPOCHS, ""

    while epoch <= config.epochs and stopped == STOP_EPOCHS:
        epoch_t0 = time.perf_counter()
        max_norm, clipped = 0.0, 0
        batches = epoch_batches(buckets, config.batch_size, config.seed, epoch)
        for b in range(first_batch, len(batches)):
            where = Message("Training", "epoch {epoch}, batch {batch} of {batches}", epoch=epoch, batch=b + 1,
                            batches=len(batches))
            if should_cancel is not None and should_cancel():
                stopped, message = STOP_CANCELLED, Message("Training", "cancelled at {where}", where=where)
                break
            loss, grads, norm = _gradients(model, params, *batches[b])
            if not (math.isfinite(loss) and math.isfinite(norm)):
                if not math.isfinite(loss):
                    what = Message("Training", "the loss became {value}", value=loss)
                else:
                    what = Message("Training", "the gradient norm became {value}", value=norm)
                stopped, message = STOP_DIVERGED, _diverged(where, what, good_step)
                params, steps = good, good_step
                break
            good, good_step = params, steps
            max_norm = max(max_norm, norm)
            if config.clip_norm is not None and norm > config.clip_norm:
                grads, _ = clip_by_norm(grads, config.clip_norm)
                clipped += 1
            with np.errstate(all="ignore"):
                new = optimizer.step(params, grads)
            bad = next((k for k, v in new.items() if not np.all(np.isfinite(v))), None)
            if bad is not None:
                stopped, message = STOP_DIVERGED, _diverged(
                    where, Message("Training", "the update made {name} overflow", name=bad), steps)
                break
            params, steps = new, steps + 1
            if progress is not None:
                progress(Progress(epoch, config.epochs, b + 1, n_batches, steps, loss))
        if stopped != STOP_EPOCHS:
            state.position = (epoch, b)
            break
        model.params = params
        train_loss, train_acc = evaluate(model, data.train)
        test_loss, test_acc = evaluate(model, data.test) if data.test else (None, None)
        record = EpochRecord(
            epoch, train_loss, train_acc, test_loss, test_acc, max_norm, clipped, time.perf_counter() - epoch_t0
        )
        state.history.append(record)
        reached = config.target_accuracy is not None and train_acc >= config.target_accuracy - 1e-12
        if epoch % every == 0 or epoch == config.epochs or reached:
            state.snapshots.append(Snapshot(epoch, steps, train_loss, train_acc, _copy(params)))
        if progress is not None:
            progress(Progress(epoch, config.epochs, n_batches, n_batches, steps, train_loss, record, model.copy()))
        if reached:
            stopped = STOP_TARGET
            message = Message("Training", "reached {accuracy} training accuracy (target {target}) at epoch {epoch}",
                              accuracy=f"{train_acc:.1%}", target=f"{config.target_accuracy:.1%}", epoch=epoch)
        epoch, first_batch = epoch + 1, 0
        state.position = (epoch, 0)

    model.params = params
    loss, acc = evaluate(model, data.train)
    test_loss, test_acc = evaluate(model, data.test) if data.test else (None, None)
    done = len(state.history)
    if stopped == STOP_EPOCHS:
        message = Message("Training", "ran all {epochs} epochs; training accuracy {accuracy}", epochs=config.epochs,
                          accuracy=f"{acc:.1%}")
    last = state.snapshots[-1]
    if last.step != steps or any(not np.array_equal(last.params[k], v) for k, v in params.items()):
        state.snapshots.append(Snapshot(done, steps, loss, acc, _copy(params)))
    return TrainResult(
        model, state.history, state.snapshots, stopped, message, loss, acc, test_loss, test_acc,
        done, steps, time.perf_counter() - t0, config, optimizer, state.position,
    )


def _diverged(where: str, what: str, step: int) -> Message:
    kept = (Message("Training", "the starting weights") if step == 0
            else Message("Training", "the weights after step {step}", step=step))
    return Message("Training", "stopped at {where}: {what} (NaN or overflow); restored {kept}, the last with a finite "
                   "loss and gradient — lower the learning rate or clip the gradient norm", where=where, what=what,
                   kept=kept)
