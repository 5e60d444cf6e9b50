"""The local derivatives of the gru cell (reset=before, update=z_keeps_old), written ahead of time by ``make generate``
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


def _f3(a0, a1, a2, a3, a4, a5):
    return a0*a1*a3*a4*(1 - a2**2)*(1 - a3)*(1 - a5)


def _f4(a0, a1, a2, a3, a4, a5):
    return a0*a1*a2*a4*(1 - a3**2)*(1 - a4)*(1 - a5)


def _f5(a0, a1, a2, a3, a4):
    return a0*a1*a3*(1 - a2**2)*(1 - a3)*(1 - a4)


def _f6(a0, a1, a2):
    return a1*(1 - a0**2)*(1 - a2)


def _f7(a0, a1, a2, a3):
    return a0*a2*(1 - a1**2)*(1 - a3)


def _f8(a0, a1):
    return (1 - a0**2)*(1 - a1)


def _f9(a0, a1, a2, a3, a4, a5, a6, a7):
    x0 = 1 - a6
    return a1*a6*x0*(a3 - a4) + a2*a6 + x0*(1 - a4**2)*(a0*a5 + a7)


def _f10(a0, a1, a2, a3):
    return a0*a1*a2*a3*(1 - a3)


def _f11(a0, a1, a2, a3, a4, a5):
    x0 = 1 - a4
    return a1*a4*x0*(a2 - a3) + x0*(1 - a3**2)*(a0 + a5)


def _f12():
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
    ('h', 'W_r', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{r,jk}}',
        rhs_latex='(1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})\\,U_{h,jj}\\,h_{t-1}\\,r_{t}\\,(1 - r_{t})\\,x_{t,k}',
        text='∂h_t/∂W_r[j,k] = (1 - z_t) (1 - h̃_t²) U_h[j,j] h_{t−1} r_t (1 - r_t) x_{t,k}',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot \x004\x01 \\cdot (1 - \x005\x01) \\cdot \x006\x01', ('z@t@j', 'h_tilde@t@j', 'U_h@@jj', 'h@t-1@j', 'r@t@j', 'r@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f3, ('U_h@@jj', 'h@t-1@j', 'h_tilde@t@j', 'r@t@j', 'x@t@k', 'z@t@j'), ()),
    ),
    ('h', 'U_r', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}U_{r,jk}}',
        rhs_latex='(1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})\\,U_{h,jj}\\,h_{t-1}\\,r_{t}\\,(1 - r_{t})\\,h_{t-1,k}',
        text='∂h_t/∂U_r[j,k] = (1 - z_t) (1 - h̃_t²) U_h[j,j] h_{t−1} r_t (1 - r_t) h_{t−1,k}',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot \x004\x01 \\cdot (1 - \x005\x01) \\cdot \x006\x01', ('z@t@j', 'h_tilde@t@j', 'U_h@@jj', 'h@t-1@j', 'r@t@j', 'r@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f4, ('U_h@@jj', 'h@t-1@j', 'h@t-1@k', 'h_tilde@t@j', 'r@t@j', 'z@t@j'), ()),
    ),
    ('h', 'b_r', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}b_{r,j}}',
        rhs_latex='(1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})\\,U_{h,jj}\\,h_{t-1}\\,r_{t}\\,(1 - r_{t})',
        text='∂h_t/∂b_r[j] = (1 - z_t) (1 - h̃_t²) U_h[j,j] h_{t−1} r_t (1 - r_t)',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot \x004\x01 \\cdot (1 - \x005\x01)', ('z@t@j', 'h_tilde@t@j', 'U_h@@jj', 'h@t-1@j', 'r@t@j', 'r@t@j'), '', None),
        compiled=Compiled(_f5, ('U_h@@jj', 'h@t-1@j', 'h_tilde@t@j', 'r@t@j', 'z@t@j'), ()),
    ),
    ('h', 'W_h', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}W_{h,jk}}',
        rhs_latex='(1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})\\,x_{t,k}',
        text='∂h_t/∂W_h[j,k] = (1 - z_t) (1 - h̃_t²) x_{t,k}',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01', ('z@t@j', 'h_tilde@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f6, ('h_tilde@t@j', 'x@t@k', 'z@t@j'), ()),
    ),
    ('h', 'U_h', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}U_{h,jk}}',
        rhs_latex='(1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})\\,h_{t-1,k}\\,r_{t,k}',
        text='∂h_t/∂U_h[j,k] = (1 - z_t) (1 - h̃_t²) h_{t−1,k} r_{t,k}',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01 \\cdot \x003\x01', ('z@t@j', 'h_tilde@t@j', 'h@t-1@k', 'r@t@k'), '', None),
        compiled=Compiled(_f7, ('h@t-1@k', 'h_tilde@t@j', 'r@t@k', 'z@t@j'), ()),
    ),
    ('h', 'b_h', False): dict(
        letters=('j',), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}b_{h,j}}',
        rhs_latex='(1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})',
        text='∂h_t/∂b_h[j] = (1 - z_t) (1 - h̃_t²)',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2})', ('z@t@j', 'h_tilde@t@j'), '', None),
        compiled=Compiled(_f8, ('h_tilde@t@j', 'z@t@j'), ()),
    ),
    ('h', 'h_prev', False): dict(
        letters=('j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}h_{t-1,k}}',
        rhs_latex='\\delta_{jk}\\,z_{t} + (h_{t-1} - \\tilde{h}_{t})\\,z_{t}\\,(1 - z_{t})\\,U_{z,jk} + (1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})\\,\\Bigl(\\sum_{m} U_{h,jm}\\,h_{t-1,m}\\,r_{t,m}\\,(1 - r_{t,m})\\,U_{r,mk} + U_{h,jk}\\,r_{t,k}\\Bigr)',
        text='∂h_t/∂h_{t−1,k} = δ_jk z_t + (h_{t−1} - h̃_t) z_t (1 - z_t) U_z[j,k] + (1 - z_t) (1 - h̃_t²) (Σ_m (U_h[j,m] h_{t−1,m} r_{t,m} (1 - r_{t,m}) U_r[m,k]) + U_h[j,k] r_{t,k})',
        template=Template('\x000\x01 \\cdot \x001\x01 + (\x002\x01 - \x003\x01) \\cdot \x004\x01 \\cdot (1 - \x005\x01) \\cdot \x006\x01 + (1 - \x007\x01) \\cdot (1 - \x008\x01^{2}) \\cdot (\x029\x03 + \x0010\x01 \\cdot \x0011\x01)', ('delta@@jk', 'z@t@j', 'h@t-1@j', 'h_tilde@t@j', 'z@t@j', 'z@t@j', 'U_z@@jk', 'z@t@j', 'h_tilde@t@j', Template('\x000\x01 \\cdot \x001\x01 \\cdot \x002\x01 \\cdot (1 - \x003\x01) \\cdot \x004\x01', ('U_h@@jm', 'h@t-1@m', 'r@t@m', 'r@t@m', 'U_r@@mk'), 'm', 's0'), 'U_h@@jk', 'r@t@k'), '', None),
        compiled=Compiled(_f9, ('U_h@@jk', 'U_z@@jk', 'delta@@jk', 'h@t-1@j', 'h_tilde@t@j', 'r@t@k', 'z@t@j'), (('m', Compiled(_f10, ('U_h@@jm', 'U_r@@mk', 'h@t-1@m', 'r@t@m'), ()), 's0'),)),
    ),
    ('h', 'x', False): dict(
        letters=('j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t}}{{\\partial}x_{t,k}}',
        rhs_latex='(h_{t-1} - \\tilde{h}_{t})\\,z_{t}\\,(1 - z_{t})\\,W_{z,jk} + (1 - z_{t})\\,(1 - {\\tilde{h}_{t}}^{2})\\,\\Bigl(W_{h,jk} + \\sum_{m} U_{h,jm}\\,h_{t-1,m}\\,r_{t,m}\\,(1 - r_{t,m})\\,W_{r,mk}\\Bigr)',
        text='∂h_t/∂x_{t,k} = (h_{t−1} - h̃_t) z_t (1 - z_t) W_z[j,k] + (1 - z_t) (1 - h̃_t²) (W_h[j,k] + Σ_m (U_h[j,m] h_{t−1,m} r_{t,m} (1 - r_{t,m}) W_r[m,k]))',
        template=Template('(\x000\x01 - \x001\x01) \\cdot \x002\x01 \\cdot (1 - \x003\x01) \\cdot \x004\x01 + (1 - \x005\x01) \\cdot (1 - \x006\x01^{2}) \\cdot (\x007\x01 + \x028\x03)', ('h@t-1@j', 'h_tilde@t@j', 'z@t@j', 'z@t@j', 'W_z@@jk', 'z@t@j', 'h_tilde@t@j', 'W_h@@jk', Template('\x000\x01 \\cdot \x001\x01 \\cdot \x002\x01 \\cdot (1 - \x003\x01) \\cdot \x004\x01', ('U_h@@jm', 'h@t-1@m', 'r@t@m', 'r@t@m', 'W_r@@mk'), 'm', 's0')), '', None),
        compiled=Compiled(_f11, ('W_h@@jk', 'W_z@@jk', 'h@t-1@j', 'h_tilde@t@j', 'z@t@j'), (('m', Compiled(_f10, ('U_h@@jm', 'W_r@@mk', 'h@t-1@m', 'r@t@m'), ()), 's0'),)),
    ),
    ('h', 'W_z', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}W_{z,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂W_z[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f12, (), ()),
    ),
    ('h', 'U_z', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}U_{z,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂U_z[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f12, (), ()),
    ),
    ('h', 'b_z', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}b_{z,j}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂b_z[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f12, (), ()),
    ),
    ('h', 'W_r', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}W_{r,jk}}',
        rhs_latex='(1 - z_{t,i})\\,(1 - {\\tilde{h}_{t,i}}^{2})\\,U_{h,ij}\\,h_{t-1,j}\\,r_{t,j}\\,(1 - r_{t,j})\\,x_{t,k}',
        text='∂h_{t,i}/∂W_r[j,k] = (1 - z_{t,i}) (1 - h̃_{t,i}²) U_h[i,j] h_{t−1,j} r_{t,j} (1 - r_{t,j}) x_{t,k}',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot \x004\x01 \\cdot (1 - \x005\x01) \\cdot \x006\x01', ('z@t@i', 'h_tilde@t@i', 'U_h@@ij', 'h@t-1@j', 'r@t@j', 'r@t@j', 'x@t@k'), '', None),
        compiled=Compiled(_f3, ('U_h@@ij', 'h@t-1@j', 'h_tilde@t@i', 'r@t@j', 'x@t@k', 'z@t@i'), ()),
    ),
    ('h', 'U_r', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}U_{r,jk}}',
        rhs_latex='(1 - z_{t,i})\\,(1 - {\\tilde{h}_{t,i}}^{2})\\,U_{h,ij}\\,h_{t-1,j}\\,r_{t,j}\\,(1 - r_{t,j})\\,h_{t-1,k}',
        text='∂h_{t,i}/∂U_r[j,k] = (1 - z_{t,i}) (1 - h̃_{t,i}²) U_h[i,j] h_{t−1,j} r_{t,j} (1 - r_{t,j}) h_{t−1,k}',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot \x004\x01 \\cdot (1 - \x005\x01) \\cdot \x006\x01', ('z@t@i', 'h_tilde@t@i', 'U_h@@ij', 'h@t-1@j', 'r@t@j', 'r@t@j', 'h@t-1@k'), '', None),
        compiled=Compiled(_f4, ('U_h@@ij', 'h@t-1@j', 'h@t-1@k', 'h_tilde@t@i', 'r@t@j', 'z@t@i'), ()),
    ),
    ('h', 'b_r', True): dict(
        letters=('i', 'j'), k_size='H', zero=False,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}b_{r,j}}',
        rhs_latex='(1 - z_{t,i})\\,(1 - {\\tilde{h}_{t,i}}^{2})\\,U_{h,ij}\\,h_{t-1,j}\\,r_{t,j}\\,(1 - r_{t,j})',
        text='∂h_{t,i}/∂b_r[j] = (1 - z_{t,i}) (1 - h̃_{t,i}²) U_h[i,j] h_{t−1,j} r_{t,j} (1 - r_{t,j})',
        template=Template('(1 - \x000\x01) \\cdot (1 - \x001\x01^{2}) \\cdot \x002\x01 \\cdot \x003\x01 \\cdot \x004\x01 \\cdot (1 - \x005\x01)', ('z@t@i', 'h_tilde@t@i', 'U_h@@ij', 'h@t-1@j', 'r@t@j', 'r@t@j'), '', None),
        compiled=Compiled(_f5, ('U_h@@ij', 'h@t-1@j', 'h_tilde@t@i', 'r@t@j', 'z@t@i'), ()),
    ),
    ('h', 'W_h', True): dict(
        letters=('i', 'j', 'k'), k_size='D', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}W_{h,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂W_h[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f12, (), ()),
    ),
    ('h', 'U_h', True): dict(
        letters=('i', 'j', 'k'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}U_{h,jk}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂U_h[j,k] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f12, (), ()),
    ),
    ('h', 'b_h', True): dict(
        letters=('i', 'j'), k_size='H', zero=True,
        lhs_latex='\\frac{{\\partial}h_{t,i}}{{\\partial}b_{h,j}}',
        rhs_latex='0',
        text='∂h_{t,i}/∂b_h[j] = 0',
        template=Template('0', (), '', None),
        compiled=Compiled(_f12, (), ()),
    ),
}
