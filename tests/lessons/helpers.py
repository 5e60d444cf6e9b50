"""A small valid lesson to mutate, and the models the tests build lessons on."""

from __future__ import annotations

import copy

from lstm_studio.document import modelfile
from lstm_studio.paths import presets


def preset_dict(name: str) -> dict:
    """A preset as the dict of its model file."""
    return modelfile.model_to_dict(modelfile.load(presets()[name]))


def base() -> dict:
    """A valid two-step lesson: an RNN preset step with checks and a prediction, then an LSTM step with hidden
    test sequences."""
    return copy.deepcopy({
        "format": "lstm-studio.lesson", "version": 1, "id": "test-lesson", "kind": "lesson",
        "title": "A test lesson", "summary": "For the tests.", "language": "en",
        "steps": [
            {"title": "The RNN", "text": "Look at $h_t$ in the **gates** panel.", "task": "Make h₃[1] large.",
             "model": "preset:rnn_pigs", "input": "PIG", "show": "gates", "lock": ["W_xh", "W_hh[1,1]", "cell"],
             "hide": ["gradients"], "predict": {"quantity": "h", "t": 1, "unit": 1, "tolerance": 0.05},
             "check": [{"quantity": "prediction", "t": 3, "equals": "S"},
                       {"quantity": "h", "t": 3, "unit": 1, "op": ">", "value": 0.9}],
             "hints": ["Try b_h."]},
            {"title": "The LSTM", "model": preset_dict("lstm_pigs"), "input": "PIGS", "targets": "IGSP",
             "lock": "all", "unlock": ["b_f"],
             "check": [{"quantity": "f", "t": 1, "unit": 2, "within": 0.5, "tolerance": 0.1},
                       {"quantity": "grad_norm", "of": "c", "t": 1, "op": "<", "value": 1e-3}],
             "inputs": ["PIG", {"input": "PIGS", "targets": "··SP"}]},
        ],
    })
