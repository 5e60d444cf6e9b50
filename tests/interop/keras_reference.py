"""A reference for Keras's recurrent layers, written from Keras's documented cell equations (Keras is not
installed here and is not needed): keras/src/layers/rnn/simple_rnn.py, lstm.py, gru.py and
bidirectional.py, with the defaults activation="tanh", recurrent_activation="sigmoid".

Keras works on row vectors: z = x_t @ kernel + h_{t-1} @ recurrent_kernel + bias, column blocks per gate.

    SimpleRNN  h = act(x @ kernel + bias + h_prev @ recurrent_kernel)
    LSTM       blocks i, f, c, o:  c = f * c_prev + i * tanh(z_c);  h = o * tanh(c)
    GRU        blocks z, r, h.  reset_after=True: bias is (2, 3H), row 0 for the input, row 1 for the
               recurrent term, and hh = tanh(x_h + r * (h_prev @ U_h + bias[1]_h)); reset_after=False:
               bias (3H,) and hh = tanh(x_h + (r * h_prev) @ U_h).  Then h = z * h_prev + (1 - z) * hh.
    Bidirectional (merge_mode="concat"): the backward copy runs over the reversed sequence, its outputs
               are flipped back into time order and concatenated after the forward ones.
    Dense      y = x @ kernel + bias
"""

from __future__ import annotations

import numpy as np


def _sigmoid(a):
    return 1.0 / (1.0 + np.exp(-a))


def simple_rnn(xs, kernel, recurrent_kernel, bias, activation="tanh"):
    act = np.tanh if activation == "tanh" else (lambda a: np.maximum(a, 0.0))
    h = np.zeros(recurrent_kernel.shape[0])
    out = []
    for x in xs:
        h = act(x @ kernel + bias + h @ recurrent_kernel)
        out.append(h)
    return out


def lstm(xs, kernel, recurrent_kernel, bias):
    H = recurrent_kernel.shape[0]
    h, c = np.zeros(H), np.zeros(H)
    out = []
    for x in xs:
        z = x @ kernel + h @ recurrent_kernel + bias
        i, f, g, o = (z[j * H : (j + 1) * H] for j in range(4))
        c = _sigmoid(f) * c + _sigmoid(i) * np.tanh(g)
        h = _sigmoid(o) * np.tanh(c)
        out.append(h)
    return out


def gru(xs, kernel, recurrent_kernel, bias):
    H = recurrent_kernel.shape[0]
    reset_after = bias.ndim == 2
    h = np.zeros(H)
    out = []
    for x in xs:
        if reset_after:
            x_z, x_r, x_h = np.split(x @ kernel + bias[0], 3)
            inner_z, inner_r, inner_h = np.split(h @ recurrent_kernel + bias[1], 3)
            z = _sigmoid(x_z + inner_z)
            r = _sigmoid(x_r + inner_r)
            hh = np.tanh(x_h + r * inner_h)
        else:
            x_z, x_r, x_h = np.split(x @ kernel + bias, 3)
            inner_z, inner_r = np.split(h @ recurrent_kernel[:, : 2 * H], 2)
            z = _sigmoid(x_z + inner_z)
            r = _sigmoid(x_r + inner_r)
            hh = np.tanh(x_h + (r * h) @ recurrent_kernel[:, 2 * H :])
        h = z * h + (1 - z) * hh
        out.append(h)
    return out


LAYERS = {"simple_rnn": simple_rnn, "lstm": lstm, "gru": gru}


def network(xs, kind, recurrent, dense, activation="tanh"):
    """A Sequential model: recurrent layers (each a tuple of arrays, or a (forward, backward) pair of
    tuples for a Bidirectional one), then Dense. Returns the logits, one row per step."""
    run = LAYERS[kind]
    extra = {"activation": activation} if kind == "simple_rnn" else {}
    for layer in recurrent:
        if isinstance(layer[0], tuple):
            ahead = run(xs, *layer[0], **extra)
            back = run(xs[::-1], *layer[1], **extra)[::-1]
            xs = [np.concatenate([a, b]) for a, b in zip(ahead, back)]
        else:
            xs = run(xs, *layer, **extra)
    kernel, bias = dense
    return np.array([x @ kernel + bias for x in xs])
