"""The local derivatives of the gru cell (reset=none, update=z_keeps_old), written ahead of time by ``make generate``
(lstm_studio/symbolic/generate.py) from the symbolic layer: each one's LaTeX, plain text, numeric template
(LaTeX with markers for the numbers) and compiled evaluator as NumPy source. Do not edit;
tests/symbolic/test_ahead.py checks that regenerating gives this file. Read by lstm_studio/symbolic/ahead.py.
"""

from lstm_studio.symbolic.numeric import Template
from lstm_studio.symbolic.runtime import Compiled


def _f0(a0, a1, a2, a3):
    return a2*a3*(1 - a3)*(a0 - a1)


def _f1(a0, a1, a2, a3):
    return a1*a3*(1 - a3)*(a0 - a2)


def _f2(a0, a1, a2):
    return a2*(1 - a2)*(a0 - a1)


def _f3(a0, a1, a2):
    return a1*(1 - a0**2)*(1 - a2)


def _f4(a0, a1, a2):
    return a0*(1 - a1**2)*(1 - a2)


def _f5(a0, a1):
    return (1 - a0**2)*(1 - a1)


def _f6(a0, a1, a2, a3, a4, a5):
    x0 = 1 - a5
    return a0*x0*(1 - a4**2) + a1*a5*x0*(a3 - a4) + a2*a5


def _f7(a0, a1, a2, a3, a4):
    x0 = 1 - a4
    return a0*x0*(1 - a3**2) + a1*a4*x0*(a2 - a3)


def _f8():
    return 0


#: (of, wrt, cross) -> the fields of a symbolic.local.LocalDerivative, as symbolic.derivative gives them
DERIVATIVES = {
    ('h', 'W_z', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{z,jk}}',
        rhs_latex='(h_{t-1} - \\tilde{h}_{t})\\,z_{t}\\,(1 - z_{t})\\,x_{t,k}',
        text='∂h_t/∂W_z[j,k] = (h_{t−1} - h̃_t) z_t (1 - z_t) x_{t,k}',
        template=Template('(\x000\x01 - \x001\x01) \\cdot \x002\x01 \\cdot (1 - \x003\x01) \\cdot \x004\x01', ('h@t-1@j', 'h_tilde@t@j', 'z@t@j', 'z@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f0, ('h@t-1@j', 'h_tilde@t@j', 'x@t@k', 'z@t@j'), ()),
    ),
    ('h', 'U_z', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}U_{z,jk}}',
        rhs_latex='(h_{t-1} - \\tilde{h}_{t})\\,z_{t}\\,(1 - z_{t})\\,h_{t-1,k}',
        text='∂h_t/∂U_z[j,k] = (h_{t−1} - h̃_t) z_t (1 - z_t) h_{t−1,k}',
        template=Template('(\x000\x01 - \x001\x01) \\cdot \x002\x01 \\cdot (1 - \x003\x01) \\cdot \x004\x01', ('h@t-1@j', 'h_tilde@t@j', 'z@t@j', 'z@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f1, ('h@t-1@j', 'h@t-1@k', 'h_tilde@t@j', 'z@t@j'), ()),
    ),
    ('h', 'b_z', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}b_{z,j}}',
        rhs_latex='(h_{t-1} - \\tilde{h}_{t})\\,z_{t}\\,(1 - z_{t})',
        text='∂h_t/∂b_z[j] = (h_{t−1} - h̃_t) z_t (1 - z_t)',
        template=Template('(\x000\x01 - \x001\x01) \\cdot \x002\x01 \\cdot (1 - \x003\x01)', ('h@t-1@j', 'h_tilde@t@j', 'z@t@j', 'z@t@j'), '', None),
        compiled=Compiled(_f2, ('h@t-1@j', 'h_tilde@t@j', 'z@t@j'), ()),
    ),
    ('h', 'W_h', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{h,jk}}',
        rhs_latex='(1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})\\,x_{t,k}',
        text='∂h_t/∂W_h[j,k] = (1 - z_t) (1 - h̃_t²) x_{t,k}',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01', ('z@t@j', 'h_tilde@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f3, ('h_tilde@t@j', 'x@t@k', 'z@t@j'), ()),
    ),
    ('h', 'U_h', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}U_{h,jk}}',
        rhs_latex='(1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})\\,h_{t-1,k}',
        text='∂h_t/∂U_h[j,k] = (1 - z_t) (1 - h̃_t²) h_{t−1,k}',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01', ('z@t@j', 'h_tilde@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f4, ('h@t-1@k', 'h_tilde@t@j', 'z@t@j'), ()),
    ),
    ('h', 'b_h', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}b_{h,j}}',
        rhs_latex='(1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})',
        text='∂h_t/∂b_h[j] = (1 - z_t) (1 - h̃_t²)',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2})', ('z@t@j', 'h_tilde@t@j'), '', None),
        compiled=Compiled(_f5, ('h_tilde@t@j', 'z@t@j'), ()),
    ),
    ('h', 'h_prev', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}h_{t-1,k}}',
        rhs_latex='\\delta_{jk}\\,z_{t} + (h_{t-1} - \\tilde{h}_{t})\\,z_{t}\\,(1 - z_{t})\\,U_{z,jk} + (1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})\\,U_{h,jk}',
        text='∂h_t/∂h_{t−1,k} = δ_jk z_t + (h_{t−1} - h̃_t) z_t (1 - z_t) U_z[j,k] + (1 - z_t) (1 - h̃_t²) U_h[j,k]',
        template=Template('\x000\x01 \\cdot \x001\x01 + (\x002\x01 - \x003\x01) \\cdot \x004\x01 \\cdot (1 - \x005\x01) \\cdot \x006\x01 + (1 - \x007\x01) \\cdot (1 - \x008\x01^{2}) \\cdot \x009\x01', ('delta@@jk', 'z@t@j', 'h@t-1@j', 'h_tilde@t@j', 'z@t@j', 'z@t@j', 'U_z@@jk', 'z@t@j', 'h_tilde@t@j', 'U_h@@jk'), '', None),
        compiled=Compiled(_f6, ('U_h@@jk', 'U_z@@jk', 'delta@@jk', 'h@t-1@j', 'h_tilde@t@j', 'z@t@j'), ()),
    ),
    ('h', 'x', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}x_{t,k}}',
        rhs_latex='(h_{t-1} - \\tilde{h}_{t})\\,z_{t}\\,(1 - z_{t})\\,W_{z,jk} + (1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})\\,W_{h,jk}',
        text='∂h_t/∂x_{t,k} = (h_{t−1} - h̃_t) z_t (1 - z_t) W_z[j,k] + (1 - z_t) (1 - h̃_t²) W_h[j,k]',
        template=Template('(\x000\x01 - \x001\x01) \\cdot \x002\x01 \\cdot (1 - \x003\x01) \\cdot \x004\x01 + (1 - \x005\x01) \\cdot (1 - \x006\x01^{2}) \\cdot \x007\x01', ('h@t-1@j', 'h_tilde@t@j', 'z@t@j', 'z@t@j', 'W_z@@jk', 'z@t@j', 'h_tilde@t@j', 'W_h@@jk'), '', None),
        compiled=Compiled(_f7, ('W_h@@jk', 'W_z@@jk', 'h@t-1@j', 'h_tilde@t@j', 'z@t@j'), ()),
    ),
    ('h', 'W_z', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}W_{z,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂W_z[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f8, (), ()),
    ),
    ('h', 'U_z', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}U_{z,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂U_z[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f8, (), ()),
    ),
    ('h', 'b_z', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}b_{z,j}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂b_z[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f8, (), ()),
    ),
    ('h', 'W_h', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}W_{h,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂W_h[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f8, (), ()),
    ),
    ('h', 'U_h', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}U_{h,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂U_h[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f8, (), ()),
    ),
    ('h', 'b_h', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}b_{h,j}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂b_h[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f8, (), ()),
    ),
}
