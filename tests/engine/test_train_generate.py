"""Generation from a trained model: seeded, step by step, greedy at temperature 0; and the plural rule."""

from __future__ import annotations

import numpy as np
import pytest

from lstm_studio.engine import forward, new_model
from lstm_studio.engine.functions import softmax
from lstm_studio.engine.generate import Sampler, distribution, draw, greedy, sample
from lstm_studio.engine.train import TrainConfig, run
from lstm_studio.tasks.catalog import get_task


@pytest.fixture(scope="module")
def plurals_model():
    """An LSTM with 8 hidden units trained on plurals from seed 0 until it gets every ending right."""
    data = get_task("plurals").build()
    model = new_model("lstm", data.vocab, 8, seed=0)
    result = run(model, data, TrainConfig(epochs=300, lr=0.03, batch_size=8, target_accuracy=1.0, seed=0))
    assert result.stopped == "target" and result.accuracy == 1.0 and result.test_accuracy == 1.0
    return result.model


def ids(model, text):
    return [model.vocab.index(c) for c in text]


def text(model, indices):
    return "".join(model.vocab[k] for k in indices)


# --- the plural rule ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "stem, ending",
    [("BUS", "ES"), ("TAX", "ES"), ("COW", "S_"), ("PIG", "S_"), ("FEE", "S_"), ("CUP", "S_"),
     ("FOX", "ES"), ("RAT", "S_")],  # FOX and RAT were held out of training
)
def test_the_trained_model_continues_a_stem_with_its_plural_ending(plurals_model, stem, ending):
    drawn = greedy(plurals_model, ids(plurals_model, stem), 2)
    assert text(plurals_model, drawn) == ending
    steps = sample(plurals_model, ids(plurals_model, stem), 2, temperature=0.0)
    assert text(plurals_model, [s.drawn for s in steps]) == ending


# --- the distribution --------------------------------------------------------------------------------


def test_temperature_one_is_the_models_own_softmax_and_zero_is_the_argmax():
    y = np.array([1.0, 3.0, -2.0, 3.0 - 1e-9])
    np.testing.assert_allclose(distribution(y, 1.0), softmax(y), rtol=0, atol=1e-15)
    np.testing.assert_array_equal(distribution(y, 0.0), [0, 1, 0, 0])
    np.testing.assert_allclose(distribution(y, 0.5), softmax(2 * y), atol=1e-15)
    assert distribution(y, 1e-12)[1] > 0.99
    hot = distribution(y, 1e6)
    assert np.ptp(hot) < 1e-5, "a very high temperature flattens towards uniform"
    for bad in (-0.1, float("nan"), float("inf")):
        with pytest.raises(ValueError, match="temperature"):
            distribution(y, bad)


def test_draw_inverts_the_cumulative_distribution():
    p = np.array([0.2, 0.0, 0.5, 0.3])
    assert [draw(p, u) for u in (0.0, 0.19, 0.2, 0.69, 0.7, 0.999999)] == [0, 0, 2, 2, 3, 3]


def test_draw_frequencies_match_the_distribution():
    p = np.array([0.1, 0.6, 0.3])
    rng = np.random.Generator(np.random.PCG64(0))
    counts = np.bincount([draw(p, rng.random()) for _ in range(20_000)], minlength=3) / 20_000
    np.testing.assert_allclose(counts, p, atol=0.01)


# --- the sampler -------------------------------------------------------------------------------------


def test_a_seed_reproduces_a_run_and_another_seed_gives_another():
    model = new_model("gru", list("abcdefgh"), 6, seed=2)
    a = [s.drawn for s in sample(model, [0, 1], 40, temperature=1.5, seed=9)]
    b = [s.drawn for s in sample(model, [0, 1], 40, temperature=1.5, seed=9)]
    c = [s.drawn for s in sample(model, [0, 1], 40, temperature=1.5, seed=10)]
    assert a == b and a != c


@pytest.mark.parametrize("cell", ["rnn", "lstm", "peephole_lstm", "gru"])
def test_temperature_towards_zero_equals_greedy_decoding(cell):
    model = new_model(cell, list("PIGS"), 5, seed=4)
    prime = [0, 1]
    want = greedy(model, prime, 12)
    for temperature in (0.0, 1e-6):
        for seed in (0, 1):
            assert [s.drawn for s in sample(model, prime, 12, temperature, seed)] == want


def test_each_step_feeds_the_drawn_token_back_and_shows_the_distribution_it_came_from():
    model = new_model("lstm", list("PIGS"), 4, seed=1)
    sampler = Sampler(model, [0, 1, 2], temperature=0.7, seed=5)
    steps = sampler.run(6)
    full = forward(model, sampler.tokens[:-1])  # the whole sequence in one pass
    for k, s in enumerate(steps):
        t = 2 + k  # the time index whose output was drawn from
        assert s.t == k + 1
        assert s.fed == sampler.tokens[t]
        np.testing.assert_allclose(s.p_model, full.p[t, 0], atol=1e-12)
        np.testing.assert_allclose(s.p, softmax(full.y[t, 0] / 0.7), atol=1e-12)
        np.testing.assert_allclose(s.trace.p[-1, 0], s.p_model, atol=0)
        assert s.drawn == sampler.tokens[t + 1]
    assert sampler.tokens[:3] == [0, 1, 2] and len(sampler.tokens) == 9


def test_the_temperature_may_change_between_steps():
    model = new_model("rnn", list("PIGS"), 4, seed=1)
    sampler = Sampler(model, [0], temperature=1.0, seed=0)
    sampler.step()
    sampler.temperature = 0.0
    step = sampler.step()
    assert step.temperature == 0.0 and step.p.max() == 1.0 and step.drawn == int(np.argmax(step.p_model))


def test_next_distribution_does_not_draw():
    model = new_model("rnn", list("PIGS"), 4, seed=1)
    sampler = Sampler(model, [0], seed=3)
    sampler.next_distribution()
    first = sampler.step().drawn
    assert first == Sampler(model, [0], seed=3).step().drawn


def test_what_cannot_generate_says_why():
    with pytest.raises(ValueError, match="bidirectional"):
        Sampler(new_model("lstm", list("PIGS"), 3, bidirectional=True), [0])
    with pytest.raises(ValueError, match="prime"):
        Sampler(new_model("lstm", list("PIGS"), 3), [])
    with pytest.raises(ValueError, match="length"):
        sample(new_model("lstm", list("PIGS"), 3), [0], -1)
