"""The NumPy engine: cells, unrolling, BPTT, losses, clipping, gradient check. Float64, pure functions.

Besides: the notation every layer writes with (``spec.GATE_TABLE``, the gates' symbols and parameter suffixes;
``notation``, subscripts and the panels' numbers) and the cells written one step at a time to be read
(``reference``, which the NumPy export copies and the tests hold the engine against); ``wording.Message``, the
texts every Qt-free layer composes with numbers in a form the window translates (docs/i18n.md).
"""

from lstm_studio.engine.clip import clip_by_norm, clip_by_value, global_norm
from lstm_studio.engine.gradcheck import gradcheck, relative_error
from lstm_studio.engine.model import Model, init_params, new_model, param_shapes, state_names
from lstm_studio.engine.network import as_batch, backward, cross_entropy, dlogits, forward, loss_and_gradients, one_hot
from lstm_studio.engine.spec import CELLS, GATE_TABLE, GATES, OPTIONS, SIGMOID_GATES, CellSpec, SpecError, layer_suffix
from lstm_studio.engine.trace import Gradients, LayerTrace, Trace

__all__ = [
    "CELLS", "GATES", "GATE_TABLE", "OPTIONS", "SIGMOID_GATES", "CellSpec", "Gradients", "LayerTrace", "Model",
    "SpecError", "Trace", "as_batch", "backward", "clip_by_norm", "clip_by_value", "cross_entropy",
    "dlogits", "forward", "global_norm", "gradcheck", "init_params", "layer_suffix",
    "loss_and_gradients", "new_model", "one_hot", "param_shapes", "relative_error", "state_names",
]
