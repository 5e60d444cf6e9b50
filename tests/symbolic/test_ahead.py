"""The equations written ahead of time (lstm_studio/symbolic/ahead_equations.py, ``make generate``) are
what the symbolic layer derives now, and the sympy-free reader gives the same answers."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from lstm_studio.engine import CellSpec
from lstm_studio.symbolic import ahead, cell_equations
from lstm_studio.symbolic.equations import FORMS
from lstm_studio.symbolic.generate import MODULE, every_spec, module_text
from lstm_studio.symbolic.output import loss_latex

ROOT = Path(__file__).resolve().parents[2]


def test_the_generated_module_is_what_regenerating_gives():
    assert (ROOT / MODULE).read_text(encoding="utf-8") == module_text(), "run `make generate`"


def test_every_cell_and_convention_is_written_ahead():
    specs = every_spec()
    assert len(specs) == 11  # rnn ×2 activations, lstm, peephole ×2, gru ×3 resets ×2 updates
    for spec in specs:
        for form in FORMS:
            assert ahead.cell_equations(spec, form) == cell_equations(spec, form)
    assert ahead.loss_latex() == loss_latex()


def test_a_bad_form_is_reported_as_the_symbolic_layer_does():
    with pytest.raises(ValueError, match="form"):
        ahead.cell_equations(CellSpec.make("lstm"), "sideways")


def test_reading_the_equations_ahead_does_not_import_sympy():
    code = ("import sys; from lstm_studio.engine import CellSpec; from lstm_studio.symbolic import ahead; "
            "ahead.cell_equations(CellSpec.make('gru'), 'stacked'); ahead.loss_latex(); "
            "print('sympy' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, check=True)
    assert out.stdout.strip() == "False"
