"""The local derivatives of every cell and the output layer's, written ahead of time by ``make generate``
(lstm_studio/symbolic/generate.py): one module per cell and options, imported when first asked for
(lstm_studio/symbolic/ahead.py). Do not edit; tests/symbolic/test_ahead.py checks that regenerating gives these files.
"""

#: (cell, options) -> the module holding its derivatives
MODULES = {
    ('rnn', (('activation', 'tanh'),)): 'rnn_tanh',
    ('rnn', (('activation', 'relu'),)): 'rnn_relu',
    ('lstm', ()): 'lstm',
    ('peephole_lstm', (('peephole', 'diagonal'),)): 'peephole_lstm_diagonal',
    ('peephole_lstm', (('peephole', 'full'),)): 'peephole_lstm_full',
    ('gru', (('reset', 'before'), ('update', 'z_takes_new'))): 'gru_before_z_takes_new',
    ('gru', (('reset', 'before'), ('update', 'z_keeps_old'))): 'gru_before_z_keeps_old',
    ('gru', (('reset', 'after'), ('update', 'z_takes_new'))): 'gru_after_z_takes_new',
    ('gru', (('reset', 'after'), ('update', 'z_keeps_old'))): 'gru_after_z_keeps_old',
    ('gru', (('reset', 'none'), ('update', 'z_takes_new'))): 'gru_none_z_takes_new',
    ('gru', (('reset', 'none'), ('update', 'z_keeps_old'))): 'gru_none_z_keeps_old',
}
