"""The local derivatives of the rnn cell (activation=tanh), written ahead of time by ``make generate``
(lstm_studio/symbolic/generate.py) from the symbolic layer: each one's LaTeX, plain text, numeric template
(LaTeX with markers for the numbers) and compiled evaluator as NumPy source. Do not edit;
tests/symbolic/test_ahead.py checks that regenerating gives this file. Read by lstm_studio/symbolic/ahead.py.
"""

from lstm_studio.symbolic.numeric import Template
from lstm_studio.symbolic.runtime import Compiled


def _f0(a0, a1):
    return a1*(1 - a0**2)


def _f1(a0, a1):
    return a0*(1 - a1**2)


def _f2(a0):
    return 1 - a0**2


def _f3():
    return 0


#: (of, wrt, cross) -> the fields of a symbolic.local.LocalDerivative, as symbolic.derivative gives them
DERIVATIVES = {
    ('h', 'W_xh', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{xh,jk}}',
        rhs_latex='(1 - h_{t}^{2})\\,x_{t,k}',
        text='∂h_t/∂W_xh[j,k] = (1 - h_t²) x_{t,k}',
        template=Template('(1 - \x000\x01^{2}) \\cdot \x001\x01', ('h@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f0, ('h@t@j', 'x@t@k'), ()),
    ),
    ('h', 'W_hh', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{hh,jk}}',
        rhs_latex='(1 - h_{t}^{2})\\,h_{t-1,k}',
        text='∂h_t/∂W_hh[j,k] = (1 - h_t²) h_{t−1,k}',
        template=Template('(1 - \x000\x01^{2}) \\cdot \x001\x01', ('h@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f1, ('h@t-1@k', 'h@t@j'), ()),
    ),
    ('h', 'b_h', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}b_{h,j}}',
        rhs_latex='1 - h_{t}^{2}',
        text='∂h_t/∂b_h[j] = 1 - h_t²',
        template=Template('1 - \x000\x01^{2}', ('h@t@j',), '', None),
        compiled=Compiled(_f2, ('h@t@j',), ()),
    ),
    ('h', 'h_prev', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}h_{t-1,k}}',
        rhs_latex='(1 - h_{t}^{2})\\,W_{hh,jk}',
        text='∂h_t/∂h_{t−1,k} = (1 - h_t²) W_hh[j,k]',
        template=Template('(1 - \x000\x01^{2}) \\cdot \x001\x01', ('h@t@j', 'W_hh@@jk'), '', None),
        compiled=Compiled(_f1, ('W_hh@@jk', 'h@t@j'), ()),
    ),
    ('h', 'x', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}x_{t,k}}',
        rhs_latex='(1 - h_{t}^{2})\\,W_{xh,jk}',
        text='∂h_t/∂x_{t,k} = (1 - h_t²) W_xh[j,k]',
        template=Template('(1 - \x000\x01^{2}) \\cdot \x001\x01', ('h@t@j', 'W_xh@@jk'), '', None),
        compiled=Compiled(_f1, ('W_xh@@jk', 'h@t@j'), ()),
    ),
    ('h', 'W_xh', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}W_{xh,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂W_xh[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f3, (), ()),
    ),
    ('h', 'W_hh', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}W_{hh,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂W_hh[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f3, (), ()),
    ),
    ('h', 'b_h', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}b_{h,j}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂b_h[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f3, (), ()),
    ),
}
