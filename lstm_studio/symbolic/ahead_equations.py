"""Every cell's equations in every form, and the output layer's, as LaTeX: written by ``make generate``
(lstm_studio/symbolic/generate.py) from the symbolic layer. Do not edit; tests/symbolic/test_ahead.py
checks that regenerating gives this file.
"""

#: (cell, options, form) -> ((quantity, LaTeX), ...), as symbolic.cell_equations gives them
CELL_EQUATIONS = {
    ('rnn', (('activation', 'tanh'),), 'unit'): (
        ('h', 'h_{t} = \\operatorname{tanh}\\Bigl(\\sum_{k} W_{xh,jk}\\,x_{t,k} + \\sum_{k} W_{hh,jk}\\,h_{t-1,k} + b_{h,j}\\Bigr)'),
    ),
    ('rnn', (('activation', 'tanh'),), 'vector'): (
        ('h', 'h_{t} = \\operatorname{tanh}(W_{xh}\\,x_{t} + W_{hh}\\,h_{t-1} + b_{h})'),
    ),
    ('rnn', (('activation', 'tanh'),), 'stacked'): (
        ('stacked', '\\begin{pmatrix} h_{t} \\end{pmatrix} = \\begin{pmatrix} \\operatorname{tanh} \\end{pmatrix} \\left( \\begin{pmatrix} W_{hh} & W_{xh} \\end{pmatrix} \\begin{pmatrix} h_{t-1} \\\\ x_{t} \\end{pmatrix} + \\begin{pmatrix} b_{h} \\end{pmatrix} \\right)'),
    ),
    ('rnn', (('activation', 'relu'),), 'unit'): (
        ('h', 'h_{t} = \\operatorname{relu}\\Bigl(\\sum_{k} W_{xh,jk}\\,x_{t,k} + \\sum_{k} W_{hh,jk}\\,h_{t-1,k} + b_{h,j}\\Bigr)'),
    ),
    ('rnn', (('activation', 'relu'),), 'vector'): (
        ('h', 'h_{t} = \\operatorname{relu}(W_{xh}\\,x_{t} + W_{hh}\\,h_{t-1} + b_{h})'),
    ),
    ('rnn', (('activation', 'relu'),), 'stacked'): (
        ('stacked', '\\begin{pmatrix} h_{t} \\end{pmatrix} = \\begin{pmatrix} \\operatorname{relu} \\end{pmatrix} \\left( \\begin{pmatrix} W_{hh} & W_{xh} \\end{pmatrix} \\begin{pmatrix} h_{t-1} \\\\ x_{t} \\end{pmatrix} + \\begin{pmatrix} b_{h} \\end{pmatrix} \\right)'),
    ),
    ('lstm', (), 'unit'): (
        ('f', 'f_{t} = \\sigma\\Bigl(\\sum_{k} W_{f,jk}\\,x_{t,k} + \\sum_{k} U_{f,jk}\\,h_{t-1,k} + b_{f,j}\\Bigr)'),
        ('i', 'i_{t} = \\sigma\\Bigl(\\sum_{k} W_{i,jk}\\,x_{t,k} + \\sum_{k} U_{i,jk}\\,h_{t-1,k} + b_{i,j}\\Bigr)'),
        ('g', '\\tilde{C}_{t} = \\operatorname{tanh}\\Bigl(\\sum_{k} W_{c,jk}\\,x_{t,k} + \\sum_{k} U_{c,jk}\\,h_{t-1,k} + b_{c,j}\\Bigr)'),
        ('c', 'c_{t} = f_{t}\\,c_{t-1} + i_{t}\\,\\tilde{C}_{t}'),
        ('o', 'o_{t} = \\sigma\\Bigl(\\sum_{k} W_{o,jk}\\,x_{t,k} + \\sum_{k} U_{o,jk}\\,h_{t-1,k} + b_{o,j}\\Bigr)'),
        ('h', 'h_{t} = o_{t}\\,\\operatorname{tanh}\\,c_{t}'),
    ),
    ('lstm', (), 'vector'): (
        ('f', 'f_{t} = \\sigma(W_{f}\\,x_{t} + U_{f}\\,h_{t-1} + b_{f})'),
        ('i', 'i_{t} = \\sigma(W_{i}\\,x_{t} + U_{i}\\,h_{t-1} + b_{i})'),
        ('g', '\\tilde{C}_{t} = \\operatorname{tanh}(W_{c}\\,x_{t} + U_{c}\\,h_{t-1} + b_{c})'),
        ('c', 'c_{t} = f_{t} \\odot c_{t-1} + i_{t} \\odot \\tilde{C}_{t}'),
        ('o', 'o_{t} = \\sigma(W_{o}\\,x_{t} + U_{o}\\,h_{t-1} + b_{o})'),
        ('h', 'h_{t} = o_{t} \\odot \\operatorname{tanh}\\,c_{t}'),
    ),
    ('lstm', (), 'stacked'): (
        ('stacked', '\\begin{pmatrix} f_{t} \\\\ i_{t} \\\\ \\tilde{C}_{t} \\\\ o_{t} \\end{pmatrix} = \\begin{pmatrix} \\sigma \\\\ \\sigma \\\\ \\operatorname{tanh} \\\\ \\sigma \\end{pmatrix} \\left( \\begin{pmatrix} U_{f} & W_{f} \\\\ U_{i} & W_{i} \\\\ U_{c} & W_{c} \\\\ U_{o} & W_{o} \\end{pmatrix} \\begin{pmatrix} h_{t-1} \\\\ x_{t} \\end{pmatrix} + \\begin{pmatrix} b_{f} \\\\ b_{i} \\\\ b_{c} \\\\ b_{o} \\end{pmatrix} \\right)'),
        ('c', 'c_{t} = f_{t} \\odot c_{t-1} + i_{t} \\odot \\tilde{C}_{t}'),
        ('h', 'h_{t} = o_{t} \\odot \\operatorname{tanh}\\,c_{t}'),
    ),
    ('peephole_lstm', (('peephole', 'diagonal'),), 'unit'): (
        ('f', 'f_{t} = \\sigma\\Bigl(\\sum_{k} W_{f,jk}\\,x_{t,k} + \\sum_{k} U_{f,jk}\\,h_{t-1,k} + P_{f,j}\\,c_{t-1} + b_{f,j}\\Bigr)'),
        ('i', 'i_{t} = \\sigma\\Bigl(\\sum_{k} W_{i,jk}\\,x_{t,k} + \\sum_{k} U_{i,jk}\\,h_{t-1,k} + P_{i,j}\\,c_{t-1} + b_{i,j}\\Bigr)'),
        ('g', '\\tilde{C}_{t} = \\operatorname{tanh}\\Bigl(\\sum_{k} W_{c,jk}\\,x_{t,k} + \\sum_{k} U_{c,jk}\\,h_{t-1,k} + b_{c,j}\\Bigr)'),
        ('c', 'c_{t} = f_{t}\\,c_{t-1} + i_{t}\\,\\tilde{C}_{t}'),
        ('o', 'o_{t} = \\sigma\\Bigl(\\sum_{k} W_{o,jk}\\,x_{t,k} + \\sum_{k} U_{o,jk}\\,h_{t-1,k} + P_{o,j}\\,c_{t} + b_{o,j}\\Bigr)'),
        ('h', 'h_{t} = o_{t}\\,\\operatorname{tanh}\\,c_{t}'),
    ),
    ('peephole_lstm', (('peephole', 'diagonal'),), 'vector'): (
        ('f', 'f_{t} = \\sigma(W_{f}\\,x_{t} + U_{f}\\,h_{t-1} + P_{f} \\odot c_{t-1} + b_{f})'),
        ('i', 'i_{t} = \\sigma(W_{i}\\,x_{t} + U_{i}\\,h_{t-1} + P_{i} \\odot c_{t-1} + b_{i})'),
        ('g', '\\tilde{C}_{t} = \\operatorname{tanh}(W_{c}\\,x_{t} + U_{c}\\,h_{t-1} + b_{c})'),
        ('c', 'c_{t} = f_{t} \\odot c_{t-1} + i_{t} \\odot \\tilde{C}_{t}'),
        ('o', 'o_{t} = \\sigma(W_{o}\\,x_{t} + U_{o}\\,h_{t-1} + P_{o} \\odot c_{t} + b_{o})'),
        ('h', 'h_{t} = o_{t} \\odot \\operatorname{tanh}\\,c_{t}'),
    ),
    ('peephole_lstm', (('peephole', 'diagonal'),), 'stacked'): (
        ('f', 'f_{t} = \\sigma(W_{f}\\,x_{t} + U_{f}\\,h_{t-1} + P_{f} \\odot c_{t-1} + b_{f})'),
        ('i', 'i_{t} = \\sigma(W_{i}\\,x_{t} + U_{i}\\,h_{t-1} + P_{i} \\odot c_{t-1} + b_{i})'),
        ('g', '\\tilde{C}_{t} = \\operatorname{tanh}(W_{c}\\,x_{t} + U_{c}\\,h_{t-1} + b_{c})'),
        ('c', 'c_{t} = f_{t} \\odot c_{t-1} + i_{t} \\odot \\tilde{C}_{t}'),
        ('o', 'o_{t} = \\sigma(W_{o}\\,x_{t} + U_{o}\\,h_{t-1} + P_{o} \\odot c_{t} + b_{o})'),
        ('h', 'h_{t} = o_{t} \\odot \\operatorname{tanh}\\,c_{t}'),
    ),
    ('peephole_lstm', (('peephole', 'full'),), 'unit'): (
        ('f', 'f_{t} = \\sigma\\Bigl(\\sum_{k} W_{f,jk}\\,x_{t,k} + \\sum_{k} U_{f,jk}\\,h_{t-1,k} + \\sum_{k} P_{f,jk}\\,c_{t-1,k} + b_{f,j}\\Bigr)'),
        ('i', 'i_{t} = \\sigma\\Bigl(\\sum_{k} W_{i,jk}\\,x_{t,k} + \\sum_{k} U_{i,jk}\\,h_{t-1,k} + \\sum_{k} P_{i,jk}\\,c_{t-1,k} + b_{i,j}\\Bigr)'),
        ('g', '\\tilde{C}_{t} = \\operatorname{tanh}\\Bigl(\\sum_{k} W_{c,jk}\\,x_{t,k} + \\sum_{k} U_{c,jk}\\,h_{t-1,k} + b_{c,j}\\Bigr)'),
        ('c', 'c_{t} = f_{t}\\,c_{t-1} + i_{t}\\,\\tilde{C}_{t}'),
        ('o', 'o_{t} = \\sigma\\Bigl(\\sum_{k} W_{o,jk}\\,x_{t,k} + \\sum_{k} U_{o,jk}\\,h_{t-1,k} + \\sum_{m} P_{o,jm}\\,c_{t,m} + b_{o,j}\\Bigr)'),
        ('h', 'h_{t} = o_{t}\\,\\operatorname{tanh}\\,c_{t}'),
    ),
    ('peephole_lstm', (('peephole', 'full'),), 'vector'): (
        ('f', 'f_{t} = \\sigma(W_{f}\\,x_{t} + U_{f}\\,h_{t-1} + P_{f}\\,c_{t-1} + b_{f})'),
        ('i', 'i_{t} = \\sigma(W_{i}\\,x_{t} + U_{i}\\,h_{t-1} + P_{i}\\,c_{t-1} + b_{i})'),
        ('g', '\\tilde{C}_{t} = \\operatorname{tanh}(W_{c}\\,x_{t} + U_{c}\\,h_{t-1} + b_{c})'),
        ('c', 'c_{t} = f_{t} \\odot c_{t-1} + i_{t} \\odot \\tilde{C}_{t}'),
        ('o', 'o_{t} = \\sigma(W_{o}\\,x_{t} + U_{o}\\,h_{t-1} + P_{o}\\,c_{t} + b_{o})'),
        ('h', 'h_{t} = o_{t} \\odot \\operatorname{tanh}\\,c_{t}'),
    ),
    ('peephole_lstm', (('peephole', 'full'),), 'stacked'): (
        ('f', 'f_{t} = \\sigma(W_{f}\\,x_{t} + U_{f}\\,h_{t-1} + P_{f}\\,c_{t-1} + b_{f})'),
        ('i', 'i_{t} = \\sigma(W_{i}\\,x_{t} + U_{i}\\,h_{t-1} + P_{i}\\,c_{t-1} + b_{i})'),
        ('g', '\\tilde{C}_{t} = \\operatorname{tanh}(W_{c}\\,x_{t} + U_{c}\\,h_{t-1} + b_{c})'),
        ('c', 'c_{t} = f_{t} \\odot c_{t-1} + i_{t} \\odot \\tilde{C}_{t}'),
        ('o', 'o_{t} = \\sigma(W_{o}\\,x_{t} + U_{o}\\,h_{t-1} + P_{o}\\,c_{t} + b_{o})'),
        ('h', 'h_{t} = o_{t} \\odot \\operatorname{tanh}\\,c_{t}'),
    ),
    ('gru', (('reset', 'before'), ('update', 'z_takes_new')), 'unit'): (
        ('z', 'z_{t} = \\sigma\\Bigl(\\sum_{k} W_{z,jk}\\,x_{t,k} + \\sum_{k} U_{z,jk}\\,h_{t-1,k} + b_{z,j}\\Bigr)'),
        ('r', 'r_{t} = \\sigma\\Bigl(\\sum_{k} W_{r,jk}\\,x_{t,k} + \\sum_{k} U_{r,jk}\\,h_{t-1,k} + b_{r,j}\\Bigr)'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}\\Bigl(\\sum_{k} W_{h,jk}\\,x_{t,k} + \\sum_{k} U_{h,jk}\\,r_{t,k}\\,h_{t-1,k} + b_{h,j}\\Bigr)'),
        ('h', 'h_{t} = (1 - z_{t})\\,h_{t-1} + z_{t}\\,\\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'before'), ('update', 'z_takes_new')), 'vector'): (
        ('z', 'z_{t} = \\sigma(W_{z}\\,x_{t} + U_{z}\\,h_{t-1} + b_{z})'),
        ('r', 'r_{t} = \\sigma(W_{r}\\,x_{t} + U_{r}\\,h_{t-1} + b_{r})'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}(W_{h}\\,x_{t} + U_{h}\\,(r_{t} \\odot h_{t-1}) + b_{h})'),
        ('h', 'h_{t} = (1 - z_{t}) \\odot h_{t-1} + z_{t} \\odot \\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'before'), ('update', 'z_takes_new')), 'stacked'): (
        ('stacked', '\\begin{pmatrix} z_{t} \\\\ r_{t} \\end{pmatrix} = \\begin{pmatrix} \\sigma \\\\ \\sigma \\end{pmatrix} \\left( \\begin{pmatrix} U_{z} & W_{z} \\\\ U_{r} & W_{r} \\end{pmatrix} \\begin{pmatrix} h_{t-1} \\\\ x_{t} \\end{pmatrix} + \\begin{pmatrix} b_{z} \\\\ b_{r} \\end{pmatrix} \\right)'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}(W_{h}\\,x_{t} + U_{h}\\,(r_{t} \\odot h_{t-1}) + b_{h})'),
        ('h', 'h_{t} = (1 - z_{t}) \\odot h_{t-1} + z_{t} \\odot \\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'before'), ('update', 'z_keeps_old')), 'unit'): (
        ('z', 'z_{t} = \\sigma\\Bigl(\\sum_{k} W_{z,jk}\\,x_{t,k} + \\sum_{k} U_{z,jk}\\,h_{t-1,k} + b_{z,j}\\Bigr)'),
        ('r', 'r_{t} = \\sigma\\Bigl(\\sum_{k} W_{r,jk}\\,x_{t,k} + \\sum_{k} U_{r,jk}\\,h_{t-1,k} + b_{r,j}\\Bigr)'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}\\Bigl(\\sum_{k} W_{h,jk}\\,x_{t,k} + \\sum_{k} U_{h,jk}\\,r_{t,k}\\,h_{t-1,k} + b_{h,j}\\Bigr)'),
        ('h', 'h_{t} = z_{t}\\,h_{t-1} + (1 - z_{t})\\,\\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'before'), ('update', 'z_keeps_old')), 'vector'): (
        ('z', 'z_{t} = \\sigma(W_{z}\\,x_{t} + U_{z}\\,h_{t-1} + b_{z})'),
        ('r', 'r_{t} = \\sigma(W_{r}\\,x_{t} + U_{r}\\,h_{t-1} + b_{r})'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}(W_{h}\\,x_{t} + U_{h}\\,(r_{t} \\odot h_{t-1}) + b_{h})'),
        ('h', 'h_{t} = z_{t} \\odot h_{t-1} + (1 - z_{t}) \\odot \\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'before'), ('update', 'z_keeps_old')), 'stacked'): (
        ('stacked', '\\begin{pmatrix} z_{t} \\\\ r_{t} \\end{pmatrix} = \\begin{pmatrix} \\sigma \\\\ \\sigma \\end{pmatrix} \\left( \\begin{pmatrix} U_{z} & W_{z} \\\\ U_{r} & W_{r} \\end{pmatrix} \\begin{pmatrix} h_{t-1} \\\\ x_{t} \\end{pmatrix} + \\begin{pmatrix} b_{z} \\\\ b_{r} \\end{pmatrix} \\right)'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}(W_{h}\\,x_{t} + U_{h}\\,(r_{t} \\odot h_{t-1}) + b_{h})'),
        ('h', 'h_{t} = z_{t} \\odot h_{t-1} + (1 - z_{t}) \\odot \\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'after'), ('update', 'z_takes_new')), 'unit'): (
        ('z', 'z_{t} = \\sigma\\Bigl(\\sum_{k} W_{z,jk}\\,x_{t,k} + \\sum_{k} U_{z,jk}\\,h_{t-1,k} + b_{z,j}\\Bigr)'),
        ('r', 'r_{t} = \\sigma\\Bigl(\\sum_{k} W_{r,jk}\\,x_{t,k} + \\sum_{k} U_{r,jk}\\,h_{t-1,k} + b_{r,j}\\Bigr)'),
        ('n', 'n_{t} = \\sum_{k} U_{h,jk}\\,h_{t-1,k} + b_{hn,j}'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}\\Bigl(\\sum_{k} W_{h,jk}\\,x_{t,k} + b_{h,j} + r_{t}\\,n_{t}\\Bigr)'),
        ('h', 'h_{t} = (1 - z_{t})\\,h_{t-1} + z_{t}\\,\\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'after'), ('update', 'z_takes_new')), 'vector'): (
        ('z', 'z_{t} = \\sigma(W_{z}\\,x_{t} + U_{z}\\,h_{t-1} + b_{z})'),
        ('r', 'r_{t} = \\sigma(W_{r}\\,x_{t} + U_{r}\\,h_{t-1} + b_{r})'),
        ('n', 'n_{t} = U_{h}\\,h_{t-1} + b_{hn}'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}(W_{h}\\,x_{t} + b_{h} + r_{t} \\odot n_{t})'),
        ('h', 'h_{t} = (1 - z_{t}) \\odot h_{t-1} + z_{t} \\odot \\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'after'), ('update', 'z_takes_new')), 'stacked'): (
        ('stacked', '\\begin{pmatrix} z_{t} \\\\ r_{t} \\end{pmatrix} = \\begin{pmatrix} \\sigma \\\\ \\sigma \\end{pmatrix} \\left( \\begin{pmatrix} U_{z} & W_{z} \\\\ U_{r} & W_{r} \\end{pmatrix} \\begin{pmatrix} h_{t-1} \\\\ x_{t} \\end{pmatrix} + \\begin{pmatrix} b_{z} \\\\ b_{r} \\end{pmatrix} \\right)'),
        ('n', 'n_{t} = U_{h}\\,h_{t-1} + b_{hn}'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}(W_{h}\\,x_{t} + b_{h} + r_{t} \\odot n_{t})'),
        ('h', 'h_{t} = (1 - z_{t}) \\odot h_{t-1} + z_{t} \\odot \\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'after'), ('update', 'z_keeps_old')), 'unit'): (
        ('z', 'z_{t} = \\sigma\\Bigl(\\sum_{k} W_{z,jk}\\,x_{t,k} + \\sum_{k} U_{z,jk}\\,h_{t-1,k} + b_{z,j}\\Bigr)'),
        ('r', 'r_{t} = \\sigma\\Bigl(\\sum_{k} W_{r,jk}\\,x_{t,k} + \\sum_{k} U_{r,jk}\\,h_{t-1,k} + b_{r,j}\\Bigr)'),
        ('n', 'n_{t} = \\sum_{k} U_{h,jk}\\,h_{t-1,k} + b_{hn,j}'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}\\Bigl(\\sum_{k} W_{h,jk}\\,x_{t,k} + b_{h,j} + r_{t}\\,n_{t}\\Bigr)'),
        ('h', 'h_{t} = z_{t}\\,h_{t-1} + (1 - z_{t})\\,\\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'after'), ('update', 'z_keeps_old')), 'vector'): (
        ('z', 'z_{t} = \\sigma(W_{z}\\,x_{t} + U_{z}\\,h_{t-1} + b_{z})'),
        ('r', 'r_{t} = \\sigma(W_{r}\\,x_{t} + U_{r}\\,h_{t-1} + b_{r})'),
        ('n', 'n_{t} = U_{h}\\,h_{t-1} + b_{hn}'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}(W_{h}\\,x_{t} + b_{h} + r_{t} \\odot n_{t})'),
        ('h', 'h_{t} = z_{t} \\odot h_{t-1} + (1 - z_{t}) \\odot \\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'after'), ('update', 'z_keeps_old')), 'stacked'): (
        ('stacked', '\\begin{pmatrix} z_{t} \\\\ r_{t} \\end{pmatrix} = \\begin{pmatrix} \\sigma \\\\ \\sigma \\end{pmatrix} \\left( \\begin{pmatrix} U_{z} & W_{z} \\\\ U_{r} & W_{r} \\end{pmatrix} \\begin{pmatrix} h_{t-1} \\\\ x_{t} \\end{pmatrix} + \\begin{pmatrix} b_{z} \\\\ b_{r} \\end{pmatrix} \\right)'),
        ('n', 'n_{t} = U_{h}\\,h_{t-1} + b_{hn}'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}(W_{h}\\,x_{t} + b_{h} + r_{t} \\odot n_{t})'),
        ('h', 'h_{t} = z_{t} \\odot h_{t-1} + (1 - z_{t}) \\odot \\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'none'), ('update', 'z_takes_new')), 'unit'): (
        ('z', 'z_{t} = \\sigma\\Bigl(\\sum_{k} W_{z,jk}\\,x_{t,k} + \\sum_{k} U_{z,jk}\\,h_{t-1,k} + b_{z,j}\\Bigr)'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}\\Bigl(\\sum_{k} W_{h,jk}\\,x_{t,k} + \\sum_{k} U_{h,jk}\\,h_{t-1,k} + b_{h,j}\\Bigr)'),
        ('h', 'h_{t} = (1 - z_{t})\\,h_{t-1} + z_{t}\\,\\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'none'), ('update', 'z_takes_new')), 'vector'): (
        ('z', 'z_{t} = \\sigma(W_{z}\\,x_{t} + U_{z}\\,h_{t-1} + b_{z})'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}(W_{h}\\,x_{t} + U_{h}\\,h_{t-1} + b_{h})'),
        ('h', 'h_{t} = (1 - z_{t}) \\odot h_{t-1} + z_{t} \\odot \\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'none'), ('update', 'z_takes_new')), 'stacked'): (
        ('stacked', '\\begin{pmatrix} z_{t} \\\\ \\tilde{h}_{t} \\end{pmatrix} = \\begin{pmatrix} \\sigma \\\\ \\operatorname{tanh} \\end{pmatrix} \\left( \\begin{pmatrix} U_{z} & W_{z} \\\\ U_{h} & W_{h} \\end{pmatrix} \\begin{pmatrix} h_{t-1} \\\\ x_{t} \\end{pmatrix} + \\begin{pmatrix} b_{z} \\\\ b_{h} \\end{pmatrix} \\right)'),
        ('h', 'h_{t} = (1 - z_{t}) \\odot h_{t-1} + z_{t} \\odot \\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'none'), ('update', 'z_keeps_old')), 'unit'): (
        ('z', 'z_{t} = \\sigma\\Bigl(\\sum_{k} W_{z,jk}\\,x_{t,k} + \\sum_{k} U_{z,jk}\\,h_{t-1,k} + b_{z,j}\\Bigr)'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}\\Bigl(\\sum_{k} W_{h,jk}\\,x_{t,k} + \\sum_{k} U_{h,jk}\\,h_{t-1,k} + b_{h,j}\\Bigr)'),
        ('h', 'h_{t} = z_{t}\\,h_{t-1} + (1 - z_{t})\\,\\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'none'), ('update', 'z_keeps_old')), 'vector'): (
        ('z', 'z_{t} = \\sigma(W_{z}\\,x_{t} + U_{z}\\,h_{t-1} + b_{z})'),
        ('h_tilde', '\\tilde{h}_{t} = \\operatorname{tanh}(W_{h}\\,x_{t} + U_{h}\\,h_{t-1} + b_{h})'),
        ('h', 'h_{t} = z_{t} \\odot h_{t-1} + (1 - z_{t}) \\odot \\tilde{h}_{t}'),
    ),
    ('gru', (('reset', 'none'), ('update', 'z_keeps_old')), 'stacked'): (
        ('stacked', '\\begin{pmatrix} z_{t} \\\\ \\tilde{h}_{t} \\end{pmatrix} = \\begin{pmatrix} \\sigma \\\\ \\operatorname{tanh} \\end{pmatrix} \\left( \\begin{pmatrix} U_{z} & W_{z} \\\\ U_{h} & W_{h} \\end{pmatrix} \\begin{pmatrix} h_{t-1} \\\\ x_{t} \\end{pmatrix} + \\begin{pmatrix} b_{z} \\\\ b_{h} \\end{pmatrix} \\right)'),
        ('h', 'h_{t} = z_{t} \\odot h_{t-1} + (1 - z_{t}) \\odot \\tilde{h}_{t}'),
    ),
}

#: ((name, LaTeX), ...), as symbolic.output.loss_latex gives them
LOSS = (
    ('logits', 'y_{t,v} = \\sum_{j} W_{hy,vj}\\,h_{t,j} + b_{y,v}'),
    ('softmax', 'p_{t,v} = \\frac{e^{y_{t,v}}}{\\sum_{u} e^{y_{t,u}}}'),
    ('loss', 'L = \\sum_{t} \\ell_{t}, \\quad \\ell_{t} = -\\log p_{t,k_{t}}'),
    ('loss_logits', '\\ell_{t} = \\log \\sum_{u} e^{y_{t,u}} - y_{t,k_{t}}'),
)
