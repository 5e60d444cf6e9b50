"""PyTorch and Keras weight layouts, safetensors, code export and trace export. Qt-free, torch-free.

Public API (every failure is a ``lstm_studio.document.errors.InputError`` with a one-line message):

    import_torch(path, vocab=None, output_layer=None, module=None, activation=None, name=None)
        -> (Model, ImportReport)          a safetensors state dict holding nn.RNN / nn.LSTM / nn.GRU
    import_keras(path, vocab=None, output_layer=None, activation="tanh", name=None)
        -> (Model, ImportReport)          an .npz of Keras SimpleRNN / LSTM / GRU weights
    export_torch(model, path) -> [weights path, script path]
    export_keras(model, path) -> path
    export_numpy(model, path, default_input=None) -> path
    export_csv(model, path, text) -> path
    torch_refusal(model), keras_refusal(model) -> str | None    why an export is impossible (for menus)
    torch_state_dict(model), keras_weights(model), torch_script(model, weights_name),
    numpy_script(model, default_input=None), trace_csv(model, text), trace_table(model, text)
        the same exports as in-memory values, for previews
    run_table(model, inputs, trace, targets=None, losses=None) -> (header, rows), table_text(header, rows,
    delimiter=","), write_table(path, header, rows)
        any run's numbers as a table, as CSV or tab-separated text (cells a spreadsheet would evaluate
        neutralised), written atomically
"""

from lstm_studio.interop.common import ImportReport, generic_vocab, keras_refusal, torch_refusal
from lstm_studio.interop.keras_io import export_keras, import_keras, keras_weights
from lstm_studio.interop.numpy_script import export_numpy, numpy_script
from lstm_studio.interop.torch_export import export_torch, torch_script, torch_state_dict
from lstm_studio.interop.torch_import import import_torch
from lstm_studio.interop.trace_csv import export_csv, run_table, table_text, trace_csv, trace_table, write_table

__all__ = [
    "ImportReport",
    "export_csv",
    "export_keras",
    "export_numpy",
    "export_torch",
    "generic_vocab",
    "import_keras",
    "import_torch",
    "keras_refusal",
    "keras_weights",
    "numpy_script",
    "run_table",
    "table_text",
    "torch_refusal",
    "torch_script",
    "torch_state_dict",
    "trace_csv",
    "trace_table",
    "write_table",
]
