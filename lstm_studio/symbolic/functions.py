"""The activations as sympy functions whose derivatives are written in their own values.

    σ(a) = 1 / (1 + e^(−a))      σ'(a) = σ(a) (1 − σ(a))
    tanh(a)                      tanh'(a) = 1 − tanh²(a)
    relu(a) = max(a, 0)          relu'(a) = [a > 0]   (0 at a = 0, as the engine and PyTorch take it)

Because ``fdiff`` returns the function itself, sympy's chain rule produces f_t (1 − f_t) rather than
nested exponentials once σ(a_f) is replaced by the gate symbol f_t. Each class also knows how NumPy
computes it (``_numpycode``), so compiled formulas can evaluate what is left of them, e.g. tanh c_t.

``LogSumExp`` is log Σ_u e^(y_u) seen from one logit y_v: its derivative with respect to that logit is
the softmax probability p_v, which it carries as its second argument.
"""

from __future__ import annotations

import sympy


def _head(name: str, exp) -> str:
    return name if exp is None else name + "^{" + str(exp) + "}"


def _paren(printer, arg) -> str:
    return r"\left(" + printer._print(arg) + r"\right)"


class Sigma(sympy.Function):
    """The logistic sigmoid σ."""

    nargs = 1

    def fdiff(self, argindex=1):
        return self * (1 - self)

    def _latex(self, printer, exp=None):
        return _head(r"\sigma", exp) + _paren(printer, self.args[0])

    def _numpycode(self, printer):
        return "1.0/(1.0 + numpy.exp(-(" + printer._print(self.args[0]) + ")))"

    def _sympystr(self, printer):
        return "σ(" + printer._print(self.args[0]) + ")"


class Tanh(sympy.Function):
    """The hyperbolic tangent; ``tanh c_t`` for a symbol, ``tanh(0.43)`` for a number."""

    nargs = 1

    def fdiff(self, argindex=1):
        return 1 - self**2

    def _latex(self, printer, exp=None):
        arg = self.args[0]
        head = _head(r"\operatorname{tanh}", exp)
        if not isinstance(arg, sympy.Symbol):
            return head + _paren(printer, arg)
        if printer._settings.get("numeric_template"):
            return head + r"\left(" + printer.print_bare(arg) + r"\right)"
        return head + r"\," + printer._print(arg)

    def _numpycode(self, printer):
        return "numpy.tanh(" + printer._print(self.args[0]) + ")"

    def _sympystr(self, printer):
        arg = self.args[0]
        inner = printer._print(arg)
        return "tanh " + inner if isinstance(arg, sympy.Symbol) else "tanh(" + inner + ")"


class Step(sympy.Function):
    """The Iverson bracket [a > 0]: relu's derivative, written in the pre-activation."""

    nargs = 1

    def fdiff(self, argindex=1):
        return sympy.S.Zero

    def _latex(self, printer, exp=None):
        return _head(r"\left[" + printer._print(self.args[0]) + r" > 0\right]", exp)

    def _numpycode(self, printer):
        return "numpy.greater(" + printer._print(self.args[0]) + ", 0.0).astype(float)"

    def _sympystr(self, printer):
        return "[" + printer._print(self.args[0]) + " > 0]"


class Relu(sympy.Function):
    """max(a, 0)."""

    nargs = 1

    def fdiff(self, argindex=1):
        return Step(self.args[0])

    def _latex(self, printer, exp=None):
        return _head(r"\operatorname{relu}", exp) + _paren(printer, self.args[0])

    def _numpycode(self, printer):
        return "numpy.maximum(" + printer._print(self.args[0]) + ", 0.0)"

    def _sympystr(self, printer):
        return "relu(" + printer._print(self.args[0]) + ")"


class LogSumExp(sympy.Function):
    """log Σ_u e^(y_u) as a function of one logit y_v; the second argument is the leaf p_v.

    d/dy_v log Σ_u e^(y_u) = e^(y_v) / Σ_u e^(y_u) = p_v, the softmax probability.
    """

    nargs = 2

    def fdiff(self, argindex=1):
        return self.args[1] if argindex == 1 else sympy.S.Zero

    def _latex(self, printer, exp=None):
        return r"\log \sum_{u} e^{y_{u}}"
