"""Regenerate resources/presets/: small next-character models on P, I, G, S, trained on P I G -> I G S.

Weights are rounded to two decimals (so students can follow the numbers by hand) and the script checks
that the rounded model still predicts I, G, S. Run: python tools/make_presets.py
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from lstm_studio.document import modelfile  # noqa: E402
from lstm_studio.engine import forward, loss_and_gradients, new_model  # noqa: E402
from lstm_studio.engine.optim import Adam  # noqa: E402

VOCAB = ["P", "I", "G", "S"]
INPUT = [0, 1, 2]
TARGETS = [1, 2, 3]
STOP_LOSS = -3 * np.log(0.8)
PRESETS = [
    ("rnn_pigs", "rnn", {}, "Next character after PIG (Elman RNN)"),
    ("lstm_pigs", "lstm", {}, "Next character after PIG (LSTM)"),
    ("peephole_lstm_pigs", "peephole_lstm", {}, "Next character after PIG (peephole LSTM)"),
    ("gru_pigs", "gru", {}, "Next character after PIG (GRU)"),
]


def train(cell: str, options: dict, name: str, seed: int = 7):
    model = new_model(cell, VOCAB, 3, seed=seed, options=options, name=name)
    opt = Adam(lr=0.02)
    # Stop once every target has about 0.8 probability: confident enough to predict I, G, S, yet far
    # enough from a loss of 0 that the gradients stay large enough to study.
    for _ in range(2000):
        loss, _, grads = loss_and_gradients(model, INPUT, TARGETS)
        if loss < STOP_LOSS:
            break
        model.params = opt.step(model.params, grads.params)
    model.params = {k: np.round(v, 2) + 0.0 for k, v in model.params.items()}
    prediction = forward(model, INPUT).prediction[:, 0].tolist()
    if prediction != TARGETS:
        raise SystemExit(f"{name}: rounded model predicts {prediction}, not {TARGETS}")
    return model


def main() -> None:
    out = ROOT / "resources" / "presets"
    out.mkdir(parents=True, exist_ok=True)
    for stem, cell, options, name in PRESETS:
        model = train(cell, options, name)
        loss, _, _ = loss_and_gradients(model, INPUT, TARGETS)
        modelfile.save(model, out / f"{stem}.json")
        print(f"{stem}: loss {loss:.4f}")


if __name__ == "__main__":
    main()
