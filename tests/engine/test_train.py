"""The training loop: seeded and deterministic, cancellable within a batch, safe against NaN and overflow."""

from __future__ import annotations

import math

import numpy as np
import pytest

from lstm_studio.engine import global_norm, loss_and_gradients, new_model
from lstm_studio.engine.train import (
    TrainConfig,
    count_batches,
    epoch_batches,
    evaluate,
    resume,
    run,
)
from lstm_studio.engine.train import _buckets as buckets
from lstm_studio.tasks.catalog import Dataset, Example, get_task


def plurals_setup(cell="lstm", hidden=8, seed=0):
    data = get_task("plurals").build()
    return new_model(cell, data.vocab, hidden, seed=seed), data


def same_params(a: dict, b: dict) -> bool:
    return a.keys() == b.keys() and all(np.array_equal(a[k], b[k]) for k in a)


class CancelAfter:
    """should_cancel that says yes on its n-th call (the check before batch n)."""

    def __init__(self, n: int):
        self.n, self.calls = n, 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.calls >= self.n


# --- determinism -------------------------------------------------------------------------------------


def test_the_same_seed_gives_bit_identical_weights_and_history():
    model, data = plurals_setup()
    config = TrainConfig(epochs=15, lr=0.03, batch_size=8, target_accuracy=None, seed=7)
    a, b = run(model, data, config), run(model, data, config)
    assert same_params(a.model.params, b.model.params)
    assert [r.loss for r in a.history] == [r.loss for r in b.history]
    assert len(a.snapshots) == len(b.snapshots)
    assert all(same_params(x.params, y.params) for x, y in zip(a.snapshots, b.snapshots))


def test_another_seed_shuffles_differently_and_the_input_model_is_untouched():
    model, data = plurals_setup()
    before = {k: v.copy() for k, v in model.params.items()}
    a = run(model, data, TrainConfig(epochs=3, batch_size=8, target_accuracy=None, seed=1))
    b = run(model, data, TrainConfig(epochs=3, batch_size=8, target_accuracy=None, seed=2))
    assert not same_params(a.model.params, b.model.params)
    assert same_params(model.params, before)


def test_resuming_a_cancelled_run_equals_a_run_that_never_stopped():
    model, data = plurals_setup()
    config = TrainConfig(epochs=6, lr=0.03, batch_size=8, target_accuracy=None, seed=3)
    straight = run(model, data, config)
    first = run(model, data, config, should_cancel=CancelAfter(8))  # 7 steps, mid-epoch 3
    assert first.stopped == "cancelled" and first.steps == 7 and first.position == (3, 1)
    second = resume(first, data)
    assert second.stopped == "epochs" and second.steps == straight.steps
    assert same_params(second.model.params, straight.model.params)
    assert [r.loss for r in second.history] == [r.loss for r in straight.history]


def test_resume_with_more_epochs_continues_the_history():
    model, data = plurals_setup()
    config = TrainConfig(epochs=2, batch_size=8, target_accuracy=None)
    first = run(model, data, config)
    more = resume(first, data, TrainConfig(epochs=4, batch_size=8, target_accuracy=None))
    assert [r.epoch for r in more.history] == [1, 2, 3, 4]
    assert more.epochs == 4 and len(first.history) == 2


# --- learning ----------------------------------------------------------------------------------------


def test_the_loss_falls_while_training():
    model, data = plurals_setup()
    result = run(model, data, TrainConfig(epochs=20, lr=0.03, batch_size=8, target_accuracy=None))
    losses = [result.snapshots[0].loss] + [r.loss for r in result.history]
    assert losses[-1] < 0.5 * losses[0]
    assert sum(b < a for a, b in zip(losses, losses[1:])) >= 0.8 * (len(losses) - 1)


def test_training_stops_early_once_the_target_accuracy_is_reached():
    model, data = plurals_setup()
    result = run(model, data, TrainConfig(epochs=300, lr=0.03, batch_size=8, target_accuracy=1.0))
    assert result.stopped == "target" and "reached 100.0% training accuracy" in result.message
    assert result.epochs < 300 and result.accuracy == 1.0
    assert result.history[-1].accuracy == 1.0 and all(r.accuracy < 1.0 for r in result.history[:-1])
    assert result.snapshots[-1].epoch == result.epochs
    assert same_params(result.snapshots[-1].params, result.model.params)


def test_without_a_target_every_epoch_runs():
    model, data = plurals_setup()
    result = run(model, data, TrainConfig(epochs=5, batch_size=8, target_accuracy=None))
    assert result.stopped == "epochs" and result.epochs == 5 and len(result.history) == 5
    assert result.steps == 5 * count_batches(data.train, 8)


def test_sgd_with_momentum_trains_too():
    model, data = plurals_setup()
    result = run(model, data, TrainConfig(epochs=300, optimizer="sgd", lr=0.5, momentum=0.9, batch_size=8))
    assert result.stopped == "target" and result.accuracy == 1.0


# --- cancel ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("n", [1, 2, 5, 40])
def test_cancel_stops_before_the_next_batch(n):
    model, data = plurals_setup()
    cancel = CancelAfter(n)
    result = run(model, data, TrainConfig(epochs=100, batch_size=4, target_accuracy=None), should_cancel=cancel)
    assert result.stopped == "cancelled" and cancel.calls == n
    assert result.steps == n - 1, "exactly the batches before the cancel were trained"
    assert result.message.startswith("cancelled at epoch")
    assert np.isfinite(result.loss)
    if n == 1:
        assert same_params(result.model.params, model.params)


# --- NaN and overflow --------------------------------------------------------------------------------


def overflowing_setup():
    """A relu Elman RNN whose h grows as 1.5^t: eight short sequences train normally, one of 2000 steps
    overflows to inf. Batches of one, so the long one comes somewhere in the middle of epoch 1."""
    short = [Example((0, 1, 0), (1, 0, 1)), Example((1, 1, 0), (1, 0, 0))] * 4
    data = Dataset("toy", ["a", "b"], short + [Example((0,) * 2000, (1,) * 2000)], [], False, 1.0)
    model = new_model("rnn", data.vocab, 2, seed=0, options={"activation": "relu"})
    model.params["W_hh"] = 1.5 * np.eye(2)
    model.params["W_xh"] = np.ones((2, 2))
    config = TrainConfig(epochs=5, optimizer="sgd", lr=0.01, momentum=0.0, clip_norm=None, batch_size=1, seed=4)
    return model, data, config


def test_an_overflow_stops_training_and_restores_the_last_good_weights():
    model, data, config = overflowing_setup()
    order = [tokens.shape[0] for tokens, _ in epoch_batches(buckets(data.train), 1, config.seed, 1)]
    long_at = order.index(2000)  # 0-based position of the long batch in epoch 1
    assert long_at >= 3, "the seed puts a few good steps first"
    with np.errstate(all="raise"):  # nothing escapes the loop as a floating-point warning
        result = run(model, data, config)
    assert result.stopped == "diverged"
    assert result.message.startswith(f"stopped at epoch 1, batch {long_at + 1} of 9")
    assert "NaN or overflow" in result.message and "restored the weights after step" in result.message
    # The weights the long batch met were never checked; the last checked good ones are one step older.
    assert result.steps == long_at - 1
    assert all(np.all(np.isfinite(v)) for v in result.model.params.values())
    again = run(model, data, config, should_cancel=CancelAfter(long_at))
    assert again.steps == result.steps
    assert same_params(result.model.params, again.model.params)
    loss, _, grads = loss_and_gradients(result.model, [0, 1, 0], [1, 0, 1])
    assert math.isfinite(loss) and math.isfinite(global_norm(grads.params))
    assert same_params(result.snapshots[-1].params, result.model.params)


def test_weights_that_are_already_bad_are_kept_and_the_message_says_so():
    data = get_task("next_char").build()
    model = new_model("rnn", data.vocab, 3, seed=0, options={"activation": "relu"})
    model.params["W_hh"][:] = 1e300
    model.params["W_xh"][:] = 1e300
    result = run(model, data, TrainConfig(epochs=3))
    assert result.stopped == "diverged" and result.steps == 0
    assert "restored the starting weights" in result.message
    assert same_params(result.model.params, model.params)


# --- clipping ----------------------------------------------------------------------------------------


def one_batch_sgd(clip_norm):
    data = get_task("next_char").build(words="PIGS,PIGLET,PIN")
    model = new_model("lstm", data.vocab, 4, seed=0)
    config = TrainConfig(epochs=1, optimizer="sgd", lr=1.0, momentum=0.0, clip_norm=clip_norm,
                         batch_size=100, target_accuracy=None)
    # One bucket per word length: take the single batch of one length only.
    data = Dataset(data.task, data.vocab, data.train[:1], [], False, 1.0)
    result = run(model, data, config)
    step = math.sqrt(sum(float(((result.model.params[k] - model.params[k]) ** 2).sum()) for k in model.params))
    inputs, targets = buckets(data.train)[0]
    _loss, _, grads = loss_and_gradients(model, inputs.T, targets.T)
    norm = global_norm(grads.params) / int((targets >= 0).sum())
    return result, step, norm


def test_a_gradient_longer_than_the_clip_norm_is_scaled_to_it():
    result, step, norm = one_batch_sgd(clip_norm=1e-3)
    assert norm > 1e-3
    assert step == pytest.approx(1e-3, rel=1e-9), "SGD with lr 1 moves exactly the clipped norm"
    assert result.history[0].clipped == 1 and result.history[0].grad_norm == pytest.approx(norm)


def test_without_clipping_the_step_is_the_whole_gradient():
    result, step, norm = one_batch_sgd(clip_norm=None)
    assert step == pytest.approx(norm, rel=1e-9) and result.history[0].clipped == 0


# --- batches, evaluation, snapshots, progress --------------------------------------------------------


def test_batches_hold_sequences_of_one_length_and_cover_the_data_once_per_epoch():
    data = get_task("sentiment").build()
    groups = buckets(data.train)
    batches = epoch_batches(groups, 5, seed=0, epoch=1)
    assert len(batches) == count_batches(data.train, 5)
    seen = []
    for tokens, targets in batches:
        assert tokens.shape == targets.shape and tokens.shape[1] <= 5
        seen += [tuple(tokens[:, b]) for b in range(tokens.shape[1])]
    assert sorted(seen) == sorted(e.inputs for e in data.train)
    assert [t.tolist() for t, _ in batches] != [t.tolist() for t, _ in epoch_batches(groups, 5, 0, 2)]


def test_evaluate_counts_only_the_steps_with_a_target():
    vocab = ["a", "b"]
    model = new_model("rnn", vocab, 2, seed=0)
    model.params["b_y"][:] = [5.0, -5.0]  # always predicts a
    examples = [Example((0, 1, 1), (-1, -1, 0)), Example((1, 1), (-1, 1))]
    _loss, acc = evaluate(model, examples)
    assert acc == 0.5
    assert math.isnan(evaluate(model, [])[0])


def test_snapshots_start_at_the_initial_weights_and_are_capped():
    model, data = plurals_setup()
    result = run(model, data, TrainConfig(epochs=40, batch_size=8, target_accuracy=None, max_snapshots=10))
    assert result.snapshots[0].epoch == 0 and same_params(result.snapshots[0].params, model.params)
    assert len(result.snapshots) <= 10
    epochs = [s.epoch for s in result.snapshots]
    assert epochs == sorted(epochs) and epochs[-1] == 40
    assert same_params(result.snapshots[-1].params, result.model.params)


def test_progress_after_every_batch_and_a_model_copy_after_every_epoch():
    model, data = plurals_setup()
    events = []
    result = run(model, data, TrainConfig(epochs=3, batch_size=8, target_accuracy=None), progress=events.append)
    per_epoch = count_batches(data.train, 8)
    assert len(events) == 3 * per_epoch + 3
    fractions = [e.fraction for e in events]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0
    ends = [e for e in events if e.record is not None]
    assert [e.record.epoch for e in ends] == [1, 2, 3]
    assert same_params(ends[-1].model.params, result.model.params)
    assert ends[0].model is not result.model


def test_bad_settings_name_the_field():
    model, data = plurals_setup()
    for field, value in (("epochs", 0), ("lr", -1.0), ("optimizer", "rmsprop"), ("clip_norm", 0.0),
                         ("target_accuracy", 1.5), ("batch_size", 0), ("momentum", 1.0), ("lr", float("nan"))):
        with pytest.raises(ValueError, match=f"^{field}:"):
            run(model, data, TrainConfig(**{field: value}))
    other = new_model("lstm", ["P", "I", "G", "S"], 3)
    with pytest.raises(ValueError, match="vocab: the model's vocabulary"):
        run(other, data, TrainConfig())
