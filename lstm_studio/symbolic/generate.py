"""Writing ahead of time what the symbolic layer derives that never depends on numbers.

The cells and their conventions are a finite set, and so are the forms their equations are written in.
:func:`module_text` derives every cell's equations in every form (and the output layer's) with sympy
and writes them as a plain Python module, ``lstm_studio/symbolic/ahead_equations.py``, which ships with
the package: :mod:`.ahead` answers from it without importing sympy, so the window shows the equations
at once (docs/performance.md). ``make generate`` (tools/generate_symbolic.py) rewrites the module; a test
regenerates it and compares, so it can never drift from the symbolic layer.
"""

from __future__ import annotations

import itertools

from lstm_studio.engine.spec import CELLS, OPTIONS, CellSpec

MODULE = "lstm_studio/symbolic/ahead_equations.py"

_HEADER = '''"""Every cell's equations in every form, and the output layer's, as LaTeX: written by ``make generate``
(lstm_studio/symbolic/generate.py) from the symbolic layer. Do not edit; tests/symbolic/test_ahead.py
checks that regenerating gives this file.
"""

'''


def every_spec() -> list[CellSpec]:
    """Every cell with every combination of its options."""
    specs = []
    for cell in CELLS:
        names = list(OPTIONS[cell])
        for values in itertools.product(*(OPTIONS[cell][name][0] for name in names)):
            specs.append(CellSpec.make(cell, dict(zip(names, values))))
    return specs


def module_text() -> str:
    """The source of ``ahead_equations.py`` as the symbolic layer derives it now."""
    from lstm_studio.symbolic.equations import FORMS, cell_equations
    from lstm_studio.symbolic.output import loss_latex

    lines = [_HEADER.rstrip("\n"), "",
             "#: (cell, options, form) -> ((quantity, LaTeX), ...), as symbolic.cell_equations gives them",
             "CELL_EQUATIONS = {"]
    for spec in every_spec():
        for form in FORMS:
            lines.append(f"    {(spec.cell, spec.options, form)!r}: (")
            lines += [f"        {pair!r}," for pair in cell_equations(spec, form)]
            lines.append("    ),")
    lines += ["}", "", "#: ((name, LaTeX), ...), as symbolic.output.loss_latex gives them", "LOSS = ("]
    lines += [f"    {pair!r}," for pair in loss_latex()]
    lines += [")", ""]
    return "\n".join(lines)


# --- the local derivatives ---------------------------------------------------------------------------

#: The package of the modules of derivatives written ahead: one per cell and options, and the output layer's.
FORMULAS_PACKAGE = "lstm_studio/symbolic/ahead_formulas"

_FORMULAS_HEADER = '''"""{what}, written ahead of time by ``make generate``
(lstm_studio/symbolic/generate.py) from the symbolic layer: each one's LaTeX, plain text, numeric template
(LaTeX with markers for the numbers) and compiled evaluator as NumPy source. Do not edit;
tests/symbolic/test_ahead.py checks that regenerating gives this file. Read by lstm_studio/symbolic/ahead.py.
"""

import numpy

from lstm_studio.symbolic.numeric import Template
from lstm_studio.symbolic.runtime import Compiled

'''


def module_name(spec: CellSpec) -> str:
    """The module of ``spec``'s derivatives in :data:`FORMULAS_PACKAGE`: lstm, gru_after_z_takes_new, …"""
    return "_".join((spec.cell, *(value for _, value in spec.options)))


def derivative_keys(spec: CellSpec) -> list[tuple[str, str, bool]]:
    """(of, wrt, cross) of every local derivative the app asks for, in canonical names: of h_t (and c_t)
    with respect to every parameter and state, and of another unit i with respect to every parameter."""
    from lstm_studio.symbolic.cells import graph
    from lstm_studio.symbolic.formulas import normalise, wrt_names

    g = graph(spec)
    keys = [normalise(spec, of, wrt) + (False,) for of in g.outputs for wrt in wrt_names(spec)]
    keys += [(of, p, True) for of in g.outputs for p in g.params()]
    return keys


def _tuple(items) -> str:
    """A tuple's source from its items' sources."""
    items = list(items)
    return f"({items[0]},)" if len(items) == 1 else f"({', '.join(items)})"


class _Writer:
    """Collects the evaluators of one module as numbered functions ``_f0``, ``_f1``, …; two formulas
    that print the same share one."""

    def __init__(self) -> None:
        self.functions: list[str] = []
        self._named: dict[str, str] = {}

    def function(self, expr, arguments: tuple) -> str:
        """The source of one compiled function of ``arguments`` (leaf symbols, then the Σ placeholders),
        printed as lambdify(cse=True, modules="numpy") prints it; returns its name."""
        import sympy
        from sympy.printing.numpy import NumPyPrinter

        plain = {s: sympy.Symbol(f"a{n}") for n, s in enumerate(arguments)}
        subexpressions, (reduced,) = sympy.cse(expr.xreplace(plain), symbols=sympy.numbered_symbols("x"))
        printer = NumPyPrinter({"fully_qualified_modules": True, "allow_unknown_functions": False})
        lines = [f"({', '.join(str(plain[s]) for s in arguments)}):"]
        lines += [f"    {symbol} = {printer.doprint(value)}" for symbol, value in subexpressions]
        lines.append(f"    return {printer.doprint(reduced)}")
        source = "\n".join(lines)
        if source not in self._named:
            self._named[source] = f"_f{len(self.functions)}"
            self.functions.append(f"def {self._named[source]}{source}")
        return self._named[source]

    def compiled(self, expr, bodies: dict) -> str:
        """``Compiled(...)`` of ``expr`` as :func:`.compiled.compile_formula` builds it; every Σ's summand
        gets a key in ``bodies`` (summand -> key), which the numeric template names too."""
        from lstm_studio.symbolic.compiled import split_sums
        from lstm_studio.symbolic.symbols import leaves

        main, placeholders = split_sums(expr)
        args = tuple(leaves(main))
        fn = self.function(main, args + tuple(placeholders.values()))
        sums = []
        for s in placeholders:
            key = bodies.setdefault(s.function, f"s{len(bodies)}")
            sums.append(_tuple((repr(str(s.limits[0][0])), self.compiled(s.function, bodies), repr(key))))
        return f"Compiled({fn}, {_tuple(repr(a.name) for a in args)}, {_tuple(sums)})"


def _template(template, bodies: dict) -> str:
    """``Template(...)`` with leaf names for symbols and the summands' keys for bodies."""
    from lstm_studio.symbolic.numeric import Template

    markers = [_template(m, bodies) if isinstance(m, Template) else repr(m.name) for m in template.markers]
    body = "None" if template.body is None else repr(bodies[template.body])
    return f"Template({template.text!r}, {_tuple(markers)}, {template.letter!r}, {body})"


def formulas_module_text(spec: CellSpec) -> str:
    """The source of the module of ``spec``'s local derivatives, as the symbolic layer derives them now."""
    from lstm_studio.symbolic.formulas import derivative

    writer, entries = _Writer(), []
    for of, wrt, cross in derivative_keys(spec):
        d = derivative(spec, of, wrt, cross)
        bodies: dict = {}
        compiled = writer.compiled(d.expr, bodies)
        entries += [
            f"    {(of, wrt, cross)!r}: dict(",
            f"        letters={d.letters!r}, k_size={d.k_size!r}, zero={d.is_zero!r},",
            f"        lhs_latex={d.lhs_latex!r},",
            f"        rhs_latex={d.rhs_latex!r},",
            f"        text={d.text!r},",
            f"        template={_template(d.template, bodies)},",
            f"        compiled={compiled},",
            "    ),",
        ]
    what = f"The local derivatives of the {spec.cell} cell" + (
        " (" + ", ".join(f"{k}={v}" for k, v in spec.options) + ")" if spec.options else "")
    return _formulas_source(what, writer, [
        "#: (of, wrt, cross) -> the fields of a symbolic.local.LocalDerivative, as symbolic.derivative gives them",
        "DERIVATIVES = {", *entries, "}"])


def output_module_text() -> str:
    """The source of the module of the output layer's derivatives (:func:`.output.output_derivative`)."""
    from lstm_studio.symbolic.output import WRT, output_derivative

    writer, entries = _Writer(), []
    for wrt in WRT:
        d = output_derivative(wrt)
        compiled = writer.compiled(d.expr, {})
        entries += [f"    {wrt!r}: dict(letters={d.letters!r}, latex={d.latex!r},",
                    f"                compiled={compiled}),"]
    return _formulas_source("The output layer's derivatives of the loss of one step", writer, [
        "#: wrt -> the fields of a symbolic.local.LocalOutputDerivative, as output.output_derivative gives them",
        "OUTPUT = {", *entries, "}"])


def _formulas_source(what: str, writer: _Writer, table: list[str]) -> str:
    header = _FORMULAS_HEADER.format(what=what).rstrip()
    if not any("numpy." in f for f in writer.functions):
        header = header.replace("import numpy\n\n", "")
    if not any("Template(" in line for line in table):
        header = header.replace("from lstm_studio.symbolic.numeric import Template\n", "")
    parts = [header, *writer.functions, "\n".join(table)]
    return "\n\n\n".join(parts) + "\n"


def formulas_modules() -> dict[str, str]:
    """Path (from the repository's root) -> source of every module of :data:`FORMULAS_PACKAGE`."""
    index = ['"""The local derivatives of every cell and the output layer\'s, written ahead of time by ``make '
             'generate``', "(lstm_studio/symbolic/generate.py): one module per cell and options, imported when "
             "first asked for", '(lstm_studio/symbolic/ahead.py). Do not edit; tests/symbolic/test_ahead.py '
             'checks that regenerating gives these files.', '"""', "",
             "#: (cell, options) -> the module holding its derivatives", "MODULES = {"]
    files = {f"{FORMULAS_PACKAGE}/output.py": output_module_text()}
    for spec in every_spec():
        name = module_name(spec)
        index.append(f"    {(spec.cell, spec.options)!r}: {name!r},")
        files[f"{FORMULAS_PACKAGE}/{name}.py"] = formulas_module_text(spec)
    files[f"{FORMULAS_PACKAGE}/__init__.py"] = "\n".join([*index, "}", ""])
    return files
