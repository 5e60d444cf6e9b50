"""Lesson 2 reproduces the lecture's numbers exactly as printed, and training it (as the last step offers)
makes it predict S after P I G."""

from __future__ import annotations

import numpy as np

from lstm_studio import lessons
from lstm_studio.engine import forward
from lstm_studio.engine.train import run

LESSON = lessons.load(lessons.find("rnn-lecture-numbers").path)
PIG = [0, 1, 2]


def test_the_lecture_network_is_the_lectures():
    model = LESSON.model_at(1)
    assert model.cell == "rnn" and model.vocab == ["P", "I", "G", "S"] and model.hidden_size == 3
    np.testing.assert_array_equal(model.params["W_hh"], np.diag([0.427043] * 3))
    np.testing.assert_array_equal(model.params["b_h"], [0.567001] * 3)
    np.testing.assert_array_equal(model.params["b_y"], [0, 0, 0, 0])
    np.testing.assert_array_equal(model.params["W_xh"], [[0.287027, 0.84606, 0.572392, 0.486813],
                                                         [0.902874, 0.871522, 0.691079, 0.18998],
                                                         [0.537524, 0.09224, 0.558159, 0.491528]])
    np.testing.assert_array_equal(model.params["W_hy"], [[0.37168, 0.974829459, 0.830034886],
                                                         [0.39141, 0.282585823, 0.659835709],
                                                         [0.64985, 0.09821557, 0.332487804],
                                                         [0.91266, 0.32581642, 0.144630018]])


def test_the_printed_states_softmax_and_prediction():
    trace = forward(LESSON.model_at(1), PIG)
    printed_h = [(0.6932, 0.8996, 0.8021), (0.9365, 0.9491, 0.7623), (0.9120, 0.9307, 0.8958)]
    for t, printed in enumerate(printed_h):
        assert np.round(trace.h[t, 0], 4).tolist() == list(printed)
    assert np.round(trace.p[0, 0], 4).tolist() == [0.4324, 0.2052, 0.1599, 0.2025]
    assert trace.prediction[2, 0] == 0  # P: "not correct, because the weights are just randomly initialized"


def test_the_predict_steps_accept_the_lectures_answers():
    model = LESSON.model_at(1)
    for number, answer in ((1, [0.6932]), (2, [0.9365, 0.9491, 0.7623]), (3, [0.4324, 0.2052, 0.1599, 0.2025]),
                           (4, "P")):
        step = LESSON.step(number)
        assert lessons.compare(step, model, "PIG", answer).passed, number


def test_the_engine_trains_it_until_it_predicts_s():
    step = LESSON.step(5)
    model = LESSON.model_at(5)
    assert lessons.evaluate(step, model, "PIG")[0].actual == "P"
    data, config = lessons.plan(step.train, model)
    result = run(model, data, config)
    assert result.stopped == "target"
    assert forward(result.model, PIG).prediction[:, 0].tolist() == [1, 2, 3]
    assert lessons.all_passed(lessons.evaluate(step, result.model, "PIG"))
