"""The local derivatives of the rnn cell (activation=relu), written ahead of time by ``make generate``
(lstm_studio/symbolic/generate.py) from the symbolic layer: each one's LaTeX, plain text, numeric template
(LaTeX with markers for the numbers) and compiled evaluator as NumPy source. Do not edit;
tests/symbolic/test_ahead.py checks that regenerating gives this file. Read by lstm_studio/symbolic/ahead.py.
"""

import numpy

from lstm_studio.symbolic.numeric import Template
from lstm_studio.symbolic.runtime import Compiled


def _f0(a0, a1):
    return a1*numpy.greater(a0, 0.0).astype(float)


def _f1(a0):
    return numpy.greater(a0, 0.0).astype(float)


def _f2(a0, a1):
    return a0*numpy.greater(a1, 0.0).astype(float)


def _f3():
    return 0


#: (of, wrt, cross) -> the fields of a symbolic.local.LocalDerivative, as symbolic.derivative gives them
DERIVATIVES = {
    ('h', 'W_xh', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{xh,jk}}',
        rhs_latex='\\left[a_{t} > 0\\right]\\,x_{t,k}',
        text='∂h_t/∂W_xh[j,k] = [a_t > 0] x_{t,k}',
        template=Template('\\left[\x000\x01 > 0\\right] \\cdot \x001\x01', ('a@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f0, ('a@t@j', 'x@t@k'), ()),
    ),
    ('h', 'W_hh', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{hh,jk}}',
        rhs_latex='\\left[a_{t} > 0\\right]\\,h_{t-1,k}',
        text='∂h_t/∂W_hh[j,k] = [a_t > 0] h_{t−1,k}',
        template=Template('\\left[\x000\x01 > 0\\right] \\cdot \x001\x01', ('a@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f0, ('a@t@j', 'h@t-1@k'), ()),
    ),
    ('h', 'b_h', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}b_{h,j}}',
        rhs_latex='\\left[a_{t} > 0\\right]',
        text='∂h_t/∂b_h[j] = [a_t > 0]',
        template=Template('\\left[\x000\x01 > 0\\right]', ('a@t@j',), '', None),
        compiled=Compiled(_f1, ('a@t@j',), ()),
    ),
    ('h', 'h_prev', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}h_{t-1,k}}',
        rhs_latex='\\left[a_{t} > 0\\right]\\,W_{hh,jk}',
        text='∂h_t/∂h_{t−1,k} = [a_t > 0] W_hh[j,k]',
        template=Template('\\left[\x000\x01 > 0\\right] \\cdot \x001\x01', ('a@t@j', 'W_hh@@jk'), '', None),
        compiled=Compiled(_f2, ('W_hh@@jk', 'a@t@j'), ()),
    ),
    ('h', 'x', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}x_{t,k}}',
        rhs_latex='\\left[a_{t} > 0\\right]\\,W_{xh,jk}',
        text='∂h_t/∂x_{t,k} = [a_t > 0] W_xh[j,k]',
        template=Template('\\left[\x000\x01 > 0\\right] \\cdot \x001\x01', ('a@t@j', 'W_xh@@jk'), '', None),
        compiled=Compiled(_f2, ('W_xh@@jk', 'a@t@j'), ()),
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
