"""LaTeX → SVG with ziamath: every string the app writes uses only commands the renderer knows."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

import numpy as np
import pytest

from lstm_studio.document import modelfile
from lstm_studio.engine import CellSpec, forward
from lstm_studio.paths import presets
from lstm_studio.symbolic import RenderError, all_latex, derivatives, render_svg, unknown_commands

from .legs import CONFIGS, random_model

SPECS = {name: CellSpec.make(cell, options) for name, (cell, options) in CONFIGS.items()}
SVG = "{http://www.w3.org/2000/svg}"


def test_unknown_commands_are_caught_although_the_converter_stays_silent():
    assert unknown_commands(r"\frac{a}{b} + \foo{x}") == [r"\foo"]
    assert unknown_commands(r"f_{t}\odotc_{t-1}") == [r"\odotc"]
    assert unknown_commands(r"\sigma\left(a\right) \odot \tilde{C}_{t} \sum_{m} x") == []
    with pytest.raises(RenderError, match=r"^latex: the renderer does not know '\\\\foo'$"):
        render_svg(r"\foo x")


def _numeric_strings(model, tokens):
    trace = forward(model, tokens)
    rng = np.random.default_rng(1)
    for d in derivatives(model.spec):
        shape = d.entry_shape(model.hidden_size, trace.first.x.shape[-1])
        entry = tuple(int(rng.integers(1, n + 1)) for n in shape)
        if d.cross:
            entry = (entry[1] % model.hidden_size + 1,) + entry[1:]
        yield d.evaluate(model, tokens, len(tokens), entry, trace=trace).latex_numeric


@pytest.mark.parametrize("config", list(CONFIGS))
def test_every_string_the_app_writes_uses_known_commands(config):
    spec = SPECS[config]
    strings = [text for _, text in all_latex(spec)]
    model = random_model(config, hidden=3)
    strings += list(_numeric_strings(model, [0, 1, 2]))
    big = random_model(config, hidden=5)  # sums written as values rather than term by term
    strings += list(_numeric_strings(big, [3, 2]))
    for text in strings:
        assert unknown_commands(text) == [], text


def _constructs(latex: str) -> frozenset:
    """What the renderer has to lay out: the commands, environments and scripts a string uses."""
    found = set(re.findall(r"\\[A-Za-z]+|\\.", latex))
    found.update(re.findall(r"\\begin\{(\w+)\}", latex))
    found.update(ch for ch in "^_&" if ch in latex)
    return frozenset(found)


def test_every_construct_renders_to_svg_qt_can_read():
    """One string per distinct combination of constructs, over every cell and the presets' numbers,
    drawn by ziamath for real (a full sweep of every string is in tests/benchmarks/bench_symbolic.py)."""
    by_construct: dict[frozenset, str] = {}
    for spec in SPECS.values():
        texts = [text for _, text in all_latex(spec, unrolled_wrt=())]
        for text in texts:
            by_construct.setdefault(_constructs(text), text)
    for path in presets().values():
        model = modelfile.load(path)
        for text in _numeric_strings(model, [0, 1, 2]):
            by_construct.setdefault(_constructs(text), text)
    assert len(by_construct) > 20
    for text in by_construct.values():
        svg = ET.fromstring(render_svg(text))
        assert svg.tag == SVG + "svg", text
        # at most a four-row matrix high: ziamath stretches \left( around a Σ to thousands of pixels
        assert float(svg.get("width")) > 10 and 5 < float(svg.get("height")) < 200, text
        assert list(svg.iter(SVG + "path")) and not list(svg.iter(SVG + "use")), text  # SVG 1.1, no reuse
        assert not list(svg.iter(SVG + "text")), text  # every glyph drawn as a path


def test_parentheses_around_a_sum_stay_one_line_high():
    from lstm_studio.symbolic.printing import plain_parentheses

    latex = plain_parentheses(r"x \left(\sum_{m} a_{m} (b_{m}) + c\right) \left(1 - f_{t}\right)")
    assert latex == r"x \Bigl(\sum_{m} a_{m} (b_{m}) + c\Bigr) (1 - f_{t})"
    assert float(ET.fromstring(render_svg(latex)).get("height")) < 120


def test_rendering_is_cached_and_sized():
    latex = r"\frac{{\partial}h_{t}}{{\partial}h_{t-1,k}} = \delta_{jk}\,f_{t}"
    first = render_svg(latex)
    assert render_svg(latex) is first
    small = ET.fromstring(render_svg(latex, size=12.0))
    large = ET.fromstring(render_svg(latex, size=36.0))
    assert float(large.get("width")) > 2.5 * float(small.get("width"))
