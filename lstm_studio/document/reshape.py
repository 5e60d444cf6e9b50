"""Changing a model's structure (cell, conventions, hidden size, vocabulary) while keeping every weight
that still means the same thing.

A new model is initialised with the seed, then each parameter that exists in both models copies the
overlapping entries: unit k stays unit k, a vocabulary token keeps its row of W_hy and its column of the
input weights (matched by ``vocab_source``, by name unless told otherwise). So adding a hidden unit leaves
the others' weights alone, and switching an LSTM to a peephole LSTM only adds P_f, P_i, P_o.
"""

from __future__ import annotations

import numpy as np

from lstm_studio.engine import Model, new_model, state_names


def _split_name(name: str) -> tuple[str, int]:
    """Parameter name -> (base name, layer index); W_f_l2_rev -> ("W_f", 1)."""
    base = name.removesuffix("_rev")
    layer = 0
    head, sep, tail = base.rpartition("_l")
    if sep and tail.isdigit():
        base, layer = head, int(tail) - 1
    return base, layer


def axis_kinds(name: str, ndim: int) -> tuple[str, ...]:
    """What each axis of a parameter indexes: "unit" (one direction's hidden units), "units" (the
    K·H-wide output of a layer), "vocab" or "input" (the layer's input: vocab for layer 1)."""
    base, layer = _split_name(name)
    if base == "W_hy":
        return ("vocab", "units")
    if base == "b_y":
        return ("vocab",)
    if base.startswith("W_") and base != "W_hh":
        return ("unit", "vocab" if layer == 0 else "units")
    return ("unit",) * ndim


def _axis_map(kind: str, old: Model, new: Model, vocab_source: list[int | None]):
    """(new indices, old indices) of the entries kept along one axis."""
    if kind == "vocab":
        pairs = [(n, o) for n, o in enumerate(vocab_source) if o is not None and o < old.vocab_size]
    else:
        keep = min(old.hidden_size, new.hidden_size)
        blocks = min(old.directions, new.directions) if kind == "units" else 1
        pairs = [(d * new.hidden_size + j, d * old.hidden_size + j) for d in range(blocks) for j in range(keep)]
    if not pairs:
        return np.zeros(0, int), np.zeros(0, int)
    n, o = zip(*pairs)
    return np.array(n), np.array(o)


def rebuild(
    old: Model,
    *,
    cell: str | None = None,
    options: dict | None = None,
    hidden_size: int | None = None,
    vocab: list[str] | None = None,
    vocab_source: list[int | None] | None = None,
    seed: int = 0,
    keep_weights: bool = True,
) -> Model:
    """A model with the given structure; unchanged arguments come from ``old``.

    ``vocab_source[k]`` is the old index of new token k (None for a new token); by default tokens are
    matched by name. With ``keep_weights=False`` every parameter is freshly initialised from ``seed``.
    Raises SpecError for an unknown cell or option.
    """
    cell = old.cell if cell is None else cell
    if options is None:
        options = old.spec.opts if cell == old.cell else {}
    vocab = list(old.vocab) if vocab is None else list(vocab)
    hidden = old.hidden_size if hidden_size is None else int(hidden_size)
    model = new_model(cell, vocab, hidden, seed, options, old.layers, old.bidirectional, old.name)
    if not keep_weights:
        return model
    if vocab_source is None:
        where = {token: k for k, token in enumerate(old.vocab)}
        vocab_source = [where.get(token) for token in vocab]
    for name, value in model.params.items():
        previous = old.params.get(name)
        if previous is None or previous.ndim != value.ndim:
            continue
        maps = [_axis_map(kind, old, model, vocab_source) for kind in axis_kinds(name, value.ndim)]
        new_index = np.ix_(*(m[0] for m in maps))
        old_index = np.ix_(*(m[1] for m in maps))
        value[new_index] = previous[old_index]
    keep = min(old.hidden_size, hidden)
    allowed = set(state_names(model.spec, model.layers, model.bidirectional))
    for key, state in old.initial_state.items():
        if key in allowed:
            fresh = np.zeros(hidden)
            fresh[:keep] = state[:keep]
            model.initial_state[key] = fresh
    return model
