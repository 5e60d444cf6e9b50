"""The output layer's derivatives of the loss of one step, written ahead of time by ``make generate``
(lstm_studio/symbolic/generate.py) from the symbolic layer: each one's LaTeX, plain text, numeric template
(LaTeX with markers for the numbers) and compiled evaluator as NumPy source. Do not edit;
tests/symbolic/test_ahead.py checks that regenerating gives this file. Read by lstm_studio/symbolic/ahead.py.
"""

from lstm_studio.symbolic.runtime import Compiled


def _f0(a0, a1):
    return -a0 + a1


def _f1(a0, a1, a2):
    return a1*(-a0 + a2)


def _f2(a0):
    return a0


def _f3(a0, a1, a2):
    return a0*(-a1 + a2)


#: wrt -> the fields of a symbolic.local.LocalOutputDerivative, as output.output_derivative gives them
OUTPUT = {
    'y': dict(letters=('v',), latex='\\frac{{\\partial}\\ell_{t}}{{\\partial}y_{t,v}} = p_{t,v} - e_{t,v}',
                compiled=Compiled(_f0, ('e@t@v', 'p@t@v'), ())),
    'W_hy': dict(letters=('v', 'j'), latex='\\frac{{\\partial}\\ell_{t}}{{\\partial}W_{hy,vj}} = (p_{t,v} - e_{t,v})\\,h_{t,j}',
                compiled=Compiled(_f1, ('e@t@v', 'h@t@j', 'p@t@v'), ())),
    'b_y': dict(letters=('v',), latex='\\frac{{\\partial}\\ell_{t}}{{\\partial}b_{y,v}} = p_{t,v} - e_{t,v}',
                compiled=Compiled(_f0, ('e@t@v', 'p@t@v'), ())),
    'h': dict(letters=('j',), latex='\\frac{{\\partial}\\ell_{t}}{{\\partial}h_{t,j}} = \\sum_{v} W_{hy,vj}\\,(p_{t,v} - e_{t,v})',
                compiled=Compiled(_f2, (), (('v', Compiled(_f3, ('W_hy@@vj', 'e@t@v', 'p@t@v'), ()), 's0'),))),
}
