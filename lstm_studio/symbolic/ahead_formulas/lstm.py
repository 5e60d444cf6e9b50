"""The local derivatives of the lstm cell, written ahead of time by ``make generate``
(lstm_studio/symbolic/generate.py) from the symbolic layer: each one's LaTeX, plain text, numeric template
(LaTeX with markers for the numbers) and compiled evaluator as NumPy source. Do not edit;
tests/symbolic/test_ahead.py checks that regenerating gives this file. Read by lstm_studio/symbolic/ahead.py.
"""

import numpy

from lstm_studio.symbolic.numeric import Template
from lstm_studio.symbolic.runtime import Compiled


def _f0(a0, a1, a2, a3, a4):
    return a0*a2*a3*a4*(1 - a2)*(1 - numpy.tanh(a1)**2)


def _f1(a0, a1, a2, a3):
    return a0*a2*a3*(1 - a2)*(1 - numpy.tanh(a1)**2)


def _f2(a0, a1, a2, a3, a4):
    return a1*a2*a3*a4*(1 - a2)*(1 - numpy.tanh(a0)**2)


def _f3(a0, a1, a2, a3, a4):
    return a1*a2*a3*a4*(1 - a3)*(1 - numpy.tanh(a0)**2)


def _f4(a0, a1, a2, a3):
    return a1*a2*a3*(1 - a2)*(1 - numpy.tanh(a0)**2)


def _f5(a0, a1, a2, a3, a4):
    return a2*a3*a4*(1 - a1**2)*(1 - numpy.tanh(a0)**2)


def _f6(a0, a1, a2, a3):
    return a2*a3*(1 - a1**2)*(1 - numpy.tanh(a0)**2)


def _f7(a0, a1, a2):
    return a1*a2*(1 - a1)*numpy.tanh(a0)


def _f8(a0, a1, a2):
    return a1*a2*(1 - a2)*numpy.tanh(a0)


def _f9(a0, a1):
    return a1*(1 - a1)*numpy.tanh(a0)


def _f10(a0, a1, a2, a3, a4, a5, a6, a7, a8, a9):
    x0 = numpy.tanh(a5)
    return a3*a9*x0*(1 - a9) + a9*(1 - x0**2)*(a0*a8*(1 - a7**2) + a1*a4*a6*(1 - a6) + a2*a7*a8*(1 - a8))


def _f11(a0, a1, a2, a3):
    return a1*a2*a3*(1 - numpy.tanh(a0)**2)


def _f12(a0, a1, a2):
    return a0*a1*a2*(1 - a1)


def _f13(a0, a1):
    return a0*a1*(1 - a1)


def _f14(a0, a1, a2):
    return a0*a1*a2*(1 - a2)


def _f15(a0, a1, a2):
    return a1*a2*(1 - a0**2)


def _f16(a0, a1):
    return a1*(1 - a0**2)


def _f17():
    return 0


def _f18(a0, a1, a2, a3, a4, a5, a6):
    return a0*a6*(1 - a5**2) + a1*a3*a4*(1 - a4) + a2*a5*a6*(1 - a6)


def _f19(a0, a1):
    return a0*a1


#: (of, wrt, cross) -> the fields of a symbolic.local.LocalDerivative, as symbolic.derivative gives them
DERIVATIVES = {
    ('h', 'W_f', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{f,jk}}',
        rhs_latex='o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,c_{t-1}\\,f_{t}\\,(1 - f_{t})\\,x_{t,k}',
        text='∂h_t/∂W_f[j,k] = o_t (1 - tanh² c_t) c_{t−1} f_t (1 - f_t) x_{t,k}',
        template=Template('\x000\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!1\x01)) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot (1 - \x004\x01) \\cdot \x005\x01', ('o@t@j', 'c@t@j', 'c@t-1@j', 'f@t@j', 'f@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f0, ('c@t-1@j', 'c@t@j', 'f@t@j', 'o@t@j', 'x@t@k'), ()),
    ),
    ('h', 'U_f', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}U_{f,jk}}',
        rhs_latex='o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,c_{t-1}\\,f_{t}\\,(1 - f_{t})\\,h_{t-1,k}',
        text='∂h_t/∂U_f[j,k] = o_t (1 - tanh² c_t) c_{t−1} f_t (1 - f_t) h_{t−1,k}',
        template=Template('\x000\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!1\x01)) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot (1 - \x004\x01) \\cdot \x005\x01', ('o@t@j', 'c@t@j', 'c@t-1@j', 'f@t@j', 'f@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f0, ('c@t-1@j', 'c@t@j', 'f@t@j', 'h@t-1@k', 'o@t@j'), ()),
    ),
    ('h', 'b_f', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}b_{f,j}}',
        rhs_latex='o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,c_{t-1}\\,f_{t}\\,(1 - f_{t})',
        text='∂h_t/∂b_f[j] = o_t (1 - tanh² c_t) c_{t−1} f_t (1 - f_t)',
        template=Template('\x000\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!1\x01)) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot (1 - \x004\x01)', ('o@t@j', 'c@t@j', 'c@t-1@j', 'f@t@j', 'f@t@j'), '', None),
        compiled=Compiled(_f1, ('c@t-1@j', 'c@t@j', 'f@t@j', 'o@t@j'), ()),
    ),
    ('h', 'W_i', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{i,jk}}',
        rhs_latex='o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,\\tilde{C}_{t}\\,i_{t}\\,(1 - i_{t})\\,x_{t,k}',
        text='∂h_t/∂W_i[j,k] = o_t (1 - tanh² c_t) C̃_t i_t (1 - i_t) x_{t,k}',
        template=Template('\x000\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!1\x01)) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot (1 - \x004\x01) \\cdot \x005\x01', ('o@t@j', 'c@t@j', 'g@t@j', 'i@t@j', 'i@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f2, ('c@t@j', 'g@t@j', 'i@t@j', 'o@t@j', 'x@t@k'), ()),
    ),
    ('h', 'U_i', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}U_{i,jk}}',
        rhs_latex='o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,\\tilde{C}_{t}\\,i_{t}\\,(1 - i_{t})\\,h_{t-1,k}',
        text='∂h_t/∂U_i[j,k] = o_t (1 - tanh² c_t) C̃_t i_t (1 - i_t) h_{t−1,k}',
        template=Template('\x000\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!1\x01)) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot (1 - \x004\x01) \\cdot \x005\x01', ('o@t@j', 'c@t@j', 'g@t@j', 'i@t@j', 'i@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f3, ('c@t@j', 'g@t@j', 'h@t-1@k', 'i@t@j', 'o@t@j'), ()),
    ),
    ('h', 'b_i', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}b_{i,j}}',
        rhs_latex='o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,\\tilde{C}_{t}\\,i_{t}\\,(1 - i_{t})',
        text='∂h_t/∂b_i[j] = o_t (1 - tanh² c_t) C̃_t i_t (1 - i_t)',
        template=Template('\x000\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!1\x01)) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot (1 - \x004\x01)', ('o@t@j', 'c@t@j', 'g@t@j', 'i@t@j', 'i@t@j'), '', None),
        compiled=Compiled(_f4, ('c@t@j', 'g@t@j', 'i@t@j', 'o@t@j'), ()),
    ),
    ('h', 'W_c', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{c,jk}}',
        rhs_latex='o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,i_{t}\\,(1 - {\\tilde{C}_{t}}^{2})\\,x_{t,k}',
        text='∂h_t/∂W_c[j,k] = o_t (1 - tanh² c_t) i_t (1 - C̃_t²) x_{t,k}',
        template=Template('\x000\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!1\x01)) \\cdot \x002\x01 \\cdot (1 - \x003\x01^{2}) \\cdot \x004\x01', ('o@t@j', 'c@t@j', 'i@t@j', 'g@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f5, ('c@t@j', 'g@t@j', 'i@t@j', 'o@t@j', 'x@t@k'), ()),
    ),
    ('h', 'U_c', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}U_{c,jk}}',
        rhs_latex='o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,i_{t}\\,(1 - {\\tilde{C}_{t}}^{2})\\,h_{t-1,k}',
        text='∂h_t/∂U_c[j,k] = o_t (1 - tanh² c_t) i_t (1 - C̃_t²) h_{t−1,k}',
        template=Template('\x000\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!1\x01)) \\cdot \x002\x01 \\cdot (1 - \x003\x01^{2}) \\cdot \x004\x01', ('o@t@j', 'c@t@j', 'i@t@j', 'g@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f5, ('c@t@j', 'g@t@j', 'h@t-1@k', 'i@t@j', 'o@t@j'), ()),
    ),
    ('h', 'b_c', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}b_{c,j}}',
        rhs_latex='o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,i_{t}\\,(1 - {\\tilde{C}_{t}}^{2})',
        text='∂h_t/∂b_c[j] = o_t (1 - tanh² c_t) i_t (1 - C̃_t²)',
        template=Template('\x000\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!1\x01)) \\cdot \x002\x01 \\cdot (1 - \x003\x01^{2})', ('o@t@j', 'c@t@j', 'i@t@j', 'g@t@j'), '', None),
        compiled=Compiled(_f6, ('c@t@j', 'g@t@j', 'i@t@j', 'o@t@j'), ()),
    ),
    ('h', 'W_o', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{o,jk}}',
        rhs_latex='\\operatorname{tanh}\\,c_{t}\\,o_{t}\\,(1 - o_{t})\\,x_{t,k}',
        text='∂h_t/∂W_o[j,k] = tanh c_t o_t (1 - o_t) x_{t,k}',
        template=Template('\\operatorname{tanh}(\x00!0\x01) \\cdot \x001\x01 \\cdot (1 - \x002\x01) \\cdot \x003\x01', ('c@t@j', 'o@t@j', 'o@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f7, ('c@t@j', 'o@t@j', 'x@t@k'), ()),
    ),
    ('h', 'U_o', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}U_{o,jk}}',
        rhs_latex='\\operatorname{tanh}\\,c_{t}\\,o_{t}\\,(1 - o_{t})\\,h_{t-1,k}',
        text='∂h_t/∂U_o[j,k] = tanh c_t o_t (1 - o_t) h_{t−1,k}',
        template=Template('\\operatorname{tanh}(\x00!0\x01) \\cdot \x001\x01 \\cdot (1 - \x002\x01) \\cdot \x003\x01', ('c@t@j', 'o@t@j', 'o@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f8, ('c@t@j', 'h@t-1@k', 'o@t@j'), ()),
    ),
    ('h', 'b_o', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}b_{o,j}}',
        rhs_latex='\\operatorname{tanh}\\,c_{t}\\,o_{t}\\,(1 - o_{t})',
        text='∂h_t/∂b_o[j] = tanh c_t o_t (1 - o_t)',
        template=Template('\\operatorname{tanh}(\x00!0\x01) \\cdot \x001\x01 \\cdot (1 - \x002\x01)', ('c@t@j', 'o@t@j', 'o@t@j'), '', None),
        compiled=Compiled(_f9, ('c@t@j', 'o@t@j'), ()),
    ),
    ('h', 'h_prev', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}h_{t-1,k}}',
        rhs_latex='o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,(c_{t-1}\\,f_{t}\\,(1 - f_{t})\\,U_{f,jk} + \\tilde{C}_{t}\\,i_{t}\\,(1 - i_{t})\\,U_{i,jk} + i_{t}\\,(1 - {\\tilde{C}_{t}}^{2})\\,U_{c,jk}) + \\operatorname{tanh}\\,c_{t}\\,o_{t}\\,(1 - o_{t})\\,U_{o,jk}',
        text='∂h_t/∂h_{t−1,k} = o_t (1 - tanh² c_t) (c_{t−1} f_t (1 - f_t) U_f[j,k] + C̃_t i_t (1 - i_t) U_i[j,k] + i_t (1 - C̃_t²) U_c[j,k]) + tanh c_t o_t (1 - o_t) U_o[j,k]',
        template=Template('\x000\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!1\x01)) \\cdot (\x002\x01 \\cdot \x003\x01 \\cdot (1 - \x004\x01) \\cdot \x005\x01 + \x006\x01 \\cdot \x007\x01 \\cdot (1 - \x008\x01) \\cdot \x009\x01 + \x0010\x01 \\cdot (1 - \x0011\x01^{2}) \\cdot \x0012\x01) + \\operatorname{tanh}(\x00!13\x01) \\cdot \x0014\x01 \\cdot (1 - \x0015\x01) \\cdot \x0016\x01', ('o@t@j', 'c@t@j', 'c@t-1@j', 'f@t@j', 'f@t@j', 'U_f@@jk', 'g@t@j', 'i@t@j', 'i@t@j', 'U_i@@jk', 'i@t@j', 'g@t@j', 'U_c@@jk', 'c@t@j', 'o@t@j', 'o@t@j', 'U_o@@jk'), '', None),
        compiled=Compiled(_f10, ('U_c@@jk', 'U_f@@jk', 'U_i@@jk', 'U_o@@jk', 'c@t-1@j', 'c@t@j', 'f@t@j', 'g@t@j', 'i@t@j', 'o@t@j'), ()),
    ),
    ('h', 'c_prev', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}c_{t-1,k}}',
        rhs_latex='\\delta_{jk}\\,o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,f_{t}',
        text='∂h_t/∂c_{t−1,k} = δ_jk o_t (1 - tanh² c_t) f_t',
        template=Template('\x000\x01 \\cdot \x001\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!2\x01)) \\cdot \x003\x01', ('delta@@jk', 'o@t@j', 'c@t@j', 'f@t@j'), '', None),
        compiled=Compiled(_f11, ('c@t@j', 'delta@@jk', 'f@t@j', 'o@t@j'), ()),
    ),
    ('h', 'x', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}x_{t,k}}',
        rhs_latex='o_{t}\\,(1 - \\operatorname{tanh}^{2}\\,c_{t})\\,(c_{t-1}\\,f_{t}\\,(1 - f_{t})\\,W_{f,jk} + \\tilde{C}_{t}\\,i_{t}\\,(1 - i_{t})\\,W_{i,jk} + i_{t}\\,(1 - {\\tilde{C}_{t}}^{2})\\,W_{c,jk}) + \\operatorname{tanh}\\,c_{t}\\,o_{t}\\,(1 - o_{t})\\,W_{o,jk}',
        text='∂h_t/∂x_{t,k} = o_t (1 - tanh² c_t) (c_{t−1} f_t (1 - f_t) W_f[j,k] + C̃_t i_t (1 - i_t) W_i[j,k] + i_t (1 - C̃_t²) W_c[j,k]) + tanh c_t o_t (1 - o_t) W_o[j,k]',
        template=Template('\x000\x01 \\cdot (1 - \\operatorname{tanh}^{2}(\x00!1\x01)) \\cdot (\x002\x01 \\cdot \x003\x01 \\cdot (1 - \x004\x01) \\cdot \x005\x01 + \x006\x01 \\cdot \x007\x01 \\cdot (1 - \x008\x01) \\cdot \x009\x01 + \x0010\x01 \\cdot (1 - \x0011\x01^{2}) \\cdot \x0012\x01) + \\operatorname{tanh}(\x00!13\x01) \\cdot \x0014\x01 \\cdot (1 - \x0015\x01) \\cdot \x0016\x01', ('o@t@j', 'c@t@j', 'c@t-1@j', 'f@t@j', 'f@t@j', 'W_f@@jk', 'g@t@j', 'i@t@j', 'i@t@j', 'W_i@@jk', 'i@t@j', 'g@t@j', 'W_c@@jk', 'c@t@j', 'o@t@j', 'o@t@j', 'W_o@@jk'), '', None),
        compiled=Compiled(_f10, ('W_c@@jk', 'W_f@@jk', 'W_i@@jk', 'W_o@@jk', 'c@t-1@j', 'c@t@j', 'f@t@j', 'g@t@j', 'i@t@j', 'o@t@j'), ()),
    ),
    ('c', 'W_f', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}W_{f,jk}}',
        rhs_latex='c_{t-1}\\,f_{t}\\,(1 - f_{t})\\,x_{t,k}',
        text='∂c_t/∂W_f[j,k] = c_{t−1} f_t (1 - f_t) x_{t,k}',
        template=Template('\x000\x01 \\cdot \x001\x01 \\cdot (1 - \x002\x01) \\cdot \x003\x01', ('c@t-1@j', 'f@t@j', 'f@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f12, ('c@t-1@j', 'f@t@j', 'x@t@k'), ()),
    ),
    ('c', 'U_f', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}U_{f,jk}}',
        rhs_latex='c_{t-1}\\,f_{t}\\,(1 - f_{t})\\,h_{t-1,k}',
        text='∂c_t/∂U_f[j,k] = c_{t−1} f_t (1 - f_t) h_{t−1,k}',
        template=Template('\x000\x01 \\cdot \x001\x01 \\cdot (1 - \x002\x01) \\cdot \x003\x01', ('c@t-1@j', 'f@t@j', 'f@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f12, ('c@t-1@j', 'f@t@j', 'h@t-1@k'), ()),
    ),
    ('c', 'b_f', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}b_{f,j}}',
        rhs_latex='c_{t-1}\\,f_{t}\\,(1 - f_{t})',
        text='∂c_t/∂b_f[j] = c_{t−1} f_t (1 - f_t)',
        template=Template('\x000\x01 \\cdot \x001\x01 \\cdot (1 - \x002\x01)', ('c@t-1@j', 'f@t@j', 'f@t@j'), '', None),
        compiled=Compiled(_f13, ('c@t-1@j', 'f@t@j'), ()),
    ),
    ('c', 'W_i', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}W_{i,jk}}',
        rhs_latex='\\tilde{C}_{t}\\,i_{t}\\,(1 - i_{t})\\,x_{t,k}',
        text='∂c_t/∂W_i[j,k] = C̃_t i_t (1 - i_t) x_{t,k}',
        template=Template('\x000\x01 \\cdot \x001\x01 \\cdot (1 - \x002\x01) \\cdot \x003\x01', ('g@t@j', 'i@t@j', 'i@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f12, ('g@t@j', 'i@t@j', 'x@t@k'), ()),
    ),
    ('c', 'U_i', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}U_{i,jk}}',
        rhs_latex='\\tilde{C}_{t}\\,i_{t}\\,(1 - i_{t})\\,h_{t-1,k}',
        text='∂c_t/∂U_i[j,k] = C̃_t i_t (1 - i_t) h_{t−1,k}',
        template=Template('\x000\x01 \\cdot \x001\x01 \\cdot (1 - \x002\x01) \\cdot \x003\x01', ('g@t@j', 'i@t@j', 'i@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f14, ('g@t@j', 'h@t-1@k', 'i@t@j'), ()),
    ),
    ('c', 'b_i', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}b_{i,j}}',
        rhs_latex='\\tilde{C}_{t}\\,i_{t}\\,(1 - i_{t})',
        text='∂c_t/∂b_i[j] = C̃_t i_t (1 - i_t)',
        template=Template('\x000\x01 \\cdot \x001\x01 \\cdot (1 - \x002\x01)', ('g@t@j', 'i@t@j', 'i@t@j'), '', None),
        compiled=Compiled(_f13, ('g@t@j', 'i@t@j'), ()),
    ),
    ('c', 'W_c', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}W_{c,jk}}',
        rhs_latex='i_{t}\\,(1 - {\\tilde{C}_{t}}^{2})\\,x_{t,k}',
        text='∂c_t/∂W_c[j,k] = i_t (1 - C̃_t²) x_{t,k}',
        template=Template('\x000\x01 \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01', ('i@t@j', 'g@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f15, ('g@t@j', 'i@t@j', 'x@t@k'), ()),
    ),
    ('c', 'U_c', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}U_{c,jk}}',
        rhs_latex='i_{t}\\,(1 - {\\tilde{C}_{t}}^{2})\\,h_{t-1,k}',
        text='∂c_t/∂U_c[j,k] = i_t (1 - C̃_t²) h_{t−1,k}',
        template=Template('\x000\x01 \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01', ('i@t@j', 'g@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f15, ('g@t@j', 'h@t-1@k', 'i@t@j'), ()),
    ),
    ('c', 'b_c', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}b_{c,j}}',
        rhs_latex='i_{t}\\,(1 - {\\tilde{C}_{t}}^{2})',
        text='∂c_t/∂b_c[j] = i_t (1 - C̃_t²)',
        template=Template('\x000\x01 \\cdot (1 - \x001\x01^{2})', ('i@t@j', 'g@t@j'), '', None),
        compiled=Compiled(_f16, ('g@t@j', 'i@t@j'), ()),
    ),
    ('c', 'W_o', False): dict(
        letters=('j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}W_{o,jk}}',
        rhs_latex='0',
        text='∂c_t/∂W_o[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'U_o', False): dict(
        letters=('j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}U_{o,jk}}',
        rhs_latex='0',
        text='∂c_t/∂U_o[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'b_o', False): dict(
        letters=('j',), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}b_{o,j}}',
        rhs_latex='0',
        text='∂c_t/∂b_o[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'h_prev', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}h_{t-1,k}}',
        rhs_latex='c_{t-1}\\,f_{t}\\,(1 - f_{t})\\,U_{f,jk} + \\tilde{C}_{t}\\,i_{t}\\,(1 - i_{t})\\,U_{i,jk} + i_{t}\\,(1 - {\\tilde{C}_{t}}^{2})\\,U_{c,jk}',
        text='∂c_t/∂h_{t−1,k} = c_{t−1} f_t (1 - f_t) U_f[j,k] + C̃_t i_t (1 - i_t) U_i[j,k] + i_t (1 - C̃_t²) U_c[j,k]',
        template=Template('\x000\x01 \\cdot \x001\x01 \\cdot (1 - \x002\x01) \\cdot \x003\x01 + \x004\x01 \\cdot \x005\x01 \\cdot (1 - \x006\x01) \\cdot \x007\x01 + \x008\x01 \\cdot (1 - \x009\x01^{2}) \\cdot \x0010\x01', ('c@t-1@j', 'f@t@j', 'f@t@j', 'U_f@@jk', 'g@t@j', 'i@t@j', 'i@t@j', 'U_i@@jk', 'i@t@j', 'g@t@j', 'U_c@@jk'), '', None),
        compiled=Compiled(_f18, ('U_c@@jk', 'U_f@@jk', 'U_i@@jk', 'c@t-1@j', 'f@t@j', 'g@t@j', 'i@t@j'), ()),
    ),
    ('c', 'c_prev', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}c_{t-1,k}}',
        rhs_latex='\\delta_{jk}\\,f_{t}',
        text='∂c_t/∂c_{t−1,k} = δ_jk f_t',
        template=Template('\x000\x01 \\cdot \x001\x01', ('delta@@jk', 'f@t@j'), '', None),
        compiled=Compiled(_f19, ('delta@@jk', 'f@t@j'), ()),
    ),
    ('c', 'x', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}c_{t}}{{\\partial}x_{t,k}}',
        rhs_latex='c_{t-1}\\,f_{t}\\,(1 - f_{t})\\,W_{f,jk} + \\tilde{C}_{t}\\,i_{t}\\,(1 - i_{t})\\,W_{i,jk} + i_{t}\\,(1 - {\\tilde{C}_{t}}^{2})\\,W_{c,jk}',
        text='∂c_t/∂x_{t,k} = c_{t−1} f_t (1 - f_t) W_f[j,k] + C̃_t i_t (1 - i_t) W_i[j,k] + i_t (1 - C̃_t²) W_c[j,k]',
        template=Template('\x000\x01 \\cdot \x001\x01 \\cdot (1 - \x002\x01) \\cdot \x003\x01 + \x004\x01 \\cdot \x005\x01 \\cdot (1 - \x006\x01) \\cdot \x007\x01 + \x008\x01 \\cdot (1 - \x009\x01^{2}) \\cdot \x0010\x01', ('c@t-1@j', 'f@t@j', 'f@t@j', 'W_f@@jk', 'g@t@j', 'i@t@j', 'i@t@j', 'W_i@@jk', 'i@t@j', 'g@t@j', 'W_c@@jk'), '', None),
        compiled=Compiled(_f18, ('W_c@@jk', 'W_f@@jk', 'W_i@@jk', 'c@t-1@j', 'f@t@j', 'g@t@j', 'i@t@j'), ()),
    ),
    ('h', 'W_f', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}W_{f,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂W_f[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('h', 'U_f', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}U_{f,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂U_f[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('h', 'b_f', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}b_{f,j}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂b_f[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('h', 'W_i', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}W_{i,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂W_i[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('h', 'U_i', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}U_{i,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂U_i[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('h', 'b_i', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}b_{i,j}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂b_i[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('h', 'W_c', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}W_{c,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂W_c[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('h', 'U_c', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}U_{c,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂U_c[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('h', 'b_c', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}b_{c,j}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂b_c[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('h', 'W_o', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}W_{o,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂W_o[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('h', 'U_o', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}U_{o,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂U_o[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('h', 'b_o', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}b_{o,j}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂b_o[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'W_f', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}W_{f,jk}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂W_f[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'U_f', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}U_{f,jk}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂U_f[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'b_f', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}b_{f,j}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂b_f[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'W_i', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}W_{i,jk}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂W_i[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'U_i', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}U_{i,jk}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂U_i[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'b_i', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}b_{i,j}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂b_i[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'W_c', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}W_{c,jk}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂W_c[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'U_c', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}U_{c,jk}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂U_c[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'b_c', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}b_{c,j}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂b_c[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'W_o', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}W_{o,jk}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂W_o[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'U_o', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}U_{o,jk}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂U_o[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
    ('c', 'b_o', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}c_{t,i}}{{\\partial}b_{o,j}}',
        rhs_latex='0',
        text='∂c_{t,i}/∂b_o[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f17, (), ()),
    ),
}
