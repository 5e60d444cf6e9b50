"""A model: a cell spec, sizes, vocabulary, parameters and initial state, with seeded initialisation.

Shapes (docs/model-file.md#parameters): V = len(vocab) is the input and output size, H the hidden size, L the number of
stacked layers and K = 2 for a bidirectional model (1 otherwise). Layer 1 reads the one-hot x_t (size V);
layer l > 1 reads layer l−1's output (size K·H). The output layer reads the top layer's output:

    y_t = W_hy h_t + b_y      W_hy (V, K·H), b_y (V,)
    p_t = softmax(y_t)
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

import numpy as np

from lstm_studio.engine.spec import CellSpec, SpecError, layer_suffix

OUTPUT_PARAMS = ("W_hy", "b_y")


@dataclass
class Model:
    """Everything the engine needs to run a recurrent network, in float64.

    ``params`` maps every parameter name (see :func:`param_shapes`) to an array; ``initial_state`` maps
    ``h``/``c`` (with the layer suffix of :func:`lstm_studio.engine.spec.layer_suffix`) to an (H,) array
    and may leave any of them out, meaning zeros.
    """

    spec: CellSpec
    vocab: list[str]
    hidden_size: int
    params: dict[str, np.ndarray]
    layers: int = 1
    bidirectional: bool = False
    initial_state: dict[str, np.ndarray] = field(default_factory=dict)
    name: str = ""

    @property
    def cell(self) -> str:
        return self.spec.cell

    @property
    def vocab_size(self) -> int:
        return len(self.vocab)

    @property
    def directions(self) -> int:
        return 2 if self.bidirectional else 1

    def layer_params(self, layer: int, reverse: bool) -> dict[str, np.ndarray]:
        """The parameters of one layer and direction under their plain equation names (W_f, U_f, …)."""
        suffix = layer_suffix(layer, reverse)
        return {name: self.params[name + suffix] for name in _layer_param_names(self.spec)}

    def h0(self, layer: int, reverse: bool) -> np.ndarray:
        state = self.initial_state.get("h" + layer_suffix(layer, reverse))
        return np.zeros(self.hidden_size) if state is None else state

    def c0(self, layer: int, reverse: bool) -> np.ndarray:
        state = self.initial_state.get("c" + layer_suffix(layer, reverse))
        return np.zeros(self.hidden_size) if state is None else state

    def param_count(self) -> int:
        return int(sum(p.size for p in self.params.values()))

    def copy(self) -> Model:
        return Model(
            spec=self.spec,
            vocab=list(self.vocab),
            hidden_size=self.hidden_size,
            params={k: v.copy() for k, v in self.params.items()},
            layers=self.layers,
            bidirectional=self.bidirectional,
            initial_state={k: v.copy() for k, v in self.initial_state.items()},
            name=self.name,
        )


@cache
def _layer_param_names(spec: CellSpec) -> tuple[str, ...]:
    """One layer's parameter names, without suffix (cached: forward and backward ask on every call)."""
    return tuple(spec.param_shapes(1, 1))


def param_shapes(
    spec: CellSpec, vocab_size: int, hidden_size: int, layers: int = 1, bidirectional: bool = False
) -> dict[str, tuple[int, ...]]:
    """Every parameter name of a model and its shape, in canonical order (layer by layer, then W_hy, b_y)."""
    shapes: dict[str, tuple[int, ...]] = {}
    directions = (False, True) if bidirectional else (False,)
    width = hidden_size * len(directions)
    for layer in range(layers):
        input_size = vocab_size if layer == 0 else width
        for reverse in directions:
            suffix = layer_suffix(layer, reverse)
            for name, shape in spec.param_shapes(input_size, hidden_size).items():
                shapes[name + suffix] = shape
    shapes["W_hy"] = (vocab_size, width)
    shapes["b_y"] = (vocab_size,)
    return shapes


def state_names(spec: CellSpec, layers: int = 1, bidirectional: bool = False) -> list[str]:
    """The keys an ``initial_state`` may hold: h (and c for LSTMs) for every layer and direction."""
    names = []
    for layer in range(layers):
        for reverse in (False, True) if bidirectional else (False,):
            suffix = layer_suffix(layer, reverse)
            names.append("h" + suffix)
            if spec.has_c:
                names.append("c" + suffix)
    return names


def init_params(
    spec: CellSpec,
    vocab_size: int,
    hidden_size: int,
    seed: int,
    layers: int = 1,
    bidirectional: bool = False,
) -> dict[str, np.ndarray]:
    """Seeded initialisation.

    The scheme: every weight matrix and peephole is drawn from U(−k, k) with k = 1/√H (PyTorch's
    default for its recurrent layers), the output layer's W_hy from U(−k, k) with k = 1/√(K·H) (the
    fan-in of nn.Linear); every bias is 0 except the LSTM forget-gate bias b_f = 1, so that a fresh
    LSTM starts by remembering (Jozefowicz et al., 2015). Draws come from NumPy's PCG64 seeded with
    ``seed``, one matrix at a time in the canonical order of :func:`param_shapes`, so the same seed
    gives the same numbers on every machine.
    """
    if hidden_size < 1 or vocab_size < 1 or layers < 1:
        raise SpecError("hidden_size, vocabulary and layers must all be at least 1")
    rng = np.random.Generator(np.random.PCG64(seed))
    shapes = param_shapes(spec, vocab_size, hidden_size, layers, bidirectional)
    k_cell = 1.0 / np.sqrt(hidden_size)
    k_out = 1.0 / np.sqrt(shapes["W_hy"][1])
    params: dict[str, np.ndarray] = {}
    for name, shape in shapes.items():
        base = name.split("_l")[0].removesuffix("_rev")
        if base.startswith("b_"):
            value = 1.0 if base == "b_f" else 0.0
            params[name] = np.full(shape, value)
        else:
            k = k_out if name == "W_hy" else k_cell
            params[name] = rng.uniform(-k, k, size=shape)
    return params


def new_model(
    cell: str,
    vocab: list[str],
    hidden_size: int,
    seed: int = 0,
    options: dict | None = None,
    layers: int = 1,
    bidirectional: bool = False,
    name: str = "",
) -> Model:
    """A freshly initialised model (see :func:`init_params` for the scheme)."""
    spec = CellSpec.make(cell, options)
    params = init_params(spec, len(vocab), hidden_size, seed, layers, bidirectional)
    return Model(spec, list(vocab), hidden_size, params, layers, bidirectional, {}, name)
